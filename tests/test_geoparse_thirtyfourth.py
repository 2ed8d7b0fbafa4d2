"""The twelfth fresh batch's wrong kinds and the known ones left by the eleventh, each in
sentences of my own: towns spaCy calls persons or bodies that the text says are places (a list
of two towns taken for one person's name, a town set off by a comma and what it is). On the
real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_two_towns_joined_by_and_are_no_persons_name(geoparsing):
    gp = geoparsing[0]
    # spaCy: "Hargeisa and Burao" one person; 36afd5c read neither town
    tops = gp.parse("The prime minister of Somalia visited Hargeisa and Burao.")
    assert readings(tops, "Hargeisa") == ["SO"]
    assert readings(tops, "Burao") == ["SO"]
    # two persons joined so stay persons
    tops = gp.parse("Tom and Jerry visited the zoo in Nairobi.")
    assert [t.name for t in tops] == ["Nairobi"]


def test_a_name_the_text_says_is_a_town_or_a_capital_is_a_place(geoparsing):
    gp = geoparsing[0]
    # spaCy: no entity at "Bosaso" (36afd5c: not read)
    tops = gp.parse("Bosaso, the main port of Puntland, reopened on Friday.")
    assert readings(tops, "Bosaso") == ["SO"]
    # Galkayo (GeoNames' Gaalkacyo), which spaCy calls a body
    tops = gp.parse("Galkayo, a divided city in central Somalia, was calm on Sunday.")
    assert readings(tops, "Galkayo") == ["SO"]
    # an island of a country the text names
    tops = gp.parse("She moved to Utsira, an island of 200 people off Norway's west coast.")
    assert readings(tops, "Utsira") == ["NO"]
    # the same town said to be one; the noun only qualifying what a person is says nothing
    tops = gp.parse("Somalia's parliament met. Jowhar, a city in the south, was calm.")
    assert readings(tops, "Jowhar") == ["SO"]
    for said in ("a city councillor from Mogadishu", "the town's mayor"):
        tops = gp.parse(f"Somalia's parliament met. Jowhar, {said}, abstained.")
        assert readings(tops, "Jowhar") == []
    # a village the gazetteer lacks, of a country the text names, is no namesake abroad
    tops = gp.parse("The pipe belongs to Sion, a Georgian village near the Armenian border.")
    assert readings(tops, "Sion") == []


def test_a_name_before_airport_is_the_airport_the_gazetteer_holds_so(geoparsing):
    gp = geoparsing[0]
    # 36afd5c: Kennedy, a locality of Bogota (and Kennedy, California beside New York)
    for text in (
        "Two flights were diverted from Kennedy airport after a drone sighting.",
        "Protesters blocked the roads to Kennedy Airport in New York on Friday.",
    ):
        tops = gp.parse(text)
        kennedy = [t for t in tops if t.name.startswith("Kennedy")]
        assert [t.candidate and t.candidate.gazetteer_id for t in kennedy] == ["airport:JFK"]
    # an airport named for its town is left to the town
    tops = gp.parse("Taliban fighters surrounded Kabul airport on Sunday.")
    assert readings(tops, "Kabul") == ["AF"]


def test_a_schools_name_is_no_place_where_the_text_puts_the_school_elsewhere(geoparsing):
    gp = geoparsing[0]
    # 36afd5c: Columbia, Maryland (a false place)
    tops = gp.parse("Anna Reyes, a historian at Columbia University in New York, disagreed.")
    assert readings(tops, "Columbia") == []
    assert readings(tops, "New York") == ["US"]
    # a school named for the town it is in keeps its town
    tops = gp.parse("Riots broke out near Birmingham University in Birmingham, England.")
    assert readings(tops, "Birmingham") == ["GB", "GB"]


def test_a_continent_that_closes_a_bodys_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    # 36afd5c: Europe, the continent
    tops = gp.parse("Journalists of Radio Free Europe were detained in Baku.")
    assert [t.name for t in tops] == ["Baku"]
    # a continent's part named whole stays
    tops = gp.parse("Protests spread across Eastern Europe on Monday.")
    assert [t.name for t in tops] == ["Eastern Europe"]
