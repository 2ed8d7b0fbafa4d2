"""Kinds the sixteenth fresh batch (benchmarks/data/events_fresh16) and the last stop's reviews
left, fixed as kinds: troops that pour or roll into a land cross into it; a party's name may end
in a sport's word; armed men free people by their trade or lot, not only hostages; a crowd
storms no land; soldiers who kill people counted or named by their lot kill them; a time owned
by what an event is against is not the event's; who meets or urges an end to a fight is no side
of it. Sentences of other wars, places and decades, with guards; the real spaCy pipeline and
geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-11")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Thousands of Iraqi troops poured into Kuwait early on Thursday.", "Iraq", "Kuwait"),
        ("Russian tanks rolled into Georgia on Friday.", "Russia", "Georgia"),
        ("Ethiopian troops streamed into Somalia on Tuesday.", "Ethiopia", "Somalia"),
    ],
)
def test_troops_pouring_into_a_land_cross_into_it(read, text, actor, target):
    event = one_event(read, text, "incursion")
    assert event.actors == [actor]
    assert event.targets == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Money poured into Kuwait after the war.",
        "Refugees streamed into Jordan on Monday.",
        "Troops poured into the streets of the capital.",
    ],
)
def test_what_pours_in_that_is_no_army_crosses_no_border(read, text):
    assert events_of(read, text, "incursion") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Awami League activists clashed with police in Dhaka on Sunday.", "clash"),
        ("Muslim League workers protested in Lahore on Friday.", "protest"),
    ],
)
def test_a_partys_name_ending_in_league_is_no_game(read, text, etype):
    assert len(events_of(read, text, etype)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Premier League leaders Liverpool clash with Chelsea on Sunday.",
    ],
)
def test_a_leagues_people_still_play_a_game(read, text):
    assert read(text).events == []


def test_a_leagues_fans_who_fight_the_police_clash(read):
    # fans who fight are a crowd's violence, whatever game they came for (eventsfix51)
    evs = read("Champions League fans clashed with police in Madrid.").events
    assert [e.type for e in evs] == ["clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram militants freed 82 schoolgirls on Saturday.",
        "The kidnappers freed the engineer on Monday.",
        "The pirates let the crew of the tanker go.",
        "Leftist FARC rebels have released two civilian helicopter pilots they were holding "
        "hostage, handing them to the International Committee of the Red Cross.",
    ],
)
def test_armed_men_free_people_by_their_trade_or_lot(read, text):
    assert len(events_of(read, text, "release")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The rebels released a list of demands on Monday.",
        "The militants released a video of the hostages.",
    ],
)
def test_what_armed_men_release_that_is_no_one_is_no_release(read, text):
    assert events_of(read, text, "release") == []


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of protesters stormed the runway at Kabul airport on Monday.",
        "Angry passengers stormed the runway at Kabul airport.",
    ],
)
def test_a_crowd_storming_takes_no_land(read, text):
    assert events_of(read, text, "incursion") == []


def test_armed_men_storming_a_town_still_enter_it(read):
    text = "Rebel fighters stormed the town of Ras Lanuf on Monday."
    assert len(events_of(read, text, "incursion")) == 1


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        (
            "American soldiers killed a large number of refugees on July 26-28, 1950, at the "
            "hamlet of No Gun Ri.",
            "United States",
            "1950-07-26",
        ),
        ("Russian soldiers killed dozens of civilians in Bucha on Monday.", "Russia", None),
        ("Gunmen killed hundreds of refugees near Bunia on Friday.", None, "2024-03-08"),
    ],
)
def test_killing_people_counted_or_by_their_lot_is_an_attack(read, text, actor, date):
    event = one_event(read, text, "attack")
    if actor is not None:
        assert event.actors == [actor]
    if date is not None:
        assert event.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Cholera killed hundreds of refugees in Goma last year.",
        "The new policy killed dozens of jobs in Detroit.",
        "The senators killed the trade deal on Monday.",
    ],
)
def test_what_kills_that_is_no_one_or_kills_no_one_is_no_attack(read, text):
    assert events_of(read, text, "attack") == []


def test_a_time_owned_by_what_a_protest_is_against_is_not_its_own(read):
    text = (
        "Malawian police on Thursday fired tear gas at opposition activists who were "
        "protesting against the result of last month's elections."
    )
    assert one_event(read, text, "protest").date != "2024-02"


def test_a_time_owned_by_where_an_act_happened_is_its_own(read):
    text = "A bomb hit Sunday's rally in Peshawar."
    assert one_event(read, text, "bombing").date == "2024-03-10"


def test_who_meets_and_urges_an_end_to_a_fight_is_no_side_of_it(read):
    text = (
        "African leaders meeting in Tanzania on Saturday called for an end to the fighting "
        "in Sudan."
    )
    assert one_event(read, text, "clash").actors == []


def test_sides_named_with_the_fight_stay_its_sides(read):
    text = "Leaders of both parties met after Awami League activists clashed with police."
    assert "police" in one_event(read, text, "clash").actors


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya summoned the envoy on Sunday over the bombing of a bus in Mandera.", "bombing"),
        (
            "Israel recalled its ambassador on Tuesday over the bombing of its embassy in Lima.",
            "bombing",
        ),
    ],
)
def test_what_an_act_is_over_takes_no_day_from_it(read, text, etype):
    assert all(e.date is None for e in events_of(read, text, etype))


def test_a_cause_told_with_its_own_month_keeps_it(read):
    text = "Relations were strained by the downing of a Russian warplane in November 2015."
    assert one_event(read, text, "shoot_down").date == "2015-11"


def test_who_agrees_to_end_a_fight_fought_it(read):
    text = (
        "Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh on Saturday after "
        "two weeks of heavy fighting."
    )
    assert one_event(read, text, "clash").actors == ["Armenia", "Azerbaijan"]
