"""When things happened, seventh pass: a weekday or "today" told with a count back ("killed
one week ago in a terror attack on Monday", "a week ago today"), "May" and a day with no
year after a word that takes a time ("on May 22"), and "the previous evening".

The texts are written here, about places and people the fresh batch
(benchmarks/data/dates_fresh5) does not name; events are found by the real spaCy pipeline and
the real geoparser.
"""

from __future__ import annotations

from explorer.extract.dates import find_dates


def _events(ex, etype: str):
    return [(e.date, e.date_precision, e.date_basis) for e in ex.events if e.type == etype]


def _dates(text: str, published: str | None):
    return [(d.date, d.precision) for d in find_dates(text, published)]


# --- a count back sets the week of the weekday it names ----------------------------------------


def test_a_weekday_a_week_ago_is_in_that_week(parse):
    # the last Monday (10 June) was shown for an attack a week before it (3 June)
    ex = parse(
        "Mourners gathered in Kano for those killed one week ago in a terror attack on Monday.",
        published="2019-06-11",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2019-06-03", "day")]


def test_a_weekday_weeks_ago_after_the_count(parse):
    # "Three weeks ago on Friday" in an article of Wednesday 5 June: Friday 17 May, not 31 May
    ex = parse("Three weeks ago on Friday, militants attacked a market in Maroua.", "2019-06-05")
    assert [d[:2] for d in _events(ex, "attack")] == [("2019-05-17", "day")]


def test_a_week_ago_today_is_that_day(parse):
    # the article's own day was shown ("today" read alone)
    ex = parse("A week ago today, a bomb exploded at a bus station in Gombe.", "2019-06-05")
    assert [d[:2] for d in _events(ex, "bombing")] == [("2019-05-29", "day")]
    assert _dates("a year ago today", "2014-01-03") == [("2013-01-03", "day")] * 2


def test_a_weekday_a_year_ago_gives_the_year(parse):
    # "a year ago on Monday" was dated the last Monday, a wrong year
    ex = parse("Rebels attacked Malakal a year ago on Monday.", "2014-01-03")
    assert [d[:2] for d in _events(ex, "attack")] == [("2013", "year")]


def test_a_weekday_of_another_clause_keeps_its_own_week():
    # the count dates its own clause; "on Monday" after "and ... arrested" is the last Monday
    text = "Two weeks ago gunmen attacked the town and on Monday police arrested a suspect."
    assert _dates(text, "2019-06-05") == [("2019-05-22", "month"), ("2019-06-03", "day")]
    # "two days ago, on Monday" already agreed, and still does
    assert _dates("Two days ago, on Monday, rebels struck.", "2019-06-05")[1] == (
        "2019-06-03",
        "day",
    )


# --- "May" and a day ---------------------------------------------------------------------------


def test_may_and_a_day_after_on_is_the_day(parse):
    # only the month was read ("May 22" with no year was skipped as the verb "may")
    ex = parse("Gunmen attacked a police post in Kandahar on May 22.", published="2017-05-30")
    assert [d[:2] for d in _events(ex, "attack")] == [("2017-05-22", "day")]
    assert _dates("on the evening of May 3", "2017-05-30") == [("2017-05-03", "day")]


def test_may_the_verb_stays_no_date():
    assert _dates("Officials May 5 be wrong, he said.", "2017-05-30") == []
    assert _dates("Talks may 5 times fail.", "2017-05-30") == []


# --- "the previous evening" --------------------------------------------------------------------


def test_the_previous_evening_is_not_the_articles_day(parse):
    ex = parse("Troops clashed with protesters in Tbilisi the previous evening.", "2022-04-11")
    assert [d[:2] for d in _events(ex, "clash")] == [(None, "unknown")]


# --- a headline's event a time before the news -------------------------------------------------


def test_a_headline_event_counted_from_is_not_of_the_articles_day(parse):
    # "[one week] after" parsed on the verb, as headlines without "the" are: the article's day
    # was shown for the bombing
    ex = parse("Mourners gather in Kano one week after market bombing", "2019-06-05")
    assert [d[:2] for d in _events(ex, "bombing")] == [(None, "unknown")]
    ex = parse("Mourners gather in Kano days after the market bombing", "2019-06-05")
    assert [d[:2] for d in _events(ex, "bombing")] == [(None, "unknown")]
