"""Kinds a twenty-eighth fresh batch (benchmarks/data/events_fresh28) read wrong or missed,
fixed as kinds (branch eventsq47), each beside sentences of other senses written for it that
keep their reading (benchmarks/data/eventsq47/):

- a hostage beheaded was attacked ("claiming that they have beheaded another American
  hostage"); a statue, a fish or an execution after a sentence is no attack;
- a building set on fire or burnt by arsonists, vandals, rioters or protesters was attacked
  ("has been burned to the ground by arsonists", "Protesters have set fire to the parliament
  building"); fields, oneself, or a fire by lightning or a heater are no attack, nor are
  burnings summed over a span of unrest ("have ... burned offices of the ruling party");
- the ends of a craft's journey are no place of what was done on it ("Seven people were stabbed
  ... on a train from Kiel to Hamburg" is not at Kiel);
- a person's service told as fighting is no clash ("says Kassig fought against Muslims in Iraq
  as a soldier");
- an "it" a clause of time makes the object of an act, under a main clause about a thing, is
  that thing, no state ("The Congress building went up in flames after demonstrators ...
  attacked it" is no attack on Guatemala);
- an all-capitals label opening a headline ("US: Beheading video ...") is no dateline.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main a527931f."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, one_event, places_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh28" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def _places(out) -> dict[str, str | None]:
    return {
        e.label: (out.event_places[e.id].name if out.event_places.get(e.id) else None)
        for e in out.events
    }


def test_a_hostage_beheaded_was_attacked(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "beheading-kassig-guardianlv.txt")
    attacks = [e for e in out.events if e.type == "attack"]
    assert [(e.actors, e.targets) for e in attacks] == [(["Islamic State"], ["American hostage"])]
    villagers = "Gunmen beheaded two villagers in Cabo Delgado province on Tuesday, residents said."
    assert places_of(read, villagers, "attack", "2020-04-09") == ["Cabo Delgado"]
    # ours, of other senses: a statue, a fish, an execution after a sentence
    for text in (
        "Vandals beheaded a statue of Queen Victoria in a park in Leeds overnight, police said.",
        "The chef beheaded the fish and filleted it before the guests arrived in Marseille.",
        "Saudi Arabia beheaded a Pakistani man convicted of smuggling heroin, the interior "
        "ministry said.",
    ):
        assert read(text).events == [], text


def test_a_building_set_on_fire_was_attacked(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "parliament-nepal-yuz.txt")
    assert [(e.type, e.actors) for e in out.events] == [("attack", ["rioters"])]
    church = article(geoparsing, DOCS / "arson-sacaton-newspunch-2019.txt")
    assert {e.type for e in church.events} == {"attack"}
    assert "Sacaton" in _places(church).values()
    mosque = "Rioters set fire to a mosque in Ahmedabad on Thursday, police said."
    assert places_of(read, mosque, "attack", "2002-03-01") == ["Ahmedabad"]
    synagogue = "Rioters burned a synagogue in the centre of Buenos Aires on Tuesday."
    assert one_event(read, synagogue, "attack", "1994-07-20").actors == ["rioters"]
    # ours, of other senses: fields, oneself, lightning, a heater, an owner's fraud
    for text in (
        "Farmers set fire to the stubble in their fields across Punjab last week, choking Delhi.",
        "Lightning set fire to the church roof in a village of Bavaria on Tuesday night.",
        "Firefighters said a faulty heater set fire to the house in Dayton on Sunday.",
        "The house in Leeds was burned down by its owner to claim the insurance, a court heard.",
    ):
        assert read(text).events == [], text
    self_immolation = (
        "A street vendor set fire to himself outside the governor's office in Sidi Bouzid in "
        "protest."
    )
    assert events_of(read, self_immolation, "attack") == []
    # narrowed: burnings summed over a span of unrest are no one act (events_fresh8's story)
    unrest = (
        "Protesters have set fires in the streets and burned offices of the ruling party, and "
        "the authorities are threatening to send in the army."
    )
    assert events_of(read, unrest, "attack", "2024-11-07") == []
    tottenham = "Rioters burned shops in Tottenham on Saturday night, police said."
    assert places_of(read, tottenham, "attack", "2011-08-09") == ["Tottenham"]


def test_the_ends_of_a_journey_are_no_place(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "stabbing-brokstedt-cmio.txt")
    assert list(_places(out).values()) == ["Brokstedt"]  # was Kiel, where the train came from
    arras = "A gunman opened fire on a train from Amsterdam to Paris near Arras on Friday."
    assert places_of(read, arras, "attack", "2015-08-22") == ["Arras"]
    mastung = (
        "Gunmen attacked a bus carrying pilgrims from Quetta to Taftan near Mastung on "
        "Tuesday, police said."
    )
    assert places_of(read, mastung, "attack", "2011-09-20") == ["Mastung"]
    # ours, of another sense: troops sent from one town to another (no craft) keep their towns
    sent = "Troops were sent from Kabul to Kandahar on Sunday after an attack in Kandahar."
    assert places_of(read, sent, "deployment", "2006-05-14") == ["Kabul"]


def test_a_persons_service_is_no_clash(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "beheading-kassig-guardianlv.txt")
    assert [e for e in out.events if e.type == "clash"] == []
    marine = "He fought in Korea as a marine before he entered politics in Ohio."
    assert events_of(read, marine, "clash") == []
    # ours, of another sense: troops that fought intruders on a day of the news
    kargil = (
        "Indian troops fought against the intruders on the heights near Kargil on Friday, "
        "the army said."
    )
    assert places_of(read, kargil, "clash", "1999-07-03") == ["Kargil"]


def test_a_things_it_is_no_state(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "parliament-guatemala-worldnewsoffice.txt")
    assert [e.type for e in out.events] == ["protest"]  # the attack on Guatemala is gone
    # ours, of another sense: an "it" that is a land stays that land
    tbilisi = (
        "Georgia said Russia had bombed its airfields. Tbilisi appealed for help after Moscow "
        "attacked it on Friday."
    )
    assert one_event(read, tbilisi, "attack", "2008-08-09").targets == ["Georgia"]


def test_a_headlines_label_is_no_dateline(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "beheading-henning-newsobserver.txt")
    assert set(_places(out).values()) == {None}  # was the United States, the label's land
    label = (
        "FRANCE: Minister condemns bombing\n\nMilitants bombed a hotel in the desert on "
        "Sunday, killing twelve guests, the minister said."
    )
    assert places_of(read, label, "bombing", "2016-03-23") == [None]
    # ours, of another sense: a dateline on the lede's line stays
    kano = (
        "Militants attack army post\n\nKANO: Gunmen attacked an army post on the outskirts of "
        "the city on Tuesday, killing three soldiers, the police said."
    )
    assert places_of(read, kano, "attack", "2011-03-02") == ["KANO"]
