"""Kinds a twenty-ninth fresh batch (benchmarks/data/events_fresh29) read wrong or missed,
fixed as kinds (branch eventsq48), each beside sentences of other senses written for it that
keep their reading (benchmarks/data/eventsq48/stories.txt):

- "who" in a clause that asks who did an act names no doer, nor does the speaker, and a
  pronoun it asks about is no side ("it was not certain who had attacked it");
- a name joined by "and other" to a noun shares that noun's head ("a base which hosts U.S.
  and other foreign forces" hosts forces: no meeting);
- an act told in the present with "often" is a habit, no one act ("Checkpoints and convoys
  are often attacked by insurgents");
- a craft of war that fired on a vessel attacked it ("A warship ... fired on a seagoing
  ferry");
- rockets fired at a place, told in the passive, are a bombardment ("rockets were fired at a
  military base near Baghdad").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main ddeef1cf."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh29" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def _sides(out) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.targets) for e in out.events]


def test_who_asked_is_no_doer(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "ferry-baroness-latimes-1990.txt")
    assert not [s for s in _sides(out) if "Cyprus" in s[1] + s[2]], _sides(out)
    asked = "Ethiopian officials said it was unclear who had shelled the border town of Humera."
    assert not [e for e in read(asked, "1994-07-02").events if "Ethiopia" in e.actors]
    # ours, of other senses: a cleft and a relative clause name the doers
    cleft = "It was the rebels who attacked the convoy near Goma on Monday, the army said."
    assert [e.actors for e in events_of(read, cleft, "attack", "2019-03-04")] == [["rebels"]]
    rel = "Villagers who attacked a police post in Assam on Sunday were arrested, officials said."
    assert [e.actors for e in events_of(read, rel, "attack", "2016-05-09")] == [["villagers"]]


def test_a_name_and_other_share_a_head(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "base-alasad-reuters-2021.txt")
    assert not [e for e in out.events if e.type == "meeting"], _sides(out)
    troops = (
        "Djibouti, which hosts France and other foreign armies, held a presidential election "
        "on Friday."
    )
    assert read(troops, "2021-04-09").events == []
    # ours, of another sense: delegations hosted for talks meet
    talks = "Egypt hosted Israeli and other delegations for talks in Cairo on Sunday."
    assert [e.actors for e in events_of(read, talks, "meeting", "2014-08-10")] == [
        ["Egypt", "Israel"]
    ]


def test_a_habit_told_in_the_present_is_no_event(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "checkpoint-baquba-bbc-2005.txt")
    assert [s for s in _sides(out) if s[0] == "attack"] == [("attack", ["United States"], [])]
    habit = "Rebels often attack villages in the hills of Mindanao, residents say."
    assert read(habit, "2013-02-14").events == []
    # ours, of other senses: an act of its own day, and one in the past, stay
    once = (
        "Gunmen attacked a bus near Peshawar on Sunday, police said, as they often do on that road."
    )
    assert [e.actors for e in events_of(read, once, "attack", "2008-07-07")] == [["gunmen"]]
    past = "Police said the gang often attacked travellers near Mombasa in 1998."
    assert [e.actors for e in events_of(read, past, "attack", "1999-05-02")] == [["gang"]]


def test_a_craft_of_war_firing_on_a_vessel_attacks_it(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "ferry-baroness-latimes-1990.txt")
    assert ("attack", [], ["seagoing ferry"]) in _sides(out)
    trawler = (
        "A warship fired on a fishing trawler off the coast of Sri Lanka on Tuesday, killing two "
        "fishermen."
    )
    assert [e.targets for e in events_of(read, trawler, "attack", "2009-02-17")] == [
        ["fishing trawler"]
    ]
    # ours, of other senses: a drill's target, a salute, a film's story
    for text in (
        "The frigate fired on a target barge during a naval drill off Crete on Monday.",
        "The destroyer fired a salute as it entered the harbour of Valletta.",
        "In the film, set in 1927, a gunboat fires on a ferry on the Yangtze.",
    ):
        assert read(text, "2018-05-15").events == [], text


def test_rockets_fired_at_a_place_are_a_bombardment(read) -> None:
    text = "At least 10 rockets were fired at a military base near Baghdad on Wednesday."
    assert len(events_of(read, text, "bombardment", "2021-03-03")) == 1
    # ours, of other senses: missiles fired into the sea, fireworks into the sky
    for text in (
        "Two missiles were fired into the sea off the east coast of Korea on Tuesday, Seoul said.",
        "Fireworks rockets were fired into the sky over Kabul after the match.",
    ):
        assert read(text, "2017-07-04").events == [], text
