"""A protest is not dated by the time of what it protests (eventsfix61)."""

from __future__ import annotations

from explorer.extract.events.place_protest import _AGAINST, _a_time_between


def a_time_of_what_is_protested(toks, trigger, etype: str) -> bool:
    """ "Thousands marched on Sunday to protest against the bus fare rises this month",
    "rallied on Friday to protest against the air strikes this month": a time right after what
    a protest is against, over or about, with nothing between, is that thing's time (the
    shootings' week, the strikes' month), whatever the parser hung it on; the protest takes
    its own clause's time, or none. "protested against the war on Friday" (a day, no time
    phrase of "this" or "last") is read as before: ``_a_time_between`` asks for such words."""
    if etype != "protest" or not toks:
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AGAINST:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            last = max(t.i for t in noun.subtree)
            first = min(t.i for t in toks)
            if first == last + 1 and _a_time_between(list(toks)):
                return True
    return False


def the_gatherings_times(trigger) -> set[int]:
    """The tokens of the times told of the verbs a protest's "to protest" hangs on, up to two
    clauses up ("gathered in Chicago on Saturday to protest", "the shooting began on Thursday
    as hundreds gathered to protest"), outside the protest's own words: its day, once the time
    of what it protests is set aside."""
    own = {t.i for t in trigger.subtree}
    out: set[int] = set()
    verb = trigger
    for _ in range(2):
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
        out |= {
            t.i
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod") and c.i not in own
            for t in c.subtree
            if t.i not in own
        }
    return out
