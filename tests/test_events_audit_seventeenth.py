"""The events audit's seventeenth pass (branch eventsq16): the wrong events of a third fresh batch
(benchmarks/data/events_fresh3: protests, assassinations, missile tests, border clashes,
sieges, air strikes, displacement, arrests, ceasefires, naval seizures), each read as a kind, and
titles an analyst reads at a glance. Each kind has the batch's sentence, written news of other
places, and sentences that must keep their reading."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import one_event as _one
from tests.events_reading import places_of as _place
from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2023."""
    return reader(geoparsing, "2023-12-19")


# --- people who flee ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # displaced-ukraine-abc-2022
        "Thousands of refugees have crossed into Moldova, Romania and Poland, where border"
        " authorities reported about 100,000 arrivals in recent days.",
        # displaced-car-2021
        "More than 200,000 people have fled the Central African Republic, and nearly half of"
        " them have crossed into the Democratic Republic of Congo.",
        "Several thousand Syrians crossed into Turkey on Monday.",
        "Migrants crossed into Greece from Turkey overnight.",
    ],
)
def test_people_crossing_a_border_are_no_incursion(read, text):
    assert _events(read, text, "incursion") == []


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("Russian troops crossed into Ukraine on Thursday.", ["Russia"], ["Ukraine"]),
        ("Rebel fighters crossed into Chad from Sudan on Sunday.", ["rebel fighters"], ["Chad"]),
    ],
)
def test_forces_crossing_a_border_still_invade(read, text, actors, targets):
    ev = _one(read, text, "incursion")
    assert (ev.actors, ev.targets) == (actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        # displaced-car-2021
        "More than 200,000 people have fled fighting in the Central African Republic since"
        " violence broke out over a December election result, the UN refugee agency said.",
        "Thousands of villagers fled from the fighting in Kidal.",
    ],
)
def test_a_war_people_fled_is_no_event(read, text):
    assert _events(read, text, "clash") == []


def test_what_people_fled_after_still_happened(read):
    text = "Residents fled the town after the air strike on Monday."
    assert len(_events(read, text, "air_strike")) == 1


# --- a release chanted for ----------------------------------------------------------------------


def test_a_release_chanted_for_is_none(read):
    # protest-tehran-2005
    text = (
        "The protesters kept chanting for freedom and for the release of all political"
        " prisoners, and fought back against the security forces."
    )
    assert _events(read, text, "release") == []


def test_a_release_done_is_one(read):
    ev = _one(read, "Rebels freed the hostages on Monday.", "release")
    assert ev.actors == ["rebels"]


# --- who tells of a fight is no side of it ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # border-kashmir-gulftimes-2013
        "The firefight began at about noon after an Indian patrol found Pakistani troops about"
        " half a kilometre inside Indian territory, army spokesman Rajesh Kalia said.",
        "Fighting broke out in Kidal on Sunday, army spokesman Colonel Diarran Kone said.",
        "The clashes lasted two hours, police spokesman Ahmed Salem told reporters.",
    ],
)
def test_a_speaker_is_no_side_of_a_fight(read, text):
    ev = _one(read, text, "clash")
    assert ev.actors == []


def test_a_fights_own_sides_stay_beside_its_speaker(read):
    text = "Rebels clashed with soldiers in Kidal on Sunday, army spokesman Diarran Kone said."
    assert _one(read, text, "clash").actors == ["rebels", "soldiers"]


def test_who_tells_of_a_truce_may_have_made_it(read):
    text = (
        "Assad, speaking in a series of interviews with Russian media on Wednesday, said the"
        " cease-fire was designed to stop his government's advance in the city."
    )
    assert _one(read, text, "ceasefire").actors == ["Syria"]


# --- a fight told from one side's capital -------------------------------------------------------


def test_a_fight_between_states_is_not_put_in_the_datelines_state(read):
    # border-kashmir-dispatch-2013: had been "Fighting: India in Pakistan"
    text = (
        "ISLAMABAD - Indian and Pakistani soldiers traded fire in Kashmir for the second time in"
        " three days yesterday.\n\nThe Indian military said the fighting began on its side of the"
        " line of control when an Indian patrol ran into Pakistani troops who had crossed under"
        " cover of fog. Two Indian soldiers were killed in a short firefight before the"
        " Pakistanis withdrew."
    )
    out = read(text)
    for ev in out.events:
        tp = out.event_places.get(ev.id)
        assert tp is None or tp.name != "Pakistan", ev.label


def test_a_fight_of_one_state_keeps_the_datelines_place(read):
    text = (
        "ISLAMABAD - Pakistan's army said on Sunday that militants had attacked a checkpoint in"
        " the country.\n\nThe fighting lasted two hours, Pakistan's army said."
    )
    # "the fighting" refers back to the attack, which keeps its type and its place
    assert _place(read, text, "attack") == ["ISLAMABAD"]


# --- places reckoned from a town, or a line ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # border-kashmir-gulftimes-2013
        "The clash took place in the Mendhar sector, west of Jammu, on Tuesday.",
        "The clash took place in Mendhar, west of Jammu, on Tuesday.",
    ],
)
def test_a_place_reckoned_from_a_town_is_not_that_town(read, text):
    assert _place(read, text, "clash") == [None]


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Troops clashed in Poonch district, west of Jammu, on Tuesday.", "clash", "Poonch"),
        ("Rebels attacked a convoy in Syria, north of Damascus, on Monday.", "attack", "Damascus"),
    ],
)
def test_a_known_place_reckoned_from_a_town_stays(read, text, etype, place):
    assert _place(read, text, etype) == [place]


def test_a_front_line_is_no_town_of_its_paragraph(read):
    # ceasefire-karabakh-us-2020: had been put at Terter
    text = (
        "Azerbaijan accused Armenian forces of shelling the town of Terter on Monday.\n\n"
        "Soldiers attacked a village near Terter on Monday. Troops fired on rebel positions"
        " along the front line on Tuesday."
    )
    out = read(text)
    tues = [e for e in out.events if e.type == "attack" and e.targets == ["rebels"]]
    assert len(tues) == 1
    tp = out.event_places.get(tues[0].id)
    assert tp is None or tp.name != "Terter"


def test_a_village_of_the_paragraph_is_still_its_place(read):
    text = (
        "Soldiers attacked a village near Goma on Monday. Troops fired on rebel positions in"
        " the village on Tuesday."
    )
    assert "Goma" in _place(read, text, "attack")


# --- "US-led" says who leads ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The US-led coalition killed dozens of civilians in a new air strike yesterday.",
        "A US-led coalition air strike killed 20 civilians yesterday.",
    ],
)
def test_a_name_before_led_is_no_place(read, text):
    assert _place(read, text, "air_strike") == [None]


# --- who killed in an air strike ----------------------------------------------------------------


def test_who_killed_in_an_air_strike_struck(read):
    text = "The coalition killed dozens of civilians in a new air strike yesterday."
    ev = _one(read, text, "air_strike")
    assert ev.actors == ["coalition"]
    assert "coalition" not in ev.targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Three soldiers were killed in an air strike in Helmand on Monday.", "soldiers"),
        ("Five civilians died in a Russian air strike on Idlib on Monday.", "civilians"),
    ],
)
def test_who_died_in_an_air_strike_is_its_target(read, text, target):
    assert target in _one(read, text, "air_strike").targets


# --- a record of raids --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # airstrike-manbij-2016: had been "Attack: United States"
        "The coalition opened an investigation into the deadliest raids of its two-year"
        " campaign in Syria.",
        "The coalition killed 12 civilians in an air strike on Tuesday, a day after it opened an"
        " inquiry into the deadliest raids of its campaign.",
    ],
)
def test_the_deadliest_raids_of_a_campaign_are_no_one_raid(read, text):
    assert _events(read, text, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "The heaviest air strikes of the war hit Aleppo on Monday.",
        "The latest air strikes hit Aleppo on Monday.",
    ],
)
def test_the_days_strikes_told_as_a_record_stay(read, text):
    assert len(_events(read, text, "air_strike")) == 1


# --- titles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "title"),
    [
        # protest-cairo-2014: had been "Attack: Security forces on protesters in Egypt"
        (
            "Security forces killed four protesters in Cairo on Thursday.",
            "attack",
            "Attack: security forces on protesters in Cairo",
        ),
        (
            "Rebel fighters crossed into Chad from Sudan on Sunday.",
            "incursion",
            "Incursion: rebel fighters into Chad",
        ),
        # a name stays a name
        ("Hamas attacked an army post in Rafah on Monday.", "attack", "Attack: Hamas in Rafah"),
        # what was done to whom, then by whom ("Release: Colombian rebels of hostages")
        ("Hamas freed 13 Israelis on Friday.", "release", "Release of Israelis by Hamas"),
        (
            "Gunmen kidnapped seven foreigners in Bauchi on Sunday.",
            "kidnapping",
            "Kidnapping by gunmen in Bauchi",
        ),
        # a dateline's capitals are no spelling (arrest-dhaka-2013)
        (
            "DHAKA, Dec. 30 - Khaleda Zia met the British High Commissioner, Robert Gibson, on"
            " Monday.",
            "meeting",
            "Meeting: Khaleda Zia – Robert Gibson in Dhaka",
        ),
    ],
)
def test_titles_read_at_a_glance(read, text, etype, title):
    assert _one(read, text, etype).label == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # missile-minuteman-2023 (had been "Shoot-down: United States of China"); trnews-1040001
        # had been "Shoot-down of Russia"
        (
            "Turkey shot down a Russian warplane on the Syrian border on Tuesday.",
            "Shoot-down of Russian warplane by Turkey",
        ),
        (
            "Israel shot down an Iranian drone over the Golan on Monday.",
            "Shoot-down of Iranian drone by Israel in Golan",
        ),
        (
            "The downing of a Russian warplane at the Syrian border in November 2015 strained"
            " ties.",
            "Shoot-down of Russian warplane",
        ),
    ],
)
def test_a_shoot_down_names_what_was_shot_down(read, text, title):
    assert _one(read, text, "shoot_down").label == title


# --- whom one speaks to by phone ----------------------------------------------------------------


def test_whom_one_speaks_to_by_phone_is_a_side(read):
    # hostage-guaviare-2008: had been "Phone call: women"
    text = (
        "The two women spoke to Venezuelan President Hugo Chavez by satellite phone to thank him"
        " for his mediation."
    )
    assert "women" in _one(read, text, "phone_call").actors
    assert len(_one(read, text, "phone_call").actors) == 2
    assert _one(read, "Putin spoke to Erdogan by phone on Monday.", "phone_call").actors == [
        "Russia",
        "Turkey",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor talked to reporters by phone on Monday.",
        "The governor spoke to CNN by phone on Monday.",
    ],
)
def test_speaking_to_the_press_by_phone_is_an_interview(read, text):
    assert _events(read, text, "phone_call") == []


# --- a new type: a ship seized ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        # naval-iran-advantage-2023
        ("Iran seized a US-bound oil tanker off Oman on Thursday.", ["Iran"], []),
        # naval-stena-impero-2019
        (
            "Iran's Revolutionary Guards seize British tanker in Strait of Hormuz",
            ["Iran"],
            ["British tanker"],
        ),
        (
            "The Guards seized a British tanker and a Panamanian vessel in the Gulf on Friday.",
            ["Guards"],
            ["British tanker", "Panamanian vessel"],
        ),
        ("A Russian warship seized a Ukrainian tugboat near Kerch in 2018.", None, None),
    ],
)
def test_a_ship_seized_is_a_seizure(read, text, actors, targets):
    got = _events(read, text, "ship_seizure")
    if actors is None:
        assert got == []  # a tugboat: no ship word the type knows (a miss, not a claim)
        return
    assert len(got) == 1
    assert (got[0].actors, got[0].targets) == (actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 2 kg of heroin from a boat in Karachi on Monday.",
        "Iran threatened to seize British tankers.",
        "The seized tanker was towed to Bandar Abbas.",
        "Rebels seized the town of Kidal on Tuesday.",
    ],
)
def test_no_ship_seized_is_no_seizure(read, text):
    assert _events(read, text, "ship_seizure") == []


def test_a_state_that_claims_an_area_is_not_where_a_ship_was_seized(read):
    # naval-navarin-1985 (events_fresh2): had been put "in United States"
    text = (
        "A Soviet naval vessel seized a Japanese fishing boat with an American observer on board"
        " in the Bering Sea, near an area both the United States and the Soviet Union claim,"
        " officials said on Tuesday."
    )
    assert _place(read, text, "ship_seizure") != ["United States"]
    assert _one(read, text, "ship_seizure").actors == ["Soviet Union"]


def test_a_ship_seized_takes_no_place_from_the_story(read):
    # naval-navarin-1985 (events_fresh2): "within the U.S. 200-mile limit" made the United
    # States the story's place, and the seizure in the Bering Sea (a sea the gazetteer lacks)
    # was put there; a ship is seized at sea, where its sentence says or nowhere
    text = (
        "Soviets seize Japanese fishing boat in disputed area\n\nA Soviet naval vessel seized a"
        " Japanese fishing boat in the Bering Sea, officials said on Tuesday.\n\nThe observer"
        " works for an agency which monitors foreign fishing within the U.S. 200-mile limit."
    )
    assert _place(read, text, "ship_seizure") == [None]
