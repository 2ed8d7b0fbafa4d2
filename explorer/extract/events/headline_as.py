"""A headline's clause after "as" that the parser reads as a phrase (eventsfix62)."""

from __future__ import annotations

# words that open a clause of what happened at the same time or before ("Two hurt as a bomb
# explodes at a bank"), which the parser may read as prepositions
_OPENERS = frozenset({"as", "after", "when", "while"})


def subject_of_a_clause_read_as_a_phrase(tok, headline: bool) -> list:
    """ "Clerk injured as letter bomb explodes at post office": in a headline the parser may
    read the clause after "as" as a phrase, the verb in "-s" ("explodes") the object of "as"
    and its subject ("letter bomb") a modifier of it. The noun straight before such a verb,
    joined to it as a modifier, is its subject. Empty where the word is not in a headline, is
    no verb in "-s" (its lemma the same word), or has no such noun before it ("as the market
    explodes" is parsed whole: its subject is read as the parser gives it)."""
    if not headline or tok.dep_ != "pobj" or tok.head.lower_ not in _OPENERS:
        return []
    if tok.tag_ not in ("VBZ", "NNS") or not tok.lower_.endswith("s"):
        return []
    if tok.lemma_.lower() == tok.lower_ or tok.i == 0:
        return []
    before = tok.doc[tok.i - 1]
    if before.head.i != tok.i or before.dep_ != "compound" or before.pos_ != "NOUN":
        return []
    return [before]
