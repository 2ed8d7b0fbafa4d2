"""The events audit's fourteenth pass (branch eventsq13): kinds of wrong event found in a
second batch of 40 news stories nobody had tuned on (benchmarks/data/events_fresh2: coups,
expulsions and sanctions, peace deals, naval incidents, hostage releases, summits, cyber
attacks, elections), each tested on the sentence it was seen in and on written news of other
places, with guards that must not change: a release is no kidnapping, a cyber attack told
again, a truce's broker, fighting denied, a party named after a rally, a war summed up, an
office for an actor, a ship's name, a country attacked, the host of a summit, a plan beside
what was held, talks with other sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import places_of as _place
from tests.events_reading import reader

FRESH2 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events_fresh2" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2016."""
    return reader(geoparsing, "2016-12-19")


def _story(name: str) -> str:
    """A story of the second fresh batch, as written there."""
    return (FRESH2 / f"{name}.txt").read_text(encoding="utf-8")


def _actors(read, text: str, etype: str, *on) -> list[list[str]]:
    return [e.actors for e in _events(read, text, etype, *on)]


def _labels(read, text: str, *on) -> list[str]:
    return [e.label for e in read(text, *on).events]


# --- hostages freed are a release, not a kidnapping ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # hostage-guaviare-2008 (before: "Kidnapping in SAN JOSE DEL GUAVIARE", on Thursday)
        "Colombia's Marxist rebels freed two women hostages on Thursday after years in the jungle.",
        # hostage-hamas-lawblog-2023, its headline and its lead (before: "Kidnapping in Gaza")
        "Hamas releases two dozen hostages as ceasefire begins",
        "About two dozen hostages held in Gaza were released by Hamas on Friday.",
        "Abu Sayyaf gunmen freed three foreign hostages on Jolo island on Sunday, the army said.",
        "The Taliban released two German hostages in Ghazni province on Tuesday.",
    ],
)
def test_hostages_freed_are_no_kidnapping(read, text):
    assert _events(read, text, "kidnapping") == []


def test_a_kidnapping_told_with_its_release_is_kept_without_the_release_place(read):
    # hostage-antioquia-2008: the kidnapping of last week, not where they were freed
    text = (
        "The Red Cross says eight people who were kidnapped last week were freed on Wednesday"
        " in Antioquia."
    )
    assert len(_events(read, text, "kidnapping")) == 1
    assert _place(read, text, "kidnapping") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took three aid workers hostage in Mandera on Friday.",
        "The rebels were holding 40 hostages in a camp near the border.",
    ],
)
def test_hostages_taken_or_held_are_still_a_kidnapping(read, text):
    assert len(_events(read, text, "kidnapping")) == 1


# --- "the attack" after a cyber attack is the cyber attack --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # cyber-ukraine-wtn-2022 (before: "Attack")
        "Ukraine has blamed Russia for a cyber attack on government websites. About 70"
        " government websites were down on Saturday because of the attack.",
        # cyber-ukraine-wmedia-2022 (before: "Attack in Ukraine")
        "Dozens of Ukrainian government sites were hit by a cyber attack on Friday. The attack"
        " took over the websites of the Ministry of Foreign Affairs, a spokesman said.",
        "Estonian banks were hit by a cyber-attack on Friday. The attack shut down online banking"
        " for six hours.",
        # benchmarks/data/events_fresh2/check/cyber-pakistan-india (read after the rules were
        # written; before: "Attack in Islamabad")
        "Sources in the telecommunication authority said it could not identify the group behind"
        " the attack but that it was a highly coordinated attack by Indian hackers.",
    ],
)
def test_the_attack_told_after_a_cyber_attack_is_none(read, text):
    assert _events(read, text, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police station in Kandahar on Friday. The attack killed four officers.",
        "Hospitals reported a cyber attack on their systems last month. Gunmen attacked a police"
        " station in Kandahar on Friday. The attack killed four officers.",
        "The minister suffered a heart attack in 2010. Rebels launched an attack on the army"
        " base on Monday. The attack killed 12 soldiers.",
        "Gunmen who had hacked their way into the compound attacked the guards on Monday, killing"
        " two.",
        "North Korean hackers were blamed for a cyberattack on Sony Pictures. Gunmen attacked a"
        " police station in Kandahar on Friday.",
    ],
)
def test_an_armed_attack_told_again_is_kept(read, text):
    assert len(_events(read, text, "attack")) == 1


# --- who brokers a truce between two sides is no side -------------------------------------------


def test_a_truce_brokered_between_two_sides_has_them_as_its_sides(read):
    # hostage-hamas-lawblog-2023 (before: "Ceasefire: Qatar")
    text = (
        "The hostages were released on Friday as a ceasefire brokered by Qatar between Hamas and"
        " the Israeli government took effect."
    )
    assert _actors(read, text, "ceasefire") == [["Hamas", "Israel"]]


def test_a_truce_mediated_between_two_sides_elsewhere(read):
    text = (
        "A truce mediated by Qatar between the Taliban and the Afghan government took effect"
        " on Monday."
    )
    assert _actors(read, text, "ceasefire") == [["Taliban", "Afghanistan"]]


def test_a_truce_brokered_with_no_sides_named_keeps_its_brokers(read):
    # as the hand-labelled set reads trnews-1030005
    text = "The ceasefire brokered by Turkey with Russia for eastern Aleppo collapsed on Monday."
    assert _actors(read, text, "ceasefire") == [["Turkey"]]


# --- fighting denied ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # peace-drc-2003 (before: "Fighting: Congolese Rally for Democracy in South Africa")
        (
            "Moise Nyarugabo of the main rebel group said there was no more fighting in the east.",
            "clash",
        ),
        ("The army said there had been no further attacks on the convoy since Tuesday.", "attack"),
    ],
)
def test_no_more_fighting_is_none(read, text, etype):
    assert _events(read, text, etype) == []


def test_more_fighting_is_fighting(read):
    text = "There was more fighting in the east on Monday, the rebels said."
    assert len(_events(read, text, "clash")) == 1


# --- a party named after a rally ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # peace-drc-2003 (before: "Protest: Congolese Rally for Democracy in South Africa")
        "Moise Nyarugabo of the main rebel group, the Congolese Rally for Democracy, said there"
        " was no more fighting in the east.",
        "The Rally for Culture and Democracy boycotted the vote, officials in Algiers said.",
        "Marine Le Pen's National Rally won 30 percent of the vote on Sunday.",
    ],
)
def test_a_party_named_after_a_rally_is_no_protest(read, text):
    assert _events(read, text, "protest") == []


def test_a_rally_held_is_a_protest(read):
    text = "Thousands of opposition supporters held a rally in Tbilisi on Friday."
    assert _place(read, text, "protest") == ["Tbilisi"]


# --- a war summed up is no one event -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # summit-eco-islamabad-2017 (before: "Bombing in Pakistan")
        (
            "The summit took place under tight security after a wave of suicide bombings.",
            "bombing",
        ),
    ],
)
def test_a_war_summed_up_is_no_event(read, text, etype):
    assert _events(read, text, etype) == []


def test_a_war_summed_up_in_a_story_is_no_event(read):
    # peace-car-2015 (before: "Fighting: Central African Republic" from "meant to end two
    # years of fighting", then "Attack in Central African Republic" from "led to attacks and
    # reprisals between Christian and Muslim militias" in 2013)
    out = read(_story("peace-car-2015"), None)
    assert [e.type for e in out.events if e.type in ("clash", "attack")] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Four days of talks in Pretoria ended on Wednesday with a deal.", "meeting"),
        ("A wave of air strikes hit Aleppo on Monday, killing 20 people.", "air_strike"),
        ("Rebels launched attacks on three army posts near Goma in 2012.", "attack"),
        ("Clashes erupted in Tripoli on Sunday between rival militias.", "clash"),
    ],
)
def test_an_event_told_with_its_day_or_place_is_kept(read, text, etype):
    assert len(_events(read, text, etype)) == 1


# --- "heads of state and government" is an office, not an actor ---------------------------------


def test_heads_of_state_and_government_name_no_government(read):
    # summit-saarc-delhi-2007 (before: "Summit: government in New Delhi")
    text = (
        "The two-day summit of the heads of state and government of the eight members discussed"
        " poverty, trade and terrorism."
    )
    assert _actors(read, text, "summit") == [[]]


def test_heads_of_state_and_government_of_a_body_name_the_body(read):
    text = "The heads of state and government of the African Union met in Addis Ababa on Sunday."
    assert _actors(read, text, "meeting") == [["African Union"]]


# --- a warship named after a place -------------------------------------------------------------

_SOMALIA = (
    "U.S. warships and piracy suspects exchange gunfire\n\nDUBAI, United Arab Emirates (AP) -"
    " Two U.S. Navy warships exchanged fire with suspected pirates off the coast of Somalia on"
    " Saturday, killing one of them and wounding five, the Navy said.\n\nNo American sailors"
    " were hurt, and 12 suspects were taken into custody, said a spokesman for the Navy's Fifth"
    " Fleet. The clash began about 25 miles off the Somali coast when the cruiser Cape St."
    " George and the destroyer Gonzalez spotted a fishing boat towing skiffs and prepared to"
    " board it. When the suspects opened fire, the sailors fired back with machine guns."
)


def test_a_warship_named_after_a_place_is_no_place(read):
    # naval-somalia-2006 (before: "Attack: suspects in Cape St. George", a town in Canada)
    assert "Cape St. George" not in _place(read, _SOMALIA, "attack", None)


def test_a_place_named_as_a_place_is_kept(read):
    text = "Gunmen attacked a police post in Kandahar on Friday. The frigate Kandahar was at sea."
    assert _place(read, text, "attack") == ["Kandahar"]


# --- a country attacked is where the attack was ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # hostage-hamas-usnn-2023, hostage-hamas-lawblog-2023 (before: "... in Gaza")
        "Seventeen hostages held in Gaza since the October 7 attack on Israel were released late"
        " on Saturday.",
        "They were among the hundreds of people taken to Gaza when Hamas attacked Israel last"
        " month.",
    ],
)
def test_a_country_attacked_is_not_placed_in_another(read, text):
    assert _place(read, text, "attack") == [None]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Insurgents attacked Afghan soldiers in Helmand on Monday.", "Helmand"),
        ("Militants attacked a Turkish convoy in Idlib on Monday.", "Idlib"),
    ],
)
def test_a_states_forces_attacked_abroad_keep_the_place(read, text, where):
    assert _place(read, text, "attack") == [where]


# --- a summit a country hosts, and the next one ------------------------------------------------


def test_a_summit_hosted_by_another_country_is_not_in_the_storys(read):
    # summit-deauville-2011 (before: "Planned summit: United States in France")
    text = _story("summit-deauville-2011")
    assert _place(read, text, "summit", None) == ["Deauville", None]


def test_a_summit_hosted_at_home_keeps_its_place(read):
    text = _story("summit-eco-islamabad-2017")
    assert _place(read, text, "summit", None) == ["Pakistan", "Pakistan"]


def test_the_next_summit_is_not_the_one_that_ended(read):
    # summit-saarc-delhi-2007 (before: its headline and the next summit joined, "Summit in
    # Maldives")
    text = (
        "14th SAARC summit concludes\n\nThe 14th SAARC summit ended in New Delhi on Wednesday"
        " with the adoption of a 30-point declaration.\n\nThe next summit will be held in the"
        " Maldives."
    )
    assert sorted(_labels(read, text, None)) == [
        "Planned summit in Maldives",
        "Summit in New Delhi",
    ]


# --- talks planned or with other sides are other talks ------------------------------------------

_GUL = (
    "President Abdullah Gul has been helping Erdogan in his coalition negotiations with the MHP"
    " and the CHP, officials said.\n\nSources close to Gul said yesterday that the president has"
    " passed similar messages in his talks with foreign leaders.\n\nGul is to make an official"
    " visit to Prague on Monday, where he is scheduled to meet with the president of the Czech"
    " Republic."
)


def test_talks_with_other_sides_and_a_plan_are_not_one_meeting(read):
    # lgl-43340250 (Peres's coalition negotiations, his talks with foreign leaders and his
    # planned meeting in Prague had been one meeting)
    meetings = _events(read, _GUL, "meeting", None)
    assert all(len(m.evidence) == 1 for m in meetings)
    assert len(meetings) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # lgl-43340250, lgl-44176373 (hand-labelled as no event)
        "Sources close to Peres said yesterday that the president has transmitted similar"
        " messages in his talks with foreign leaders.",
        "Modi has spoken with world leaders about the crisis, officials said.",
    ],
)
def test_talks_with_foreign_leaders_are_summed_up(read, text):
    assert read(text).events == []


def test_talks_told_again_with_the_same_sides_join(read):
    text = (
        "Putin held talks with Erdogan in Sochi on Monday.\n\nIn his talks with the Turkish"
        " president, Putin raised the question of trade."
    )
    assert len(_events(read, text, "meeting")) == 1


def test_protests_of_a_year_told_alone_are_kept(read):
    # lgl-42573072, hand-labelled as a protest
    text = (
        "The saga has echoes of 2007, when the government accused opposition figures of trying"
        " to stage a coup during opposition protests that were smashed by police."
    )
    assert len(_events(read, text, "protest")) == 1


def test_the_one_country_named_is_not_the_storys_place_beside_a_town_elsewhere(read):
    # summit-saarc-delhi-2007 (before: its headline "Summit in Maldives", the article's place
    # taken from the only country it names, the next summit's)
    labels = _labels(read, _story("summit-saarc-delhi-2007"), "2007-04-04")
    assert "Summit in Maldives" not in labels
    assert "Planned summit in Maldives" in labels


def test_the_one_country_named_is_still_the_storys_place_alone(read):
    text = (
        "Protesters marched on Sunday.\n\nThousands of people rallied against the government"
        " in Georgia, the opposition said."
    )
    assert set(_place(read, text, "protest")) == {"Georgia"}
