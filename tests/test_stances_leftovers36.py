"""Wrong claims a reviewer found outside the last rules, each fixed as a kind and tested on
sentences of other wars: "no" on a stance noun or on what is given negates it; a clause
that opens on its auxiliary ("Had Russia armed the rebels, ...") states nothing; men or
warships sent to a country supply no one there; a mediator's people's word, its host and
where it meets are no side mediated, and a mediation of no side in no conflict names none.
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


# --- a clause that opens on its auxiliary ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Had Libya armed the IRA, the talks would have failed.", "1987-11-01"),
        ("Had the Soviet Union not armed Ethiopia, Somalia would have won.", "1978-03-01"),
        ("Were Iran to arm the Houthis, Riyadh would respond.", "2015-03-30"),
        ("Had Cuba backed the MPLA, the war would have ended sooner.", "1975-11-01"),
        (
            "Had Norway mediated between Colombo and the Tamil Tigers, peace would have come.",
            "2002-02-22",
        ),
        ("Has Syria supplied weapons to Hezbollah?", "2006-07-20"),
    ],
)
def test_a_condition_or_question_on_its_auxiliary_states_nothing(parse, text, date):
    ex = parse(text, date)
    assert not claims(ex) and not claims(ex, negated=True), ex.stances


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # an auxiliary after a word that opens the clause: a fact told with emphasis
        (
            "Not only has Iran armed the Houthis, it has also sent advisers.",
            "2015-03-30",
            ("Iran", "supplies", "Houthis"),
        ),
        (
            "Only then did the Soviet Union arm Ethiopia.",
            "1978-03-01",
            ("Soviet Union", "supplies", "Ethiopia"),
        ),
        (
            "Libya had armed the IRA for years.",
            "1987-11-01",
            ("Libya", "supplies", "Irish Republican Army (IRA)"),
        ),
    ],
)
def test_an_auxiliary_not_first_in_its_clause_keeps_the_claim(parse, text, date, claim):
    assert claim in claims(parse(text, date))


# --- men or warships sent to a country ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Turkey sent Syrian fighters to Azerbaijan.", "2020-10-01"),
        ("Russia sent mercenaries to Libya.", "2020-05-01"),
        ("Iran sent warships to Bahrain.", "2011-03-20"),
        ("India sent gunboats to Sri Lanka.", "1987-07-30"),
    ],
)
def test_men_or_warships_sent_to_a_country_supply_no_one_there(parse, text, date):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[1] == "supplies"], ex.stances


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # arms sent to a state, men sent to a side, men sent to help a side
        ("Poland sent tanks to Ukraine.", "2022-04-10", ("Poland", "supplies", "Ukraine")),
        ("Iran sent fighters to the Houthis.", "2015-03-30", ("Iran", "supplies", "Houthis")),
        (
            "The United States sent F-16 fighters to Ukraine.",
            "2024-08-01",
            ("United States", "supplies", "Ukraine"),
        ),
        (
            "Turkey sent Syrian fighters to help Azerbaijan.",
            "2020-10-01",
            ("Turkey", "backs", "Azerbaijan"),
        ),
    ],
)
def test_arms_sent_to_a_state_or_men_to_a_side_still_supply(parse, text, date, claim):
    assert claim in claims(parse(text, date))


# --- mediators' states, hosts and venues ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "states"),
    [
        # a mediator's people's word is a mediator, never the side mediated for
        ("Norway hosted Swiss and American mediators.", "2020-01-10", {"United States"}),
        # where mediators meet, with no side named, is no side
        ("Algerian mediators met in Geneva.", "1994-05-01", {"Switzerland"}),
        (
            "Fighting raged in Yemen between the Houthis and the government. "
            "Omani mediators met in Riyadh.",
            "2016-06-01",
            {"Saudi Arabia"},
        ),
    ],
)
def test_a_mediator_host_or_venue_is_not_the_side_mediated(parse, text, date, states):
    ex = parse(text, date)
    assert not {c[2] for c in claims(ex) if c[1] == "mediates"} & states, claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Fighting raged in Colombia between the army and the FARC. "
            "Cuban and Norwegian mediators met in Havana.",
            "2016-06-01",
            ("Norway", "mediates", "Colombia"),
        ),
        (
            "Fighting raged in Colombia between the army and the FARC. "
            "Cuban and Norwegian mediators met in Havana.",
            "2016-06-01",
            ("Cuba", "mediates", "Colombia"),
        ),
        # the venue is the war's country when another sentence places things there
        (
            "Violence spread in Kenya after the election. Ghanaian mediators arrived in Nairobi.",
            "2008-01-20",
            ("Ghana", "mediates", "Kenya"),
        ),
    ],
)
def test_a_mediation_with_no_side_named_is_of_the_war_the_story_tells(parse, text, date, claim):
    assert claim in claims(parse(text, date))


@pytest.mark.parametrize(
    "text", ["Norway hosted American mediators.", "Austria hosted Soviet mediators."]
)
def test_a_mediation_of_no_side_in_no_conflict_names_no_party(parse, text):
    ex = parse(text, "1985-06-01")
    assert not [s for s in ex.stances if s.party == "Conflict not stated"], ex.stances


# --- a denial reported by another -----------------------------------------------------------


def test_a_denial_reported_by_another_is_the_deniers(parse):
    ex = parse("Pakistan denied arming the Taliban, Kabul said.", "2001-09-01")
    assert {(s.power, s.negated, s.claimed_by) for s in ex.stances} == {("Pakistan", True, None)}, (
        ex.stances
    )


@pytest.mark.parametrize(
    "text",
    ["Pakistan backs the Taliban, Kabul said.", "Pakistan does not arm the Taliban, Kabul said."],
)
def test_a_claim_reported_is_still_the_speakers(parse, text):
    ex = parse(text, "2001-09-01")
    assert {s.claimed_by for s in ex.stances} == {"Afghanistan"}, ex.stances
