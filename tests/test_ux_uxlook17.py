"""The analyst's path, twenty-fourth pass (uxlook17): what stop 43 left in the window. A crowd
over Iraq in the stance documents' first view read "Africa, Asia (25)": two continents for
items of the Middle East and two of its neighbours (Sudan, Afghanistan); it is now named by
the region that holds most of its countries and the one or two it leaves out. A brief of
the stance documents was titled "stances" (the folder above their "docs"); a title now says
which conflicts the claims shown are in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _template
from tests.test_analyst_path13 import CROWD_LABELS, _features
from tests.test_ux_uxlook9 import _window
from tests.test_window import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
STANCE_DOCS = ROOT.parent / "shared" / "eval" / "stances" / "docs"
STANCES20 = ROOT / "benchmarks" / "data" / "stances_fresh20" / "docs"
PLACES16 = ROOT / "benchmarks" / "data" / "places_fresh16" / "docs"

# the countries of the stance documents' crowd over Iraq at 1600 x 1000 (on e2bb67a4), one
# town each
OVER_IRAQ = [
    ("Tehran", 51.4, 35.7, "IR"),
    ("Baghdad", 44.4, 33.3, "IQ"),
    ("Herat", 62.2, 34.3, "AF"),
    ("Aleppo", 37.2, 36.2, "SY"),
    ("Beirut", 35.5, 33.9, "LB"),
    ("Gaza", 34.5, 31.5, "PS"),
    ("Ankara", 32.9, 39.9, "TR"),
    ("Port Sudan", 37.2, 19.6, "SD"),
]
# crowds of other senses, written for this test, each with the name it should get
OTHERS = [
    # the Horn of Africa and the two countries across the Red Sea (on the base: "Horn of
    # Africa, Middle East")
    (
        [
            ("Addis Ababa", 38.7, 9.0, "ET"),
            ("Mogadishu", 45.3, 2.0, "SO"),
            ("Asmara", 38.9, 15.3, "ER"),
            ("Djibouti", 43.1, 11.6, "DJ"),
            ("Sanaa", 44.2, 15.4, "YE"),
            ("Jeddah", 39.2, 21.5, "SA"),
        ],
        "Horn of Africa, Saudi Arabia, Yemen (12)",
    ),
    # Europe and Istanbul: Turkey is the one country out of Europe (was "Europe, Middle East")
    (
        [
            ("London", -0.1, 51.5, "GB"),
            ("Berlin", 13.4, 52.5, "DE"),
            ("Paris", 2.35, 48.86, "FR"),
            ("Madrid", -3.7, 40.4, "ES"),
            ("Rome", 12.5, 41.9, "IT"),
            ("Istanbul", 28.98, 41.0, "TR"),
        ],
        "Europe, Turkey (12)",
    ),
    # Europe and four countries of the Middle East: too many to name beside a region; the two
    # regions, as before
    (
        [
            ("Rome", 12.5, 41.9, "IT"),
            ("Belgrade", 20.5, 44.8, "RS"),
            ("Sofia", 23.3, 42.7, "BG"),
            ("Athens", 23.7, 37.98, "GR"),
            ("Ankara", 32.9, 39.9, "TR"),
            ("Damascus", 36.3, 33.5, "SY"),
            ("Beirut", 35.5, 33.9, "LB"),
            ("Amman", 35.9, 31.95, "JO"),
        ],
        "Europe, Middle East (16)",
    ),
    # one region holds them all: named by it alone, as before
    (
        [
            ("Mexico City", -99.1, 19.4, "MX"),
            ("Guatemala", -90.5, 14.6, "GT"),
            ("Bogota", -74.1, 4.7, "CO"),
            ("Caracas", -66.9, 10.5, "VE"),
        ],
        "Latin America (16)",
    ),
    # Turkey, Greece, Bulgaria and Libya: no region holds more of them than it leaves out,
    # and no two regions hold them: no name, as before (the count says how many)
    (
        [
            ("Ankara", 32.9, 39.9, "TR"),
            ("Athens", 23.7, 37.98, "GR"),
            ("Sofia", 23.3, 42.7, "BG"),
            ("Benghazi", 20.07, 32.12, "LY"),
        ],
        None,
    ),
]


def test_a_crowd_is_named_by_a_region_and_the_countries_it_leaves_out(qtbot):
    """The stance documents at 1600 x 1000: the crowd over Iraq (Iran, Iraq, Afghanistan,
    Syria, Lebanon, the Palestinian territories, Turkey and Sudan) read "Africa, Asia (25)",
    the smallest pair of regions holding its countries: two continents, where the analyst sees
    the Middle East. A crowd no one region holds is now named by the name of fewest countries
    in all that holds it: a region with the one or two countries it leaves out, when it holds
    more of them than it leaves out, or two regions."""
    cases = [(OVER_IRAQ, "Middle East, Afghanistan, Sudan (16)"), *OTHERS]
    named = crowd_names(qtbot, (600, 400), [places for places, _want in cases])
    assert named == [want for _places, want in cases], named


def crowd_names(qtbot, size: tuple[int, int], crowds: list, centred: bool = False) -> list:
    """The name of each crowd (its places, four items each for four places, else two) alone in
    a real map of ``size``, fitted to the world (``centred``: the world centred on the crowd's
    places), or None where it has none."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from tests.pages import run_js, shown_map, wait_at_rest

    named = []
    for view in shown_map(qtbot, *size, profile=QWebEngineProfile()):
        for places in crowds:
            with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
                view.set_features(_features(places, 4 if len(places) == 4 else 2), fit=False)
            middle = sum(p[1] for p in places) / len(places) if centred else 0.0
            with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
                view.fit_bbox(middle - 180.0, -60.0, middle + 180.0, 75.0)
            described = wait_at_rest(qtbot, view)
            assert described["clusters"] == 1, (described["view"], described["clusters"])
            labels = json.loads(run_js(qtbot, view, CROWD_LABELS))
            named.append(labels[0]["text"] if labels else None)
        assert view.console_errors == []
    return named


def _workspace(folder: Path):
    from explorer.pipeline import analyse_sources
    from explorer.workspace import Workspace

    workspace = Workspace()
    workspace.set_analysis(analyse_sources([folder]))
    return workspace


def test_a_title_says_which_conflicts_the_claims_shown_are_in():
    """stances_fresh20 (fourteen stories nobody on the team wrote): its brief was titled
    "stances fresh20", its folder's name, which says nothing of the eleven conflicts its
    claims are in. The title now follows the folder's name with the conflicts of the claims
    shown, those with most claims first, two named and the rest counted; a search that
    leaves claims of one conflict names that one; one that leaves none, the folder alone;
    one conflict chosen in the filters is the title, as before."""
    workspace = _workspace(STANCES20)
    title = workspace.default_title(STANCES20)
    assert title == "stances fresh20: Yemen, Bosnia and Herzegovina, and 9 more conflicts", title
    workspace.set_search("Russia")
    assert workspace.default_title(STANCES20) == "stances fresh20: Russia–Ukraine war"
    workspace.set_search("Iraq")  # no claim of this batch says it
    assert workspace.default_title(STANCES20) == "stances fresh20"


@pytest.mark.skipif(not STANCE_DOCS.is_dir(), reason="../shared/eval is not beside the project")
def test_the_stance_documents_brief_is_titled_by_their_conflicts():
    """The stance documents (42 stories of AG News and TR-News) open from ".../stances/docs":
    their brief was titled "stances"; it now says the conflicts most of its claims are in,
    and, searched for "Iraq", the two whose claims say it."""
    workspace = _workspace(STANCE_DOCS)
    assert workspace.default_title(STANCE_DOCS) == "stances: Syria, Iraq, and 6 more conflicts"
    workspace.set_search("Iraq")
    assert workspace.default_title(STANCE_DOCS) == "stances: Iraq, Syria"


@pytest.fixture(scope="module")
def _places16_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, PLACES16)


def test_zoom_to_items_chooses_the_worlds_window_for_the_items_shown(
    _places16_template, qtbot, tmp_path
):
    """places_fresh16 (eleven stories on every continent) at 1280 x 760 opens on the world
    from 180 W. Searched for its Pacific story's file and fitted ("Zoom to items"), the
    view stayed the world from 180 W at zoom 1 (on e2bb67a4: 175.1 W .. 176.5 E), the
    islands from Palau to the Cook Islands at its two edges: the world's window was chosen
    once, for every item. A fit now chooses it for the items shown: the Pacific, as the story
    opened alone shows it; the search cleared and fitted again, the world from 180 W."""
    from tests.pages import wait_at_rest

    state = _window(qtbot, tmp_path, PLACES16, _places16_template)
    try:
        view = state.window.map
        west, _s, east, _n = wait_at_rest(qtbot, view)["bounds"]
        assert west < -150 and east < 200, (west, east)
        state.workspace.set_search("pw-looptonga-palau")
        state.window.flush()
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            state.controller.fit()
        described = wait_at_rest(qtbot, view)
        west, _s, east, _n = described["bounds"]
        assert 100 <= west <= 134.5 and 200.2 <= east <= 300, described["bounds"]
        assert described["view"]["zoom"] >= 1.75, described["view"]
        state.workspace.set_search("")
        state.window.flush()
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            state.controller.fit()
        west, _s, east, _n = wait_at_rest(qtbot, view)["bounds"]
        assert west < -150 and east < 200, (west, east)
        assert view.console_errors == []
    finally:
        _close(state)
