"""Branch geofix63: a region's common-word name inside a body's, a law's or a brand's name, a
word of a person's name of several words, and an airport's other name in a sentence of flights,
each read where the text reads nothing of the reading's land; on the real gazetteer and the real
spaCy model (stories of benchmarks/data/geofix63/sentences*.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_region_s_common_word_inside_a_body_s_or_a_law_s_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Fishermen detained off Chile cited Peru's Maritime Boundaries Act of 1952 in their"
        " defence."
    )
    assert readings(found, "Maritime") == [None]
    assert readings(found, "Peru") == ["PE"]
    found = gp.parse(
        "Ghana's Ports and Maritime Authority raised the fees charged to tankers calling at Tema."
    )
    assert readings(found, "Maritime") == [None]
    assert readings(found, "Tema") == ["GH"]
    # a brand's name
    found = gp.parse(
        "Shoppers in Ottawa can now buy the Heart of the Lakes range of jams, all made in Ontario."
    )
    assert readings(found, "Lakes") == [None]
    # the region in its own land's story, before its unit's word, in a body of its land: kept
    found = gp.parse("Togo's Maritime region holds most of the country's people.")
    assert readings(found, "Maritime") == ["TG"]
    found = gp.parse("The governor of the Maritime region visited Lome and Aneho after the floods.")
    assert readings(found, "Maritime") == ["TG"]
    found = gp.parse(
        "The Plateau Peace Building Agency said talks in Jos between herders and farmers in"
        " Nigeria had begun."
    )
    assert readings(found, "Plateau") == ["NG"]


def test_a_region_s_name_as_a_word_of_a_person_s_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Saw Bong Htoo of the Karen National Union said the talks in Yunnan had been put off,"
        " and China offered to host them again."
    )
    assert readings(found, "Bong") == [None]
    assert readings(found, "Yunnan") == ["CN"]
    found = gp.parse(
        "Pen Lofa Sokha of the garment workers' union said factories in Phnom Penh had shut,"
        " and Cambodia's ministry had not replied."
    )
    assert readings(found, "Lofa") == [None]
    # the county in a story of its land: kept
    found = gp.parse(
        "Fighters of the rebel army said Bong was quiet, and Gbarnga's market had reopened"
        " across Liberia."
    )
    assert readings(found, "Bong") == ["LR"]
    found = gp.parse(
        "Elders in Bong County said the fighting near Gbarnga had forced thousands from their"
        " homes in Liberia."
    )
    assert readings(found, "Bong County") == ["LR"]


def test_an_airport_s_other_name_in_a_sentence_of_flights_is_the_airport(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "A jet flying from Athens to Nairobi was diverted after a bomb threat and landed at"
        " Heathrow; Kenya's police were told."
    )
    assert readings(found, "Heathrow") == ["GB"]
    # the Florida town in a story of its land: kept
    found = gp.parse(
        "Residents of Heathrow, a town north of Orlando, Florida, voted on a new park."
    )
    assert readings(found, "Heathrow") == ["US"]
    # the Basque town beside its land, though its wine flies
    found = gp.parse(
        "Wine makers in Laguardia, near Logrono in northern Spain, flew their casks to fairs"
        " abroad."
    )
    assert readings(found, "Laguardia") == ["ES"]
