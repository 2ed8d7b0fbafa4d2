"""A craft of war firing on a vessel, told with no one named on either side (eventsq48)."""

from __future__ import annotations

from explorer.extract.syntax import children

# ships of a navy or a coast guard that carry guns
_WAR_CRAFT = frozenset(
    {"warship", "gunboat", "frigate", "destroyer", "corvette", "cruiser", "battleship"}
    | {"submarine", "cutter", "patrol boat", "patrol vessel", "naval vessel", "navy ship"}
)
# vessels that carry people or goods
_VESSELS = frozenset(
    {"ferry", "ship", "vessel", "tanker", "freighter", "trawler", "boat", "dhow", "yacht"}
    | {"liner", "steamer", "cargo ship", "fishing boat", "container ship"}
)


def _craft_word(noun) -> str:
    """The noun with the word before it when the parse joins them ("patrol boat")."""
    before = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    one = noun.lemma_.lower()
    return f"{before[0].lower_} {one}" if before else one


def a_vessel_fired_on(etype: str, verb):
    """ "An unmarked patrol boat fired on a river barge", "a gunboat fired
    on a fishing trawler off the coast": a craft of war that fired on a vessel is an attack on
    it though the sentence names no one on either side (a ship is no actor nor a victim the
    roles read): the vessel is its target, as written (the noun, or None). Only in the past
    ("in the film, a gunboat fires on a ferry" is a tale's) and only on a vessel that carries
    people or goods ("the frigate fired on a target barge during a drill" fires on a target;
    "fired a salute" fires on nothing)."""
    if etype != "attack" or verb.lemma_.lower() != "fire" or verb.tag_ not in ("VBD", "VBN"):
        return None
    subjects = children(verb, "nsubj")
    if not subjects and not children(verb, "auxpass", "agent"):
        # "An unmarked patrol boat fired on a river barge": the parse reads
        # a passive with no "was" and makes the warship what was fired
        subjects = children(verb, "nsubjpass")
    if not subjects and verb.dep_ == "acl" and not children(verb, "agent"):
        subjects = [verb.head]  # "A warship fired on a ferry", parsed as a participle of it
    if not any(_craft_word(s) in _WAR_CRAFT or s.lemma_.lower() in _WAR_CRAFT for s in subjects):
        return None
    return next(
        (
            o
            for p in children(verb, "prep")
            if p.lower_ in ("on", "at")
            for o in children(p, "pobj")
            if _craft_word(o) in _VESSELS or o.lemma_.lower() in _VESSELS
        ),
        None,
    )


def vessel_as_written(vessel) -> list:
    """The words that name the vessel: the noun with what stands before it but its article,
    number or owner ("a seagoing ferry": "seagoing ferry")."""
    return [
        t
        for t in vessel.subtree
        if t.i <= vessel.i and t.dep_ not in ("det", "nummod", "poss", "punct")
    ]
