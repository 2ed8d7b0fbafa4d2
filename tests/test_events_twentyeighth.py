"""The tenth fresh batch's wrong events, as kinds (eventsq28).

benchmarks/data/events_fresh10, judged on main 82076f5 before any change, put a checkpoint
bombing "south of Baghdad" at Baghdad (the next sentence names the town, 50 km south of it) and a
police shooting "At Lonmin's Marikana platinum mine, northwest of Johannesburg" at Johannesburg.
A bearing names the town it is reckoned from, never the scene. The sentences here are of other
wars and countries; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    "text, etype, town",
    [
        (
            "Convoy hit\n\nA suicide bomber rammed a car into an army convoy west of Kandahar on"
            " Monday, killing nine soldiers, officials said.\n",
            "bombing",
            "Kandahar",
        ),
        (
            "Base shelled\n\nRebels shelled an army base north of Aleppo on Sunday, killing four"
            " soldiers.\n",
            "bombardment",
            "Aleppo",
        ),
        (
            "Post attacked\n\nGunmen attacked a police post at a bridge south of Ramadi on"
            " Monday, killing four policemen.\n",
            "attack",
            "Ramadi",
        ),
    ],
)
def test_a_bearing_without_distance_does_not_pin_its_town(read, text, etype, town):
    """ "west of Kandahar": the town is where the bearing is reckoned from, not the scene."""
    places = places_of(read, text, etype)
    assert places, "the event is still found"
    assert town not in places


def test_a_site_named_before_a_bearing_is_not_the_town(read):
    """ "At the company's copper mine, east of Lubumbashi": the mine is where, a site the
    gazetteer does not hold; Lubumbashi is only where the bearing is reckoned from."""
    text = (
        "Workers shot\n\nAt the company's copper mine, east of Lubumbashi, police opened fire"
        " on striking workers on Tuesday, killing three of them.\n"
    )
    assert places_of(read, text, "attack") == [None]


def test_the_north_of_a_town_is_still_in_it(read):
    """ "in the north of Mosul": a part of the town, so the town."""
    text = (
        "Market bombed\n\nA car bomb exploded at a market in the north of Mosul on Friday,"
        " killing eleven people, police said.\n"
    )
    assert places_of(read, text, "bombing") == ["Mosul"]
