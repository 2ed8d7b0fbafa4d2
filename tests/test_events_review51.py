"""A reviewer's read of the thirty-third pass's event rules on sentences where their words mean
something else: a suicide bomber or a drone that blows up still bombs, while a crewed aircraft
that explodes or crashes, killing, strikes no one; a state's soldiers arriving in a land are
deployed, not visiting; talks that stalled on a named day were held; a "when" clause after
"since <year>," is history wherever the parser hangs it; where and when captors let captives
go is read from the "go" clause. Our own sentences of other wars, places and decades, with
guards; the real spaCy pipeline and geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-11")


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        (
            "A suicide bomber blew up in a crowded market in Baghdad on Friday, killing 20 people.",
            "suicide bomber",
            "Baghdad",
        ),
        (
            "A Taliban suicide bomber blew up at a checkpoint in Kandahar on Monday.",
            "Taliban",
            "Kandahar",
        ),
        ("A female bomber blew up at a bus stop in Grozny on Tuesday.", "bomber", "Grozny"),
    ],
)
def test_a_suicide_bomber_who_blows_up_still_bombs(read, text, actor, place):
    event = one_event(read, text, "bombing")
    assert event.actors == [actor]
    tp = read(text).event_places.get(event.id)
    assert tp is not None and tp.name == place


def test_a_drone_that_blows_up_still_strikes(read):
    assert one_event(read, "A Houthi drone blew up over Eilat on Friday.", "bombing").actors == [
        "Houthis"
    ]
    # an airliner that blows up is still bombed by no one the sentence names
    text = "An Ethiopian airliner blew up over the Indian Ocean on Sunday, killing 50 people."
    assert events_of(read, text, "bombing") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Russian warplane exploded over the Black Sea on Thursday, killing its crew.",
        "An Air India jumbo jet exploded off the coast of Ireland on Sunday, killing 329 people.",
        "A military helicopter crashed into a house in Kabul on Tuesday, killing 10 people.",
        "A Nigerian air force jet crashed into a market in Kaduna on Monday, killing 12 people.",
    ],
)
def test_a_crewed_aircraft_lost_strikes_no_one(read, text):
    assert events_of(read, text, "air_strike") == []


def test_a_drone_that_crashes_killing_still_strikes_and_a_jet_that_kills(read):
    text = "A Russian drone crashed into an apartment block in Odesa on Saturday, killing five."
    assert one_event(read, text, "air_strike").actors == ["Russia"]
    text = "An Israeli jet struck a house in Rafah on Monday, killing 12 people."
    assert one_event(read, text, "air_strike").actors == ["Israel"]
    # the crash of a crewed aircraft is none
    text = "A Russian bomber crashed near Irkutsk on Monday, killing its crew."
    assert events_of(read, text, "air_strike") == []


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Russian troops arrived in Belarus on Tuesday for exercises.", "Russia", "Belarus"),
        ("Hundreds of Chadian soldiers arrived in Bamako on Tuesday.", "Chad", "Bamako"),
        ("American marines arrived in Beirut on Monday.", "United States", "Beirut"),
    ],
)
def test_soldiers_arriving_are_deployed_not_visiting(read, text, actor, place):
    out = read(text)
    assert [e.type for e in out.events] == ["deployment"]
    assert out.events[0].actors == [actor]
    tp = out.event_places.get(out.events[0].id)
    assert tp is not None and tp.name == place


def test_a_unit_of_peacekeepers_is_a_mission_deployed(read):
    text = "A unit of Malaysian peacekeepers entered Mogadishu on Monday to rescue the pilots."
    out = read(text)
    assert [e.type for e in out.events] == ["deployment"]
    # officers who arrive for talks, and soldiers who visit a market, are not a body deployed
    text = "Two Chinese military officers arrived in Islamabad on Monday for talks."
    assert [e.type for e in read(text).events] == ["visit"]
    assert read("Soldiers visited a market in Kabul on Monday.").events == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Talks between Sudan's army and the RSF in Jeddah stalled on Tuesday after the army"
            " walked out.",
            "Jeddah",
        ),
        ("The talks in Geneva stalled on Friday when the Syrian delegation left.", "Geneva"),
    ],
)
def test_talks_that_stalled_on_a_day_were_held(read, text, place):
    out = read(text)
    meetings = [e for e in out.events if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].date is not None
    tp = out.event_places.get(meetings[0].id)
    assert tp is not None and tp.name == place
    # a negotiation that has stalled, or remains deadlocked, is still no meeting
    assert read("Talks between the government and the rebels have stalled.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has kept troops in Somalia since 2011, when it invaded to fight al-Shabaab.",
        "Since October, when Hamas gunmen attacked southern Israel, 30,000 Palestinians have died.",
    ],
)
def test_a_when_clause_after_since_a_year_is_history_wherever_it_hangs(read, text):
    assert read(text).events == []


def test_an_act_of_a_day_after_since_stays(read):
    text = "Since Monday, when Israeli jets struck the port, no ship has docked in Hodeidah."
    assert one_event(read, text, "air_strike").actors == ["Israel"]
    # and the day a year's clause hangs on the main verb is still history
    text = "Relations have been frozen since 2014, when Russian troops seized Crimea."
    assert read(text).events == []
    text = "Kenya has kept troops in Somalia since 2011, when it invaded to fight al-Shabaab."
    assert read(text).events == []


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("The rebels let the journalists go in Raqqa on Friday.", "Raqqa", "2024-03-08"),
        (
            "Hijackers let the women and children go in Kandahar on Sunday.",
            "Kandahar",
            "2024-03-10",
        ),
    ],
)
def test_where_and_when_captives_are_let_go(read, text, place, date):
    out = read(text)
    releases = [e for e in out.events if e.type == "release"]
    assert len(releases) == 1 and releases[0].date == date
    tp = out.event_places.get(releases[0].id)
    assert tp is not None and tp.name == place


def test_a_name_the_lexicon_knows_is_no_sport(read):
    text = "Arab League observers arrived in Syria on Monday."
    assert [(e.type, e.actors) for e in read(text).events] == [("deployment", ["Arab League"])]
    text = "A team of six UN monitors arrived in Damascus on Monday."
    assert [e.type for e in read(text).events] == ["deployment"]
    # a team of players is still a sport's
    assert read("The Indian cricket team arrived in Lahore on Monday.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks on a ceasefire in Sudan have stalled.",
        "Negotiations for a truce in Yemen collapsed on Monday.",
        "Diplomats worked on a ceasefire in Sudan on Monday.",
    ],
)
def test_a_ceasefire_talks_seek_is_none_in_force(read, text):
    assert events_of(read, text, "ceasefire") == []
    # one that takes effect is one
    assert len(events_of(read, "A ceasefire in Gaza took effect on Monday.", "ceasefire")) == 1
