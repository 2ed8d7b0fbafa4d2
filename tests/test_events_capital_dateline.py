"""Events placed at a capital that only tells of them (branch eventsq21): a fight of no named
side that only a capital's dateline places, in a story of other states' war; a capital listed
after another as the agent of a "by" phrase ("by Peking and Washington"), which is a
government; a meeting whose only parties are businesses. Each kind has the batch's sentence
(benchmarks/data/stances_fresh3, TR-News 1050001), sentences of other places, and sentences
that must keep their reading."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import places_of as _places
from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 16 October 1973."""
    return reader(geoparsing, "1973-10-16")


# --- a capital's newsroom tells of a war far from it -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # benchmarks/data/stances_fresh3/docs/t09-jta-remembering-1998.txt
        "Remembering the airlift\n\nWASHINGTON - Days after Egypt and Syria launched their"
        " surprise attack on the holiest day of the Jewish year, Israel said it urgently needed"
        " tanks, planes and ammunition.",
        "Remembering the war\n\nLONDON - Days after India and Pakistan launched their attack on"
        " the border, Bangladesh said it urgently needed food and medicine.",
        "Looking back\n\nPARIS - Weeks after Ethiopia and Eritrea began their attack along the"
        " frontier, Sudan said it urgently needed aid for refugees.",
    ],
)
def test_a_war_of_other_states_is_not_at_the_capitals_dateline(read, text):
    assert _places(read, text, "attack") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # benchmarks/data/stances_fresh3/docs/t09-jta-some-resupply-1973.txt
        "U.S. announces resupply\n\nWASHINGTON - The United States government, calling the"
        " Soviet airlift of military equipment to Egypt and Syria massive, announced today that"
        " it has begun some resupply of war materiel to Israel.\n\nHe stressed that no American"
        " military or civilian personnel are taking part in the fighting.",
        "Britain sends arms\n\nLONDON - The British government, calling the French shipments of"
        " arms to Nigeria and Chad large, announced today that it has begun to send arms to"
        " Cameroon.\n\nHe stressed that no British soldiers are taking part in the fighting.",
    ],
)
def test_the_fighting_of_a_story_about_other_states_war_is_not_at_the_capital(read, text):
    assert _places(read, text, "clash") == [None]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a fight in the capital itself, told with no other state: its dateline still holds it
        (
            "Clashes in the capital\n\nKABUL - Heavy fighting broke out on Monday, police said.",
            "KABUL",
        ),
        (
            "Shelling\n\nKHARTOUM - Heavy fighting broke out on Monday near the airport, "
            "residents said.",
            "KHARTOUM",
        ),
    ],
)
def test_a_fight_told_only_from_its_capital_keeps_it(read, text, where):
    assert _places(read, text, "clash") == [where]


def test_a_town_dateline_keeps_its_attack(read):
    # the rule is of capitals that report on other states; a town's story keeps its town
    text = (
        "Gunmen attack\n\nKANDAHAR - Days after Pakistan and India traded threats, gunmen"
        " launched an attack on a police post, officials said."
    )
    assert _places(read, text, "attack") == ["KANDAHAR"]


# --- "by Peking and Washington": governments, not the fight's place ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # benchmarks/data/stances_fresh3/docs/t12-csmonitor-peking-plot-1984.txt
        "Vietnam charged on Monday that the recent fighting along the China-Vietnam and"
        ' Kampuchea-Thailand borders is part of a "global strategy" by Peking and Washington to'
        " stop the spread of socialism.",
        "Iran charged on Monday that the recent fighting along the Iraq border is part of a plot"
        " by Riyadh and Washington to weaken the revolution.",
        "Serbia charged on Monday that the recent fighting in Kosovo is part of a plan by Berlin"
        " and Washington to break up the country.",
    ],
)
def test_a_capital_listed_in_a_by_phrase_is_no_place_of_the_fight(read, text):
    assert "Washington" not in _places(read, text, "clash")


def test_a_fight_in_a_capital_is_still_there(read):
    text = "Heavy fighting broke out in Kabul on Monday between the army and the Taliban."
    assert _places(read, text, "clash") == ["Kabul"]


# --- a meeting of businesses is no diplomacy ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # TR-News 1050001, its sentence joined across a hard line break, as the reader does
        "BERLIN — Robert Gentz stepped off an Air Berlin plane in Beijing with the goal of"
        " conquering online fashion in China. Mr. Gentz, a 34-year-old German who is a"
        " co-founder of Zalando — a European clone of Zappos, the online American shoes and"
        " fashion retailer owned by Amazon — held meetings in the fall of 2013 with Chinese and"
        " international fashion labels, online stores and other parts of the local e-commerce"
        " industry.",
        "The founder held meetings last spring with French and British retailers.",
        "The founder held talks last year with Japanese and Korean electronics brands.",
    ],
)
def test_a_meeting_with_businesses_only_is_no_event(read, text):
    assert _events(read, text, "meeting") == []


def test_a_meeting_with_a_state_still_is_one(read):
    text = "Chancellor Merkel held meetings in Berlin on Monday with Chinese Premier Li Keqiang."
    assert len(_events(read, text, "meeting")) == 1
