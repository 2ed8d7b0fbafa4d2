"""Other senses of the words stop 46's place rules read (branch review82): each function says
where a rule's trigger means something else, and the rule it narrows calls it. A people's side
or a named city's quarter told as "the NAME part of the town" (:func:`part_the_text_places`,
narrowing :mod:`~explorer.geoparse.named_parts`); a city's committee on a subject and a board of
aldermen, which many lands' towns have (:func:`a_body_of_any_land`, narrowing
:func:`~explorer.geoparse.local_words.town_of_an_american_body`); a list of world cities whose
sentence tells nothing of the region's own life (:func:`no_word_of_the_region_s_life`,
narrowing :func:`~explorer.geoparse.words_around.world_cities_before_the_closing_region`); a
sovereign's roundup of four overseas lands at least (:func:`a_roundup_of_many_lands`, narrowing
:func:`~explorer.geoparse.shared_country_names.overseas_land_in_its_roundup`); a title's holder
on a tour (:func:`a_tour_abroad`, narrowing
:func:`~explorer.geoparse.local_words.town_in_the_title_s_land`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.recognised import _Found

# a part's town reading this near a city the text names is that city's quarter
_QUARTER_KM = 25.0


def part_the_text_places(doc, f: _Found, found: list[_Found]) -> bool:
    """ "Israeli troops withdrew from the Lebanese part of the village of Ghajar", "the Harlem
    section of the city, New York officials said": a people's word before a part of a town is
    the land that holds that side of a divided or border town (Lebanon, Syria's side, Mexico's
    side of Nogales), and a name with a town's reading within :data:`_QUARTER_KM` of a town
    or city another name of the text reads (Harlem of New York City, Sadr City of Baghdad,
    Kreuzberg of Berlin; not the part's own name told again) is that city's own quarter: both
    keep their readings. "The Boston part of the slum of Cite Soleil in Haiti" is still no
    Boston: no Boston lies near a town of the text."""
    from explorer.geoparse.tokens import name_key

    if f.demonym:
        return True
    key = name_key(doc, f.start, f.end)
    towns = [e for e in f.entries if e.rank == 4]
    others = [
        e for o in found if name_key(doc, o.start, o.end) != key for e in o.entries if e.rank == 4
    ]
    return any(
        great_circle_km(t.lat, t.lon, o.lat, o.lon) <= _QUARTER_KM for t in towns for o in others
    )


# a city's committee named for its subject ("the Moscow city commission for emergencies") and a
# board of aldermen (the Netherlands' "board of mayor and aldermen", Britain's and the
# Commonwealth's old borough councils): bodies of towns of many lands
_BODY_OF_ANY_LAND = re.compile(
    r"\s+(?:(?:city|county|town)\s+commission\s+(?:for|on|of)\b|"
    r"board\s+of\s+(?:mayor\s+and\s+)?aldermen\b)",
    re.IGNORECASE,
)


def a_body_of_any_land(text: str, end: int) -> bool:
    """ "The Moscow city commission for emergencies closed schools", "The Rotterdam board of
    aldermen approved the harbour budget": a city's commission on or for a subject is a
    committee any land's city may have (Russia's and Ukraine's emergency commissions), and
    aldermen sit on the councils of Dutch, British and Commonwealth towns; neither names an
    American town. "Belgrade city commissioners approved a warehouse" and "Paris city
    commissioners voted" (the town's governing commissioners) do."""
    return _BODY_OF_ANY_LAND.match(text, end) is not None


# a town's own services and bills: its water, sewers, rubbish, roads' potholes, property taxes
_TOWN_S_SERVICES = re.compile(
    r"\b(?:water|sewers?|sewage|trash|garbage|potholes?|property\s+tax(?:es)?)\b", re.IGNORECASE
)


def no_word_of_the_region_s_life(text: str, start: int, end: int, region: str) -> bool:
    """ "Demonstrators marched in London, Paris and Toronto, Ontario, against the war", "The
    film premiered in London, Paris and Toronto, Ontario": a list of world cities closed by a
    region's big city is world cities (as geofix55 read it) wherever its sentence tells
    nothing of the region's own life (its police, voters, storms, schools, homes:
    :data:`~explorer.geoparse.local_words._REGION_S_OWN`; its towns' water, sewers, rubbish and
    property taxes: :data:`_TOWN_S_SERVICES`) and names the region once; a
    sentence of links (flights, offices, tours) is one such. Protests, premieres, vigils and a
    torch relay go round world cities too. "Voters in Athens, Rome and Atlanta, Georgia" and
    "Tornadoes tore roofs off homes in ...", "... are among the cities whose water rates rose"
    tell the region's life: its towns."""
    from explorer.geoparse.local_words import _REGION_S_OWN, _sentence_around

    sentence = _sentence_around(text, start, end)
    if _REGION_S_OWN.search(sentence) or _TOWN_S_SERVICES.search(sentence):
        return False
    return sentence.count(region) <= 1


# a roundup of a sovereign's overseas news gives each of its lands an item: four at least
# beside the one it misspells (places_fresh24's roundups name four and five)
ROUNDUP_MIN_LANDS = 4


def a_roundup_of_many_lands(lands: set[str]) -> bool:
    """ "In Reunion ... In Martinique ... In Mayotte ... In New Caledonia ... Lastly in Guyana":
    a translated roundup of France's overseas news names :data:`ROUNDUP_MIN_LANDS` of its
    overseas lands at least (``lands``: their codes). A story that names two or three of
    them beside the country is the country's: "Guyana's president flew home after visits to
    Martinique and Reunion", "the match against Guyana" with players from Guadeloupe,
    Martinique and Mayotte, "rigs off Guyana" beside depots in Martinique and Reunion."""
    return len(lands) >= ROUNDUP_MIN_LANDS


# a royal's journey abroad: "her tour of the Maritimes", "on a state tour", "a royal tour"
_TOUR = re.compile(
    r"\btour\s+of\b|\bon\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+)?tour\b|\broyal\s+tour\b",
    re.IGNORECASE,
)


def a_tour_abroad(text: str, start: int, end: int) -> bool:
    """ "The Duchess of Cornwall ended her tour of the Maritimes in Halifax": a sentence that
    tells a title's holder on a tour tells a journey to another land, whose name the text may
    give in words no reading holds ("the Maritimes"): the town keeps its reading there (Halifax,
    Nova Scotia). "The Duke and Duchess of Sussex visited Windsor" tells no tour."""
    from explorer.geoparse.local_words import _sentence_around

    return _TOUR.search(_sentence_around(text, start, end)) is not None
