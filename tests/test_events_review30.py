"""What a reviewer found in the events and their dates (eventsfix30).

A boat stopped, intercepted or boarded to save the people on it had been read as a ship
seizure ("The Greek coast guard stopped a boat carrying 40 migrants off Lesbos", "The US Navy
boarded a cargo ship after it sent a distress call, and rescued its crew"); a stop or an
interception is a seizure only when its clause says something was seized or smuggled. A day
without its year that names an event ("the March 3 attack") had lost its date whenever it fell
more than a month before the article, though it falls in the article's own year; only a day
whose last occurrence lies in an earlier calendar year ("the Sept. 11 attacks" in June 2006)
is left undated. The sentences are written here about other coasts, navies and wars than the
reviewer's; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 12 June 2019."""
    return reader(geoparsing, "2019-06-12")


# --- a boat of people saved or stopped is no seizure ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Greek coast guard stopped a boat carrying 40 migrants off Lesbos on Tuesday.",
        "The Italian coast guard intercepted a boat of migrants south of Lampedusa.",
        "The Spanish navy intercepted a boat with 52 refugees near Alboran.",
        "The Malaysian coast guard intercepted a boat carrying 120 Rohingya refugees off Langkawi.",
        "The Libyan coast guard stopped a migrant boat off Zuwara and took it back to Tripoli.",
        "The US Navy boarded a cargo ship after it sent a distress call, and rescued its crew.",
        "Indian navy commandos boarded a fishing boat that had capsized off Kochi and saved"
        " eleven fishermen.",
        "The Australian navy boarded a boat of asylum seekers near Christmas Island.",
        "The Greek navy boarded a boat full of migrants off Crete.",
        "The Thai navy stopped a boat packed with Rohingya refugees and arrested its captain.",
    ],
)
def test_a_boat_of_people_stopped_or_rescued_is_no_seizure(read, text):
    assert events_of(read, text, "ship_seizure") == []


@pytest.mark.parametrize(
    "text",
    [
        # a stop or an interception with nothing seized, no contraband, is no seizure either
        "The Turkish coast guard stopped a fishing boat near Bodrum for an inspection.",
        "The Chilean navy intercepted a trawler off Valparaiso on Sunday.",
    ],
)
def test_a_stop_without_a_word_of_seizure_is_no_seizure(read, text):
    assert events_of(read, text, "ship_seizure") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sri Lankan navy intercepted a trawler smuggling weapons to the Tamil Tigers.",
        "The Colombian navy stopped a boat off Tumaco and seized two tonnes of cocaine.",
        "The Royal Navy intercepted a dhow carrying a cargo of weapons in the Arabian Sea.",
        # boarding keeps its reading: a navy boarding a ship takes it
        "Iranian commandos boarded a British-flagged tanker in the Strait of Hormuz.",
    ],
)
def test_a_ship_stopped_for_weapons_or_drugs_is_still_seized(read, text):
    assert one_event(read, text, "ship_seizure")


# --- a day without its year of the article's own year keeps its date -----------------------------
@pytest.mark.parametrize(
    ("text", "etype", "on", "date"),
    [
        (
            "Officials blamed the March 3 attack in Kabul on the Taliban.",
            "attack",
            "2024-05-20",
            "2024-03-03",
        ),
        (
            "Israel struck Gaza after the October 7 attack, and its forces have fought there"
            " since.",
            "attack",
            "2023-12-01",
            "2023-10-07",
        ),
        (
            "Police named the suspects in the February 9 bombing in Quetta.",
            "bombing",
            "2016-11-30",
            "2016-02-09",
        ),
        # a few weeks back across the new year is still that day
        (
            "Police named the suspects in the December 20 bombing in Quetta.",
            "bombing",
            "2016-01-05",
            "2015-12-20",
        ),
    ],
)
def test_a_day_of_the_articles_year_keeps_its_date(read, text, etype, on, date):
    got = [e for e in events_of(read, text, etype, on) if e.date == date]
    assert got, [(e.type, e.date) for e in read(text, on).events]


@pytest.mark.parametrize(
    ("text", "etype", "on"),
    [
        # the last such day is in an earlier year: the day names an event of any past year
        (
            "The law was passed after the Sept. 11 attacks on the United States.",
            "attack",
            "2006-06-14",
        ),
        ("Officials recalled the November 26 attacks on Mumbai.", "attack", "2012-07-02"),
    ],
)
def test_a_day_of_an_earlier_year_names_an_event_of_any_year(read, text, etype, on):
    got = events_of(read, text, etype, on)
    assert got and all(e.date is None for e in got), [(e.label, e.date) for e in got]


# --- one person's nationality: one list of people of private life --------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "state"),
    [
        # words of the former list of nationals, and trades of the list of one person
        ("The foreign minister met a Brazilian lawyer in Geneva on Monday.", "meeting", "Brazil"),
        (
            "Gunmen kidnapped an American citizen in Niamey on Monday.",
            "kidnapping",
            "United States",
        ),
        ("Gunmen kidnapped a Canadian teacher near Ouagadougou on Friday.", "kidnapping", "Canada"),
        ("A Chechen taxi driver attacked a police officer in Nice on Sunday.", "attack", "Russia"),
    ],
)
def test_one_persons_nationality_is_no_side(read, text, etype, state):
    ev = one_event(read, text, etype)
    assert state not in ev.actors + ev.targets, (ev.actors, ev.targets)


def test_a_states_guard_still_stands_for_it(read):
    ev = one_event(
        read, "Iranian border guards seized a British tanker in the Gulf.", "ship_seizure"
    )
    assert "Iran" in ev.actors
