"""A bomb attack told by the verb "bomb" with an armed group as its subject and a building as
its object, and a hijacking of a ship, a plane or a bus: found as events, with their authors,
while a state's bombing (an air strike or shelling), a film that "bombed" and a debate
"hijacked" are not these events. On the real geoparser, lexicon and spaCy model."""

from __future__ import annotations

import pytest


def _events(parse, text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, e.actors) for e in parse(text).events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ETA bombed a barracks in Madrid.", "ETA"),
        ("Militants bombed a police station in Peshawar on Monday.", "militants"),
        ("The IRA bombed a pub in Birmingham in 1974.", "Irish Republican Army (IRA)"),
    ],
)
def test_a_group_that_bombed_a_building_made_a_bomb_attack(parse, text, actor):
    assert ("bombing", [actor]) in _events(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel bombed a school in Gaza on Friday.",  # a state's: from the air or by shells
        "NATO bombed the Chinese embassy in Belgrade.",
        "The film bombed at the box office.",
    ],
)
def test_no_bomb_attack_by_a_state_or_a_flop(parse, text):
    assert not [t for t, _ in _events(parse, text) if t == "bombing"]


def test_aircraft_that_bombed_a_building_made_an_air_strike(parse):
    assert _events(parse, "US warplanes bombed a hospital in Kunduz.") == [
        ("air_strike", ["United States"])
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Somali pirates hijacked a ship off the coast of Somalia.", "Somali pirates"),
        ("Gunmen hijacked a bus near Quetta on Tuesday.", "gunmen"),
        ("The 1985 hijacking of TWA Flight 847 by Hezbollah gunmen lasted 17 days.", "Hezbollah"),
    ],
)
def test_a_hijacking_of_a_vehicle(parse, text, actor):
    got = _events(parse, text)
    assert ("hijacking", [actor]) in got, got
    # pirates of a country are not its state
    assert not any("Somalia" in actors for _, actors in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Critics accused the party of hijacking the debate.",
        "Hackers hijacked the account of the minister.",
    ],
)
def test_a_hijacked_debate_is_no_hijacking(parse, text):
    assert not [t for t, _ in _events(parse, text) if t == "hijacking"]
