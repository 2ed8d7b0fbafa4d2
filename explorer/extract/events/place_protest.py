"""A protest is not where the acts it protests took place (eventsfix60)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story

# the prepositions that name what a protest is against
_AGAINST = frozenset({"against", "over", "about"})
# words of a time that what is protested may have of its own ("police shootings this week")
_TIME_WORDS = frozenset({"week", "month", "weekend", "year", "yesterday", "earlier", "days"})
# the small words such a time may hold ("this week", "last month", "the previous days")
_TIME_SMALL = frozenset({"this", "last", "past", "previous", "the", "few", "two", "three"})
# the prepositions that put the protested acts at a place after their time
_AT = frozenset({"in", "at", "near"})


def _what_is_protested(p: _Placing):
    """The noun the protest's "against", "over" or "about" names ("protest against fatal
    police shootings"), or None."""
    if p.em.type != "protest":
        return None
    for prep in p.trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _AGAINST:
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    return noun
    return None


def _a_time_between(toks) -> bool:
    """Whether ``toks`` are a time phrase and nothing else ("this week", "last month")."""
    return (
        bool(toks)
        and all(t.ent_type_ == "DATE" or t.lower_ in _TIME_WORDS | _TIME_SMALL for t in toks)
        and any(t.ent_type_ == "DATE" or t.lower_ in _TIME_WORDS for t in toks)
    )


def _where_the_protested_acts_were(p: _Placing, story: _Story) -> bool:
    """ "Thousands marched on Sunday to protest against the evictions this month in a far
    province": the protest's place was read after what it protests, right after a time of
    that thing's own ("this week", "last month"); the time and the place tell another
    occasion, where the protested acts happened, whatever the parser hung them on. The protest
    is where its own clause puts it, or nowhere. A protest whose place is told elsewhere
    ("protested in Ferguson against the police shooting", "Residents of Srinagar protested
    against the killing of a shopkeeper") keeps it, and so does a place right after what is
    protested, with no time between ("against the war in Baghdad on Friday")."""
    if p.tp is None or p.basis != "sentence":
        return False
    noun = _what_is_protested(p)
    head = p.ctx.head_of(p.tp)
    if noun is None or head is None:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "in Minneapolis and Louisville"
    prep = head.head
    last = max(t.i for t in noun.subtree)
    if head.dep_ != "pobj" or prep.lower_ not in _AT or prep.i <= last:
        return False
    return _a_time_between(list(noun.doc[last + 1 : prep.i]))


def _to_the_protests_own_place(p: _Placing, story: _Story) -> None:
    """The first place of the sentence told "in" or "outside" the protest's clause (the verb
    it hangs on: "gathered in Berlin to protest", "rallied outside parliament in London"),
    outside what is protested; else no place."""
    clause = {p.trigger, *p.trigger.ancestors}
    told = p.tp.start if p.tp is not None else -1
    for tp in p.ctx.toponyms:
        head = p.ctx.head_of(tp)
        if head is None or tp.metonymic or tp.start == told:
            continue
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "in" and prep.head in clause:
            p.tp = tp
            return
    p.unplace(story)


_PROTEST_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_where_the_protested_acts_were, _to_the_protests_own_place),)
