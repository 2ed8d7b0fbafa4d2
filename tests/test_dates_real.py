"""When things happened, as news tells it: dates resolved against the article's own date only
as far as that date is known, a range dated by its start, a future tense that reaches only
its own part of the sentence, a timeline's year, and an act charged or denied left undated.

The sentences are written here, in the manner of wire stories, about places and people none
of the labelled articles (benchmarks/data/dates_labels.jsonl) name; events are found by the
real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from explorer.corpus.segment import sentence_spans
from explorer.extract import extract
from explorer.extract.dates import find_dates
from explorer.model import Document


def dates(text: str, published: str | None) -> list[tuple[str, str | None, str]]:
    return [(text[d.start : d.end], d.date, d.precision) for d in find_dates(text, published)]


def events_of(text: str, published: str | None = None):
    doc = Document(
        id="t.txt",
        path="",
        title="",
        text=text,
        sha256="x",
        published=published,
        sentences=sentence_spans(text, 0, len(text)),  # as the reader splits an article
    )
    return extract(doc, []).events


def only(events, kind: str):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.date) for e in events]
    return found[0]


# --- an article dated by its month or year only ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the month of an article of November 2017 is November 2017, not November 2016
        ("Troops regained control of the port of Berbera in November.", "2017-11", "2017-11"),
        ("Troops regained control of the port of Berbera in September.", "2017-11", "2017-09"),
        ("The convoy was ambushed near Gao on 3 November.", "2017-11", "2017-11-03"),
        # an article of some day of 2017: "in November" may be 2016's
        ("Troops regained control of the port of Berbera in November.", "2017", None),
    ],
)
def test_a_month_resolved_against_the_article_month_or_year(text, published, want):
    assert [d for _s, d, _p in dates(text, published)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a police post in Kidal yesterday.",
        "Gunmen stormed a police post in Kidal on Sunday.",
        "Gunmen stormed a police post in Kidal last week.",
        "Gunmen stormed a police post in Kidal two days ago.",
    ],
)
def test_a_day_from_the_article_needs_the_article_day(text):
    assert [d for _s, d, _p in dates(text, "2014-06")] == [None]
    assert all(d is not None for _s, d, _p in dates(text, "2014-06-18"))


def test_last_month_and_last_year_from_an_article_month():
    text = "The rebels signed a truce last month after a siege that began last year."
    assert [d for _s, d, _p in dates(text, "2014-06")] == ["2014-05", "2013"]
    assert [d for _s, d, _p in dates(text, "2014")] == [None, "2013"]


# --- a range --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The envoys meet in Djibouti from 12 to 14 October.", "2019-10-12"),
        ("Voters in Bougainville go to the polls on 23-24 October.", "2019-10-23"),
        ("The talks ran from 3 to 7 October 2011 in Arusha.", "2011-10-03"),
        ("The army held drills between 8 and 11 October near Tbilisi.", "2019-10-08"),
    ],
)
def test_a_range_of_days_is_dated_by_its_first(text, want):
    assert [d for _s, d, _p in dates(text, "2019-10-10")] == [want]


def test_a_meeting_over_several_days_is_dated_by_its_first():
    ex = events_of(
        "The foreign ministers of Kenya and Uganda met in Kampala from 12 to 14 October.",
        published="2019-10-20",
    )
    meeting = only(ex, "meeting")
    assert (meeting.date, meeting.date_precision) == ("2019-10-12", "day")


# --- the future reaches its own part of the sentence ---------------------------------------


def test_a_future_in_another_clause_does_not_move_a_past_weekday():
    # published on a Wednesday
    text = (
        "Police said the suspect, who will appear before a judge in Mombasa on Friday, "
        "shot two guards at the port on Monday."
    )
    assert dates(text, "2022-03-09") == [
        ("on Friday", "2022-03-11", "day"),
        ("on Monday", "2022-03-07", "day"),
    ]


def test_a_future_of_the_same_clause_still_looks_ahead():
    text = "The presidents of Chad and Niger will meet in Niamey on Friday, an aide said Tuesday."
    assert dates(text, "2022-03-09") == [
        ("on Friday", "2022-03-11", "day"),
        (" Tuesday", "2022-03-08", "day"),
    ]
    text = "The defence ministers are to sign the accord in Vilnius on Monday."
    assert [d for _s, d, _p in dates(text, "2022-03-09")] == ["2022-03-14"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quote's past: "will" is the speaker's, "happened" the day's
        (
            '"We will never forget what happened on Sunday," the governor of Kano said.',
            "2022-03-06",
        ),
        (
            "Talks are due to resume on Thursday after the rebels walked out on Sunday.",
            "2022-03-06",
        ),
        ("Elections are scheduled for October, after fighting that erupted in March.", "2022-03"),
    ],
)
def test_the_nearest_tense_decides(text, want):
    assert [d for _s, d, _p in dates(text, "2022-03-09")][-1] == want


def test_a_passive_to_come_is_no_past():
    text = "The talks will be held in Doha on Friday."
    assert [d for _s, d, _p in dates(text, "2022-03-09")] == ["2022-03-11"]
    text = (
        "The envoys will meet in Addis Ababa on 3 May, followed by a summit of the heads of "
        "state in July."
    )
    assert [d for _s, d, _p in dates(text, "2022-03-09")] == ["2022-05-03", "2022-07"]


def test_a_sentence_all_to_come_looks_ahead_in_every_part():
    text = "The envoy will fly to Juba, where she meets the vice-president on Friday."
    assert [d for _s, d, _p in dates(text, "2022-03-09")] == ["2022-03-11"]


# --- a timeline's year; an act charged ------------------------------------------------------


def test_a_timeline_entry_is_dated_by_its_year():
    ex = events_of(
        "1983: Suicide bombers attack the barracks of French paratroopers in Beirut, "
        "killing 58 soldiers.",
        published="2013-10-23",
    )
    assert {(e.date, e.date_precision) for e in ex} == {("1983", "year")}


def test_an_act_charged_or_denied_is_not_dated_by_the_article():
    ex = events_of(
        "The government in Asmara accused Ethiopia of attacking its border posts near Badme.",
        published="2021-05-04",
    )
    attack = only(ex, "attack")
    assert attack.date is None and attack.date_basis == ""


def test_news_told_without_a_time_still_takes_the_article_date():
    ex = events_of(
        "Ethiopian troops attacked border posts near Badme, the government in Asmara said.",
        published="2021-05-04",
    )
    attack = only(ex, "attack")
    assert (attack.date, attack.date_basis) == ("2021-05-04", "published")


# --- dates2: a date in another clause or sentence; history is not the article's day ---------


def test_a_when_clause_is_dated_by_the_date_it_hangs_on():
    # "since" bounds the main clause's period, not the time of the "when" clause
    ex = events_of(
        "Wednesday's blast was the deadliest in Quetta since 8 August, when a suicide bomber "
        "blew himself up at the civil hospital, killing 70 people.",
        published="2016-10-26",
    )
    bombing = only(ex, "bombing")
    assert (bombing.date, bombing.date_precision) == ("2016-08-08", "day")


def test_an_event_named_by_a_month_is_of_that_month():
    text = "The talks build on a March agreement between Khartoum and the rebels on aid corridors."
    agreement = only(events_of(text, published="2020-05-12"), "agreement")
    assert (agreement.date, agreement.date_precision, agreement.date_basis) == (
        "2020-03",
        "month",
        "sentence",
    )
    # an article of some day of 2020: March may be 2019's; no month is made up
    agreement = only(events_of(text, published="2020"), "agreement")
    assert agreement.date_basis != "sentence"


@pytest.mark.parametrize(
    ("published", "want"),
    [
        ("2006-02-22", ("2006-02-21", "day", "sentence")),  # a Wednesday's story
        ("2006-02", (None, "unknown", "")),  # a month's: no day guessed, nor the month given
    ],
)
def test_a_weekday_named_as_the_events_own(published, want):
    bombing = only(events_of("Tuesday's bombing in Mosul killed 12 people.", published), "bombing")
    assert (bombing.date, bombing.date_precision, bombing.date_basis) == want


def test_earlier_in_the_day_is_the_day_the_story_gave_last():
    ex = events_of(
        "President Ruto met his Ugandan counterpart Yoweri Museveni in Entebbe on Saturday.\n\n"
        "He will fly to Dar es Salaam on 14 June.\n\n"
        "Earlier in the day, Ruto held talks with the foreign minister of Tanzania.",
        published="2023-06-12",
    )
    # the plan's day (14 June, after the article's) is no day anything was done on
    assert {(e.date, e.date_basis) for e in ex if e.type == "meeting"} == {
        ("2023-06-10", "sentence")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Two days earlier, gunmen ambushed a military convoy near Diffa.",
        "Gunmen ambushed a military convoy near Diffa the previous day.",
        "Police said gunmen earlier ambushed a military convoy near Diffa.",
        "Police said gunmen had previously ambushed a military convoy near Diffa.",
    ],
)
def test_an_event_told_as_before_the_news_is_not_on_the_article_day(text):
    attack = only(events_of(text, published="2021-02-03"), "attack")
    assert attack.date is None and attack.date_basis == ""


def test_the_sentence_after_history_is_not_on_the_article_day():
    history = "In March 2013, Seleka rebels took control of the capital Bangui.\n\n"
    news = "Rebels took control of the town of Bria on Monday.\n\n"
    after = "Gunmen killed 20 villagers near Bria."
    attack = only(events_of(history + after, published="2019-09-04"), "attack")
    assert attack.date is None and attack.date_basis == ""
    # after the news of the week the story goes on with the news: the article's date
    attack = only(events_of(news + after, published="2019-09-04"), "attack")
    assert attack.date is not None


def test_another_meeting_than_the_one_dated_today_is_not_on_the_article_day(parse):
    ex = parse(
        "KAMPALA - Envoys of the government and the rebel alliance met on Thursday to revive "
        "peace talks.\n\n"
        "The rebels walked out of talks with the government in Nairobi after the army refused "
        "their demands.",
        published="2022-07-21",
    )
    meetings = sorted((e.evidence[0].start, e.date, e.date_basis) for e in ex.events)
    assert [(d, b) for _s, d, b in meetings] == [("2022-07-21", "sentence"), (None, "")]


def test_a_stance_of_a_when_clause_takes_its_year(parse):
    ex = parse(
        "Yemen has been at war since 2015, when a Saudi-led coalition intervened to back the "
        "government against the Houthi rebels.",
        published="2021-03-01",
    )
    assert {s.evidence[0].date for s in ex.stances if s.power == "Saudi Arabia"} == {"2015"}
    ex = parse("In 2014, Russia began arming separatists in eastern Ukraine.", "2021-03-01")
    assert [s.evidence[0].date for s in ex.stances if s.power == "Russia"] == ["2014"]
