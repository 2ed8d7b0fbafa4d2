"""The analyst's path, twenty-sixth pass (uxlook19): what uxlook18 left. A crowd two regions
hold ("Horn of Africa, Middle East (14)") had no shorter name and showed its count alone where
the whole name found no room; a brief's PDF had an empty title field (its metadata); the
stance documents' graph of all conflicts had 7 labels across other edges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_ux_uxlook17 import crowd_names

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STANCE_DOCS = ROOT.parent / "shared" / "eval" / "stances" / "docs"

# crowds two regions hold, written for this test (no batch's), each with its name in a map
# 180 pixels wide, where a long two-region name fits at none of its four spots
PAIRS = [
    # the Horn of Africa and three countries across the Red Sea and the Gulf of Aden: more
    # than a region names beside it; the Horn holds four of the seven
    (
        [
            ("Addis Ababa", 38.7, 9.0, "ET"),
            ("Mogadishu", 45.3, 2.0, "SO"),
            ("Asmara", 38.9, 15.3, "ER"),
            ("Djibouti", 43.1, 11.6, "DJ"),
            ("Sanaa", 44.2, 15.4, "YE"),
            ("Jeddah", 39.2, 21.5, "SA"),
            ("Muscat", 58.4, 23.6, "OM"),
        ],
        "Horn of Africa +3 (14)",
    ),
    # four countries of Southeast Asia and three of Oceania: named "Oceania, Southeast Asia",
    # shortened to the region that holds most of them, not the first in the name
    (
        [
            ("Manila", 121.0, 14.6, "PH"),
            ("Bandar Seri Begawan", 114.9, 4.9, "BN"),
            ("Kota Kinabalu", 116.1, 5.98, "MY"),
            ("Manado", 124.8, 1.5, "ID"),
            ("Koror", 134.5, 7.3, "PW"),
            ("Colonia", 138.1, 9.5, "FM"),
            ("Hagatna", 144.8, 13.5, "GU"),
        ],
        "Southeast Asia +3 (14)",
    ),
    # three countries of the Horn of Africa and three of the Middle East: neither region
    # holds most of them; no shorter name (either first would say where most are): the count
    # alone, as before
    (
        [
            ("Addis Ababa", 38.7, 9.0, "ET"),
            ("Mogadishu", 45.3, 2.0, "SO"),
            ("Djibouti", 43.1, 11.6, "DJ"),
            ("Sanaa", 44.2, 15.4, "YE"),
            ("Jeddah", 39.2, 21.5, "SA"),
            ("Muscat", 58.4, 23.6, "OM"),
        ],
        None,
    ),
    # four countries of Europe and four of the Middle East: the whole name fits, as before
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
    # one region holds them all: named whole, as before
    (
        [
            ("Mexico City", -99.1, 19.4, "MX"),
            ("Guatemala", -90.5, 14.6, "GT"),
            ("Bogota", -74.1, 4.7, "CO"),
            ("Caracas", -66.9, 10.5, "VE"),
        ],
        "Latin America (16)",
    ),
]


def test_a_crowd_two_regions_hold_gives_way_to_the_one_holding_most(qtbot):
    """A map 180 pixels wide, the world centred on each crowd: on 2db5d281 the Horn of Africa
    with Yemen, Saudi Arabia and Oman, and Southeast Asia with three lands of Oceania,
    showed their counts alone ("Horn of Africa, Middle East (14)" fits at no spot); they now
    read "Horn of Africa +3" and "Southeast Asia +3", the region that holds more of their
    countries than it leaves out and how many it leaves out."""
    named = crowd_names(qtbot, (180, 640), [places for places, _want in PAIRS], centred=True)
    assert named == [want for _places, want in PAIRS], named


def test_the_briefs_pdf_is_titled_in_its_metadata(qapp, seeds_project, tmp_path):
    """``explorer brief`` on the seeds: on 2db5d281 the PDF's title field (its information
    dictionary) was empty, so a viewer's title bar and tab said the file's name, not the
    brief's; it now holds the brief's title, in any script, and the page's title stays the
    first line of its first page. Read back by Qt's own PDF reader."""
    from PySide6.QtPdf import QPdfDocument

    from tests.test_cli import run_cli

    title = "Caucasus (Nagorno-Karabakh) – Кавказ: Brief"
    out = tmp_path / "brief.pdf"
    result = run_cli("brief", str(SEEDS), "-o", str(out), "--title", title)
    assert result.returncode == 0, result.stderr
    document = QPdfDocument()
    document.load(str(out))
    assert document.status() == QPdfDocument.Status.Ready
    assert document.metaData(QPdfDocument.MetaDataField.Title) == title
    assert document.metaData(QPdfDocument.MetaDataField.Creator) == "Chromium"  # kept
    assert document.pageCount() >= 3
    assert document.getAllText(0).text().startswith(title)


@pytest.mark.skipif(not STANCE_DOCS.is_dir(), reason="../shared/eval is not beside the project")
def test_the_stance_documents_graph_has_its_labels_clear(qapp, tmp_path):
    """The stance documents (42 stories of AG News and TR-News), ``explorer sides -f json``,
    drawn by the window's graph in a Sides dock of 369 pixels, as ``benchmarks/graph_labels.py``
    counts: on 2db5d281 the graph of all conflicts had 7 labels across another edge (the United
    States' fan of six edges to Afghanistan and Iraq, packed at the top of the middle column,
    with Syria's edges through it) and Syria's own graph 1. Levelled, with the two lines from
    the United States to the Afghan mujahideen bowed apart, 1 and 0; no label on a node or on
    another label, no sideways scroll, no edge through a name."""
    from benchmarks.graph_labels import count
    from tests.test_cli import run_cli

    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = run_cli("sides", str(STANCE_DOCS), "-f", "json", env=env)
    assert result.returncode == 0, result.stderr
    theatres = json.loads(result.stdout)["theatres"]
    every = [dict(s, theatre_name=t["name"]) for t in theatres for s in t["stances"]]
    labels, on_node, on_label, across, scroll, through = count(every)
    assert (labels, on_node, on_label, scroll, through) == (26, 0, 0, 0, 0)
    assert across <= 1, across
    syria = next(t for t in theatres if t["name"] == "Syria")
    rows = [dict(s, theatre_name="Syria") for s in syria["stances"]]
    assert count(rows)[1:] == (0, 0, 0, 0, 0)
