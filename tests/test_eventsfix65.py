"""Kinds the last stops left read wrong or missed, fixed as kinds (branch eventsfix65), each
beside stories of other senses written for it (benchmarks/data/eventsfix65/) that keep their
reading:

- "set X ablaze", "set X on fire": an arson on X when X is a building or an election's
  ballots; a stage, a sky, a kitchen set on fire by a cook are none;
- one told by his office (a judge, a prosecutor, a councillor), killed or shot by people, is
  an attack's target; a judge who killed a motion, a disease, a film are none;
- "it" in a relative clause on the doers, in a sentence whose subject is one person, stands
  for a thing told before, not for his land; "Georgia will never forgive those who attacked
  it" keeps Georgia;
- "in protest" hung on the act's object, or on a state's verb the parse joins to another's
  infinitive, is the reason of that act; dockers who stopped work in protest keep theirs.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main d9392106."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2010-07-05")


def test_a_thing_set_ablaze_or_on_fire_is_an_arson(read) -> None:
    station = "Rioters set the police station ablaze in Jos on Monday."
    got = events_of(read, station, "attack", "1993-11-08")
    assert [e.actors for e in got] == [["rioters"]]  # was nothing
    ballots = "A mob set the ballot boxes and papers on fire at a school in Mombasa on Saturday."
    assert [e.actors for e in events_of(read, ballots, "attack", "2007-12-30")] == [["mob"]]
    passive = "The party's office in Kano was set ablaze by protesters on Sunday."
    assert [e.actors for e in events_of(read, passive, "attack", "2011-04-18")] == [["protesters"]]
    # of other senses: a show, a sunset, a cook's accident, tyres on a road
    for text in (
        "The band set the stage ablaze in Oslo on Saturday with a two-hour show.",
        "The setting sun set the sky ablaze over Santorini on Monday.",
        "A cook accidentally set the kitchen on fire at a hotel in Accra on Sunday.",
        "Protesters set tyres ablaze on the main road in Conakry on Tuesday.",
    ):
        assert events_of(read, text, "attack", "2016-07-11") == [], text


def test_one_killed_for_his_office_is_a_target(read) -> None:
    judge = "Gunmen tried to kill a judge in Cali on Monday; his driver was wounded."
    got = events_of(read, judge, "attack", "1998-10-20")
    assert [(e.actors, e.status) for e in got] == [(["gunmen"], "attempted")]  # was nothing
    prosecutor = "Rebels killed a prosecutor in Bunia on Sunday, officials said."
    assert [e.actors for e in events_of(read, prosecutor, "attack", "2004-02-16")] == [["rebels"]]
    # of other senses: a judge who kills a motion, a disease, a beast, a film's plot
    for text in (
        "The judge killed the motion in Boston on Monday.",
        "Cancer killed a judge in Nairobi on Sunday, his family said.",
        "A bear killed a priest in the hills near Brasov on Sunday.",
        "In the new film, a hitman tries to kill a judge in Madrid.",
        "Senators tried to kill a judge's nomination in Washington on Thursday.",
    ):
        assert events_of(read, text, "attack", "2017-03-14") == [], text


def test_it_in_a_relative_clause_on_the_doers_is_no_land_of_the_subject(read) -> None:
    text = (
        "KANDAHAR - Gunmen ambushed a United Nations convoy near Kandahar on Sunday. "
        "Afghanistan's interior minister vowed to find the men who attacked it."
    )
    got = events_of(read, text, "attack", "2003-05-12")
    assert all("Afghanistan" not in e.targets for e in got)  # was an attack on Afghanistan
    # of other senses: the land that is the sentence's subject is what "it" stands for
    georgia = "Georgia will never forgive those who attacked it, its president said in Tbilisi."
    assert [e.targets for e in events_of(read, georgia, "attack", "2008-08-11")] == [["Georgia"]]


def test_in_protest_hung_on_an_object_or_on_a_joined_verb(read) -> None:
    recalled = (
        "Chile told the Peruvian consul in Santiago to go home and withdrew its own ambassador "
        "from Lima in protest at the arrests."
    )
    assert events_of(read, recalled, "protest", "1986-03-17") == []  # was a protest in Lima
    threat = "In Potosi, the tin miners threatened to stop work in protest at the new tax."
    assert events_of(read, threat, "protest", "2009-04-06") == []  # was a protest in Potosi
    # of other senses: a strike done is a protest
    done = "Dockers in Mombasa stopped work in protest at the new contracts on Monday."
    assert len(events_of(read, done, "protest", "2012-05-14")) == 1
