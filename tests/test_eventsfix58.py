"""Kinds stop 46 left, fixed as kinds (branch eventsfix58), each beside stories of other senses
(benchmarks/data/eventsfix58/stories.txt, stories2.txt) that keep their reading:

- a decision taken to expel diplomats or to impose sanctions is the act done ("Russia has
  decided to expel 15 Dutch diplomats"); a decision against an act refuses it ("Poland
  decided against expelling the Russian ambassador");
- an act of force under a word of speech is a figure ("lobbed verbal grenades at
  Washington", "the verbal clash");
- a site struck by an armed side is attacked ("Ukrainian forces struck a refinery in the
  Russian city of Volgograd");
- a headline's act takes the day its lede tells for it (the La Paz palace stormed on
  Wednesday, not the Thursday date line's day);
- a headline's act by a state's forces and its lede's by forces named by their noun are one
  act ("Russian forces storm hostage school", then "Troops stormed the school").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 75b016ec."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks/data"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2022-04-19")


def test_a_decision_taken_to_expel_is_the_expulsion(geoparsing, read) -> None:
    out = article(geoparsing, DATA / "events_fresh25/docs/expel-dutch-urdupoint-2022.txt")
    expelled = [e for e in out.events if e.type == "expulsion"]
    assert [(e.actors, e.targets) for e in expelled] == [(["Russia"], ["Netherlands"])]
    eu = "The European Union decided on Friday to impose sanctions on Belarus over the election."
    assert [e.actors for e in events_of(read, eu, "sanction", "2020-08-14")] == [["European Union"]]
    against = "Poland decided against expelling the Russian ambassador."
    assert events_of(read, against, "expulsion") == []
    # of other senses: a decision to come, refused, undone, or of an act not done by deciding
    for text in (
        "Russia may decide to expel Dutch diplomats, a senator said.",
        "Russia decided not to expel the Dutch diplomats, the ministry said on Tuesday.",
        "If Russia decides to expel the diplomats, the Netherlands will respond in kind.",
        "The council had decided to impose sanctions on the junta, but the decision was "
        "reversed after talks in Abuja.",
    ):
        assert [e.type for e in read(text).events if e.type in ("expulsion", "sanction")] == []
    assert events_of(read, "The rebels decided to attack the town of Kidal.", "attack") == []


def test_an_act_of_force_under_a_word_of_speech_is_a_figure(read) -> None:
    grenades = "Opposition leaders in Caracas lobbed verbal grenades at Washington on Monday."
    assert events_of(read, grenades, "bombing", "2019-03-04") == []
    clash = "The two ministers met in Lagos, and the verbal clash went on for an hour."
    assert events_of(read, clash, "clash", "2019-03-04") == []
    # of other senses: grenades lobbed, a verbal agreement, "verbal" another noun's word
    real = "Militants lobbed grenades at a police post in Srinagar on Monday."
    assert len(events_of(read, real, "bombing", "2019-03-04")) == 1
    agreed = "The two sides reached a verbal agreement on a ceasefire in Doha on Sunday."
    assert len(events_of(read, agreed, "ceasefire", "2019-03-04")) == 1
    warned = "Verbal warnings were ignored before soldiers fired on the crowd in Lagos on Sunday."
    assert len(events_of(read, warned, "attack", "2019-03-04")) == 1


def test_a_site_struck_by_an_armed_side_is_attacked(geoparsing, read) -> None:
    out = article(geoparsing, DATA / "events_fresh25/docs/drone-syzran-kyivindependent.txt")
    struck = [e for e in out.events if e.type == "attack"]
    assert [e.actors for e in struck] == [["Ukraine"]]
    assert [x.text[:24] for x in struck[0].evidence] == ["On Aug. 14, Ukrainian fo"]
    lviv = "Russian troops struck an oil depot in Lviv on Saturday."
    assert [e.actors for e in events_of(read, lviv, "attack", "2022-04-16")] == [["Russia"]]
    # of other senses: a deal, lightning, a storm, camp struck, a passive, a labour strike
    for text in (
        "Ukrainian forces struck a deal with the port authority in Odesa on Monday.",
        "Lightning struck the refinery in Baytown on Friday.",
        "A storm struck the naval base at Norfolk on Friday.",
        "Troops struck camp near the base at dawn and marched north.",
        "Soldiers were struck by a truck outside the base in Kandahar on Monday.",
        "Workers at the refinery in Abadan struck on Monday over unpaid wages.",
    ):
        assert events_of(read, text, "attack") == []


def test_a_headlines_act_takes_the_day_its_lede_tells(geoparsing, read) -> None:
    out = article(geoparsing, DATA / "events_fresh24/docs/coup-lapaz-newspravda-2024.txt")
    assert [e.date for e in out.events if e.type == "attack"] == ["2024-06-26"]
    # of other senses: a day of saying, another side's act, a lede that tells two days
    for text in (
        "Gunmen storm hotel in Mogadishu\n\nThe police said on Tuesday that gunmen had "
        "stormed a hotel in the city, killing nine people.",
        "Israeli troops raid Jenin camp\n\nPalestinian gunmen attacked an army post near "
        "Jenin on Tuesday.",
    ):
        assert "2023-05-04" in [e.date for e in events_of(read, text, "attack", "2023-05-04")]


def test_a_states_forces_in_a_headline_and_its_lede_are_one_act(geoparsing, read) -> None:
    out = article(geoparsing, DATA / "events_fresh23/docs/hostages-beslan-kyivpost.txt")
    stormed = [e for e in out.events if e.actors == ["Russia"]]
    assert [len(e.evidence) for e in stormed] == [2]
    assert "troops" not in [a for e in out.events for a in e.actors]
    # of other senses: another state's troops, rebels, a later paragraph's troops
    for text in (
        "Turkish troops attack Kurdish positions\n\nSyrian troops attacked rebels in Idlib on "
        "Tuesday.",
        "Ethiopian troops attack rebel town\n\nRebels attacked army posts in Tigray on "
        "Tuesday, a spokesman said.",
        "Russian forces storm hostage school\n\nThe siege began on Wednesday when militants "
        "seized the building.\n\nTroops stormed a school in Dagestan last year in a similar "
        "siege.",
    ):
        assert len(events_of(read, text, "attack", "2023-05-04")) == 2
