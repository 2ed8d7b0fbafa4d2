"""What a reviewer found in the events and dates (eventsfix33).

Any aircraft that entered a country's airspace had been an incursion ("the airline's jet entered
Greek airspace and landed in Athens"), placed where a "from" or a "landing in" phrase pointed;
only a military aircraft or a state's own is now, in the country named on "airspace". A year
before "AH" or "BS" had been read as a date of another calendar ("In 1991 AH-1 Cobras ...");
only the eras' own years are now, and never a mark that runs on into a hyphen or a word. A
document cited in brackets at the foot ("(Treaty of Paris, February 10, 1947)") had dated the
article; only a wire's credit does now. The sentences are written here about other countries
than the reviewer's; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from explorer.corpus.dates import foot_date
from explorer.corpus.reading import read_file
from explorer.extract.dates import find_dates
from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 3 March 2021."""
    return reader(geoparsing, "2021-03-03")


# --- an aircraft in a country's airspace ----------
@pytest.mark.parametrize(
    "text",
    [
        "The Lufthansa plane entered Greek airspace and landed in Athens.",
        "Passenger jets flew in Syrian airspace again after the truce.",
        "The prime minister's plane entered Hungarian airspace on Monday.",
        "A drone carrying blood samples entered Ghanaian airspace from Togo.",
        "The hijacked airliner entered Indian airspace.",
    ],
)
def test_a_civil_aircraft_in_airspace_is_no_incursion(read, text):
    assert events_of(read, text, "incursion") == []


def test_the_truce_beside_a_civil_flight_is_kept(read):
    text = "Passenger jets flew in Syrian airspace again after the truce."
    assert [e.type for e in read(text).events] == ["ceasefire"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iranian drones entered Azerbaijani airspace from Armenia.", "Azerbaijan"),
        ("Two Turkish fighter jets entered Greek airspace and landed in Cyprus.", "Greece"),
        ("Military helicopters flew into Bolivian airspace from Peru.", "Bolivia"),
    ],
)
def test_a_warplane_in_airspace_is_an_incursion_where_the_airspace_is(read, text, place):
    out = read(text)
    places = [out.event_places.get(e.id) for e in out.events if e.type == "incursion"]
    assert [tp.candidate.name for tp in places if tp and tp.candidate] == [place]


# --- a year before a mark of another calendar ----------
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1991 AH-1 Cobras attacked positions near Basra.", "1991"),
        ("In 2010 BS-3 rockets were fired at the border post.", "2010"),
        ("In 1998 BS graduates marched in Kathmandu.", "1998"),
    ],
)
def test_a_year_before_ah_or_bs_in_a_word_is_gregorian(text, year):
    assert [d.date for d in find_dates(text, "2021-03-03")] == [year]


@pytest.mark.parametrize("text", ["The decree dates from 1402 AH.", "Polls are due in 2081 BS."])
def test_an_eras_own_year_is_still_another_calendar(text):
    assert [d.date for d in find_dates(text, "2021-03-03")] == [None]


# --- a cited document at the foot ----------
def test_a_document_cited_at_the_foot_does_not_date_the_article(tmp_path):
    path = tmp_path / "cited.txt"
    path.write_text(
        "Border talks resume\n\n"
        "Envoys met in Geneva in 2019 to reopen the boundary question left by the treaty.\n\n"
        "(Treaty of Paris, February 10, 1947)\n",
        encoding="utf-8",
    )
    assert read_file(path).published is None
    assert foot_date("(Treaty of Paris, February 10, 1947)") is None
    assert foot_date("(Peace Accord, March 4, 1999)") is None


def test_a_wire_credit_older_than_a_year_the_text_names_is_no_date():
    assert foot_date("(AFP, 12 May 2005)", "Talks will resume in 2007.") is None
    assert foot_date("(KUNA, 12 May 2005)", "Talks resumed in 2004.") == "2005-05-12"
    assert foot_date("(Anadolu, 9 June 2016)") == "2016-06-09"
