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
    """The verb of which "in protest" (the noun ``noun``) is the reason, or None. The parser
    may hang the phrase on the verb's object ("threatened to stop work in protest": on
    "work"); a phrase of reason says why the act was done, never which thing it was done to,
    so it is the verb's (eventsfix65)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.i != verb.i:
        verb = verb.head  # "stopped work in protest", "closed the border in protest"
    return verb if verb.pos_ in ("VERB", "AUX") else None


# the tags of a verb in a tense, which no infinitive can share with it
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _subjects(verb) -> list:
    """The subjects of ``verb``, or of the first verb it is joined to ("Libya expelled two
    envoys and closed its embassy in protest": Libya closed it). A verb in a tense that the
    parser joins to an infinitive ("told the attache to go and withdrew its envoy": to
    "go") is joined to the verb the infinitive hangs on, whose subject it has (eventsfix65)."""
    for _ in range(4):
        found = children(verb, "nsubj")
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        up = verb.head
        if verb.tag_ in _FINITE and up.dep_ == "xcomp" and up.tag_ == "VB" and up.head.i != up.i:
            up = up.head
        verb = up
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
