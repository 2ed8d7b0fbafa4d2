"""Kinds the last stop left read wrong, fixed as kinds (branch eventsfix60), each beside
stories of other senses written for it (benchmarks/data/eventsfix60/) that keep their reading:

- a seller (a carmaker, a retailer, a firm) that "storms" or "invades" a market sells in it:
  no attack, no incursion;
- "power" standing before another noun ("the power station") is no power seized: no coup;
- an act on a road named by the two towns it links is at neither town;
- a storming told as the time of a killing its stormers did is the attack, not an incursion;
- a protest is not where the acts it protests took place, when their own time comes between;
- sabotage of a railway or its track is an attack, with no doer unless one is named; not when
  charged, threatened, guarded against or counted as a case.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main a527931f."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, places_of, reader

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2015-06-10")


def test_a_seller_that_storms_a_market_takes_no_land(read) -> None:
    car = "The South Korean automaker stormed the Brazilian market in 2012 with a cheap car."
    assert read(car).events == []  # was an attack by South Korea on Brazil
    shop = "The Swedish furniture retailer stormed the Indian market with its first store."
    assert read(shop).events == []  # was an attack by the retailer on India
    # of other senses: men in arms, a unit, men of a firm, a firm of arms
    market = "Gunmen stormed a market in Maiduguri on Tuesday and killed 12 traders."
    assert [(e.type, e.actors) for e in read(market).events] == [("attack", ["gunmen"])]
    guards = (
        "Guards of a private security firm stormed a village near Kolwezi on Sunday and shot "
        "two miners."
    )
    assert [e.type for e in read(guards).events] == ["attack"]
    unit = "A company of paratroopers stormed the airfield at Goose Green on Friday."
    assert [e.type for e in read(unit).events] == ["incursion"]


def test_power_before_another_noun_is_no_power_seized(read) -> None:
    station = "Mutinous soldiers seized the main power station in Freetown on Sunday."
    assert "coup" not in [e.type for e in read(station).events]  # was a coup at Freetown
    company = "The junta seized the state power company's assets in Bamako on Thursday."
    assert "coup" not in [e.type for e in read(company).events]
    # of other senses: power itself seized stays a coup
    for text in (
        "The army seized power in Niamey on Wednesday, detaining the president.",
        "Soldiers seized power and the state broadcaster in Conakry on Sunday.",
        "Troops seized absolute power in Santiago on Tuesday.",
    ):
        assert [e.type for e in read(text).events] == ["coup"], text


def test_an_act_on_a_road_named_by_two_towns_is_at_neither(geoparsing, read) -> None:
    bus = "A roadside bomb hit a bus on the Kabul-Kandahar highway on Tuesday, killing nine."
    assert places_of(read, bus, "bombing") == [None]  # was Kabul
    post = "Gunmen attacked a truck on the Beirut-Damascus highway on Tuesday."
    assert places_of(read, post, "attack") == [None]  # was Beirut
    # events_fresh4: the girls taken from a school "near the Kaduna-Abuja highway"
    out = article(geoparsing, DATA / "events_fresh4" / "docs" / "kidnap-kaduna-vanguard-2020.txt")
    girls = [e for e in out.events if "six girls" in e.evidence[0].text]
    assert girls and all(
        (tp := out.event_places.get(e.id)) is None or tp.name != "Kaduna" for e in girls
    )
    # of other senses: the town named on its own, a "-based" group, a joined name of no road
    kabul = "A car bomb exploded in Kabul on Tuesday near the start of the Kabul-Jalalabad road."
    assert places_of(read, kabul, "bombing") == ["Kabul"]
    sidon = "A Beirut-based militia attacked a checkpoint in Sidon on Friday."
    assert places_of(read, sidon, "attack") == ["Sidon"]
    goma = "Rebels attacked Goma on Tuesday, advancing along the Goma-Rutshuru road."
    assert places_of(read, goma, "attack") == ["Goma"]


def test_a_storming_told_as_the_time_of_a_killing_is_the_attack(geoparsing, read) -> None:
    out = article(geoparsing, DATA / "events_fresh27" / "docs" / "polling-daqouq-albawaba.txt")
    assert [e.type for e in out.events if e.type == "incursion"] == []  # was an incursion
    assert any(e.type == "attack" and e.actors == ["unidentified gunmen"] for e in out.events)
    clinic = "Rebels wounded four nurses when they stormed a health centre in Beni on Saturday."
    assert [e.type for e in read(clinic).events] == ["attack"]
    # of other senses: an army storming a land stays an incursion
    kuwait = "Iraqi troops killed dozens of Kuwaiti soldiers when they stormed Kuwait on Thursday."
    assert [e.type for e in read(kuwait).events] == ["incursion"]


def test_a_protest_is_not_where_the_acts_it_protests_were(geoparsing, read) -> None:
    out = article(
        geoparsing, DATA / "events_fresh27" / "docs" / "sniper-dallas-chinadaily-2016.txt"
    )
    places = {
        (tp.name if (tp := out.event_places.get(e.id)) is not None else None)
        for e in out.events
        if e.type == "protest"
    }
    assert "Baton Rouge" not in places  # was the protest's place
    yemen = (
        "Students rallied outside parliament in London on Friday to protest against the air "
        "strikes this month in Yemen."
    )
    assert places_of(read, yemen, "protest") == ["London"]  # was Yemen
    # of other senses: a protest in the town of what it protests, a place with no time between
    ferguson = "Hundreds protested in Ferguson on Sunday against the police shooting of a teenager."
    assert places_of(read, ferguson, "protest") == ["Ferguson"]
    baghdad = "Thousands protested against the war in Baghdad on Friday."
    assert places_of(read, baghdad, "protest") == ["Baghdad"]


def test_sabotage_of_a_railway_is_an_attack(geoparsing, read) -> None:
    out = article(
        geoparsing, DATA / "events_fresh26" / "docs" / "railway-bareilly-hindustantimes.txt"
    )
    attacks = [e for e in out.events if e.type == "attack"]
    assert [(e.actors, e.evidence[0].text[:30]) for e in attacks] == [
        ([], "In a new act of sabotage of th")
    ]  # was no event; the count of cases since January is none
    line = "Sabotage of the high-speed rail line near Arles on Tuesday halted trains for a day."
    assert [(e.type, e.actors) for e in read(line).events] == [("attack", [])]
    # of other senses: a charge, a threat, a drill, a figure
    for text in (
        "The engineers were accused of sabotage of the railways and sentenced in Moscow in 1937.",
        "The union threatened sabotage of the rail lines if the strike was broken.",
        "Soldiers trained to guard against sabotage of the railways in an exercise near Warsaw.",
    ):
        assert read(text).events == [], text
