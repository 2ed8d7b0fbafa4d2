"""The twenty-seventh pass on who backs whom: kinds found on a sixth batch of news nobody
tuned on (``benchmarks/stances_fresh6.py``). A backing told in a clause of the past that the
sentence sets against the present ("but have since", "but no longer") is no stance of the
story's time; one set in a decade of its own still goes to that decade's war. Each kind on
the batch's sentence and sentences of other wars, beside those that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a past alliance read as the present -----------------------------------------------------


def test_allies_who_have_since_lost_patience_back_no_one_now(parse):
    # the batch's Kinshasa story of August 1998 (before: Rwanda and Uganda each backed the
    # Congolese government, the side they were fighting)
    ex = parse(
        "Rwanda and Uganda, which helped Kabila overthrow Mobutu Sese Seko 15 months ago but"
        " have since lost patience with him, warned the forces supporting him to keep out of"
        " the fight.",
        "1998-08-20",
    )
    assert not any(p in ("Rwanda", "Uganda") for p, _, _ in claims(ex)), claims(ex)


@pytest.mark.parametrize(
    ("text", "power"),
    [
        (
            "Syria and Iran, which backed Hamas for years but have since cut ties with the"
            " group, warned Egypt.",
            "Iran",
        ),
        (
            "Eritrea, which supported the Ethiopian rebels two years ago but has since made"
            " peace with Addis Ababa, closed its border.",
            "Eritrea",
        ),
        ("Syria backed Hamas for years but no longer hosts its leaders.", "Syria"),
    ],
)
def test_a_backing_since_left_is_no_stance(parse, text, power):
    ex = parse(text, "2015-05-01")
    assert not any(p == power for p, _, _ in claims(ex)), claims(ex)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # no turn against it: the backing goes on
        ("Iran backed Hamas for years and has since sent it rockets.", ("Iran", "backs", "Hamas")),
        (
            "Iran, which backed the Houthis for years, now arms them with missiles.",
            ("Iran", "backs", "Houthis"),
        ),
        # the present half of the turn is a stance of now
        (
            "Chad, formerly an ally of the Sudanese government, now backs the rebels in Darfur.",
            ("Chad", "backs", "Darfur rebels"),
        ),
        (
            "Pakistan, which armed the Taliban in the 1990s but now backs the Afghan"
            " government, denied the report.",
            ("Pakistan", "backs", "Afghan government"),
        ),
    ],
)
def test_a_backing_that_goes_on_is_kept(parse, text, claim):
    ex = parse(text, "2015-05-01")
    assert claim in claims(ex), claims(ex)


def test_a_left_backing_of_its_own_decade_is_kept_for_that_decade(parse):
    # "in the 1990s": the claim is that decade's, which the era reading already files
    ex = parse(
        "Pakistan, which armed the Taliban in the 1990s but now backs the Afghan government,"
        " denied the report.",
        "2015-05-01",
    )
    assert ("Pakistan", "supplies", "Taliban") in claims(ex), claims(ex)


# --- a party's name is not cut at a hyphened participle -------------------------------------


def test_a_hyphened_participle_keeps_its_first_part(parse):
    # the batch's Kinshasa story (before: Angola opposes "led rebellion")
    ex = parse(
        "Sources in Cabinda said Angolan special forces were on their way to help Kabila crush"
        " the Tutsi-led rebellion.",
        "1998-08-20",
    )
    assert ("Angola", "opposes", "Tutsi-led rebellion") in claims(ex), claims(ex)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Chad fought the Arab-dominated militias.",
            ("Chad", "opposes", "Arab-dominated militias"),
        ),
        (
            "France supports the Tuareg-speaking militias against the jihadists.",
            ("France", "backs", "Tuareg-speaking militias"),
        ),
    ],
)
def test_a_party_named_by_a_hyphened_participle(parse, text, claim):
    ex = parse(text, "2015-05-01")
    assert claim in claims(ex), claims(ex)
    # never the participle alone at the head of a name
    assert not any(party.split()[0] in ("led", "dominated", "speaking") for *_, party in claims(ex))


def test_a_turn_after_a_comma_is_read_and_one_that_goes_on_is_not(parse):
    ex = parse("Rwanda helped Kabila fight the rebels in 1997, but has since turned against him.")
    assert not any(p == "Rwanda" for p, _, _ in claims(ex)), claims(ex)
    ex = parse("Iran backed the Houthis for years, but now also arms them with missiles.")
    assert ("Iran", "backs", "Houthis") in claims(ex), claims(ex)
