"""The thirty-third pass on who backs whom: the wrong claims of an eleventh fresh batch of
real news (``benchmarks/stances_fresh11.py``) and a miss a general rule reaches, each tried on
sentences of other wars. Where a watchdog or a firm is based ("Resolve, a group based in the
United States") is where it sits, not where the war it reports on is fought, nor whom "its"
means in the next sentence; one man's word
with his name beside it ("the fugitive warlord Kony") is that man, not an unnamed group; and
a state's soldiers named by where they come from ("troops from Zimbabwe and Tanzania") are its
forces, as "Zimbabwean troops" are.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a body's seat is no place of the war ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "power", "party", "not_war"),
    [
        # before: filed in [United Kingdom]
        (
            "Global Witness, a group based in Britain, published its findings on Monday. "
            "Witnesses say the army of Burundi sheltered the rebel commanders for months.",
            "Burundi",
            "rebel commanders",
            "United Kingdom",
        ),
        (
            "Conflict Armament Research, a firm based in the United Kingdom, examined the "
            "rifles. Eritrea armed the militia leaders who seized the port, the firm says.",
            "Eritrea",
            "militia leaders",
            "United Kingdom",
        ),
        # a seat written as one word with its town
        (
            "The London-based monitor counted the dead. Witnesses say Chad's army protected "
            "the rebel leaders.",
            "Chad",
            "rebel leaders",
            "United Kingdom",
        ),
    ],
)
def test_where_a_watchdog_is_based_is_not_the_war(parse, text, power, party, not_war):
    ex = parse(text, "2014-06-10")
    wars = theatre_of(ex, power, party)
    assert wars, claims(ex)
    assert not_war not in wars, wars


def test_a_watchdogs_seat_leaves_the_war_its_story_names(parse):
    ex = parse(
        "Global Witness, a group based in Britain, published its findings on Monday. "
        "Witnesses say the army of Burundi sheltered the rebel commanders for months.",
        "2014-06-10",
    )
    assert theatre_of(ex, "Burundi", "rebel commanders") == {"Burundi"}


def test_the_country_a_watchdog_sits_in_is_not_its_pronoun(parse):
    # before: claimed by the United Kingdom ("Its researchers": Britain's)
    ex = parse(
        "In a report released on Monday, Global Witness, a group based in Britain, traced "
        "the trade. Its researchers say the army of Burundi sheltered the rebel commanders "
        "for months.",
        "2014-06-10",
    )
    got = {
        s.claimed_by for s in ex.stances if (s.power, s.party) == ("Burundi", "rebel commanders")
    }
    assert got and "United Kingdom" not in got, got


def test_armed_men_based_abroad_fight_from_there(parse):
    # a guard (passes on the base too): rebels' base is a place of their war
    ex = parse(
        "Rebels based in Zambia were armed by the Soviet Union, Salisbury said.", "1978-05-01"
    )
    assert theatre_of(ex, "Soviet Union", "Rebels") == {"Zambia"}


# --- a man's word with his name beside it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "power", "party"),
    [
        # before: Rwanda backs "warlord"
        (
            "Monitors say Rwanda's army is protecting the fugitive warlord Bosco Ntaganda.",
            "Rwanda",
            "Bosco Ntaganda",
        ),
        # the batch's headline, before: Sudanese Armed Forces back "warlord"
        (
            "Watchdog says Sudan's army is sheltering the fugitive warlord Kony",
            "Sudanese Armed Forces (SAF)",
            "Kony",
        ),
    ],
)
def test_a_warlord_with_his_name_beside_is_the_man(parse, text, power, party):
    got = claims(parse(text, "2013-04-26"))
    assert (power, "backs", party) in got, got
    assert not any(p == "warlord" for _, _, p in got), got


# --- soldiers from a state ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "The government of Mozambique is backed by soldiers from Rwanda.",
            "2021-08-01",
            ("Rwanda", "backs", "Mozambican government"),
        ),
        (
            "Troops from Chad and Niger fought Boko Haram in northeastern Nigeria.",
            "2015-03-01",
            ("Niger", "opposes", "Boko Haram"),
        ),
        (
            "Soldiers from Kenya and Uganda are fighting al-Shabaab in Somalia.",
            "2012-06-01",
            ("Kenya", "opposes", "al-Shabaab"),
        ),
        (
            "Soldiers from Rwanda and Burundi were sent to help the Congolese army fight the "
            "rebels.",
            "1998-09-01",
            ("Burundi", "backs", "Congolese government"),
        ),
    ],
)
def test_a_states_soldiers_named_by_where_they_come_from(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


def test_every_state_the_soldiers_come_from(parse):
    got = claims(
        parse(
            "The Frelimo government is backed by troops from Zimbabwe and Tanzania.",
            "1987-03-29",
        )
    )
    assert {p for p, r, _ in got if r == "backs"} == {"Zimbabwe", "Tanzania"}, got


@pytest.mark.parametrize(
    ("text", "not_power"),
    [
        # volunteers from a country are not its forces
        ("Fighters from Tunisia joined the Islamic State in Syria.", "Tunisia"),
        # troops withdrawn from a country are not that country's
        (
            "The United States withdrew its troops from Iraq and backed the Kurds against "
            "the Islamic State.",
            "Iraq",
        ),
    ],
)
def test_men_from_a_place_that_are_not_its_forces(parse, text, not_power):
    # guards (pass on the base too)
    got = claims(parse(text, "2014-06-10"))
    assert not any(p == not_power for p, _, _ in got), got
