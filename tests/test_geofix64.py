"""Branch geofix64's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and a story of benchmarks/data/places_fresh29."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def test_st_written_for_the_dutch_sint_reads_the_place_held_under_sint(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "The ferry from St. Eustatius reached Saba after a rough crossing, and the harbour"
        " master on Saba said the boat would return on Friday."
    )
    assert readings(found, "St. Eustatius") == ["BQ"]
    found = gp.parse(
        "Police in St. Niklaas, a city of East Flanders, arrested two men after a break-in."
    )
    assert readings(found, "St. Niklaas") == ["BE"]
    # the batch story's land, named in the line under its title
    found = gp.parse(_fresh_story("sx-smn-news-listing", "places_fresh29"))
    assert "SX" in readings(found, "St. Maarten")
    # other senses: a saint's chapel (a village of Curaçao holds the name, too small to be
    # read from "St."), a saint's hospital, a street's "St." before a capital
    found = gp.parse(
        "The chapel of St. Michiel stands beside the old road into Bruges, and pilgrims stop"
        " there in summer."
    )
    assert readings(found, "St. Michiel") in ([], [None])
    found = gp.parse("Police closed Elm St. Monday morning after a gas leak in Dayton, Ohio.")
    assert [t.name for t in found if t.candidate] == ["Dayton", "Ohio"]


def test_a_name_cut_after_st_is_closed_over_the_saint_s_name(geoparsing):
    gp = geoparsing[0]
    # spaCy ends the port's entity at "St.", as at a sentence's end
    found = gp.parse("Two yachts collided off Port St. Maarten during the regatta in March 2019.")
    # geofix65: the land's name after "Port" is read whole, the port's name in its land
    assert readings(found, "Port St. Maarten") == ["SX"]
    assert not [t for t in found if t.name == "Port St."]
    # other senses: names held whole, a street's "St." before a sentence
    found = gp.parse("The freighter docked at Port St. Lucie in Florida before sailing on.")
    assert readings(found, "Port St. Lucie") == ["US"]


def test_tariffs_and_boycotts_on_a_land_beside_other_lands_are_no_town(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Vermont maple firms lost their market when tariffs on Jamaica and Haiti took effect,"
        " an exporter in Burlington, Vermont, said."
    )
    assert readings(found, "Jamaica") == ["JM"]
    found = gp.parse(
        "Unions in Ohio called for a boycott of Lebanon and Syria goods in 1983, arguing that"
        " Israel's war had no end, the paper in Cleveland, Ohio, reported."
    )
    assert readings(found, "Lebanon") == ["LB"]
    # other senses: a boycott of a town's shops or school, a tariff on a town's firms
    found = gp.parse(
        "Parents in Lebanon, Ohio, started a boycott of Lebanon High School's cafeteria after"
        " the price rose, and the district's board in Ohio met on Monday."
    )
    assert readings(found, "Lebanon") == ["US", "US"]
    found = gp.parse(
        "The county in Jordan, Minnesota, put a tariff on Jordan trucking firms that use the old"
        " bridge, and Minnesota officials objected."
    )
    assert readings(found, "Jordan") == ["US", "US"]


def test_a_world_city_called_a_town_of_an_unheld_landscape_is_left_unplaced(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Surfers from Germany, Sweden and Canada crowded the Algarve town of Lagos in the"
        " summer of 2015."
    )
    assert readings(found, "Lagos") == [None]
    found = gp.parse(
        "Miners in Sydney on Cape Breton struck in 1925, and buyers from Belgium and Japan later"
        " bought the mine's coal."
    )
    assert readings(found, "Sydney") == [None]
    # other senses: a city called a city, a town beside a place of its land, a games' village,
    # a world city whose namesakes are villages
    found = gp.parse("Police in the Ruhr town of Essen arrested two men after a raid on Friday.")
    assert readings(found, "Essen") == ["DE"]
    found = gp.parse(
        "The Gulf Coast town of Houston was flooded again in 2017, and residents of Dallas sent"
        " aid."
    )
    assert readings(found, "Houston") == ["US"]
    assert readings(
        gp.parse("Spies crowded the Cold War town of Berlin in the 1960s."), "Berlin"
    ) == ["DE"]
    found = gp.parse("Athletes moved into the Olympic village of London in July 2012.")
    assert readings(found, "London") == ["GB"]
