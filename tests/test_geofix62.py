"""Branch geofix62: a war named for a region held as a third land's province, a town told to
lie a distance from another, and a town introduced by a landscape the gazetteer lacks, read on
the real gazetteer and the real spaCy model (stories of benchmarks/data/geofix62/sentences.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_war_between_two_lands_named_for_a_third_land_s_province_is_unplaced(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "The soldiers of Bolivia and Paraguay laid down their rifles on Christmas Eve of 1933;"
        " the Chaco war resumed in January."
    )
    assert readings(found, "Chaco") == [None]
    assert readings(found, "Bolivia") == ["BO"]
    # the province's land named: its province is meant
    found = gp.parse(
        "Floods covered farms in Argentina's Chaco province in 2019; a museum there recalls the"
        " Chaco War between Bolivia and Paraguay."
    )
    assert "AR" in readings(found, "Chaco")
    # two lands that arm the fighters are no sides of the war
    found = gp.parse("Militias armed by Uganda and Rwanda fought the Ituri war from 1999 to 2003.")
    assert readings(found, "Ituri") == ["CD"]
    # one land besides: a colonial war told by its power
    found = gp.parse("The Texas war of 1836 worried Britain and France, who traded with Mexico.")
    assert readings(found, "Texas") == ["US"]


def test_a_town_read_farther_than_the_text_says_it_lies_is_not_that_town(geoparsing):
    gp = geoparsing[0]
    # Perth, Ontario lies some 80 km from Ottawa: not the town the text says lies 20 km away
    found = gp.parse("Perth lies about 20 kilometres from Ottawa, and its mill reopened in 1962.")
    assert readings(found, "Perth") == [None]
    # distances that hold, a lower bound, another clause's name
    found = gp.parse(
        "Mosul is about 400 kilometres north of Baghdad, and the road was cut in 2014."
    )
    assert readings(found, "Mosul") == ["IQ"]
    found = gp.parse(
        "Sydney is more than 16,000 kilometres from London, and the flight takes a day."
    )
    assert readings(found, "Sydney") == ["AU"]
    found = gp.parse(
        "Refugees from Homs reached Zaatari camp, which lies 10 kilometres from Mafraq."
    )
    assert readings(found, "Homs") == ["SY"]
    found = gp.parse("Windsor lies 20 miles west of London, on the Thames.")
    assert readings(found, "London") == ["GB"]


def test_a_town_of_an_unheld_landscape_is_the_namesake_beside_the_text_s_places(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("Floods hit the Minho town of Valenca and the nearby city of Braga in 2001.")
    assert readings(found, "Valenca") == ["PT"]
    # a neighbour across a strait lies near the town read: kept
    found = gp.parse("The Hunter Valley town of Newcastle shipped coal to Tokyo and Osaka in 1985.")
    assert "JP" not in readings(found, "Newcastle")
    found = gp.parse("The Swan River town of Perth and the port of Fremantle were dry in 1977.")
    assert readings(found, "Perth") == ["AU"]
