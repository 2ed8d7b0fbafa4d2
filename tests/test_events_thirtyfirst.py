"""Wrong events of the thirteenth fresh batch and the known ones of the last stops, as kinds
(eventsq31).

The sentences here are of other wars, places and decades than the batch's stories; events are
found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    ("text", "etype", "person", "state"),
    [
        (
            "Bissau\n\nSoldiers killed Guinea-Bissau's President Joao Bernardo Vieira at his"
            " home in Bissau on Monday.\n",
            "attack",
            "Joao Bernardo Vieira",
            "Guinea-Bissau",
        ),
        (
            "Bissau\n\nGuinea-Bissau's President Joao Bernardo Vieira was killed in an attack"
            " on his residence on Monday.\n",
            "attack",
            "Joao Bernardo Vieira",
            "Guinea-Bissau",
        ),
        (
            "Beirut\n\nThe bomb killed Lebanon's former President Rene Moawad in Beirut.\n",
            "bombing",
            "Rene Moawad",
            "Lebanon",
        ),
        (
            "Moscow\n\nThe blast came after the killing of the Russian general Igor Kirillov by"
            " a bomb in Moscow on Tuesday.\n",
            "attack",
            "Igor Kirillov",
            "Russia",
        ),
    ],
)
def test_a_head_of_state_or_general_struck_is_the_person(read, text, etype, person, state):
    """ "Guinea-Bissau's President X", "the Russian general X", "his residence" after him:
    killed, the office holder is the one struck, not the state that names him."""
    ev = one_event(read, text, etype)
    assert person in ev.targets
    assert state not in ev.targets


def test_soldiers_struck_stay_their_side(read):
    """ "Two Israeli soldiers were killed": soldiers act and fall for their side."""
    text = "Hebron\n\nTwo Israeli soldiers were killed in an attack near Hebron on Monday.\n"
    assert "Israel" in one_event(read, text, "attack").targets


@pytest.mark.parametrize(
    "text",
    [
        "Kandahar\n\nGunmen stormed the governor's residence in Kandahar on Monday.\n",
        "Abeche\n\nRebels stormed the army barracks in Abeche on Sunday.\n",
    ],
)
def test_a_building_stormed_is_an_attack(read, text):
    """Storming a residence or barracks is an attack on it; no border is crossed."""
    assert events_of(read, text, "incursion") == []
    assert len(events_of(read, text, "attack")) == 1


def test_a_town_stormed_into_stays_an_incursion(read):
    text = "Gori\n\nRussian troops stormed into the Georgian town of Gori on Tuesday.\n"
    assert len(events_of(read, text, "incursion")) == 1
