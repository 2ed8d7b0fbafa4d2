"""eventsq45's five rules narrowed where their trigger words mean something else (branch
review90; the stories in benchmarks/data/review90/sentences.txt):

- a gerund set apart after a blame is the blamer's own act, not the blamed's ("Israel blamed
  Hamas for the rocket fire, shelling targets in Gaza hours later");
- a town stormed with its fighters killed is the battle for it, an advance, not a raid on its
  people ("Government troops stormed the rebel-held town ..., killing dozens of fighters");
- a beast named as a trade is ("a tiger" as "a sergeant") and a shooting told in a tale or
  played in a drill are no attack ("In the drama, unidentified gunmen shot dead a banker");
- a nuclear word of weapons, or another town's nuclear plant, does not move a town's own
  power plant from it ("the Belgorod power plant ...; the Kursk nuclear plant nearby");
- a foreign state's act on a land's village school strikes that land ("Russian drones struck
  a Ukrainian village school");
- an act told after "Elsewhere" or "Further east" is another act at another place, not the one
  told before (events_fresh26: "Further east, ... Russian artillery shelled towns and villages"
  was joined to the shelling of the Zaporizhzhia plant).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main eecb4ea0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, one_event, places_of, reader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2015-01-01")


def test_a_gerund_set_apart_after_a_blame_is_the_blamers_act(read) -> None:
    israel = "Israel blamed Hamas for the rocket fire, shelling targets in Gaza hours later."
    actors = [e.actors for e in events_of(read, israel, "bombardment")]
    assert ["Hamas"] not in actors
    assert ["Israel"] in actors
    # eventsq45's kind kept: the blamed shelling's doer is the one blamed
    depot = (
        "The regional governor, Vyacheslav Gladkov, blamed Ukrainian shelling for the fire at "
        "a fuel depot in Belgorod on Tuesday."
    )
    assert one_event(read, depot, "bombardment").actors == ["Ukraine"]


def test_a_town_stormed_with_its_fighters_killed_is_no_raid(read) -> None:
    town = (
        "Government troops stormed the rebel-held town of Ajdabiya on Sunday, killing dozens "
        "of fighters, and raised the flag over its centre."
    )
    assert [e.type for e in read(town).events] == ["incursion"]
    band = "The band stormed the festival camp at Glastonbury and killed it with a two-hour set."
    assert not events_of(read, band, "attack")
    # eventsq45's kind kept: a village's people killed
    mali = (
        "Militiamen stormed the village of Ogossagou in central Mali on Saturday, killing 37 "
        "villagers, officials said."
    )
    assert [e.type for e in read(mali).events] == ["attack"]


def test_beasts_and_tales_shot_dead_are_no_attack(read) -> None:
    tiger = "Unknown men shot dead a rare Bengal tiger in the Sundarbans reserve, officials said."
    assert not events_of(read, tiger, "attack")
    drama = "In the drama, unidentified gunmen shot dead a banker in Lagos."
    assert not events_of(read, drama, "attack")
    drill = (
        "During the drill, masked men playing attackers shot dead a teacher with blanks at a "
        "school in Ohio."
    )
    assert not events_of(read, drill, "attack")
    # eventsq45's kind kept
    journalist = "Unknown gunmen shot dead a senior journalist in Lahore on Monday."
    assert events_of(read, journalist, "attack")


def test_a_nuclear_word_elsewhere_moves_no_towns_power_plant(read) -> None:
    belgorod = (
        "A Ukrainian drone struck the Belgorod power plant on Sunday; the Kursk nuclear plant "
        "nearby was unharmed, officials said."
    )
    assert places_of(read, belgorod, "air_strike") == ["Belgorod"]
    quetta = (
        "Militants bombed the Quetta power station on Monday, as Pakistan's nuclear deal with "
        "China was signed."
    )
    assert places_of(read, quetta, "bombing") == ["Quetta"]


def test_a_foreign_states_act_on_a_village_school_strikes_its_land(read) -> None:
    school = "Russian drones struck a Ukrainian village school in the Sumy region, killing two."
    assert one_event(read, school, "air_strike").targets == ["Ukraine"]
    # eventsq45's kind kept: gunmen who are no state strike no land
    market = "Gunmen attacked a Kenyan village market on Thursday, killing four traders."
    assert "Kenya" not in one_event(read, market, "attack").targets


def test_an_act_told_further_east_is_another_act(geoparsing) -> None:
    path = (
        ROOT / "benchmarks" / "data" / "events_fresh26" / "docs" / "nuclear-zaporizhzhia-scmp.txt"
    )
    out = article(geoparsing, path)
    east = [e for e in out.events if any("Further east" in x.text for x in e.evidence)]
    assert len(east) == 1
    # no longer joined to the plant's shelling that Energoatom blamed on Russia
    assert not any("Energoatom" in x.text for x in east[0].evidence)
