"""Events that are none on local news: a word in another sense, a rumour's content, the one
attacked read as its actor (eventsfix32).

The lead read every event of the 706 LGL and TR-News articles (mostly local American, British
and Canadian news) and found, on main dd7d58e, "blacksmithing demonstrations" read as a protest,
"the shooting ranges" and "people under attack" (by bees) as attacks, a school team's "ninth trip
to state" as a visit, the killing a rumour said was to come as an attack, and "has seen his new
Isuzu attacked" with the car as the attacker. Each kind is tested here on sentences of other
places; guards keep what must stay. Events are found by the real spaCy pipeline and the real
geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 10 June 2015."""
    return reader(geoparsing, "2015-06-10")


# --- a demonstration of a craft -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Heritage\n\nThe Heritage Centre will be open for glassblowing demonstrations every"
        " afternoon this week.\n",
        "Mill\n\nThe old mill in Shropshire will also be open for weaving demonstrations from"
        " 10 a.m. until 2 p.m. on Sunday.\n",
        "Library\n\nThe library in Dundee will host quilting demonstrations on Tuesday"
        " afternoons.\n",
        "Museum\n\nVolunteers at the Ironbridge museum gave woodcarving and blacksmithing"
        " demonstrations to schoolchildren on Friday.\n",
        "Market\n\nA cooking demonstration by a local chef drew a large crowd at the market in"
        " Galway.\n",
    ],
)
def test_a_demonstration_of_a_craft_is_no_protest(read, text):
    """A demonstration whose modifier is a gerund (the craft shown), or that the parser makes
    the object of that gerund, is a showing."""
    assert events_of(read, text, "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thailand\n\nGrowing demonstrations against the government spread across Bangkok on"
        " Saturday.\n",
        "Chile\n\nThousands of students joined street demonstrations in Santiago on Thursday"
        " against tuition fees.\n",
    ],
)
def test_demonstrations_by_who_where_or_their_course_stay_protests(read, text):
    one_event(read, text, "protest")


def test_demonstrations_staged_stay_protests(read):
    text = (
        "Hong Kong\n\nStudents spent Sunday staging demonstrations outside the legislature in"
        " Hong Kong.\n"
    )
    one_event(read, text, "protest")


# --- a thing named for the act --------------------------------------------------------------------
def test_the_shooting_ranges_read_as_a_verb_are_no_attack(read):
    """ "the shooting ranges", which the parser reads as "the shooting" that "ranges"."""
    text = (
        "Ranges\n\nNeighbours in Yorkshire said they would never complain about the shooting"
        " ranges near the farm.\n"
    )
    assert events_of(read, text, "attack") == []


# --- a kind of people under attack ----------------------------------------------------------------
def test_people_under_attack_in_advice_are_no_attack(read):
    text = (
        "Wasps\n\nRangers advise hikers under attack to cover their heads and walk away slowly.\n"
    )
    assert events_of(read, text, "attack") == []


def test_people_under_attack_somewhere_are_an_attack(read):
    text = "Syria\n\nDoctors said civilians under attack in Aleppo had nowhere left to hide.\n"
    one_event(read, text, "attack")


# --- "state" bare of an article is no place -------------------------------------------------------
def test_a_teams_trip_to_state_is_no_visit(read):
    text = (
        "Tigers\n\nThe Lakeview Tigers won the district title on Friday and will make their"
        " fourth trip to state next week.\n"
    )
    assert events_of(read, text, "visit") == []


def test_a_trip_to_the_state_is_still_a_visit(read):
    text = (
        "Floods\n\nThe prime minister will make a trip to the state next week to meet flood"
        " victims, officials in Canberra said.\n"
    )
    one_event(read, text, "visit")


# --- what a rumour says ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hoax\n\nA rumour spread across Essex through social media warning shoppers to avoid"
        " the Lakeside centre because a gang initiation is supposedly going to take place"
        " involving the shooting of three shoppers in the car park.\n",
        "Hoax\n\nA hoax went round Leeds on Facebook telling parents to keep children home"
        " because an attack on a school is going to happen on Friday.\n",
    ],
)
def test_what_a_rumour_says_is_no_attack(read, text):
    """An event in a clause under a verb whose subject is a rumour or a hoax is what it says."""
    assert events_of(read, text, "attack") == []


def test_an_attack_after_which_a_rumour_spread_stays(read):
    text = (
        "Rumour\n\nA rumour spread across the town after gunmen attacked a bus near Peshawar"
        " on Monday.\n"
    )
    ev = one_event(read, text, "attack")
    assert ev.actors == ["gunmen"]


# --- the one attacked as the actor ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Vandals\n\nShopkeeper Anil Mehta has seen his new Toyota attacked outside his shop in"
            " Leicester three times this month.\n",
            "Toyota",
        ),
        (
            "Vandals\n\nFarmer Sean Walsh has seen his Land Rover attacked twice outside his home"
            " in Cork.\n",
            "Land Rover",
        ),
    ],
)
def test_what_one_saw_attacked_is_no_attacker(read, text, thing):
    """ "has seen his car attacked": a bare past participle under a verb of seeing is passive;
    the noun before it is what was attacked."""
    for ev in events_of(read, text, "attack"):
        assert not any(thing in a for a in ev.actors)


def test_what_one_saw_attack_is_the_attacker(read):
    text = "Nigeria\n\nWitnesses saw gunmen attack a police post in Kano on Tuesday.\n"
    ev = one_event(read, text, "attack")
    assert ev.actors == ["gunmen"]
