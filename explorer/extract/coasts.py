"""How far a town lies from the sea, read from the country outlines the app ships
(``geodata/basemap/countries.geojson``: Natural Earth 1:50m, public domain).

The outlines are land: what lies in none of them near a point is sea (or a sea-sized lake, as
the Caspian; lakes inside a country's outline, as the Great Lakes, count as land). Simplified
outlines of two neighbours leave slivers between them, and a disputed strip may lie in
neither, so the land is widened by ``_SEAM_DEG`` before it is read: a town's distance to the
sea comes out a few kilometres short, which no question asked here turns on.
"""

from __future__ import annotations

import math
from functools import lru_cache

_KM_PER_DEGREE = 111.2
# how much the land is widened to close the seams between neighbours' outlines (about 5 km)
_SEAM_DEG = 0.05


@lru_cache(maxsize=1)
def _outlines():
    """The countries' outlines and a tree to find those near a point (read once, when a
    question is first asked, from the same file the map's outlines come from; an empty list
    where the file is missing)."""
    from shapely.geometry import shape
    from shapely.strtree import STRtree

    from explorer.outlines import country_codes, country_shape

    shapes = []
    for code in country_codes():
        try:
            shapes.append(shape(country_shape(code)))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    if not shapes:
        return [], None
    return shapes, STRtree(shapes)


@lru_cache(maxsize=256)
def sea_within(lat: float, lon: float, km: float) -> bool | None:
    """Whether the sea lies within ``km`` of the point; None where the outlines are missing.
    Kyiv, Kharkiv, Moscow, Tehran and Duisburg have none within 100 km; Odesa, Hamburg (79 km
    up the Elbe, as read here), Basra and Antwerp have."""
    from shapely.affinity import scale
    from shapely.geometry import Point
    from shapely.ops import unary_union

    shapes, tree = _outlines()
    if tree is None:
        return None
    shrink = max(math.cos(math.radians(lat)), 0.1)
    centre = Point(lon, lat)
    # a circle of ``km`` on the ground: wider in degrees of longitude away from the equator
    disc = scale(centre.buffer(km / _KM_PER_DEGREE, 16), xfact=1 / shrink, origin=centre)
    frame = disc.envelope.buffer(_SEAM_DEG * 2)
    near = [shapes[i].intersection(frame) for i in tree.query(frame)]
    if not near:
        return True
    land = unary_union(near).buffer(_SEAM_DEG)
    return not disc.difference(land).is_empty


@lru_cache(maxsize=256)
def share_a_border(a: str, b: str) -> bool:
    """Whether the countries of codes ``a`` and ``b`` touch on land (their outlines, widened by
    ``_SEAM_DEG`` across the slivers simplification leaves): Chad and Sudan, Ukraine and
    Russia do; Pakistan and the Soviet Union (no outline), or Russia and Pakistan, do not."""
    from shapely.geometry import shape

    from explorer.outlines import country_shape

    one, other = country_shape(a), country_shape(b)
    if a == b or one is None or other is None:
        return False
    try:
        return bool(shape(one).buffer(_SEAM_DEG).intersects(shape(other)))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
