"""Armed men described by their country are not its state: "Somali gunmen", "Afghan
insurgents" often fight the very state their adjective names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        (
            "Somali gunmen attacked a hotel in Mogadishu on Sunday, killing 12 people.",
            "Somali gunmen",
            "Somalia",
        ),
        (
            "Afghan insurgents attacked a police post in Helmand province overnight.",
            "Afghan insurgents",
            "Afghanistan",
        ),
        (
            "Iraqi insurgents ambushed a US convoy near Fallujah.",
            "Iraqi insurgents",
            "Iraq",
        ),
        (
            "Nigerian militants kidnapped four oil workers in the Niger Delta.",
            "Nigerian militants",
            "Nigeria",
        ),
        # a group the lexicon knows keeps its name, without the state
        ("Pakistani Taliban militants attacked a school in Peshawar.", "Taliban", "Pakistan"),
    ],
)
def test_armed_men_of_a_country_are_not_its_state(parse, text, actor, not_actor):
    events = parse(text).events
    assert events, text
    actors = {a for e in events for a in e.actors}
    assert actor in actors and not_actor not in actors, actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a state's forces and aircraft still stand for it
        ("Pakistani troops shelled Indian positions across the Line of Control.", "Pakistan"),
        ("Russian bombers struck targets near Idlib.", "Russia"),
    ],
)
def test_a_states_forces_still_stand_for_it(parse, text, actor):
    assert actor in {a for e in parse(text).events for a in e.actors}
