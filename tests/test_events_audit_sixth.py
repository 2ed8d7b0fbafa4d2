"""The events audit's seventh pass, on wordings of real news: a named group's leader is not his
state, a successor is its own party, a name's last word is no anaphora, a capital beside a side
is no meeting's place, whom an incursion fights is no place it enters, who brokers a truce is
not a side, a possessive is no part of a name, a rejected offer of talks is no meeting and a
city's suburb is not its government."""

from __future__ import annotations

import pytest

from tests.events_reading import reader
from tests.test_stances_news import claims


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file."""
    return reader(geoparsing, "2004-09-17")


def _events(read, text: str, etype: str):
    return [e for e in read(text).events if e.type == etype]


def _place(read, text: str, etype: str) -> list[str | None]:
    out = read(text)
    return [
        tp.candidate.name if tp is not None and tp.candidate is not None else None
        for e in out.events
        if e.type == etype
        for tp in [out.event_places.get(e.id)]
    ]


# --- actors ------------------------------------------------------------------------------------


def test_a_named_groups_leader_is_not_his_state(read):
    ex = read(
        "SALISBURY (Reuters) - Mozambique's Frelimo government backs Robert Mugabe's ZANLA"
        " guerrillas fighting the Smith regime."
    )
    # before: "Mozambique backs Zimbabwean government"
    assert ("Mozambique", "backs", "ZANLA") in claims(ex)
    assert not any(p == "Zimbabwean government" and r == "backs" for _, r, p in claims(ex))


def test_a_leaders_own_forces_stay_his_state(read):
    ex = read("Iran backs Bashar al-Assad's forces against the rebels.")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(ex)


def test_a_successor_is_its_own_party(read):
    ex = read("Russia's Africa Corps backs the junta against Tuareg separatists.")
    got = claims(ex)
    assert ("Africa Corps", "backs", "Malian government (junta)") in got  # before: Wagner Group
    assert not any("Wagner" in w for c in got for w in c)


def test_a_names_last_word_is_no_anaphora(read):
    ex = read(
        "NATO foreign ministers met on Tuesday.\n\nThe Northern Alliance is fighting the"
        " Taliban in the north."
    )
    # before: "NATO opposes Taliban"
    assert ("Northern Alliance", "opposes", "Taliban") in claims(ex)
    assert not any(p == "NATO" for p, _, _ in claims(ex))


def test_the_alliance_alone_is_still_an_anaphora(read):
    ex = read(
        "NATO foreign ministers met on Tuesday.\n\nThe alliance is arming Ukraine against"
        " Russian forces."
    )
    assert ("NATO", "supplies", "Ukraine") in claims(ex)


# --- places and roles of events --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA (Reuters) - Sudan blamed the United States for the failure of three weeks of"
        " peace talks between Khartoum and Darfur rebels on Friday, but African Union"
        " mediators said negotiations would resume in October.",
        # the headline makes Darfur the article's place: before, the talks were put there
        "Darfur Peace Talks Stall\n\nABUJA (Reuters) - Peace talks between Khartoum and Darfur"
        " rebels broke down on Friday, mediators said.",
    ],
)
def test_a_capital_beside_a_side_is_not_where_they_meet(read, text):
    places = _place(read, text, "meeting")
    assert places, text
    # before: Khartoum; where the rebels come from is no better
    assert not {"Khartoum", "Darfur"} & set(places), places


def test_a_town_of_the_talks_stays(read):
    assert _place(read, "Egypt hosted talks between Israel and Hamas in Cairo.", "meeting") == [
        "Cairo"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The US-led military coalition in Afghanistan has begun a big offensive against"
        " militants loyal to the ousted Taliban regime.",
        # the headline's attack is merged into the incursion: before, "into Taliban"
        "US Mounts New Attack on Taliban\n\nThe US-led coalition in Afghanistan has begun a"
        " big offensive against militants loyal to the ousted Taliban regime.",
    ],
)
def test_whom_an_incursion_fights_is_no_target(read, text):
    incursions = _events(read, text, "incursion")
    assert incursions, text
    assert all(not e.targets for e in incursions), [e.targets for e in incursions]


def test_the_country_an_offensive_enters_is_its_target(read):
    incursions = _events(read, "Russia launched a military offensive against Ukraine.", "incursion")
    assert [e.targets for e in incursions] == [["Ukraine"]]


@pytest.mark.parametrize(
    "text",
    [
        "KABUL (Reuters) - The United States has brokered a cease-fire between a renegade"
        " Afghan militia leader and the governor of Herat, officials said on Sunday.",
        "Qatar brokered a truce between Israel and Hamas.",
    ],
)
def test_who_brokers_a_truce_is_no_side(read, text):
    truces = _events(read, text, "ceasefire")
    assert truces, text
    assert all("United States" not in e.actors and "Qatar" not in e.actors for e in truces)


def test_who_agrees_a_truce_is_a_side(read):
    truces = _events(read, "Israel signed a truce with Hamas on Sunday.", "ceasefire")
    assert truces and all({"Israel", "Hamas"} <= set(e.actors) for e in truces)


def test_a_possessive_written_apart_is_no_part_of_the_name(read):
    # (the sentence the audit found, "jailed ... for financing al Qaeda ally Abu Musab
    # al-Zarqawi 's bombings in Iraq", tells a campaign, no event, since eventsq10)
    text = "Abu Musab al-Zarqawi 's bombings in Baghdad on Sunday killed 20 people."
    bombings = _events(read, text, "bombing")
    assert bombings, text
    # before: "Bombing: Abu Musab al-Zarqawi 's"
    assert all("'s" not in e.label and "'s" not in " ".join(e.actors) for e in bombings)


@pytest.mark.parametrize(
    "text",
    [
        "Nepalese Prime Minister has rejected the UN offer of mediating in talks with Maoist"
        " rebels.",
        "The president refused a role in talks with the rebels.",
    ],
)
def test_a_rejected_offer_of_talks_is_no_meeting(read, text):
    assert not _events(read, text, "meeting")


def test_talks_held_are_a_meeting(read):
    assert _events(read, "Nepalese officials took part in talks with Maoist rebels.", "meeting")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian jets bombed a Damascus suburb on Monday.", "Damascus"),
        ("Israeli jets struck a Beirut suburb overnight.", "Beirut"),
    ],
)
def test_a_citys_suburb_is_where_not_whom(read, text, place):
    strikes = _events(read, text, "air_strike")
    assert strikes, text
    # before: the Syrian government as the target
    assert all(not e.targets for e in strikes), [e.targets for e in strikes]
    assert _place(read, text, "air_strike") == [place]


def test_a_capitals_government_stays_the_target(read):
    strikes = _events(read, "Syrian jets bombed the Damascus government's positions.", "air_strike")
    assert strikes and all(e.targets for e in strikes)


def test_a_towns_board_meets_in_its_town(read):
    text = (
        "COLUMBUS -- The Lakeview Board of Education met Monday with representatives from"
        " McPherson & Jacobsen LLC to establish the major criteria for a candidate."
    )
    assert _place(read, text, "meeting") == ["Lakeview"]


def test_a_visits_building_stays_its_target(read):
    text = "Jane Doe, the county extension agent, visited Kit Carson Elementary on Wednesday."
    visits = _events(read, text, "visit")
    assert [e.targets for e in visits] == [["Kit Carson Elementary"]]
