"""The analyst's path on fresh news nobody tuned on (benchmarks/data/*_fresh*): the map, the
brief and the exports of real stories, as the window and the command line show them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWebEngineCore import QWebEngineProfile

from explorer.items import build_items
from explorer.pipeline import analyse_sources
from tests.pages import TIMEOUT, run_js, shown_map
from tests.test_cli import run_cli

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def fresh_folder(tmp_path: Path, *paths: str) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for path in paths:
        shutil.copy(DATA / path, folder)
    return folder


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1000, 700, profile=QWebEngineProfile())


def test_a_state_the_basemap_has_no_outline_of_leaves_the_map_drawn(tmp_path, view, qtbot):
    """ "the International Criminal Tribunal for the former Yugoslavia": the gazetteer's
    Serbia and Montenegro (CS, 1992-2006), which Natural Earth does not draw. The map listed
    nothing after it (a TypeError in the page), and the brief timed out waiting for it."""
    folder = fresh_folder(tmp_path, "dates_fresh/docs/court-srebrenica-aa-2015.txt")
    items = build_items(analyse_sources([folder]))
    assert any(i.precision == "country" and i.country == "CS" for i in items)
    drawn = [i for i in items if i.precision in ("point", "country") and i.country != "CS"]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.show_items(items, items, fit=True)
    described = json.loads(run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))
    assert described["drawn"] == len(drawn)
    assert view.console_errors == []


def test_a_government_is_named_with_the_adjective_english_news_uses(tmp_path):
    """countryinfo's demonym for the Maldives is "Maldivan", and it was the adjective the
    sides named the government with ("Police opposes Maldivan government"); the curated
    table's form comes first now."""
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse.gazetteer import load_gazetteer

    lexicon = lexicon_for(tuple(load_gazetteer().country_facts()))
    assert [lexicon.adjective(c) for c in ("MV", "KM", "SR", "TR", "TJ")] == [
        "Maldivian",
        "Comorian",
        "Surinamese",
        "Turkish",
        "Tajik",
    ]
    folder = fresh_folder(tmp_path, "events_fresh3/docs/arrest-maldives-2017.txt")
    result = run_cli("sides", str(folder), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert "Maldivan" not in result.stdout and "Maldives" in result.stdout


def test_the_brief_the_kml_and_the_html_map_cite_the_file_s_own_characters(tmp_path):
    """An excerpt's start and end count in the article's cleaned text; a reader opening the
    file counts its own. The story's date line under its headline is dropped, so "characters
    84–245" of t18-alarabiya-panjshir-2021.txt fell 18 characters early ("eptember 7,
    2021 ... Pakistan's military helped")."""
    import html
    import re

    from lxml import etree

    from explorer.export.brief import BriefSpec, brief_html
    from explorer.export.htmlmap import panel_items

    name = "t18-alarabiya-panjshir-2021.txt"
    folder = fresh_folder(tmp_path, f"stances_fresh3/docs/{name}")
    raw = (folder / name).read_text(encoding="utf-8")
    items = build_items(analyse_sources([folder]))

    def cited_right(text: str, start: int, end: int) -> bool:
        return " ".join(raw[start:end].split()) == " ".join(html.unescape(text).split())

    brief = brief_html(items, BriefSpec(title="t"))
    quoted = re.findall(
        rf"“([^”]*)”<br><span class=\"src\">[^<]*{re.escape(name)}, "
        r"characters (\d+)–(\d+)",
        brief,
    )
    assert quoted and all(cited_right(t, int(a), int(b)) for t, a, b in quoted), quoted[:3]
    evidence = [e for r in panel_items(items) for e in r["evidence"]]
    assert evidence and all(cited_right(e["text"], *e["at"]) for e in evidence)
    assert any(e["at"] != [e["start"], e["end"]] for e in evidence)  # the date line is gone
    kml = tmp_path / "x.kml"
    result = run_cli("export", str(folder), "-f", "kml", "-o", str(kml))
    assert result.returncode == 0, result.stderr
    descriptions = "".join(d.text or "" for d in etree.parse(str(kml)).iter("{*}description"))
    quoted = re.findall(r"“([^”]*)”<br><i>[^<]*characters (\d+)–(\d+)", descriptions)
    assert quoted and all(cited_right(t, int(a), int(b)) for t, a, b in quoted), quoted[:3]


def test_a_kind_the_brief_has_no_room_left_for_is_not_called_more(tmp_path, monkeypatch):
    """The 118 fresh stories' brief: 400 items listed, then "Conflicts (32)" and "… and 32
    more conflicts" under it, when none was listed."""
    from explorer.export import brief
    from explorer.export.brief import BriefSpec, brief_html

    folder = fresh_folder(tmp_path, "stances_fresh3/docs/t18-alarabiya-panjshir-2021.txt")
    items = build_items(analyse_sources([folder]))
    conflicts = sum(1 for i in items if i.kind == "theatre")
    assert conflicts and len(items) > conflicts
    monkeypatch.setattr(brief, "MAX_ITEMS", len(items) - conflicts)  # room for all but those
    page = brief_html(items, BriefSpec(title="t"))
    assert f"<h3>Conflicts ({conflicts})</h3>" in page
    assert "more conflicts" not in page
    assert "None listed: a brief lists" in page
