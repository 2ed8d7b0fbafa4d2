"""An act told as what keeps happening, in the present, which is no one act (eventsq48)."""

from __future__ import annotations

from explorer.extract.events.words import _CAMPAIGN_TYPES, _OFTEN
from explorer.extract.syntax import children

_PRESENT_BE = frozenset({"is", "are", "'re", "'s"})


def a_habit_told_now(etype: str, verb) -> bool:
    """ "Patrols and supply lorries are frequently ambushed by rebels", "Rebels often attack
    villages in the hills": an act in the simple present, active or passive, with a word of
    frequency ("often", "frequently", "regularly", "routinely", "repeatedly") on its verb is
    what keeps happening there, a habit of the war, no one act. "Police said the gang often
    attacked travellers in 1998" (the past) is not read here, and an act with no such word
    ("gunmen attacked a bus on Sunday, as they often do") stays."""
    if etype not in _CAMPAIGN_TYPES:
        return False
    if not any(c.lower_ in _OFTEN for c in children(verb, "advmod")):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(a.lower_ in _PRESENT_BE for a in children(verb, "auxpass"))
