"""A border town named for its side of the border (branch geofix59): "Traders crossed from the
Chaman side of the border into Afghanistan". spaCy calls such a name an organisation ("the
Chaman side"), so no step reads it; the words around say it is a place on a border.
"""

from __future__ import annotations

import functools
import math

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import _Found, with_added
from explorer.geoparse.tokens import name_key, view

# a town this near another country's outline lies on the border
BORDER_KM = 30.0
# a town of at least this many people (particle_names' bar for a name read on words alone)
MIN_POP = 10_000
MAX_WORDS = 3
# a land's line ("boundary" is every line's word: a district's, a ward's, a field's; review86)
_BORDER_WORDS = frozenset({"border", "frontier"})


@functools.cache
def _bounds() -> dict[str, tuple[float, float, float, float]]:
    """Each country's outline's bounds, by code (to ask only the outlines near a town)."""
    from explorer.geoparse.local_words import _outlines

    return {code: geom.bounds for code, geom in _outlines().items()}  # type: ignore[attr-defined]


def _km_to_another_country(e: Entry) -> float:
    """About how far (km) the town lies from the outline of a country other than its own."""
    from shapely.affinity import scale as shrink
    from shapely.geometry import Point

    from explorer.geoparse.local_words import _outlines

    outlines = _outlines()
    scale = max(math.cos(math.radians(e.lat)), 0.1)
    best = math.inf
    for code, (w, s, east, n) in _bounds().items():
        if code == e.country or not (w - 1 <= e.lon <= east + 1 and s - 1 <= e.lat <= n + 1):
            continue
        geom = shrink(outlines[code], xfact=scale, origin=(0, 0))
        best = min(best, float(geom.distance(Point(e.lon * scale, e.lat))) * 111.2)
    return best


def _border_towns(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The towns of at least :data:`MIN_POP` people that bear the name as their main name and
    lie within :data:`BORDER_KM` of another country."""
    return tuple(
        e
        for e in entries
        if e.rank == 4
        and e.primary
        and not e.alias
        and e.population >= MIN_POP
        and _km_to_another_country(e) <= BORDER_KM
    )


def _km_to_country(e: Entry, code: str) -> float:
    """About how far (km) the town lies from the outline of the country ``code``."""
    from shapely.affinity import scale as shrink
    from shapely.geometry import Point

    from explorer.geoparse.local_words import _outlines

    outline = _outlines().get(code)
    if outline is None:
        return math.inf
    scale = max(math.cos(math.radians(e.lat)), 0.1)
    geom = shrink(outline, xfact=scale, origin=(0, 0))
    return float(geom.distance(Point(e.lon * scale, e.lat))) * 111.2


def _near_the_land_across(
    towns: tuple[Entry, ...], found: list[_Found], lower: list[str], word: int
) -> tuple[Entry, ...]:
    """The towns near the land the text puts across the line: where "side of the border"
    (the word ``word``) goes on "with NAME" and NAME is read in a land, only the towns of that
    land or within :data:`BORDER_KM` of it (branch review86): "the Chaman side of the border
    with Afghanistan" keeps Chaman, Pakistan; "the Langley side of the frontier with Moscow's
    spies" is no town of British Columbia, far from Russia."""
    if not towns or word + 1 >= len(lower) or lower[word + 1] != "with":
        return towns
    across = next(
        (f for f in found if word + 2 <= f.start <= word + 3 and f.entries and not f.demonym),
        None,
    )
    land = across.entries[0].country if across else None
    if not land:
        return towns
    return tuple(e for e in towns if e.country == land or _km_to_country(e, land) <= BORDER_KM)


def town_on_its_side_of_the_border(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Traders crossed from the Chaman side of the border into Afghanistan", "trucks waited
    on the Rafah side of the frontier": a name of one to three capitalised words between "the"
    and "side of the border" (frontier) that no step read is a border town: the town
    of that main name, :data:`MIN_POP` people at least, within :data:`BORDER_KM` of another
    country (Chaman, Pakistan). A movement, a firm, a team or a family so named ("the Taliban
    side", "the Hamas side", whose gazetteer namesakes bear the name only as another name or
    lie far from any border) stays unread; a people's word ("the Pakistani side") is read as
    before."""
    tv = view(doc)
    words, lower, cap = tv.words, tv.lower, tv.cap
    added: list[_Found] = []
    for k in range(1, len(words)):
        if lower[k - 1] != "the" or not (cap[k] and words[k].isalpha()):
            continue
        end = k
        while end < len(words) and end - k < MAX_WORDS and cap[end] and words[end].isalpha():
            end += 1
        tail = lower[end : end + 4]
        if tail[:3] != ["side", "of", "the"] or len(tail) < 4 or tail[3] not in _BORDER_WORDS:
            continue
        if any(f.entries and f.start < end and k < f.end for f in found):
            continue  # read already ("the Texas side", "the Pakistani side")
        towns = _border_towns(gaz.lookup(name_key(doc, k, end)))
        towns = _near_the_land_across(towns, found, lower, end + 3)
        if towns:
            added.append(_Found(k, end, towns, "gaz", "GPE"))
    return with_added(found, added)
