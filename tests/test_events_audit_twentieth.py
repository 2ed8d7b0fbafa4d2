"""The events audit's twentieth pass (branch eventsq19): what the fourth fresh batch
(benchmarks/data/events_fresh4) left, each read as a kind: two embassies attacked in two cities
of one sentence, a report that refers back to what came before it, a bomber who drives a car
into a market or hits a convoy, drones that crash into a refinery, a swap whose sides are the
states of the soldiers it freed; and a new type, the evacuation of diplomats, citizens or
civilians. Each kind has the batch's sentence, sentences of other places, and sentences that
must keep their reading."""

from __future__ import annotations

import pytest

from tests.events_reading import one_event as _one
from tests.events_reading import places_of as _places
from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2023."""
    return reader(geoparsing, "2023-12-19")


def _types(read, text: str, *on: str | None) -> list[str]:
    return sorted(e.type for e in read(text, *on).events)


# --- an embassy's state is its owner, not the country attacked ---------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # benchmarks/data/events_fresh4/docs/embassy-sanaa-ap-2012.txt
        (
            "On Tuesday night a crowd attacked the US embassy in Cairo, and a mob attacked the US"
            " consulate in Benghazi.",
            ["Benghazi", "Cairo"],
        ),
        (
            "Protesters attacked the Danish embassy in Beirut on Sunday, and a crowd attacked the"
            " Norwegian embassy in Damascus.",
            ["Beirut", "Damascus"],
        ),
    ],
)
def test_two_embassies_attacked_in_two_cities_are_two_attacks_there(read, text, where):
    assert sorted(p or "" for p in _places(read, text, "attack")) == where


def test_a_country_attacked_as_such_still_is_no_other_countrys_town(read):
    text = "Hamas attacked Israel on October 7, a Gaza official said in Gaza City."
    assert _places(read, text, "attack") == [None]


def test_a_storming_told_before_other_cities_keeps_its_dateline(read):
    # benchmarks/data/events_fresh4/docs/embassy-sanaa-ap-2012.txt (undated): "condemned the
    # attack" refers back to Sanaa's storming, not to the Cairo and Benghazi attacks after it
    text = (
        "Protesters storm US embassy in Yemen\n\n"
        "SANAA, Yemen (AP) - Hundreds of protesters angry over an anti-Islam film stormed the US"
        " embassy compound in the Yemeni capital on Thursday and burned the American flag.\n\n"
        "The Yemeni embassy in Washington condemned the attack. On Tuesday night a crowd attacked"
        " the US embassy in Cairo, and a mob attacked the US consulate in Benghazi."
    )
    assert sorted(p or "" for p in _places(read, text, "attack", None)) == [
        "Benghazi",
        "Cairo",
        "SANAA",
    ]


# --- a bomber who drives a car into a market, hits a convoy: a bombing --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # benchmarks/data/events_fresh4/docs/bombing-talafar-nbc-2008.txt
        "A suicide bomber drove a car packed with explosives into an open-air market in the"
        " northern Iraqi city of Tal Afar on Saturday, killing six people.",
        "The blast came a day after another suicide car bomber hit a convoy carrying former"
        " Deputy Prime Minister Ahmad Chalabi in Baghdad.",
        "A suicide bomber rammed an explosives-laden truck into a police checkpoint in Kandahar"
        " on Monday.",
        "A car bomber struck an army post near Mosul on Tuesday, killing four soldiers.",
    ],
)
def test_a_bomber_driving_or_hitting_is_a_bombing(read, text):
    assert _types(read, text) == ["bombing"]


def test_bomber_aircraft_still_strike_from_the_air(read):
    assert _types(read, "B-52 bombers hit targets near Kandahar on Monday.") == ["air_strike"]


def test_a_bomber_who_only_drove_somewhere_is_no_bombing(read):
    text = "The suicide bomber drove to the market in a taxi, police said."
    assert "bombing" not in _types(read, text)


# --- drones that crash into a refinery: an air strike -------------------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # benchmarks/data/events_fresh4/docs/drone-novoshakhtinsk-newser-2022.txt
        (
            "Two drones said to be controlled by Ukraine crashed into a large Russian oil refinery"
            " in the Rostov region on Wednesday and set it on fire.",
            "Rostov",
        ),
        ("A drone crashed into a fuel depot in Bryansk on Monday and set it on fire.", "Bryansk"),
    ],
)
def test_drones_crashing_into_a_site_are_an_air_strike(read, text, where):
    assert _places(read, text, "air_strike") == [where]


@pytest.mark.parametrize(
    "text",
    [
        "A small plane crashed into a building in Manhattan on Wednesday.",
        "A drone crashed into a crowd at a wedding in Texas on Saturday.",
    ],
)
def test_a_crash_that_hit_no_site_by_a_drone_is_no_strike(read, text):
    assert "air_strike" not in _types(read, text)


# --- a swap's sides: the states of the soldiers it freed ---------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # benchmarks/data/events_fresh4/docs/swap-ukraine-ndpost.txt (undated)
        (
            "Soldiers from Ukraine and Russia have been released in a prisoner exchange, some of"
            " them after years in captivity.",
            ["Russia", "Ukraine"],
        ),
        (
            "Armenian and Azerbaijani soldiers were freed in a prisoner exchange on Wednesday.",
            ["Armenia", "Azerbaijan"],
        ),
    ],
)
def test_a_swap_takes_its_sides_from_the_soldiers_freed(read, text, sides):
    assert sorted(_one(read, text, "prisoner_swap", None).actors) == sides


def test_a_swap_with_its_sides_named_keeps_them(read):
    text = "Russia and Ukraine exchanged 90 prisoners of war on Tuesday."
    assert sorted(_one(read, text, "prisoner_swap").actors) == ["Russia", "Ukraine"]


# --- evacuations: diplomats, an embassy, citizens or civilians ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "where"),
    [
        # benchmarks/data/events_fresh4/docs/evac-kabul-canews-2021.txt
        (
            "The United States has begun evacuating staff from its embassy in Kabul, with only a"
            " few people expected to stay at a diplomatic facility at the airport.",
            "United States",
            "Kabul",
        ),
        ("France evacuated its citizens from Niamey on Tuesday.", "France", "Niamey"),
        (
            "Italy began evacuating diplomats from its embassy in Khartoum on Sunday.",
            "Italy",
            "Khartoum",
        ),
    ],
)
def test_an_evacuation_of_diplomats_or_citizens(read, text, actor, where):
    ev = _one(read, text, "evacuation")
    assert actor in ev.actors
    assert _places(read, text, "evacuation") == [where]


def test_the_evacuation_of_civilians_is_one(read):
    # trnews-1040001 (the 706): it happened, in December 2016
    text = (
        "Russia and Turkey have co-sponsored the evacuation of civilians and rebels from Aleppo"
        " this week."
    )
    assert _places(read, text, "evacuation") == ["Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        # a fire, a flood: no analyst's evacuation (LGL, TR-News)
        "A total of 18 people live in the building, and all evacuated safely on Monday.",
        "Xinhua said that 9,000 people have been evacuated in Hunan on Monday.",
        "Firefighters evacuated residents of the apartment block in Leeds on Friday.",
        # aimed at, planned (trnews-1030005)
        "The ceasefire was aimed at evacuating both rebels and civilians from Aleppo on Wednesday.",
        "The government plans to evacuate civilians from Mariupol next week.",
    ],
)
def test_no_evacuation_of_residents_or_of_a_plan(read, text):
    assert "evacuation" not in _types(read, text)
