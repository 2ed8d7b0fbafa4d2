"""A protest named only as the reason of another act ("in protest at ..."): the protest is what
that act is, so it is one only where the act is a crowd's, done now (eventsq51)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.syntax import children

# a state's organ that acts for it: what it does "in protest" is a complaint
_ORGANS = frozenset({"government", "ministry", "embassy", "cabinet", "foreign ministry"})
# modals that put a deed to come, not one done ("said he would starve himself in protest")
_TO_COME = frozenset({"would", "will", "shall", "could", "might", "may", "'ll", "wo"})


def _the_reason_of(noun):
    """The verb of which "in protest" (the noun ``noun``) is the reason, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _subjects(verb) -> list:
    """The subjects of ``verb``, or of the first verb it is joined to ("Libya expelled two
    envoys and closed its embassy in protest": Libya closed it)."""
    for _ in range(4):
        found = children(verb, "nsubj")
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def a_states_act_in_protest(noun, mention: Callable) -> bool:
    """ "France recalled its ambassador in protest at the remarks", "the foreign ministry
    summoned the envoy in protest over the cartoons": what a state does in protest, by its
    name, its capital or an organ of it, is a complaint between governments, no crowd in a
    street; a people's word ("Chilean students blocked roads in protest"), people ("miners
    walked out in protest") and lawmakers keep their protest."""
    verb = _the_reason_of(noun)
    if verb is None:
        return False
    subjects = _subjects(verb)
    if not subjects:
        return False
    for s in subjects:
        if s.lemma_.lower() in _ORGANS:
            continue
        m = mention(s)
        if m is None or m.ref.kind != "state" or m.ref.form == "demonym":
            return False
    return True


def a_deed_to_come_in_protest(noun) -> bool:
    """ "He said he would starve himself in protest until the dam was halted", "the miners
    threatened to strike in protest": a deed that a modal puts to come, or that is only
    threatened, vowed or planned, is not yet done, so no protest is told ("hundreds walked
    out in protest" is one)."""
    verb = _the_reason_of(noun)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return True
    up = verb.head
    return (
        verb.dep_ == "xcomp"
        and up.i != verb.i
        and up.lemma_.lower() in ("threaten", "vow", "plan", "promise", "pledge", "intend")
    )
