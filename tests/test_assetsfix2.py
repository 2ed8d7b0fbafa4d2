"""Assets of assetsfix2: "the X TV tower" that is a broadcaster's offices, no mast; an
airliner named by its maker and model in a sentence of one flight's fate; pyramids, heritage
and archaeological sites harmed. The stories are written here about other lands, towns and
sites than the batches tell; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def _types(got: dict) -> set[str]:
    return {t for t, _, _ in got.values()}


def test_a_broadcaster_s_offices_are_no_mast(parse):
    # a channel's letters, a sentence of offices: the broadcaster's building
    got = _assets(parse, "Police evacuated the ZDF TV tower in Frankfurt after a bomb threat.")
    assert "broadcast_tower" not in _types(got), got
    got = _assets(parse, "The newsroom of the Globo TV tower in Recife moved to its tenth floor.")
    assert "broadcast_tower" not in _types(got), got
    # a town's own mast, and a channel's mast told by a mast's words, as before
    got = _assets(parse, "Rockets struck the Vilnius TV tower on Tuesday night.")
    assert got["Vilnius TV tower"][0] == "broadcast_tower", got
    got = _assets(
        parse, "Ice brought down the WQAD TV tower near Moline, and the station went off the air."
    )
    assert got["WQAD TV tower"][0] == "broadcast_tower", got


def test_an_airliner_by_its_maker_and_model(parse):
    got = _assets(parse, "An Airbus A330 crashed into the sea off Brazil with 228 people on board.")
    assert got["Airbus A330"][0] == "aircraft", got
    assert got["Airbus A330"][1] is None and got["Airbus A330"][2] == [], got
    got = _assets(parse, "An Ilyushin Il-76 was shot down over Luhansk, killing all 49 on board.")
    assert got["Ilyushin Il-76"][0] == "aircraft", got
    # a type, a fleet, a model in a museum or a show: no one craft
    for text in (
        "The Boeing 747 changed air travel for a generation of tourists.",
        "Regulators grounded every Boeing 737 Max after the second crash.",
        "A model of an Airbus A380 stood in the museum's hall.",
        "Pilots praised the Airbus A350 at the air show in Farnborough.",
    ):
        got = _assets(parse, text)
        assert "aircraft" not in _types(got), (text, got)


def test_a_pyramid_or_an_archaeological_site_harmed(parse):
    got = _assets(parse, "Builders bulldozed a pyramid in Chiclayo to make room for a car park.")
    assert got["pyramid in Chiclayo"][0] == "heritage_site", got
    assert _near(got["pyramid in Chiclayo"][1], -79.85, -6.77), got
    got = _assets(parse, "Vandals destroyed part of an archaeological site in Oaxaca last week.")
    assert got["archaeological site in Oaxaca"][0] == "heritage_site", got
    # a scheme, a diet's or a festival's pyramid, a museum, a visit: no site harmed
    for text in (
        "Police arrested the founders of a pyramid scheme in Bogota.",
        "The food pyramid was dropped from the schools of Chile in 2011.",
        "Acrobats formed a human pyramid in Tarragona at the festival.",
        "A new archaeological site museum opened in Olympia on Sunday.",
        "Tourists climbed the pyramid at Chichen Itza before the ban.",
    ):
        got = _assets(parse, text)
        assert "heritage_site" not in _types(got), (text, got)


def test_a_title_s_adjective_is_kept(parse):
    got = _assets(parse, "A bomb exploded outside the Great Synagogue of Tunis on Friday.")
    assert got["Great Synagogue of Tunis"][0] == "place_of_worship", got
    assert _near(got["Great Synagogue of Tunis"][1], 10.17, 36.82), got
    got = _assets(parse, "Gunmen attacked the Old Mosque of Kano after the evening prayer.")
    assert "Old Mosque of Kano" in got, got


def test_one_site_under_two_names_in_apposition(parse):
    got = _assets(parse, "Shells hit the Al-Nuri mosque, a mosque in Mosul, during the battle.")
    assert _near(got["Al-Nuri mosque"][1], 43.12, 36.34), got
    assert len([n for n, v in got.items() if v[0] == "place_of_worship"]) == 1, got
