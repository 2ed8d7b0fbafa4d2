"""Names that are no place on Earth though a town bears them: a planet a probe reaches ("the
rover landed on Mars", not the borough of Pennsylvania) and a craft's model before its number
("SpaceX's Falcon 9 launch vehicle", not Venezuela's state of Falcón).
"""

from __future__ import annotations

import re
from typing import Any

from explorer.geoparse.found import F
from explorer.geoparse.senses_kept import count_opening_a_clause, town_s_in_before_a_planet

# the planets and the dwarf planet named like towns (Mars, Pennsylvania; Jupiter, Florida;
# Venus, Texas; Mercury, Nevada; Pluto, West Virginia)
_PLANETS = frozenset(
    {"mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"}
)
# words a sentence about a planet holds, and a story of a town never does
_SPACE_WORDS = frozenset(
    {"probe", "probes", "rover", "rovers", "lander", "orbiter", "orbit", "orbits"}
    | {"orbiting", "orbited", "spacecraft", "flyby", "fly-by", "astronaut", "astronauts"}
    | {"telescope", "nasa", "esa", "roscosmos", "planet", "planets", "moons", "asteroid"}
    | {"martian", "interplanetary", "cosmonaut", "cosmonauts"}
)
# a craft's or a weapon's word after its model's number ("Falcon 9 rocket", "Titan II missile")
_CRAFT_WORDS = frozenset(
    {"rocket", "rockets", "launcher", "booster", "boosters", "spacecraft", "capsule"}
    | {"missile", "missiles", "jet", "jets", "airliner", "airliners", "helicopter"}
    | {"helicopters", "fighter", "fighters", "bomber", "bombers", "drone", "drones"}
    | {"tank", "tanks", "satellite", "satellites", "engine", "engines"}
)
# two words that end as one craft's word ("launch vehicle")
_CRAFT_PAIRS = frozenset({("launch", "vehicle"), ("launch", "vehicles"), ("space", "probe")})
# a model's number: "9", "15", "II", "IV", "A5", "M1"; not a year ("London 2012")
_MODEL_NUMBER = re.compile(r"(?:\d{1,3}|I{2,3}|IV|VI{0,3}|IX|X|[A-Z]\d{1,2})")
# the words before a place that a count of craft may follow: "at Odesa 12 drones", "In Kharkiv
# 3 missiles hit", "Over Beirut 4 jets"
_PLACE_WORDS = frozenset(
    {"in", "at", "on", "over", "from", "near", "into", "to", "across", "toward", "towards"}
    | {"around", "outside", "inside", "above", "off", "of", "and", ","}
)
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _sentence(tv: Any, f: Any) -> range:
    """The tokens of the sentence holding ``f``: from after the last sentence end before it to
    the next one after it."""
    words = tv.words
    a = f.start
    while a > 0 and words[a - 1] not in _SENTENCE_ENDS:
        a -= 1
    b = f.end
    while b < len(words) and words[b] not in _SENTENCE_ENDS:
        b += 1
    return range(a, b)


def _a_planet_reached(tv: Any, f: Any) -> bool:
    """The name at ``f`` is a planet's, in a sentence of probes, orbits or astronauts, and no
    region follows it after a comma ("Mars, Pennsylvania" is the borough)."""
    if f.end - f.start != 1 or tv.lower[f.start] not in _PLANETS:
        return False
    if town_s_in_before_a_planet(tv, f):
        return False
    n = len(tv.words)
    if (
        f.end + 1 < n
        and tv.words[f.end] == ","
        and tv.cap[f.end + 1]
        and tv.lower[f.end + 1] not in _SPACE_WORDS  # "on Mars, NASA said"
    ):
        return False
    return any(tv.lower[k] in _SPACE_WORDS for k in _sentence(tv, f))


def _a_craft_s_model(tv: Any, f: Any) -> bool:
    """The name at ``f`` stands right before a model's number and a craft's word ("SpaceX's
    Falcon 9 launch vehicle", "a Titan II missile"), not after a word that places what follows
    ("Russia launched at Odesa 12 drones": a count of drones over the town)."""
    words, lower, n = tv.words, tv.lower, len(tv.words)
    if f.end + 1 >= n or not _MODEL_NUMBER.fullmatch(words[f.end]):
        return False
    if f.start > 0 and lower[f.start - 1] in _PLACE_WORDS:
        return False
    if count_opening_a_clause(tv, f):
        return False
    after = lower[f.end + 1]
    return after in _CRAFT_WORDS or (f.end + 2 < n and (after, lower[f.end + 2]) in _CRAFT_PAIRS)


def planets_and_craft(tv: Any, found: list[F]) -> list[F]:
    """``found`` without the towns named like a planet a probe reaches or a craft's model;
    a country's reading is kept (none is named so)."""
    out = []
    for f in found:
        if f.entries and not f.demonym and (_a_planet_reached(tv, f) or _a_craft_s_model(tv, f)):
            f.entries = tuple(e for e in f.entries if e.rank == 0)
            if not f.entries:
                continue
        out.append(f)
    return out
