"""A town introduced by a landscape the gazetteer does not hold (branch geofix62's): "the
Minho town of X", "X on Y Island". The landscape says the town lies in it, though no reading
tells where it is; where every other place the text names lies in one land, near a namesake
of the town there, and none near the town read, the words name that namesake: read abroad,
the town sits on a continent the story never leaves for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.called_villages import _GAMES_VILLAGE
from explorer.geoparse.names import norm
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry
    from explorer.geoparse.resolve import Mention

# "the Minho town of", "the Hunter Valley port of": one to three capitalised words between "the"
# and a settlement's word and "of", right before the name
_LANDSCAPE_BEFORE = re.compile(
    r"\bthe\s+(?P<land>(?:[A-Z][\w'\u2019-]*\s+){1,3})(?:town|village|city|port|resort)\s+of\s+$"
)
# "on Cape Y Island", right after the name
_ISLAND_AFTER = re.compile(r"\s+on\s+(?P<land>(?:[A-Z][\w'\u2019-]*\s+){1,3})Island\b")
# "on Cape Y", right after the name, the island's word left out
_CAPE_AFTER = re.compile(r"\s+on\s+(?P<land>Cape\s+[A-Z][\w'\u2019-]*)")
# a namesake of this many people is a town of its own, one news may mean ("Sydney" of Nova
# Scotia); a world city's namesakes of a few thousand ("Berlin" of New Hampshire) are seldom news
_NAMESAKE_POP = 20_000
# the settlement's words of "the <Landscape> town of" that no city of millions is called
_SMALL_WORDS = frozenset({"town", "village", "resort"})

# the text's places and the namesake lie this near: the story stays in one part of one land
_NEAR_KM = 500.0
# an origin ("engineers from X") says where people came from, not where the story is
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def town_of_an_unheld_landscape(mentions: list[Mention], final, text: str) -> None:
    """ "Floods hit the Minho town of X and the nearby city of Braga": a town right after "the
    <Landscape> town (village, city, port, resort) of" or before "on <Y> Island", where no
    name of the landscape or the island has a reading, read in a land no other name of the text
    lies in, is its namesake in the one land every other name of the text is read in (the
    best scored, within _NEAR_KM of one of them), where at least one of them is a town or a
    region not named as an origin ("from Z") and none lies within _NEAR_KM of the town read.
    Not a landscape the text places ("the California town of X"), a story of several lands,
    one whose only other places are origins ("engineers from Z moved to the Valley town of
    X"), nor a town its neighbours lie beside ("Victoria on Vancouver Island sent ferries to
    Seattle": Seattle lies near the town read)."""
    from explorer.geoparse.resolve import _take

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank not in (3, 4) or not e.country:
            continue
        span = _landscape_span(text, m)
        if span is None or any(
            o.chosen is not None and span[0] <= o.start < span[1] for o in mentions
        ):
            continue
        key = norm(m.name)
        others = [
            o for o in mentions if o.chosen is not None and not o.demonym and norm(o.name) != key
        ]
        lands = {o.chosen.country for o in others if o.chosen is not None}
        if len(lands) != 1 or e.country in lands or None in lands:
            continue
        land = next(iter(lands))
        lenders = [
            o.chosen
            for o in others
            if o.chosen is not None
            and o.chosen.rank != 0
            and not _FROM_BEFORE.search(text, max(0, o.start - 10), o.start)
        ]
        if not lenders or any(_km(e, o) <= _NEAR_KM for o in lenders):
            continue
        namesakes = [
            (x, s)
            for x, s in final[i]
            if x.country == land
            and x.rank in (3, 4)
            and any(_km(x, o) <= _NEAR_KM for o in lenders)
        ]
        if namesakes:
            _take(m, final[i], max(namesakes, key=lambda r: r[1])[0].gid)
    world_city_on_an_unheld_landscape(mentions, final, text)


def world_city_on_an_unheld_landscape(mentions: list[Mention], final, text: str) -> None:
    """ "Shepherds in the Highland village of Perth", "a ferry from Perth on Cape Wrath": a
    name read as a world city (``resolve._world_city``) though the text calls it a town,
    a village or a resort of a landscape, or sets it on a cape or an island, the gazetteer
    holding neither: a city of millions is no village, needs no landscape to be known by, and
    lies on no cape it is not known to. Where no other name of the text (a people's adjective
    included) lies in the city's land or within _NEAR_KM of it, and the name has a reading in
    another land that is a town of _NAMESAKE_POP people or more, the reading is fame's alone
    and is left unplaced (kept first among the alternatives). Not "the Rhine city of Cologne"
    (a city), a world city beside a place of its land ("the Gulf Coast town of X ...
    residents of Y", both in one land) or near it, a games' village ("the Olympic village of
    X", a quarter of its host), nor a landscape the text reads."""
    from explorer.geoparse.resolve import _leave_unplaced, _world_city

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or not e.country or not _world_city(e):
            continue
        span = _small_landscape_span(text, m)
        if span is None or _GAMES_VILLAGE.search(text, span[0], span[1]):
            continue
        if any(o.chosen is not None and span[0] <= o.start < span[1] for o in mentions):
            continue
        key = norm(m.name)
        others = [o.chosen for o in mentions if o.chosen is not None and norm(o.name) != key]
        if any(o.country == e.country or _km(e, o) <= _NEAR_KM for o in others):
            continue
        if not any(
            x.country != e.country and x.rank in (3, 4) and x.population >= _NAMESAKE_POP
            for x, _ in final[i]
        ):
            continue
        for o in mentions:
            if o.chosen == e and norm(o.name) == key and not o.container:
                _leave_unplaced(o, [(e, o.score), *o.alternatives])


def _landscape_span(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the landscape's words lie ("Minho", "Cape Breton"), or None where the name is
    introduced by none."""
    before = _LANDSCAPE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if before is not None:
        return before.span("land")
    after = _ISLAND_AFTER.match(text, m.end)
    if after is not None:
        return after.span("land")
    return None


def _small_landscape_span(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the landscape's words lie when the name is called a town, a village or a resort of
    it ("the Minho village of"), or set on a cape or an island ("on Cape Y", "on Y Island")."""
    before = _LANDSCAPE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if before is not None:
        word = text[before.end("land") : before.end()].split()[0]
        return before.span("land") if word in _SMALL_WORDS else None
    after = _ISLAND_AFTER.match(text, m.end) or _CAPE_AFTER.match(text, m.end)
    return after.span("land") if after is not None else None


def _km(a: Entry, b: Entry) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
