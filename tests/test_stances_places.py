"""Stances filed in the right war with the right party: a timeline's year label, a government
described by its patron ("a pro-Moscow regime"), the side that wages an invasion, a state
backing a movement abroad that its own listed war does not know, and a headline whose means
the tagger read as its verb. Each class on sentences written for the tests, in the forms news
uses, beside a wording that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a timeline's label dates every clause of its entry --------------------------------------


def test_a_timeline_label_dates_the_purpose_clause(tmp_path):
    from explorer.pipeline import analyse_sources

    # an article read as ingest reads it (its entry one sentence, the label inside it)
    (tmp_path / "timeline.txt").write_text(
        "Timeline of past 25 years in Afghanistan\n\n1979: The Soviet Union sends troops into"
        " Afghanistan to support a pro-Moscow regime, sparking a decade-long war with"
        " anti-communist forces supplied and trained by the United States.\n",
        encoding="utf-8",
    )
    ex = analyse_sources([tmp_path])
    names = {t.id: t.name for t in ex.theatres}
    got = {(s.power, s.party, names[s.theatre], s.evidence[0].date) for s in ex.stances}
    # before: no date, so the place's undated theatre ("Afghanistan"), and the parties as
    # written ("pro-Moscow regime", "anti-communist forces")
    assert ("Soviet Union", "Afghan communist government", "Soviet–Afghan War", "1979") in got
    assert ("United States", "Afghan mujahideen", "Soviet–Afghan War", "1979") in got


def test_a_year_of_the_claims_own_clause_still_wins(parse):
    ex = parse("2001: Russia backs the new government, having armed the Northern Alliance in 1998.")
    dates = {s.party: s.evidence[0].date for s in ex.stances}
    assert dates.get("Northern Alliance") == "1998"
    assert dates.get("government") == "2001"  # the label, for the clause with no year


# --- a government described by its patron is the government of the war's country ------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "In 1980 the Soviet Union sent troops to prop up a pro-Soviet government in Kabul.",
            "Afghan communist government",  # the listed war's name for it
        ),
        ("Iran backs the pro-Tehran government in Baghdad.", "Iraqi government"),
    ],
)
def test_a_pro_patron_government_is_the_places_government(parse, text, party):
    got = claims(parse(text))
    assert {p for _, _, p in got} == {party}, text  # before: "pro-Soviet government"


def test_pro_government_militias_are_not_the_government(parse):
    ex = parse("Iran armed pro-government militias in Iraq in 2014.")
    assert not any(p.split()[-1] == "government" for _, _, p in claims(ex))


# --- who wages an invasion is not where it is fought -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington's military support for Kyiv has grown since the Russian invasion.",
        "The United States has given Ukraine billions of dollars in weapons since Russia's "
        "invasion.",
    ],
)
def test_the_invader_named_by_its_adjective_is_no_place(parse, text):
    ex = parse(text)
    names = {t.id: t.name for t in ex.theatres}
    assert {names[s.theatre] for s in ex.stances} == {"Russia–Ukraine war"}, text  # before: Russia


def test_the_invader_named_by_its_possessive_is_no_place(parse):
    ex = parse(
        "The United States backed Ethiopia's offensive against the Islamic Courts in Somalia"
        " in 2006."
    )
    assert theatre_of(ex, "United States", "Ethiopia") == {"Somalia"}  # before: "Ethiopia (2000s)"


def test_a_war_named_by_its_place_still_counts(parse):
    ex = parse("Iran backs Shiite militias in the war in Iraq.")
    assert theatre_of(ex, "Iran", "Shiite militias") == {"Iraq"}


# --- a state backing a movement abroad its own listed war does not know ----------------------


def test_a_state_backing_a_foreign_movement_is_not_in_its_own_war(parse):
    ex = parse("Libya gives support to the Polisario Front.")
    assert ("Libya", "backs", "Polisario Front") in claims(ex)
    # sidesfix41: the Polisario Front is listed with its home, Western Sahara
    assert theatre_of(ex, "Libya", "Polisario Front") == {"Western Sahara"}  # before: Libya


def test_a_movement_named_in_the_states_own_places_stays_there(parse):
    ex = parse("The Libyan government armed the Misrata brigades.")
    assert theatre_of(ex, "Libya", "Misrata brigades") == {"Libya"}
    ex = parse("Libya gives support to the Polisario Front, which fights in the Fezzan.")
    assert theatre_of(ex, "Libya", "Polisario Front") == {"Libya"}


# --- a headline whose means the tagger read as its verb --------------------------------------


def test_means_read_as_the_verb_speak_for_their_owner(parse):
    ex = parse("NATO air strikes back KLA as it battles Serb forces")
    got = claims(ex)
    assert ("NATO", "backs", "KLA") in got  # before: missed
    assert ("KLA", "opposes", "Serbian government") in got
    assert not any(p == "NATO" and r == "opposes" for p, r, _ in got)  # before: "it" was NATO


def test_a_named_subject_before_back_still_backs(parse):
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(
        parse("Moscow and Tehran back Assad")
    )
