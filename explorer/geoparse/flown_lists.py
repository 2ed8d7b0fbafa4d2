"""A list of cities that a sentence's flights, ferries or routes go to or come from (branch
geofix59): "Storms grounded flights to London, Paris and Toronto, Ontario, on Friday". The
storm may be anywhere the flights go; the list is the far ends of the links, not the region's
towns, unless the sentence tells the region's own bodies.
"""

from __future__ import annotations

import re

# a link's word right before the list, and the word that makes the list its far ends
_FLOWN_TO = re.compile(
    r"\b(?:flights?|fl(?:y|ies|ew|own)|nonstop|routes?|ferr(?:y|ies)|sailings?|"
    r"air\s+service|airlifts?)\s+(?:to|from|between)\s+$",
    re.IGNORECASE,
)
# the region's own bodies and people: its state, governor, counties, police, schools, the local
_REGION_S_BODIES = re.compile(
    r"\b(?:the\s+state|state's|statewide|governor|county|counties|provincial|province's|"
    r"police|sheriffs?|schools?|residents|voters|local|regional|domestic)\b",
    re.IGNORECASE,
)


def a_list_flown_to(text: str, start: int, end: int, region: str) -> bool:
    """ "Storms grounded flights to London, Paris and Toronto, Ontario, on Friday", "Air Canada
    resumed flights to London, Paris and Toronto, Ontario, after the storm": a list of cities
    right after "flights to" (from, between; ferries, routes, sailings) names the far ends of
    links, which go round world cities whatever weather the sentence tells: the list is read
    as world cities (geofix55's reading), where the sentence tells none of the region's own
    bodies or people (its state, governor, counties, police, schools, residents; local or
    domestic flights) and names the region once. "Ice storms grounded flights at airports in
    Athens, Rome and Atlanta, Georgia, as the state froze", "Storms cancelled flights to
    Athens, Rome and Atlanta, Georgia, as the governor declared an emergency", "Storms knocked
    out power to homes in London, Paris and Toronto, Ontario" stay the region's towns."""
    from explorer.geoparse.local_words import _sentence_around

    if not _FLOWN_TO.search(text, max(0, start - 40), start):
        return False
    sentence = _sentence_around(text, start, end)
    if _REGION_S_BODIES.search(sentence) or not the_flights_stopped_or_resumed(sentence):
        return False
    return sentence.count(region) <= 1


# a network's flights stopped, put off or started again (the weather acts on the links)
_STOPPED_OR_RESUMED = re.compile(
    r"\b(?:grounded|grounds|grounding|cancell?(?:ed|ing|s)?|delay(?:ed|s|ing)?|"
    r"suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|divert(?:ed|s|ing)?|scrapp(?:ed|ing)|"
    r"disrupt(?:ed|s|ing)?|resum(?:ed|es|ing|e))\b",
    re.IGNORECASE,
)


def the_flights_stopped_or_resumed(sentence: str) -> bool:
    """ "Storms grounded flights to London, Paris and Toronto, Ontario", "Air Canada resumed
    flights to ... after the storm": the sentence tells the links themselves stopped, put off
    or started again (grounded, cancelled, delayed, suspended, halted, diverted, resumed), so
    its storm acts on a network that goes round world cities (branch review86). Flights that
    carry help, crews, officials or ballots to the region's towns in its own trouble ("Floods
    cut the interstate, so National Guard helicopters flew to Paris, Athens and Dallas, Texas,
    with sandbags", "Mayors on charter flights to ... toured the flood damage", "Medical
    flights to Athens, Rome and Atlanta, Georgia, carried tornado victims") go to the region's
    towns: the list stays theirs."""
    return bool(_STOPPED_OR_RESUMED.search(sentence))
