"""Assets of assetsq28: courthouses, polling stations, filling stations, warehouses, memorials
and city halls are kinds of site where a word of force is said of them in their own clause;
a site a mishap or a break-in befalls is placed by that act's town; cutters are craft in a
sentence of the sea; a craft named in apposition to its kind's word is a ship. The stories
are written here about other lands, towns and craft than the batch tells; the real spaCy
pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def _types(got: dict) -> set[str]:
    return {t for t, _, _ in got.values()}


def test_a_courthouse_struck_not_a_trial_s_venue(parse):
    got = _assets(parse, "A car bomb exploded outside the courthouse in Mardan, killing four.")
    assert got["courthouse in Mardan"][0] == "courthouse", got
    assert _near(got["courthouse in Mardan"][1], 72.05, 34.2), got
    # the attack is the trial's subject, not what befell the courthouse
    got = _assets(parse, "He was sentenced in a courthouse in Tampa for the attack on a mosque.")
    assert "courthouse" not in _types(got), got


def test_a_polling_station_stormed_not_one_voted_at(parse):
    got = _assets(parse, "A mob stormed a polling station in Kandahar and burned ballot boxes.")
    assert got["polling station in Kandahar"][0] == "polling_station", got
    got = _assets(parse, "Voters queued at a polling station in Tallinn from early morning.")
    assert "polling_station" not in _types(got), got


def test_warehouses_looted_not_raided_by_police(parse):
    got = _assets(
        parse, "Looters broke into a food warehouse in the town of Bria and carried off rice."
    )
    assert [v[0] for k, v in got.items() if "warehouse" in k] == ["depot"], got
    point = next(v[1] for k, v in got.items() if "warehouse" in k)
    assert _near(point, 21.99, 6.54), got
    got = _assets(parse, "Police raided a warehouse in Leeds and seized counterfeit handbags.")
    assert "depot" not in _types(got), got


def test_a_filling_station_s_fire_placed_by_its_town(parse):
    got = _assets(
        parse,
        "The blaze at a petrol station selling kerosene, in the town of Ruse, spread to "
        "two houses and killed a man.",
    )
    assert got["petrol station in Ruse"][0] == "fuel_station", got
    assert _near(got["petrol station in Ruse"][1], 25.97, 43.85), got
    got = _assets(parse, "He worked at a gas station in Tulsa before joining the army.")
    assert "fuel_station" not in _types(got), got


def test_memorials_pulled_down_and_city_halls_stormed(parse):
    got = _assets(parse, "Vandals toppled a Soviet war memorial in Sofia overnight, police said.")
    assert got["war memorial in Sofia"][0] == "memorial", got
    got = _assets(
        parse, "Protesters toppled the government and then marched past the war memorial in Minsk."
    )
    assert "memorial" not in _types(got), got
    got = _assets(
        parse, "Protesters stormed Kharkiv City Hall and raised a flag over the building."
    )
    assert got["Kharkiv City Hall"][0] == "city_hall", got
    got = _assets(parse, "The mayor held a press conference at City Hall on Monday.")
    assert "city_hall" not in _types(got), got


def test_a_cutter_at_sea_not_a_blade(parse):
    got = _assets(parse, "The Coast Guard cutter Bertholf seized cocaine off the coast of Panama.")
    assert got["Bertholf"][0] == "weapon_system", got
    got = _assets(parse, "The police found a box cutter Smith had hidden under the car seat.")
    assert "Smith" not in got, got


def test_a_craft_named_in_apposition_to_its_kind(parse):
    got = _assets(parse, "Finland launched the Polaris, a diesel-electric icebreaker, in 2016.")
    assert got["Polaris"][0] == "ship", got
    got = _assets(
        parse, "China's second polar icebreaker, the Xue Long 2, sailed from Shanghai for the pole."
    )
    assert got["Xue Long 2"][0] == "ship", got
    got = _assets(parse, "The Ocean Star, a fishing vessel from Busan, sank with 30 crew.")
    assert got["Ocean Star"][0] == "ship", got
    got = _assets(parse, "The speaker told a joke as an icebreaker before the talks in Geneva.")
    assert "ship" not in _types(got), got


def test_an_army_s_headquarters_struck_not_one_speaking(parse):
    got = _assets(
        parse, "Suicide bombers attacked the army headquarters in Mogadishu, killing nine."
    )
    assert got["army headquarters in Mogadishu"][0] == "headquarters", got
    got = _assets(
        parse, "A shell hit the headquarters of the Sudanese army in Khartoum on Tuesday."
    )
    assert got["headquarters of the Sudanese army"][0] == "headquarters", got
    assert _near(got["headquarters of the Sudanese army"][1], 32.53, 15.55), got
    got = _assets(parse, "The headquarters of the army said the border was calm.")
    assert "headquarters" not in _types(got), got
    got = _assets(parse, "Police raided the headquarters of the opposition party in Kampala.")
    assert "headquarters" not in _types(got), got
