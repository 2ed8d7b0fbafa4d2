"""Kinds the last stop left read wrong or missed, fixed as kinds (branch eventsfix63), each
beside stories of other senses written for it (benchmarks/data/eventsfix63/) that keep their
reading:

- a blow told as happening "in" or "during" an accident is no one's attack; a strike on the
  wrong target ("by mistake") is still a strike;
- who claims responsibility for an act told by its noun is its doer, as the claim; a minister
  who takes responsibility for it is not;
- a craft told "of" a naval force acts for that force; a naval craft ramming a warship is an
  attack;
- "accused the soldiers of killing two villagers": the accused, as the accuser's claim;
- "appears to have been poisoned": whom it was done to, and a past act, no wish;
- militiamen are armed men who act, as gunmen are.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 32ee4d13."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2009-06-02")


def test_a_blow_told_as_an_accident_is_no_attack(read) -> None:
    drill = (
        "LIMA - An army artillery shell hit a barracks in an accident during a training "
        "exercise, killing four soldiers, the Peruvian army said on Monday."
    )
    assert read(drill, "1988-03-14").events == []  # was a bombardment put at the dateline
    # of other senses: a strike on the wrong target is still a strike
    wrong = "NATO aircraft struck the Chinese embassy in Belgrade by mistake on Friday."
    assert [e.actors for e in events_of(read, wrong, "air_strike", "1999-05-10")] == [["NATO"]]


def test_who_claims_responsibility_is_the_doer(read) -> None:
    text = (
        "A bomb exploded in a busy market in Garissa on Thursday, killing nine people. Al-Shabab "
        "claimed responsibility for the bombing."
    )
    got = events_of(read, text, "bombing", "2015-04-03")
    assert [e.actors for e in got] == [["al-Shabaab"]]  # was no actor
    # of other senses: a minister who takes responsibility did not bomb
    minister = (
        "A bomb exploded on a train in Madrid on Thursday. The interior minister took "
        "responsibility for the bombing and resigned."
    )
    assert [e.actors for e in events_of(read, minister, "bombing", "2004-03-15")] == [[]]


def test_a_craft_of_a_naval_force_acts_for_it(read) -> None:
    text = (
        "A cutter of the Chinese coast guard rammed a Vietnamese fishing boat near the Paracel "
        "Islands on Sunday."
    )
    assert [e.actors for e in events_of(read, text, "attack", "2012-04-10")] == [["China"]]
    # of other senses: a boat of migrants is no force
    assert read("A boat of migrants hit a ferry off Lampedusa on Sunday.").events == []


def test_a_naval_craft_ramming_a_warship_is_an_attack(read) -> None:
    text = "A Soviet frigate rammed an American warship in the Black Sea on Thursday."
    got = events_of(read, text, "attack", "1969-03-05")
    assert [e.actors for e in got] == [["Soviet Union"]]  # was missed
    assert read("Ice floes rammed a Russian warship near Murmansk on Friday.").events == []


def test_the_accused_of_a_killing_is_its_doer_as_the_claim(read) -> None:
    text = "India accused Pakistani soldiers of killing two villagers in Kupwara on Monday."
    got = events_of(read, text, "attack", "2016-09-21")
    assert [(e.actors, e.targets) for e in got] == [(["Pakistan"], ["villagers"])]
    # of other senses: a figure, fish, democracy
    for figure in (
        "The opposition accused the minister of killing the railway project on Monday.",
        "Fishermen accused the mining company of killing the fish in the lake near Kasese.",
        "The rebels accused the junta of killing democracy in Conakry.",
    ):
        assert read(figure).events == []


def test_appears_to_have_been_poisoned(read) -> None:
    text = (
        "Doctors said the opposition leader appears to have been poisoned before his flight "
        "from Tomsk on Thursday."
    )
    got = events_of(read, text, "attack", "2020-08-21")
    assert [e.targets for e in got] == [["leader"]]  # was missed
    river = "The river appears to have been poisoned by waste from a tannery near Kanpur."
    assert read(river).events == []


def test_militiamen_raiding_offices_are_its_doers(read) -> None:
    text = (
        "Militiamen raided the offices of a rival party in Misrata on Sunday, killing two guards."
    )
    got = events_of(read, text, "attack", "2013-05-20")
    assert [e.actors for e in got] == [["militiamen"]]  # was missed
    police = "Police raided the offices of a militia in Goma on Tuesday and seized documents."
    assert events_of(read, police, "attack") == []
