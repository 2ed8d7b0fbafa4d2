"""An "it" that stands for the thing its main clause is about, no side (eventsq47)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the lexicon's lists of the nouns of sides and people, which an "it" may stand for
_SIDE_WORD_LISTS = ("actor_nouns", "group_nouns", "people_nouns", "person_nouns", "official_nouns")
# the clauses that tell what befell a thing before or as the main clause tells its state
_TIME_CLAUSE_DEPS = frozenset({"advcl"})


def a_things_it(tok, mention, side_nouns: frozenset[str]) -> bool:
    """Whether ``tok`` is "it", the object of a verb in a clause of time under a main clause
    whose subject is a thing's common noun, no name the lexicon knows and no side's noun ("The
    convoy turned back after gunmen attacked it", "the embassy caught fire after missiles
    struck it", "The cruise ship sailed on after hijackers seized it"): "it" is that thing,
    never a state named before it. "The army pulled back after the militants attacked it" (a
    side's noun) and "Tbilisi appealed for help after Moscow attacked it" (a name) are left to
    the pronoun's reading. ``mention``: the sentence's mention of a token or None."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.dep_ not in _TIME_CLAUSE_DEPS:
        return False
    subjects = children(verb.head, "nsubj", "nsubjpass")
    if not subjects:
        return False
    thing = subjects[0]
    return (
        thing.pos_ == "NOUN"
        and thing.lemma_.lower() not in side_nouns
        and thing.lower_ not in side_nouns
        and not any(mention(t) is not None for t in thing.subtree)
    )
