"""An act on a road named by the two towns it links is on the road, at neither town
(eventsfix60)."""

from __future__ import annotations

import re
from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story

# the words of a road or a railway named by its two ends ("the Lahore-Islamabad motorway")
_ROAD_WORDS = r"(?i:road|highway|motorway|expressway|freeway|railway|railroad)"
# the hyphen or dash that joins the two towns' names, with no space on either side
_JOIN = "[-\u2013\u2014]"
# a town's name of one to three capitalised words ("Dar es Salaam" aside: its small words)
_WORD = r"[^\s,;:.()\-\u2013\u2014]*"
_NAME = rf"[A-Z]{_WORD}(?:\s+(?:[A-Z]|es\b|el\b|al\b|de\b){_WORD}){{0,2}}"


def _first_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a road's name: "Kabul-Kandahar highway"."""
    return re.match(rf"{_JOIN}{_NAME}\s+{_ROAD_WORDS}\b", text[end:]) is not None


def _second_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` closes a road's name: "Kabul-Kandahar highway"."""
    before = re.search(rf"{_NAME}{_JOIN}$", text[max(0, start - 60) : start])
    return before is not None and re.match(rf"\s+{_ROAD_WORDS}\b", text[end:]) is not None


def _a_road_end(text: str, tp) -> bool:
    return _first_end(text, tp.start, tp.end) or _second_end(text, tp.start, tp.end)


def _the_other_end(p: _Placing, story: _Story):
    """The toponym joined to the place's by the hyphen, when the geoparser read it."""
    text, tp = story.doc.text, p.tp
    if tp is None:
        return None
    for other in (o for c in story.contexts for o in c.toponyms):
        if other.start == tp.start:
            continue
        between = (
            text[other.end : tp.start] if other.end <= tp.start else text[tp.end : other.start]
        )
        if re.fullmatch(_JOIN, between):
            return other
    return None


def _an_end_of_a_road(p: _Placing, story: _Story) -> bool:
    """ "Gunmen kidnapped 20 travellers on the Lokoja-Abuja highway", "A roadside bomb hit a
    bus on the Kabul-Kandahar highway": the place the event was given is one of the two towns
    a road or a railway is named by (joined by a hyphen, before "road", "highway", "motorway",
    "expressway", "freeway", "railway" or "railroad"). The act is somewhere on the road
    between them, often far from either town. Not when the sentence names the same place on
    its own too ("A car bomb exploded in Kabul near the start of the Kabul-Jalalabad road"), nor
    for a name joined by a hyphen to something else ("a Beirut-based militia", "Emilia-Romagna",
    "the Kyrgyzstan-Tajikistan border")."""
    tp = p.tp
    if tp is None or tp.candidate is None or not _a_road_end(story.doc.text, tp):
        return False
    gid = tp.candidate.gazetteer_id
    return not any(
        other.start != tp.start
        and other.candidate is not None
        and other.candidate.gazetteer_id == gid
        and not _a_road_end(story.doc.text, other)
        for other in p.ctx.toponyms
    )


def _to_the_roads_land(p: _Placing, story: _Story) -> None:
    """The road's country, when both its towns are read in one country and the article names
    it; else no place (a road across a border is in neither land alone)."""
    other = _the_other_end(p, story)
    here = p.candidate
    if (
        other is not None
        and other.candidate is not None
        and here is not None
        and other.candidate.country == here.country
    ):
        p.to_its_country(story)
    else:
        p.unplace(story)


_ROAD_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_an_end_of_a_road, _to_the_roads_land),)
