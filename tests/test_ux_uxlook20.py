"""The analyst's path, twenty-seventh pass (uxlook20): what uxlook19 left. A basemap name
placed at a view the items' labels were not reported for lay half under one ("NORTH
ATLANTIC OCEAN" under "Athens +2" read "LANTIC OCEAN"); events titled by their kind alone
("Attack", "Agreement", "Attack: troops") could not be told apart; a crowd of two countries
("India, Pakistan") had no shorter name where the whole found no room."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.mapdata import _feature
from tests.pages import TIMEOUT, run_js, shown_map
from tests.test_ux_uxlook17 import crowd_names

ROOT = Path(__file__).resolve().parent.parent
STANCES22 = ROOT / "benchmarks" / "data" / "stances_fresh22" / "docs"

WORLD = (-100.0, -50.0, 120.0, 60.0)
NAMES = """JSON.stringify(Array.from(document.querySelectorAll(".explorer-basemap-label"))
  .map(function (e) { return e.textContent; }))"""
# the basemap's names placed again with no boxes told for the view, as when they are placed at
# a view the items' labels were placed at before (a fit's last pan, a resize): the map that
# draws the basemap is the one its renderer is on
PLACED_AGAIN = """(function () {
  var map = explorerBasemap.prepare().renderer._map;
  explorerBasemap.avoid(map, []);
  return JSON.stringify(Array.from(document.querySelectorAll(".explorer-basemap-label"))
    .map(function (e) { return e.textContent; }));
})()"""


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 900, 600)


def test_a_basemap_name_never_lies_under_an_items_label_whatever_the_order(view, qtbot):
    """The Indian Ocean's name under a research station's long label: hidden when the items'
    boxes are told at the view (as before), and still hidden when the names are placed again
    with none told (on 353a3c12 the name came back under the label)."""
    station = {"Research station of the southern ocean": (80.0, -20.0), "Reykjavik": (-21.9, 64.1)}
    collection = {
        "type": "FeatureCollection",
        "features": [
            _feature(f"place:{n}", "place", n, {"type": "Point", "coordinates": list(p)})
            for n, p in station.items()
        ],
    }
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection)
        view.fit_bbox(*WORLD)
        view.start(still=True)
    assert "Indian Ocean" not in json.loads(run_js(qtbot, view, NAMES))
    again = json.loads(run_js(qtbot, view, PLACED_AGAIN))
    assert "Indian Ocean" not in again, again
    assert again, "the other names are still drawn"
    assert view.console_errors == []


def test_events_titled_by_their_kind_alone_say_their_date_or_article(tmp_path):
    """stances_fresh22's three events with no place and nobody named, analysed as a folder:
    "Agreement", "Attack" and "Attack: troops" in the Items table (uxlook19 saw them); each now
    says its own date, or the day its article appeared, from the item's own fields."""
    from explorer.items import build_items
    from explorer.pipeline import analyse_sources

    for name in (
        "n07-chinadaily-sudan-says-south-sudan-attacked-heglig-2012.txt",
        "n08-sudantribune-qatar-to-mediate-djibouti-eritrea-2010.txt",
        "n09-uawire-mali-cuts-ties-with-ukraine-2024.txt",
    ):
        shutil.copy(STANCES22 / name, tmp_path / name)
    names = {i.name for i in build_items(analyse_sources([tmp_path])) if i.kind == "event"}
    assert {
        "Agreement, 8 June 2010",
        "Attack, July 2024",
        "Attack: troops, reported 11 April 2012",
    } <= names, names
    assert not names & {"Agreement", "Attack", "Attack: troops"}
    # a placed event, or one with a named actor, keeps its title
    assert "Attack: Sudanese Armed Forces (SAF) in Khartoum" in names, names


# four towns, four items each: a crowd (more than nine items) of two countries
INDIA_PAKISTAN = [
    ("Delhi", 77.2, 28.6, "IN"),
    ("Amritsar", 74.9, 31.6, "IN"),
    ("Lahore", 74.3, 31.5, "PK"),
    ("Multan", 71.5, 30.2, "PK"),
]


def test_a_crowd_of_two_countries_has_a_shorter_name(qtbot):
    """A map 120 pixels wide: "India, Pakistan (16)" fits at no spot, and on 353a3c12 the crowd
    showed its count alone; it now reads its most prominent item's country and "+1". At 300
    pixels the whole name, as before."""
    narrow = crowd_names(qtbot, (120, 640), [INDIA_PAKISTAN], centred=True)
    assert narrow[0] in ("India +1 (16)", "Pakistan +1 (16)"), narrow
    wide = crowd_names(qtbot, (300, 640), [INDIA_PAKISTAN], centred=True)
    assert wide == ["India, Pakistan (16)"], wide
