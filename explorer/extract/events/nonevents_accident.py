"""An act the sentence tells as an accident is no one's attack (eventsfix63)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the nouns that tell a blow as something that befell, not something done
_ACCIDENT_NOUNS = frozenset({"accident", "mishap"})
# the prepositions by which a blow is told as happening in one ("in a training accident")
_IN = frozenset({"in", "during"})
# the links by which a verb hangs on the blow it is told with: joined ("hit ... and sank it"),
# or a participle of what it did ("hit a barracks in an accident, killing four soldiers")
_UP = frozenset({"conj", "advcl"})


def told_as_an_accident(tok) -> bool:
    """ "A navy shell hit a barracks in an accident during a drill, killing four soldiers",
    "a conscript was shot dead in a training mishap": a blow told as happening "in" or
    "during" an accident is no one's attack, whatever struck. A strike on the wrong target is
    still a strike ("jets bombed the embassy by mistake", "mistakenly bombed a wedding
    party"); "it was no accident" denies one; an accident of another clause ("shelled the
    market hours after a truck overturned in an accident") is that clause's. A noun trigger
    is read through the verb it is the subject or object of ("a missile strike hit the
    frigate in an accident")."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.i == tok.i:
            return False
        verb = tok.head
    seen = 0
    while verb is not None and seen < 4:
        if _in_an_accident(verb):
            return True
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return False
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return False  # "after it hit the ship": a clause of its own, not a participle
        verb, seen = verb.head, seen + 1
    return False


def _in_an_accident(verb) -> bool:
    for prep in children(verb, "prep"):
        if prep.lower_ not in _IN:
            continue
        for noun in children(prep, "pobj"):
            if noun.lemma_.lower() in _ACCIDENT_NOUNS and not any(
                c.lower_ == "no" for c in children(noun, "det")
            ):
                return True
    return False
