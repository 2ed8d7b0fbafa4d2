"""One person named by whose he is ("their Afghan interpreter"), not by his state (eventsq49)."""

from __future__ import annotations

_POSSESSIVE_DETS = frozenset({"their", "his", "her", "its", "our", "my", "your"})


def one_by_a_possessive(tok) -> bool:
    """ "two aid workers and their Afghan interpreter", "his Iraqi driver": a single someone
    named by whose guide, driver or servant he is, as "a policeman" is by "a"; the people's
    word before him is his nationality, not a state that was struck."""
    return tok.tag_ == "NN" and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in _POSSESSIVE_DETS for c in tok.children
    )
