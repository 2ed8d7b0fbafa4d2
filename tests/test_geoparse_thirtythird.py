"""The eleventh fresh batch's wrong kinds and the known ones left by the tenth, each in
sentences of my own: a spelling's skeleton read a thousand km from the story's places, a
compass word before a country spaCy took alone, a home town "of" a person, papers' and firms'
names, Somalia's states. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_name_read_by_its_skeleton_lies_near_the_storys_places(geoparsing):
    gp = geoparsing[0]
    # a Nepali village the gazetteer lacks, beside Baglung: no Botad of Gujarat, 1,380 km off
    # (ac7e265: Botadi read as Botad, India)
    tops = gp.parse(
        "Landslides blocked roads in Baglung and Botadi after heavy rain in Nepal near India."
    )
    assert readings(tops, "Baglung") == ["NP"]
    assert readings(tops, "Botadi") == [None]
    # beside Bhavnagar, 70 km off, the same spelling is still Botad
    tops = gp.parse("Rain flooded Bhavnagar and Botadi in western India on Monday.")
    assert readings(tops, "Botadi") == ["IN"]


def test_a_person_of_a_town_whose_name_ends_as_towns_do_is_from_there(geoparsing):
    gp = geoparsing[0]
    # c61b7fa's employer rule dropped the home town ("Bossier City"), read at 648b954
    tops = gp.parse("Mike Johnson of Bossier City, the House speaker, met Zelensky in Kyiv.")
    assert readings(tops, "Bossier City") == ["US"]
    tops = gp.parse("John Smith of Carson City, a retired teacher, was detained in Tehran.")
    assert readings(tops, "Carson City") == ["US"]
    # a one-word employer stays no place
    tops = gp.parse("Robert Kagan of Brookings said the war in Ukraine would last.")
    assert readings(tops, "Brookings") == []


def test_a_compass_word_before_a_country_spacy_calls_a_person_is_the_towns_name(geoparsing):
    gp = geoparsing[0]
    # spaCy: "Jordan" a person, "West" outside; ac7e265 read the country
    tops = gp.parse("Residents of West Jordan said the water was safe.")
    assert [t.name for t in tops] == ["West Jordan"]
    assert readings(tops, "West Jordan") == ["US"]
    # the country's part in sight stays the country
    tops = gp.parse("Israeli jets struck South Lebanon overnight.")
    assert readings(tops, "South Lebanon") == ["LB"]


def test_a_name_said_to_be_a_paper_or_a_firm_is_no_town(geoparsing):
    gp = geoparsing[0]
    # ac7e265: "Ayin" as Al Ain, in the Emirates
    tops = gp.parse('"The talks have stalled," analysts told Ayin, a local newspaper in Juba.')
    assert readings(tops, "Ayin") == []
    assert readings(tops, "Juba") == ["SS"]
    # a town set off by a comma and what it is stays a town
    tops = gp.parse("Fighting reached Bor, a town in Jonglei state.")
    assert readings(tops, "Bor") == ["SS"]
    # "the" agency after the comma is the speaker, not what the town is
    tops = gp.parse("Thousands marched through Tabriz, the semi-official agency ISNA said.")
    assert readings(tops, "Tabriz") == ["IR"]


def test_a_papers_town_inside_its_name_is_no_place_of_the_story(geoparsing):
    gp = geoparsing[0]
    # ac7e265: Washington and Jakarta read from the papers' names
    tops = gp.parse("Floods cut roads across the coast, the Washington Post reported.")
    assert readings(tops, "Washington") == []
    tops = gp.parse("The Jakarta Post said the ferry sank off Bali.")
    assert readings(tops, "Jakarta") == []
    # the town a paper is "of" is where it is
    tops = gp.parse("Rain hit the coast, the Post-Courier of Port Moresby said.")
    assert readings(tops, "Port Moresby") == ["PG"]


def test_somalias_states_are_places_of_somalia(geoparsing):
    gp = geoparsing[0]
    # ac7e265 had no Puntland: "Bari" was Italy's city in a sentence of Somalia's north-east
    tops = gp.parse(
        "Troops shelled a camp in the Cal Miskaad hills of Bari overnight, Puntland's "
        "security ministry said."
    )
    assert readings(tops, "Puntland") == ["SO"]
    assert readings(tops, "Bari") == ["SO"]
    tops = gp.parse("Ethiopia signed a port deal with Somaliland, angering Mogadishu.")
    assert readings(tops, "Somaliland") == ["SO"]
    # Italy's Bari stays Italy's
    tops = gp.parse("Tourists in Bari queued for the ferry to Greece.")
    assert readings(tops, "Bari") == ["IT"]
