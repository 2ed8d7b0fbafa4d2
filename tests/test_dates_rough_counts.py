"""A time counted roughly back from the story's day ("a decade ago", "more than 30 years ago")
gives no year: the count says only that it was earlier, or about then, and a year read off it
would be a wrong date on the timeline. An exact count ("thirty years ago") still gives its year.

The sentences are written here; none is from a labelled or benchmark article.
"""

from __future__ import annotations

import pytest

from explorer.extract.dates import find_dates


def dates(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(text[d.start : d.end], d.date, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The dam was finished a decade ago, with loans from abroad.",
        "Two decades ago the port was a fishing village.",
        "The militia first took the valley more than 30 years ago.",
        "Over six years ago the last train crossed the border.",
        "Nearly a year ago the truce between the clans collapsed.",
        "About four years ago the general seized the radio station.",
        "The mine closed almost 200 years ago.",
        "Less than three months ago the envoy resigned.",
    ],
)
def test_a_rough_count_back_gives_a_time_but_no_date(text):
    found = dates(text, "2024-05-20")
    assert len(found) == 1
    _said, date, precision = found[0]
    assert (date, precision) == (None, "unknown")


def test_an_exact_count_back_still_gives_its_year_and_month():
    assert dates("Thirty years ago the wall fell.", "2019-11-09") == [
        ("Thirty years ago", "1989", "year")
    ]
    assert dates("Three months ago the envoy resigned.", "2024-05-20") == [
        ("Three months ago", "2024-02", "month")
    ]


def test_a_word_that_only_ends_like_a_hedge_is_no_hedge():
    # "moreover" ends in "over"; the count after it is exact
    assert dates("Moreover, 30 years ago the town was larger.", "2024-05-20") == [
        ("30 years ago", "1994", "year")
    ]


@pytest.mark.parametrize(
    "text, said",
    [
        ("In Bikram Sambat 2080 the quake struck the hill district.", "Bikram Sambat 2080"),
        ("The decree was issued in the Hijri year 1402 by the council.", "Hijri year 1402"),
    ],
)
def test_an_era_named_before_its_year_is_a_time_of_another_calendar(text, said):
    # the year is not converted (the era's year spans two of ours), and it is not the story's day
    assert dates(text, "2024-05-20") == [(said, None, "unknown")]
