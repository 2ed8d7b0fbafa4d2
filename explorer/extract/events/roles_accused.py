"""Who an act is charged to when the parse hangs the act on the one accused (eventsfix62)."""

from __future__ import annotations

from explorer.extract.syntax import children, with_conjuncts

# the verbs by which someone says another did an act, with "of" before the act ("accused the
# militia of burning the market", "suspected the guards of beating him", "convicted the two
# men of killing a policeman"); not "acquit", which says the one named did not do it
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict"})


def the_accused(verb) -> list | None:
    """ "Chile accused Peruvian troops of blowing up a border post": the parser may hang
    "of" on the one accused rather than on "accused" ("troops of blowing up"), and the walk to
    a subject then climbs past the noun to "accused" and takes the accuser (Chile) for the
    doer. Who accuses another of an act does not do it; the one accused is the doer as the
    accuser's claim, as in the other shape the parse gives ("accused the troops of ...", "of"
    under the verb). An infinitive of the gerund's ("of planning to attack", "of trying to
    burn") is the accused's too. None where the act is no gerund under "of" on a charging
    verb's object."""
    while verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    of = verb.head
    if of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return None
    accused = of.head
    if accused.dep_ != "dobj" or accused.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if accused.head.lemma_.lower() not in _CHARGING_VERBS:
        return None
    return with_conjuncts(accused)


def accused_of_it(verb) -> list:
    """ "Chile accused Peruvian soldiers of shooting two fishermen": the parser hangs "of" on
    "accused", and the gerund has no subject of its own; the one accused (the object of
    "accuse") is who the accuser says did it, so the verb has a doer, as the accuser's claim
    (the accused, read by ``syntax.governing_subjects``). Only "accuse" with an object: "was
    convicted of killing" and "suspected of" tell a court's or the police's case of one
    person, told in the passive without the act's own story."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return []
    of = verb.head
    if of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return []
    charge = of.head
    if charge.lemma_.lower() != "accuse" or charge.pos_ != "VERB":
        return []
    return [o for o in children(charge, "dobj") if o.i < of.i]
