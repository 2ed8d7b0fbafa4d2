"""Where theatres33's rules drop a country on words that, in other stories, name the war's
own ground: a country that helps with its troops in its own land's listed war ("with the
help of Iraqi troops, American soldiers fought insurgents" in 2007), and the war's own
sides signing or meeting in their own land ("the army and the RSF signed a truce in
Khartoum"). Each sentence is written for these tests, from wars other than the stories in
which the rules were found; the last tests guard what the rules were made for."""

from __future__ import annotations

import pytest

from tests.test_stances_news import theatre_of


def _wars_of(ex, power: str) -> set[str]:
    """The wars of every claim the power makes (whoever the stance reader takes its party
    for: "the jihadists" or "jihadist groups")."""
    names = {t.id: t.name for t in ex.theatres}
    return {names[s.theatre] for s in ex.stances if s.power == power}


def _wars(parse, text: str, published: str | None = None) -> set[str]:
    return {t.name for t in parse(text, published).theatres}


@pytest.mark.parametrize(
    ("text", "date", "power", "war"),
    [
        (
            "With the help of Iraqi troops, American soldiers fought insurgents in the desert.",
            "2007-05-01",
            "United States",
            "Iraq",
        ),
        (
            "With the help of Malian soldiers, French troops fought the jihadists.",
            "2013-05-01",
            "France",
            "Sahel insurgency",
        ),
    ],
)
def test_a_helper_at_home_in_a_listed_war_is_where_the_war_is(parse, text, date, power, war):
    assert _wars_of(parse(text, date), power) == {war}


@pytest.mark.parametrize(
    ("text", "date", "war"),
    [
        ("The army and the RSF signed a truce in Khartoum.", "2023-05-10", "Sudan"),
        ("The rebels and Assad's envoys met in Damascus to discuss a ceasefire.", "2016-08-01",
         "Syria"),
    ],
)  # fmt: skip
def test_a_war_s_own_sides_signing_at_home_show_their_war(parse, text, date, war):
    assert war in _wars(parse, text, date)


@pytest.mark.parametrize(
    ("text", "date", "claim", "not_war"),
    [
        (
            # Vietnam has no listed war: the helper from abroad is still no ground
            "The Cambodian army fought the Khmer Rouge with the help of Vietnamese troops.",
            "1984-03-03",
            ("Cambodia", "Khmer Rouge"),
            "Vietnam",
        ),
    ],
)
def test_a_helper_with_no_listed_war_is_still_no_ground(parse, text, date, claim, not_war):
    wars = theatre_of(parse(text, date), *claim)
    assert wars
    assert not_war not in wars


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        (
            "The Central African government and the rebels signed a peace accord in the "
            "Libyan city of Sirte, ending the fighting in Bangui.",
            "2007-02-02",
            "Libya",
        ),
        (
            "Egypt sent its foreign minister to the Sudanese capital Khartoum to discuss the "
            "war in Darfur.",
            None,
            "Sudan",
        ),
    ],
)
def test_a_venue_of_other_sides_is_still_no_ground(parse, text, date, not_war):
    wars = _wars(parse, text, date)
    assert wars  # the war talked of is still shown
    assert not_war not in wars


@pytest.mark.parametrize(
    ("text", "date", "war", "not_war"),
    [
        (
            "With the help of Ukrainian special forces, Sudan's army fought the RSF near Omdurman.",
            "2024-03-01",
            "Sudan",
            "Russia–Ukraine war",
        ),
        (
            "With the help of Syrian volunteers, Russian troops fought Ukrainian forces near"
            " Bakhmut.",
            "2023-03-01",
            "Russia–Ukraine war",
            "Syria",
        ),
    ],
)
def test_who_helps_shows_no_war_of_its_own_land(parse, text, date, war, not_war):
    wars = _wars(parse, text, date)
    assert war in wars
    assert not_war not in wars


def test_who_helps_rebels_shows_no_war_of_its_own_land(parse) -> None:
    # Libya's troops helped Chad's rebels in Chad, whose war the lexicon does not list
    text = "With the help of Libyan troops, Goukouni's rebels seized Faya-Largeau."
    assert "Libya" not in _wars(parse, text, "1983-08-03")


def test_a_helper_named_as_where_the_fighting_is_still_shows_its_war(parse) -> None:
    text = (
        "With the help of Libyan defectors, the rebels fought Gaddafi's forces near Brega, in "
        "eastern Libya."
    )
    assert "Libya" in _wars(parse, text, "2011-05-01")
