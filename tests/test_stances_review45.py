"""A reviewer's read of the thirty-fifth pass's stance rules on sentences where their words mean
something else. A contest's word on another noun ("in the final days of the war"), after
"during" (a time) or after the phrase it ends ("weeks after their cricket match") names no
game; a forecast that an act goes on ("expect Russia to keep backing Assad") tells that it goes
on now; a role after "as" is the direct object's, and only a side the text names holds it;
those fought beside to defend their own ground (a town, their own land) are the side backed;
a clause describing wars in the present tells of the story's wars; a plural pronoun under a
clause whose plural subject names a side on itself ("Russian troops ... because they") is that
side.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a contest's word that names no game -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # a contest after "during" is a time
        (
            "During the World Cup, Britain fought Argentina in the South Atlantic.",
            "1982-06-15",
            ("United Kingdom", "opposes", "Argentina"),
        ),
        # "final" on another noun
        (
            "In the final days of the war, Soviet troops fought Japan in Manchuria.",
            "1945-08-20",
            ("Soviet Union", "opposes", "Japan"),
        ),
        (
            "Ethiopia fought Eritrea in the final months of the border war.",
            "2000-06-20",
            ("Ethiopia", "opposes", "Eritrea"),
        ),
        # a contest in a later phrase of the sentence, not the one after "in"
        (
            "India fought Pakistan in Kargil weeks after their cricket match in Manchester.",
            "1999-07-20",
            ("India", "opposes", "Pakistan"),
        ),
        (
            "El Salvador fought Honduras in 1969 after a World Cup qualifying match.",
            "1969-07-20",
            ("El Salvador", "opposes", "Honduras"),
        ),
    ],
)
def test_a_war_told_beside_a_contest_word_stays(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


def test_a_fight_in_a_world_cup_final_is_still_a_game(parse):
    # guard: the contest is the phrase after "in"
    got = claims(parse("Argentina fought France in the World Cup final in Qatar.", "2022-12-18"))
    assert not any(r == "opposes" for _, r, _ in got), got


# --- a forecast that an act goes on ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Officials expect Russia to keep backing Assad, a Pentagon spokesman said.",
            "2016-03-01",
            ("Russia", "backs", "Syrian government (Assad)"),
        ),
        (
            "Kyiv expects Washington to continue supplying weapons to Ukraine.",
            "2023-05-01",
            ("United States", "supplies", "Ukraine"),
        ),
        (
            "Analysts expect Iran to keep arming the Houthis in Yemen.",
            "2015-04-01",
            ("Iran", "supplies", "Houthis"),
        ),
    ],
)
def test_a_forecast_that_an_act_goes_on_keeps_the_act(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


def test_a_forecast_of_a_new_act_is_still_no_fact(parse):
    # guard
    got = claims(parse("Diplomats expect Turkey to back the Syrian rebels in Azaz.", "2019-01-01"))
    assert not any(p == "Turkey" for p, _, _ in got), got


# --- a role after "as" -----------------------------------------------------------------------


def test_men_sent_as_mediators_are_the_senders(parse):
    ex = parse(
        "Norway sent diplomats to Sri Lanka as mediators between the government and the Tamil"
        " Tigers.",
        "2002-02-01",
    )
    got = claims(ex)
    assert ("Norway", "mediates", "Liberation Tigers of Tamil Eelam (LTTE)") in got, got
    assert not any(p in ("diplomats", "Sri Lanka") for p, _, _ in got), got


def test_a_state_appointed_as_mediator_mediates(parse):
    # guard: a named object holds the role
    got = claims(parse("The Contact Group appointed Sweden as mediator in Bosnia.", "1995-01-01"))
    assert any(p == "Sweden" and r == "mediates" for p, r, _ in got), got


# --- those fought beside to defend their own ground ------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Cuban troops fought alongside Angolan soldiers to defend Cuito Cuanavale.",
            "1988-03-01",
            ("Cuba", "backs", "Angola"),
        ),
        (
            "American special forces fought alongside Kurdish fighters to defend Kobani"
            " against IS.",
            "2014-10-20",
            ("United States", "backs", "People's Protection Units (YPG)"),
        ),
        (
            "Hezbollah fighters fought alongside Syrian soldiers to defend Aleppo.",
            "2015-10-01",
            ("Hezbollah", "backs", "Syrian government (Assad)"),
        ),
        (
            "French troops fought alongside Malian soldiers to defend Mopti against the jihadists.",
            "2013-01-20",
            ("France", "backs", "Malian government"),
        ),
    ],
)
def test_those_fought_beside_to_defend_their_own_ground_are_backed(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


def test_those_fought_beside_to_defend_another_land_are_fellow_helpers(parse):
    # guard
    got = claims(
        parse(
            "Australian troops fought beside American soldiers to defend South Vietnam.",
            "1967-01-01",
        )
    )
    assert ("Australia", "backs", "United States") not in got, got
    assert ("Australia", "backs", "South Vietnam") in got, got


# --- wars described in the present ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Iran is fighting the proxy wars in which it backs the Houthis and Hezbollah.",
            "2019-03-01",
            ("Iran", "backs", "Houthis"),
        ),
        (
            "The wars in which Russia now backs the junta in Mali have spread.",
            "2024-01-01",
            ("Russia", "backs", "Malian government (junta)"),
        ),
    ],
)
def test_a_claim_in_wars_told_in_the_present_stays(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


def test_a_claim_in_wars_told_in_the_past_is_of_those_wars(parse):
    # guard
    got = claims(
        parse(
            "Historians recalled the Balkan wars of the 1990s, in which Russia backed Serbia.",
            "2023-01-01",
        )
    )
    assert not got, got


# --- a plural pronoun under a plural subject that names a side -------------------------------


def test_they_under_a_state_s_troops_is_that_state(parse):
    got = claims(
        parse("Russian troops entered Georgia because they backed the separatists.", "2008-08-10")
    )
    assert not any(p == "Georgia" for p, _, _ in got), got
    assert any(p == "Russia" and r == "backs" for p, r, _ in got), got


# --- a clause whose verb is left out ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In Yemen, Iran backs one side and Saudi Arabia the other.",
            ("Iran", "backs", "Saudi Arabia"),
        ),
        (
            "In Sudan, the UAE backed the RSF and Egypt the government in Khartoum.",
            ("United Arab Emirates", "backs", "Egypt"),
        ),
    ],
)
def test_a_conjunct_with_an_object_of_its_own_is_no_party(parse, text, wrong):
    # the wars-past rule had dropped "Syria and Yemen are wars in which Iran backs one side and
    # Saudi Arabia the other" only by its tense
    got = claims(parse(text, "2020-01-01"))
    assert wrong not in got, got


def test_objects_joined_are_both_backed(parse):
    # guard
    got = claims(parse("Iran backs the Houthis and Hezbollah.", "2015-01-01"))
    assert {("Iran", "backs", "Houthis"), ("Iran", "backs", "Hezbollah")} <= got, got
