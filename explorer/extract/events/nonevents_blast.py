"""A bomb that went off at a game is a bomb, whatever the game's words around it (eventsq49);
a thing that blew up by itself is no bomb unless it is one (eventsq50)."""

from __future__ import annotations

from explorer.extract.syntax import children, governing_subjects

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


def blown_up_by_itself(verb, blasts: frozenset[str] | set[str]) -> bool:
    """ "A boiler blew up at the textile mill", "the lorry blew up after the crash", "the
    coalition talks blew up": "blow up" with no object says its subject exploded (or fell
    apart) by itself; that is a bomb's blast only when the subject is one of ``blasts`` (a
    bomb, a device, a vehicle loaded with one: "a car bomb blew up outside the ministry").
    With an object or in the passive it is someone's act ("rebels blew up a bridge", "a pylon
    was blown up", "the bomber blew himself up") and stays; a pronoun says nothing of what it
    stands for and keeps the reading, and so does a sentence that names a bomb anywhere (the
    parse may take another noun for the subject). A participle with no "have" is a passive too, the
    headline's with its "was" left out ("Consulate in Basra blown up during riot")."""
    if children(verb, "dobj", "nsubjpass", "auxpass"):
        return False
    if verb.lower_ == "blown":
        return False  # only ever a participle: a headline's passive tagged as a past form
    if verb.tag_ == "VBN" and not any(a.lemma_.lower() == "have" for a in children(verb, "aux")):
        return False
    if any(t.lemma_.lower() in blasts or t.lower_ in blasts for t in verb.sent):
        return False  # "a van packed with explosives blew up": the sentence names the bomb
    subjects = children(verb, "nsubj") or governing_subjects(verb)
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    for s in subjects:
        head = s.lemma_.lower()
        words = {head} | {f"{c.lower_} {head}" for c in children(s, "compound")}
        if words & blasts:
            return False
    return True
