"""Assets of assetsq25: broadcast towers, stadiums, car assembly plants, a capitalised
"Station" in a paragraph of the poles and a hospital struck are kinds of site; a tournament's
name before a stadium's word names no stadium; a singular "it" or "its" never means a people
named in the plural. The stories are written here about other lands, towns and sites than the
batch tells; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def test_broadcast_towers(parse):
    got = _assets(parse, "Soviet troops seized the television tower in Vilnius in January 1991.")
    assert got["television tower in Vilnius"][0] == "broadcast_tower", got
    assert _near(got["television tower in Vilnius"][1], 25.28, 54.69), got
    got = _assets(parse, "The Ostankino TV tower in Moscow caught fire in August 2000.")
    assert got["Ostankino TV tower"][0] == "broadcast_tower", got
    # a control tower, a phone mast, an album: no broadcast tower
    assert not _assets(parse, "The band's new album, Radio Tower, reached the charts in Sweden.")
    got = _assets(parse, "The air traffic control tower at Lisbon airport was evacuated.")
    assert not any(t == "broadcast_tower" for t, _, _ in got.values()), got


def test_stadiums_and_a_tournament_s_name(parse):
    got = _assets(parse, "The junta held prisoners in the National Stadium in Santiago in 1973.")
    assert got["National Stadium in Santiago"][0] == "stadium", got
    assert _near(got["National Stadium in Santiago"][1], -70.65, -33.45), got
    assert not _assets(parse, "The band played a stadium tour across Australia last year.")
    got = _assets(
        parse,
        "Five World Cup stadiums will be taken down after the final, the organisers said in Doha.",
    )
    assert not any(t == "stadium" for t, _, _ in got.values()), got


def test_car_plants(parse):
    got = _assets(parse, "The car plant in Sunderland built its ten millionth car in 2023.")
    assert _near(got["car plant in Sunderland"][1], -1.38, 54.90), got
    assert got["car plant in Sunderland"][0] == "factory", got
    got = _assets(parse, "Toyota will build a new assembly plant in Kolkata, the company said.")
    assert got["assembly plant in Kolkata"][0] == "factory", got


def test_polar_stations_of_a_name(parse):
    got = _assets(
        parse,
        "The scientists of Vostok Station in Antarctica drilled 3,600 metres into the ice sheet.",
    )
    assert got["Vostok Station"][0] == "base", got
    # a railway's station of a name is none
    assert not _assets(parse, "Commuters crowded Victoria Station in London after the strike.")


def test_a_hospital_struck_not_a_hospital_of_care(parse):
    got = _assets(parse, "Airstrikes hit a hospital in Taiz, killing three patients.")
    assert got["hospital in Taiz"][0] == "hospital", got
    assert _near(got["hospital in Taiz"][1], 44.02, 13.58), got
    assert not _assets(parse, "The wounded were taken to a hospital in Mosul after the bombing.")
    assert not _assets(
        parse, "The hospital in Odesa said it had received twelve people wounded in the attack."
    )


def test_its_never_a_people_named_in_the_plural(parse):
    got = _assets(
        parse, "Renault angered many Brazilians when it closed its car plant in Curitiba."
    )
    assert got["car plant in Curitiba"][2] == [], got
    got = _assets(
        parse, "The firm surprised many Kenyans when it sold its cement plant in Mombasa."
    )
    assert got["cement plant in Mombasa"][2] == [], got
