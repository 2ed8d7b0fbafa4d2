"""Assets as fresh real news writes them (benchmarks/assets_fresh.py), on sentences with other
names than that batch's: a curated site under another word for its kind or another spelling is
that site, drawn where the curated layer puts it; a town the sentence's other places contradict
places no site; who took delivery of a weapon, and the agent of "operated by", "made by"."""

from __future__ import annotations

import pytest

from explorer.model import great_circle_km


def _km(geometry: dict, lat: float, lon: float) -> float:
    x, y = geometry["coordinates"]
    return great_circle_km(y, x, lat, lon)


@pytest.mark.parametrize(
    ("text", "gid", "lat", "lon"),
    [
        # another word for the kind: a power station, a nuclear plant, a reactor
        (
            "Iran's Bushehr nuclear power station was refuelled with Russian help in 2021.",
            "curated:bushehr_npp",
            28.83,
            50.89,
        ),
        (
            "Inspectors were again refused access to the Bushehr reactor on Friday.",
            "curated:bushehr_npp",
            28.83,
            50.89,
        ),
        (
            "The Zaporizhzhia nuclear power station lost its last power line overnight.",
            "curated:zaporizhzhia_npp",
            47.51,
            34.59,
        ),
        # another spelling the curated layer lists
        (
            "Shelling near the Zaporozhye nuclear power plant alarmed the agency on Monday.",
            "curated:zaporizhzhia_npp",
            47.51,
            34.59,
        ),
        (
            "Russian bombers flew from the Khmeimim air base near Latakia, monitors said.",
            "curated:hmeimim",
            35.40,
            35.95,
        ),
    ],
)
def test_a_curated_site_named_another_way_is_that_site_where_it_stands(parse, text, gid, lat, lon):
    (asset,) = [a for a in parse(text).assets if a.type != "weapon_system"]
    assert asset.gazetteer_id == gid
    assert asset.geometry is not None and _km(asset.geometry, lat, lon) < 10


def test_a_plant_known_by_two_names_in_one_text_is_one_asset(parse):
    text = (
        "The Bushehr Nuclear Power Plant resumed work on Sunday. Engineers said the Bushehr "
        "reactor had been idle for a month."
    )
    assets = parse(text).assets
    assert [a.gazetteer_id for a in assets] == ["curated:bushehr_npp"]
    assert len(assets[0].evidence) == 2


def test_another_kind_of_site_with_a_curated_name_is_not_that_site(parse):
    (asset,) = parse(
        "Iranian navy boats left the Bushehr port on Tuesday, state media reported."
    ).assets
    assert asset.type == "port" and asset.gazetteer_id != "curated:bushehr_npp"


@pytest.mark.parametrize(
    "text",
    [
        # GeoNames calls a village of Iran "Bagram"; the sentence is in Afghanistan
        "US troops handed over the Bagram military airport north of Kabul in July 2021.",
        "The Bagram air base in Afghanistan was the largest American base in the country.",
    ],
)
def test_a_town_the_sentence_places_in_another_country_places_no_site(parse, text):
    (asset,) = parse(text).assets
    assert asset.type == "base" and asset.name.startswith("Bagram")
    assert asset.geometry is None


def test_a_people_is_not_a_place_that_contradicts_the_town(parse):
    (asset,) = parse("Israeli jets struck the Hodeidah port on Sunday, the rebels said.").assets
    assert asset.type == "port"
    assert asset.geometry is not None and _km(asset.geometry, 14.80, 42.95) < 15


@pytest.mark.parametrize(
    ("text", "name", "actors"),
    [
        ("Egypt took delivery of the first Rafale jets from France in 2015.", "Rafale", {"Egypt"}),
        (
            "Residents of Odesa were woken by Shahed drones made by Iran, the governor said.",
            "Shahed-136",
            {"Iran"},
        ),
        (
            "The Mosul Dam, controlled by the Islamic State for ten days, was retaken in 2014.",
            "Mosul Dam",
            {"Islamic State"},
        ),
        (
            "Kurdish forces said that the Bai Hassan oil field, operated by Iraq since 2017, was "
            "shut in for the winter.",
            "Bai Hassan oil field",
            {"Iraq"},
        ),
    ],
)
def test_who_took_delivery_and_a_participle_s_agent_are_roles(parse, text, name, actors):
    assets = {a.name: a for a in parse(text).assets}
    assert set(assets[name].operators) == actors


def test_an_attacker_is_no_operator(parse):
    assets = parse(
        "Ukrainian drones struck the Afipsky refinery in the Krasnodar region, which is "
        "operated by a Russian firm, officials said."
    ).assets
    assert [a.operators for a in assets if a.type == "refinery"] == [[]]


def test_a_people_s_name_before_the_site_says_its_country(parse):
    (asset,) = parse(
        "The deal with Greece would let the Egyptians unload the cargo at the Egyptian port of "
        "Alexandria, an official said."
    ).assets
    assert asset.type == "port"
    assert asset.geometry is not None and _km(asset.geometry, 31.20, 29.92) < 15


def test_a_unit_s_number_is_not_a_curated_base_s_name(parse):
    assets = parse(
        "Polish pilots of the 102nd military base near Lublin held drills in May."
    ).assets
    assert "curated:gyumri_base" not in {a.gazetteer_id for a in assets if a.type == "base"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia keeps about 3,000 troops at its 102nd military base in Armenia.",
        "Soldiers of the 102nd military base in Gyumri held drills in May.",
    ],
)
def test_the_curated_unit_s_base_still_where_its_country_is_named(parse, text):
    assert "curated:gyumri_base" in {a.gazetteer_id for a in parse(text).assets}


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "Houthi rebels fired missiles at ships near the Red Sea port of Hodeidah on Friday.",
            14.80,
            42.95,
        ),
        ("Kazakhstan ships oil through the Caspian Sea port of Aktau.", 43.66, 51.17),
    ],
)
def test_a_sea_before_a_port_of_a_town_says_where_not_which(parse, text, lat, lon):
    (asset,) = [a for a in parse(text).assets if a.type == "port"]
    assert asset.geometry is not None and _km(asset.geometry, lat, lon) < 15


@pytest.mark.parametrize(
    ("text", "name", "actors"),
    [
        (
            "Chinese-built J-17 fighters were sold to Nigeria by Pakistan in 2021.",
            "J-17 fighter",
            {"China", "Pakistan"},
        ),
        (
            "The Aswan High Dam was built by the Soviet Union in the 1960s.",
            "Aswan High Dam",
            {"Soviet Union"},
        ),
        (
            "The Zaporizhzhia plant was shelled by Ukrainian forces, Russia said.",
            "Zaporizhzhia Nuclear Power Plant",
            set(),
        ),
    ],
)
def test_a_passive_verb_s_agent_has_its_role_and_an_attacker_none(parse, text, name, actors):
    assets = {a.name: a for a in parse(text).assets}
    assert set(assets[name].operators) == actors


def test_a_name_written_out_before_a_curated_short_name_is_one_asset(parse):
    assets = parse(
        "Romania ordered more High Mobility Artillery Rocket Systems (HIMARS) for its army."
    ).assets
    assert [a.name for a in assets] == ["HIMARS"]


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "Houthi forces attacked the Aden refinery with drones in 2023.",
            "Aden refinery",
            12.78,
            45.04,
        ),
        (
            "Ukrainian drones hit the Moscow refinery in Kapotnya overnight.",
            "Moscow refinery",
            55.75,
            37.62,
        ),
    ],
)
def test_a_town_that_also_names_a_side_is_a_site_s_name(parse, text, name, lat, lon):
    assets = {a.name: a for a in parse(text).assets}
    assert assets[name].geometry is not None and _km(assets[name].geometry, lat, lon) < 25
