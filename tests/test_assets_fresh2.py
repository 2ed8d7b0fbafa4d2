"""Assets as the second fresh batch writes them (benchmarks/data/assets_fresh2), on sentences
with other names than that batch's: a base named after its kind, a short sentence of capitalised
names that is no headline, canals, radars and arms factories, a pronoun's owner that is where
the sites are, one aircraft under two words, a model number listed beside other weapons."""

from __future__ import annotations

import pytest

from explorer.model import great_circle_km


def _km(geometry: dict, lat: float, lon: float) -> float:
    x, y = geometry["coordinates"]
    return great_circle_km(y, x, lat, lon)


def _sites(result) -> list:
    return [a for a in result.assets if a.type != "weapon_system"]


def test_a_short_sentence_with_a_lower_case_verb_is_no_headline(parse):
    (asset,) = _sites(parse("The US Navy's Rota Naval Station is in Spain."))
    assert asset.name == "Rota Naval Station" and asset.type == "base"


def test_a_headline_still_names_no_site_by_its_case(parse):
    assert _sites(parse("Russia Opens New Arctic Air Base")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marines were flown to Joint Base Lewis-McChord near Tacoma.", "Joint Base Lewis-McChord"),
        (
            "Italian officials said drones would fly from Naval Air Station Sigonella in Sicily.",
            "Naval Air Station Sigonella",
        ),
    ],
)
def test_a_base_named_after_its_kind_is_named_whole(parse, text, name):
    (asset,) = _sites(parse(text))
    assert asset.name == name and asset.type == "base"


def test_a_base_named_after_its_kind_is_placed_at_the_town_that_is_its_name(parse):
    (asset,) = _sites(parse("The destroyer returned to Naval Station Norfolk on Friday."))
    assert asset.name == "Naval Station Norfolk"
    assert asset.geometry is not None and _km(asset.geometry, 36.85, -76.29) < 15


def test_a_town_that_is_part_of_a_base_s_hyphenated_name_does_not_place_it(parse):
    # "Elmendorf-Richardson" is no Richardson, Texas: a town inside the name places nothing
    (asset,) = _sites(parse("Airmen at Joint Base Langley-Eustis were put on alert."))
    assert asset.name == "Joint Base Langley-Eustis" and asset.geometry is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kiel Canal was closed after a ship hit a lock gate.", "Kiel Canal"),
        (
            "Ships queued at the entrance to the Corinth Canal, Greek officials said.",
            "Corinth Canal",
        ),
    ],
)
def test_a_canal_is_a_site(parse, text, name):
    (asset,) = _sites(parse(text))
    assert asset.name == name and asset.type == "canal"


def test_a_canal_is_a_line_not_drawn_at_the_town_in_its_name(parse):
    (asset,) = _sites(parse("The Manchester Ship Canal was closed for repairs."))
    assert asset.type == "canal" and asset.geometry is None


def test_a_curated_waterway_dug_as_a_canal_is_an_asset_where_it_is(parse):
    (asset,) = _sites(parse("A tanker ran aground in the Suez Canal on Tuesday."))
    assert asset.type == "canal" and asset.gazetteer_id == "curated:suez_canal"
    assert asset.geometry is not None and _km(asset.geometry, 30.5, 32.35) < 100


@pytest.mark.parametrize(
    "text",
    [
        "The Suez Canal Authority raised its fees for large ships.",
        "The Kiel Canal Authority said repairs would take a month.",
    ],
)
def test_a_canal_s_authority_is_no_canal(parse, text):
    assert _sites(parse(text)) == []


def test_a_radar_at_a_town_is_a_site_there(parse):
    (asset,) = _sites(parse("The radar at Gabala in Azerbaijan was leased to Russia until 2012."))
    assert asset.type == "radar"
    assert asset.geometry is not None and _km(asset.geometry, 40.98, 47.85) < 20


def test_a_town_glued_to_a_model_s_code_is_no_radar_s_place(parse):
    # "Voronezh-M" is a model of radar, not the city of Voronezh
    assert _sites(parse("The army switched on its new Voronezh-M radar.")) == []


def test_an_arms_factory_is_a_site_at_its_town(parse):
    (asset,) = _sites(
        parse("A blast hit the Nammo ammunition plant in Raufoss, Norway, on Tuesday.")
    )
    assert asset.name == "Nammo ammunition plant" and asset.type == "factory"
    assert asset.geometry is not None and _km(asset.geometry, 60.73, 10.61) < 10


def test_a_pronoun_s_owner_is_not_the_country_the_sites_are_in(parse):
    result = parse(
        "Barrick has two gold mines in western Mali. Gunmen attacked its Loulo gold mine."
    )
    (asset,) = _sites(result)
    assert asset.name == "Loulo gold mine" and asset.operators == []


def test_a_pronoun_s_owner_that_is_the_subject_is_still_the_operator(parse):
    (asset,) = _sites(parse("Mali said on Monday that gunmen had attacked its Sadiola gold mine."))
    assert asset.operators == ["Mali"]


def test_one_aircraft_under_two_words_is_one_asset(parse):
    result = parse(
        "Vietnam bought Su-30MK2 fighters in 2004. Pilots flew the Su-30MK2 jets over Hanoi."
    )
    weapons = [a for a in result.assets if a.type == "weapon_system"]
    assert len(weapons) == 1 and weapons[0].operators == ["Vietnam"]


def test_a_model_listed_beside_other_weapons_is_a_weapon(parse):
    names = {a.name for a in parse("The depot held S-8 rockets and Kh-29 missiles.").assets}
    assert names == {"S-8 rocket", "Kh-29 missile"}


def test_a_civilian_rocket_with_a_missile_word_as_a_modifier_is_no_weapon(parse):
    result = parse("SpaceX launched a Falcon 9 rocket carrying a missile-warning satellite.")
    assert result.assets == []


@pytest.mark.parametrize(
    "text",
    [
        "Aid ships unloaded grain at Port Sudan on Monday.",
        "Police in Canal Fulton arrested two men on Friday.",
        "Congress debated the Base Closure and Realignment round of 2005.",
    ],
)
def test_a_town_or_title_that_begins_with_a_kind_s_word_is_no_site(parse, text):
    assert [a.name for a in _sites(parse(text))] == []
