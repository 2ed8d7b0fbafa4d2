"""Kinds a twentieth fresh batch (benchmarks/data/events_fresh20) left wrong, fixed as kinds
(branch eventsq39), each beside sentences of other senses written for it that keep their
reading:

- a weapon's name before "rocket launchers" or a plural "rockets" ("Grad rockets") is no
  town (no Grad of Slovenia), but a city big enough to fire from stays ("Gaza rockets");
- bombs "set off by" someone went off: no planned bombing ("talks set for Monday" stay a
  plan);
- a group's name before a militia's or fighters' noun is the group's only ("Yemen's Houthi
  militia": not Yemen, the state it fights); a militia with a country's word alone is men of
  that country ("Somali militia"), fighters stay the state's ("Ukrainian fighters");
- a protest addressed "to" a state ("Chinese protest to USSR") is a note, no crowd;
- "helped by visiting American and French soldiers" tells no visit;
- "they" is not a state named only as where a place lies ("Bamako, the capital of Mali");
- an act a side "has been accused before of" is its record, not one event;
- rallies held with wreaths laid at a monument are a memorial, not a protest;
- clashes between inmates or between gangs are fighting;
- a date the parser glues on armed men is no part of their name ("Since late February gangs
  have raided ...": gangs, not "February gangs").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 740e984c."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, countries_by_label, events_of, one_event, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh20" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2020-05-05")


def _names(geoparsing, text: str) -> list[str]:
    return [t.name for t in geoparsing[0].parse(text)]


# --- a weapon's name ------------------------------------------------------------------------------


def test_a_weapons_name_before_rockets_is_no_town(geoparsing) -> None:
    for text in [
        "Border guards and army units fought with artillery, tanks and Grad rocket launchers.",
        "Rebels fired Grad rockets at the town of Debaltseve overnight.",
        "Soldiers found Kalashnikov rifles and Grad rockets in a cave near Derna.",
    ]:
        assert "Grad" not in _names(geoparsing, text), text
    assert "Debaltseve" in _names(geoparsing, "Rebels fired Grad rockets at Debaltseve.")
    # a city big enough to fire from, a country, and a compound's place stay
    for text, name in [
        ("Gaza rockets hit Sderot on Monday.", "Gaza"),
        ("Israel intercepted two Gaza rockets over Ashkelon.", "Gaza"),
        ("Militants fired Donetsk rockets at Mariupol.", "Donetsk"),
        ("The Kyiv missile strike killed three people.", "Kyiv"),
        ("A year earlier the base had been hit by US Tomahawk missiles.", "US"),
    ]:
        assert name in _names(geoparsing, text), text


def test_the_damansky_fighting_is_not_put_in_slovenia(geoparsing) -> None:
    out = article(geoparsing, DOCS / "ussuri-damansky-pravda.txt")
    assert "SI" not in countries_by_label(out).values()


# --- bombs set off ---------------------------------------------------------------------------


def test_bombs_set_off_went_off(read) -> None:
    text = (
        "Two powerful bombs set off by suspected Muslim insurgents killed two paramilitary "
        "rangers on Saturday, police said."
    )
    assert one_event(read, text, "bombing").status == ""
    text = "A car bomb set off by remote control exploded outside the police station in Mosul."
    assert one_event(read, text, "bombing").status == ""
    text = "Protests set off by the killing spread to Minneapolis on Tuesday."
    assert one_event(read, text, "protest").status == ""
    # what is set for a day is still a plan
    text = "The summit, set for next week in Addis Ababa, will discuss the war."
    assert one_event(read, text, "summit").status == "planned"


# --- a group's men -----------------------------------------------------------------------------


def test_a_groups_name_before_its_men_is_the_group_only(read) -> None:
    text = "Yemen's Houthi militia attacked the cargo ship Eternity C in the Red Sea."
    assert one_event(read, text, "attack").actors == ["Houthis"]
    text = "Nigeria's Boko Haram fighters attacked the town of Chibok."
    assert one_event(read, text, "attack").actors == ["Boko Haram"]
    text = "Lebanon's Hezbollah fighters fired rockets at Metula on Sunday."
    assert one_event(read, text, "attack").actors == ["Hezbollah"]
    text = "Somali militia attacked a village near Kismayo."
    assert one_event(read, text, "attack").actors == ["Somali militia"]
    # fighters and an army with a state's word alone stay the state's
    text = "Ukrainian fighters attacked Russian positions near Bakhmut."
    assert one_event(read, text, "attack").actors == ["Ukraine"]
    text = "Syria's army attacked the town of Manbij."
    assert one_event(read, text, "attack").actors == ["Syria"]


# --- a note addressed to a state ------------------------------------------------------------------


def test_a_protest_addressed_to_a_state_is_no_crowd(read) -> None:
    assert events_of(read, "Chinese protest to USSR over border incident", "protest") == []
    text = "Japan sent a protest to the Russian government over the detention of fishermen."
    assert events_of(read, text, "protest") == []
    # crowds that take a protest to a building or march in protest stay
    for text in [
        "Thousands took the protest to the Russian embassy in Vilnius on Monday.",
        "Thousands marched in protest to the parliament in Tbilisi on Sunday.",
        "Farmers took their protest to Moscow on Monday, blocking streets with tractors.",
        "Students staged a protest to demand the release of detainees in Dhaka.",
    ]:
        assert len(events_of(read, text, "protest")) == 1, text


# --- visiting soldiers, and "they" ------------------------------------------------------------


def test_the_bamako_siege_is_the_militants_and_no_visit(geoparsing) -> None:
    out = article(geoparsing, DOCS / "hotel-bamako-intltravelnews.txt")
    assert [e for e in out.events if e.type == "visit"] == []
    attacks = [e for e in out.events if e.type == "attack"]
    assert attacks and all("Mali" not in e.actors for e in attacks)


def test_they_is_no_state_named_only_as_where(read) -> None:
    text = (
        "Militants occupied a popular hotel in Bamako, the capital of Mali, on Nov. 20 and held "
        "at least 170 people hostage for nearly 24 hours. They killed 22 people and wounded 14 "
        "before Malian security forces retook the hotel."
    )
    assert one_event(read, text, "attack").actors == []
    # a state named by its own words stays whom "they" means
    text = "The government of Mali sent troops to Kidal on Monday. They attacked the rebels' base."
    assert one_event(read, text, "attack").actors == ["Mali"]
    text = "Houthi rebels seized the port of Hodeidah in Yemen. They attacked a Saudi ship."
    assert one_event(read, text, "attack").actors == ["Houthis"]


def test_visiting_soldiers_who_helped_are_no_visit(read) -> None:
    text = (
        "They killed 22 people and wounded 14 before Malian security forces, helped by visiting "
        "American and French soldiers, retook the hotel."
    )
    assert events_of(read, text, "visit") == []


# --- a record, a memorial, a prison ------------------------------------------------------------


def test_an_act_accused_before_is_a_record(read) -> None:
    text = "The Houthis have been accused before of attacking ships in the Red Sea."
    assert events_of(read, text, "attack") == []
    text = "Iran has repeatedly been accused of attacking tankers in the Gulf."
    assert events_of(read, text, "attack") == []
    # one act charged stays
    text = "Iran was accused of attacking two tankers in the Gulf of Oman on Thursday."
    assert len(events_of(read, text, "attack")) == 1
    text = "The rebels were accused of kidnapping 20 aid workers near Goma last week."
    assert len(events_of(read, text, "kidnapping")) == 1


def test_rallies_with_wreaths_at_a_monument_are_a_memorial(read) -> None:
    text = (
        "Veterans who fought there came to the city of Dalnorechensk on March 1, held rallies "
        "and laid wreaths at a monument to the border guards killed in action."
    )
    assert events_of(read, text, "protest", "2004-03-02") == []
    out = read((DOCS / "ussuri-damansky-pravda.txt").read_text(encoding="utf-8"), "2004-03-02")
    assert [e for e in out.events if e.type == "protest"] == []
    # rallies for the victims of a crackdown, and protesters' marches, stay
    for text in [
        "Opposition supporters held a rally in Harare on Saturday and laid wreaths for the "
        "victims of the crackdown.",
        "Protesters laid flowers at the memorial and marched on parliament in Dhaka on Monday.",
    ]:
        assert len(events_of(read, text, "protest")) == 1, text


def test_clashes_between_inmates_or_gangs_are_fighting(read) -> None:
    assert (
        len(events_of(read, "The clashes between inmates left twelve people injured.", "clash"))
        == 1
    )
    text = "Clashes between rival gangs killed 12 people in Port-au-Prince on Monday."
    assert len(events_of(read, text, "clash")) == 1
    # a figure of speech stays none
    text = "The gang clashes with the rebellion's values, the bishop said."
    assert events_of(read, text, "clash") == []


def test_a_date_glued_on_armed_men_is_no_part_of_their_name(read) -> None:
    text = (
        "Since late February gangs have raided more than two dozen police stations in "
        "Port-au-Prince in coordinated attacks."
    )
    assert one_event(read, text, "attack").actors == ["gangs"]
    text = "Since January rebels have attacked the town of Goma."
    assert one_event(read, text, "attack").actors == ["rebels"]
    # the words that are their name stay
    text = "Somali pirates hijacked a tanker off Eyl on Monday."
    assert one_event(read, text, "hijacking").actors == ["Somali pirates"]
    text = "Armed gunmen attacked a police station in Kano on Monday."
    assert one_event(read, text, "attack").actors == ["armed gunmen"]
