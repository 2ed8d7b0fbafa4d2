"""Kinds a thirty-first fresh batch (benchmarks/data/events_fresh31) read wrong or missed, fixed
as kinds (branch eventsq50), each beside sentences of other senses written for it that keep
their reading (benchmarks/data/eventsq50/stories.txt):

- "blow up" with no object says its subject exploded by itself: a bombing only when that
  subject is a bomb or a device ("a boiler blew up at the mill" is none), and "the blast" told
  after it, in a story with no bomb, arms or attacker in it, is that mishap, no attack;
- people met by their families are welcomed home, no meeting of sides;
- "the deadliest of more than twenty bombings" is a count of acts, no one of them;
- whom "no" names after a verb of harm ("killed no fighters") was not struck;
- "an air strike may have killed four civilians": the strike is told, only its toll hedged.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 32ee4d13."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh31" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def _sides(out) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.targets) for e in out.events]


def test_a_thing_blown_up_by_itself(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "tanker-morogoro-allafrica-2019.txt")
    assert not [s for s in _sides(out) if s[0] in ("bombing", "attack")], _sides(out)
    boiler = "Three workers died when a boiler blew up at a textile mill in Faisalabad on Tuesday."
    assert events_of(read, boiler, "bombing", "1994-02-03") == []
    lorry = "A lorry carrying gas cylinders blew up after colliding with a bus near Kano."
    assert events_of(read, lorry, "bombing", "2006-11-09") == []
    # ours, of other senses: a bomb that blew up, and what someone blew up, stay
    bomb = "A car bomb blew up outside the police headquarters in Mosul on Monday."
    assert events_of(read, bomb, "bombing", "2008-09-17")
    bridge = "Rebels blew up a railway bridge near Huambo on Saturday, cutting the line."
    assert events_of(read, bridge, "bombing", "1999-04-12")
    pylon = "A power pylon was blown up near Medellin overnight, cutting electricity to the city."
    assert events_of(read, pylon, "bombing", "1987-03-02")
    claimed = (
        "A car exploded outside the governor's office in Herat on Monday. "
        "The blast killed nine people, and militants claimed it."
    )
    assert read(claimed, "2009-11-02").events


def test_people_met_by_their_families(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "amnesty-taiwan-latimes-1988.txt")
    assert not [s for s in _sides(out) if s[0] == "meeting"], _sides(out)
    kin = "The eight freed sailors were met at Mombasa port by their families and union officials."
    assert events_of(read, kin, "meeting", "2003-12-11") == []
    # ours, of other senses: a delegation met by a minister, a minister meeting families
    envoy = "The rebel delegation was met in Astana by Kazakhstan's foreign minister on Tuesday."
    assert events_of(read, envoy, "meeting", "2017-03-15")
    families = (
        "The Dutch prime minister met the families of the victims in Nieuwegein on Wednesday."
    )
    assert events_of(read, families, "meeting", "2014-07-23")


def test_the_deadliest_of_a_count(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "friendlyfire-zabul-newser.txt")
    assert [s for s in _sides(out) if s[0] == "attack" and not s[1] and not s[2]] == []
    count = "It was the deadliest of more than twenty bombings in the province since the war began."
    assert events_of(read, count, "bombing", "2011-10-05") == []
    # ours, of other senses: the act told beside its count stays
    one = "A bomb exploded at a bus stop in Grozny on Tuesday, one of three bombings this week."
    assert len(events_of(read, one, "bombing", "2004-06-08")) == 1


def test_whom_no_names_was_not_struck(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "friendlyfire-zabul-newser.txt")
    strikes = [s for s in _sides(out) if s[0] == "air_strike"]
    assert strikes and not [s for s in strikes if "Taliban" in s[2]], _sides(out)
    denied = "Warplanes struck the village of Kafr Nabl on Sunday; the strike killed no fighters."
    (strike,) = events_of(read, denied, "air_strike", "2016-10-02")
    assert strike.targets == []


def test_only_the_toll_hedged(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "friendlyfire-fallujah-businessnews.txt")
    assert [s for s in _sides(out) if s[0] == "air_strike" and "Iraq" in s[2]], _sides(out)
    toll = "A French air strike near Gao may have killed four civilians, the army said."
    assert events_of(read, toll, "air_strike", "2017-05-11")
    # ours, of other senses: a hypothetical, a counterfactual, a guess over many stay unread
    dam = "A strike on the dam could kill thousands downstream, engineers warned."
    assert read(dam, "2010-02-02").events == []
    scale = "A bombing on that scale would have killed hundreds, the inspector said."
    assert read(scale, "2001-12-05").events == []
    many = "Air strikes may have killed civilians in the region, a rights group said."
    assert read(many, "2021-01-18").events == []
