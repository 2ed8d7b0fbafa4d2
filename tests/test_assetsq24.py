"""Assets of assetsq24: lighthouses, steel works, compressor stations, cement, hydrogen and
ammonia plants, gigafactories, grain silos and missile alert facilities are kinds of site; a
weapon's capitalised word inside a longer name names no weapon; a firm's name after "at" is no
town; "in" a state's name read at a small namesake town is the state; a name's small town in
another state than the one its article tells is not drawn; a possessive place's common word is
no name. The stories are written here about other lands, towns and sites than the batch tells;
the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def test_a_weapon_s_word_inside_a_site_s_name(parse):
    got = _assets(
        parse,
        "Crews of the Bravo-05 Missile Alert Facility in Montana keep watch over ten missiles "
        "around the clock.",
    )
    assert not any(t == "weapon_system" for t, _, _ in got.values()), got
    assert got["Bravo-05 Missile Alert Facility"][0] == "base", got
    # a model's capitalised noun before a time or a lower-case word still names the weapon
    got = _assets(parse, "The navy fired a Tomahawk Missile Tuesday at a radar site in Yemen.")
    assert got["Tomahawk missile"][0] == "weapon_system", got


def test_works_of_new_kinds(parse):
    got = _assets(
        parse,
        "The blast furnace at the Port Kembla Works was relit on Monday, BlueScope said, and "
        "steel output will rise.",
    )
    assert got["Port Kembla Works"][0] == "factory", got
    got = _assets(
        parse, "The Portovaya compressor station near Vyborg burned gas in a flare for months."
    )
    assert got["Portovaya compressor station"][0] == "compressor_station", got
    got = _assets(
        parse, "The minister laid the first stone of a cement works at Kribi, in Cameroon."
    )
    assert _near(got["cement works at Kribi"][1], 9.91, 2.94), got
    got = _assets(
        parse,
        "A green hydrogen plant at Puertollano, in Spain, began feeding a fertiliser factory "
        "in 2022.",
    )
    assert got["hydrogen plant at Puertollano"][0] == "factory", got
    got = _assets(
        parse, "The grain elevator in Thunder Bay loads ships bound for the St. Lawrence."
    )
    assert got["grain elevator in Thunder Bay"][0] == "silo", got
    got = _assets(
        parse,
        "A light station on the coast of Norway, at Lindesnes, has been turned into a museum. "
        "The Eddystone lighthouse off Plymouth was rebuilt in 1882.",
    )
    assert got["Eddystone lighthouse"][0] == "lighthouse", got
    # works in other senses: an art show's, a public body's, a fridge's compressor
    got = _assets(
        parse,
        "The Gary Works of the school's art department showed paintings by pupils in "
        "Indiana.\n\nThe Public Works Department in Accra said the road would reopen.\n\n"
        "The Kiev compressor station of the fridge factory was upgraded, the manual says.",
    )
    assert not got, got


def test_a_firm_s_name_after_at_is_no_town(parse):
    got = _assets(
        parse,
        "A grain silo at Dayton Valley Grain Co-op in Greenville, Ohio, collapsed on Sunday.",
    )
    (name,) = got
    assert "Greenville" in name and _near(got[name][1], -84.63, 40.10), got


def test_a_state_s_small_namesake_and_a_town_of_another_state(parse):
    got = _assets(parse, "Panasonic builds a battery plant in Oregon")
    assert got["battery plant in Oregon"][1] is None, got  # the state, listed
    got = _assets(parse, "A battery plant in Oregon, Ohio, will hire 400 people.")
    assert _near(got["battery plant in Oregon"][1], -83.49, 41.64), got
    got = _assets(
        parse,
        "HARRISBURG, Pennsylvania. The state regulators met on Monday. The Kearny compressor "
        "station leaked gas on Tuesday, the company said.",
    )
    assert got["Kearny compressor station"][1] is None, got  # not a Kearny of another state


def test_a_possessive_place_s_common_word_is_no_name(parse):
    got = _assets(
        parse, "Workers repainted the Peggy's Cove lighthouse in Nova Scotia last summer."
    )
    assert "Cove lighthouse" not in got, got
    got = _assets(parse, "Rebels shelled the Martha's Vineyard airport on Monday.")
    assert "Vineyard airport" not in got, got
    got = _assets(parse, "The Peggy's Cove radar station was built in 1942.")
    assert "Cove radar station" not in got, got
