"""Who claims an act told by its noun is its doer, as the claimant's own claim (eventsfix63)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the nouns one claims for an act ("claimed responsibility for", "claimed credit for")
_OWNING_NOUNS = frozenset({"responsibility", "credit"})


def the_claimants(tok) -> list:
    """ "A separatist front claimed responsibility for the bombing": who claims an act
    (the subject of "claim" with "responsibility" or "credit" "for" the noun, or the agent
    of its passive) is its doer, as that group's own claim. Only "claim": a minister who
    "took" or "accepted responsibility for the bombing" answers for a failure, he did not
    bomb; one who "denied responsibility" did not claim it; "did not claim" and a group named
    after "no" ("No group has claimed responsibility", read where the roles are settled)
    claim nothing; a pronoun ("it claimed") is not read."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "for the bombing and the shooting"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return []
    noun = prep.head
    if noun.lemma_.lower() not in _OWNING_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = noun.head
    if verb.lemma_.lower() != "claim" or children(verb, "neg"):
        return []
    if noun.dep_ == "dobj":
        doers = children(verb, "nsubj")
    else:  # "responsibility for the attack was claimed by the front"
        doers = [o for a in children(verb, "agent") for o in children(a, "pobj")]
    return [d for d in doers if d.pos_ in ("NOUN", "PROPN")]
