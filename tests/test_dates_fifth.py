"""When things happened, fifth pass: the article's day written where the earlier passes did not
look for it (a wire's credit at the foot, "Sep 26 2013 | 7:36 PM IST", an agency's bracket with
a dash inside: "CAIRO (Some News / Sputnik - 29th May, 2023) ..."), a dateline's day taken as
the sentence's own, and history only mentioned or recalled ("he would mention the invasion in
his sermon this Sunday") dated by the mentioning.

The texts are written here in the manner of wire stories, about places and people the fresh
batch (benchmarks/data/dates_fresh3) does not name; articles are read from real files, events
found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

from explorer.corpus.dates import is_date_line
from explorer.corpus.reading import read_file
from explorer.extract.dates import dateline_date, find_dates


def _events(ex, etype: str):
    return [(e.date, e.date_precision, e.date_basis) for e in ex.events if e.type == etype]


# --- the article's day, where it is written ------------------------------------------------


def test_a_wire_credit_at_the_foot_dates_the_article(tmp_path):
    from explorer.corpus.dates import foot_date

    path = tmp_path / "credit.txt"
    path.write_text(
        "Troops leave Jenin after three-day raid\n\n"
        "Israeli troops pulled out of the West Bank town of Jenin on Tuesday, witnesses said.\n\n"
        "(Xinhua News Agency March 5, 2003)\n",
        encoding="utf-8",
    )
    assert read_file(path).published == "2003-03-05"
    assert foot_date("(AFP, 12 May 2005)") == "2005-05-12"
    assert foot_date("(Source: Xinhua, 3 March 2010)") == "2010-03-03"


def test_a_bracketed_sentence_or_a_credit_without_a_year_dates_nothing(tmp_path):
    from explorer.corpus.dates import foot_date

    assert foot_date("(Reuters)") is None
    assert foot_date("(The talks ended on June 13, 2002)") is None
    assert foot_date("(Editing by Tom Jones; 12 May 2005)") is None
    path = tmp_path / "aside.txt"
    path.write_text(
        "Talks end in Nairobi\n\nThe delegations left Nairobi on Friday.\n\n"
        "(The first round was held on June 13, 2002)\n",
        encoding="utf-8",
    )
    assert read_file(path).published is None


def test_a_date_line_with_a_time_zone_of_asia(tmp_path):
    assert is_date_line("Oct 14 2011 | 9:05 AM PKT")
    path = tmp_path / "ist.txt"
    path.write_text(
        "Army kills infiltrators in Kupwara\n\nSrinagar\nMar 3 2015 | 6:12 PM IST\n\n"
        "Soldiers shot dead two infiltrators in Kupwara on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert doc.published == "2015-03-03"
    assert "6:12 PM IST" not in doc.text  # a date line, not the story's words


def test_an_agency_bracket_with_a_dash_inside_is_a_dateline():
    text = (
        "Jets strike near Homs\n\nBEIRUT (Levant Wire / Sputnik - 4th March, 2019) Warplanes "
        "struck positions near Homs, state media said."
    )
    assert dateline_date(text) == "2019-03-04"
    # the dash of the agency's own bracket still ends a dateline with no date
    assert dateline_date("BEIRUT (Levant Wire / Sputnik) - Warplanes struck Homs.") is None


def test_the_datelines_day_is_the_articles_not_the_sentences(parse):
    # the dateline's day was taken as a date the sentence told of the strike it opens on
    ex = parse(
        "BEIRUT (Levant Wire / Sputnik - 4th March, 2019) Israeli warplanes struck positions "
        "near Homs, state media said."
    )
    assert _events(ex, "air_strike") == [("2019-03-04", "day", "published")]


def test_a_dateline_in_brackets_resolves_the_weekday_of_the_story(parse):
    ex = parse(
        "AMMAN (Levant Wire / Sputnik - 6th March, 2019) Israeli warplanes struck positions "
        "near Homs on Sunday, state media said."
    )
    assert [d[:2] for d in _events(ex, "air_strike")] == [("2019-03-03", "day")]


# --- history only mentioned -----------------------------------------------------------------


def test_history_a_speaker_will_mention_is_not_planned_nor_of_his_day(parse):
    # "the invasion" of 1982 had become a planned invasion dated by the sermon's Sunday
    ex = parse(
        "The bishop of Port Stanley said he would mention the invasion only briefly in his "
        "sermon this Sunday.",
        published="2007-04-01",
    )
    assert [
        (e.date, e.status) for e in ex.events if e.type == "incursion" and (e.date or e.status)
    ] == []


def test_history_recalled_in_a_speech_is_not_of_its_day(parse):
    ex = parse(
        "On Monday the president recalled the massacre at Srebrenica in a speech to parliament.",
        published="2015-07-06",
    )
    assert _events(ex, "attack") == [(None, "unknown", "")]
    ex = parse(
        "On Monday veterans remembered the bombing of the market in Sarajevo.",
        published="2015-07-06",
    )
    assert _events(ex, "bombing") == [(None, "unknown", "")]


def test_an_event_nobody_remembers_is_none(parse):
    ex = parse(
        "\"I have been a firefighter for 20 years and don't remember an attack this bad in "
        'Tonopah," the chief said.',
        published="2009-05-01",
    )
    assert _events(ex, "attack") == []


def test_history_recalled_keeps_the_year_it_is_given(parse):
    ex = parse(
        "The minister recalled the 1995 massacre at Srebrenica on Monday.", published="2015-07-06"
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("1995", "year")]


# --- a time told from an earlier event, or in another calendar -------------------------------


def test_years_after_an_event_are_not_its_day(parse):
    # the invasion had been dated by the veterans' march
    ex = parse(
        "Forty years after the invasion, veterans marched in Port Stanley on Sunday.",
        published="2022-04-04",
    )
    assert [d[:2] for d in _events(ex, "incursion")] in ([], [(None, "unknown")])
    ex = parse(
        "Two days after the bombing in Herat, police arrested three men on Sunday.",
        published="2022-04-04",
    )
    assert _events(ex, "bombing") == [(None, "unknown", "")]


def test_an_event_after_which_days_are_counted_keeps_its_own_day(parse):
    ex = parse(
        "The talks ended on Friday, a week after the bombing in Herat on 19 March.",
        published="2022-04-04",
    )
    assert [d[:2] for d in _events(ex, "bombing")] == [("2022-03-19", "day")]


def test_a_date_of_another_calendar_is_a_time_not_the_articles_day(parse):
    ex = parse("Gunmen attacked a checkpoint in Mosul during Ramadan 1441.", published="2023-05-29")
    assert _events(ex, "attack") == [(None, "unknown", "")]
    assert [(d.date) for d in find_dates("Elections were held in 2079 BS.", "2023-05-29")] == [None]
    # the Gregorian date written beside it is read
    text = "Gunmen attacked a checkpoint in Mosul on 8 Shawwal 1444 (28 April 2023)."
    assert [d.date for d in find_dates(text, "2023-05-29")] == [None, "2023-04-28"]


def test_a_massacre_told_as_news_is_still_found(parse):
    ex = parse(
        "Gunmen carried out a massacre at a village near Srebrenica on Monday, police said.",
        published="2015-07-06",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2015-07-06", "day")]


# --- a time told from the story's own -------------------------------------------------------


def test_the_eve_of_an_event_or_days_later_is_not_the_articles_day(parse):
    # both had taken the article's day
    ex = parse(
        "On the eve of the summit, gunmen attacked a police post in Rajouri.",
        published="2016-11-08",
    )
    assert _events(ex, "attack") == [(None, "unknown", "")]
    ex = parse("Four days later, gunmen attacked a police post in Rajouri.", published="2016-11-08")
    assert _events(ex, "attack") == [(None, "unknown", "")]


def test_the_next_day_told_in_the_past_is_no_plan(parse):
    # "The next day, ... attacked" had been a planned attack
    ex = parse("The next day, gunmen attacked a police post in Rajouri.", published="2016-11-08")
    assert [e.status for e in ex.events if e.type == "attack"] == [""]
    ex = parse(
        "Gunmen will attack a police post in Rajouri next week, officials fear.",
        published="2016-11-08",
    )
    assert [e.status for e in ex.events if e.type == "attack"] in ([], ["planned"])


def test_a_time_zone_in_brackets_is_no_party(parse):
    # "(2100 GMT)" had been the strike's target: "Attack: Iran on GMT in Israel"
    ex = parse(
        "Syrian jets bombed rebel positions near Idlib late on Tuesday night (2100 GMT).",
        published="2019-05-08",
    )
    found = [e for e in ex.events if e.date == "2019-05-07"]
    assert found
    assert all("GMT" not in e.label for e in ex.events)
