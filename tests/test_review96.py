"""A reviewer's stories of other senses (benchmarks/data/review96/sentences.txt) that
eventsq46's and eventsfix59's event rules read worse at main eb761f1c, each kept as a kind
beside a story of the rule's own kind that still reads as it did:

- acts fought on a day of their own took place ("Security forces suppressed protests in
  Manama on Friday"), unlike a crime a land fights for years;
- protests and clashes over the last days in one place are one occasion, no toll of many acts;
- a station of another kind (a police station, a metro station) in a story that tells of a
  nuclear plant stands in the town of the date line;
- a convoy's wreck looted, and a man beaten to death by a beast, are no attack.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main eb761f1c."""

from __future__ import annotations

import pytest

from tests.events_reading import places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2014-05-08")


def _types(read, text: str) -> list[str]:
    return [e.type for e in read(text).events]


def test_acts_fought_on_a_day_of_their_own_took_place(read) -> None:
    protest = (
        "Security forces suppressed protests in Manama on Friday, firing tear gas at marchers."
    )
    assert places_of(read, protest, "protest") == ["Manama"]
    raids = "Soldiers battled rebel attacks on Maiduguri overnight, the army said on Sunday."
    assert places_of(read, raids, "attack") == ["Maiduguri"]
    # the rule's own kind: a crime a land has fought for years is no event
    crime = "Guerrero state has been fighting kidnapping and extortion for more than a decade."
    assert _types(read, crime) == []


def test_protests_and_clashes_of_the_last_days_are_one_occasion(read) -> None:
    clashes = (
        "Clashes that have killed 40 people in Tripoli in the past two days continued on Wednesday."
    )
    assert "clash" in _types(read, clashes)
    protests = (
        "Protests that have swept Santiago over the past three days left eight people dead, "
        "officials said on Sunday."
    )
    assert "protest" in _types(read, protests)
    # the rule's own kind: a toll of many raids is no one event
    raids = (
        "The bandit raids that have killed 30 people in Zamfara over the past week have "
        "forced hundreds to flee."
    )
    assert _types(read, raids) == []


def test_a_station_of_another_kind_stands_in_the_date_lines_town(read) -> None:
    police = (
        "ISLAMABAD - A suicide bomber attacked a police station on Monday, killing four "
        "officers. Officials said security at the country's nuclear power plants had been raised."
    )
    assert places_of(read, police, "attack") == ["ISLAMABAD"]
    metro = (
        "KYIV - A missile attack hit a metro station in the morning, killing five people. The "
        "nuclear power plant in the south lost power again."
    )
    assert places_of(read, metro, "attack", "2022-10-10") == ["KYIV"]


def test_a_wreck_looted_and_a_beasts_killing_are_no_attack(read) -> None:
    wreck = "Villagers looted a convoy of fuel tankers that had overturned near Lilongwe on Monday."
    assert _types(read, wreck) == []
    bull = "A farmer was clubbed to death by an escaped bull near Pamplona, police said."
    assert _types(read, bull) == []
    # the rules' own kinds still read: a convoy looted by gunmen, a woman beaten by a mob
    convoy = "Gunmen looted a relief convoy in Mogadishu on Saturday."
    assert places_of(read, convoy, "attack") == ["Mogadishu"]
    mob = "A mob beat a young woman to death in Kabul on Thursday after a false accusation."
    assert places_of(read, mob, "attack") == ["Kabul"]
