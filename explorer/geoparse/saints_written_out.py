"""A saint's name written short ("St."), read far from the story, held near it written out.

English writes a town or island named for a saint either way, "St. Ives" or "Saint Ives", and
GeoNames lists only some places under both: many are held only under "Saint" (or "Sainte"),
while a namesake elsewhere is held under "St.". A lookup of the short form then offers only the
namesake, and the story's own place is never a candidate. The short form is not looked up
written out everywhere (``gazetteer._WRITTEN_OUT``: "St. Michael's Hospital" and "St. Patrick's
Day" are a saint's), so here only a reading the text does not support is asked again: a "St."
or "Ste." name read as a place in a land no other mention's reading lies in, far from every
other place the text reads, whose written-out name holds a place near one of those places, is
read as that place (the most populous, if several). A story of the namesake, or of places
near it, keeps its reading; so does a text with no other place below a land to go by. A short
form whose far reading was left unchosen by the rule of small towns across the sea (kept first
among its alternatives) is asked the same.
"""

from __future__ import annotations

from typing import Any

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.model import great_circle_km

# the short saint's words and the words they stand for
WRITTEN_OUT = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte"}
# a place's reading below a land: a region, a district, a town or a curated place
LOCAL_RANKS = frozenset({2, 3, 4, 5})
# within this of another place the text reads, the written-out place is the story's
NEAR_KM = 150.0
# the short form's reading farther than this from every other place is not the story's
FAR_KM = 800.0


def _written_out(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    long = WRITTEN_OUT.get(words[0].casefold())
    return " ".join([long, *words[1:]]).casefold() if long else None


def _near(e: Entry, places: list[Entry], km: float) -> bool:
    return any(great_circle_km(e.lat, e.lon, p.lat, p.lon) <= km for p in places)


def _short_reading(m: Any) -> Entry | None:
    """The mention's reading, or the one a far town's rule left first among its alternatives
    with none chosen (``far_hamlets.small_town_across_the_sea``)."""
    if m.chosen is not None:
        return m.chosen
    return m.alternatives[0][0] if m.alternatives else None


def saints_name_written_out(mentions: list[Any], gaz: Gazetteer) -> None:
    """``mentions`` once resolved: a "St." name read far from the text's other places, in a land
    none of them lies in, is read as the place its written-out name holds near one of them
    (module docstring). Only the chosen readings change."""
    for m in mentions:
        e = _short_reading(m)
        long = _written_out(m.name)
        if m.demonym or e is None or long is None:
            continue
        key = m.name.casefold()
        others = [o for o in mentions if not o.demonym and o.name.casefold() != key and o.chosen]
        if any(o.chosen.country == e.country for o in others):
            continue  # the text reads another place of the short form's land
        local = [o.chosen for o in others if o.chosen.rank in LOCAL_RANKS]
        if not local or _near(e, local, FAR_KM):
            continue  # nothing to go by, or a story near the short form's place
        held = [
            x
            for x in gaz.lookup(norm(long))
            if x.rank in LOCAL_RANKS and x.country and _near(x, local, NEAR_KM)
        ]
        if not held:
            continue
        best = max(held, key=lambda x: x.population)
        for o in [m, *(o for o in mentions if o is not m and _short_reading(o) is e)]:
            if o.chosen is not None:
                o.alternatives = [(e, o.score), *o.alternatives][:5]
            o.chosen = best
