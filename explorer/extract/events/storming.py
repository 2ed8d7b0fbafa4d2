"""A storming told as the time of a killing its stormers did is the attack (eventsfix60)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the harms whose time a storming may tell ("shot two wardens when they stormed ...")
_HARMS = frozenset({"kill", "shoot", "stab", "wound", "murder", "behead", "massacre", "injure"})
# what a storming takes when it is an advance into land, not a raid on a post or a building
_LAND_WORDS = frozenset(
    {"country", "territory", "region", "province", "state", "border", "capital", "city"}
    | {"district", "area", "enclave", "frontier", "land"}
)


def a_storming_in_a_killing(verb) -> bool:
    """Whether ``verb`` is "storm", in a clause of time ("when", "as", "after") of a verb of
    harm, with "they" for its subject (the harm's own doers): "Masked men shot two wardens
    when they stormed a customs post": one raid on a post and its guards, an attack,
    not an advance into land. Not when the storming takes land or a named place ("when they
    stormed Kuwait", "stormed across the border", "stormed the capital's central district"),
    nor when its subject is another ("Police killed three robbers when the gang stormed a
    bank": the gang's act is apart)."""
    if verb.lemma_.lower() != "storm" or verb.dep_ != "advcl":
        return False
    if verb.head.lemma_.lower() not in _HARMS:
        return False
    subjects = children(verb, "nsubj")
    if len(subjects) != 1 or subjects[0].lower_ not in ("they", "he", "she"):
        return False
    objs = children(verb, "dobj")
    return (
        len(objs) == 1
        and objs[0].pos_ == "NOUN"
        and objs[0].lemma_.lower() not in _LAND_WORDS
        and not any(c.pos_ == "PROPN" for c in objs[0].children if c.dep_ == "compound")
    )
