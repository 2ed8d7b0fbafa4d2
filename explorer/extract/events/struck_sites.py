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
    """ "PKK fighters struck a fuel depot in the Turkish town of Batman", "Israel struck a
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
    if not any((o.lemma_.lower() in _SITES or o.lower_ in _SITES) and _a_site(o) for o in objs):
        return False
    if _struck_off_a_list(tok):
        return False
    for s in children(tok, "nsubj") or governing_subjects(tok):
        if s.lemma_.lower() in _ARMED or s.lower_ in _ARMED:
            return True
        m = mention(s)
        if m is not None and m.ref.kind == "state" and m.ref.form != "demonym":
            return True
    return False


# sites whose word also names a foot, an aim or a stance ("the base of the post", "the target
# of 160", "a defiant position")
_SHAPES = frozenset({"base", "target", "position"})
# words before "position" or "target" that make it a military one
_MILITARY = frozenset({"military", "enemy", "rebel", "army", "naval", "artillery", "defensive"})


def _a_site(obj) -> bool:
    """Whether a site's word ``obj`` names a site: "base", "target" and "position" in the
    singular name one only without an "of" that says what they are the foot or the aim of,
    and "position" and "target" only with a word of arms or a side before them ("struck a
    rebel position", "a Russian position"; not "France struck the base of the post", "Pakistan
    struck the target of 160", "the military struck a defiant position in the talks")
    (review88). Plurals stay ("struck targets", "struck Russian positions")."""
    word = obj.lemma_.lower()
    if word not in _SHAPES or obj.tag_ in ("NNS", "NNPS"):
        return True
    if any(p.lower_ == "of" for p in children(obj, "prep")):
        return False
    if word == "base":
        return True
    return any(
        c.dep_ in ("compound", "poss", "nmod")
        or c.ent_type_ == "NORP"
        or c.lemma_.lower() in _MILITARY
        for c in obj.children
    )


# what a name is struck off or from: a list, a plan, a register ("struck the base from the
# list of closures")
_WRITTEN = frozenset(
    {"list", "plan", "register", "registry", "roll", "record", "agenda", "budget", "books"}
    | {"schedule", "programme", "program", "ballot", "inventory", "roster", "map", "draft"}
)


def _struck_off_a_list(tok) -> bool:
    """ "Germany struck its last nuclear plants from the energy plan", "The army struck the base
    at Fort Ord from the list of sites to be closed": a site struck "from" or "off" a list, a
    plan or a register is deleted from it, not attacked (review88). "struck the depot from
    the air" stays."""
    preps = [p for o in [tok, *children(tok, "dobj")] for p in children(o, "prep")]
    return any(
        p.lower_ in ("from", "off") and o.lemma_.lower() in _WRITTEN
        for p in preps
        for o in children(p, "pobj")
    )
