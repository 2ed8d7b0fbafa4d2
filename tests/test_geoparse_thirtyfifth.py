"""The thirteenth fresh batch's wrong kind and the known ones left by the twelfth, each in
sentences of my own: a lake named for a country, and what an apposition says a name is (a
person from somewhere, a place in a country, a town on a river). On the real gazetteer and the
real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_name_after_a_lakes_word_is_the_lake_not_the_country(geoparsing):
    gp = geoparsing[0]
    # 02212a2: "Chad" of Lake Chad read as the country, beside Chad's own town
    tops = gp.parse("Herders watered their cattle on the shores of Lake Chad near Bol.")
    assert readings(tops, "Chad") == []
    assert readings(tops, "Bol") == ["TD"]
    # the country named alone stays, and a province named for the lake keeps its country; a
    # town whose name holds the word stays
    tops = gp.parse("Boko Haram raided two islands in the province of Lake Chad on Sunday.")
    assert readings(tops, "Chad") == ["TD"]
    tops = gp.parse("The army of Chad patrolled the border with Niger.")
    assert readings(tops, "Chad") == ["TD"]
    tops = gp.parse("Floods reached Lake Charles on Monday.")
    assert readings(tops, "Lake Charles") == ["US"]


def test_a_name_said_to_come_from_somewhere_is_a_person(geoparsing):
    gp = geoparsing[0]
    # 02212a2: Dallas, Texas and Sydney, Australia
    tops = gp.parse("Dallas, a carpenter from Accra, told the court he was innocent.")
    assert readings(tops, "Dallas") == []
    assert readings(tops, "Accra") == ["GH"]
    tops = gp.parse("Sydney, a student from Nairobi, won the essay prize in Kenya.")
    assert readings(tops, "Sydney") == []
    # a distance from a town, and what left a place, say it is a place
    tops = gp.parse("Kumasi, a short drive from Accra, was calm.")
    assert readings(tops, "Kumasi") == ["GH"]
    tops = gp.parse("Lebanon, a land from which thousands fled, mourned its dead.")
    assert readings(tops, "Lebanon") == ["LB"]


def test_an_apposition_says_where_a_place_is(geoparsing):
    gp = geoparsing[0]
    # 02212a2: Shiloh, Illinois; the gazetteer has no Shiloh of the West Bank
    tops = gp.parse("Rockets fell near Shiloh, a settlement in the occupied West Bank, on Monday.")
    assert readings(tops, "Shiloh") == [None]
    # the town of the country the phrase names, where the gazetteer holds one
    tops = gp.parse("The storm hit Paris, a town in Texas, on Friday night.")
    assert readings(tops, "Paris") == ["US"]
    tops = gp.parse("Crowds filled Florida, a town in Uruguay, for the festival.")
    assert readings(tops, "Florida") == ["UY"]


def test_a_river_an_apposition_names_picks_the_town_named_for_it(geoparsing):
    gp, gaz = geoparsing

    def full_name(text: str, name: str) -> list[str]:
        return [
            gaz.entry(t.candidate.gazetteer_id).name
            for t in gp.parse(text)
            if t.name == name and t.candidate
        ]

    # 02212a2: Frankfurt am Main; Newcastle, New South Wales
    assert full_name(
        "Students marched in Frankfurt, a city on the Oder, on Friday.", "Frankfurt"
    ) == ["Frankfurt (Oder)"]
    assert full_name("Newcastle, a city on the Tyne, voted to leave.", "Newcastle") == [
        "Newcastle upon Tyne"
    ]
    # no river named: the town news means
    assert full_name("Police in Frankfurt arrested three men.", "Frankfurt") == [
        "Frankfurt am Main"
    ]


def test_a_name_joined_by_and_to_a_persons_name_is_a_person(geoparsing):
    gp = geoparsing[0]
    # 02212a2: Lagos, Nigeria and Orlando, Florida; Bachelet and Kowalczyk are no place's names
    tops = gp.parse("Chile's former presidents Lagos and Bachelet attended the ceremony.")
    assert readings(tops, "Lagos") == []
    assert readings(tops, "Chile") == ["CL"]
    tops = gp.parse("The former ministers Orlando and Kowalczyk were charged with fraud.")
    assert readings(tops, "Orlando") == []
    # two places, one the gazetteer lacks, stay a place; a list of towns says no persons
    for text in (
        "Shelling hit Gao and Tessit at dawn.",
        "Fighting near Gao and Tessit killed ten soldiers.",
        "Gao and Tessit were attacked at dawn, Malian officials said.",
    ):
        assert readings(gp.parse(text), "Gao") == ["ML"]


def test_a_towns_name_before_a_clubs_word_is_the_big_town_of_the_name(geoparsing):
    gp = geoparsing[0]
    # 02212a2: Hull, Quebec (Hull's main name) and Stoke, New Zealand; England's towns are
    # GeoNames' Kingston upon Hull and Stoke-on-Trent
    tops = gp.parse("The midfielder, once of Hull City, joined a club in Turkey.")
    assert readings(tops, "Hull") == ["GB"]
    tops = gp.parse("A former captain of Stoke City was injured in training.")
    assert readings(tops, "Stoke") == ["GB"]
    # a town's name held whole stays whole
    tops = gp.parse("Airstrikes hit Gaza City overnight.")
    assert readings(tops, "Gaza City") == ["PS"]
