"""What a reviewer found in the events (eventsfix31).

An attack told as done "in support of", "in solidarity with" or "on behalf of" a side had been
put where that side lives when its phrase named a place ("Hezbollah fired dozens of rockets at
northern Israel in solidarity with the Palestinians in Gaza": an attack in Gaza); a place named
there is now never the event's, and the place the act was aimed at, named before the phrase,
is. A word of rescue in a boarding's or an interception's clause had vetoed a seizure that the
clause tells in words of its own ("intercepted a ship off Libya and seized its cargo of rifles,
after rescuing its crew"); it no longer does. The sentences are written here about other wars,
coasts and navies than the reviewer's; events are found by the real spaCy pipeline and the real
geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 12 June 2019."""
    return reader(geoparsing, "2019-06-12")


# --- a place in the phrase of the side supported is not the act's --------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        (
            "BEIRUT - Hezbollah fired dozens of rockets at northern Israel on Tuesday in"
            " solidarity with the Palestinians in Gaza.",
            "attack",
            "Israel",
        ),
        (
            "Houthi rebels fired missiles at Saudi Arabia in support of Hamas in the Gaza Strip.",
            "attack",
            "Saudi Arabia",
        ),
        (
            "Militants attacked a border post in Jammu and Kashmir in support of the separatists"
            " of Balochistan.",
            "attack",
            "Jammu and Kashmir",
        ),
        (
            "Ukrainian drones struck an oil depot in Bryansk on behalf of Kyiv.",
            "air_strike",
            "Bryansk",
        ),
        (
            "In solidarity with the Kurds of Syria, PKK militants attacked a Turkish army post"
            " in Hakkari.",
            "attack",
            "Hakkari",
        ),
    ],
)
def test_an_act_for_a_side_is_where_it_was_aimed(read, text, etype, place):
    assert places_of(read, text, etype) == [place]


@pytest.mark.parametrize(
    ("text", "etype", "places"),
    [
        # no place before the phrase: none rather than the side's
        (
            "Rebels shelled army positions in solidarity with their allies in Kinshasa.",
            "bombardment",
            [None],
        ),
        (
            "Rebels shelled army positions near Goma in solidarity with their allies in Kinshasa.",
            "bombardment",
            ["Goma"],
        ),
        # an act told inside the phrase is placed by it
        (
            "Iran sent drones in support of the Russian offensive in Donetsk.",
            "incursion",
            ["Donetsk"],
        ),
    ],
)
def test_the_side_backed_does_not_place_the_act(read, text, etype, places):
    assert places_of(read, text, etype) == places


# --- a seizure told in its own words stands beside a rescue --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Italian navy frigates intercepted a ship off Libya and seized its cargo of rifles, after"
        " rescuing its crew.",
        "The Greek coast guard boarded a freighter off Crete and confiscated 20 tonnes of"
        " explosives after saving its sailors.",
        "The Indian coast guard stopped a trawler off Gujarat, rescued two sick fishermen and"
        " seized 300 kilograms of heroin.",
    ],
)
def test_a_seizure_told_beside_a_rescue_stands(read, text):
    assert one_event(read, text, "ship_seizure")


@pytest.mark.parametrize(
    "text",
    [
        "The US Navy boarded a cargo ship after it sent a distress call, and rescued its crew.",
        # what a rescued ship carries does not make the rescue a seizure
        "The Spanish navy boarded a freighter carrying arms after it sent a distress call, and"
        " rescued its crew.",
    ],
)
def test_a_rescue_without_a_seizure_stays_none(read, text):
    assert events_of(read, text, "ship_seizure") == []
