"""Wrong events a reviewer (review47) left on main, fixed as kinds: a craft named by its taking
in a story told, shown or remembered is no taking of today; men of an international mission
entering a land are deployed there, and a convoy's owner is its actor; forces who left their
base are not leaving a war. Sentences of other wars and decades, with guards; the real spaCy
pipeline and geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-11")


@pytest.mark.parametrize(
    "text",
    [
        "The film tells the story of a hijacked airliner.",
        "The museum shows the hijacked airliner.",
        "The novel is about a hijacked ferry in the Aegean.",
        "The exhibition displays photographs of the hijacked ship.",
        "Survivors remember the hijacked flight every year.",
        "The play depicts a hijacked train in the Netherlands.",
    ],
)
def test_a_craft_in_a_story_told_is_no_hijacking(read, text):
    assert events_of(read, text, "hijacking") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pirates released the hijacked tanker off Somalia on Monday.", "Somalia"),
        ("Commandos stormed the hijacked airliner in Entebbe on Sunday.", "Entebbe"),
        ("Gunmen hijacked a bus in Karachi on Monday.", "Karachi"),
    ],
)
def test_a_craft_acted_on_keeps_its_hijacking(read, text, place):
    out = read(text)
    got = [e for e in out.events if e.type == "hijacking"]
    assert len(got) == 1
    tp = out.event_places.get(got[0].id)
    assert tp is not None and tp.name == place


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A convoy of British peacekeepers entered Kosovo on Saturday.", "British peacekeepers"),
        ("A convoy of UN peacekeepers entered Bosnia on Monday.", "UN peacekeepers"),
        (
            "A convoy of Russian peacekeepers entered Abkhazia on Tuesday.",
            "Russian peacekeepers",
        ),
        ("Nigerian peacekeepers crossed into Liberia on Monday.", "Nigerian peacekeepers"),
        ("A column of French peacekeeping troops entered Bangui on Thursday.", "France"),
    ],
)
def test_a_mission_entering_a_land_is_a_deployment(read, text, actor):
    assert events_of(read, text, "incursion") == []
    assert one_event(read, text, "deployment").actors == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A convoy of Russian tanks entered Georgia on Friday.", "Russia"),
        ("A convoy of Turkish troops crossed into Syria on Wednesday.", "Turkey"),
        ("A column of Soviet tanks entered Kabul on Sunday.", "Soviet Union"),
        ("A column of Ethiopian troops entered Somalia on Tuesday.", "Ethiopia"),
        ("A convoy of Soviet armour entered Prague on Wednesday.", "Soviet Union"),
    ],
)
def test_an_armed_convoy_is_its_owners_incursion(read, text, actor):
    assert one_event(read, text, "incursion").actors == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ukrainian troops who left their base crossed into Russia on Monday.", "Ukraine"),
        ("Rwandan soldiers who left their camp crossed into Congo on Tuesday.", "Rwanda"),
        ("Eritrean troops who left their positions crossed into Ethiopia on Monday.", "Eritrea"),
        ("Turkish troops that left their bases in Hatay crossed into Syria on Sunday.", "Turkey"),
        ("Sudanese soldiers who left their barracks crossed into Chad on Friday.", "Sudan"),
    ],
)
def test_forces_who_left_their_base_still_invade(read, text, actor):
    assert one_event(read, text, "incursion").actors == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "US troops leaving Afghanistan crossed into Uzbekistan on Monday.",
        "Russian troops who left Syria crossed into Iraq on Monday.",
    ],
)
def test_forces_leaving_a_land_still_withdraw(read, text):
    assert events_of(read, text, "incursion") == []
