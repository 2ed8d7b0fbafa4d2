"""Kinds the last stop left read wrong, fixed as kinds (branch eventsfix61), each beside
stories of other senses written for it (benchmarks/data/eventsfix61/) that keep their reading:

- a verb in a relative clause on "any" one ("arrest any insurgents they meet") is no event;
- a verb in the simple present in a relative clause on the place it is done from ("a forest
  from which they raid herding communities") is a habit, no event;
- "the bomber" whose verb has "himself" or "his ..." for object is a man, no aircraft: no
  air strike;
- furnishings piled in a building and "set them alight" by vandals or arsonists: an attack;
- a protest whose own clause gives its day is not dated by the time of what it protests.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main ddeef1cf."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, reader

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2009-05-06")


def test_an_act_on_any_one_who_comes_is_none(read, geoparsing) -> None:
    story = DATA / "stances_fresh26" / "docs"
    path = story / "u07-voa-bhutan-launches-offensive-against-indian-separatists-2003.txt"
    out = article(geoparsing, path)
    assert "meeting" not in [e.type for e in out.events]  # "arrest any insurgents they meet"
    swat = "Officials in Islamabad say Pakistani troops will arrest any militants they meet."
    assert read(swat).events == []  # was a meeting of Pakistan
    # of other senses: the people one met, with no "any", are a meeting
    met = "Turkish officials said the Ukrainian ministers they met in Antalya had asked for drones."
    assert [e.type for e in read(met, "2022-03-15").events] == ["meeting"]


def test_a_habit_told_of_a_place_is_none(read) -> None:
    hills = (
        "The militants shelter in hills along the border with Algeria, from which they attack "
        "army posts in Kasserine."
    )
    assert read(hills, "2014-09-01").events == []  # was an attack by Algeria
    # of other senses: a past act in a relative clause, a headline's present
    town = "The town of Halabja, which Iraqi jets bombed in March, is still empty."
    assert [e.type for e in read(town, "1988-05-20").events] == ["air_strike"]
    post = (
        "Rebels attack army post in North Kivu\n\nRebels attacked an army post near Beni on "
        "Monday, killing four soldiers, the army said."
    )
    assert [e.type for e in read(post, "2017-10-10").events] == ["attack"]


def test_a_bomber_who_blows_himself_up_is_no_aircraft(read) -> None:
    quetta = (
        "The bomber blew himself up at the gate of a police academy in Quetta, killing nine "
        "recruits."
    )
    assert [e.type for e in read(quetta, "2010-03-29").events] == ["bombing"]  # + air_strike
    # of other sense: an aircraft called a bomber still makes an air strike
    khe = "A B-52 bomber struck targets near Khe Sanh on Saturday, killing dozens of soldiers."
    assert [e.type for e in read(khe, "1968-02-10").events] == ["air_strike"]


def test_furnishings_set_alight_in_a_building_are_an_arson(read, geoparsing) -> None:
    out = article(geoparsing, DATA / "events_fresh28" / "docs" / "arson-bronx-gothamist.txt")
    assert [(e.type, e.actors) for e in out.events] == [("attack", ["vandals"])]  # was none
    pews = "Arsonists poured petrol on the pews of a mosque in Malmo and set them alight."
    assert [e.type for e in read(pews, "2017-02-14").events] == ["attack"]
    # of other senses: tyres on a road, posters in a station, a bonfire's chairs
    for text in (
        "Protesters piled tyres on the main road in Caracas and set them alight.",
        "Vandals tore down posters in the subway station in Toronto and set them alight.",
        "Villagers collected old chairs from the church hall and set them alight for the bonfire.",
    ):
        assert "attack" not in [e.type for e in read(text).events], text


def test_a_protest_is_dated_by_its_own_day(read) -> None:
    hk = (
        "Exiles marched in Hong Kong on Sunday to protest against the killings last week in "
        "Beijing."
    )
    assert [(e.type, e.date) for e in read(hk, "1989-06-10").events] == [
        ("protest", "1989-06-04")
    ]  # was undated (the killings' week set aside, nothing else)
    santiago = (
        "Thousands of students gathered in Santiago on Friday to protest against fare rises "
        "last month in the capital's metro."
    )
    assert [e.date for e in read(santiago, "2019-10-20").events] == ["2019-10-18"]  # 2019-09
    # of other senses: the time after what is protested is the protest's own
    paris = "Farmers protested against the new fuel tax this week in Paris, blocking roads."
    base = [e.date for e in read(paris, "2018-11-25").events]
    assert base == ["2018-11"]
