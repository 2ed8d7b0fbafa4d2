"""A headline's clause after "as" that the parser reads as a phrase (eventsfix62)."""

from __future__ import annotations

# words that open a clause of what happened at the same time or before ("Two hurt as a bomb
# explodes at a bank"), which the parser may read as prepositions
_OPENERS = frozenset({"as", "after", "when", "while"})


def subject_of_a_clause_read_as_a_phrase(tok, headline: bool, nouns: dict) -> list:
    """ "Clerk injured as letter bomb explodes at post office": in a headline the parser may
    read the clause after "as" as a phrase, the verb in "-s" ("explodes") the object of "as"
    and its subject ("letter bomb") a modifier of it. The noun straight before such a verb,
    joined to it as a modifier, is its subject. Empty where the word is not in a headline, is
    no verb in "-s" (its lemma the same word), or has no such noun before it ("as the market
    explodes" is parsed whole: its subject is read as the parser gives it). Not a word the
    lexicon reads as an event's noun (``nouns``: the noun triggers by their first word), nor
    one with an adjective of its own: "Coalition bombs the capital after rebel drone
    attacks", "Envoy steps in after deadly border clashes" end in nouns."""
    if not headline or tok.dep_ != "pobj" or tok.head.lower_ not in _OPENERS:
        return []
    if tok.tag_ not in ("VBZ", "NNS") or not tok.lower_.endswith("s"):
        return []
    if tok.lemma_.lower() == tok.lower_ or tok.i == 0:
        return []
    if any(c.dep_ in ("amod", "nummod", "poss") for c in tok.children):
        return []
    lemma = tok.lemma_.lower()
    if lemma in nouns or any(lemma == w[-1] for hits in nouns.values() for _, _, w in hits):
        return []
    before = tok.doc[tok.i - 1]
    if before.head.i != tok.i or before.dep_ != "compound" or before.pos_ != "NOUN":
        return []
    return [before]
