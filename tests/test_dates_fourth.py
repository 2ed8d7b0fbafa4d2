"""When things happened, fourth pass: a date that belongs to another time ("the biggest
offensive since the fall of ... in 2001", "after the Sept. 11 attacks", "after the February 17
uprising"), the day of a vote for an act, a contrast's other time, what a "day after" clause
tells, spans of days ("after four days of talks"), an awaited month, and datelines written the
way wire services write them ("STOCKHOLM, 25 SEP 2023:").

The sentences are written here in the manner of wire stories, about places and people the
fresh batch (benchmarks/data/dates_fresh2) does not name; events are found by the real spaCy
pipeline and the real geoparser.
"""

from __future__ import annotations

from explorer.extract.dates import dateline_date, find_dates, month_named


def _dates(text: str, published: str | None):
    return [(text[d.start : d.end], d.date) for d in find_dates(text, published)]


def _of(ex, etype: str):
    return [(e.date, e.date_precision) for e in ex.events if e.type == etype]


# --- an awaited month is to come -----------------------------------------------------------


def test_a_month_looked_forward_to_is_the_next_one():
    # "July" in a story of June had been read as last July (a year off)
    text = "Pakistan looks forward to the Indian minister's visit to Islamabad in July."
    assert _dates(text, "2012-06-20") == [("in July", "2012-07")]
    headline = "Looking forward to Indian minister's July visit: Pakistan"
    at = headline.index("July")
    assert month_named(headline, at, at + 4, "2012-06-20") == "2012-07"
    assert _dates("The upcoming talks in March will cover trade.", "2019-01-10") == [
        ("in March", "2019-03")
    ]


def test_a_month_told_in_the_past_is_still_the_last_one():
    assert _dates("The minister visited Islamabad in July.", "2012-06-20") == [
        ("in July", "2011-07")
    ]


# --- a date that belongs to another time --------------------------------------------------


def test_a_measure_since_an_earlier_time_does_not_date_the_event(parse):
    ex = parse(
        "Ethiopian troops are pushing deep into Somalia, the biggest operation since the "
        "collapse of the Somali state in 1991.",
        published="2006-12-26",
    )
    assert _of(ex, "incursion") and "1991" not in [d for d, _p in _of(ex, "incursion")]


def test_a_period_since_a_day_still_starts_then(parse):
    ex = parse(
        "Gunmen have held the hostages in Niger since the March 3 raid on the uranium mine.",
        published="2020-03-20",
    )
    assert _of(ex, "kidnapping") == [("2020-03-03", "day")]


def test_a_famous_day_without_its_year_is_not_the_last_such_day(parse):
    # "the Sept. 11 attacks" in a story of June 2006 had been dated 11 September 2005
    ex = parse(
        "The offensive aims to curb the violence in Somalia that grew after the Sept. 11 "
        "attacks on the United States.",
        published="2006-06-14",
    )
    assert _of(ex, "attack") == [(None, "unknown")]


def test_a_day_naming_a_recent_event_keeps_its_year(parse):
    ex = parse("The March 3 bombing in Kabul killed 20 people.", published="2020-03-20")
    assert _of(ex, "bombing") == [("2020-03-03", "day")]


def test_a_date_naming_what_came_before_is_not_the_event_after_it(parse):
    ex = parse("Jets struck Sirte after the February 17 uprising in Libya.", published="2011-04-02")
    assert _of(ex, "air_strike") == [(None, "unknown")]


def test_the_day_of_a_vote_is_not_the_day_of_the_act_it_allows(parse):
    ex = parse(
        "The Bundestag on Thursday approved the deployment of German troops to Mali.",
        published="2013-01-18",
    )
    assert _of(ex, "deployment") == [(None, "unknown")]


def test_a_contrast_does_not_lend_its_year(parse):
    ex = parse(
        "NATO declared its combat mission in Libya over in 2011, but its jets still carry out "
        "air strikes there.",
        published="2016-05-10",
    )
    assert _of(ex, "air_strike") == [(None, "unknown")]


def test_joined_verbs_of_one_time_still_share_it(parse):
    ex = parse(
        "Cuban exiles cut ties with Havana in 1961 and imposed an embargo on Cuba.",
        published="2012-03-02",
    )
    assert _of(ex, "sanction") == [("1961", "year")]


def test_what_a_day_after_clause_tells_was_before_the_news(parse):
    ex = parse(
        "The truce came a day after the army released video that it said showed its soldiers "
        "entering the town of Kidal in Mali.",
        published="2013-02-01",
    )
    assert _of(ex, "incursion") == [(None, "unknown")]


def test_a_day_the_after_clause_gives_is_kept(parse):
    ex = parse(
        "The truce came after the army said its soldiers entered the town of Kidal in Mali on "
        "Thursday.",
        published="2013-02-01",
    )
    assert _of(ex, "incursion") == [("2013-01-31", "day")]


# --- spans of days ------------------------------------------------------------------------


def test_talks_that_ended_on_a_day_are_of_its_month(parse):
    # "after four days of talks" had been dated Wednesday, the agreement's day
    ex = parse(
        "The factions agreed on Wednesday to end hostilities after four days of talks in Doha.",
        published="2005-04-07",
    )
    assert _of(ex, "meeting") == [("2005-04", "month")]


def test_talks_told_as_what_the_agreement_followed_take_the_day_told_before(parse):
    ex = parse(
        "Chad's warring factions agreed on Wednesday to end hostilities in N'Djamena.\n\n"
        "The agreement followed four days of talks in Tripoli mediated by the Libyan leader.",
        published="2005-04-07",
    )
    assert _of(ex, "meeting") == [("2005-04", "month")]


def test_a_span_across_two_months_gives_no_month(parse):
    ex = parse(
        "The factions agreed on Tuesday to end hostilities after four days of talks in Doha.",
        published="2019-10-02",
    )
    assert _of(ex, "meeting") == [(None, "unknown")]


def test_a_span_that_began_on_a_day_is_dated_by_it(parse):
    ex = parse("The two sides began four days of talks in Doha on Sunday.", published="2005-04-07")
    assert _of(ex, "meeting") == [("2005-04-03", "day")]


# --- datelines ----------------------------------------------------------------------------


def test_datelines_in_capitals_and_with_a_colon():
    assert dateline_date("STOCKHOLM, 25 SEP 2023: The government said it would act.") == (
        "2023-09-25"
    )
    assert dateline_date("BAMAKO, 12 JAN 2013 (AFP) - Troops moved north.") == "2013-01-12"
    assert dateline_date("KYIV, Monday, 3 March 2014 — Parliament voted.") == "2014-03-03"
    assert dateline_date("KYIV (Reuters) - Parliament voted on Monday.") is None
    # a colon after a year that no dateline holds
    assert dateline_date("Plans for 2023: more troops were sent in May 2023 - he said") is None


def test_a_dateline_in_capitals_dates_the_weekday_of_the_story(parse):
    ex = parse(
        "NIAMEY, 12 AUG 2023: Gunmen attacked an army convoy near Tillaberi in Niger on "
        "Thursday, the defence ministry said."
    )
    assert _of(ex, "attack") == [("2023-08-10", "day")]
