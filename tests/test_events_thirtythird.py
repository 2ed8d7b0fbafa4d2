"""Wrong events of the fifteenth fresh batch (benchmarks/data/events_fresh15), fixed as kinds:
men of an international mission arriving in a land are deployed there, and a body or a count
of armed men is whose its "of" phrase names; a passenger aircraft that blows up strikes no one
from the air, nor is an aircraft that blows up bombed by anyone the sentence names; pirates are
no state; what a time counted from "since" was, what happened "without" and one of a count are
no event of the day; talks that have stalled are no meeting; captors who let captives go free
them; a plan told "about" is not planned by whoever hears of it. Sentences of other wars,
places and decades, with guards; the real spaCy pipeline and geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-11")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A contingent of Ghanaian peacekeepers arrived in Monrovia on Tuesday.", "Monrovia"),
        ("Forty OSCE monitors arrived in Donetsk on Friday.", "Donetsk"),
        ("UN observers crossed into Lebanon on Monday.", "Lebanon"),
    ],
)
def test_a_mission_arriving_is_deployed_there(read, text, place):
    out = read(text)
    assert [e.type for e in out.events] == ["deployment"]
    tp = out.event_places.get(out.events[0].id)
    assert tp is not None and tp.name == place


def test_a_leader_arriving_still_visits(read):
    assert events_of(read, "Prime Minister Narendra Modi arrived in Tokyo on Monday.", "visit")


def test_observers_entering_a_room_enter_no_land(read):
    text = "Election observers entered the polling station in Harare on Monday."
    assert read(text).events == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hundreds of Turkish troops crossed into Syria on Monday.", "Turkey"),
        ("Dozens of Eritrean soldiers crossed into Tigray on Friday.", "Eritrea"),
    ],
)
def test_a_count_of_troops_is_whose_troops_they_are(read, text, actor):
    assert one_event(read, text, "incursion").actors == [actor]


def test_a_count_of_protesters_is_not_read_as_armed_men(read):
    text = "Hundreds of Kurdish protesters clashed with police in Diyarbakir on Sunday."
    assert one_event(read, text, "clash").actors == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "A Libyan passenger jet exploded over the Mediterranean on Monday, killing all 157"
        " people on board.",
        "A Russian passenger jet exploded over the Black Sea on Thursday, killing the 76 people"
        " on board.",
    ],
)
def test_a_passenger_jet_that_explodes_strikes_no_one(read, text):
    assert events_of(read, text, "air_strike") == []


def test_an_airliner_that_blows_up_is_bombed_by_no_one_named(read):
    text = "An Ethiopian airliner blew up over the Indian Ocean on Sunday, killing 50 people."
    assert events_of(read, text, "bombing") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rebels blew up a bridge near Kharkiv on Monday.", "rebels"),
        ("A suicide bomber blew himself up in Kabul on Monday.", "suicide bomber"),
    ],
)
def test_who_blows_something_up_still_bombs(read, text, actor):
    assert one_event(read, text, "bombing").actors == [actor]


def test_a_warplane_that_kills_still_strikes(read):
    text = "An Israeli jet killed five militants in Gaza on Monday."
    assert one_event(read, text, "air_strike").actors == ["Israel"]


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        (
            "Nigerian pirates kidnapped six sailors off Bonny Island on Saturday.",
            "kidnapping",
            "Nigerian pirates",
        ),
        ("Somali pirates took the captain hostage on Monday.", "kidnapping", "Somali pirates"),
    ],
)
def test_pirates_are_no_state(read, text, etype, actor):
    assert one_event(read, text, etype).actors == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Officially no shot had been fired there since 1975, when four Indian soldiers were"
        " killed in an ambush.",
        "The town has been quiet since 1994, when Hutu militias massacred its Tutsi residents.",
    ],
)
def test_what_a_year_counted_from_was_is_history(read, text):
    assert read(text).events == []


def test_an_act_of_a_day_counted_from_stays(read):
    text = (
        "A suicide bomber killed 14 people at a checkpoint in Kandahar on Sunday. It was the"
        " deadliest attack in the city since March 2, when a suicide bomber blew himself up"
        " outside the governor's office."
    )
    assert len(read(text).events) == 2


def test_what_passed_without_is_no_event(read):
    assert (
        read("Witnesses said the night passed without bombing or fighting in Misrata.").events == []
    )


def test_an_act_without_warning_stays(read):
    assert one_event(read, "Israeli jets struck Gaza on Monday without warning.", "air_strike")


def test_one_of_a_count_is_no_event(read):
    text = "It was one of five attacks reported in the Gulf of Aden this week."
    assert events_of(read, text, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the government and the rebels have stalled.",
        "Talks between Khartoum and the SPLM remain deadlocked.",
    ],
)
def test_stalled_talks_are_no_meeting(read, text):
    assert events_of(read, text, "meeting") == []


def test_stalled_talks_that_resume_meet(read):
    text = "The stalled talks between Kiev and Moscow resumed in Istanbul on Monday."
    assert one_event(read, text, "meeting").actors == ["Ukraine", "Russia"]


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("The gunmen let 53 passengers go on Tuesday.", "passengers"),
        ("The hijackers let the women and children go on Monday.", "women"),
        ("Pirates let the 23 passengers of the ferry go on Friday.", "passengers"),
    ],
)
def test_captors_who_let_captives_go_free_them(read, text, freed):
    assert freed in one_event(read, text, "release").targets


def test_letting_protesters_go_is_no_release_of_captives(read):
    assert read("The police let the protesters go on Monday.").events == []


def test_passengers_killed_are_the_targets(read):
    text = "Gunmen killed six passengers on a bus in Kenya on Monday."
    got = one_event(read, text, "attack")
    assert got.targets == ["passengers"]


def test_a_plan_heard_about_is_not_the_hearers(read):
    text = "The army learned about the rebels' plans to attack Kharkiv."
    got = one_event(read, text, "attack")
    assert got.actors == ["rebels"]
    assert got.status == "planned"


def test_a_plan_intercepted_is_not_the_interceptors(read):
    text = (
        "A Ukrainian military official said the army had intercepted rebel radio traffic about"
        " plans to shell Donetsk and blame Kiev for it."
    )
    assert all("army" not in e.actors for e in read(text, None).events)
