"""Kinds the last stop left read wrong or missed, fixed as kinds (branch eventsfix62), each
beside stories of other senses written for it (benchmarks/data/eventsfix62/) that keep their
reading:

- "accused the troops of blowing up a bridge", the parser hanging "of" on the one accused:
  the accused is the doer as the claim, never the accuser;
- a bombing told in one side's account, in a story whose sides blame each other for it,
  names neither side;
- a person poisoned on purpose is an attack; a thing's poisoning, or a meal's, is none;
- a bus, a plane or a train taken over by gunmen is a hijacking; a firm or a co-pilot taking
  one over is none;
- a headline "Clerk injured as letter bomb explodes at post office", which the parser reads
  as a phrase after "as": the bomb is the subject of "explodes", a bombing with no actor.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 572bf087."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2014-06-10")


def test_the_accuser_is_never_the_doer(read) -> None:
    post = (
        "Sudan accused Chadian forces of blowing up the bridge and its customs post on the "
        "Wadi Kaja."
    )
    assert [e.actors for e in events_of(read, post, "bombing")] == [["Chad"]]  # was Sudan
    dam = "Kenya accused Somali rebels of planning to attack the dam near Garissa."
    assert all("Kenya" not in e.actors for e in read(dam).events)  # was Kenya's plan
    # of other senses: the act told as a fact keeps its doer
    fact = (
        "Rebels blew up the bridge near Zalambessa on Friday, and the government accused "
        "them of terrorism."
    )
    assert [e.actors for e in events_of(read, fact, "bombing", "2011-05-16")] == [["rebels"]]


def test_a_bombing_the_sides_blame_each_other_for_names_neither(read, geoparsing) -> None:
    path = DATA / "events_fresh29" / "docs" / "dam-kakhovka-candorium-2023.txt"
    bombings = [e for e in article(geoparsing, path).events if e.type == "bombing"]
    assert bombings and all(e.actors == [] for e in bombings)  # was the accuser
    # of other senses: a bombing the story tells in its own voice keeps its doer
    uri = (
        "India and Pakistan accused each other of violating the truce. Militants blew up a "
        "bridge near Uri on Monday."
    )
    assert [e.actors for e in events_of(read, uri, "bombing", "2016-08-04")] == [["militants"]]


def test_a_person_poisoned_on_purpose_is_an_attack(read, geoparsing) -> None:
    pellet = (
        "A Bulgarian dissident was poisoned in London last week with a pellet fired from an "
        "umbrella, police said."
    )
    assert len(events_of(read, pellet, "attack", "1978-09-12")) == 1  # was none
    path = DATA / "events_fresh29" / "docs" / "poison-navalny-forexnewsreport-2026.txt"
    assert [e.type for e in article(geoparsing, path).events] == ["attack"]  # was none
    # of other senses: a meal, a metal, a quarrel, mushrooms, pests
    for text in (
        "Twenty-three schoolchildren died after they were poisoned by a contaminated school "
        "meal in Bihar on Tuesday.",
        "Lead from the old mine has poisoned thousands of children in Kabwe, a report said.",
        "The border dispute poisoned relations between Chile and Bolivia for decades.",
        "Forty villagers were poisoned after eating wild mushrooms in Yunnan on Sunday.",
        "Farmers poisoned rats in the granaries of Punjab last winter.",
    ):
        assert read(text).events == [], text


def test_a_vehicle_taken_over_by_gunmen_is_a_hijacking(read, geoparsing) -> None:
    bus = (
        "Gunmen took over a bus carrying pilgrims near Quetta on Monday and forced the driver "
        "to head into the hills."
    )
    assert [e.actors for e in events_of(read, bus, "hijacking", "2009-06-02")] == [["gunmen"]]
    path = DATA / "events_fresh29" / "docs" / "bushijack-manila-jpost-2007.txt"
    assert "hijacking" in [e.type for e in article(geoparsing, path).events]  # was none
    # of other senses: a firm, a co-pilot, customs officers, a town taken
    for text in (
        "A private company took over the city's bus services in Leeds in 1986.",
        "The co-pilot took over the plane after the captain fell ill over the Atlantic.",
        "Customs officers seized a bus carrying smuggled cigarettes at the border near Brest.",
        "Rebels took over the town of Bunia on Monday after the army withdrew.",
    ):
        assert "hijacking" not in [e.type for e in read(text).events], text


def test_a_headlines_bomb_after_as_explodes(read, geoparsing) -> None:
    ottawa = "Clerk injured as letter bomb explodes at Ottawa post office\n\nA clerk was hurt."
    assert [e.actors for e in events_of(read, ottawa, "bombing", "1994-02-10")] == [[]]
    path = DATA / "events_fresh29" / "docs" / "letterbomb-capita-trshady.txt"
    bombs = [e for e in article(geoparsing, path).events if e.type == "bombing"]
    assert [e.actors for e in bombs] == [[]]  # was none
    # of other senses: the same shape of headline with a display, a market, a race, demand
    for text in (
        "Crowds cheer as firework display explodes over Sydney harbour\n\nFireworks lit the sky.",
        "Shares fall as bond market explodes\n\nMarkets were shaken on Thursday.",
        "Fans celebrate as title race explodes into life in Madrid\n\nThe league is open.",
        "Prices rise as demand hits record in Lagos markets\n\nTraders said food was scarce.",
    ):
        assert read(text).events == [], text
