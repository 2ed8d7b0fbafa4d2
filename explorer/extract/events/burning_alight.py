"""A building's furnishings piled and set alight: the building set on fire (eventsfix61)."""

from __future__ import annotations

from explorer.extract.syntax import children

_ALIGHT = frozenset({"alight", "ablaze"})
_PRONOUNS = frozenset({"them", "it"})
# what stands in a building and is piled up to burn it
_FURNISHINGS = frozenset(
    {"chair", "pew", "bench", "desk", "table", "book", "bible", "hymnal", "mattress"}
    | {"curtain", "carpet", "furniture", "seat", "bed", "cushion", "rug", "cabinet", "shelf"}
)
# buildings and their rooms, where furnishings stand
_BUILDINGS = frozenset(
    {"church", "mosque", "temple", "synagogue", "shrine", "chapel", "cathedral", "monastery"}
    | {"parliament", "congress", "building", "house", "home", "office", "school", "station"}
    | {"headquarters", "embassy", "consulate", "hotel", "hospital", "shop", "store", "palace"}
    | {"courthouse", "prison", "jail", "barracks", "residence", "warehouse", "factory"}
    | {"sanctuary", "nave", "hall", "classroom", "chamber", "corridor", "lobby", "library"}
)
_WITHIN = frozenset({"in", "into", "inside", "on", "of", "from", "at"})


def set_alight_in_a_building(tok) -> bool:
    """ "Intruders heaped hymn books on the altar of a chapel and set them ablaze", "poured
    petrol on the desks of a classroom and set them alight": "set" with "alight"
    or "ablaze" and a pronoun for object, joined to a verb before it whose object is
    furnishings that a preposition puts in, on or of a building or a room of one, is the
    building set on fire (the doer is asked by the trigger's ``subject_any``). Tyres piled on
    a road, stubble in a field, posters in a station are no building burnt."""
    if tok.lemma_.lower() != "set" or tok.dep_ != "conj":
        return False
    if not any(c.lower_ in _ALIGHT for c in tok.children if c.dep_ in ("dobj", "oprd", "acomp")):
        return False
    if not any(o.lower_ in _PRONOUNS for o in children(tok, "dobj")):
        return False
    before = tok.head
    while True:
        for thing in [*children(before, "dobj"), *_pobjs(before)]:
            if thing.lemma_.lower() in _FURNISHINGS and _within_a_building(thing, before):
                return True
        if before.dep_ != "conj" or before.head.i == before.i:
            return False
        before = before.head


def _pobjs(tok) -> list:
    return [o for p in children(tok, "prep") for o in children(p, "pobj")]


def _within_a_building(thing, verb) -> bool:
    """The furnishings' own preposition, or the verb's, names a building or a room."""
    seen = [thing, verb]
    for _ in range(3):
        nxt = [
            o
            for t in seen
            for p in children(t, "prep")
            if p.lower_ in _WITHIN
            for o in children(p, "pobj")
        ]
        if any(o.lemma_.lower() in _BUILDINGS for o in nxt):
            return True
        seen = nxt
    return False
