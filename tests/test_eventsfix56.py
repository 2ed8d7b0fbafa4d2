"""Kinds read wrong on the window and left by eventsq43, fixed as kinds (branch eventsfix56),
each beside stories of other senses written for it (benchmarks/data/eventsfix56/stories.txt)
that keep their reading:

- two reports of two types in two sentences join only where the type they would take has the
  doers the other names: "the FSA answered that it had killed dozens of Hezbollah fighters",
  then "The opposition said the town had been hit by heavy artillery and air strikes" is no
  air strike by the opposition (stances_fresh22 n05);
- "it", the subject of the clause a speech verb reports, is the body that says it when no side
  is found for it ("The US Navy said ... it had intercepted a fishing boat": the United States).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main d985801d."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
QUSAYR = ROOT / "benchmarks/data/stances_fresh22/docs"
FRESH24 = ROOT / "benchmarks/data/events_fresh24/docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2016-09-12")


def test_a_strike_with_no_doer_takes_no_doer_of_another_act(geoparsing, read) -> None:
    doc = next(QUSAYR.glob("n05-*.txt"))
    out = article(geoparsing, doc)
    strikes = [e for e in out.events if e.type == "air_strike"]
    assert strikes and all(not e.actors for e in strikes)  # the speaker is no doer
    attacks = [e for e in out.events if e.type == "attack"]
    assert [(e.actors, e.targets) for e in attacks] == [(["Syrian opposition"], ["Hezbollah"])]
    # ours, of the same kind
    idlib = (
        "Rebels attacked an army checkpoint near Idlib on Sunday, killing six soldiers. "
        "Residents said the town had been hit by air strikes overnight."
    )
    assert [e.actors for e in events_of(read, idlib, "air_strike")] == [[]]
    # of other senses: the strikes told again by their noun, or the doer's own means, stay his
    gaza = "Israeli jets attacked Gaza City on Wednesday. The air strikes killed 12 people."
    assert [e.actors for e in events_of(read, gaza, "air_strike")] == [["Israel"]]
    both = (
        "Russian aircraft bombed the Georgian town of Gori on Saturday. Russia said it "
        "attacked military targets in Gori."
    )
    assert [e.actors for e in events_of(read, both, "air_strike")] == [["Russia"]]
    assert events_of(read, both, "attack") == []


def test_it_of_a_speakers_clause_is_the_body_that_says_it(geoparsing, read) -> None:
    out = article(geoparsing, FRESH24 / "arms-houthis-mofaye.txt")
    assert [e.actors for e in out.events if e.type == "ship_seizure"] == [["United States"]]
    guard = (
        "The Indian Coast Guard said on Friday that it had seized a boat carrying drugs off "
        "the coast of Gujarat."
    )
    assert [e.actors for e in events_of(read, guard, "ship_seizure")] == [["India"]]
    # of other senses: an "it" no one is said to tell is not the speaker; a state that speaks
    # is read as before; a body of no state's word names none
    drone = "The US Navy said the drone was shot down after it had entered the area."
    assert [e.actors for e in events_of(read, drone, "shoot_down")] == [[]]
    iran = "Iran said on Sunday that it had seized a foreign tanker in the Strait of Hormuz."
    assert [e.actors for e in events_of(read, iran, "ship_seizure")] == [["Iran"]]


def test_armed_men_who_storm_into_a_building_attack_it(read) -> None:
    palace = "Bolivian soldiers stormed into the presidential palace in La Paz on Wednesday."
    got = events_of(read, palace, "attack", "2024-06-27")
    assert len(got) == 1 and "Bolivia" in got[0].actors
    assert events_of(read, palace, "incursion", "2024-06-27") == []
    # of other senses: who is no man in arms only went in, or rose, fast
    for text in (
        "The minister stormed into the parliament chamber in Nairobi and shouted at the speaker.",
        "Leicester stormed into the lead in London with two goals in five minutes.",
        "An angry customer stormed into the bank office in Lagos and demanded his money.",
        "Opposition members stormed into the council chamber in Lusaka and shouted at the mayor.",
    ):
        assert read(text).events == []
    # a side's advance into a town stays one
    town = "Rebel fighters stormed into Goma on Tuesday."
    assert [e.type for e in read(town, "2012-11-21").events] == ["incursion"]
