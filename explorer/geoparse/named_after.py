"""A town whose name a body, an agreement or a festival bears ("the Venice Commission", "the
Naples Declaration", "the Minsk agreements", "the Venice Biennale") is named for where the thing
met, was signed or is held: the countries a text names as its members or parties say who took
part, not which namesake the town is. Run after the choice (``resolve._after_choosing``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry
    from explorer.geoparse.resolve import Mention

# the head word of a name a body, an agreement or a festival takes from a town, right after the
# town's name and ending the name ("the Venice Commission for Democracy through Law"); not a
# building's or an office's longer name ("the Naples Convention Center")
_NAMED_AFTER = re.compile(
    r"\s+(?:commission|declaration|agreements?|accords?|protocol|conventions?|process|format"
    r"|principles|treaty|charter|consensus|biennale)\b(?![ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def body_named_after_a_town(mentions: list[Mention], final, text: str) -> None:
    """A town chosen as the namesake, in a country the text names only as a party (every other
    name read there is that country's own name or its people's word), of a town whose name a
    body, an agreement or a festival bears right after it (:data:`_NAMED_AFTER`), is the
    namesake in another country at least as big: "the Constitutional Court turned to the
    Venice Commission ... The United States delivered its study" (Venice, Italy, not Venice,
    California), "The United States backed the Naples Declaration" (Naples, Italy, not Naples,
    Florida). Not where the text reads another name in the chosen country ("The Naples
    Declaration was signed in Florida", "the Venice City Commission"), nor where the chosen
    reading is the biggest of its name, nor a town its container places or a famous city."""
    from explorer.geoparse.resolve import _movable, _take

    for i, m in enumerate(mentions):
        e = _movable(m)
        if e is None or not e.country or not _NAMED_AFTER.match(text, m.end):
            continue
        key = norm(m.name)
        party = False
        for n in mentions:
            c = n.chosen
            if n is m or c is None or c.country != e.country or norm(n.name) == key:
                continue
            if c.rank != 0 and not n.demonym:
                break  # the text places something in the chosen country
            party = party or c.rank == 0
        else:
            abroad = namesake_abroad(final[i], e, key, e.population)
            if party and abroad is not None:
                _take(m, final[i], abroad.gid)


def namesake_abroad(cs, e: Entry, key: str, min_pop: int) -> Entry | None:
    """The biggest of the readings ``cs`` that bears the name ``key`` as its main name, a town
    or a second-level unit in another country than ``e``'s, of ``min_pop`` people or more."""
    return max(
        (
            x
            for x, _ in cs
            if x.primary
            and x.rank in (3, 4)
            and x.country != e.country
            and norm(x.name) == key
            and x.population >= min_pop
        ),
        key=lambda x: x.population,
        default=None,
    )
