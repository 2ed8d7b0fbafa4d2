"""An act its sentence does not place, put where the next sentence says it happened
(eventsfix64)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story
from explorer.model import Toponym

# the nouns an act is named again by as the subject of "happened" ("the attack happened ...")
_ACT_NOUNS = frozenset(
    {
        "attack",
        "ambush",
        "assault",
        "blast",
        "bombing",
        "explosion",
        "incident",
        "killing",
        "raid",
        "shooting",
        "strike",
        "kidnapping",
        "abduction",
        "clash",
        "clashes",
        "fighting",
        "hijacking",
    }
)
# the verbs that say where and when an act happened
_HAPPENED = frozenset({"happened", "occurred", "took"})
# the prepositions of where it happened, and the nouns of a place "of" a name ("in the city of")
_WHERE = frozenset({"in", "near", "at", "off", "outside", "on"})
_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "region", "province", "district", "state", "area", "port"}
)


def _told_as_where_it_happened(tok, verb) -> bool:
    """Whether a toponym's head hangs from ``verb`` as where it happened: the object of a
    preposition of place on the verb ("happened near Ayacucho"), or the name "of" a place's
    noun there ("took place in the Syrian city of Homs")."""
    node = tok
    while node.dep_ == "pobj" and node.head.lower_ == "of":
        noun = node.head.head
        if noun.lower_ not in _PLACE_NOUNS:
            return False
        node = noun
    return node.dep_ == "pobj" and node.head.lower_ in _WHERE and node.head.head.i == verb.i


def _the_act_again(verb) -> bool:
    """Whether ``verb`` is "happened", "occurred" or "took (place)" with the act as its subject:
    "it", "this", or "the" with a noun of an act ("The blast took place ..."): the act told
    before, not "A similar attack happened in Herat last year"."""
    if verb.lower_ not in _HAPPENED:
        return False
    if verb.lower_ == "took" and not any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.lower_ in ("it", "this"):
        return True
    return subj.lower_ in _ACT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children
    )


def _where_the_next_sentence_says(p: _Placing, story: _Story) -> Toponym | None:
    """The place the sentence after an act's says it happened at, when the act's own sentence
    names no place but the dateline ("KAMPALA - Rebels ambushed a convoy on Monday, killing
    nine ... It happened near Gulu, close to the border"): its toponym when it lies in another
    land than the place the story or the paragraph lent, or is another town or region there;
    None otherwise (a country that holds the lent place says less)."""
    c = p.candidate
    if p.basis not in ("article", "paragraph") or c is None or p.earlier or p.history:
        return None
    if any(t.start >= story.cut for t in p.ctx.toponyms):
        return None  # its own sentence names a place, which placed it or was refused
    nxt = p.ctx.following
    if nxt is None or not nxt.toponyms:
        return None
    found = []
    for tp in nxt.toponyms:
        n = tp.candidate
        head = nxt.head_of(tp)
        if n is None or head is None or n.gazetteer_id == c.gazetteer_id:
            continue
        if n.kind == "country" and n.country == c.country:
            continue
        verb = next(
            (a for a in head.ancestors if a.lower_ in _HAPPENED and _the_act_again(a)), None
        )
        if verb is not None and _told_as_where_it_happened(head, verb):
            found.append(tp)
    return found[0] if len({t.candidate.gazetteer_id for t in found if t.candidate}) == 1 else None


def _told_next(p: _Placing, story: _Story) -> bool:
    return _where_the_next_sentence_says(p, story) is not None


def _placed_there(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _where_the_next_sentence_says(p, story), "paragraph"


_TOLD_NEXT_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_told_next, _placed_there),)
