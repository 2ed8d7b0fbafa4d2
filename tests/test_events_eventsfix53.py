"""What eventsq41, eventsfix50-52 and review73 left (branch eventsfix53), fixed as kinds, each
beside sentences of other senses written for it that keep their reading
(benchmarks/data/eventsfix53/stories.txt):

- a country's name before the armed men, aircraft or weapons that strike ("US drones struck")
  says whose they are, never the story's ground;
- an invasion told again by its definite noun, naming no land, stays the attack it tells (a
  facility overrun) and is no incursion;
- an event noun that is only what a complaint is "of" or "about" names the act, it tells none
  (unless told with a time or a clause of its own, or by a verb);
- an act told as what a killing or a wounding was done "in" is done by who killed whom;
- a state by its name suspended "from" a body is sanctioned by it (and a verb joined to its own
  lemma is no complement of the first);
- the country "in" which the object of a verb of harm lies is where it was struck.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main e2bb67a4."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, one_event, places_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh22" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2015-03-04")


def test_a_states_strikers_are_not_its_ground(read) -> None:
    text = (
        "Tribal elders said US drones struck a compound in North Waziristan on Tuesday, killing"
        " five militants."
    )
    strike = one_event(read, text, "air_strike")
    assert strike.actors == ["United States"]
    assert places_of(read, text, "air_strike") == [None]  # was the United States
    assert places_of(read, "Russia missiles struck a convoy near the border.", "bombardment") in (
        [],
        [None],
    )
    # other senses: the land said as where stays
    assert places_of(read, "US drones struck a car in Yemen on Sunday.", "air_strike") == ["Yemen"]
    assert places_of(
        read, "Nigerian jets struck Boko Haram camps in Nigeria on Monday.", "air_strike"
    ) == ["Nigeria"]
    assert places_of(
        read,
        "US jets struck Islamic State positions on Friday. The strikes were the first in Iraq"
        " since 2011.",
        "air_strike",
    ) == ["Iraq"]


def test_an_invasion_told_again_stays_the_attack(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "oilfield-ogbainbiri-egyptoilgas.txt")
    assert [e.type for e in out.events if e.type == "incursion"] == []  # was an incursion
    [invaded] = [e for e in out.events if any(x.start == 170 for x in e.evidence)]
    assert invaded.type == "attack" and invaded.actors == ["militants"]
    # other senses: a land invaded, told again, stays an incursion
    kuwait = one_event(
        read,
        "Iraqi troops invaded Kuwait on Thursday. The invasion drew condemnation from the United"
        " Nations.",
        "incursion",
    )
    assert kuwait.targets == ["Kuwait"]
    assert (
        len(
            events_of(
                read,
                "Russian forces crossed into Ukraine on Thursday. The invasion was condemned by"
                " NATO.",
                "incursion",
            )
        )
        == 1
    )


def test_a_complaint_of_a_named_act_is_none(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "border-preahvihear-thehindu.txt")
    assert [e.label for e in out.events if e.type == "incursion"] == []  # the "Thai invasion"
    assert [e.type for e in out.events] == ["clash"]
    # other senses: told as done by a verb, or with its own day
    said = (
        "Cambodia complained that Thai troops had invaded its territory near the temple on Friday."
    )
    assert [e.actors for e in events_of(read, said, "incursion")] == [["Thailand"]]
    shelled = "India complained to China about the shelling on Monday that killed two soldiers."
    assert len(events_of(read, shelled, "bombardment")) == 1


def test_who_killed_whom_in_an_attack_did_it(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "guerrillas-sanmiguel-latimes-1986.txt")
    [garrison] = [e for e in out.events if any(x.start == 48 for x in e.evidence)]
    assert garrison.actors == ["leftist guerrillas"]  # was no one
    [headline] = [e for e in out.events if any(x.start == 0 for x in e.evidence)]
    assert headline.actors == []  # "50 Salvadoran troops killed or injured in raid": no doer
    # other senses: the killed in the passive name no doer
    assert (
        one_event(
            read,
            "Fifty soldiers were killed in an attack on a garrison in Falluja on Wednesday.",
            "attack",
        ).actors
        == []
    )


def test_a_state_suspended_from_a_body_is_sanctioned(read) -> None:
    ecowas = one_event(
        read,
        "ECOWAS said it was also suspending all financial flows between its 15 members and Mali"
        " and suspending Mali from its decision-making bodies.",
        "sanction",
        "2020-08-19",
    )
    assert ecowas.targets == ["Mali"] and "ECOWAS" in ecowas.actors[0]
    au = one_event(read, "The African Union suspended Guinea from the bloc on Friday.", "sanction")
    assert au.actors == ["African Union"] and au.targets == ["Guinea"]
    for other in (
        "The league suspended the striker from three games on Friday.",
        "Kenya Airways suspended flights from Mali on Wednesday.",
        "Mali was suspended from the bloc on Tuesday.",
        "The two sides suspended the talks and suspended the truce commission's work on Monday.",
    ):
        assert read(other).events == [], other


def test_the_land_the_struck_object_lies_in(read) -> None:
    text = "Missiles hit two bases in Iraq housing US troops on Wednesday."
    assert places_of(read, text, "bombardment", "2020-01-08") == ["Iraq"]  # was no event
    camp = "Rockets hit a camp in Syria sheltering displaced families on Tuesday."
    assert places_of(read, camp, "bombardment", "2019-03-12") == ["Syria"]
    # other senses: a land said of someone else, or of a relative clause, is no place
    wanted = "Gunmen shot a man wanted in France outside a bar in Brussels on Tuesday."
    assert places_of(read, wanted, "attack") == ["Brussels"]
    bound = (
        "Israeli jets struck weapons bound for Hezbollah, which is based in Lebanon, near"
        " Damascus on Tuesday."
    )
    assert places_of(read, bound, "air_strike") == ["Damascus"]
