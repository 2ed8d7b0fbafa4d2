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


def test_a_story_that_says_junta_keeps_the_junta(parse):
    # Mali had a junta in 2012-13 too: the text's own word names the government's kind
    got = claims(parse("France backs the Malian junta.", "2013-01-20"))
    assert ("France", "backs", "Malian government (junta)") in got, got


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


# --- two gerunds under one verb share what it says of them ----------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Iran denied funding and arming the Houthis in Yemen.", ("Iran", "supplies", "Houthis")),
        (
            "Pakistan denies arming and training Moslem militants in Kashmir.",
            ("Pakistan", "backs", "Moslem militants"),
        ),
    ],
)
def test_a_second_gerund_under_a_denial_is_denied(parse, text, claim):
    got = parse(text, "1990-02-12")
    # before: the second gerund's claim was the article's own
    assert not claims(got), claims(got)
    assert claim in claims(got, negated=True)


def test_gerunds_not_denied_still_claim(parse):
    got = claims(parse("Iran has been funding and arming the Houthis in Yemen.", "2016-01-01"))
    assert {("Iran", "backs", "Houthis"), ("Iran", "supplies", "Houthis")} <= got, got


def test_a_gerund_joined_to_another_verb_keeps_its_own_polarity(parse):
    text = "Iran denied funding the Houthis but admitted arming them in Yemen."
    got = parse(text, "2016-01-01")
    assert ("Iran", "supplies", "Houthis") in claims(got), got.stances
    assert ("Iran", "backs", "Houthis") in claims(got, negated=True), got.stances


def test_the_second_gerund_of_an_accusation_is_the_accused_ones(parse):
    text = (
        "NEW DELHI (AP) - India accused Pakistan on Monday of training and arming Moslem"
        " militants in Kashmir."
    )
    got = parse(text, "1990-02-12")
    # before: India supplied the militants, as the article's claim
    assert {(s.power, s.relation, s.claimed_by) for s in got.stances} == {
        ("Pakistan", "supplies", "India")
    }, got.stances


# --- "X said it ...": it is X ---------------------------------------------------------------


def test_it_in_what_a_side_says_is_that_side_not_a_name_before(parse):
    text = (
        "The United States recognised Moroccan sovereignty over Western Sahara. The Polisario"
        " Front said it had resumed its armed struggle against Morocco."
    )
    got = parse(text, "2020-12-11")
    # before: the United States opposed Morocco, claimed by the Polisario Front
    assert not any(s.power == "United States" for s in got.stances), got.stances


def test_it_after_a_speaker_of_no_side_is_read_as_before(parse):
    got = parse("Iran arms Hezbollah. A spokesman said it also backs Assad.", "2015-01-01")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(got), got.stances


# --- a measure is no place ------------------------------------------------------------------


def test_a_country_a_zone_is_measured_by_is_no_place_of_the_war(parse):
    text = (
        "BOGOTA - The FARC, which has fought the government since 1964, controls a"
        " Switzerland-sized zone in the south."
    )
    got = parse(text, "1999-08-20")
    farc = "Revolutionary Armed Forces of Colombia (FARC)"
    # before: the FARC opposed the Swiss government, in a war in Switzerland
    assert claims(got) == {(farc, "opposes", "Colombian government")}, got.stances


# --- what a thing of intent is for is intended ----------------------------------------------


def test_a_package_under_consideration_backs_nobody_yet(parse):
    text = (
        "BOGOTA (Reuters) - Washington is considering a $1 billion aid package to help the"
        " Colombian army fight drug-financed guerrillas."
    )
    got = parse(text, "1999-08-20")
    assert not got.stances, got.stances  # before: backs Colombia, opposes "financed guerrillas"


def test_a_package_approved_backs(parse):
    text = (
        "Washington approved a $1 billion aid package to help the Colombian army fight the"
        " guerrillas."
    )
    got = claims(parse(text, "1999-08-20"))
    assert ("United States", "backs", "Colombian government") in got, got


# --- help for men the parser gave a verb of their own --------------------------------------


def test_help_for_fighters_to_do_something_backs_them(parse):
    text = (
        "BAKU (Reuters) - Azerbaijan accused Armenia of sending troops to help ethnic Armenian"
        " fighters capture the town of Shusha."
    )
    got = parse(text, "1992-05-10")
    # before: nothing (the parser hangs "capture" on "accused", with the fighters its subject)
    assert {(s.power, s.relation, s.party, s.claimed_by) for s in got.stances} == {
        ("Armenia", "backs", "Armenian fighters", "Azerbaijan")
    }, got.stances


def test_help_for_people_to_leave_is_no_stance(parse):
    assert not parse("Armenia did not help refugees leave Shusha.", "1992-05-10").stances


# --- joining a side's troops in its fighting ------------------------------------------------


def test_joining_a_sides_troops_in_an_offensive_backs_that_side(parse):
    text = (
        "Eritrean forces have joined Ethiopian troops in a renewed offensive in Tigray, the"
        " TPLF said."
    )
    got = parse(text, "2022-10-25")
    tplf = "Tigray People's Liberation Front (TPLF)"
    assert {(s.power, s.relation, s.party, s.claimed_by) for s in got.stances} == {
        ("Eritrea", "backs", "Ethiopian government", tplf)
    }, got.stances


def test_joining_a_state_in_strikes_opposes_only_the_struck(parse):
    text = "Britain joined the United States in striking Houthi targets in Yemen."
    got = claims(parse(text, "2024-01-12"))
    assert got == {
        ("United Kingdom", "opposes", "Houthis"),
        ("United States", "opposes", "Houthis"),
    }, got


def test_joining_forces_in_a_parade_is_no_stance(parse):
    assert not parse(
        "Iraqi police joined Kurdish forces in a parade in Erbil.", "2016-01-12"
    ).stances


# --- a participle closing the sentence after a comma ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's army fought the jihadists, backed by French troops.",
        "Burkina Faso's army fought jihadists, backed by French troops.",
    ],
)
def test_backed_after_a_comma_at_the_close_is_the_fighters_not_their_foe(parse, text):
    got = claims(parse(text, "2021-10-01"))
    # before: France backed the jihadists ("fought jihadists" in the second)
    assert ("France", "backs", "Burkinabe government") in got, got
    assert not any("jihadist" in q for p, r, q in got if p == "France"), got


def test_backed_between_commas_is_still_the_foe(parse):
    text = "Government troops attacked the M23 rebels, backed by Rwanda, near Goma."
    got = claims(parse(text, "2013-10-01"))
    assert ("Rwanda", "backs", "M23") in got, got


def test_backed_by_forces_after_the_foe_is_the_fighters_backing(parse):
    text = "Congolese troops fought the M23 rebels, backed by UN peacekeepers."
    got = claims(parse(text, "2013-10-01"))
    # before: the United Nations backed the M23
    assert ("United Nations", "backs", "M23") not in got, got
    assert ("United Nations", "backs", "Congolese government") in got, got


def test_backed_by_a_bare_name_after_the_foe_describes_the_foe(parse):
    got = claims(parse("Congolese troops attacked the M23 rebels, backed by Rwanda.", "2013-10-01"))
    assert ("Rwanda", "backs", "M23") in got, got


def test_backed_after_a_place_is_the_clauses_subject(parse):
    text = "Syrian troops shelled rebel positions in Aleppo, backed by Russian air strikes."
    got = claims(parse(text, "2016-10-01"))
    # before: nothing (the place before the comma read as what is backed)
    assert got == {("Russia", "backs", "Syrian government (Assad)")}, got


# --- help to reach a deal -------------------------------------------------------------------


def test_help_to_a_deal_between_sides_is_mediation(parse):
    text = "Norway helped the Sri Lankan government and the Tamil Tigers reach a ceasefire."
    got = parse(text, "2002-02-22")
    # before: Norway backed both sides
    assert {(s.power, s.relation) for s in got.stances} == {("Norway", "mediates")}, got.stances
    assert len(got.stances) == 2, got.stances


def test_help_to_capture_a_town_still_backs(parse):
    got = claims(parse("Qatar helped the rebels capture Idlib in Syria.", "2015-04-01"))
    assert ("Qatar", "backs", "Syrian opposition") in got, got
