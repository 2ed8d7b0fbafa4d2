"""The ends of a journey a craft makes, which are no place of what was done on it."""

from __future__ import annotations

# the crafts and services that carry people from one town to another
_CRAFT_NOUNS = frozenset(
    {"train", "bus", "coach", "minibus", "flight", "plane", "airliner", "jet", "ferry"}
    | {"ship", "boat", "convoy", "lorry", "truck", "van", "express", "service", "shuttle"}
)
_JOURNEY_PREPS = frozenset({"from", "to"})


def _names_a_craft(word) -> bool:
    """Whether ``word`` is a craft's noun or a noun a craft's noun modifies ("a bus carrying
    pilgrims" parsed as one phrase whose head is the pilgrims)."""
    if word.lemma_.lower() in _CRAFT_NOUNS:
        return True
    stack = [c for c in word.children if c.dep_ in ("compound", "amod", "nmod")]
    while stack:
        c = stack.pop()
        if c.lemma_.lower() in _CRAFT_NOUNS:
            return True
        stack += [g for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
    carrier = word.head if word.dep_ == "dobj" else None  # "a bus carrying pilgrims from ..."
    return (
        carrier is not None
        and carrier.dep_ in ("acl", "relcl")
        and carrier.head.lemma_.lower() in _CRAFT_NOUNS
    )


def a_journeys_end(head) -> bool:
    """Whether the name whose head is ``head`` is an end of a craft's journey, the object of
    "from" or "to" hung on a train, a bus, a flight, a ferry or a convoy ("a gunman opened fire
    on a train from Amsterdam to Paris", "a bomb exploded on a train from Moscow to St
    Petersburg", "a bus carrying pilgrims from Quetta to Taftan"): the towns it ran between,
    not where on the way the act was done (the parser may hang "to" on "from" or on its
    town). "Troops were sent from Kabul to Kandahar" (no craft) keeps its towns."""
    word = head
    while word.dep_ == "conj":
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ not in _JOURNEY_PREPS:
        return False
    up = word.head.head
    for _ in range(4):
        if up.dep_ == "prep" and up.lower_ in _JOURNEY_PREPS:
            up = up.head  # "to" hung on "from"
        elif up.dep_ == "pobj" and up.head.lower_ in _JOURNEY_PREPS:
            up = up.head.head  # "to" hung on the town "from" names
        else:
            break
    if _names_a_craft(up):
        return True
    # "a bomb exploded on a train from Moscow to St Petersburg": "to" hung on the verb, just
    # after the town a craft came from
    prep = word.head
    if prep.lower_ != "to" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.dep_ == "pobj" and before.head.lower_ == "from" and a_journeys_end(before)
