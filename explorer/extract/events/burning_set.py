"""A thing set on fire, ablaze or alight: the verb's object burnt (eventsfix65)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the words that, with "set", say its object was made to burn ("set the depot ablaze")
_BURNING = frozenset({"ablaze", "alight", "afire", "aflame"})
# the heads of an election's materials, burnt with "ballot" before them ("the ballot boxes")
_BALLOT_HEADS = frozenset({"box", "paper", "material"})


def _made_to_burn(tok) -> bool:
    """ "set the depot ablaze", "set a shrine alight", "set the depot on fire": the burning word
    hangs on "set" (the parser may tag it an adverb, an adjective or a noun, or make it the
    object with the thing burnt its compound), or "on fire" is a phrase of "set"."""
    if any(c.lower_ in _BURNING for c in tok.children):
        return True
    return any(
        p.lower_ == "on" and any(o.lower_ == "fire" for o in children(p, "pobj"))
        for p in children(tok, "prep")
    )


def _burnt(tok) -> list:
    """What "set" made to burn: its object or its passive subject, and their conjuncts; where
    the burning word was parsed as the object ("set a depot alight"), the compound before it."""
    out = []
    for o in children(tok, "dobj", "nsubjpass"):
        if o.lower_ in _BURNING:
            out += [c for c in o.children if c.dep_ == "compound"]
        else:
            out += [o, *(c for c in o.children if c.dep_ == "conj")]
    return out


def _an_elections_material(tok) -> bool:
    """ "the ballot boxes", "ballot papers", "the ballots": what votes are cast in or on."""
    lem = tok.lemma_.lower()
    if lem == "ballot":
        return True
    return lem in _BALLOT_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "ballot" for c in tok.children
    )


def set_ablaze(tok, buildings: frozenset[str]) -> bool:
    """ "Rioters set the police depot ablaze", "a mob set the ballot boxes and papers on fire",
    "the shrine was set alight by militants": "set" with "ablaze", "alight", "afire",
    "aflame" or "on fire" says its object (or its passive subject) was burnt, an arson as "set
    fire to" the thing is; an arson only when that thing is a building of ``buildings`` (the
    burning verb's) or an election's ballots. Who set it is asked by the trigger's
    ``subject_any``: a band set no stage ablaze, a sunset no sky, a cook no kitchen; tyres,
    stubble and one who set himself on fire are no building."""
    if tok.lemma_.lower() != "set" or not _made_to_burn(tok):
        return False
    return any(
        t.lemma_.lower() in buildings or t.lower_ in buildings or _an_elections_material(t)
        for t in _burnt(tok)
    )
