"""eventsq41's rules narrowed where sentences of other senses (benchmarks/data/review73/)
read wrong on main 5838a317, each beside the senses the rule must keep:

- a span of years hung on a noun a superlative ranks ("the deadliest attack in Britain over
  the past decade") is the field one act is ranked in, no toll;
- fire traded over a matter, shots on goal, or fire traded by named persons alone are words
  or a game, no clash;
- a talk likened to an artillery duel is no clash;
- an offensive against a party the lexicon knows to fight only in other lands is no attack
  at home.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 5838a317."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2017-05-23")


def test_a_span_a_superlative_ranks_is_one_act(read) -> None:
    text = (
        "A suicide bomber killed 22 people at a concert in Manchester on Monday, the deadliest"
        " attack in Britain over the past decade."
    )
    assert places_of(read, text, "attack") == ["Manchester"]
    text = (
        "Three men attacked people on London Bridge on Saturday, the worst attack on the city"
        " over the past decade."
    )
    assert len(events_of(read, text, "attack")) == 1
    # a toll over the span stays none
    text = "Hundreds of aid workers have been kidnapped in Somalia over the past decade."
    assert events_of(read, text, "kidnapping") == []
    text = "More than 2,000 people have been killed in attacks in Borno over the past decade."
    assert events_of(read, text, "attack") == []


def test_fire_traded_in_words_or_a_game_is_no_clash(read) -> None:
    for text in (
        "Clinton and Trump traded fire over taxes in St. Louis on Sunday.",
        "Argentina and France exchanged shots on goal in Lusail on Sunday.",
        "The finance minister and his deputy traded fire about the budget in Nairobi on Tuesday.",
    ):
        assert events_of(read, text, "clash") == [], text
    # fire traded over a place or a time, or with a named gunman, is a clash
    for text, where in (
        ("Congolese troops traded fire with M23 rebels near Goma over the weekend.", "Goma"),
        (
            "Thai and Cambodian soldiers exchanged fire over the border near Preah Vihear on"
            " Saturday.",
            "Preah Vihear",
        ),
        ("Police exchanged gunfire with Syed Farook in San Bernardino on Wednesday.", None),
        ("Soldiers and militants exchanged shots at a checkpoint near Kirkuk on Thursday.", None),
    ):
        got = places_of(read, text, "clash")
        assert len(got) == 1, text
        assert where is None or got == [where], text
    assert (
        len(
            events_of(
                read,
                "Indian and Pakistani troops exchanged fire over the Line of Control on Monday.",
                "clash",
            )
        )
        == 1
    )


def test_a_talk_likened_to_an_artillery_duel_is_no_clash(read) -> None:
    text = (
        "The debate in parliament in London turned into an artillery duel between the two"
        " parties on Monday."
    )
    assert events_of(read, text, "clash") == []
    text = "Fighting near the temple turned into an artillery duel on Sunday."
    assert len(events_of(read, text, "clash")) == 1
    text = "Thai and Cambodian troops resumed an artillery duel on Saturday."
    assert len(events_of(read, text, "clash")) == 1


def test_an_offensive_against_a_party_fighting_abroad_is_not_at_home(read) -> None:
    text = "Kenya's army began an offensive against al-Shabab militants on Sunday."
    assert [e.type for e in read(text).events] == ["incursion"]
    text = "The US military began an offensive against the Islamic State on Monday."
    assert [e.type for e in read(text).events] == ["incursion"]
    # a party of the state's own land, or one the lexicon does not know: at home
    for text in (
        "Nigeria's army launched an offensive against Boko Haram on Monday.",
        "Iraq's army began an offensive against the Islamic State on Monday.",
        "Somalia's army launched an offensive against al-Shabab on Monday.",
        "Tensions have risen since Congo's army began an offensive against the FDLR in 2015.",
    ):
        assert [e.type for e in read(text).events] == ["attack"], text
