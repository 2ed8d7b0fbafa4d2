"""A bomb that went off at a game is a bomb, whatever the game's words around it (eventsq49)."""

from __future__ import annotations

from explorer.extract.syntax import children

_BOMBS = frozenset({"bomb", "explosive", "device", "grenade", "ied", "bomber"})
_BLAST_VERBS = frozenset({"explode", "detonate", "go", "blow", "rip", "tear"})
_PARTICLES = {"go": "off", "blow": "up"}


def _a_blast_verb(verb) -> bool:
    lem = verb.lemma_.lower()
    if lem not in _BLAST_VERBS:
        return False
    prt = _PARTICLES.get(lem)
    return prt is None or any(c.lower_ == prt for c in children(verb, "prt"))


def a_bomb_gone_off(tok) -> bool:
    """ "A bomb exploded at a football stadium during a match", "an explosive device went off
    in the stands of a cricket ground": a bomb that explodes is no figure of a game, so the
    words of sport around it ("football", "match") do not make it one ("the striker exploded
    past two defenders", "the quarterback threw a bomb to the receiver", "a firework exploded
    in the stands" stay games or nothing)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _BOMBS:
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_blast_verb(tok.head)
    if tok.pos_ == "VERB" and _a_blast_verb(tok):
        return any(s.lemma_.lower() in _BOMBS for s in children(tok, "nsubj", "nsubjpass", "dobj"))
    return False
