"""Kinds a twenty-seventh fresh batch (benchmarks/data/events_fresh27) read wrong or missed,
fixed as kinds (branch eventsq46), each beside sentences of other senses written for it that
keep their reading:

- a crime named as what a land fights is no act ("Zamfara state, which has been fighting
  cattle rustling and kidnapping in recent months");
- acts summed up as the toll of the last days are no one act ("the sniper attacks that have
  killed eight people in the region in the past 12 days");
- an act charged to the people another act struck is theirs, never the same event ("shot dead
  two men accused of the abduction of a girl" is no kidnapping by the gunmen);
- one beaten, hacked or stoned to death was attacked ("was beaten to death by a crowd that took
  him for a thief").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main f82827e2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, one_event, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh27" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def test_a_crime_a_land_fights_is_no_act(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "cattle-zanoka-newssummedup-2018.txt")
    # was a kidnapping of 23 people in Zamfara; the raid that killed them is now the attack
    assert [e.type for e in out.events] == ["attack"]
    plan = "Mexican officials unveiled a plan to curb kidnappings in the state of Tamaulipas."
    assert read(plan).events == []
    # ours, of other senses: fights fought, acts fought off and one raid battled stay
    battles = "British and Argentine troops fought fierce battles near Port Stanley on Tuesday."
    assert [e.type for e in read(battles).events] == ["clash"]
    off = "American marines fought off attacks by insurgents in Falluja on Monday."
    assert [e.type for e in read(off).events] == ["attack"]


def test_a_toll_of_the_last_days_is_no_one_act(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "sniper-fallschurch-independent.txt")
    tolls = [e for e in out.events for x in e.evidence if "past 12 days" in x.text]
    assert tolls == []  # was an attack on people in Fairfax, the sum of eight killings
    week = (
        "The air strikes that have killed more than 100 people in Aleppo in the past week drew "
        "condemnation from the Arab League."
    )
    assert read(week).events == []
    # ours, of other senses: one strike, and two counted, stay
    one = (
        "The air strike that has killed 20 people in Aleppo in the past day drew condemnation "
        "from the Arab League."
    )
    assert read(one).events  # the strike (read as an attack) stays
    two = "The two bombings that have killed 30 people in Mumbai in the past day were unclaimed."
    assert len(read(two).events) == 1


def test_an_act_charged_to_those_struck_is_theirs(read) -> None:
    text = "Gunmen shot dead two men accused of the abduction of a girl in Assam on Friday."
    kidnapping = one_event(read, text, "kidnapping")
    assert kidnapping.actors == [] and kidnapping.targets == ["girl"]  # was the gunmen's
    assert one_event(read, text, "attack").targets == ["men"]
    grozny = (
        "Russian soldiers shot dead three men accused of the kidnapping of two journalists "
        "near Grozny on Sunday, officials said."
    )
    assert one_event(read, grozny, "attack").actors == ["Russia"]
    assert one_event(read, grozny, "kidnapping").actors == []
    # ours, of another sense: the charge as the clause's own verb is read as before
    tankers = "Iran was accused of attacking two tankers in the Gulf of Oman on Thursday."
    assert one_event(read, tankers, "attack").actors == ["Iran"]


def test_one_beaten_to_death_was_attacked(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "lynch-thane-businessstandard-2014.txt")
    assert [(e.type, e.actors, e.targets) for e in out.events] == [
        ("attack", ["crowd"], ["man"])
    ]  # was nothing
    kismayo = "Militants stoned a woman to death in Kismayo on Monday, witnesses said."
    assert one_event(read, kismayo, "attack").actors == ["militants"]
    # ours, of other senses: a story beaten to death, a title won, computers hacked
    story = "The story of the merger has been beaten to death by the business press in London."
    assert read(story).events == []
    title = "Flamengo beat Vasco to the Rio championship on Sunday."
    assert read(title).events == []
    hacked = "Hackers hacked into the computers of the election board in Manila last week."
    assert events_of(read, hacked, "attack") == []
