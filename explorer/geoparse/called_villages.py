"""A world city's name told as a village's (branch geofix61's): "Floods swept through the
Catskills village of Delhi". News calls a city of millions a city, a capital, a port, loosely a
town, never a village or a hamlet: a name so introduced is a small namesake, and where the
gazetteer cannot tell which (the qualifier, a landscape it does not hold, names no land), a
wrong continent is worse than none, so the world city's reading is dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

# "the village of", "the Catskills village of", "a fishing hamlet of": a village's word and
# "of" right before the name, after "the" or "a" and at most three qualifying words
_VILLAGE_OF = re.compile(
    r"\b(?:the|a)\s+(?P<qualifier>(?:[\w'\u2019-]+\s+){0,3}?)(?:village|hamlet)\s+of\s+$",
    re.IGNORECASE,
)
# the village a games' athletes or its press live in, a quarter of the host city ("the Olympic
# village of London", "the athletes' village of Rio")
_GAMES_VILLAGE = re.compile(
    r"\b(?:olympic|paralympic|athletes['\u2019]?|media|games|commonwealth|global|christmas)\b",
    re.IGNORECASE,
)


def world_city_called_a_village(mentions: list[Mention], text: str) -> None:
    """ "Floods swept through the Catskills village of Delhi": a name read as a world city
    (``resolve._world_city``) right after "the ... village of" or "hamlet of" is left unplaced
    where the words before "village" are no place the text reads in the city's land: the
    village is a namesake the words do not place. Not a games' village, a quarter of its host
    city ("the Olympic village of London"), nor where a place of the city's land qualifies
    the village ("the Russian village of Moscow" keeps nothing away from Russia: read as
    chosen)."""
    from explorer.geoparse.resolve import _leave_unplaced, _world_city

    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or not _world_city(e):
            continue
        found = _VILLAGE_OF.search(text, max(0, m.start - 80), m.start)
        if found is None or _GAMES_VILLAGE.search(found.group("qualifier")):
            continue
        if any(
            found.start() <= o.start < m.start
            and o.chosen is not None
            and o.chosen.country == e.country
            for o in mentions
        ):
            continue
        _leave_unplaced(m, [(e, m.score), *m.alternatives])
