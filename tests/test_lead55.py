"""What the lead found looking at the window on news nobody tuned on (stop 51)."""

from __future__ import annotations

import json

import pytest

from tests.events_reading import events_of, reader
from tests.pages import TIMEOUT, run_js, shown_map

_BOXES = (
    "JSON.stringify(['.leaflet-control-scale', '.leaflet-control-attribution'].map(function (s) {"
    " var r = document.querySelector(s).getBoundingClientRect();"
    " return [r.left, r.top, r.right, r.bottom]; }))"
)


@pytest.fixture(params=[300, 380, 460, 560, 900])
def sized(request, qtbot):
    for view in shown_map(qtbot, request.param, 500):
        yield view, request.param


def test_the_credits_never_cover_the_scale_on_a_narrow_map(sized, qtbot):
    # with the Sides panel wide, the map was 380 pixels across and the credits ("Places:
    # GeoNames (CC BY 4.0), Natural Earth") were drawn over the scale bar's "3000 km"
    view, width = sized
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(20.0, 30.0, 60.0, 50.0)
    scale, credits = json.loads(run_js(qtbot, view, _BOXES))
    assert credits[0] >= 0 and credits[2] <= width, (credits, width)
    assert credits[3] - credits[1] < 60, credits  # two lines at most
    apart = scale[2] <= credits[0] or credits[3] <= scale[1] or scale[3] <= credits[1]
    assert apart, (scale, credits)


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2023-02-10")


def test_a_surname_two_people_share_is_the_one_who_takes_part_in_the_act(read) -> None:
    # the victim and his sister, who spoke after the verdict, share a surname: the report
    # that names the victim by it is the victim's ("Attack on Wrobel" was no one's), and can
    # join the report that names him in full
    text = (
        "A deckhand who stabbed a fisherman in a harbour bar has been found guilty of murder.\n"
        "Marek Zielinski, 40, stabbed Tomasz Wrobel at a bar in Gdynia in May 2022, the court "
        "heard.\n"
        "The victim's sister, Katarzyna Wrobel, who travelled from Warsaw to attend the "
        "trial, spoke outside the court.\n"
        "Zielinski told the court that when Mr Wrobel reached for a bottle he stabbed Mr Wrobel "
        "in the neck."
    )
    got = events_of(read, text, "attack")
    assert got
    assert all(e.targets == ["Tomasz Wrobel"] for e in got), [e.label for e in got]


def test_a_broadcaster_s_offices_under_a_bomb_threat_are_not_struck(parse):
    # a bomb threat, a bomb scare: no blow; the offices stay unread, as with no force at all
    from tests.assets_reading import assets_with_operators

    for threat in ("a bomb threat", "a bomb scare", "a bomb hoax"):
        got = assets_with_operators(
            parse, f"Police evacuated the NTV TV tower in Kampala after {threat} on Monday."
        )
        assert got == {}, (threat, got)
    got = assets_with_operators(
        parse, "A bomb exploded in the lobby of the NTV TV tower in Kampala on Monday."
    )
    assert got["NTV TV tower"][0] == "broadcaster_building", got
