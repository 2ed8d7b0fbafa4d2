"""The lead's mend of stop 41: drones on or under the water are craft at sea, not the aircraft
whose attack eventsfix46 reads as an air strike ("Ukrainian sea drones attacked the port" is an
attack; "Ukrainian drones attacked the port" an air strike). Fails on main 22a32529."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-08-03")


def test_sea_drones_attack_and_air_drones_strike(read) -> None:
    for text in (
        "Ukrainian sea drones attacked the port of Novorossiysk on Saturday.",
        "Naval drones attacked a Russian landing ship near Feodosia.",
        "Underwater drones attacked the bridge at dawn, officials said.",
    ):
        assert events_of(read, text, "air_strike") == [], text
        assert len(events_of(read, text, "attack")) == 1, text
    for text in (
        "Ukrainian drones attacked the port of Novorossiysk on Saturday.",
        "Russian attack drones attacked the city of Odesa overnight.",
    ):
        assert len(events_of(read, text, "air_strike")) == 1, text
