"""Two rules run after the choice (``resolve._after_choosing``) that move a town to the reading
the places written beside it say, over one the text's other sentences or its list's country
pulled it to: a town its own sentence sets beside a place ("the town of Bethlehem, south of
Jerusalem"), and a listed town with a far bigger namesake beside the list ("Trains to Lille,
Brussels and Amsterdam").
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry, Gazetteer
    from explorer.geoparse.resolve import Mention

# a reading this near the place its sentence sets the town beside is the town there
BESIDE_KM = 100.0
# a reading this far from it is another land's (Bethlehem, Pennsylvania, for "south of
# Jerusalem")
APART_KM = 1500.0
# a word of position right before a name: the sentence says where things lie by it ("south of
# Jerusalem", "near Canakkale", "below Jerusalem's old walls", "towards Athens"); not a journey's
# "to" or "from", which joins places of any distance
_BESIDE = re.compile(
    r"(?:\b(?:near|nearby|outside|beside|below|towards?|close to|not far from|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|"
    r"\d+ (?:km|kilometres|kilometers|miles) (?:from|of))\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# ... in one clause with it, at most this many words apart
CLAUSE_WORDS = 8
# ... a city of this many people at least, or a capital
LANDMARK_POP = 100_000
# a place after "from" says where people came from, not where the town lies ("visitors from
# Pennsylvania were few")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# where a sentence ends: a full stop, a question or exclamation mark before a space, or a line's
# end
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# a listed town's namesake this many times bigger, at most this much farther from the list's
# other places than the town read, is the list's (Lille of France, 16 times Lille of Belgium)
LISTED_RATIO = 5
LISTED_MIN_POP = 100_000
LISTED_FARTHER_KM = 100.0


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end]: from the last full stop, question or
    exclamation mark before a space, or line end, before it to the first after it."""
    lo = max(max(text.rfind(c, 0, start) for c in (". ", "? ", "! ", ".\n")) + 1, 0)
    lo = max(lo, text.rfind("\n", 0, start) + 1)
    after = _SENTENCE_END.search(text, end)
    return lo, (after.start() if after else len(text))


def town_beside_its_sentence_place(
    mentions: list[Mention], final: list[list[tuple[Entry, float]]], text: str, gaz: Gazetteer
) -> None:
    """ "Tourists crowded the town of Bethlehem, south of Jerusalem, though visitors from
    Pennsylvania were few": a town whose own sentence sets a landmark (:func:`_landmark`) with
    a word of position ("south of Jerusalem", "near Canakkale", "towards Athens") and names no
    place within APART_KM of the town's reading is the town's reading within BESIDE_KM of that
    landmark (Bethlehem of the West Bank, Marathon of Attica), or, where it has none, unplaced
    ("the ancient city of Troy" near Canakkale is no Troy of New York): a state named in
    another sentence, or in its own after "from", where people came from, says less of it than
    the place written beside it. Not a town its container places, a famous city, or a people's
    adjective; kept where the sentence names a place near the reading ("Bethlehem near
    Allentown" after "back from Jerusalem")."""
    from explorer.geoparse.resolve import _km, _leave_unplaced, _movable, _take

    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None:
            continue
        lo, hi = _sentence(text, m.start, m.end)
        others = [
            o
            for o in mentions
            if o is not m
            and lo <= o.start < hi
            and o.chosen is not None
            and not o.demonym
            and norm(o.name) != norm(m.name)
        ]
        if any(
            _km(e, o.chosen) <= APART_KM
            for o in others
            if o.chosen and not _FROM.search(text, lo, o.start)
        ):
            continue
        anchors = [
            o.chosen
            for o in others
            if o.chosen
            and _landmark(o.chosen)
            and _BESIDE.search(text, lo, o.start)
            and _one_clause(text[min(m.end, o.end) : max(m.start, o.start)])
        ]
        if not anchors:
            continue
        near = [
            (x, s)
            for x, s in cs
            if x.rank in (3, 4) and any(_km(x, a) <= BESIDE_KM for a in anchors)
        ]
        # a reading set aside before the choice: "Marathon" is only a variant name of Attica's
        # Marathonas, and Florida's town holds it as its main name
        held = [
            x
            for x in gaz.lookup(norm(m.name))
            if x.rank in (3, 4) and any(_km(x, a) <= BESIDE_KM for a in anchors)
        ]
        if near:
            _take(m, cs, max(near, key=itemgetter(1))[0].gid)
        elif held:
            m.alternatives = [(e, m.score), *m.alternatives][:4]
            m.chosen = max(held, key=lambda x: x.population)
        else:
            _leave_unplaced(m, [(e, m.score), *m.alternatives])


def listed_beside_bigger_namesake(
    mentions: list[Mention], final: list[list[tuple[Entry, float]]], text: str
) -> None:
    """ "Trains to Lille, Brussels and Amsterdam were cancelled": a listed town read as a
    small town of a list-mate's country, where the list's other names lie in two countries or
    more (so no one country is the list's), is its namesake LISTED_RATIO times bigger (and of
    LISTED_MIN_POP people) that lies at most LISTED_FARTHER_KM farther from the list's other
    places: Lille of France, not Lille of Antwerp province. Kept: a list of one country
    ("Lille, Geel and Herentals"), a namesake far from the list."""
    from explorer.geoparse.resolve import _km, _movable, _siblings, _take

    for m, cs, listed in zip(mentions, final, _siblings(mentions, text), strict=True):
        e = _movable(m)
        mates = [mentions[k].chosen for k in listed if mentions[k].chosen is not None]
        if e is None or len({a.country for a in mates if a}) < 2:
            continue
        here = min(_km(e, a) for a in mates if a)
        bigger = [
            (x, s)
            for x, s in cs
            if x.rank == 4
            and x.population >= max(LISTED_MIN_POP, LISTED_RATIO * e.population)
            and min(_km(x, a) for a in mates if a) <= here + LISTED_FARTHER_KM
        ]
        if bigger:
            _take(m, cs, max(bigger, key=lambda x: x[0].population)[0].gid)


def _one_clause(between: str) -> bool:
    """Two names with ``between`` between them lie in one clause: at most CLAUSE_WORDS words,
    and no comma but one right after the first ("the town of Bethlehem, south of Jerusalem";
    not "agree in Geneva to dismantle Syria's chemical weapons, after a chemical attack near
    Damascus")."""
    return "," not in between.lstrip()[1:] and len(between.split()) <= CLAUSE_WORDS


def _landmark(e: Entry) -> bool:
    """A town known well enough to set another beside: a capital or a city of LANDMARK_POP
    people (not "toward Earth", a Texan hamlet's name). Not a country or a region, whose point
    says nothing of how near its border a town lies ("the border region of Ade near Sudan")."""
    return e.rank in (3, 4) and (e.capital or e.population >= LANDMARK_POP)
