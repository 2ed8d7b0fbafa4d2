"""A name and "other" before one head noun they share (eventsq48)."""

from __future__ import annotations

from explorer.extract.syntax import children


def heads_shared_with_others(objs: list) -> list:
    """ "an airfield that houses French and other allied troops", "Britain and other Western
    navies": the parse makes the name the object and joins the noun after "and other" to it,
    but the name stands for one of those forces (its head is that noun, shared). The nouns so
    joined, each with "other" before it, for a check of the object's head words ("hosted
    Israeli and other delegations" shares "delegations", which hosts talks)."""
    return [
        c
        for o in objs
        for c in children(o, "conj")
        if c.pos_ == "NOUN" and any(a.dep_ == "amod" and a.lower_ == "other" for a in c.children)
    ]
