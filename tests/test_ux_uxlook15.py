"""The analyst's path, twenty-second pass (uxlook15): what uxlook13-14 left. A story whose
places lie across the antimeridian (the Pacific's islands, the Bering Strait) opened on the
whole world at zoom 1, its places specks at the map's two edges; it now opens on a view
centred on the Pacific, the basemap, its names and the items drawn past 180 degrees. A long
word of the Sides table broke at any letter ("Commiss-ioner", "Czech-oslova-kia"); it now
breaks only between its syllables (LibreOffice's hyphenation patterns, through pyphen), and
the packaged app carries the one dictionary it reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _template
from tests.test_ux_uxlook9 import _window
from tests.test_ux_uxlook14 import SOFT, long_names_panel

ROOT = Path(__file__).resolve().parent.parent
PACIFIC = ROOT / "benchmarks" / "data" / "places_fresh16" / "docs" / "pw-looptonga-palau.txt"
# A story of another sense, written for this test: towns on both sides of the Bering Strait
# and Moscow, Russia named as a country.
BERING = """Ferry across the Bering Strait proposed again

ANCHORAGE, Alaska (Wire) - Officials from Alaska and from Russia's Chukotka region met in \
Anchorage on Friday to discuss a summer ferry between Nome and Anadyr.

The route would carry families of the Yupik and Chukchi peoples who live on both sides of the \
Bering Strait, the governor's office said.

A delegation from Provideniya, a port town in Chukotka, said it would ask Moscow for the \
permits. Officials in Nome welcomed the plan.
"""
# the basemap's names on the map, in the order drawn
BASEMAP_NAMES = """JSON.stringify(Array.prototype.map.call(
  document.querySelectorAll('.explorer-basemap-label'), function (el) { return el.innerText; }))"""


def _folder(tmp_path_factory, name: str, files: dict[str, str]) -> Path:
    folder = tmp_path_factory.mktemp(name)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def _pacific(tmp_path_factory):
    folder = _folder(tmp_path_factory, "pacific", {PACIFIC.name: PACIFIC.read_text("utf-8")})
    return folder, _template(tmp_path_factory, folder)


@pytest.fixture(scope="module")
def _bering(tmp_path_factory):
    folder = _folder(tmp_path_factory, "bering", {"bering-ferry.txt": BERING})
    return folder, _template(tmp_path_factory, folder)


def test_a_pacific_story_opens_on_the_pacific(_pacific, qtbot, tmp_path):
    """places_fresh16's cable between Palau and Guam, alone, at 1280 x 760: its countries lie
    from Palau (134.5 E) to the Cook Islands (159.8 W) and the United States. On 742a67b1
    the first view was the world at zoom 1 (175.1 W .. 176.5 E), the islands at its two
    edges. It now spans the Pacific from west of Palau to the United States, the Cook Islands
    at 200.2 (159.8 W drawn one world east), zoomed in a step or more; the basemap is drawn
    there, its names with it (Canada's and the North Pacific's, whose places lie west of the
    world's new edge)."""
    from tests.pages import run_js, wait_at_rest

    folder, template = _pacific
    state = _window(qtbot, tmp_path, folder, template)
    try:
        view = state.window.map
        described = wait_at_rest(qtbot, view)
        west, _, east, _ = described["bounds"]
        assert 100 <= west <= 134.5 and 200.2 <= east <= 300, described["bounds"]
        assert described["view"]["zoom"] >= 1.75, described["view"]
        names = " ".join(json.loads(run_js(qtbot, view, BASEMAP_NAMES))).lower()
        assert "canada" in names and "north pacific" in names.replace("\n", " "), names
    finally:
        _close(state)


def test_a_story_across_the_bering_strait_opens_across_it(_bering, qtbot, tmp_path):
    """A story of another sense: Anchorage, Nome and Provideniya on the two sides of the
    Bering Strait, and Moscow. On 742a67b1 the view was the world at zoom 1 (172.3 W ..
    179.3 E), Nome's cluster at its west edge and Provideniya's beside it. It now runs from
    west of Moscow east across Russia to Alaska (drawn past 180), every point in it."""
    from tests.pages import wait_at_rest

    folder, template = _bering
    state = _window(qtbot, tmp_path, folder, template)
    try:
        described = wait_at_rest(qtbot, state.window.map)
        west, south, east, north = described["bounds"]
        w, s, e, n = described["items"]
        assert 0 <= west <= 37.6 and 194.6 <= east <= 260, described["bounds"]
        assert w >= 37.6 and e >= 186.8, described["items"]  # Provideniya at 186.8, Nome 194.6
        assert west <= w and east >= e and south <= s and north >= n, described
        assert described["view"]["zoom"] >= 1.5, described["view"]
    finally:
        _close(state)


# Where each word of uxlook14's names of other senses may break, written by hand from an
# English dictionary's division (none from the patterns the code reads).
SYLLABLES = {
    "Czechoslovakia": "Czech|o|slo|va|ki|a",
    "Counterrevolutionaries": "Coun|ter|rev|o|lu|tion|ar|ies",
    "Internationalist": "In|ter|na|tion|al|ist",
    "Confederation": "Con|fed|er|a|tion",
    "Parliamentarians'": "Par|lia|men|tar|i|ans'",
    "Commissioner": "Com|mis|sion|er",
    "administration": "ad|min|is|tra|tion",
}


def _boundaries(division: str) -> set[int]:
    pieces = division.split("|")
    return {sum(len(p) for p in pieces[:i]) for i in range(1, len(pieces))}


@pytest.mark.parametrize("width", [400, 360])
def test_a_long_word_breaks_only_between_its_syllables(qtbot, width):
    """The names of other senses in a panel narrower than their longest words: on 742a67b1
    each broken word took a soft hyphen between any two letters and Qt broke it where the
    room ended ("Counterr-evolution-aries", "Commiss-ioner"). Every break point of a broken
    word is now between two of its syllables, the table still whole in the panel, no cell
    cut."""
    from explorer.ui.sides_panel import COLUMNS
    from tests.test_analyst_path10 import _cut

    panel = long_names_panel(qtbot, width)
    table = panel.table
    shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    assert [c for r in range(3) for c in shown if _cut(table, r, c)] == []
    texts = [str(table.model().index(r, c).data()) for r in range(3) for c in shown]
    broken = [w for t in texts for w in re.split("[ \n]", t) if SOFT in w]
    checked = [w for w in broken if w.replace(SOFT, "") in SYLLABLES]
    assert len(checked) >= 4, broken
    for word in checked:
        plain = word.replace(SOFT, "")
        pieces = word.split(SOFT)
        points = {sum(len(p) for p in pieces[:i]) for i in range(1, len(pieces))}
        assert points <= _boundaries(SYLLABLES[plain]), (word.replace(SOFT, "|"), plain)


def test_the_bundle_carries_the_hyphenation_dictionary_it_reads(tmp_path_factory):
    """The packaged app reads pyphen's American English patterns: the spec collects them
    (PyInstaller's contributed hook would too, once its analysis sees the import) and the
    trims keep them, dropping the other 84 languages' (6 MB)."""
    from tests.test_packaging import bundle, spec

    made, _ = spec.__wrapped__(tmp_path_factory)
    collected = {Path(f, Path(s).name).as_posix() for s, f in made["Analysis"].kwargs["datas"]}
    assert {"pyphen/dictionaries/hyph_en_US.dic", "pyphen/dictionaries/hyph_de_DE.dic"} <= collected
    kept = {dest.replace("\\", "/") for dest, _, _ in made["Analysis"].datas}  # once trimmed
    assert "pyphen/dictionaries/hyph_en_US.dic" in kept
    assert not any(d.startswith("pyphen/dictionaries/hyph_de") for d in kept)
    assert any(d.startswith("pyphen-") and ".dist-info/" in d for d in kept)  # its version
    assert bundle.trim_toc([("pyphen/dictionaries/hyph_fr.dic", None, "DATA")]) == []


EVAL = ROOT.parent / "shared" / "eval" / "stances"


def test_a_graph_whose_labels_cross_other_edges_spreads_its_rows(qtbot):
    """The stance documents' graph of all conflicts (26 stances, three columns) in a laptop's
    Sides dock (a view of 369 pixels): on 742a67b1, 13 crossings of a label and another edge
    (the fan of the United States' edges, the edges to the Syrian government). Drawn again
    with its rows 24 pixels apart, not 16, it keeps the drawing with fewer: 9, no label on a
    node or on another label, no edge through a name it does not join, no sideways scroll.
    A graph whose labels all lie clear (stances_fresh15's, uxlook12's test) keeps its rows."""
    if not (EVAL / "docs").is_dir():
        pytest.skip(f"{EVAL} is not beside the project")
    from benchmarks.graph_labels import count
    from explorer.export.sides import sides
    from explorer.pipeline import analyse_sources

    theatres = sides(analyse_sources([EVAL / "docs"]))["theatres"]
    rows = [dict(s, theatre_name=t["name"]) for t in theatres for s in t["stances"]]
    assert len(rows) >= 25
    labels, on_node, on_label, across, scroll, through = count(rows)
    assert labels == len(rows) and (on_node, on_label, scroll, through) == (0, 0, 0, 0)
    assert across <= 9, across
