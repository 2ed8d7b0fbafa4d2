"""When things happened, third pass: history told from the story's day ("Fifty-five years
ago", "In August of that year"), the day of a report against the event's own, an attack's time
told on what it did, a visit dated by its start, a stance of a decade.

The sentences are written here in the manner of wire stories, about places and people none of
the labelled articles (benchmarks/data/dates_labels.jsonl, dates_fresh) name; events are found
by the real spaCy pipeline, with the real geoparser where a place decides whether there is an
event at all.
"""

from __future__ import annotations

from explorer.corpus.segment import sentence_spans
from explorer.extract import extract
from explorer.extract.dates import find_dates
from explorer.model import Document


def dates(text: str, published: str | None, year_before: str | None = None):
    found = find_dates(text, published, year_before) if year_before else find_dates(text, published)
    return [(text[d.start : d.end], d.date, d.precision) for d in found]


def events_of(text: str, published: str | None = None):
    doc = Document(
        id="t.txt",
        path="",
        title="",
        text=text,
        sha256="x",
        published=published,
        sentences=sentence_spans(text, 0, len(text)),
    )
    return extract(doc, []).events


# --- history told from the story's day ------------------------------------------------------


def test_years_ago_in_words_of_two_parts():
    # "Fifty-five" had been read as "five": 2018 for a massacre of 1968
    text = "He was elected president of the assembly fifty-five years ago."
    assert dates(text, "2023-03-16") == [("fifty-five years ago", "1968", "year")]
    assert dates("Thirty years ago the wall fell.", "2019-11-09") == [
        ("Thirty years ago", "1989", "year")
    ]


def test_a_yearless_day_in_a_sentence_that_says_years_ago_is_of_that_year():
    text = (
        "Forty years ago, soldiers stormed the village of El Mozote and killed hundreds of "
        "civilians on the morning of December 11."
    )
    assert [d for _s, d, _p in dates(text, "2021-12-11")] == ["1981", "1981-12-11"]


def test_of_that_year_takes_the_year_the_story_told_last():
    text = "In August of that year, a truck bomb hit the embassy."
    assert dates(text, "2016-12-18") == [("In August of that year", None, "unknown")]
    assert dates(text, "2016-12-18", "1998") == [("In August of that year", "1998-08", "month")]
    assert [d for _s, d, _p in dates("Later that year, rebels took Goma.", None, "2012")] == [
        "2012"
    ]
    assert [d for _s, d, _p in dates("The following year, they left.", None, "2012")] == ["2013"]


def test_an_event_in_august_of_that_year(parse):
    ex = parse(
        "The invasion began on March 20, 2003, and toppled the government in Baghdad.\n\n"
        "In August of that year, a truck bombing at the United Nations headquarters in "
        "Baghdad killed 22 people.",
        published="2016-12-18",
    )
    bombing = [e for e in ex.events if e.type == "bombing"]
    assert [(e.date, e.date_precision) for e in bombing] == [("2003-08", "month")]


def test_a_weekday_that_names_the_date_after_it():
    text = "The last convoy crossed into Kuwait on Sunday, Dec. 18, 2011."
    assert dates(text, "2011-12-26") == [("Dec. 18, 2011", "2011-12-18", "day")]
    # alone, the weekday is still a day of the article's week
    assert [d for _s, d, _p in dates("The convoy crossed on Sunday.", "2011-12-26")] == [
        "2011-12-25"
    ]


# --- the day of a report, the event's own day -----------------------------------------------


def test_the_day_of_a_report_is_not_the_day_of_what_it_reports(parse):
    ex = parse(
        "Prime Minister Hun Sen has ordered dozens of Thai embassy staff to leave Cambodia, in "
        "what is believed to be the largest expulsion of diplomats in the region's history, "
        "state television reported on Monday.",
        published="2021-03-10",
    )
    expulsion = [e for e in ex.events if e.type == "expulsion"]
    assert [(e.date, e.date_basis) for e in expulsion] == [("2021-03-10", "published")]


def test_the_next_sentence_gives_the_day_a_report_does_not(parse):
    ex = parse(
        "Three soldiers and five rebels were killed in a clash in Beni territory in eastern "
        "Congo, the army said on Friday.\n\n"
        "The clash broke out at about 10 p.m. on Thursday in a village, when about 40 rebels "
        "attacked an army patrol.",
        published="2021-03-12",
    )
    clashes = [e for e in ex.events if e.type == "clash"]
    assert clashes and {e.date for e in clashes} == {"2021-03-11"}


def test_a_day_of_another_event_in_the_next_sentence_is_not_taken(parse):
    ex = parse(
        "Two soldiers were killed in a clash with rebels in Beni territory, the army said on "
        "Friday.\n\n"
        "On Wednesday, the defence minister of Uganda visited Kampala's barracks.",
        published="2021-03-12",
    )
    first = min(ex.events, key=lambda e: e.evidence[0].start)
    assert first.type == "clash" and first.date is None


# --- an attack's time told on what it did; the news set after it ---------------------------


def test_an_attack_is_dated_by_what_it_did():
    ex = events_of(
        "A car bomb killed at least 20 people and wounded more than 60 on Tuesday at a market "
        "in Mogadishu.",
        published="2019-07-24",
    )
    assert [(e.type, e.date, e.date_basis) for e in ex] == [("bombing", "2019-07-23", "sentence")]


def test_an_attack_a_year_before_the_news_is_not_on_its_day(parse):
    ex = parse(
        "NAIROBI, Kenya - The city of Nairobi will honour the victims of the Westgate mall "
        "siege with a week of remembrance, one year after the attack.\n\n"
        "Gunmen killed 67 people at the mall in September 2013.",
        published="2014-09-15",
    )
    lead = [e for e in ex.events if e.type == "attack" and e.evidence[0].start < 150]
    assert lead and all(e.date_basis != "published" for e in lead)


# --- a visit of several days ----------------------------------------------------------------


def test_a_visit_that_ended_today_is_dated_by_its_first_day(parse):
    ex = parse(
        "President Museveni returned home today at noon at the end of a three-day working "
        "visit to Kenya, made at the invitation of President Ruto.",
        published="2023-06-12",
    )
    visits = [e for e in ex.events if e.type == "visit"]
    assert [(e.date, e.date_precision) for e in visits] == [("2023-06-10", "day")]
    # a visit begun today is dated today
    ex = parse(
        "President Museveni arrived in Nairobi today for a three-day working visit to Kenya.",
        published="2023-06-12",
    )
    assert [e.date for e in ex.events if e.type == "visit"] == ["2023-06-12"]


# --- a stance of a decade ---------------------------------------------------------------------


def test_a_stance_of_a_decade_is_not_dated_by_the_article(parse):
    ex = parse("In the 1990s, Russia backed the separatists in Transnistria.", "2021-03-01")
    assert [s.evidence[0].date for s in ex.stances if s.power == "Russia"] == [None]
    ex = parse("Russia backs the separatists in Transnistria.", "2021-03-01")
    assert [s.evidence[0].date for s in ex.stances if s.power == "Russia"] == ["2021-03-01"]


# --- a week or a weekend ---------------------------------------------------------------------


def test_a_week_is_dated_by_its_month_only_when_all_its_days_fall_in_one():
    # published on Wednesday 2 October 2019: this week began on 30 September
    assert [d for _s, d, _p in dates("Rebels seized Kidal earlier this week.", "2019-10-02")] == [
        None
    ]
    assert [d for _s, d, _p in dates("Rebels seized Kidal earlier this week.", "2019-10-16")] == [
        "2019-10"
    ]
    # Monday 7 October: last week ran from 30 September to 6 October
    assert [d for _s, d, _p in dates("Rebels seized Kidal last week.", "2019-10-07")] == [None]


def test_an_attack_at_the_weekend_is_not_on_the_article_day():
    ex = events_of("Gunmen killed 12 villagers near Gao at the weekend.", published="2019-10-02")
    assert [(e.type, e.date, e.date_precision) for e in ex] == [("attack", "2019-09", "month")]


# --- a timeline's entry dated in full -------------------------------------------------------


def test_a_timeline_entry_dated_in_full_dates_its_events_not_what_came_before(parse):
    ex = parse(
        "Libya: efforts to end the war\n\n"
        "March 12-15, 2015: Talks between the rival parliaments take place in Skhirat and end "
        "without a deal.\n\n"
        "August 4, 2016: The two sides agree in Tunis to a ceasefire, after a car bombing in "
        "Benghazi kills 30 people.",
    )
    got = {(e.type, e.date) for e in ex.events}
    assert ("meeting", "2015-03-12") in got and ("ceasefire", "2016-08-04") in got
    assert not any(e.type == "bombing" and e.date for e in ex.events)
