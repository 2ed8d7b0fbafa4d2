"""Kinds a twenty-first fresh batch (benchmarks/data/events_fresh21) left wrong, fixed as kinds
(branch eventsq40), each beside sentences of other senses written for it that keep their
reading:

- a craft struck "as it left the Persian Gulf through the Strait of Hormuz" was struck on that
  water (a town it left is no such place);
- the town a teller sits in ("a unit in London said ... attacked it") is no referent of the
  "it" of its words (the tellers' own "them" stays theirs);
- a state's police act at home: "Afghan police stormed the hotel room" is not in El Salvador;
- an act of one state on another is not at a third state's dateline (the target's dateline and
  an act of no state stay);
- an act only the dateline placed is where the next sentence puts "the blast" (not when that
  sentence tells another time);
- "Nigerian militants say they have blown up" names the militants, not Nigeria ("Kenyan police
  officers said they" stay Kenya's);
- "Tajik town protests": a town's people, no state protesting;
- "demonstrators in the Solomon Islands who set fire": "who" is the demonstrators;
- "Iran's embassy in London blown up": a headline's passive, Iran's embassy struck;
- storming a room or an apartment is an attack, no incursion ("stormed into the village" stays);
- a tally ("counts 254 attacks"), a year's count ("This year ... have stormed eight
  embassies"), a truce worked towards, attacks stopped: no event.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 9dfc3641."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, countries_by_label, events_of, one_event, reader
from tests.events_reading import places_of as _places

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh21" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2020-05-05")


# --- the water of a craft's passage ---------------------------------------------------------------


def test_a_craft_struck_on_its_passage_is_on_that_water(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "tanker-oscosierra-latimes-1987.txt")
    [attack] = [e for e in out.events if e.type == "attack"]
    assert out.event_places[attack.id].name == "Strait of Hormuz"
    assert attack.targets == []  # not the United Kingdom of "Lloyds ... in London"
    text = "Pirates fired on a cargo ship as it sailed through the Gulf of Aden, the navy said."
    assert _places(read, text, "attack") == ["Gulf of Aden"]
    text = "A drone struck a tanker while it crossed the Red Sea, the company said."
    assert _places(read, text, "air_strike") == ["Red Sea"]
    # a town a bus left is no water: not read so
    assert _places(read, "Gunmen attacked a bus as it left Kabul on Monday.", "attack") == [None]


# --- a teller's seat --------------------------------------------------------------------------


def test_a_tellers_town_is_no_referent_of_it(read) -> None:
    text = "A monitoring group in London said Syrian jets had bombed it twice."
    assert one_event(read, text, "air_strike").targets == []
    text = (
        "Lloyds Shipping Intelligence Unit in London said two gunboats had attacked it with two "
        "missiles."
    )
    assert [e.targets for e in read(text).events] in ([], [[]])
    # the tellers' own "them" stays theirs
    text = "Pakistani officials in Islamabad said militants had attacked them near Peshawar."
    assert one_event(read, text, "attack").targets == ["Pakistan"]


# --- a state's police ---------------------------------------------------------------------------


def test_a_states_police_act_in_their_own_land(geoparsing) -> None:
    out = article(geoparsing, DOCS / "embassy-bogota-time-1980.txt")
    by_label = countries_by_label(out)
    assert "SV" not in by_label.values(), by_label
    assert [e.type for e in out.events] == ["attack"]  # a room stormed: no incursion


def test_storming_a_room_is_an_attack(read) -> None:
    text = "Police stormed the apartment where the gunmen were hiding in Paris on Monday."
    assert [e.type for e in read(text).events] == ["attack"]
    text = "Soldiers stormed the hotel room where rebels held the ambassador in Kabul."
    assert [e.type for e in read(text).events] == ["attack"]
    # troops storming into a village stay an incursion
    text = "Russian troops stormed into the village of Bucha on Monday."
    assert [e.type for e in read(text).events] == ["incursion"]


# --- datelines ------------------------------------------------------------------------------------


def test_states_at_war_are_not_at_a_third_lands_dateline(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "mine-texacocaribbean-upi-1987.txt")
    assert "BH" not in countries_by_label(out).values()
    text = "NICOSIA, Cyprus (Reuters) - Israeli jets struck Syrian army positions on Monday."
    assert "CY" not in [
        None if tp is None else tp.candidate.country
        for tp in read(text).event_places.values()
        if tp is not None and tp.candidate is not None
    ]
    # the target's own dateline, and an act of no state, keep it
    text = "ISLAMABAD, Pakistan (Reuters) - Indian troops fired on Pakistani posts on Monday."
    assert _places(read, text, "attack") == ["ISLAMABAD"]
    text = "BEIRUT, Lebanon (Reuters) - Gunmen attacked a bank on Monday."
    assert _places(read, text, "attack") == ["BEIRUT"]


def test_an_act_is_where_the_next_sentence_puts_its_noun(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "pipeline-agip-pgjonline-2016.txt")
    [bombing] = [e for e in out.events if e.type == "bombing"]
    assert out.event_places[bombing.id].name == "Bayelsa"
    assert bombing.actors == ["Nigerian militants"]
    text = (
        "LAGOS, Nigeria (AP) - Gunmen say they have attacked a police station. The attack in "
        "Kano state killed four officers."
    )
    assert _places(read, text, "attack") == ["Kano"]
    # another time told there: another act, the dateline's stays
    text = (
        "LAGOS, Nigeria (AP) - Gunmen say they have attacked a police station. The attack in "
        "Kano state last month killed four officers."
    )
    assert "LAGOS" in _places(read, text, "attack")


# --- who acted ----------------------------------------------------------------------------------


def test_a_peoples_men_who_speak_are_those_men(read) -> None:
    text = "Nigerian militants say they have blown up another crude oil pipeline."
    assert one_event(read, text, "bombing").actors == ["Nigerian militants"]
    text = "Somali gunmen said they had attacked a hotel in Mogadishu."
    assert one_event(read, text, "attack").actors == ["Somali gunmen"]
    # a state's own officers stay the state's
    text = "Kenyan police officers said they had attacked a militant camp near Garissa."
    assert one_event(read, text, "attack").actors == ["Kenya"]


def test_a_towns_people_protest_no_state(read, geoparsing) -> None:
    assert one_event(read, "Tajik town protests killing", "protest").actors == []
    # a people's protests stay theirs
    text = "Iranian protests spread to Shiraz on Monday."
    assert one_event(read, text, "protest").actors == ["Iran"]
    out = article(geoparsing, DOCS / "pacific-honiara-times-2021.txt")
    assert all("Solomon Islands" not in e.actors for e in out.events)


def test_a_headlines_irregular_participle_is_its_passive(read) -> None:
    text = "Iran's embassy in London blown up during siege"
    event = one_event(read, text, "bombing")
    assert (event.actors, event.targets) == ([], ["Iran"])
    text = "Russian consulate in Odessa blown up"
    assert one_event(read, text, "bombing").actors == []
    # the active voice keeps its doer
    text = "Rebels blew up the embassy in Kabul on Monday."
    assert one_event(read, text, "bombing").actors == ["rebels"]


# --- no event -------------------------------------------------------------------------------------


def test_tallies_and_a_years_count_are_no_event(read) -> None:
    for text in [
        "The State Department counts 254 serious terrorist attacks on its diplomats in ten years.",
        "The UN recorded 12 attacks on aid convoys in Darfur in March.",
        "This year in Latin America alone, terrorists have stormed eight embassies.",
    ]:
        assert read(text).events == [], text
    # the day's acts stay
    text = "Militants carried out two attacks on police posts in Kandahar on Monday."
    assert len(events_of(read, text, "attack")) == 1
    assert len(events_of(read, "Gunmen have stormed two embassies in Bogota today.", "attack")) == 1


def test_a_truce_worked_towards_and_attacks_stopped_are_no_event(read) -> None:
    text = "The raids were likely to set back U.N. efforts towards a lasting cease-fire."
    assert read(text).events == []
    text = "YENAGOA, Nigeria (Reuters) - The rebel group said on Monday it had stopped its attacks."
    assert read(text).events == []
    # a truce agreed, an attack foiled, a day's attack stay
    text = "The army and the rebels agreed to a ceasefire in Juba on Monday."
    assert len(events_of(read, text, "ceasefire")) == 1
    assert len(
        events_of(read, "Police stopped an attack on the bank in Lagos on Monday.", "attack")
    )
    text = "YENAGOA, Nigeria (Reuters) - Gunmen attacked a police station on Monday."
    assert len(events_of(read, text, "attack")) == 1
