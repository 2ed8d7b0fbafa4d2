"""A site struck by an armed side (eventsfix58)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.words import _OFTEN
from explorer.extract.syntax import children, governing_subjects

# who strikes a site as an act of war: men in arms and the bodies of a state's forces
_ARMED = frozenset(
    {"troop", "soldier", "serviceman", "servicemen", "commando", "marine", "paratrooper"}
    | {"militant", "rebel", "fighter", "militia", "militiaman", "militiamen", "insurgent"}
    | {"guerrilla", "separatist", "paramilitary", "jihadist", "force", "army", "military"}
    | {"navy", "unit", "brigade", "artillery"}
)

# the works and sites an armed side strikes; not "camp" ("troops struck camp": packed up)
_SITES = frozenset(
    {"refinery", "depot", "base", "airbase", "airfield", "plant", "facility", "factory"}
    | {"warehouse", "terminal", "port", "bridge", "barracks", "arsenal", "installation"}
    | {"headquarters", "pipeline", "substation", "oilfield", "target", "position", "bunker"}
    | {"infrastructure", "stockpile", "storage", "hangar", "radar", "garrison", "outpost"}
)


def a_site_struck(tok, mention: Callable) -> bool:
    """ "Ukrainian forces struck a refinery in the Russian city of Volgograd", "Israel struck a
    weapons depot near Damascus", "Houthi rebels struck a fuel terminal in Jizan": "strike" in
    the active voice with men in arms, a state's forces or a state (``mention``: the lexicon's
    reading of a word) for subject and a work or a military site for object is an attack on
    it. Not "workers struck" (no object), "struck a deal", "lightning struck the refinery", "a
    storm struck the base", "troops struck camp", "soldiers were struck by a truck", nor a
    habit in the present ("Kyiv regularly strikes military infrastructure")."""
    if children(tok, "auxpass", "nsubjpass"):
        return False
    if tok.tag_ in ("VBZ", "VBP") and any(c.lower_ in _OFTEN for c in children(tok, "advmod")):
        return False
    objs = children(tok, "dobj")
    if not any(o.lemma_.lower() in _SITES or o.lower_ in _SITES for o in objs):
        return False
    for s in children(tok, "nsubj") or governing_subjects(tok):
        if s.lemma_.lower() in _ARMED or s.lower_ in _ARMED:
            return True
        m = mention(s)
        if m is not None and m.ref.kind == "state" and m.ref.form != "demonym":
            return True
    return False
