"""A person poisoned on purpose: an attack (eventsfix62)."""

from __future__ import annotations

from explorer.extract.syntax import children

# who poisons someone on purpose, as a common noun ("Unknown assailants poisoned a former
# agent"); names of persons, bodies and states count too
_POISONERS = frozenset(
    {"assailant", "attacker", "agent", "assassin", "killer", "gunman", "militant", "operative"}
    | {"spy", "man", "woman", "wife", "husband", "nurse", "doctor", "guard", "jailer", "officer"}
    | {"regime", "government", "state", "service", "intelligence", "kremlin", "police"}
    | {"rival", "enemy", "abductor", "kidnapper", "captor", "stranger", "suspect", "someone"}
)
# what one eats, drinks or breathes by mishap: "poisoned after eating wild mushrooms"
_BY_MISHAP = frozenset({"eat", "drink", "consume", "inhale", "swallow", "breathe", "touch"})
_MISHAP_WORDS = frozenset({"accidentally", "accidental", "food", "mass"})
_PRONOUNS = frozenset({"he", "she", "they", "who", "someone", "somebody"})


def poisoned_on_purpose(tok) -> bool:
    """ "A dissident was poisoned in Vienna with a pellet", "Unknown men poisoned a former
    agent at his hotel": "poison" said of a person (the trigger's ``object_actor``) by a doer
    who is a person or a body, or by no one named, is an attack. Not a thing's doing ("Lead
    from the mine has poisoned thousands of children", "poisoned by a contaminated school
    meal", "The row poisoned relations"), nor a mishap ("poisoned after eating wild mushrooms",
    "food poisoning")."""
    if tok.lemma_.lower() != "poison":
        return False
    doers = children(tok, "nsubj") + [
        o for p in children(tok, "agent") for o in children(p, "pobj")
    ]
    if any(not _a_poisoner(d) for d in doers):
        return False
    if any(
        c.lower_ in _MISHAP_WORDS for c in tok.children if c.dep_ in ("advmod", "amod", "npadvmod")
    ):
        return False
    for c in tok.subtree:
        if c.lemma_.lower() in _BY_MISHAP and c.i > tok.i and c.tag_ == "VBG":
            return False  # "poisoned after eating", "by drinking water from the well"
    return True


def _a_poisoner(tok) -> bool:
    if tok.lower_ in _PRONOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in _POISONERS
