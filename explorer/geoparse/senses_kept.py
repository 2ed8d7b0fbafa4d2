"""Other senses of the words stop 45's place rules read (branch review77): each function says
where a rule's trigger means something else, and the rule it narrows calls it. A town an ocean
away from the unit whose word follows it (:func:`town_far_from_the_unit`), a planet's name after
a town's "in" (:func:`town_s_in_before_a_planet`), a count of craft opening a clause
(:func:`count_opening_a_clause`), a document's word in lower case (:func:`lower_case_document`)
and a renamed city's old name in a sentence of the twentieth century
(:func:`old_name_in_its_own_years`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from explorer.geoparse.recognised import MIN_POP_FREE
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry

# a town abroad this far from every first-level unit of its name lies across an ocean or a
# continent, not across the border the unit's war is fought on (Donetsk of Rostov Oblast lies
# some 150 km from Ukraine's Donetsk Oblast; Santa Fe, New Mexico, 7,000 km from Argentina's)
_ACROSS_A_BORDER_KM = 1_000.0


def town_far_from_the_unit(e: Entry, entries: tuple[Entry, ...]) -> bool:
    """ "U.S. Forest Service crews fought a wildfire in the Santa Fe region": a town abroad
    that lies more than _ACROSS_A_BORDER_KM from every first-level unit of its name (Santa Fe,
    New Mexico, 7,000 km from Argentina's province) is no border town a war's news names
    beside an occupied region: where the text names the town's land by its name or its people,
    the town stays a reading for the text's names to weigh, as before geofix56's rule. Not
    Donetsk of Rostov Oblast beside Ukraine's Donetsk Oblast, nor Limburg an der Lahn beside
    the Dutch and Belgian provinces."""
    units = [u for u in entries if u.rank == 2 and u.primary]
    return bool(units) and all(
        great_circle_km(e.lat, e.lon, u.lat, u.lon) > _ACROSS_A_BORDER_KM for u in units
    )


# a planet's ground and air, named after the planet's name ("water in Mars craters")
_PLANET_S_GROUND = frozenset(
    {"crater", "craters", "soil", "rock", "rocks", "dust", "ice", "surface", "atmosphere"}
    | {"sample", "samples", "terrain", "regolith", "clouds", "rings", "moons", "orbit"}
)


def town_s_in_before_a_planet(tv: Any, f: Any) -> bool:
    """ "Students in Mars used the school's new telescope", "A NASA astronaut who grew up in
    Jupiter": a probe lands on a planet, orbits around it, flies past it or reaches it; "in"
    before the bare name is a town's preposition (not "in Jupiter's atmosphere", the planet's
    possessive, nor "water in Mars craters", its ground)."""
    words = tv.words
    if f.start == 0 or tv.lower[f.start - 1] != "in":
        return False
    return not (
        f.end < len(words) and (words[f.end] in ("'s", "’s") or tv.lower[f.end] in _PLANET_S_GROUND)
    )


# the marks that open a clause or a list's item: what follows them is not inside a noun phrase
_CLAUSE_OPENERS = frozenset({":", ";", "—", "–", "-", "(", "•"})


def count_opening_a_clause(tv: Any, f: Any) -> bool:
    """ "Sumy 3 drones shot down, the governor said", "Destroyed overnight: Kharkiv 4 drones",
    "Dallas 3 engines answered the fire": a name opening a sentence, a clause or a list's item
    before a plain number and a craft's word in the plural is where a count of craft was seen;
    a craft's model stands inside a noun phrase ("SpaceX's Falcon 9 launch vehicle", "25 more
    Eagle 15 fighters", "A Titan II missile"). Only a name read as a city of MIN_POP_FREE or
    more, whose sky such counts are told of ("Falcon 9 rockets will carry the satellites":
    Venezuela's state of Falcón, no city, stays the rocket)."""
    words, lower, n = tv.words, tv.lower, len(tv.words)
    if not any(e.rank == 4 and e.population >= MIN_POP_FREE for e in f.entries):
        return False
    if f.start > 0 and words[f.start - 1] not in _CLAUSE_OPENERS:
        return False
    if f.end + 1 >= n or not words[f.end].isdigit():
        return False
    return lower[f.end + 1].endswith("s")


def lower_case_document(text: str, end: int) -> bool:
    """ "City council approved the Toledo agreement with the firefighters' union": a document's
    word in lower case after a town is no document's name but the town's own agreement or
    convention, the town a party or the venue; a name is written "the Toledo Principles",
    "the Brighton Declaration"."""
    word = re.match(r"\s+(\w)", text[end:])
    return word is not None and word.group(1).islower()


# a year of the twentieth century, written as one
_TWENTIETH_CENTURY_YEAR = re.compile(r"\b19\d\d\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def old_name_in_its_own_years(text: str, start: int, end: int) -> bool:
    """ "Guerrillas fired rockets at the fuel depot in Salisbury in 1978": a renamed city's old
    name in a sentence that dates what it tells to the twentieth century, when colonies and
    Soviet republics named their cities so (Salisbury, Rhodesia, until 1982; Leopoldville,
    Leningrad), is the city as it then was, not the towns that bear the name today ("Two
    Russian agents poisoned Sergei Skripal in Salisbury in 2018": England's)."""
    a = max((s.end() for s in _SENTENCE_END.finditer(text, 0, start)), default=0)
    b = _SENTENCE_END.search(text, end)
    return bool(_TWENTIETH_CENTURY_YEAR.search(text, a, b.start() if b else len(text)))
