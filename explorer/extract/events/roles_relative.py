"""A pronoun in a relative clause on the doers that stands for a thing told before, not for a
land the sentence names as a person's (eventsfix65)."""

from __future__ import annotations

from explorer.extract.syntax import RELPRON, children

# the pronouns that may stand for a thing or a body told before
_THING_PRONOUNS = frozenset({"it", "them"})


def _main_subject(antecedent):
    """The subject of the clause the relative clause's antecedent stands in ("the minister
    ordered the arrest of those who ...": the minister), climbing over prepositions, objects,
    infinitives and joined verbs; None when the sentence shows none."""
    up = antecedent
    for _ in range(8):
        if up.head.i == up.i:
            break
        up = up.head
        subjects = children(up, "nsubj", "nsubjpass")
        if subjects:
            return subjects[0]
    return None


def a_pronoun_told_before(tok, mention, person_nouns: frozenset[str]) -> bool:
    """Whether ``tok`` is "it" or "them", the object of a relative clause whose subject is the
    relative pronoun ("the men who ambushed it", "those who attacked them"), in a sentence whose
    own subject is a person ("the interior minister", "the country's president"; not a land or
    a people): the clause names the doers of an act by what they did to a thing told before (a
    convoy, an embassy, a bus of an earlier sentence), not to the land that owns the person.
    "Georgia will never forgive those who attacked it" (the subject a land: "it" is the land),
    "Villagers fought off the bandits who attacked them" (the subject a people the pronoun may
    stand for) are left to the pronoun's reading. ``mention``: a token's mention or None;
    ``person_nouns``: the lexicon's nouns of one person by his office or kind."""
    if tok.lower_ not in _THING_PRONOUNS or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.dep_ != "relcl" or not any(s.lower_ in RELPRON for s in children(verb, "nsubj")):
        return False
    subject = _main_subject(verb.head)
    if subject is None or mention(subject) is not None:
        return False
    one_person = subject.ent_type_ == "PERSON" or subject.lemma_.lower() in person_nouns
    # "the villagers ... who attacked them": a plural subject may be what the pronoun stands for
    return one_person and subject.tag_ not in ("NNS", "NNPS")
