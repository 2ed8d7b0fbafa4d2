"""The eleventh pass on who backs whom: a side named for the government of its day (Mali's
junta was no side in 2013), help given to a side its war names by a common word (the rebels in
eastern Ukraine), and the denial of that help. Each class on sentences written for the tests,
beside one that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a side named for the government of its day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "BAMAKO (AFP) - Supported by French jets, Malian troops recaptured Konna.",
            ("France", "backs", "Malian government"),
        ),
        (
            "The Malian army, backed by French troops, retook Gao from the Islamists.",
            ("France", "backs", "Malian government"),
        ),
        (
            "The Malian army fought Tuareg rebels near Kidal.",
            ("Malian government", "opposes", "Tuareg rebels"),
        ),
    ],
)
def test_a_side_before_its_junta_took_power_is_the_government_of_then(parse, text, claim):
    got = claims(parse(text, "2013-01-20"))
    # before: "Malian government (junta)", seven years before the 2020 coup
    assert claim in got, got
    assert not any("junta" in p or "junta" in q for p, _, q in got), got


def test_the_junta_in_its_own_years_keeps_its_name(parse):
    got = claims(parse("The Malian army, backed by Wagner fighters, retook Kidal.", "2023-11-14"))
    assert ("Wagner Group", "backs", "Malian government (junta)") in got, got


def test_an_undated_story_keeps_the_lexicons_name(parse):
    text = "French troops backed by Malian soldiers attacked jihadist positions near Gao."
    got = claims(parse(text))
    assert ("France", "backs", "Malian government (junta)") in got, got


# --- help given to a side its war names by a common word ------------------------------------


def test_help_for_the_rebels_of_a_war_that_names_them_backs(parse):
    got = claims(parse("Russia sent troops to help the rebels in eastern Ukraine.", "2014-08-28"))
    # before: nothing ("help" needed a side named, and "the rebels" is a common word)
    assert ("Russia", "backs", "Donbas separatists") in got, got


def test_a_denied_help_for_those_rebels_is_a_denial(parse):
    text = "The Kremlin denies sending troops to help the rebels in eastern Ukraine."
    got = parse(text, "2014-08-28")
    assert not claims(got), claims(got)
    assert ("Russia", "backs", "Donbas separatists") in claims(got, negated=True)


def test_help_for_people_of_no_side_stays_nothing(parse):
    got = parse("The UN helps the rebels' families in Syria.", "2013-05-01")
    assert not got.stances, got.stances
