"""Wrong actors and roles the fifteenth fresh batch's pass left (benchmarks/data/events_fresh15),
fixed as kinds: a plan that others uncover or foil is its planner's, not theirs; a team of
monitors is no sport; a craft hijacked, told by a participle after its noun, is what was
hijacked (and, hijacked in an earlier year, is described, not news); fire the sides accuse each
other of, told in one side's account, names neither side. Sentences of other wars, places and
decades, with guards; the real spaCy pipeline and geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-11")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel said it had uncovered Hamas plans to attack Tel Aviv.", "Hamas"),
        ("Russia said it had foiled a Ukrainian plot to attack Moscow.", "Ukraine"),
        ("Kenya said it had foiled a plan by al-Shabaab to attack Nairobi.", "al-Shabaab"),
    ],
)
def test_a_plan_uncovered_is_its_planners(read, text, actor):
    event = one_event(read, text, "attack")
    assert event.actors == [actor]
    assert event.status in ("planned", "attempted")


def test_a_plan_thwarted_is_not_the_thwarters(read):
    text = "Police thwarted a plan to attack the embassy in Nairobi."
    assert all("police" not in e.actors for e in read(text).events)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel approved plans to attack Rafah.", "Israel"),
        ("The army plans to attack Mosul.", "army"),
    ],
)
def test_a_plan_made_or_approved_stays_the_subjects(read, text, actor):
    assert one_event(read, text, "attack").actors == [actor]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A team of six UN monitors arrived in Damascus on Monday.", "Damascus"),
        ("A team of OSCE observers arrived in Mariupol on Friday.", "Mariupol"),
    ],
)
def test_a_team_of_monitors_is_no_sport(read, text, place):
    out = read(text)
    assert [e.type for e in out.events] == ["deployment"]
    tp = out.event_places.get(out.events[0].id)
    assert tp is not None and tp.name == place


@pytest.mark.parametrize(
    "text",
    [
        "The two teams will clash in Madrid on Sunday.",
        "Iraq's national team clashed with Iran in Doha on Tuesday.",
    ],
)
def test_a_team_of_a_game_still_makes_no_clash(read, text):
    assert events_of(read, text, "clash") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pirates released a Greek tanker hijacked in January off Somalia.", "Greek tanker"),
        (
            "A Danish freighter hijacked off Nigeria in March was freed on Sunday.",
            "Danish freighter",
        ),
    ],
)
def test_a_craft_hijacked_after_its_noun_is_hijacked(read, text, target):
    event = one_event(read, text, "hijacking")
    assert event.actors == []
    assert event.targets == [target]  # the craft, not the state of its flag


def test_a_ship_hijacked_this_morning_is_no_hijacker(read):
    text = (
        "The relief ship hijacked in the Indian Ocean early this morning was carrying food aid"
        " to Kenya."
    )
    event = one_event(read, text, "hijacking")
    assert event.actors == []


def test_a_ship_hijacked_after_its_crew_is_hijacked(read):
    text = (
        "The Danish crew of the cargo ship hijacked in the Gulf of Aden on Monday has taken"
        " the vessel back."
    )
    event = one_event(read, text, "hijacking")
    assert event.actors == [] and "Danish crew" not in event.targets


def test_a_ship_that_sails_is_no_hijacking(read):
    assert read("The ship sailed from Mombasa on Monday.").events == []


def test_fire_the_sides_accuse_each_other_of_names_neither(read):
    text = (
        "Armenia and Azerbaijan accused each other of opening fire first along their border."
        " Azerbaijan said Armenian forces had shelled Tartar on Sunday."
    )
    event = one_event(read, text, "bombardment")
    assert event.actors == [] and event.targets == []


def test_a_shoot_down_each_side_blames_on_the_other_names_neither(read):
    text = (
        "Ethiopia and Eritrea blamed one another for the loss of the airliner."
        " Ethiopia said Eritrean gunners had shot down the plane near Badme on Friday."
    )
    event = one_event(read, text, "shoot_down")
    assert event.actors == [] and event.targets == []


def test_one_sides_account_without_a_dispute_keeps_its_actor(read):
    text = "Azerbaijan said Armenian forces had shelled Tartar on Sunday."
    assert one_event(read, text, "bombardment").actors == ["Armenia"]


def test_a_fact_told_in_the_storys_voice_keeps_its_sides(read):
    text = (
        "Russia and Ukraine blamed each other for the collapse of the talks."
        " Russian troops shelled Kharkiv on Monday, killing five people."
    )
    assert one_event(read, text, "bombardment").actors == ["Russia"]


def test_a_craft_hijacked_in_an_earlier_year_is_described_not_news(read):
    text = (
        "Pirates freed the MV Faina, hijacked on September 25, 2021, after a ransom was paid"
        " on Thursday."
    )
    assert events_of(read, text, "hijacking") == []
