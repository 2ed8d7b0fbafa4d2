"""eventsfix58's rules narrowed where a reviewer's stories of other senses read worse with them
(branch review88, benchmarks/data/review88/sentences.txt):

- a word of speech joined to another manner is one of the act's ways ("clashed, first
  verbally and then with machetes": a clash);
- a decision no one took, or one taken and then dropped, or one to lift or delay sanctions, is
  no act done by deciding;
- "base", "target" and "position" as a foot, an aim or a stance, and a site struck from a list,
  are not struck by an armed side;
- a headline's act dated by its lede only by what both say the act was done to, not by their
  doers nor by a place told only as where;
- a lede's troops on the headline's state's own ground ("in India's Uri sector") are not the
  headline's forces told again.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 28091931."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2022-05-10")


def test_a_word_of_speech_and_another_manner_is_no_figure(read) -> None:
    text = (
        "Rival cult groups clashed, first verbally and then with machetes, in Port Harcourt "
        "on Sunday, leaving four dead."
    )
    assert len(events_of(read, text, "clash", "2019-06-11")) == 1
    # the kind still holds: speech alone
    alone = "The two ministers met in Lagos, and the verbal clash went on for an hour."
    assert events_of(read, alone, "clash", "2019-06-11") == []


def test_no_one_deciding_is_no_expulsion(read) -> None:
    text = (
        "No country in the region has decided to expel Russian diplomats, officials in Riga said."
    )
    assert events_of(read, text, "expulsion") == []


def test_a_decision_dropped_is_no_expulsion(read) -> None:
    text = (
        "Moldova had decided to expel two Russian diplomats but backed down after a call from "
        "Moscow."
    )
    assert events_of(read, text, "expulsion") == []
    # the kind still holds: a decision taken
    czech = (
        "The Czech government decided on Saturday to expel 18 Russian diplomats over the "
        "Vrbetice blasts."
    )
    assert [e.targets for e in events_of(read, czech, "expulsion")] == [["Russia"]]


def test_a_decision_to_lift_or_delay_sanctions_is_no_sanction(read) -> None:
    for text in (
        "The European Union decided on Monday to lift sanctions on Uzbekistan.",
        "The European Union decided on Monday to delay new sanctions on Iran until June.",
    ):
        assert events_of(read, text, "sanction") == []


def test_a_foot_an_aim_or_a_stance_is_no_site_struck(read) -> None:
    for text in (
        "France struck the base of the post twice before half-time but could not break down "
        "Tunisia in Doha.",
        "Pakistan struck the target of 160 with two balls to spare in Melbourne on Sunday.",
        "The military struck a defiant position in the talks with the opposition in Khartoum.",
    ):
        assert events_of(read, text, "attack", "2022-11-27") == []
    # the kind still holds
    crimea = "Ukrainian forces struck an ammunition depot in Crimea on Saturday."
    assert [e.actors for e in events_of(read, crimea, "attack", "2022-11-27")] == [["Ukraine"]]


def test_a_site_struck_from_a_list_is_not_attacked(read) -> None:
    for text in (
        "Germany struck its last nuclear plants from the energy plan in Berlin on Friday.",
        "The army struck the base at Fort Ord from the list of sites to be closed.",
    ):
        assert events_of(read, text, "attack", "2022-11-27") == []


def test_a_headline_is_not_dated_by_its_doers_or_its_place_alone(read) -> None:
    for text, etype in (
        (
            "Israeli troops raid Nablus\n\nIsraeli troops withdrew from Jenin camp on Tuesday "
            "after a two-day operation.",
            "attack",
        ),
        (
            "Students protest in Dhaka over fees\n\nStudents sat their final exams in Dhaka on "
            "Monday.",
            "protest",
        ),
        (
            "Troops shell Khan Younis\n\nTroops buried three comrades in Khan Younis on Tuesday.",
            "bombardment",
        ),
    ):
        assert [e.date for e in events_of(read, text, etype, "2024-03-07")] == ["2024-03-07"]


def test_a_ledes_troops_on_the_headlines_own_ground_are_another_act(read) -> None:
    text = (
        "Indian troops attack Pakistani posts\n\nTroops attacked an army camp in India's Uri "
        "sector on Sunday, killing 17 soldiers."
    )
    assert len(events_of(read, text, "attack", "2016-09-20")) == 2
    # the kind still holds: the lede names the state as where, not as an owner
    turkey = (
        "Turkish forces attack Kurdish militants in Iraq\n\nTroops attacked militant positions "
        "in northern Iraq near the border with Turkey on Tuesday."
    )
    assert len(events_of(read, turkey, "attack", "2024-08-07")) == 1
