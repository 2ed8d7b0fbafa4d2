"""Wrong places that made wrong events, fourteenth pass: a meeting's town read as a government,
a state read as its capital, a diplomatic process's name lending its town. On the real
gazetteer, the real spaCy model and real news of the events audit's fresh batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import places_of, reader

FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events_fresh" / "docs"


def ids(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.gazetteer_id for t in tops if t.name == name]


def test_a_meetings_town_is_a_place_not_a_government(geoparsing):
    gp = geoparsing[0]
    # "talks in Pretoria mediated by ...": the verb after the town is no government's
    tops = gp.parse((FRESH / "ceasefire-pretoria-2005.txt").read_text(encoding="utf-8"))
    pretoria = [t for t in tops if t.name == "Pretoria"]
    assert pretoria and not any(t.metonymic for t in pretoria)
    tops = gp.parse(
        "Peace talks held in Doha mediated by Qatar ended on Friday. The summit at Tashkent "
        "agreed to a ceasefire."
    )
    assert [t.metonymic for t in tops if t.name in ("Doha", "Tashkent")] == [False, False]
    # a government still: the capital as the subject, with or without a meeting after it
    tops = gp.parse(
        "Ankara mediated between the two sides, and Moscow said the talks in Geneva would go "
        "on. Tehran rejected the meeting."
    )
    assert [t.metonymic for t in tops if t.name in ("Ankara", "Moscow", "Tehran")] == [
        True,
        True,
        True,
    ]


def test_a_regions_word_makes_the_name_the_region(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse((FRESH / "kidnap-bauchi-jpost-2013.txt").read_text(encoding="utf-8"))
    # "northern Nigeria's Bauchi state": the state, not its capital; the dateline is the city
    assert ids(tops, "Bauchi")[0] == "admin1:NG.46"
    assert ids(tops, "BAUCHI") == ["geonames:2347470"]
    tops = gp.parse(
        "Gunmen attacked a village in Kano state, and shelling went on in the Kharkiv region."
    )
    assert ids(tops, "Kano") == ["admin1:NG.29"]
    assert ids(tops, "Kharkiv") == ["admin1:UA.07"]
    # without the word, the city
    tops = gp.parse("Gunmen attacked a market in Kano on Sunday, Nigerian police said.")
    assert ids(tops, "Kano") == ["geonames:2335204"]


def test_a_process_named_for_a_town_is_no_place(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse((FRESH / "meeting-cavusoglu-2021.txt").read_text(encoding="utf-8"))
    # "the ministerial conference of the Heart of Asia-Istanbul Process" met in Tajikistan
    assert "Asia" not in [t.name for t in tops]
    assert len([t for t in tops if t.name == "Istanbul"]) == 1  # "a meeting ... in Istanbul"
    tops = gp.parse(
        "Ministers of the Bali Process met in Colombo. The Cyprus peace process stalled, and "
        "the Three Seas Initiative gathered in Warsaw."
    )
    names = [t.name for t in tops]
    assert "Bali" not in names
    assert {"Colombo", "Cyprus", "Warsaw"} <= set(names)
    # an initiative named for a sea is about the sea's shipping
    tops = gp.parse("Turkey brokered the Black Sea Grain Initiative with the United Nations.")
    assert "Black Sea" in [t.name for t in tops]


# --- what the events make of it ------------------------------------------------------------------


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 4 March 2005."""
    return reader(geoparsing, "2005-03-04")


def test_talks_in_a_capital_are_placed_there(read):
    # ceasefire-pretoria-2005 (before: "Meeting in Ivory Coast", the article's country)
    text = (FRESH / "ceasefire-pretoria-2005.txt").read_text(encoding="utf-8")
    assert "Pretoria" in places_of(read, text, "meeting")
    text = (
        "Sudan's army and the rebels ended a week of talks in Doha mediated by Qatari "
        "officials on Sunday."
    )
    assert places_of(read, text, "meeting") == ["Doha"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # clash-malaybalay-2019 (before: "Fighting in Manila")
        (
            "A similar clash on Jan. 30 in Camarines Sur province, south of Manila, killed at "
            "least six.",
            "Camarines Sur",
        ),
        (
            "Troops clashed with rebels in Sarangani, 30 kilometers north of General Santos, "
            "on Monday.",
            "Sarangani",
        ),
    ],
)
def test_a_town_reckoned_from_is_not_where(read, text, place):
    assert places_of(read, text, "clash") == [place]


def test_a_bearing_alone_pins_no_town_but_a_country_before_it_keeps_the_town(read):
    # no place named before the bearing: the town is only where the bearing is reckoned from
    # (a village some way south of it), and a pin at the town would be a place the sentence
    # does not give (eventsq28); with no country named, the event has no place
    text = "Soldiers clashed with militants in a village south of Kandahar on Monday."
    assert places_of(read, text, "clash") == [None]
    # a country before the bearing: the town places the event better
    text = "Rebels clashed with troops in Syria, north of Damascus, on Monday."
    assert places_of(read, text, "clash") == ["Damascus"]
