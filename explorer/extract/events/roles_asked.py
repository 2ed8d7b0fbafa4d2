"""Who did an act, asked and not told (eventsq48)."""

from __future__ import annotations


def an_asked_who(verb, subject) -> bool:
    """ "The ministry said it was unclear who had raided it", "police did not know who had
    bombed the shrine": "who" as the subject of a clause that asks who did it (a clause of
    its own under a word of knowing or doubt, not a relative clause on a noun) names no one;
    the act has no doer the sentence tells, and the speaker is not it. "It was the rebels who
    attacked the convoy" (a noun right before "who") and "Villagers who attacked a police post"
    (a relative clause) name the doers and stay."""
    if subject.lower_ != "who" or subject.dep_ != "nsubj":
        return False
    if verb.dep_ not in ("ccomp", "xcomp", "csubj", "advcl", "dobj", "pcomp"):
        return False
    if subject.i == subject.sent.start:
        # "Who bombed the depot is not known": a clause opening its sentence as the main
        # verb's subject asks, with no noun before it to describe
        return verb.dep_ == "csubj"
    return verb.doc[subject.i - 1].pos_ not in ("NOUN", "PROPN", "PRON", "NUM")


def a_pronoun_asked_about(verb, obj) -> bool:
    """ "it was unclear who had raided it": the pronoun object of a clause that asks
    who did it stands for what the sentences before told was struck; read alone it is only
    the nearest name before it ("Chadian officials ... who had raided it" is no raid on
    Chad), so it is left unread (a named object, "who had bombed the shrine", stays)."""
    return (
        obj.dep_ == "dobj"
        and obj.pos_ == "PRON"
        and any(an_asked_who(verb, s) for s in verb.children if s.dep_ == "nsubj")
    )
