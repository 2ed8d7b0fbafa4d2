"""Assets of assetsfix1: a site "in" a quarter of a city named after "near" is not drawn at a
far namesake of the quarter; a service's word hyphened inside a site's name keeps the whole
name; a firm's lone "factory" before "in" and a town is one works at that town. The stories
are invented, about other lands and towns than the batches tell; the real spaCy pipeline,
geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def test_a_quarter_of_a_city_near_it_is_not_a_far_namesake(parse):
    # a Seattle quarter the gazetteer holds only as a town of Utah: listed, not drawn in Utah
    got = _assets(parse, "A substation in Ballard, near the locks in Seattle, failed in the heat.")
    assert got["substation in Ballard"][0] == "substation", got
    assert got["substation in Ballard"][1] is None, got
    # a quarter read in its own city, and a town near the city: drawn as before
    got = _assets(
        parse, "A substation in Hyde Park, near the university campus in Chicago, burned."
    )
    assert _near(got["substation in Hyde Park"][1], -87.59, 41.79), got
    got = _assets(
        parse, "Militants shelled an oil refinery in Baiji, near the river bridge in Tikrit."
    )
    assert _near(got["oil refinery in Baiji"][1], 43.49, 34.93), got


def test_a_service_s_word_hyphened_inside_a_name(parse):
    got = _assets(
        parse, "The graduation was held at the Army-Navy Memorial Stadium in Lima before cadets."
    )
    assert "Army-Navy Memorial Stadium" in got, got
    assert "Memorial Stadium" not in got, got
    # two lands joined by a hyphen name no site
    got = _assets(parse, "Trucks queued for hours at the US-Mexico border crossing near Laredo.")
    assert not any("US-Mexico" in name for name in got), got


def test_a_firm_s_lone_factory_in_a_town(parse):
    got = _assets(parse, "The company said its factory in Wroclaw would hire 500 more workers.")
    assert got["factory in Wroclaw"][0] == "factory", got
    assert _near(got["factory in Wroclaw"][1], 17.03, 51.11), got
    got = _assets(parse, "Tesla's factory in Grunheide began making cars in March.")
    assert _near(got["factory in Grunheide"][1], 13.81, 52.42), got
    # a year, a region, a plural, a person's factory, a figure: none
    for text in (
        "The firm moved its factory in 2019 to cut the cost of energy.",
        "The tyre maker said its factory in Ohio would cut a shift.",
        "The maker said its factories in Poland and Hungary would run at half speed.",
        "She worked at her father's factory in Lodz for twenty years before the war.",
        "The ministry called the website a lie factory in a statement.",
    ):
        assert not _assets(parse, text), text


def test_a_name_s_town_far_from_the_town_its_in_says(parse):
    # a man's name read as a town of the state's other end: the stadium is in the city "in" says
    got = _assets(
        parse, "Fans of the Army-Navy rivalry crowded the Lincoln Stadium in Philadelphia."
    )
    assert _near(got["Lincoln Stadium"][1], -75.16, 39.95), got
    # a name's town near the town after "in": drawn at the name's town, as before
    got = _assets(parse, "Shells fell near the Kursk nuclear plant in Kurchatov on Monday.")
    assert _near(got["Kursk nuclear plant"][1], 36.18, 51.73), got


def test_a_channel_s_tower(parse):
    got = _assets(
        parse, "A climber scaled the WKRN TV 2 tower in Nashville to protest the verdict."
    )
    assert got["WKRN TV 2 tower"][0] == "broadcast_tower", got
    assert _near(got["WKRN TV 2 tower"][1], -86.78, 36.17), got
    # a festival's stage, a hall's tower: none
    assert not _assets(parse, "The band played the Radio 1 tower stage at the festival in Leeds.")
    assert not _assets(parse, "Guests dined at the Radio City tower in New York after the concert.")
