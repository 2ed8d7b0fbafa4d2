"""A try that others stopped is an attempt, not a mishap (eventsfix62)."""

from __future__ import annotations

from explorer.extract.syntax import children


def stopped_by_others(trial) -> bool:
    """ "A youth tried to hurl a bomb at the podium, but the guards seized him", "... but
    bystanders pulled him down": the clause joined by "but" to the try has a subject of its
    own, a noun (guards, police, other passengers), so the try was stopped by others, an
    attempt (the trigger's status says so). "tried to hurl a bomb but was killed by its blast"
    (no subject of its own) or "but he dropped it" is the trier's own mishap."""
    for conj in children(trial, "conj"):
        if conj.i < trial.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        for s in children(conj, "nsubj"):
            if s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() not in _THE_TRIERS_THINGS:
                return True
    return False


# what the trier holds or handles: "but the grenade slipped", "but the device failed" are
# his own mishap
_THE_TRIERS_THINGS = frozenset(
    {"grenade", "bomb", "device", "explosive", "explosives", "detonator", "fuse", "pin"}
)
