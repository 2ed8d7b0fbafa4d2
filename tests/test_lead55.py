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


def _opposes(ex) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == "opposes" and not s.negated}


def test_an_attack_on_a_people_of_another_land_is_no_side_of_a_state(parse):
    # two peoples' words side by side name one people living in another's land, and a
    # people's sites placed only in another land may be the people's, not its state's: the
    # noun rule read these as the land's government or the people's own state, wrong sides
    for text, date in [
        (
            "The UN raid on Bosnian Croat positions near Mostar came after the shelling.",
            "1993-06-01",
        ),
        (
            "The Iraqi Kurdish raid on Turkish army posts near the border killed four soldiers.",
            "1997-05-14",
        ),
        (
            "The NATO raid on Serb positions near Gorazde came after the town was shelled.",
            "1994-04-11",
        ),
    ]:
        ex = parse(text, date)
        assert not _opposes(ex), (text, _opposes(ex))
    # a state's sites where the sentence places nothing else, or in its own land: as before
    ex = parse("Peruvian raids on Ecuadorian border posts continued on Friday.", "1995-02-03")
    assert ("Peru", "Ecuador") in {(p, q) for p, q in _opposes(ex)} or any(
        p == "Peru" and "Ecuador" in q for p, q in _opposes(ex)
    ), _opposes(ex)
