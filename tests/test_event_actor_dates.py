"""A group named by an armed men's noun keeps its own capitalised words, not a date the parser
put at the phrase's left edge: "On 14 April Karen soldiers attacked ..." names Karen soldiers,
where the event's title read "April Karen soldiers". A date inside a group's own name, with no
word of time before it, stays its name ("March 23 Movement"). The real spaCy pipeline,
geoparser and gazetteer; the first test fails on main 22b1218f."""

from __future__ import annotations

import pytest

from tests.events_reading import one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 14 April Karen soldiers attacked army positions near the Moei river.",
            "Karen soldiers",
        ),
        (
            "On 2 June Tuareg fighters attacked an army convoy outside Kidal.",
            "Tuareg fighters",
        ),
    ],
)
def test_a_date_before_a_group_s_men_is_no_part_of_their_name(read, text, actor) -> None:
    event = one_event(read, text, "attack", "1995-06-20")
    assert event.actors == [actor], event.label


def test_a_group_named_with_a_date_keeps_it(read) -> None:
    text = "In May 2012 March 23 Movement rebels attacked government positions near Goma."
    event = one_event(read, text, "attack", "2012-06-01")
    assert event.actors and not event.actors[0].startswith(("May", "2012")), event.label
