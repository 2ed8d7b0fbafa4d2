"""Shot dead, with "dead" hung on the one shot; and the counted ones gunmen shoot dead
(eventsq52)."""

from __future__ import annotations

from explorer.extract.syntax import children

# animals a count of which may be shot dead (by poachers, herders, rangers): no one's attack
_BEASTS = frozenset(
    {"elephant", "rhino", "rhinoceros", "gorilla", "lion", "leopard", "dog", "horse", "cow"}
    | {"camel", "goat", "sheep", "bull", "buffalo", "bear", "wolf", "deer", "bird", "animal"}
)


def shot_dead_as_a_result(verb) -> bool:
    """ "shot dead a banker", "shot the banker dead", "shot two bankers dead": "dead" is the
    result of the shooting wherever the parse hangs it, on the verb or as a modifier of its
    object right after it or before it ("two bankers dead", "dead two bankers": no dead
    bankers were shot)."""
    if any(c.lower_ == "dead" for c in verb.children):
        return True
    after_verb = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        after_verb is not None
        and after_verb.lower_ == "dead"
        and any(after_verb.head.i == o.i for o in children(verb, "dobj"))
    ):
        return True  # "shot dead two guards", parsed as "dead guards"
    for o in children(verb, "dobj"):
        after = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
        if after is not None and after.lower_ == "dead" and after.head.i == o.i:
            return True
    return False


def a_counted_party(obj) -> bool:
    """ "shot two guards dead", "shot one crew dead": people counted by a number, the ones
    shot; not "shot three elephants dead" (beasts)."""
    return obj.lemma_.lower() not in _BEASTS and any(c.dep_ == "nummod" for c in obj.children)


def a_killing_shot(verb) -> bool:
    """ "Gunmen shot two of the team's drivers dead": no game is played where people are shot
    dead, so a word of sport in the sentence ("team") makes it no match (the "shot" of a game
    has no "dead" for its result). Only in the active, with its shooters: "the team was shot dead by
    the referee's calls" is a figure of the game."""
    return (
        verb.lemma_.lower() == "shoot"
        and not children(verb, "auxpass")
        and shot_dead_as_a_result(verb)
    )
