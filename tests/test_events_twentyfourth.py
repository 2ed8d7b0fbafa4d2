"""Wrong events of a seventh fresh batch nobody tuned on (eventsq24).

benchmarks/data/events_fresh7 (16 real stories of riots, sieges, naval clashes, kidnappings,
massacres, embassy attacks, shelling across the Line of Control and attacks on peacekeepers)
gave, on main 70520f7, history and tolls named in passing as events ("In October 1982
guerrillas killed several soldiers" in a story of 2010, "naval clashes in 1999 and 2002",
"The war, which began in March 2011 with protests", "[the war] has killed more than 280,000
people", "Northern Nigeria has been attacked by ... Boko Haram"), a diplomatic protest as a
demonstration ("South Korea was protesting sternly to the North") and "Pakistan violates
ceasefire" as a ceasefire. Each kind is tested on the batch's sentence and on sentences of
other wars and places; guards keep what must stay.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


# --- history dated years before the article -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "on"),
    [
        (
            "In October 1982 guerrillas killed several soldiers elsewhere in the region, and the"
            " army was wrongly told that the guerrillas had hidden rifles in Las Dos Erres.",
            "attack",
            "2010-04-27",
        ),
        ("In 1994 Hutu militias attacked Tutsi villages near Kibuye.", "attack", "2004-04-07"),
        (
            "In March 1999 rebels kidnapped three aid workers in Sierra Leone.",
            "kidnapping",
            "2011-03-09",
        ),
    ],
)
def test_history_years_before_the_article_is_no_event(read, text, etype, on):
    assert events_of(read, text, etype, on) == []


@pytest.mark.parametrize(
    ("text", "etype", "on"),
    [
        # a 1982 story of a 1982 massacre is the news
        ("In December 1982 soldiers killed villagers in Las Dos Erres.", "attack", "1982-12-10"),
        # last year's kidnapping, dated, is not years before
        (
            "In October last year, gunmen kidnapped six girls from a boarding school near Kaduna.",
            "kidnapping",
            "2020-03-01",
        ),
        # a day told is the day of an event, not a season of history
        ("On 12 March 2009, gunmen attacked a convoy near Kidal.", "attack", "2011-03-09"),
    ],
)
def test_news_and_recent_history_stay(read, text, etype, on):
    assert len(events_of(read, text, etype, on)) == 1


# --- a past told as a list of years ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The western sea border saw deadly naval clashes in 1999 and 2002; six South Korean"
            " sailors died in 2002.",
            "clash",
        ),
        ("The city suffered car bombings in 2004, 2007 and 2009.", "bombing"),
    ],
)
def test_events_listed_by_years_are_no_event(read, text, etype):
    assert events_of(read, text, etype, None) == []


def test_one_clash_in_one_year_stays(read):
    one_event(read, "Deadly naval clashes broke out near Daechong island in 2009.", "clash")


# --- a war's toll, a war's history ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The war, which began in March 2011 with protests against the government, has killed"
            " more than 280,000 people.",
            "protest",
        ),
        (
            "The war, which began in March 2011 with protests against the government, has killed"
            " more than 280,000 people.",
            "attack",
        ),
        ("The conflict has killed at least 10,000 people since 2014.", "attack"),
        (
            "The civil war in Sudan, which began in April 2023 with clashes in Khartoum, has"
            " displaced millions.",
            "clash",
        ),
    ],
)
def test_a_wars_toll_and_beginning_are_no_event(read, text, etype):
    assert events_of(read, text, etype, None) == []


def test_an_attack_told_with_its_toll_stays(read):
    ev = one_event(
        read, "Rebels attacked an army post near Goma last week, killing four.", "attack"
    )
    assert ev.actors == ["rebels"]


# --- a whole land attacked over time --------------------------------------------------------
def test_a_region_long_attacked_is_a_campaign(read):
    text = (
        "Northern Nigeria has been attacked by the Islamist sect Boko Haram, blamed for killing"
        " at least 729 people in 2012."
    )
    assert events_of(read, text, "attack", "2013-02-17") == []


def test_a_post_attacked_is_one_attack(read):
    text = "A police station in Kano has been attacked by gunmen, police said."
    ev = one_event(read, text, "attack")
    assert ev.actors == ["gunmen"]


# --- a diplomatic protest -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Commodore Lee Ki-sik told reporters in Seoul that South Korea was protesting sternly to"
        " the North.",
        "Japan protested to China over the incursion of its coast guard ships.",
    ],
)
def test_a_protest_to_a_state_is_no_demonstration(read, text):
    assert events_of(read, text, "protest") == []


def test_students_protesting_stay(read):
    one_event(
        read,
        "Thousands of students protested in Dhaka to demand the minister's resignation.",
        "protest",
    )


# --- a ceasefire only broken ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Army retaliates after Pakistan violates ceasefire along LoC in Poonch",
        "Government troops breached the truce near Hodeidah.",
    ],
)
def test_a_ceasefire_only_broken_is_no_ceasefire(read, text):
    assert events_of(read, text, "ceasefire") == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia says Azerbaijan broke new ceasefire",
        "A cease-fire reached in May 2003 was violated twice by President Laurent Gbagbo.",
        "Israel and Hamas agreed to a ceasefire on Friday.",
    ],
)
def test_a_ceasefire_reached_or_new_stays(read, text):
    assert len(events_of(read, text, "ceasefire")) == 1


# --- a scene the sentence before names is not the dateline's town ---------------------------
@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        (
            "Boats exchange fire\n\nSEOUL - Patrol boats of the North and South Korean navies"
            " briefly traded fire near their disputed sea border, South Korea's defence ministry"
            " said.\n\nThe exchange happened at 9.50am on Tuesday near Yeonpyeong, a South Korean"
            ' island on the border, a ministry spokesman said. "Our side fired back when the'
            ' North Korean patrol boat opened fire," he said.',
            "attack",
            "South Korean",
        ),
        (
            "Troops ambushed\n\nBAMAKO - Soldiers escorting a convoy came under attack in the"
            " centre of Mali, the army said.\n\nThe ambush happened on Sunday near Tiriwelle, a"
            ' hamlet on the road north, a spokesman said. "The jihadists opened fire on our'
            ' trucks," he said.',
            "attack",
            "Mali",
        ),
    ],
)
def test_a_scene_named_before_beats_the_dateline(read, text, etype, place):
    from tests.events_reading import places_of

    got = places_of(read, text, etype)
    assert place in got  # the quoted firing's, not only the dateline's town


def test_a_dateline_with_no_scene_named_stays(read):
    from tests.events_reading import places_of

    text = (
        "Shots fired\n\nSEOUL - North Korean guards fired on a defector, officials said.\n\n"
        '"They opened fire as he ran," an official said.'
    )
    assert places_of(read, text, "attack")[-1] == "SEOUL"
