"""A ruler put back in power by another: "Saudi Arabia restored the emir to power",
"Ugandan troops put the deposed president back in office".

Putting a ruler back into the seat he lost (``_SEAT_WORDS``: power, office, the throne) is
the putter's backing of him, as keeping him in power is (the lexicon's ``keep_in_power``):
it is read as a backing verb is, with that verb's guards (a power named as such, a party
named, stated as done, not asked for, intended or negated). What a court, a board or voters
reinstate, and power, order or relations restored, name no two sides and make no stance.
"""

from __future__ import annotations

from explorer.extract.syntax import preps

# verbs of putting back with "to" and the seat ("restored him to power", "returned the
# king to the throne") and verbs of putting with "back" ("put him back in office"):
# English's common ones, chosen by the team
RESTORE_VERBS = frozenset({"restore", "reinstate", "return"})
PUT_VERBS = frozenset({"put", "bring"})
# the seats a ruler is put back into: English's common words, chosen by the team
SEAT_WORDS = frozenset({"power", "office", "throne", "presidency"})


def put_back_in_power(tok, lem: str) -> bool:
    """Whether the verb ``tok`` (lemma ``lem``) puts its object back into a ruler's seat:
    "restored the emir to power", "put the deposed president back in office"."""
    if lem in RESTORE_VERBS:
        return any(o.lemma_.lower() in SEAT_WORDS for o in preps(tok, "to"))
    if lem not in PUT_VERBS:
        return False
    backs = [c for c in tok.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")]
    return bool(backs) and any(
        o.lemma_.lower() in SEAT_WORDS for h in (tok, *backs) for o in preps(h, "in", "into")
    )
