"""Fire sent across a line falls where it was aimed, not where it was fired from (eventsq44)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story
from explorer.model import Toponym

# the verbs that send fire away, and what they send
_SENDING_FIRE = frozenset({"fire", "launch", "lob"})
_MUNITIONS = frozenset(
    {"rocket", "missile", "shell", "mortar", "projectile", "grenade", "salvo", "barrage"}
)

# the prepositions that say where fire was sent
_AIMED_PREPS = frozenset({"into", "at", "on", "onto"})


def _where_the_fire_fell(p: _Placing) -> Toponym | None:
    """ "Guerrillas in south Lebanon fired an anti-tank missile at Israeli troops ... and several
    rockets into northern Israel", "Militants in Gaza fired rockets at Sderot": a verb that sends
    rockets, missiles or shells, with a land, region or town its clause names after "into",
    "at" or "on", did its harm there; the place the firers are "in" (or fire "from") is where
    they stood. Only a name the gazetteer knows ("fired into the air", "into the sea" name
    none), and only when the verb's clause sends munitions ("troops fired into the crowd" is
    told by where the crowd was)."""
    tok = p.trigger
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SENDING_FIRE:
        return None
    clause = list(tok.subtree)
    if not any(
        t.lemma_.lower() in _MUNITIONS and t.dep_ in ("dobj", "conj", "nsubjpass") for t in clause
    ):
        return None
    into = {
        o.i
        for t in clause
        if t.dep_ == "prep" and t.lower_ in _AIMED_PREPS
        for o in t.children
        if o.dep_ == "pobj"
    }
    for tp in p.ctx.toponyms:
        head = p.ctx.head_of(tp)
        if head is not None and head.i in into and tp.candidate is not None and not tp.metonymic:
            return tp
    return None


def _fired_into_a_named_place(p: _Placing, story: _Story) -> bool:
    fell = _where_the_fire_fell(p)
    return fell is not None and fell is not p.tp


def _to_where_it_fell(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _where_the_fire_fell(p), "sentence"


_FIRE_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_fired_into_a_named_place, _to_where_it_fell),)
