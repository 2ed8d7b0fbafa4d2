"""When things happened, sixth pass: a date written in figures ("05/04/2021", read either way
round by the world's two orders), a day of the year named and not numbered ("on New Year's
Eve" in an article of 2 January), and history told with "once" ("the walls, which once
guarded the city against attacks") shown on the article's day.

The texts are written here, about places and people the fresh batch
(benchmarks/data/dates_fresh4) does not name; events are found by the real spaCy pipeline and
the real geoparser.
"""

from __future__ import annotations

from explorer.extract.dates import find_dates


def _events(ex, etype: str):
    return [(e.date, e.date_precision, e.date_basis) for e in ex.events if e.type == etype]


def _dates(text: str, published: str | None):
    return [(d.date, d.precision) for d in find_dates(text, published)]


# --- a date written in figures ----------------------------------------------------------------


def test_a_date_in_figures_gives_its_year_when_either_order_is_a_day(parse):
    # the article's day (10 April) was shown for an attack the text dates 5 April or 4 May
    ex = parse(
        "Soldiers were killed in an attack on a base near Gao on 05/04/2021.",
        published="2021-04-10",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2021", "year")]


def test_a_date_in_figures_gives_its_day_when_one_order_only_is_a_day(parse):
    ex = parse(
        "Rebels attacked an army post near Kidal on 23/03/2019, the ministry said.",
        published="2019-03-30",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2019-03-23", "day")]
    assert _dates("on 3/23/2019", None) == [("2019-03-23", "day")]
    assert _dates("on 7.7.2019", None) == [("2019-07-07", "day")]


def test_figures_that_are_no_day_give_no_date():
    assert _dates("on 31/31/2019", "2019-04-01") == [(None, "unknown")]
    assert _dates("scored 3-1 in 2019", "2019-04-01") == [("2019", "year")]


# --- a day of the year named -------------------------------------------------------------------


def test_new_years_eve_is_the_last_day_of_the_year_before(parse):
    # shown on the article's day, 2 January
    ex = parse(
        "A bomb exploded in a market in Cotabato on New Year's Eve, police said.",
        published="2019-01-02",
    )
    assert [d[:2] for d in _events(ex, "bombing")] == [("2018-12-31", "day")]


def test_a_named_day_to_come_and_a_named_day_with_its_year():
    assert _dates("The leaders will meet on New Year's Eve.", "2019-12-02") == [
        ("2019-12-31", "day")
    ]
    assert _dates("Shells fell on the town on New Year's Day.", "2019-01-05") == [
        ("2019-01-01", "day")
    ]
    assert _dates("It was bombed on New Year's Eve 2016.", "2019-01-05") == [("2016-12-31", "day")]
    # no article's day: a time, but no date
    assert _dates("It was bombed on New Year's Eve.", None) == [(None, "unknown")]


# --- history told with "once" ------------------------------------------------------------------


def test_attacks_a_wall_once_guarded_against_are_not_of_the_articles_day(parse):
    ex = parse(
        "Pilgrims gathered at the fortress of Rhodes, whose towers once protected the knights "
        "against attacks by the Ottoman fleet.",
        published="2018-06-03",
    )
    assert [e for e in _events(ex, "attack") if e[0] == "2018-06-03"] == []


def test_once_dates_only_its_own_clause(parse):
    # the gathering is the news; "once" is the walls' history, not the gathering's
    ex = parse(
        "Protesters gathered in Valletta near the bastions, which once protected the harbour "
        "against attacks from the sea.",
        published="2018-06-03",
    )
    assert ("2018-06-03", "day", "published") in _events(ex, "protest")


def test_once_as_a_conjunction_or_once_again_is_no_time():
    assert _dates("Once completed, the pipeline will carry gas.", "2019-01-01") == []
    assert _dates("Militants once again attacked the base.", "2019-01-01") == []
    assert _dates("The talks resumed once the troops had left.", "2019-01-01") == []
