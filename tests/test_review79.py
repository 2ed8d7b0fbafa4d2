"""A reviewer's narrowings of the events rules eventsq43 and eventsfix55 merged (branch
review79, stories in benchmarks/data/review79/sentences.txt), each beside the rule's own sense,
which keeps its reading:

- a lede that answers words said or a decision taken abroad (a speech, a law) puts no act
  there: the story's later acts stay at the dateline;
- a land's troops striking an armed party whose home is that land fight at home: the land is
  the story's ground;
- "stormed past" the men who guard a place or the wall that closes it takes the place;
- a crowd told as nobody, or as whoever might, that "gathered to protest" made no protest.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 999d9f06."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "1983-03-10")


def test_words_answered_abroad_put_no_act_there(read) -> None:
    text = (
        "MOSCOW - The Soviet Union denounced the speech the American president gave in Orlando"
        " on Tuesday.\n\nStudents protested outside the US embassy on Wednesday."
    )
    assert places_of(read, text, "protest") == ["MOSCOW"]  # was Orlando
    # the rule's own sense: an act of force answered abroad is there
    text = (
        "TOKYO - Japan condemned the bombing of a housing compound in Riyadh that killed 34"
        " people.\n\nPolice said the attackers rammed a car into the gate."
    )
    assert places_of(read, text, "bombing", "2003-05-13") == ["Riyadh"]


def test_troops_striking_their_lands_own_party_are_at_home(read) -> None:
    text = (
        "Nigeria troops attacked Boko Haram camps in the Sambisa forest on Tuesday, killing 30"
        " fighters, the army said."
    )
    assert places_of(read, text, "attack", "2015-02-10") == ["Nigeria"]  # was None
    # the rule's own sense: troops striking no party of their land stay no ground
    text = "US troops attacked insurgents near a mosque on Monday, killing 12, officials said."
    assert places_of(read, text, "attack", "2004-04-06") == [None]


def test_storming_past_guards_or_a_wall_takes_the_place(read) -> None:
    text = (
        "Militants stormed past the perimeter fence of an army base in Uri on Sunday, killing"
        " 17 soldiers."
    )
    assert places_of(read, text, "incursion", "2016-09-18") == ["Uri"]  # was none
    text = "Viet Cong commandos stormed past the sentries at the US embassy in Saigon on Wednesday."
    assert places_of(read, text, "incursion", "1968-01-31") == ["Saigon"]  # was none
    # the rule's own sense: past a rival or a land passed, no storming
    assert events_of(read, "Hurricane Irma stormed past Cuba on Saturday.", "incursion") == []
    assert events_of(read, "Arsenal stormed past Crystal Palace on Saturday.", "incursion") == []


def test_nobody_or_whoever_gathered_made_no_protest(read) -> None:
    text = "No one gathered to protest the decision in Minsk on Saturday."
    assert events_of(read, text, "protest", "2020-05-30") == []  # was a protest
    text = "Police barred anyone who gathered to protest from the square in Tehran."
    assert events_of(read, text, "protest", "2022-09-25") == []  # was a protest
    # the rule's own sense: a crowd that gathered to protest made it
    text = "Hundreds gathered outside a police station to protest the killing on Sunday."
    assert len(events_of(read, text, "protest", "2020-05-31")) == 1
