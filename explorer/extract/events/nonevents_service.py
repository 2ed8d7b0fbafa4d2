"""A person's service told as fighting, which is no one fight (eventsq47)."""

from __future__ import annotations

from explorer.extract.syntax import children

# what a person fights or serves as: a rank or a kind of soldier, a member of a force
_SERVICE_NOUNS = frozenset(
    {"soldier", "marine", "volunteer", "conscript", "mercenary", "paratrooper", "sailor"}
    | {"pilot", "officer", "private", "sergeant", "corporal", "lieutenant", "captain"}
    | {"member", "recruit", "reservist", "partisan", "draftee", "infantryman"}
)
_SERVICE_VERBS = frozenset({"fight", "serve"})


def a_persons_service(etype: str, tok) -> bool:
    """ "He fought in Korea as a marine before he entered politics", "the novelist fought
    against the fascists in Spain as a volunteer", "the killer says the hostage fought against
    his people as a soldier of the other army": fighting told with "as" and a rank or a kind of
    soldier is a person's service in a war, a part of his life, no one clash of two sides.
    "Government soldiers fought rebels near the town on Sunday" (no "as") stays, and so does
    "fought as one unit" (no soldier's word)."""
    if etype != "clash" or tok.lemma_.lower() not in _SERVICE_VERBS:
        return False
    return any(
        o.lemma_.lower() in _SERVICE_NOUNS
        for p in children(tok, "prep")
        if p.lower_ == "as"
        for o in children(p, "pobj")
    )
