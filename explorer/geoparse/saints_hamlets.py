"""A hamlet named after a saint, in a land the text never names, in a story of one other land.

Parishes and villages take their patron saint's name in every Christian land, so the same
"St Peter", "Saint Joseph" or "St Andrew" stands in many neighbouring islands and provinces, and
the gazetteer often holds the one of a land next door (with no known population) and not the
one the story means. A story of one island's parishes, naming the island and its other
parishes, that reaches a saint's hamlet of the next island reads it there only because the
gazetteer lacks the parish at home. Here such a reading (a town of no known population whose
name is a saint's, in a country no other mention's readings lie in, where the text names one
other country by its name and every other place it names lies there) is no reading, kept
first among the alternatives: the text does not support it. A text that names the hamlet's
land, a place of it or its people keeps it, and so does a text of places of several lands.
"""

from __future__ import annotations

from typing import Any

# the words a saint's name opens with in English, French, Spanish, Italian and Portuguese names
SAINT_WORDS = frozenset(
    {"st", "st.", "saint", "ste", "ste.", "sainte", "san", "santa", "santo", "são", "sao"}
)
TOWN_RANK = 4
# the fewest other names (the land's own among them) that make a story of one land
OWN_NAMES = 3


def _saints(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0].casefold() in SAINT_WORDS


def saints_hamlet_next_door(mentions: list[Any], streets: list[bool]) -> None:
    """``mentions`` once resolved: a saint's hamlet of no known population, in a land the text
    does not name, in a story of one other land it names, is no reading (module docstring).
    ``streets``: for each mention, whether it names a street ("Gloucester Street", its town's
    reading a guess of no weight), which says nothing of the story's land. Only the chosen
    readings change."""
    for m in mentions:
        e = m.chosen
        if m.demonym or e is None or e.rank != TOWN_RANK or e.population != 0:
            continue
        if not _saints(m.name):
            continue
        key = m.name.casefold()
        others = [
            o for o, s in zip(mentions, streets, strict=True) if not s and o.name.casefold() != key
        ]
        if any(x.country == e.country for o in others for x in (o.chosen, *o.entries[:1]) if x):
            continue  # the text names the hamlet's country, a place or a people of it
        placed = {o.name.casefold(): o.chosen for o in others if not o.demonym and o.chosen}
        lands = {x.country for x in placed.values()}
        if len(lands) != 1 or len(placed) < OWN_NAMES:
            continue  # places of several lands, or too few to tell a story of one
        if not any(x.rank == 0 for x in placed.values()):
            continue  # the story's land is never named by its name
        for o in [m, *(o for o in mentions if o is not m and o.chosen is e)]:
            o.alternatives = [(e, o.score), *o.alternatives][:5]
            o.chosen, o.score, o.confidence = None, 0.0, 0.0
