"""Assets of assetsq27: palaces, police stations, schools, markets and museums struck in
attacks are kinds of asset, as hotels are; chemical and army depots are depots by name; an
aircraft's model written alone in a sentence of flight is the craft; a merchant, research or
fishing ship named after its kind's word is a ship, with a number that closes its name; a
sentence's first word, an adjective, is no site's name. The stories are written here about
other lands, towns and craft than the batch tells; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def _types(got: dict) -> set[str]:
    return {t for t, _, _ in got.values()}


def test_a_palace_struck_not_a_palace_speaking_or_a_team(parse):
    got = _assets(parse, "Rebels fired rockets at the presidential palace in Mogadishu.")
    assert got["presidential palace in Mogadishu"][0] == "palace", got
    assert _near(got["presidential palace in Mogadishu"][1], 45.34, 2.04), got
    got = _assets(parse, "The palace said on Monday that the king would visit Canada.")
    assert "palace" not in _types(got), got
    got = _assets(parse, "Crystal Palace beat Fulham 2-1 at Selhurst Park on Saturday.")
    assert "palace" not in _types(got), got


def test_police_stations_schools_markets_and_museums_struck(parse):
    got = _assets(
        parse, "Militants attacked a police station in Quetta with grenades, killing four."
    )
    assert got["police station in Quetta"][0] == "police_station", got
    assert _near(got["police station in Quetta"][1], 67.0, 30.19), got
    got = _assets(
        parse, "A suicide bomber blew himself up in a crowded market in Maiduguri, killing 20."
    )
    assert got["market in Maiduguri"][0] == "market", got
    got = _assets(parse, "Looters ransacked and looted the museum in Kherson in November 2022.")
    assert "museum" in _types(got), got
    # a schooling, a trade, an outing: no target
    got = _assets(parse, "She went to school in Bristol before studying law in London.")
    assert "school" not in _types(got), got
    got = _assets(parse, "The market in Lagos fell sharply after the central bank raised rates.")
    assert "market" not in _types(got), got
    got = _assets(parse, "The delegates toured the Imperial War Museum in London after the talks.")
    assert "museum" not in _types(got), got


def test_chemical_and_army_depots_by_name(parse):
    got = _assets(
        parse,
        "The Army finished destroying the mustard agent stored at the Pueblo Chemical Depot "
        "in Colorado.",
    )
    assert got["Pueblo Chemical Depot"][0] == "depot", got
    got = _assets(parse, "The bus depot in Leeds closed for a day after a fire in its workshop.")
    assert "depot" not in _types(got), got


def test_an_aircraft_s_model_alone_in_a_sentence_of_flight(parse):
    got = _assets(
        parse,
        "A Chinese J-11 intercepted an American P-8 Poseidon over the South China Sea on "
        "Thursday, the Pentagon said, and the patrol plane flew on.",
    )
    assert got["J-11"][0] == "weapon_system", got
    assert got["P-8 Poseidon"][0] == "weapon_system", got
    got = _assets(
        parse, "The pilot ejected safely before the F-16 crashed into a field near Valencia."
    )
    assert "F-16" in got, got
    # a summit's, a visa's and a flight's numbers are no aircraft
    got = _assets(
        parse, "The H-1B visa programme lets firms hire engineers, and the jet maker uses it."
    )
    assert not got, got
    got = _assets(
        parse, "Flight MH-17 took off from Amsterdam; the plane was shot down hours later."
    )
    assert "MH-17" not in got, got


def test_merchant_ships_named_after_their_kind_s_word(parse):
    got = _assets(
        parse, "Iranian commandos seized the tanker Stena Impero in the Strait of Hormuz in 2019."
    )
    assert got["Stena Impero"][0] == "ship", got
    got = _assets(parse, "Somali pirates hijacked the bulk carrier Iceberg 1 off Aden in 2010.")
    assert got["Iceberg 1"][0] == "ship", got
    # a firm's trade, a country and a speaker after a comma name no ship
    got = _assets(parse, "The tanker company Frontline said its ships would avoid the Red Sea.")
    assert "ship" not in _types(got), got
    got = _assets(parse, "The tanker, Reuters reported, was carrying crude oil to Rotterdam.")
    assert "ship" not in _types(got), got


def test_a_prefixed_ship_s_closing_number_not_a_crew_s_count(parse):
    got = _assets(parse, "Pirates seized the MT Bright Star 3 off the coast of Benin in 2012.")
    assert "MT Bright Star 3" in got, got
    got = _assets(
        parse, "The MV Blue Pearl 20 crew members were freed after pirates left the ship."
    )
    assert "MV Blue Pearl" in got, got


def test_a_first_adjective_is_no_site_s_name(parse):
    got = _assets(
        parse, "Local mosques stay shut until the siege of the town by gunmen ends, police said."
    )
    assert "place_of_worship" not in _types(got), got
    got = _assets(parse, "Nearby mosques were bombed by militants on Friday.")
    assert "place_of_worship" not in _types(got), got


def test_a_title_s_town_site_is_the_body_s_one_site_of_its_kind(parse):
    got = _assets(
        parse,
        "Gunmen storm Ouagadougou hotel\n\nGunmen stormed the Splendid hotel in Ouagadougou "
        "in January 2016 and held guests hostage for hours.",
    )
    assert [n for n, v in got.items() if v[0] == "hotel"] == ["Splendid hotel"], got
    # the body's one market drawn far from the title's town is another
    got = _assets(
        parse,
        "Blast at Karachi market\n\nA bomb exploded at a market in Hyderabad on Sunday, "
        "killing three, police said.",
    )
    assert len([n for n, v in got.items() if v[0] == "market"]) == 2, got


def test_a_building_set_on_fire_is_struck(parse):
    got = _assets(parse, "Rioters set fire to the Grand hotel in Lome on Tuesday night.")
    assert got["Grand hotel"][0] == "hotel", got
    got = _assets(
        parse, "The parliament building in Bishkek was set on fire by protesters in October 2020."
    )
    assert "parliament" in _types(got), got
    # a campaign set on fire, a stage at a hotel: the building is not what burns
    got = _assets(parse, "His speech at a hotel in Cairo set the campaign on fire, his aides said.")
    assert "hotel" not in _types(got), got
    got = _assets(
        parse, "The singer set fire to the stage at the Sheraton hotel in Doha with her songs."
    )
    assert "hotel" not in _types(got), got
