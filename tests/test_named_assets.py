"""Sites and weapons no curated entry lists, found by the form of their names in real-world
wording: placed at the town their name carries, never at a namesake's or a country's middle."""

from __future__ import annotations

import pytest

from explorer.model import great_circle_km


def _assets(parse, text: str) -> dict[str, object]:
    return {a.name: a for a in parse(text).assets}


def _km(geometry: dict, lat: float, lon: float) -> float:
    x, y = geometry["coordinates"]
    return great_circle_km(y, x, lat, lon)


@pytest.mark.parametrize(
    ("text", "name", "kind", "lat", "lon"),
    [
        # a town's name before the head: placed at the town
        (
            "Ukrainian drones struck the Saky air base in Crimea on Tuesday, Russian officials "
            "said.",
            "Saky air base",
            "base",
            45.13,
            33.60,
        ),
        (
            "A truck bomb damaged the Kerch bridge linking Crimea to Russia.",
            "Kerch bridge",
            "bridge",
            45.36,
            36.47,
        ),
        (
            "Russian troops seized the Chernobyl nuclear plant on the first day of the invasion.",
            "Chernobyl nuclear plant",
            "power_plant",
            51.27,
            30.22,
        ),
        # the head, then "of" or "at" and a town
        (
            "Saudi-led coalition jets bombed the port of Hodeidah, the main entry point for aid.",
            "port of Hodeidah",
            "port",
            14.80,
            42.95,
        ),
        (
            "China is building a deep-water port at Gwadar in Pakistan's Balochistan province.",
            "port at Gwadar",
            "port",
            25.12,
            62.33,
        ),
    ],
)
def test_a_site_is_placed_at_the_town_it_is_named_for(parse, text, name, kind, lat, lon):
    found = _assets(parse, text)
    assert name in found, found
    asset = found[name]
    assert asset.type == kind
    assert asset.geometry is not None and _km(asset.geometry, lat, lon) < 25
    assert asset.evidence and text[asset.evidence[0].start : asset.evidence[0].end] == text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Egypt and Sudan have long opposed Ethiopia's filling of the Grand Ethiopian "
            "Renaissance Dam on the Blue Nile.",
            "Grand Ethiopian Renaissance Dam",
            "dam",
        ),
        (
            "US forces handed Bagram Air Base to the Afghan army in July 2021.",
            "Bagram Air Base",
            "base",
        ),
        (
            "A spokesman at Vandenberg Air Force Base in California said it was no missile.",
            "Vandenberg Air Force Base",
            "base",
        ),
        # a count before the model is not part of its name
        ("Soldiers found 20 Sherman tanks in the war museum.", "Sherman tank", "weapon_system"),
        (
            "Hungary still receives Russian crude through the Druzhba pipeline.",
            "Druzhba pipeline",
            "pipeline",
        ),
        (
            "India test-fired an Agni-V missile from an island off Odisha.",
            "Agni-V missile",
            "weapon_system",
        ),
        (
            "Russian forces fired Kh-101 cruise missiles at Kyiv overnight.",
            "Kh-101 missile",
            "weapon_system",
        ),
        (
            "Chinese J-20 stealth fighters flew near Taiwan on Sunday.",
            "J-20 fighter",
            "weapon_system",
        ),
        (
            "Syrian rebels used TOW missiles against government tanks near Aleppo.",
            "TOW missile",
            "weapon_system",
        ),
    ],
)
def test_a_site_or_weapon_no_entry_lists_is_found_by_its_name(parse, text, name, kind):
    found = _assets(parse, text)
    assert name in found, found
    assert found[name].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Republican base is energised by the rally in Des Moines.",
        "Wagner fighters seized the town of Soledar, Russian officials said.",
        "SpaceX launched a Falcon 9 rocket on Tuesday from Cape Canaveral.",
        "Amazon drones will deliver parcels in Seattle next year.",
        "The Smith Street bridge was closed for repairs on Monday.",
        "The report was a gold mine for investigators.",
        "Israeli jets struck Hezbollah positions near Tyre.",
        "Kurdish fighters pushed into the town with US air support.",
        "Russian Missiles Hit Power Plant In Western Ukraine",
    ],
)
def test_ordinary_words_name_no_asset(parse, text):
    assert parse(text).assets == []


def test_an_owner_is_not_part_of_the_name_and_a_verb_on_something_else_is_no_role(parse):
    found = _assets(parse, "Drones struck the Russian Engels air base on Monday, the army said.")
    assert "Engels air base" in found, found
    # crude, not the pipeline, is what Hungary receives
    found = _assets(parse, "Hungary still receives Russian crude through the Druzhba pipeline.")
    assert found["Druzhba pipeline"].operators == []
    assert found["Druzhba pipeline"].geometry is None
    # the builder of a port named by its town
    found = _assets(parse, "China is building a deep-water port at Gwadar in Pakistan.")
    assert found["port at Gwadar"].operators == ["China"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the head written two ways
        (
            "Drones hit the Saky air base overnight. Satellite images showed three jets "
            "destroyed at the Saky airbase, Ukrainian officials said.",
            "Saky air base",
        ),
        # the town written two ways: the site is known by the town's gazetteer entry
        (
            "Cargo volumes at the Port of Los Angeles fell in May. Dockworkers at the L.A. "
            "port voted to strike on Monday.",
            "Port of Los Angeles",
        ),
    ],
)
def test_one_site_written_two_ways_is_one_asset_with_both_excerpts(parse, text, name):
    assets = parse(text).assets
    assert [a.name for a in assets] == [name]
    assert len(assets[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "Russian forces fired Kh-101 cruise missiles at Kyiv overnight.",
            "Kh-101 missile",
            {("Russia", "operator")},
        ),
        (
            "Azerbaijani forces used Israeli-made Harop drones in the Karabakh war.",
            "Harop drone",
            {("Israel", "builder"), ("Azerbaijan", "operator")},
        ),
        # a relative clause: who supplied them and who used them
        (
            "Iran supplied Shahed drones that Russia used against Ukraine's power grid.",
            "Shahed-136",
            {("Iran", "supplier"), ("Russia", "operator")},
        ),
    ],
)
def test_who_makes_fires_or_uses_a_weapon(parse, text, name, roles):
    ex = parse(text)
    asset = next(a for a in ex.assets if a.name == name)
    assert set(ex.asset_roles[asset.id]) == roles


def test_a_site_is_not_fired_or_used_by_whoever_looks_at_it(parse):
    ex = parse("Analysts used satellite images of the Saky air base to count the jets destroyed.")
    asset = next(a for a in ex.assets if a.name == "Saky air base")
    assert ex.asset_roles[asset.id] == [] and asset.operators == []
