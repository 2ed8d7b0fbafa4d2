"""The lead's mend of stop 42: an attack a word of speech qualifies ("a sharp attack on their
leaders by President Slobodan Milosevic", stances_fresh20 n04; "a blistering attack on the
press") is words, no armed attack; a fierce, surprise or deadly attack stays one. Fails on main
a4fda2b1."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2023-05-05")


@pytest.mark.parametrize(
    "text",
    [
        "BELGRADE - A sharp attack on their leaders by President Slobodan Milosevic suggested "
        "that the break is real.",
        "The president made a blistering attack on the press in Washington on Monday.",
        "Iran's foreign minister delivered a withering attack on Washington's sanctions in "
        "Tehran on Friday.",
        "The senator's verbal attack on the envoy in Brussels drew a rebuke.",
    ],
)
def test_an_attack_in_words_is_no_event(read, text) -> None:
    assert events_of(read, text, "attack") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops launched a fierce attack on Ukrainian positions near Bakhmut on Monday.",
        "Gunmen carried out a surprise attack on a police post in Kandahar on Sunday, killing "
        "four officers.",
        "A deadly attack on a village in Borno state killed 20 people on Saturday.",
    ],
)
def test_an_armed_attack_stays(read, text) -> None:
    assert len(events_of(read, text, "attack")) == 1, text
