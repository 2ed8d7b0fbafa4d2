"""Kinds a thirty-third fresh batch (benchmarks/data/events_fresh33) read wrong or missed, fixed
as kinds (branch eventsq52), each beside sentences of other senses written for it that keep
their reading (benchmarks/data/eventsq52/other_senses):

- "who" opening a clause that asks who did it ("Who carried out the raid ... was not clear")
  names no doer of the act the clause's light verb carries, nor does the story's land;
- a verb in the simple past joined to a "who ... were -ing" clause whose object is the people
  the clause describes ("and killed two of the soldiers") is done by the main clause's doer;
- a bare number for object over a year ("kidnapped 12 last year") is a tally, no one act;
- "shot two guards dead", "shot dead two guards": "dead" hung on the ones shot, and counted
  people shot dead by gunmen, are an attack; a word of sport ("team") makes no game of it;
- a quantifier's "of" phrase as a doer's object names what is burned ("burned several of
  their shops").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main d9392106."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh33" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def test_an_asked_who_names_no_doer(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "courtroom-quetta-irishexaminer.txt")
    assert not [e.label for e in out.events if "Pakistan" in e.actors]
    mindanao = (
        "Rebels fighting in the hills of Mindanao. Who carried out the ambush on the convoy "
        "near Marawi was not clear on Friday."
    )
    assert [e.actors for e in events_of(read, mindanao, "attack", "2017-06-02")] == [[]]
    told = "It was the army that carried out the raid on the village near Ocosingo, it found."
    assert [e.actors for e in events_of(read, told, "attack", "1995-02-10")] == [["army"]]


def test_a_joined_verb_that_harms_the_clauses_people(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "vaccinators-peshawar-latitudes.txt")
    assert [e.actors for e in out.events if e.type == "attack"] == [["gunmen"]]
    water = (
        "Gunmen on motorcycles fired on soldiers who were guarding a water project near the "
        "border on Friday and killed three of the soldiers, officials said."
    )
    doers = [e.actors for e in events_of(read, water, "attack", "2010-05-03")]
    assert doers and all(d == ["gunmen"] for d in doers)


def test_a_tally_over_a_year_is_no_act(read) -> None:
    tally = "The militia kidnapped 12 last year in the district, a report said."
    assert events_of(read, tally, "kidnapping", "2004-03-01") == []
    day = "Rebels blew up 14 pylons on Monday in Balochistan, officials said."
    assert len(events_of(read, day, "bombing", "2006-09-12")) == 1


def test_shot_dead_with_dead_on_the_ones_shot(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "vaccinators-karachi-nbc-2014.txt")
    assert [e.actors for e in out.events if e.type == "attack"] == [["armed men"]]
    bank = "Gunmen shot dead two guards at a bank in Medellin in 1989."
    assert [e.actors for e in events_of(read, bank, "attack", "1989-05-20")] == [["gunmen"]]
    beasts = "Gunmen shot three rhinos dead in the reserve near Kruger last year."
    assert events_of(read, beasts, "attack", "2014-03-01") == []
    joke = "The coach said his team was shot dead by the referee's calls in Lagos, a joke."
    assert events_of(read, joke, "attack", "2014-03-01") == []


def test_a_quantifiers_of_phrase_names_what_is_burned(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "masts-nigeria-indianexpress.txt")
    assert [e.actors for e in out.events if "Maiduguri" in e.label] == [["assailants"]]
    jos = "The militants burned many of the houses in a village near Jos, witnesses said."
    assert [e.actors for e in events_of(read, jos, "attack", "2010-03-08")] == [["militants"]]
    habit = "Most of the captives are released within a week, the police say."
    assert events_of(read, habit, "release", "2010-03-08") == []
    cars = "Rioters burned several of the cars parked near the stadium in Marseille."
    assert events_of(read, cars, "attack", "1998-06-15") == []
