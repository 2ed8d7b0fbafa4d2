"""Assets of assetsq26: hotels, shopping centres, houses of worship and parliament buildings
struck by attacks on people, camps of the displaced, and merchant ships named with their
prefix are kinds of asset; a capitalised "Church" after a faith's word is a denomination, no
building; a guest's hotel is no target; the verb of an attack places the named site it falls
on. The stories are written here about other lands, towns and sites than the batch tells; the
real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def _types(got: dict) -> set[str]:
    return {t for t, _, _ in got.values()}


def test_hotels_struck_not_met_in_or_slept_in(parse):
    got = _assets(
        parse,
        "Gunmen stormed the Radisson Blu hotel in Bamako in November 2015 and held 170 "
        "people hostage.",
    )
    assert got["Radisson Blu hotel"][0] == "hotel", got
    assert _near(got["Radisson Blu hotel"][1], -8.0, 12.65), got
    # a venue of talks, a guest's lodging: no target
    got = _assets(parse, "The two foreign ministers met at a hotel in Geneva on Tuesday.")
    assert "hotel" not in _types(got), got
    got = _assets(
        parse, "The general was shot dead outside his hotel in Benghazi by gunmen on motorbikes."
    )
    assert "hotel" not in _types(got), got


def test_the_attack_s_verb_places_a_named_target(parse):
    # the parser hangs "in Kabul" on the verb, not on the hotel
    got = _assets(parse, "Militants attacked the Serena hotel in Kabul, killing nine people.")
    assert got["Serena hotel"][0] == "hotel", got
    assert _near(got["Serena hotel"][1], 69.17, 34.53), got


def test_shopping_centres(parse):
    got = _assets(parse, "A bomb exploded in a shopping centre in Kampala, wounding eight people.")
    assert got["shopping centre in Kampala"][0] == "mall", got
    assert _near(got["shopping centre in Kampala"][1], 32.58, 0.32), got
    got = _assets(
        parse, "The new shopping centre in Leeds opened its doors to 40,000 visitors on Saturday."
    )
    assert "mall" not in _types(got), got


def test_houses_of_worship_and_denominations(parse):
    got = _assets(
        parse, "Gunmen attacked a church in Owo during Sunday mass, killing at least 40 people."
    )
    assert got["church in Owo"][0] == "place_of_worship", got
    assert _near(got["church in Owo"][1], 5.59, 7.2), got
    # a faith's word before a lower-case church is its kind, not its name
    got = _assets(parse, "Militants attacked a Catholic church in Lyon during mass.")
    assert got["church in Lyon"][0] == "place_of_worship", got
    assert _near(got["church in Lyon"][1], 4.85, 45.75), got
    # a capitalised Church after a faith's word is a body of believers
    got = _assets(parse, "Gunmen killed a priest, the Catholic Church in Nigeria said.")
    assert "place_of_worship" not in _types(got), got
    got = _assets(parse, "The couple married in a church in Bruges in June.")
    assert "place_of_worship" not in _types(got), got


def test_camps_of_the_displaced(parse):
    got = _assets(parse, "Drones struck a refugee camp in Tindouf, the aid agency said.")
    assert got["refugee camp in Tindouf"][0] == "camp", got
    got = _assets(
        parse, "Militants attacked the camp in the town of Goma, burning dozens of tents."
    )
    assert got["camp of Goma"][0] == "camp", got
    assert _near(got["camp of Goma"][1], 29.22, -1.67), got
    got = _assets(
        parse, "The army said it destroyed a rebel training camp in the forest near Beni."
    )
    assert "camp" not in _types(got), got


def test_parliament_buildings_stormed(parse):
    got = _assets(
        parse,
        "Protesters stormed the parliament building in Skopje in April 2017 and beat lawmakers.",
    )
    assert got["parliament building in Skopje"][0] == "parliament", got
    assert _near(got["parliament building in Skopje"][1], 21.43, 42.0), got
    got = _assets(
        parse, "Lawmakers met in the parliament building in Tallinn to vote on the budget."
    )
    assert "parliament" not in _types(got), got


def test_merchant_ships_of_a_prefix(parse):
    got = _assets(
        parse,
        "Pirates seized the MV Faina off the coast of Somalia in 2008, with its cargo of tanks.",
    )
    assert got["MV Faina"] == ("ship", None, []), got
    got = _assets(
        parse,
        "Divers reached the wreck of the M/S Jan Heweliusz, the ferry that sank in the Baltic "
        "Sea in 1993.",
    )
    assert got["M/S Jan Heweliusz"][0] == "ship", got
    # a motorcycle maker's letters, a society's: no ship
    got = _assets(parse, "MV Agusta's new motorcycle was shown in Milan.")
    assert "ship" not in _types(got), got
