"""The events audit's thirteenth pass (branch eventsq12): kinds of wrong event the lead read in
the TR-News exports and in the fresh batch (benchmarks/data/events_fresh), each tested on the
sentence it was seen in and on written news of other places and wars, with guards: a talk
with the press, a state's official harmed, talks counted, strikes answered without a day,
talks agreed to or called off, and what someone kept doing."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import places_of as _place
from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2016."""
    return reader(geoparsing, "2016-12-19")


def _actors(read, text: str, etype: str, *on) -> list[list[str]]:
    return [e.actors for e in _events(read, text, etype, *on)]


def _targets(read, text: str, etype: str, *on) -> list[list[str]]:
    return [e.targets for e in _events(read, text, etype, *on)]


# --- a talk with the press is an interview ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # trnews-1010008 (before: "Phone call: CBC Toronto – Palma")
        (
            '"She had a heart of gold," Palma said in an emotional phone call with CBC Toronto.',
            "phone_call",
        ),
        (
            "The foreign minister said in a telephone call with the BBC that the talks had failed.",
            "phone_call",
        ),
        ("The governor met with reporters in Kandahar on Monday.", "meeting"),
        ("After the summit, Erdogan held a meeting with journalists in Ankara.", "meeting"),
    ],
)
def test_a_talk_with_the_press_is_no_call_nor_meeting(read, text, etype):
    assert _events(read, text, etype) == []


def test_a_call_between_leaders_is_kept(read):
    text = "Putin said in a phone call with Erdogan that the investigation would be joint."
    assert _actors(read, text, "phone_call") == [["Turkey", "Russia"]]


def test_a_call_an_agency_reports_is_kept(read):
    text = "Putin and Erdogan spoke by phone on Tuesday, Reuters reported."
    assert _actors(read, text, "phone_call") == [["Russia", "Turkey"]]


def test_a_source_and_the_radio_he_told_are_no_sides_of_a_clash(read):
    # clash-koch-2017 (before: "Fighting: John Maluk – Radio Tamazuj")
    text = (
        "Northern Liech security adviser John Maluk told Radio Tamazuj that the government side"
        " captured two rebel soldiers during the clashes."
    )
    assert _actors(read, text, "clash") == [[]]


def test_a_call_told_to_a_leader_keeps_its_sides(read):
    text = "In a phone call late last week, Peres told Mubarak that Israel wanted peace."
    assert _actors(read, text, "phone_call") == [["Shimon Peres", "Egypt"]]


# --- a state's official harmed is the person, not the state -------------------------------------


def test_an_ambassador_shot_is_the_target_not_his_state(read):
    # trnews-1040001 (before: "Attack: Turkish policeman on Russia")
    text = (
        "A Turkish policeman fatally shot Russia's ambassador to Turkey on Monday in front of a"
        " shocked gathering at a photo exhibit in Ankara."
    )
    assert _targets(read, text, "attack") == [["Russia's ambassador"]]


def test_an_ambassador_named_beside_is_the_target_by_name(read):
    text = (
        "A Turkish policeman fatally shot Russia's ambassador to Turkey, Andrei Karlov, at an"
        " art gallery in Ankara on Monday."
    )
    assert _targets(read, text, "attack") == [["Andrei Karlov"]]


def test_an_envoy_kidnapped_is_the_target_not_his_state(read):
    text = "Gunmen kidnapped the Egyptian envoy in Baghdad on Saturday."
    assert _targets(read, text, "kidnapping") == [["Egyptian envoy"]]


def test_a_minister_attacked_is_the_target_not_his_state(read):
    text = "Militants attacked Pakistan's minister for minorities in Islamabad on Wednesday."
    assert _targets(read, text, "attack") == [["Pakistan's minister"]]


def test_an_official_killed_and_named_later_is_one_attack_on_him(read):
    text = (
        "A gunman shot Italy's consul in Basra on Monday as he left a meeting, police"
        " said.\n\nConsul Marco Bellini had served in the city since 2014.\n\nThe killing of"
        " Bellini was condemned by the European Union."
    )
    assert _targets(read, text, "attack") == [["Marco Bellini"]]


def test_soldiers_attacked_are_still_their_state(read):
    text = "Insurgents attacked Afghan soldiers in Helmand on Sunday."
    assert _targets(read, text, "attack") == [["Afghanistan"]]


def test_an_official_who_acts_still_stands_for_his_state(read):
    text = "Israel's prime minister visited Washington on Monday."
    assert _actors(read, text, "visit") == [["Israel"]]


# --- talks counted are no one event -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # meeting-jaishankar-2019 (before: "Meeting: S Jaishankar")
        (
            "External Affairs Minister S Jaishankar held 11 bilateral meetings with foreign"
            " counterparts, among them those of Iran, Bulgaria, Turkey, the Netherlands,"
            " Uzbekistan, Tajikistan and the UAE, the Ministry of External Affairs said.",
            "meeting",
        ),
        ("Jaishankar holds 11 bilateral meetings in New York", "meeting"),
        (
            "The foreign minister has held several meetings with his counterparts in recent"
            " months.",
            "meeting",
        ),
        (
            "The president has spoken frequently over the phone with world leaders.",
            "phone_call",
        ),
    ],
)
def test_talks_counted_are_no_one_event(read, text, etype):
    assert _events(read, text, etype) == []


def test_talks_counted_between_two_named_sides_are_kept(read):
    text = "Putin and Erdogan have held several meetings in recent months."
    assert _actors(read, text, "meeting") == [["Russia", "Turkey"]]


def test_talks_counted_to_come_are_a_plan(read):
    text = "The Lansing City Council will host three forums on the budget in Lansing next week."
    assert [e.status for e in _events(read, text, "meeting")] == ["planned"]


def test_talks_held_once_are_kept(read):
    text = "The two foreign ministers held talks in Moscow on Monday."
    assert _place(read, text, "meeting") == ["Moscow"]


def test_a_first_meeting_is_kept(read):
    text = "The two leaders met in Geneva on Tuesday, their first meeting since 2019."
    assert _place(read, text, "meeting") == ["Geneva"]


# --- strikes answered without a day of their own are a campaign ---------------------------------


def test_strikes_answered_without_a_day_are_no_event(read):
    # bombing-peshawar-pri-2013 (before: "Air strike: United States in Peshawar")
    text = (
        "Peshawar was also the scene of a suicide bombing at a Christian church one week"
        " before, on Sept. 22, when 81 people were killed. A splinter group of the Pakistani"
        " Taliban took responsibility, saying it was in response to US drone strikes in the"
        " area."
    )
    assert _events(read, text, "air_strike") == []
    assert len(_events(read, text, "bombing")) == 1


def test_strikes_answered_with_a_day_are_kept(read):
    text = (
        "Hezbollah fired rockets into Israel in response to Israeli air strikes on Nabatieh on"
        " Monday."
    )
    assert _actors(read, text, "air_strike") == [["Israel"]]


def test_the_strike_answered_is_kept(read):
    text = "Hamas fired rockets at Ashkelon in retaliation for the Israeli air strike on Gaza."
    assert _place(read, text, "air_strike") == ["Gaza"]


# --- talks agreed to or called off are not held -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # clash-malaybalay-2019 (before: "Meeting: rebels in Philippines")
        (
            "The Duterte government suspended peace talks with the rebels after they kept"
            " attacking security forces and civilians.",
            "meeting",
        ),
        ("The talks in Doha were suspended on Monday.", "meeting"),
        ("Organisers cancelled the protest in Minsk.", "protest"),
        ("The two leaders postponed their summit in Hanoi.", "summit"),
    ],
)
def test_an_event_called_off_is_no_event(read, text, etype):
    assert _events(read, text, etype) == []


@pytest.mark.parametrize(
    "text",
    [
        # ceasefire-bouake-2002 (before: a meeting held in Ivory Coast)
        "Ivory Coast rebels agree to ceasefire, peace talks",
        "The rebels agreed to peace talks with the government.",
    ],
)
def test_talks_agreed_to_are_not_held(read, text):
    assert [e.status for e in _events(read, text, "meeting") if e.status != "planned"] == []


def test_a_ceasefire_agreed_to_is_kept(read):
    text = "The two sides agreed to a ceasefire in Tigray on Wednesday."
    assert _place(read, text, "ceasefire") == ["Tigray"]


def test_a_meeting_that_agreed_to_suspend_strikes_is_kept(read):
    text = "Putin and Erdogan met in Sochi on Tuesday and agreed to suspend air strikes in Idlib."
    assert _place(read, text, "meeting") == ["Sochi"]
    assert _events(read, text, "air_strike") == []


# --- what someone kept doing is a habit ---------------------------------------------------------


def test_attacks_kept_up_on_whole_kinds_of_people_are_no_one_attack(read):
    # clash-malaybalay-2019 (before: "Attack: Philippines on forces, civilians")
    text = (
        "The Duterte government suspended peace talks with the rebels after they kept"
        " attacking security forces and civilians."
    )
    assert _events(read, text, "attack") == []


def test_firing_kept_up_for_two_hours_is_one_attack(read):
    text = "The gunmen kept firing at the police for two hours before they were killed in Kabul."
    assert _actors(read, text, "attack") == [["gunmen"]]
