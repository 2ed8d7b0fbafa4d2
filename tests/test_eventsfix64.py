"""Kinds the last stops left read wrong or missed, fixed as kinds (branch eventsfix64), each
beside stories of other senses written for it (benchmarks/data/eventsfix64/) that keep their
reading:

- a sentence of a thing that exploded by itself is read even with no trigger word, so the
  blast told after it is that mishap; a tanker hit by a rocket keeps its attack;
- a suicide attack in a story of gunmen and a gun battle, with no bomb told, is an attack; a
  suicide attack told alone stays a bombing;
- a day inside a movement's name is no time of its sentence; "On April 6 Israeli jets" is;
- an act its sentence does not place is put where the next sentence says it took place;
  where a victim came from is no such place;
- "gunmen on a motorbike shot dead": the verb "shoot", though the parser glued "shot" to the
  motorbike.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 98f6ccd6."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2010-07-05")


def test_a_tanker_that_exploded_alone_is_no_attack(read) -> None:
    text = (
        "A fuel tanker exploded on a road near Bahawalpur on Sunday. The blast killed 120 "
        "villagers, officials said."
    )
    assert read(text).events == []  # was an attack on the villagers
    # of other senses: a tanker a rocket hit keeps its attack
    hit = (
        "A fuel tanker exploded near Mosul on Friday after a rocket hit it. The blast killed "
        "12 soldiers, officials said."
    )
    assert len(events_of(read, hit, "attack", "2016-10-15")) == 1


def test_a_suicide_attack_by_gunmen_is_an_attack(read) -> None:
    text = (
        "PESHAWAR - Militants carried out a suicide attack on an air base on Sunday. The four "
        "gunmen were killed in a gun battle with guards, the army said."
    )
    got = read(text, "2015-02-09").events
    assert [(e.type, e.actors) for e in got] == [("attack", ["militants"])]  # was a bombing
    # of other senses: a suicide attack told with no weapon stays a bombing
    alone = "A suicide attack at a bus station in Sharm el-Sheikh killed 30 people on Saturday."
    assert len(events_of(read, alone, "bombing", "2005-07-25")) == 1


def test_a_day_inside_a_movements_name_is_no_date(read) -> None:
    text = "The April 6 Youth Movement protested in Cairo on Thursday."
    got = events_of(read, text, "protest", "2011-02-04")
    assert [e.date for e in got] == ["2011-02-03"]  # was 2010-04-06
    # of other senses: a day told with "On" before a capitalised word is a time
    jets = "On April 6 Israeli jets struck a radar station in Lebanon."
    assert [e.date for e in events_of(read, jets, "air_strike", "2001-04-10")] == ["2001-04-06"]


def test_an_act_placed_where_the_next_sentence_says(read) -> None:
    text = (
        "BEIRUT - A car bomb exploded at an army checkpoint on Sunday, killing four soldiers, a "
        "security source said. The explosion took place in the Syrian city of Homs."
    )
    assert places_of(read, text, "bombing", "2012-03-19") == ["Homs"]  # was Beirut
    # of other senses: where a victim came from is not where he was hit
    mosque = (
        "KABUL - A suicide bomber struck a mosque on Friday, killing 20 worshippers, police "
        "said. One of the dead came from Kandahar."
    )
    assert places_of(read, mosque, "bombing", "2016-09-10") == ["KABUL"]


def test_gunmen_on_a_motorbike_shot_dead(read) -> None:
    text = "Gunmen on a motorbike shot dead a policeman in Karachi on Sunday."
    got = events_of(read, text, "attack", "2002-07-15")
    assert [(e.actors, e.targets) for e in got] == [(["gunmen"], ["policeman"])]  # was missed
    # of other senses: footage shot from a motorbike
    footage = "A cameraman on a motorbike shot footage of the flooded streets in Dhaka on Sunday."
    assert read(footage, "2010-08-09").events == []
