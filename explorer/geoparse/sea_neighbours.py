"""Neighbours across a narrow sea, for countries GeoNames gives no land neighbour (build time).

GeoNames' country table lists neighbours by land border only, so an island state has none:
Trinidad and Tobago is 19 km off Venezuela, Singapore 3 km off Malaysia, Bahrain 26 km off Saudi
Arabia, and a Venezuelan story's "Trinidad" took no weight from Venezuela, while a Colombian
town of the name did (Colombia borders Venezuela). Each country with no land neighbour gets as
neighbours the countries whose outline lies within SEA_KM of its own, both ways. The outlines
are Natural Earth's (public domain), simplified, as ``tools/build_country_shapes.py`` writes
them to ``geodata/basemap/countries.geojson``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

# a strait narrower than this joins two countries as neighbours (Trinidad-Venezuela 19 km,
# Bahrain-Qatar 34 km, Sri Lanka-India 38 km); Cuba and Florida, 150 km, are not
SEA_KM = 40.0
KM_PER_DEGREE = 111.2


def sea_neighbours(countries_file: Path, land: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs (country, neighbour) across a sea of SEA_KM or less, for every country that has
    no pair in ``land``; each pair in both orders. Empty where the outlines file is missing."""
    if not countries_file.exists():
        return set()
    from shapely.affinity import scale
    from shapely.geometry import shape

    data = json.loads(countries_file.read_text(encoding="utf-8"))
    outlines = {}
    for f in data["features"]:
        try:
            outlines[f["properties"]["code"]] = shape(f["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    has_land = {a for a, _ in land}
    out: set[tuple[str, str]] = set()
    for code, geom in sorted(outlines.items()):
        if code in has_land or geom.is_empty:
            continue
        # degrees of longitude shortened by the island's latitude: near enough for tens of km
        shrink = max(math.cos(math.radians(geom.centroid.y)), 0.1)
        near = geom.buffer(SEA_KM / KM_PER_DEGREE / shrink).bounds
        flat = scale(geom, xfact=shrink, origin=(0, 0))
        for other, g in outlines.items():
            if other == code or g.is_empty:
                continue
            x0, y0, x1, y1 = g.bounds
            if x0 > near[2] or x1 < near[0] or y0 > near[3] or y1 < near[1]:
                continue
            km = flat.distance(scale(g, xfact=shrink, origin=(0, 0))) * KM_PER_DEGREE
            if km <= SEA_KM:
                out.update({(code, other), (other, code)})
    return out
