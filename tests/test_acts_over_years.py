"""Acts in the plural over a counted span of years are a habit, not one event ("For 15 years
the rebels have launched raids on villages"), as "for years" already was; a span of years
beside a day's act, or a count of days, keeps that act. An act named "among them" after acts
in the plural is one of a sum told in passing, unless its clause tells a day.

The real spaCy pipeline, geoparser and gazetteer; the first and third tests fail on main
a527931f."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import reader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2021-03-02")


def test_acts_over_a_count_of_years_are_a_habit(read) -> None:
    habit = (
        "The army said on Tuesday it had overrun rebel camps in the hills. For 15 years the "
        "rebels have launched raids on villages in the valley from these camps, officials said."
    )
    assert [e.type for e in read(habit).events] == []


def test_a_span_that_lasted_or_a_count_of_days_keeps_the_act(read) -> None:
    bomb = (
        "Fighters who waged attacks for 20 years laid down their arms in Mindanao on Friday, "
        "officials said. A bomb exploded near a school in Cotabato the same day."
    )
    assert [e.type for e in read(bomb).events] == ["bombing"]  # the day's bomb stays
    days = "Herders said gunmen had staged raids for three days in a row near Mandera."
    assert [e.type for e in read(days).events] == ["attack"]


def test_one_act_named_among_many_is_no_event(geoparsing, read) -> None:
    from tests.events_reading import article

    story = ROOT / "benchmarks" / "data" / "dates_fresh2" / "docs"
    out = article(geoparsing, story / "weekday-uk-parliament-dailybeast-2014.txt")
    # the killings a vote condemned, one named "among them", are no attack of the vote's day
    assert not any(x.text.startswith("The motion") for e in out.events for x in e.evidence)
    summed = "The rebels' attacks, among them the bombing of a bus near Quetta, drew condemnation."
    assert read(summed).events == []
    # ours, of other senses: one named among acts of a told day stays
    day = "Three bombs went off in Kabul on Monday, among them a car bomb near the ministry."
    assert [e.type for e in read(day).events] == ["bombing"]
