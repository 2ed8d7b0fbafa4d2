"""Kinds a thirty-second fresh batch (benchmarks/data/events_fresh32) read wrong, fixed as kinds
(branch eventsq51), each beside sentences of other senses written for it that keep their
reading (benchmarks/data/eventsq51/stories.txt):

- a country's full name before an event's noun that "in" puts the dead in ("killed in Iraq
  bombings") names where it happened, not who did it;
- what a state does "in protest" (recalls an envoy, summons one) is a complaint between
  governments, no protest;
- a deed "in protest" that a modal puts to come ("would starve himself in protest") or that is
  only threatened is no protest yet.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 98f6ccd6."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh32" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def test_the_land_the_attacks_were_in(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "pilgrims-mastung-rferl.txt")
    assert not [e.label for e in out.events if "Pakistan" in e.actors]
    iraq = "Nine people were killed in Iraq bombings on Sunday, police said."
    assert [e.actors for e in events_of(read, iraq, "bombing", "2009-06-15")] == [[]]
    colombia = (
        "Five policemen died in Colombia attacks on rural police stations over the weekend, "
        "the army said."
    )
    assert [e.actors for e in events_of(read, colombia, "attack", "1999-08-02")] == [[]]
    # ours, of other senses: a possessive keeps its doer
    own = "Pakistan's attacks on militant camps in Swat killed dozens of fighters on Sunday."
    assert [e.actors for e in events_of(read, own, "attack", "2009-05-04")] == [["Pakistan"]]


def test_a_states_act_in_protest(read) -> None:
    recalled = "France recalled its ambassador from Rome in protest at the minister's remarks."
    assert events_of(read, recalled, "protest", "2009-08-14") == []
    summoned = (
        "The foreign ministry in Tehran summoned the Danish envoy in protest over the cartoons."
    )
    assert events_of(read, summoned, "protest", "2006-02-01") == []
    libya = "Libya expelled two British diplomats and closed its embassy in London in protest."
    assert events_of(read, libya, "protest", "1984-04-23") == []
    assert events_of(read, libya, "expulsion", "1984-04-23")
    # ours, of other senses: people who act in protest protest
    miners = "Hundreds of miners walked out in protest at the closure of the pit in Asturias."
    assert events_of(read, miners, "protest", "1998-07-22")
    dhaka = "Thousands marched through Dhaka in protest at the killing of a blogger on Tuesday."
    assert events_of(read, dhaka, "protest", "2013-02-05")


def test_a_deed_to_come_in_protest(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "immolation-taipei-taipeitimes-2015.txt")
    assert not [e.label for e in out.events if e.type == "protest"]
    would = "The farmer said he would starve himself in protest until the dam was halted."
    assert events_of(read, would, "protest", "2011-03-02") == []
    # ours, of other senses: a deed done in protest is one
    mps = "Opposition lawmakers walked out of parliament in Kampala in protest on Tuesday."
    assert events_of(read, mps, "protest", "2018-06-12")


def test_the_doer_of_tried_to_kill(read) -> None:
    bomber = "A suicide bomber in Grozny tried to kill the provincial governor on Tuesday."
    got = events_of(read, bomber, "attack", "2003-05-14")
    assert [(e.actors, e.status) for e in got] == [(["suicide bomber"], "attempted")]
    rebels = "Rebels attempted to kill the governor of Kunar province on Monday but he escaped."
    assert [e.status for e in events_of(read, rebels, "attack", "2011-04-19")] == ["attempted"]
    # ours, of other senses: what is no one is not attacked
    for text in (
        "Police tried to kill the rumour that the minister had fled to Dubai.",
        "Doctors in Accra tried to kill the infection with stronger antibiotics.",
        "Senators tried to kill the bill in committee in Canberra on Thursday.",
    ):
        assert read(text, "2008-11-20").events == [], text
