"""A reviewer's read of eventsq40's event rules (branch review68), narrowed to their kind with
stories of other senses (benchmarks/data/review68/stories.txt):

- police act at home only when named with their state's word: bare "police" beside another
  side's troops are the dateline land's own ("Police and U.S. Marines ... FALLUJAH, Iraq");
- a third state's dateline stays when the act's own sentence has that land tell it ("DAMASCUS,
  Syria - Israeli jets struck Iranian weapons depots, the Syrian army said");
- "the attack in PLACE" of the next sentence is another act when it names another weekday than
  the act's own sentence;
- a year's count that names its latest act's day is news ("the latest on Tuesday");
- a truce worked towards that a clause of its own tells in the past as done was reached.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 2ed0ec28."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2020-05-05")


def test_bare_police_beside_another_side_are_the_lands_own(read) -> None:
    text = (
        "FALLUJAH, Iraq - Police and U.S. Marines attacked insurgents hiding in a mosque on "
        "Tuesday, officials said."
    )
    assert places_of(read, text, "attack", "2005-11-08") == ["FALLUJAH"]


def test_a_third_states_dateline_stays_when_that_land_tells_the_act(read) -> None:
    text = (
        "DAMASCUS, Syria - Israeli jets struck Iranian weapons depots overnight, the Syrian "
        "army said."
    )
    assert places_of(read, text, "air_strike", "2019-01-21") == ["DAMASCUS"]
    text = (
        "BAGHDAD - American jets struck Iranian forces near the Syrian border overnight, Iraqi "
        "officials said."
    )
    assert places_of(read, text, "air_strike", "2020-01-05") == ["BAGHDAD"]
    # a land named as where the jets flew from is no teller: the dateline is still left
    text = "DOHA, Qatar - American jets bombed Iraqi positions from the Qatar base overnight."
    assert places_of(read, text, "air_strike", "2003-03-21") == [None]


def test_the_attack_named_next_on_another_weekday_is_another_act(read) -> None:
    text = (
        "KABUL (AP) - A suicide bomber struck a military academy on Monday. The attack in "
        "Jalalabad on Sunday killed 12."
    )
    assert places_of(read, text, "bombing", "2020-02-11") == ["KABUL"]
    # no weekday of its own: the blast named next is still where it was
    text = (
        "MAIDUGURI, Nigeria - Suicide bombers struck a market. The blast in Damaturu killed "
        "dozens, witnesses said."
    )
    assert places_of(read, text, "bombing", "2011-11-05") == ["Damaturu"]


def test_a_years_count_that_names_its_latest_day_is_news(read) -> None:
    text = "This year militants have attacked two police posts in Kandahar, the latest on Tuesday."
    [attack] = events_of(read, text, "attack", "2019-06-20")
    assert attack.actors == ["militants"] and attack.date == "2019-06-18"
    text = (
        "This year Turkish jets have struck two PKK camps in northern Iraq, most recently on "
        "Sunday."
    )
    [strike] = events_of(read, text, "air_strike", "2020-09-15")
    assert strike.actors == ["Turkey"] and strike.date == "2020-09-13"
    # a count with no day stays no event
    text = "This year the army has recorded 300 attacks by insurgents in the north."
    assert events_of(read, text, "attack", "2019-12-30") == []


def test_a_truce_worked_towards_and_told_as_done_was_reached(read) -> None:
    text = "Turkey and Russia moved towards a ceasefire in Idlib that took effect at midnight."
    assert places_of(read, text, "ceasefire", "2020-03-05") == ["Idlib"]
    assert (
        events_of(
            read,
            "Egypt pushed Israel and Hamas towards a ceasefire on Sunday.",
            "ceasefire",
            "2014-07-20",
        )
        == []
    )
    text = "Mediators worked towards a ceasefire that would end the war in Darfur."
    assert events_of(read, text, "ceasefire", "2020-03-05") == []
