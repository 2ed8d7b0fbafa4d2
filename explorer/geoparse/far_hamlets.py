"""A hamlet abroad, far from every region the text names: a guess the text does not support.

GeoNames holds tens of thousands of villages whose population it does not know (12,615 of them
in China alone), under names that other countries' townships and villages share. A text of
Taiwan's Pingtung County listing its townships ("1. Majia Township") finds no Taiwanese entry
of the name and takes Majia, a village of Shaanxi 1,790 km off, in a country nothing else of the
text lies in. Once resolved, such a reading is left unplaced (kept first among the
alternatives) where the text's other names were read as first- or second-level regions of one
other country and the hamlet lies far from all of them: a story of one country's county does
not reach a nameless village across the sea without saying so. The text that names the
hamlet's country, a city or a region of it, or its people ("a British farm near Waverton"),
keeps it.
"""

from __future__ import annotations

from typing import Any

from explorer.model import great_circle_km

# the furthest a region's point lies from a place of the region's own story: a first-level
# region reaches hundreds of km from its point
FAR_KM = 1000.0
TOWN_RANK = 4
REGION_RANKS = (2, 3)


def _no_count_town(e: Any) -> bool:
    return e is not None and e.rank == TOWN_RANK and e.population == 0


def hamlets_far_abroad(mentions: list[Any]) -> None:
    """``mentions`` once resolved: a reading that is a town of no known population, in a country
    no other mention's readings lie in (a people's adjective counts), farther than FAR_KM from
    every region the other mentions were read as, all of one other country, is no reading
    (module docstring). Only the chosen readings change."""
    hamlets = [m for m in mentions if not m.demonym and _no_count_town(m.chosen)]
    if not hamlets:
        return
    for m in hamlets:
        e = m.chosen
        others = [o for o in mentions if o is not m and o.name.casefold() != m.name.casefold()]
        if any(x.country == e.country for o in others for x in (o.chosen, *o.entries[:1]) if x):
            continue  # the text names the hamlet's country, a place or a people of it
        regions = [
            o.chosen
            for o in others
            if not o.demonym and o.chosen is not None and o.chosen.rank in REGION_RANKS
        ]
        placed = [o.chosen for o in others if not o.demonym and o.chosen is not None]
        if not regions or len({x.country for x in placed}) != 1:
            continue  # no region named, or places of several countries (a world listing)
        if any(great_circle_km(e.lat, e.lon, r.lat, r.lon) <= FAR_KM for r in regions):
            continue
        for o in [m, *(o for o in mentions if o is not m and o.chosen is e)]:
            o.alternatives = [(e, o.score), *o.alternatives][:5]
            o.chosen, o.score, o.confidence = None, 0.0, 0.0


# a small town: under this many people, no place a story abroad names without saying where
SMALL_TOWN_POP = 10_000
# the most the other places of a story of one corner of the world lie apart
COMPACT_KM = 1500.0
# the least a small town abroad lies from each of them, an ocean or a continent away
ACROSS_KM = 3000.0
# the fewest other places (by name) that make a story of one corner of the world
CORNER_NAMES = 3


def small_town_across_the_sea(mentions: list[Any]) -> None:
    """``mentions`` once resolved: "Jersey's side met the Isle of Man at Ossett United's ground
    in Yorkshire", in a story of Jersey, Guernsey and the Isle of Man, is no Yorkshire of
    Virginia (7,541 people): a reading that is a town of fewer than SMALL_TOWN_POP people, in a
    country no other mention's readings lie in (a people's adjective counts), ACROSS_KM or more
    from every place the text's other names were read as, where those are three names or more
    lying within COMPACT_KM of one another, is a guess the text does not support, and no
    reading (kept first among the alternatives). A story of one corner of the world does not
    reach a small town across the sea without naming its country or region ("Yorkshire, New
    York"), which keeps it; one far town beside two places ("a veteran of Normandy and Arnhem
    was buried in Pinedale") stays read. Only the chosen readings change."""
    for m in mentions:
        e = m.chosen
        if m.demonym or e is None or e.rank != TOWN_RANK or e.population >= SMALL_TOWN_POP:
            continue
        key = m.name.casefold()
        others = [o for o in mentions if o.name.casefold() != key]
        if any(x.country == e.country for o in others for x in (o.chosen, *o.entries[:1]) if x):
            continue  # the text names the town's country, a place or a people of it
        placed = {o.name.casefold(): o.chosen for o in others if not o.demonym and o.chosen}
        if len(placed) < CORNER_NAMES:
            continue
        points = list(placed.values())
        if any(
            great_circle_km(a.lat, a.lon, b.lat, b.lon) > COMPACT_KM
            for i, a in enumerate(points)
            for b in points[i + 1 :]
        ):
            continue  # places far apart: a story of the world, not of one corner
        if any(great_circle_km(e.lat, e.lon, p.lat, p.lon) < ACROSS_KM for p in points):
            continue
        for o in [m, *(o for o in mentions if o is not m and o.chosen is e)]:
            o.alternatives = [(e, o.score), *o.alternatives][:5]
            o.chosen, o.score, o.confidence = None, 0.0, 0.0
