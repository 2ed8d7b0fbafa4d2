"""A craft named by the force it serves is that force's (eventsfix63)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the craft a force's men sail ("a ship of the coast guard", "a patrol boat of the navy")
_CRAFT = frozenset({"ship", "vessel", "boat", "craft", "cutter", "warship"})


def the_force_of_a_craft(tok, naval: frozenset[str]) -> list:
    """ "A cutter of the Peruvian navy rammed a trawler", "a patrol boat of the Omani coast
    guard fired on a dhow": a craft told "of" a naval force (a word of ``naval``, the
    lexicon's ``naval_subjects``: navy, coast guard, naval forces...) acts for that force, so
    the force is its side, as it is where the force is named alone. A boat "of migrants", a
    tanker "of a shipping firm", a ship "of 300 tonnes" name no force and are not read."""
    if tok.lemma_.lower() not in _CRAFT:
        return []
    out = []
    for p in children(tok, "prep"):
        if p.lower_ != "of":
            continue
        for o in children(p, "pobj"):
            # the force's head word, or its last two ("the Omani coast guard")
            two = f"{o.doc[o.i - 1].lower_} {o.lower_}" if o.i > 0 else ""
            if o.lemma_.lower() in naval or o.lower_ in naval or two in naval:
                out.append(o)
    return out
