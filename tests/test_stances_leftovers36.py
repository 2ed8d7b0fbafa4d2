"""Wrong claims a reviewer found outside the last rules, each fixed as a kind and tested on
sentences of other wars: "no" on a stance noun or on what is given negates it.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- "no" before a stance noun, or on what is given or sent ---------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        ("Iran is no sponsor of Hezbollah.", "2006-07-20", ("Iran", "backs", "Hezbollah")),
        ("France was no patron of the junta, Paris said.", "1994-05-01", ("France", "backs")),
        ("Pakistan is no backer of the Taliban.", "2001-10-01", ("Pakistan", "backs")),
        ("Libya was no supporter of the IRA.", "1987-11-01", ("Libya", "backs")),
        ("Cuba gave no support to the Sandinistas.", "1979-07-01", ("Cuba", "backs")),
        ("Syria sent no weapons to Hezbollah.", "2006-07-20", ("Syria", "supplies")),
        ("Moscow supplied no arms to the Ethiopian army.", "1977-09-01", ("Soviet Union",)),
        ("Egypt gave the royalists no help.", "1963-05-01", ("Egypt", "backs")),
    ],
)
def test_no_on_a_stance_noun_or_on_what_is_given_states_no_backing(parse, text, date, claim):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[: len(claim)] == claim], claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # litotes: "no small", "no mean" say the opposite
        (
            "Iran has been no small backer of Hezbollah.",
            "2006-07-20",
            ("Iran", "backs", "Hezbollah"),
        ),
        # a count: "no fewer than"
        (
            "Syria sent no fewer than 300 rockets to Hezbollah.",
            "2006-07-20",
            ("Syria", "supplies", "Hezbollah"),
        ),
        # "no" elsewhere in the sentence
        (
            "There is no doubt that Iran backs Hezbollah.",
            "2006-07-20",
            ("Iran", "backs", "Hezbollah"),
        ),
    ],
)
def test_no_that_does_not_deny_keeps_the_claim(parse, text, date, claim):
    assert claim in claims(parse(text, date))


def test_no_backer_is_a_denial_as_not_a_backer(parse):
    ex = parse("Pakistan is no backer of the Taliban.", "2001-10-01")
    assert {c[:2] for c in claims(ex, negated=True)} == {("Pakistan", "backs")}, ex.stances
