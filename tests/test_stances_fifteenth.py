"""The fifteenth pass on who backs whom: a coalition a state leads is led into a war abroad,
never one in the leader's own country when the article names it as no place; help to strike
a deal is mediation only between sides, not between farmers and their buyers. Each class on
sentences written for the tests, beside those that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a coalition a state leads ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        # before: a conflict named "United States", "France"
        (
            "Australia backs the US-led coalition.",
            "2003-03-20",
            ("Australia", "backs", "United States-led coalition"),
            "Conflict not stated",
        ),
        (
            "Japan supports the US-led coalition but will send no combat troops.",
            "2003-12-09",
            ("Japan", "backs", "United States-led coalition"),
            "Conflict not stated",
        ),
        # the war the sentence names
        (
            "Chad backs the French-led intervention against Islamists in northern Mali.",
            "2013-02-01",
            ("Chad", "backs", "France-led intervention"),
            "Sahel insurgency",
        ),
        (
            "Chad backs the French-led intervention against Islamists in northern Mali.",
            "2013-02-01",
            ("Chad", "opposes", "Islamists"),
            "Sahel insurgency",
        ),
    ],
)
def test_a_coalition_is_not_fought_in_its_leaders_country(parse, text, date, claim, war):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {war}, claims(ex)


def test_a_coalition_named_beside_the_claim_is_no_place_either(parse):
    # the coalition is not the party here ("contribute jets to"): its leader's name on "led"
    # still says who leads it, not where it fights
    ex = parse(
        "Denmark will contribute seven F-16 fighter jets to the US-led coalition against "
        "Islamic State.",
        "2014-10-02",
    )
    assert ("Denmark", "opposes", "Islamic State") in claims(ex), claims(ex)
    assert theatre_of(ex, "Denmark", "Islamic State") & {"Iraq", "Syria"}, claims(ex)
    assert "United States" not in theatre_of(ex, "Denmark", "Islamic State")


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        # must not change: a place the sentence names, the leader's listed war abroad
        (
            "Australia backs the US-led coalition in Iraq.",
            "2003-03-20",
            ("Australia", "backs", "United States-led coalition"),
            "Iraq",
        ),
        (
            "Spain sold bombs to the Saudi-led coalition.",
            "2017-05-01",
            ("Spain", "supplies", "Saudi Arabia-led coalition"),
            "Yemen",
        ),
    ],
)
def test_a_coalitions_war_where_the_text_or_the_lexicon_puts_it(parse, text, date, claim, war):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {war}, claims(ex)


# --- help to strike a deal --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "British advisers helped the farmers strike a deal with the buyers.",
        "Lawyers helped the union strike an agreement with the company.",
    ],
)
def test_help_to_a_deal_between_people_is_no_mediation(parse, text):
    ex = parse(text, "2019-06-01")
    # before: "British advisers" mediating in no stated conflict
    assert not ex.stances, claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # must not change: help to a deal between sides
        (
            "Norway helped the government and the Tamil Tigers reach a ceasefire.",
            "2002-02-22",
            ("Norway", "mediates", "Liberation Tigers of Tamil Eelam (LTTE)"),
        ),
        (
            "Cuba helped the FARC rebels sign an agreement with the government.",
            "2016-06-01",
            ("Cuba", "mediates", "Revolutionary Armed Forces of Colombia (FARC)"),
        ),
    ],
)
def test_help_to_a_deal_between_sides_is_mediation(parse, text, date, claim):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)


# --- joining a coalition a state leads --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        # before: nothing
        (
            "Sudan has sent troops to join the Saudi-led coalition.",
            "2015-05-04",
            ("Sudan", "backs", "Saudi Arabia-led coalition"),
            "Yemen",
        ),
        (
            "Sudan joined the Saudi-led coalition.",
            "2015-05-04",
            ("Sudan", "backs", "Saudi Arabia-led coalition"),
            "Yemen",
        ),
        (
            "Poland sent 200 special forces troops to join the US-led invasion of Iraq.",
            "2003-03-22",
            ("Poland", "backs", "United States-led coalition"),
            "Iraq",
        ),
    ],
)
def test_to_join_a_coalition_a_state_leads_is_to_back_it(parse, text, date, claim, war):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {war}, claims(ex)


def test_refusing_to_join_a_coalition_is_a_denial(parse):
    ex = parse("Pakistan refused to join the Saudi-led coalition.", "2015-04-10")
    assert not claims(ex), claims(ex)


@pytest.mark.parametrize(
    "text",
    [
        # a coalition no state leads, or a government's: no side of a war
        "The Greens joined the Labour-led coalition government.",
        "Google joined the industry-led coalition on privacy.",
    ],
)
def test_joining_a_coalition_of_parties_is_no_stance(parse, text):
    ex = parse(text, "2018-06-01")
    assert not ex.stances, claims(ex)
