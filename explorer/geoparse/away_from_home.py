"""Names the text shows away from the place they name (branch geofix54's): a club's name in a
game's story (:func:`club_far_from_its_game`), a troupe named for a world city on tour
(:func:`troupe_on_tour`), and the towns a journey leaves for a region
(:func:`journey_into_a_region`). Each runs after the choice (``resolve._after_choosing``) and
moves or drops a town read where the text's own words say the thing is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm
from explorer.geoparse.told_apart import _LIST_JOIN
from explorer.geoparse.words_around import _GAME

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

# a club's supporters before its name ("fans of Vasco", "supporters of the Reds")
_FANS_OF = re.compile(r"\b(?:fans|supporters|ultras)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a club's result after its name, with the score in the same clause ("Vasco won the game 1-0",
# "Benfica beat Celtic 3-0")
_RESULT_AFTER = re.compile(
    r"\s+(?:won|lost|drew|beat|defeated|edged|thrashed|routed)\b[^.!?;\n]{0,40}?"
    r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])",
    re.IGNORECASE,
)
# a club's town farther than this from every other place its game's story reads is on another
# continent (Vasco da Gama, Goa, from Rio de Janeiro: 13,700 km; Liverpool from Rome: 1,400)
_FAR_KM = 3000.0


def _club_cue(m: Mention, text: str) -> bool:
    return bool(
        _FANS_OF.search(text, max(0, m.start - 30), m.start) or _RESULT_AFTER.match(text, m.end)
    )


def club_far_from_its_game(mentions: list[Mention], text: str, km) -> None:
    """ "Fights between fans of Vasco and fans of Fluminense ... Vasco won the game 1-0": in a
    game's story (a score or a game's words, ``words_around._GAME``), a name the text gives a
    club (its fans or supporters, "fans of X", or its result with a score, "X won the game
    1-0") and reads as a town farther than _FAR_KM from every other place the text
    reads is left unplaced at each mention: the club's town, or the club alone, is on the
    story's continent, and the far namesake (Vasco da Gama, India, of a Rio derby) is not it.
    Not "X fans", people of a town as often as a club's ("Detroit fans drove to London"), a
    country or a region (a land's team), a town near the story's other places ("Fans of
    Liverpool travelled to Manchester"), nor a text that reads no other place (nothing tells
    where the game is)."""
    from explorer.geoparse.resolve import _km_cached, _leave_unplaced

    if not _GAME.search(text):
        return
    clubs = {norm(m.name) for m in mentions if not m.demonym and _club_cue(m, text)}
    for key in clubs:
        own = [(m, m.chosen) for m in mentions if norm(m.name) == key and m.chosen is not None]
        towns = {e.gid: e for _, e in own if e.rank in (3, 4)}
        if len(towns) != 1 or len(towns) != len({e.gid for _, e in own}):
            continue  # a club's name read as a land, or as towns apart: not judged here
        e = next(iter(towns.values()))
        others = [m.chosen for m in mentions if norm(m.name) != key and m.chosen is not None]
        if others and all(_km_cached(km, e, o) > _FAR_KM for o in others):
            for m, c in own:
                _leave_unplaced(m, [(c, m.score), *m.alternatives])


# a troupe's name after a town's, its last capitalised word ("the Moscow State Circus", "the
# Vienna Philharmonic"; not "the Paris Ballet Academy", a school, nor "the Moscow Symphony of
# Idaho", its unit's), and what a troupe does on tour later in the sentence
_TROUPE = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}?\s+(?:Circus|Ballet|Philharmonic|Orchestra|Symphony"
    r"|Opera)(?![ \t]+(?:(?-i:[A-Z])|of\b))(?P<rest>[^.!?\n]*)"
)
_ON_TOUR = re.compile(
    r"\b(?:perform(?:s|ed|ing)?|play(?:s|ed|ing)?|tour(?:s|ed|ing)?|danc(?:es|ed|ing)"
    r"|sang|sing(?:s|ing)?|appear(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def troupe_on_tour(mentions: list[Mention], final, text: str, km) -> None:
    """ "The Moscow State Circus performed in Idaho", "The Berlin Philharmonic toured
    Vermont": a town chosen as the small namesake of a world city (its own name,
    ``resolve._world_city``) where the name opens a troupe's (a circus, a ballet, an
    orchestra, a philharmonic, a symphony, an opera: :data:`_TROUPE`) that performs, plays or
    tours later in its sentence is the world city: a troupe tours away from home, and the
    region it performs in is not its town's. Not a school or a body a word goes on from ("The
    Paris Ballet Academy in Texas", "the Moscow Symphony of Idaho"), a town's own district
    ("The Moscow School District in Idaho"), a town its container places ("performed in
    Moscow, Idaho"), nor a troupe the sentence does not show on a stage."""
    from explorer.geoparse.resolve import _movable, _take, _world_namesake_of

    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None:
            continue
        troupe = _TROUPE.match(text, m.end)
        if troupe is None or not _ON_TOUR.search(troupe["rest"]):
            continue
        world = _world_namesake_of(m, cs, e, km)
        if world is not None:
            _take(m, cs, world[0].gid)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+")


def journey_into_a_region(mentions: list[Mention], final, text: str, km) -> None:
    """ "Ministers flew from London, Paris and Berlin to Ontario", "The family moved from Paris
    to Texas": a journey from towns (one, or a list after "from") to a first-level region
    leaves from outside the region, so a town chosen as the small namesake of a world city
    inside that region (London and Paris of Ontario) is the world city. Not a town its
    container places ("from London, Ontario to Toronto"), nor a journey to a town ("from
    London to Kitchener, Ontario"), nor a town no world city shares a name with."""
    from explorer.geoparse.resolve import _inside, _movable, _take, _world_namesake_of

    for j, r in enumerate(mentions):
        region = r.chosen
        if j == 0 or region is None or r.demonym or region.rank != 2:
            continue
        if not _TO_BETWEEN.fullmatch(text, mentions[j - 1].end, r.start):
            continue
        run = [j - 1]
        while run[0] > 0 and _LIST_JOIN.match(
            text[mentions[run[0] - 1].end : mentions[run[0]].start]
        ):
            run.insert(0, run[0] - 1)
        first = mentions[run[0]]
        if not _FROM_BEFORE.search(text, max(0, first.start - 6), first.start):
            continue
        for k in run:
            e = _movable(mentions[k])
            if e is None or not _inside(e, region):
                continue
            world = _world_namesake_of(mentions[k], final[k], e, km)
            if world is not None:
                _take(mentions[k], final[k], world[0].gid)
