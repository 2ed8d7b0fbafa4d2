"""Roles moved by a headline's form and by a span of time read as a subject (branch eventsq22).

"Beijing says Indian border troops crossed into Chinese territory" (the title of
benchmarks/data/events_fresh5's Sikkim story) made India a target of its own incursion. The
speaker's clause was not the cause: with no full stop, the line was read as a headline's
passive with its "were" left out ("Aid workers kidnapped in Kenya"), so the troops became what
was crossed into. A verb said of its subject with its own preposition and that preposition's
object ("crossed into", "fired on", "arrived in") is no such passive. And "Days after Egypt
and Syria launched their surprise attack" had no actors: the parser took "Days" for the
subject and the two states for the object of "after"."""

from __future__ import annotations

import pytest

from tests.events_reading import one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 1 July 2017."""
    return reader(geoparsing, "2017-07-01")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # benchmarks/data/events_fresh5/docs/incursion-sikkim-ibtimes-2017.txt, its title
        ("Beijing says Indian border troops crossed into Chinese territory", "India", "China"),
        ("Moscow says Ukrainian troops crossed into Russian territory", "Ukraine", "Russia"),
        (
            "Seoul said North Korean soldiers crossed into South Korean territory",
            "North Korea",
            "South Korea",
        ),
        ("Indian troops crossed into Chinese territory", "India", "China"),
        ("Turkish troops crossed into Syrian territory", "Turkey", "Syria"),
    ],
)
def test_a_headlines_crossing_is_done_by_its_subject(read, text, actor, target):
    ev = one_event(read, text, "incursion")
    assert (ev.actors, ev.targets) == ([actor], [target])


def test_a_headlines_firing_on_someone_is_done_by_its_subject(read):
    ev = one_event(read, "Police fired on protesters in Nairobi", "attack")
    assert (ev.actors, ev.targets) == (["police"], ["protesters"])


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Aid workers kidnapped in Kenya", "kidnapping", "aid workers"),
        ("Seven Pakistani workers kidnapped", "kidnapping", "workers"),
    ],
)
def test_a_headlines_passive_keeps_its_subject_as_the_target(read, text, etype, target):
    ev = one_event(read, text, etype)
    assert ev.actors == [] and target in " ".join(ev.targets).lower()


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # benchmarks/data/stances_fresh3/docs/t09-jta-remembering-1998.txt
        (
            "Days after Egypt and Syria launched their surprise attack on the holiest day of"
            " the Jewish year, Israel said it urgently needed tanks.",
            ["Egypt", "Syria"],
        ),
        (
            "Weeks after Iraq and Kuwait launched their attacks on the border posts, Saudi"
            " Arabia said it needed aid.",
            ["Iraq", "Kuwait"],
        ),
        (
            "Hours after Armenia and Azerbaijan launched their offensives, Georgia said it"
            " would close the border.",
            ["Armenia", "Azerbaijan"],
        ),
    ],
)
def test_who_launched_it_after_a_span_of_time_is_its_actor(read, text, actors):
    evs = [e for e in read(text).events if e.type in ("attack", "incursion")]
    assert [e.actors for e in evs] == [actors]


def test_a_span_of_time_after_an_event_names_no_actor(read):
    ev = one_event(read, "Days after the election, rebels attacked the capital.", "attack")
    assert ev.actors == ["rebels"]
