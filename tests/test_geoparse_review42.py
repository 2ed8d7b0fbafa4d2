"""A reviewer's sentences against the twelfth batch's place rules (geoq34's): the same kinds of
names in roles those rules did not think of, each read wrong on 1b292cb. On the real gazetteer
and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def ids(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.gazetteer_id for t in tops if t.name == name]


def test_a_towns_name_before_airport_is_the_towns_airport(geoparsing):
    gp = geoparsing[0]
    # 1b292cb: Sanya Phoenix International Airport, China (held as "phoenix airport")
    tops = gp.parse("A drone was spotted over Phoenix airport.")
    assert readings(tops, "Phoenix") == ["US"]
    # 1b292cb: Guillermo Leon Valencia Airport, Colombia (held under the president's surname)
    tops = gp.parse("Protesters blocked Valencia airport in Spain on Monday.")
    assert readings(tops, "Valencia") == ["ES"]
    # 1b292cb: Quepos Managua Airport, Costa Rica
    tops = gp.parse("The president of Nicaragua flew home to Managua airport on Sunday.")
    assert readings(tops, "Managua") == ["NI"]
    # 1b292cb: Amman-Marka, Jordan, though the text names Somalia (Marka is smaller than Amman)
    tops = gp.parse("Al-Shabaab fighters attacked Marka airport in Somalia.")
    assert readings(tops, "Marka") == ["SO"]
    # an airport known by a person's name stays the airport
    tops = gp.parse("Two flights were diverted from Kennedy airport after a drone sighting.")
    assert ids(tops, "Kennedy") == ["airport:JFK"]
    tops = gp.parse("Passengers were stranded at Dulles airport near Washington.")
    assert ids(tops, "Dulles") == ["airport:IAD"]


def test_an_apposition_that_names_its_country_says_where_the_place_is(geoparsing):
    gp = geoparsing[0]
    # 1b292cb: Palmyra, New York (7,451 people), the text naming the US as the speaker's
    tops = gp.parse(
        "A US official said militants had retaken Palmyra, the ancient city in central Syria."
    )
    assert readings(tops, "Palmyra") == ["SY"]
    # a border's phrase names the country across it: not where the town is
    tops = gp.parse(
        "Russian officials said Sudzha, a town near the border with Ukraine, was taken."
    )
    assert readings(tops, "Sudzha") == ["RU"]
    tops = gp.parse("Indian officials said Moreh, a town on the border with Myanmar, was tense.")
    assert readings(tops, "Moreh") == ["IN"]
    text = "Lebanese officials said Naqoura, a town in a district bordering Israel, was shelled."
    assert readings(gp.parse(text), "Naqoura") == ["LB"]
    # the phrase naming no country: any country the text names, as before
    tops = gp.parse("Somalia's parliament met. Jowhar, a city in the south, was calm.")
    assert readings(tops, "Jowhar") == ["SO"]


def test_a_sentences_adverb_before_a_comma_is_no_place(geoparsing):
    gp = geoparsing[0]
    # 1b292cb: Still, a village of France (1,604 people)
    tops = gp.parse("French troops left Mali in 2022. Still, the town of Gao remains tense.")
    assert [t.name for t in tops] == ["French", "Mali", "Gao"]
    tops = gp.parse(
        "The French ministry made no comment. "
        "Still, the village, which lies near the border, was shelled."
    )
    assert [t.name for t in tops] == ["French"]
    # a name opening a sentence and set off as a town stays one
    tops = gp.parse("Bosaso, the main port of Puntland, reopened on Friday.")
    assert readings(tops, "Bosaso") == ["SO"]


def test_a_school_named_for_the_region_its_town_lies_in_keeps_the_region(geoparsing):
    gp = geoparsing[0]
    # 1b292cb: Punjab dropped (its point lies over 50 km from Lahore)
    tops = gp.parse("Students at Punjab University in Lahore protested on Monday.")
    assert readings(tops, "Punjab") == ["PK"]
    # a school named for a town elsewhere still names no place
    tops = gp.parse("Anna Reyes, a historian at Columbia University in New York, disagreed.")
    assert readings(tops, "Columbia") == []
