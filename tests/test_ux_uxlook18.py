"""The analyst's path, twenty-fifth pass (uxlook18): what uxlook17 left. A crowd named by a
region and the countries it leaves out ("Middle East, Afghanistan, Sudan (25)") has a long
name: at 1280 x 760 the stance documents' crowd over Iraq found no room for it among the
circles around it and showed its count alone. Where the whole name finds no room at any spot,
the crowd is named by the region and how many countries it leaves out ("Middle East +2
(25)"), a shorter name as true."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _template
from tests.test_ux_uxlook9 import _window
from tests.test_ux_uxlook17 import OTHERS, OVER_IRAQ, crowd_names

ROOT = Path(__file__).resolve().parent.parent
STANCE_DOCS = ROOT.parent / "shared" / "eval" / "stances" / "docs"


def test_a_crowds_long_name_gives_way_to_its_region_and_how_many_it_leaves_out(qtbot):
    """A map 200 pixels wide, the world centred on each crowd: "Middle East, Afghanistan,
    Sudan (16)", two lines of up to 240 pixels, fits at no spot. On f87408da the crowd over
    Iraq (Iran, Iraq, Afghanistan, Syria, Lebanon, the Palestinian territories, Turkey and
    Sudan) and the Horn of Africa with Yemen and Saudi Arabia showed their counts alone; they
    now read "Middle East +2" and "Horn of Africa +2". Names that fit stay whole (a region
    with one country, two regions, one region), and a crowd no name holds still shows its
    count alone."""
    cases = [(OVER_IRAQ, "Middle East +2 (16)"), *OTHERS]
    wanted = {"Horn of Africa, Saudi Arabia, Yemen (12)": "Horn of Africa +2 (12)"}
    # the world centred on each crowd: its label may lie at any of its four sides
    named = crowd_names(qtbot, (200, 640), [places for places, _want in cases], centred=True)
    assert named == [wanted.get(want, want) for _places, want in cases], named


@pytest.fixture(scope="module")
def _stances_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, STANCE_DOCS)


@pytest.mark.skipif(not STANCE_DOCS.is_dir(), reason="../shared/eval is not beside the project")
def test_the_stance_documents_crowd_over_iraq_is_named_at_1280_by_760(
    _stances_template, qtbot, tmp_path
):
    """The stance documents (42 stories of AG News and TR-News) at 1280 x 760: on f87408da the
    "25" over Iraq had no name ("Middle East, Afghanistan, Sudan (25)", two lines, met the
    circles of Moscow, Znamenskoye, Abuja and Cincinnati at every spot). It now reads "Middle
    East +2 (25)" on one line, and every label of the base is still shown whole. (24 since
    eventsq45: the Khan Younis raid's headline and its storming are one event, as they are one
    act; 26 since assetsq26: the refugee camp stormed there and the mosques raided in Ramadi
    are sites struck.)"""
    from tests.pages import wait_at_rest

    state = _window(qtbot, tmp_path, STANCE_DOCS, _stances_template)
    try:
        labels = wait_at_rest(qtbot, state.window.map)["labels"]
        assert sorted(labels) == sorted(
            [
                "Middle East +2 (26)",
                "Northern Ireland conflict +4",
                "Meeting in Moscow +1",
                "Cincinnati +2",
                "Abuja +1",
                "Znamenskoye +1",
                "Pyongyang",
            ]
        ), labels
        assert state.window.map.console_errors == []
    finally:
        _close(state)
