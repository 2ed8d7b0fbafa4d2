"""A war named for a region that is no place claim of a land the text never names (branch
geofix62's): "the soldiers of two lands stopped fighting in the scrub; the X war had lasted three
years". A region that gives a war between two lands its name often spans a border, and the
gazetteer may hold its name only as a province of a third land beside them: read there, the
war's ground is drawn in a land the text never mentions. A wrong land is worse than none.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

# "war" or "wars" right after the name ("the X war", "the X War of 1932"), not a war waged on
# something by the region's own government ("X's war on dengue" has "'s" between)
_WAR_AFTER = re.compile(r"[ \t]+[Ww]ars?\b")
# a preposition right before the two lands: they arm, send or host the fighters ("armed by A and
# B", "fighters from A and B"), not the war's sides
_NOT_SIDES_BEFORE = re.compile(r"\b(?:by|from|with|to|for|in|into|at|across)\s+$", re.IGNORECASE)


def war_named_for_a_foreign_region(
    mentions: list[Mention], text: str, neighbours: dict[str, frozenset[str]]
) -> None:
    """ "The soldiers of two lands stopped fighting ... the X war": a name read as a first-level
    region of a land that no other name of the text is read in (no town, region, country or
    people's adjective of it), one of whose mentions names a war ("the X war"), is left
    unplaced at every mention read so where the text joins two other lands by "and" ("A and
    B", the war's sides), each a neighbour of the region's land: the war names its ground,
    which the text does not put in that land, and a border region between two lands is as
    likely theirs. Not where the text names a place of the region's land ("Argentina's X
    province ... the X war"), nor a war told by one land or none besides ("Dutch troops
    fought the X War", "Refugees from the X war crossed into Sudan"), nor by lands that arm
    or send its fighters ("armed by A and B"), nor by lands far from the region's ("the X war
    ... advisers from Colombia and Venezuela": no neighbours of the region's land)."""
    from explorer.geoparse.resolve import _leave_unplaced

    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 2 or not e.country:
            continue
        key = norm(m.name)
        same = [o for o in mentions if o.chosen is not None and o.chosen.gid == e.gid]
        if not any(norm(o.name) == key and _WAR_AFTER.match(text, o.end) for o in same):
            continue
        if any(
            o.chosen is not None and o.chosen.gid != e.gid and o.chosen.country == e.country
            for o in mentions
        ):
            continue
        if not _two_sides_beside(mentions, text, neighbours.get(e.country, frozenset())):
            continue
        for o in same:
            _leave_unplaced(o, [(e, o.score), *o.alternatives])


def _two_sides_beside(mentions: list[Mention], text: str, lands: frozenset[str]) -> bool:
    """Two lands of ``lands`` (the region's land's neighbours), each named as a country,
    joined by "and" ("Peru and Ecuador"), not after a preposition (:data:`_NOT_SIDES_BEFORE`:
    "armed by A and B", "fighters from A and B" are their backers)."""
    for a, b in pairwise(mentions):
        ca = a.chosen.country if a.chosen is not None and a.chosen.rank == 0 else None
        cb = b.chosen.country if b.chosen is not None and b.chosen.rank == 0 else None
        if (
            ca
            and cb
            and ca != cb
            and {ca, cb} <= lands
            and text[a.end : b.start] == " and "
            and not _NOT_SIDES_BEFORE.search(text, max(0, a.start - 12), a.start)
        ):
            return True
    return False
