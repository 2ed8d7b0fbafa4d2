"""Wrong events a reviewer found in the thirty-first pass's rules (review43), as kinds.

The sentences are the reviewer's own, of other wars, places and decades than the batches'
stories; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 20 October 2019."""
    return reader(geoparsing, "2019-10-20")


@pytest.mark.parametrize(
    "text",
    [
        "Santiago\n\nPolice fired tear gas into the crowd in Santiago on Saturday.\n",
        "Santiago\n\nPolice fired rubber bullets into crowds of protesters in Santiago on"
        " Saturday.\n",
    ],
)
def test_tear_gas_fired_into_a_crowd_is_no_attack(read, text):
    """Tear gas or rubber bullets fired into a crowd disperse it, as when fired at it."""
    assert events_of(read, text, "attack") == []


def test_troops_firing_into_a_crowd_stay_an_attack(read):
    """Without a word of crowd control, fire into a crowd is an attack on it."""
    text = "Beijing\n\nTroops fired into crowds of students in Beijing on Saturday.\n"
    assert places_of(read, text, "attack") == ["Beijing"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tuzla\n\nSerb gunners shelled refugees who had fled to Tuzla, killing 71 people on"
            " Thursday.\n",
            "Tuzla",
        ),
        (
            "Aleppo\n\nGovernment troops drove the rebels into the old city of Homs on Friday"
            " and shelled them there.\n",
            "Homs",
        ),
    ],
)
def test_a_flight_told_of_whom_it_brought_there_keeps_the_place(read, text, place):
    """ "refugees who had fled to Tuzla" are in Tuzla when shelled; rebels driven into a town
    are fighters pushed back, not people seeking refuge: the town is where it happened."""
    assert places_of(read, text, "bombardment") == [place]


def test_the_only_country_named_as_a_refuge_is_no_place(read):
    """Where villagers were driven to, the only country a story names, does not place the
    shelling that drove them there."""
    text = "Villagers flee\n\nArmy shelling drove 8,000 villagers into Turkey on Friday.\n"
    assert places_of(read, text, "bombardment") == [None]


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        (
            "Asmara\n\nEthiopian jets from Addis Ababa bombed Asmara airport on Friday.\n",
            "air_strike",
            "Asmara",
        ),
        (
            "Kinshasa\n\nRebel fighters from Goma attacked Bukavu on Wednesday.\n",
            "attack",
            "Bukavu",
        ),
        (
            "Warsaw\n\nRussian troops from Belarus attacked Chernobyl on Thursday.\n",
            "attack",
            None,
        ),
    ],
)
def test_where_the_doers_came_from_is_not_where_they_struck(read, text, etype, place):
    """ "jets from Addis Ababa", "troops from Belarus": the subject's home or base, neither
    in its sentence nor as the only country the story names."""
    assert places_of(read, text, etype) == [place]


def test_a_delegation_storming_out_of_talks_is_no_incursion(read):
    """To storm out (or off) is to leave in anger; to storm a town or into it stays one."""
    text = (
        "Paris\n\nThe Serbian delegation stormed out of the peace talks at Rambouillet on Friday.\n"
    )
    assert events_of(read, text, "incursion") == []
    text = "Baghdad\n\nAmerican troops stormed into Baghdad on Monday.\n"
    assert places_of(read, text, "incursion") == ["Baghdad"]


def test_people_pushed_across_a_border_are_no_incursion(read):
    """Forces that push people into a country drive them out; forces that push into it
    themselves invade it."""
    text = (
        "Pristina\n\nSerb forces pushed thousands of ethnic Albanians across the border into"
        " Albania on Friday.\n"
    )
    assert events_of(read, text, "incursion") == []
    text = "Tbilisi\n\nGeorgian forces pushed into South Ossetia on Friday.\n"
    assert places_of(read, text, "incursion") == ["South Ossetia"]
