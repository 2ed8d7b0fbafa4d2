"""The events audit's sixteenth pass (branch eventsq15): the misses eventsq14 left on its new
types. Captives freed named by who they are, not as hostages; "declared persona non grata" as
an expulsion; a coup told in the passive or by what it did; a prisoner swap as one event of two
sides; and "Myanmar's military seized power", which the parser reads as a noun phrase. Each
kind has the second fresh batch's sentence, written news of other places, and sentences in
other senses that must stay no event (a court or an army that frees people, a club's persona non
grata, a boardroom coup, an exchange of fire, a swap only agreed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import one_event as _one
from tests.events_reading import places_of as _place
from tests.events_reading import reader

FRESH2 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events_fresh2"


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2023."""
    return reader(geoparsing, "2023-12-19")


# --- captives freed, named by who they are ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        # hostage-hamas-lawblog-2023
        (
            "Hamas freed 13 Israelis, 10 Thai farm workers and one Filipino on the first day of"
            " the truce.",
            ["Hamas"],
            ["Israelis"],
        ),
        ("The rebels freed three aid workers on Tuesday in Kidal.", ["rebels"], ["workers"]),
        ("Gunmen released 27 students in Kagara on Saturday.", ["gunmen"], ["students"]),
        ("Islamist militants released two French journalists on Friday.", None, None),
    ],
)
def test_captives_freed_by_who_they_are(read, text, actors, targets):
    ev = _one(read, text, "release")
    if actors is not None:
        assert ev.actors == actors
    if targets:
        assert ev.targets == targets
    assert ev.status == ""


@pytest.mark.parametrize(
    "text",
    [
        "Hamas released a statement on Friday.",
        "The rebels freed the town of Kidal on Tuesday.",
        "Three aid workers were freed on Tuesday.",
        # an army or a court that frees people rescues or acquits them: no captors' release
        "The army freed three aid workers on Tuesday.",
        "The court freed three men on Tuesday.",
        "Israel freed 39 women and children from its jails.",
        # a jailbreak frees the group's own; so does one that lets its own go
        "The militants freed 30 of their comrades from a prison in Kandahar.",
        "The separatists released 20 children from their ranks on Monday.",
        "Rebels released a video of the captured soldiers on Monday.",
    ],
)
def test_people_freed_by_no_captors_are_no_release(read, text):
    assert _events(read, text, "release") == []


def test_one_american_freed_is_not_his_state(read):
    text = "The Taliban released an American in Kabul on Monday."
    assert all(ev.targets != ["United States"] for ev in _events(read, text, "release"))


# --- declared persona non grata -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets", "date"),
    [
        (
            "Russia declared two American diplomats persona non grata on Monday.",
            ["Russia"],
            ["United States"],
            "2023-12-18",
        ),
        (
            "Moscow declared the Estonian ambassador persona non grata and ordered him to leave"
            " within 72 hours.",
            ["Russia"],
            ["Estonia"],
            None,
        ),
        (
            "Belarus declared persona non grata two Lithuanian diplomats.",
            ["Belarus"],
            ["Lithuania"],
            None,
        ),
        (
            "Russia declared Moldova's ambassador persona non grata in 2017.",
            ["Russia"],
            ["Moldova"],
            "2017",
        ),
    ],
)
def test_declared_persona_non_grata_is_an_expulsion(read, text, actors, targets, date):
    ev = _one(read, text, "expulsion")
    assert (ev.actors, ev.targets, ev.status) == (actors, targets, "")
    if date is not None:
        assert ev.date == date


@pytest.mark.parametrize(
    "text",
    [
        "The club declared the fan persona non grata after the match.",
        "Russia threatened to declare American diplomats persona non grata.",
        "Russia declared two American diplomats guilty of spying on Monday.",
        # remembered
        "The ambassador was declared persona non grata after the 2018 poisoning, the ministry"
        " recalled.",
    ],
)
def test_persona_non_grata_of_no_diplomat_or_threatened_is_none(read, text):
    assert _events(read, text, "expulsion") == []


# --- a coup in the passive or told by what it did ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets", "date"),
    [
        (
            "President Roch Kabore had been deposed in a coup on Monday.",
            ["Roch Kabore"],
            "2023-12-18",
        ),
        # election-zimbabwe-tamazuj-2023: the leader by his name, not Zimbabwe
        (
            "Mnangagwa first came to power after a coup that removed Robert Mugabe in 2017.",
            ["Robert Mugabe"],
            "2017",
        ),
        (
            "Omar al-Bashir was toppled in a military coup in Khartoum in April 2019.",
            ["Omar al-Bashir"],
            "2019-04",
        ),
    ],
)
def test_a_coup_told_by_whom_it_removed(read, text, targets, date):
    ev = _one(read, text, "coup")
    assert (ev.targets, ev.date, ev.status) == (targets, date, "")


@pytest.mark.parametrize(
    "text",
    [
        # undated: a coup in the story's background, not one of its day
        "The coup that removed Robert Mugabe ended his 37 years in power.",
        # who someone is
        "Mnangagwa, who came to power after a coup that removed Robert Mugabe in 2017, won the"
        " vote.",
        "Veterans remembered the coup that removed Salvador Allende in 1973.",
        "The coup that removed him from the board in 2019 was a boardroom coup.",
        "His career was ended by a coup that removed the chairman in 2019.",
        "The military, which toppled the president in a coup in 2021, said elections would be"
        " held.",
    ],
)
def test_a_coup_in_background_or_in_the_boardroom_is_none(read, text):
    assert _events(read, text, "coup") == []


def test_the_check_story_of_mugabe_has_its_coup(read):
    text = (FRESH2 / "check" / "election-zimbabwe-tamazuj-2023.txt").read_text(encoding="utf-8")
    coups = _events(read, text, "coup", "2023-08-27")
    assert [(ev.targets, ev.date) for ev in coups] == [(["Robert Mugabe"], "2017")]


# --- Myanmar's military seized power ----------------------------------------------------------


def test_a_coup_read_as_a_noun_phrase_has_its_soldiers(read):
    # coup-myanmar-yahoo-2021
    text = (
        "Myanmar's military seized power on Monday in a coup against the elected government of"
        " Aung San Suu Kyi."
    )
    ev = _one(read, text, "coup")
    assert (ev.actors, ev.targets) == (["Myanmar's military"], ["Aung San Suu Kyi"])
    # eventsq17: in the country of the soldiers who seized power, never the town in her name
    assert _place(read, text, "coup") == ["Myanmar"]


def test_a_seized_power_plant_is_no_coup(read):
    text = "The seized power plant was retaken in a counteroffensive."
    assert _events(read, text, "coup") == []


# --- prisoner swaps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russia and Ukraine swapped prisoners on Saturday.", ["Russia", "Ukraine"]),
        (
            "Russia and Ukraine exchanged 230 prisoners of war on Friday, the first swap in"
            " months.",
            ["Russia", "Ukraine"],
        ),
        ("A prisoner exchange between Israel and Hamas took place on Sunday.", ["Israel", "Hamas"]),
        (
            "Armenia and Azerbaijan carried out a prisoner swap on the border on Thursday.",
            ["Armenia", "Azerbaijan"],
        ),
        # the broker is no side
        ("Qatar brokered a prisoner swap between Israel and Hamas on Sunday.", ["Israel", "Hamas"]),
        ("A prisoner swap brokered by Turkey took place in Istanbul on Sunday.", []),
    ],
)
def test_a_prisoner_swap_is_one_event_of_both_sides(read, text, actors):
    ev = _one(read, text, "prisoner_swap")
    assert (sorted(ev.actors), ev.targets, ev.status) == (sorted(actors), [], "")


@pytest.mark.parametrize(
    "text",
    [
        "The two armies exchanged fire on Monday.",
        "The two leaders exchanged gifts in Beijing.",
        "Ukraine and Russia swapped the bodies of fallen soldiers on Friday.",
        "The two sides exchanged views on the prisoner issue.",
        "Russia and Ukraine called for a prisoner exchange.",
        "Israel and Hamas agreed to a prisoner exchange on Monday.",
        "The students took part in an exchange of prisoners' letters.",
        # lgl-40062880: talks about a swap
        "Some Palestinian Authority officials in Ramallah have welcomed the failure of the"
        " prisoner exchange negotiations between Israel and Hamas as good news.",
    ],
)
def test_no_swap_of_fire_views_letters_or_only_agreed(read, text):
    assert _events(read, text, "prisoner_swap") == []
