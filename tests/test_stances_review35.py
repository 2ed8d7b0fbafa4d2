"""A reviewer's findings on the invasions and attacks read between two named states: "Iraq
invaded Kuwait" opposes Iraq to Kuwait, but an entry asked for by the state entered is no act
against it, men no longer the state's ("former", "rogue") do not stand for it, a state's men in
its own listed war may strike foreign men who are its allies, a compass word before another
state's name names a region ("East Pakistan"), an attack by mistake is no act against a foe, an
act not done denies no side, and an invasion is fought in each state invaded, an attack on a
state (not on its men) in that state, not where it was launched from. Every sentence is the
reviewer's own, from other wars and decades than the batches'.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- no opposition where the sentence does not state one -----------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        # an entry asked for by the state entered
        (
            "Saudi troops invaded Bahrain at Bahrain's request.",
            "2011-03-14",
            ("Saudi Arabia", "opposes", "Bahrain"),
        ),
        (
            "Russian troops invaded Kazakhstan at Kazakhstan's invitation.",
            "2022-01-06",
            ("Russia", "opposes", "Kazakhstan"),
        ),
        (
            "Moroccan troops invaded Zaire at the request of Zaire in 1977.",
            "1977-04-10",
            ("Morocco", "opposes", "Zaire"),
        ),
        # men who are not the state's
        (
            "Former Eritrean soldiers attacked Ethiopian troops near Badme.",
            "1998-06-01",
            ("Eritrea", "opposes", "Ethiopian government"),
        ),
        (
            "Rogue Eritrean soldiers attacked Ethiopian troops.",
            "1998-06-01",
            ("Eritrea", "opposes", "Ethiopian government"),
        ),
        # a listed war's side at home striking foreign men, who may be its allies
        (
            "Afghan soldiers attacked American troops at a base in Helmand.",
            "2012-08-10",
            ("Afghanistan", "opposes", "United States"),
        ),
        (
            "Former Iraqi soldiers attacked American troops in Fallujah.",
            "2004-04-01",
            ("Iraq", "opposes", "American government"),
        ),
        # an attack by mistake
        (
            "British troops attacked American soldiers by mistake in a friendly-fire incident.",
            "2003-03-25",
            ("United Kingdom", "opposes", "American government"),
        ),
        (
            "Ukrainian troops attacked Russian soldiers by mistake.",
            "2014-09-01",
            ("Ukraine", "opposes", "Russia"),
        ),
        # a compass word before another state's name: a region of it, not a state of today
        (
            "Indian troops invaded East Pakistan.",
            "1971-12-03",
            ("India", "opposes", "Bangladesh"),
        ),
    ],
)
def test_no_opposition_the_sentence_does_not_state(parse, text, date, wrong):
    ex = parse(text, date)
    assert wrong not in claims(ex), claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        (
            "Iraq never invaded the United States, yet American troops invaded Iraq.",
            "2003-03-20",
            ("Iraq", "opposes", "United States"),
        ),
        ("Chad never invaded Libya.", "1987-08-01", ("Chad", "opposes", "Libya")),
    ],
)
def test_an_act_not_done_denies_no_side(parse, text, date, wrong):
    """Not invading a state is no denial that one opposes it."""
    ex = parse(text, date)
    assert wrong not in claims(ex, negated=True), claims(ex, negated=True)


# --- an invasion is fought in each state invaded, an attack on a state in it ---------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        (
            "Germany invaded Belgium and France in May 1940.",
            "1940-05-10",
            "Germany",
            "Belgium",
            "Belgium",
        ),
        (
            "German troops invaded Norway and Denmark.",
            "1940-04-09",
            "Germany",
            "Denmark",
            "Denmark",
        ),
        ("Iraq invaded Kuwait and Saudi Arabia.", "1990-08-02", "Iraq", "Kuwait", "Kuwait"),
        # an attack on a state itself lands in it, not where it was launched from
        (
            "Russian troops attacked Ukraine from Belarusian territory.",
            "2022-03-01",
            "Russia",
            "Ukraine",
            "Russia–Ukraine war",
        ),
        # a listed war is fought where its belligerents are too
        (
            "Ukraine invaded Russia in August 2024.",
            "2024-08-10",
            "Ukraine",
            "Russia",
            "Russia–Ukraine war",
        ),
        (
            "Russian media reported that Ukrainian forces attacked Russia.",
            "2022-02-24",
            "Ukraine",
            "Russia",
            "Russia–Ukraine war",
        ),
        (
            "Iraqi forces attacked Israel and Saudi Arabia with Scud missiles.",
            "1991-01-18",
            "Iraq",
            "Israel",
            "Israel (1990s)",
        ),
    ],
)
def test_an_invasion_or_an_attack_is_fought_in_the_state_attacked(
    parse, text, date, power, party, war
):
    ex = parse(text, date)
    assert (power, "opposes", party) in claims(ex), claims(ex)
    assert theatre_of(ex, power, party) == {war}, ex.theatres


# --- guards: what the rules must still read ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # a listed war's side attacking foreign men abroad (Khafji is in Saudi Arabia)
        (
            "Iraqi troops attacked American troops in Khafji.",
            "1991-01-29",
            ("Iraq", "opposes", "United States"),
        ),
        # compass words that are the state's own name
        (
            "North Korea invaded South Korea.",
            "1950-06-25",
            ("North Korea", "opposes", "South Korea"),
        ),
        (
            "Indonesian troops invaded East Timor.",
            "1975-12-07",
            ("Indonesia", "opposes", "Timor Leste"),
        ),
        ("Soviet troops invaded Hungary.", "1956-11-04", ("Soviet Union", "opposes", "Hungary")),
        ("Germany invaded Belgium.", "1914-08-04", ("Germany", "opposes", "Belgium")),
        (
            "Ukrainian troops attacked Russian soldiers.",
            "2014-09-01",
            ("Ukraine", "opposes", "Russia"),
        ),
    ],
)
def test_invasions_and_attacks_still_read(parse, text, date, claim):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
