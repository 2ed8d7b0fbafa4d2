"""The tenth fresh batch's wrong events, as kinds (eventsq28).

benchmarks/data/events_fresh10, judged on main 82076f5 before any change, put a checkpoint
bombing "south of Baghdad" at Baghdad (the next sentence names the town, 50 km south of it) and a
police shooting "At Lonmin's Marikana platinum mine, northwest of Johannesburg" at Johannesburg.
A bearing names the town it is reckoned from, never the scene. The sentences here are of other
wars and countries; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    "text, etype, town",
    [
        (
            "Convoy hit\n\nA suicide bomber rammed a car into an army convoy west of Kandahar on"
            " Monday, killing nine soldiers, officials said.\n",
            "bombing",
            "Kandahar",
        ),
        (
            "Base shelled\n\nRebels shelled an army base north of Aleppo on Sunday, killing four"
            " soldiers.\n",
            "bombardment",
            "Aleppo",
        ),
        (
            "Post attacked\n\nGunmen attacked a police post at a bridge south of Ramadi on"
            " Monday, killing four policemen.\n",
            "attack",
            "Ramadi",
        ),
    ],
)
def test_a_bearing_without_distance_does_not_pin_its_town(read, text, etype, town):
    """ "west of Kandahar": the town is where the bearing is reckoned from, not the scene."""
    places = places_of(read, text, etype)
    assert places, "the event is still found"
    assert town not in places


def test_a_site_named_before_a_bearing_is_not_the_town(read):
    """ "At the company's copper mine, east of Lubumbashi": the mine is where, a site the
    gazetteer does not hold; Lubumbashi is only where the bearing is reckoned from."""
    text = (
        "Workers shot\n\nAt the company's copper mine, east of Lubumbashi, police opened fire"
        " on striking workers on Tuesday, killing three of them.\n"
    )
    assert places_of(read, text, "attack") == [None]


def test_the_north_of_a_town_is_still_in_it(read):
    """ "in the north of Mosul": a part of the town, so the town."""
    text = (
        "Market bombed\n\nA car bomb exploded at a market in the north of Mosul on Friday,"
        " killing eleven people, police said.\n"
    )
    assert places_of(read, text, "bombing") == ["Mosul"]


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "Outpost shelled\n\nThe outpost was shelled again, in a region known for its frequent"
            " raids by rebel fighters.\n",
            None,
            "attack",
        ),
        (
            "Church hit\n\nGunmen killed five worshippers in a church in Maiduguri on Sunday. No"
            " one has claimed the attack, but the group has bombed mosques before.\n",
            "attack",
            "bombing",
        ),
        (
            "Displaced\n\nAid groups say 200,000 people have fled their homes to escape this"
            " year's fighting in the north of Mali.\n",
            None,
            "clash",
        ),
        (
            "Hostages held\n\nElders tried to free the hostages, but the mediation failed after"
            " several rounds of talks with the kidnappers.\n",
            None,
            "meeting",
        ),
        (
            "Checkpoint bombed\n\nA car bomb struck a police checkpoint in Tikrit on Sunday,"
            " killing six officers. Iraqi police have suffered a string of recent attacks by"
            " gunmen who accuse them of working with the US-led forces.\n",
            "bombing",
            "attack",
        ),
        (
            "Church bombed\n\nA bomb exploded at a church in Kaduna on Sunday, killing nine"
            " people. Ansaru has carried out many attacks in northern Nigeria, killing hundreds of"
            " people since 2010, and has targeted churches and police stations.\n",
            "bombing",
            "attack",
        ),
    ],
)
def test_habits_seasons_and_rounds_are_no_one_event(read, text, kept, dropped):
    """A habit ("its frequent raids", "has bombed mosques before"), a season's toll ("this
    year's fighting"), rounds of talks summed up, "many attacks" and a string of attacks with
    no day nor place are no event; the story's own event, where it tells one, is still found."""
    types = [e.type for e in read(text).events]
    assert dropped not in types
    if kept is not None:
        assert kept in types


def test_a_suicide_bomber_in_a_headline_is_no_aircraft(read):
    """ "Gunmen and suicide bomber attack mosques", parsed with "bomber" a modifier of
    "attack": a suicide bomber is a person; the gunmen's shooting is no air strike."""
    text = (
        "Gunmen and suicide bomber attack mosques in Kano and Maiduguri, killing several\n\n"
        "In Maiduguri, five gunmen opened fire, killing a woman and wounding three other people.\n"
    )
    types = [e.type for e in read(text).events]
    assert "air_strike" not in types
    assert "attack" in types


def test_the_craft_shot_down_is_not_its_shooter(read):
    """ "had come under an attack by drones ... One drone was shot down": the drones attacked;
    whoever shot one down is not named, and the drones are not it."""
    text = (
        "Plant hit\n\nA fire broke out at a gas plant in the Belgorod region after a drone attack"
        " on Sunday, the governor said. He wrote that the plant had come under an attack by"
        " drones of the aircraft type. One drone was shot down over the plant and started a"
        " fire.\n"
    )
    downs = [e for e in read(text).events if e.type == "shoot_down"]
    assert downs
    assert all("drones" not in e.actors for e in downs)
    assert all(e.targets == ["drone"] for e in downs)
