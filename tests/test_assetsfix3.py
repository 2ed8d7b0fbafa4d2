"""Assets of assetsfix3: a building broken into, burst into or ransacked is struck; research
ships named after an agency's or their kind's prefix; jetties and piers as a kind; a weapon's
operator told after it by "of" a state's armed service, or by the service's name right before
it. The stories are invented, of other lands and decades than the batches tell; the real spaCy
pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def _types(got: dict) -> set[str]:
    return {t for t, _, _ in got.values()}


def test_a_building_broken_into_or_ransacked_is_struck(parse):
    got = _assets(parse, "Thieves broke into the National Museum in Kabul and took gold coins.")
    assert got["National Museum in Kabul"][0] == "museum", got
    assert _near(got["National Museum in Kabul"][1], 69.17, 34.53), got
    got = _assets(parse, "The police station in Kumasi was broken into and rifles were taken.")
    assert got["police station in Kumasi"][0] == "police_station", got
    got = _assets(parse, "Looters ransacked the museum in Mosul after the army withdrew in 2003.")
    assert got["museum in Mosul"][0] == "museum", got
    # the network inside it, a figure of trade, another thing ransacked: no target
    got = _assets(parse, "Hackers broke into the email system of the museum in Leiden.")
    assert "museum" not in _types(got), got
    got = _assets(parse, "Samsung broke into the Indian market in 1995 with cheap phones.")
    assert "market" not in _types(got), got
    got = _assets(
        parse, "The historian ransacked the archives for letters about the school in Lahore."
    )
    assert "school" not in _types(got), got


def test_research_ships_named_after_an_agency_s_prefix(parse):
    got = _assets(parse, "The NOAA Ship Okeanos Explorer mapped the seafloor off Puerto Rico.")
    assert got["NOAA Ship Okeanos Explorer"] == ("ship", None, []), got
    got = _assets(
        parse, "The R/V Atlantis carried the submersible Alvin to the Gulf of California."
    )
    assert got["R/V Atlantis"][0] == "ship", got
    got = _assets(parse, "A NOAA Ship Operations office in Norfolk manages the fleet's crews.")
    assert "ship" not in _types(got), got
    got = _assets(
        parse, "The RV Sunday market sells boats and fishing gear by the coast near Brest."
    )
    assert "ship" not in _types(got), got


def test_jetties_and_piers_are_a_kind(parse):
    got = _assets(parse, "Fishermen landed their catch at the Malpe fishing jetty in Karnataka.")
    assert got["Malpe fishing jetty"][0] == "jetty", got
    assert _near(got["Malpe fishing jetty"][1], 74.70, 13.35), got
    got = _assets(parse, "Dockers on strike blocked the Gdynia pier where the grain ships load.")
    assert got["Gdynia pier"][0] == "jetty", got
    got = _assets(parse, "The Jetty server was patched after hackers found a flaw in it.")
    assert "jetty" not in _types(got), got
    got = _assets(
        parse, "The company's chief executive, Anna Pier, said profits had doubled in Rotterdam."
    )
    assert "jetty" not in _types(got), got


def test_a_weapon_s_operator_told_by_its_service(parse):
    got = _assets(
        parse, "Swedish jets met a KC-135 aircraft of the US Air Force above the North Sea."
    )
    assert got["KC-135 aircraft"][2] == ["United States"], got
    got = _assets(parse, "A Tu-160 bomber of Russia's air force flew over the Norwegian Sea.")
    assert got["Tu-160 bomber"][2] == ["Russia"], got
    got = _assets(parse, "Two Chinese J-15 fighters shadowed the US Navy EP-3E Aries near Hainan.")
    assert got["EP-3E Aries"][2] == ["United States"], got
    # a kind, a fleet, a body of no state: no operator
    got = _assets(
        parse, "The museum shows a model of the F-14 fighter of the kind flown by Iran's air force."
    )
    assert got["F-14 fighter"][2] == [], got
    got = _assets(parse, "The MiG-29 fighter of a rebel militia was shot down near Sirte.")
    assert got["MiG-29 fighter"][2] == [], got


def test_a_broadcaster_s_offices_struck_are_a_building_of_their_own(parse):
    got = _assets(
        parse, "A bomb exploded in the lobby of the NTV TV tower in Kampala, wrecking its newsroom."
    )
    assert got["NTV TV tower"][0] == "broadcaster_building", got
    assert _near(got["NTV TV tower"][1], 32.58, 0.32), got
    # a channel named for another town: never drawn at the channel's town
    got = _assets(
        parse, "Protesters torched the Mombasa TV tower in Nairobi, the channel's head office."
    )
    assert got["Mombasa TV tower"][0] == "broadcaster_building", got
    assert not _near(got["Mombasa TV tower"][1], 39.66, -4.05), got
    # offices with no blow, and a town's own mast, as before
    got = _assets(parse, "Staff at the BTV TV tower in Dhaka held a meeting about pay on Friday.")
    assert got == {}, got
    got = _assets(
        parse, "Shelling hit the Kharkiv TV tower and its antenna toppled, cutting the signal."
    )
    assert got["Kharkiv TV tower"][0] == "broadcast_tower", got
