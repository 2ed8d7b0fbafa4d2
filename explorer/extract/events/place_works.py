"""An act on nuclear works named after a town is not in that town (eventsq45)."""

from __future__ import annotations

import re
from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story
from explorer.model import Toponym

# the nouns of works a town's name may stand before ("the Zaporizhzhia station")
_WORKS_NOUNS = frozenset({"station", "plant", "reactor"})
# the words by which a story tells that its works are nuclear
_NUCLEAR_WORDS = frozenset({"nuclear", "atomic"})


def _at_a_nuclear_plants_namesake(p: _Placing, story: _Story) -> bool:
    """ "Moscow blamed Ukrainian drones for the damage at the Kursk power station",
    in a story of a nuclear plant: the town a nuclear plant is named after (Kursk, the
    province's capital) is not where it stands (at Kurchatov, 40 km away), as the Zaporizhzhia
    plant stands at Enerhodar; the act on it is placed in the town's country, not at the town. The
    town's name must be a word of the works' name ("the Kursk station"), the story must
    name it once as a plant's ("the Zaporizhzhia power station", "the Kursk nuclear power
    plant") and say the works are nuclear or atomic. "The Kharkiv thermal power station" in a
    story with no nuclear word keeps its town, and so does "the Quetta bus station" (no
    plant's name) in a story of a nuclear deal."""
    c = p.candidate
    if p.tp is None or c is None or c.kind != "city" or not _a_story_of_nuclear_works(story):
        return False
    works = _works_named_by(p.tp, story)
    if works is None or not _nuclear_works_told(story) or _other_nuclear_works(p.tp, story):
        return False
    return any(
        tp.name == p.tp.name and _a_plants_noun(w)
        for ctx in story.contexts
        for tp in ctx.toponyms
        if (w := _works_named_by(tp, story)) is not None
    )


def _a_story_of_nuclear_works(story: _Story) -> bool:
    """Whether the story's words (each sentence holds the article's) say its works are
    nuclear or atomic."""
    return bool(story.contexts) and bool(story.contexts[0].document_words & _NUCLEAR_WORDS)


def _works_named_by(tp: Toponym, story: _Story):
    """The noun of works a toponym's name stands before as part of their name ("the
    Zaporizhzhia power station": "station"), or None."""
    for ctx in story.contexts:
        if not any(t.start == tp.start for t in ctx.toponyms):
            continue
        head = ctx.head_of(tp)
        if head is None or head.dep_ != "compound":
            return None
        works = head.head
        while works.dep_ == "compound" and works.head.i != works.i:
            works = works.head  # "Zaporizhzhia power station": "power", then "station"
        return works if works.lemma_.lower() in _WORKS_NOUNS else None
    return None


def _a_plants_noun(works) -> bool:
    """Whether ``works`` is a plant's noun: "plant", "reactor", or "station" said of power
    ("the Zaporizhzhia power station"; not "the Quetta bus station")."""
    if works.lemma_.lower() != "station":
        return True
    return any(t.lower_ in ("power", "nuclear", "atomic") for t in works.lefts)


def _nuclear_works_told(story: _Story) -> bool:
    """Whether the article tells of nuclear works, not only of a nuclear word: "a nuclear
    power plant", "the atomic station", "the reactors"; not "hinted it could use nuclear
    weapons", "Pakistan's nuclear deal", "the atomic energy agency's chief" (review90)."""
    text = story.contexts[0].doc_text if story.contexts else ""
    return _NUCLEAR_WORKS_TOLD.search(text) is not None


_NUCLEAR_WORKS_TOLD = re.compile(
    r"\b(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station|reactor)s?\b|\breactors?\b", re.I
)


def _other_nuclear_works(tp: Toponym, story: _Story) -> bool:
    """Whether the story names nuclear works after another place ("A Ukrainian drone struck
    the Belgorod power plant; the Kursk nuclear plant nearby was unharmed"): those are the
    nuclear works it tells of, and the works named after ``tp`` are not (review90)."""
    for ctx in story.contexts:
        for other in ctx.toponyms:
            head = ctx.head_of(other) if other.name != tp.name else None
            if head is None or head.dep_ not in ("compound", "nmod"):
                continue  # "the Kursk nuclear plant": "Kursk" is parsed as either
            w = head.head
            while w.dep_ == "compound" and w.head.i != w.i:
                w = w.head
            if w.lemma_.lower() in _WORKS_NOUNS and (
                w.lemma_.lower() == "reactor"
                or any(t.lower_ in _NUCLEAR_WORDS for t in w.subtree if t.i < w.i)
            ):
                return True
    return False


# the links by which a works' noun is a part of its act's own clause ("damaged a transformer
# and shut the second reactor down", "struck the plant", "shelling near the plant")
_CLAUSE_LINKS = frozenset({"dobj", "pobj", "prep", "conj", "nsubj", "nsubjpass", "npadvmod"})
_CLAUSE_LINKS |= {"compound", "amod", "appos", "advmod", "prt", "dative", "attr", "oprd"}
# the acts of force that strike works where they stand
_ACTS_OF_FORCE = frozenset({"attack", "bombardment", "air_strike", "bombing", "incursion"})


def _a_plants_act_told_from_its_capital(p: _Placing, story: _Story) -> bool:
    """ "KYIV - ... Officials said the strike on Friday damaged a cooling pond and a
    transformer at the station", in a story of a nuclear power station: an act on nuclear works,
    placed only by the town the story is filed from (its sentence names no place), is in that
    town's land, not at the town: a nuclear plant stands far from the city that reports it
    (eventsfix59). The act's own clause must name the works ("the plant", "the reactor", "the
    station"), the story must tell of nuclear works, and the works must not be named after the
    town ("the Tehran research reactor" stays at Tehran), and the act must be one of force
    (a protest in the capital against a plant stays there). "KYIV - Russian missiles struck the
    city centre, days after the agency's chief visited the nuclear plant" keeps its town (the
    plant is in another clause), and so does a station of another kind ("a police station",
    "the bus station", which stand in the town: review96)."""
    c = p.candidate
    if p.tp is None or c is None or c.kind != "city" or p.basis != "article":
        return False
    if p.em.type not in _ACTS_OF_FORCE:
        return False  # "TOKYO - Thousands protested against the restart of the nuclear plant"
    if not _a_story_of_nuclear_works(story) or not _nuclear_works_told(story):
        return False
    works = _works_of_its_clause(p.trigger)
    return bool(works) and not any(
        p.tp.name.lower() in {w.lower_ for w in x.subtree} for x in works
    )


def _works_of_its_clause(trigger) -> list:
    """The nouns of works ("plant", "reactor", "station") in the clause of the act
    ``trigger`` (its verb, or the verb its noun is the subject or object of), reached from
    that verb through ``_CLAUSE_LINKS`` only (no clause of its own: "after", "which")."""
    verb = trigger
    if verb.pos_ != "VERB" and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = verb.head
    out = []
    for t in verb.subtree:
        if t.lemma_.lower() not in _WORKS_NOUNS or _another_kind_of_station(t):
            continue
        w = t
        while w.i != verb.i and w.dep_ in _CLAUSE_LINKS and w.head.i != w.i:
            w = w.head
        if w.i == verb.i:
            out.append(t)
    return out


# the words before a works' noun that keep it a power works ("the power station", "the
# nuclear plant", "the main reactor"); any other noun before it names another kind of
# building, which stands in the town ("a police station", "the bus station": review96)
_POWER_WORDS = _NUCLEAR_WORDS | {"power", "generating", "electric", "electricity", "energy"}


def _another_kind_of_station(noun) -> bool:
    """Whether a station is said by a noun before it to be another kind of building than a
    power works ("a police station", "a metro station", "the central bus station"); a reactor
    or a plant is one whatever stands before it ("the second reactor")."""
    return noun.lemma_.lower() == "station" and any(
        c.dep_ == "compound" and c.lower_ not in _POWER_WORDS for c in noun.children
    )


def _to_its_country(p: _Placing, story: _Story) -> None:
    p.to_its_country(story)


_WORKS_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = (
    (_at_a_nuclear_plants_namesake, _to_its_country),
    (_a_plants_act_told_from_its_capital, _to_its_country),
)
