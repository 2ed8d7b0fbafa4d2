"""A reviewer's read of the place rules of lead35a and geoq35, on sentences where their words
mean something else: a superlative before "city of", a country that ends an opening phrase
before a state, a region named "Lac", a place a distance or a refuge from another, and what an
apposition's countries do or own. Each case beside one the rule was made for, which must still
read as it does. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_superlative_before_city_of_keeps_the_country(geoparsing):
    gp = geoparsing[0]
    # 06be019: the country left unplaced ("most" is no "-est")
    tops = gp.parse("Lagos, the most populous city of Nigeria, was flooded again.")
    assert readings(tops, "Nigeria") == ["NG"]
    tops = gp.parse("Tromso, the northernmost city of Norway, hosted the summit.")
    assert readings(tops, "Norway") == ["NO"]
    tops = gp.parse("Durban, the leading port city of South Africa, handled the cargo.")
    assert readings(tops, "South Africa") == ["ZA"]
    # a town named so is still no country
    tops = gp.parse("Tickets for the Thursday show are $15, according to the city of Turkey.")
    assert readings(tops, "Turkey") == [None]


def test_a_country_ending_an_opening_phrase_before_a_described_state_stays(geoparsing):
    gp = geoparsing[0]
    # 06be019: Israel, Turkey, Syria, Ireland unplaced, as if towns of the state after them
    tops = gp.parse("Unlike Israel, Gaza, which has no airport, depends on crossings.")
    assert readings(tops, "Israel") == ["IL"]
    tops = gp.parse("Backed by Russia, Donetsk, the separatist province, held out in 2015.")
    assert readings(tops, "Russia") == ["RU"]
    tops = gp.parse("Across the border from Syria, Hatay, a province of Turkey, took in refugees.")
    assert readings(tops, "Syria") == ["SY"]
    tops = gp.parse("Unlike Ireland, Scotland, which voted to remain, must leave the EU.")
    assert readings(tops, "Ireland") == ["IE"]
    # the state goes on with the town's own clause: the town the gazetteer lacks
    tops = gp.parse("A plant in Jordan, Ontario, closed last year.")
    assert readings(tops, "Jordan") == [None]
    tops = gp.parse("Firefighters in Turkey, Texas, battled a grass fire on Sunday.")
    assert readings(tops, "Turkey") == [None]
    tops = gp.parse("In Turkey, Texas, a town of 400, the fair went on.")
    assert readings(tops, "Turkey") == [None]


def test_a_lakes_word_before_a_regions_word_is_the_region(geoparsing):
    gp = geoparsing[0]
    # 06be019: "Lac" dropped as the lake's word
    tops = gp.parse("Boko Haram attacked an army post in Chad's Lac Province on Monday.")
    assert readings(tops, "Lac Province") == ["TD"]
    # the lake's word before a lake's name is still no place
    tops = gp.parse("Fishermen on Lac Kivu near Goma said the catch was poor.")
    assert [t.name for t in tops] == ["Goma"]


def test_a_place_a_distance_or_a_refuge_from_another_is_a_place(geoparsing):
    gp = geoparsing[0]
    # 06be019: each name dropped as a person said to come from somewhere
    for text, name, country in [
        ("Kilis, a kilometre from Syria, took in refugees.", "Kilis", "TR"),
        ("Lviv, a refuge from the war in the east, filled with families.", "Lviv", "UA"),
        ("Gaza, a long way from Beirut, mourned the dead.", "Gaza", "PS"),
        ("Lebanon, a country far from peace, voted on Sunday.", "Lebanon", "LB"),
        ("Kosovo, a nation born from war, marked its independence.", "Kosovo", "XK"),
        ("Dubai, an escape from the summer heat, drew tourists.", "Dubai", "AE"),
    ]:
        assert readings(gp.parse(text), name) == [country], text
    # the test text of dates_fresh2: Zaire, a country recovering from a war
    text = "Peace held in Congo, formerly Zaire, a country still recovering from a civil war."
    assert readings(gp.parse(text), "Zaire") == ["CD"]
    # a person and a club said to come from somewhere are still no places
    assert readings(gp.parse("Dallas, a carpenter from Accra, told the court."), "Dallas") == []
    tops = gp.parse("Chelsea, a club from London, won the Champions League.")
    assert readings(tops, "Chelsea") == []


def test_what_an_appositions_country_does_or_owns_does_not_place_the_town(geoparsing):
    gp = geoparsing[0]
    # 06be019: each town left unplaced, its readings not in the actor's or owner's country
    tops = gp.parse("Kiev, a city in Russia's orbit for centuries, turned west.")
    assert readings(tops, "Kiev") == ["UA"]
    tops = gp.parse("Sevastopol, a city in Russian-annexed Crimea, held a parade.")
    assert readings(tops, "Sevastopol") == ["UA"]
    tops = gp.parse("Hue, a city in the centre captured by American forces in 1968, was rebuilt.")
    assert readings(tops, "Hue") == ["VN"]
    tops = gp.parse("Marib, a city in Saudi-backed hands, was shelled.")
    assert readings(tops, "Marib") == ["YE"]
    # an area the curated layer draws with no one country says none
    tops = gp.parse("Katzrin, a town in the Golan Heights, held a vote.")
    assert readings(tops, "Katzrin") == ["IL"]
    # a land whose towns the gazetteer files under the country beside it: the town by its own
    # name there (06be019: unplaced; 02212a2: Jerusalem, whose alias "Ariel" is)
    tops = gp.parse("Police in Ariel, a settlement in the occupied West Bank, arrested two men.")
    assert [t.candidate.gazetteer_id for t in tops if t.name == "Ariel"] == ["geonames:8199394"]
    # a country where the place lies still says so
    tops = gp.parse("Rockets fell near Shiloh, a settlement in the occupied West Bank, on Monday.")
    assert readings(tops, "Shiloh") == [None]
    tops = gp.parse("Mekele, a city in Ethiopia's north, fell to rebels.")
    assert readings(tops, "Mekele") == ["ET"]


def test_an_apposition_does_not_unplace_a_region_the_gazetteer_holds(geoparsing):
    gp = geoparsing[0]
    # 06be019: both unplaced (events_fresh6, events_fresh8): a people in a relative clause,
    # and a people's word that is also Ethiopia's Somali region
    tops = gp.parse(
        "In the early 1990s South Ossetia, a region where most people are ethnic Ossetians, "
        "declared independence from Georgia."
    )
    assert readings(tops, "South Ossetia") == ["GE"]
    tops = gp.parse(
        "The hijackers turned the plane toward Puntland, the semiautonomous Somali region."
    )
    assert readings(tops, "Puntland") == ["SO"]
