"""A "they" opening the sentence after a report is the reported clause's plural subject
(branch eventsfix42).

"Officials from Kenya and Ethiopia said the militants had crossed the border. They attacked a
police post" made Kenya the attacker: the pronoun fell back on the first side the sentence
before named, the speakers. When that sentence ends on a clause reported after its speech verb
whose subject is plural, "they" is that subject: the sides named on it ("the Russians"), or
nobody ("the militants"). "They added ...", a last clause with a singular subject, and a
clause that names the men again keep the reading they had.

The real spaCy pipeline, geoparser and gazetteer; each test fails on main cf115fa0."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2020-01-10")


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [
        (
            "Officials from Kenya and Ethiopia said the militants had crossed the border. They"
            " attacked a police post in Mandera.",
            "attack",
            [[]],
        ),
        (
            "Kenyan officials said the militants had crossed the border. They attacked a police"
            " post in Mandera.",
            "attack",
            [[]],
        ),
        (
            "Kenya and Ethiopia said the gunmen had fled into Somalia. They attacked a police"
            " post in Mandera on Sunday.",
            "attack",
            [[]],
        ),
        (
            "Ukrainian officials said the Russians had crossed the river. They shelled Kherson"
            " on Sunday.",
            "bombardment",
            [["Russia"]],
        ),
    ],
)
def test_they_after_a_report_is_the_reported_subject(read, text, etype, actors):
    assert [e.actors for e in events_of(read, text, etype, "2020-01-10")] == actors
