"""Acts in the plural over a counted span of years are a habit, not one event ("For 15 years
the rebels have launched raids on villages"), as "for years" already was; a span of years
beside a day's act, or a count of days, keeps that act.

The real spaCy pipeline, geoparser and gazetteer; the first test fails on main a527931f."""

from __future__ import annotations

import pytest

from tests.events_reading import reader


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
