"""A bomber who is a man by what he does with himself (eventsfix61)."""

from __future__ import annotations

_HIS = frozenset({"his", "her"})
_HIMSELF = frozenset({"himself", "herself"})


def a_bomber_by_his_deeds(tok) -> bool:
    """ "The bomber detonated his vest in the queue at the bank", "the bomber blew himself up at
    the gate": a bomber whose own verb has "himself" or "herself" for object, or an object
    that is "his" or "hers", is a man who bombs, not an aircraft, though no "suicide" stands
    before the word ("a suicide bomber" is read so already). "The bomber dropped its bombs"
    and "a B-52 bomber struck targets" stay aircraft."""
    if tok.lemma_.lower() != "bomber" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lower_ in _HIMSELF for o in objs) or any(
        c.dep_ == "poss" and c.lower_ in _HIS for o in objs for c in o.children
    )
