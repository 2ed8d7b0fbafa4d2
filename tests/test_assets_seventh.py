"""Assets the seventh fresh batch (benchmarks/data/assets_fresh7) missed, as kinds: test sites,
military academies, prisons, ammunition depots, shipyards, border crossings and checkpoints,
substations and power lines, airports in war, floating LNG terminals. The sentences are written
here about sites the batch does not name; the real spaCy pipeline, geoparser and gazetteer read
them.
"""

from __future__ import annotations

import pytest

from explorer.model import great_circle_km


def _found(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


def _km(geometry: dict, lat: float, lon: float) -> float:
    x, y = geometry["coordinates"]
    return great_circle_km(y, x, lat, lon)


def test_a_nuclear_test_site_is_listed_unplaced(parse):
    (asset,) = parse(
        "The Soviet Union set off its largest bomb over the Novaya Zemlya test site in 1961."
    ).assets
    assert (asset.type, asset.name, asset.geometry) == (
        "test_site",
        "Novaya Zemlya test site",
        None,
    )
    # no word of weapons: a clinic's test site, no weapons' range (the stadium it stands at is
    # a stadium since assetsq25)
    text = "Residents queued at the Dodger Stadium test site for coronavirus swabs on Monday."
    assert _found(parse, text) == [("stadium", "Dodger Stadium")]


def test_a_prison_is_drawn_where_its_sentence_puts_it(parse):
    (asset,) = parse("The Kirikiri prison in Lagos holds about 3,000 inmates.").assets
    assert (asset.type, asset.name) == ("prison", "Kirikiri prison")
    assert asset.geometry is not None and _km(asset.geometry, 6.45, 3.39) < 30
    assert _found(parse, "A Texas court gave him a ten-year prison sentence on Friday.") == []


def test_a_named_ammunition_depot_is_a_depot(parse):
    found = _found(parse, "Ukrainian drones hit the Toropets ammunition depot on Wednesday.")
    assert found == [("depot", "Toropets ammunition depot")]


def test_a_naval_shipyard_is_listed_not_drawn_at_the_city_it_is_named_for(parse):
    # Norfolk Naval Shipyard stands in Portsmouth, Virginia; a shipyard's name gives no point
    found = parse("Fire broke out aboard a destroyer at the Norfolk Naval Shipyard.").assets
    assert [(a.type, a.name, a.geometry) for a in found] == [
        ("shipyard", "Norfolk Naval Shipyard", None)
    ]


def test_a_border_crossing_is_a_crossing(parse):
    found = _found(
        parse, "Pakistan closed the Torkham border crossing after clashes with Afghan forces."
    )
    assert found == [("crossing", "Torkham border crossing")]


def test_an_airport_in_war_is_an_asset_drawn_at_its_town(parse):
    (asset,) = parse("Rebels seized Kabul airport and shelled its runway on Monday.").assets
    assert (asset.type, asset.name) == ("airport", "Kabul airport")
    assert asset.geometry is not None and _km(asset.geometry, 34.53, 69.17) < 30
    # no word of war: an airport is a place travellers pass through, not an asset
    assert _found(parse, "Passengers waited at Kabul airport for their delayed flights.") == []


def test_a_named_transmission_line_is_listed_unplaced_and_a_voltage_is_no_name(parse):
    found = parse(
        "Militants bombed the Kot Addu transmission line and two 500 KV power lines in Punjab."
    ).assets
    assert [(a.type, a.name, a.geometry) for a in found] == [
        ("power_line", "Kot Addu transmission line", None)
    ]


def test_a_named_substation_is_a_substation(parse):
    found = _found(parse, "Gunmen fired on the Metcalf substation near San Jose in April 2013.")
    assert found == [("substation", "Metcalf substation")]


def test_a_military_academy_named_after_its_kind_is_an_academy(parse):
    found = _found(parse, "Officer cadets of the Royal Military Academy Sandhurst paraded.")
    assert found == [("academy", "Royal Military Academy Sandhurst")]


def test_a_jail_named_for_its_parish_is_listed_not_drawn_at_a_namesake_town(parse):
    found = parse("He spent a night in the Caddo Detention Center after his arrest.").assets
    assert [(a.type, a.name, a.geometry) for a in found] == [
        ("prison", "Caddo Detention Center", None)
    ]


def test_a_crossing_the_tagger_reads_as_a_verb_is_a_site_drawn_at_its_town(parse):
    (asset,) = parse("Trucks queued at the Nogales crossing on the border with Mexico.").assets
    assert (asset.type, asset.name) == ("crossing", "Nogales crossing")
    assert asset.geometry is not None and _km(asset.geometry, 31.31, -110.94) < 30
    # no word of a border: a shopping centre's name
    assert _found(parse, "Shoppers filled the new stores at Mill Crossing on Saturday.") == []


def test_a_dateline_in_capitals_names_its_base(parse):
    found = _found(parse, "KANDAHAR AIRFIELD, Afghanistan, March 2011.")
    assert found == [("base", "KANDAHAR AIRFIELD")]


def test_a_name_before_a_kind_in_apposition_is_that_site(parse):
    found = _found(
        parse, "The Independence, a floating LNG terminal, arrived at Klaipeda in October 2014."
    )
    assert found == [("terminal", "Independence")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tankers waited at both ends of the Panama Canal after the drought.",
            [("canal", "Panama Canal")],
        ),
        (
            "Cadets of the Indian Military Academy passed out in Dehradun on Saturday.",
            [("academy", "Indian Military Academy")],
        ),
    ],
)
def test_a_country_s_name_before_a_capitalised_kind_is_its_site_s_name(parse, text, expected):
    assert _found(parse, text) == expected
    # a lower-case head: the people's name says whose, not which
    assert _found(parse, "A Syrian air base was struck on Monday.") == []


def test_a_country_s_lng_is_a_plant_only_where_one_works_on_it(parse):
    found = parse("Shell will expand Nigeria LNG with a seventh train.").assets
    assert [(a.type, a.name, a.geometry) for a in found] == [("terminal", "Nigeria LNG", None)]
    # the gas a country sells
    assert _found(parse, "Europe will buy more US LNG next winter.") == []
    assert _found(parse, "Qatar LNG exports rose in May.") == []
