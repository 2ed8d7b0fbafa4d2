"""One excerpt, one set of numbers: the window cites an excerpt by the characters of its file,
as the brief, the KML and the HTML map do (benchmarks/README.md, ux6)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from explorer.export.brief import BriefSpec, brief_html
from explorer.opening import open_sources
from explorer.ui.main_window import MainWindow
from explorer.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
NAME = "t18-alarabiya-panjshir-2021.txt"  # a story whose date line the reader drops


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, Workspace, str]:
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(DATA / "stances_fresh3" / "docs" / NAME, folder)
    opened = open_sources([folder], tmp_path / "project.gpkg")
    ws = Workspace()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    # the panels are filled once the map's page is ready (the page loads first)
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=60_000)
    return window, ws, (folder / NAME).read_text(encoding="utf-8")


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def test_the_evidence_panel_cites_the_file_s_characters_as_the_brief_does(qtbot, tmp_path):
    """The Evidence panel said "[t18-...txt 84–245]" (the cleaned text's) where the brief says
    "characters 102–263" (the file's) for the same excerpt."""
    window, ws, raw = _window(qtbot, tmp_path)
    try:
        brief = brief_html(ws.items, BriefSpec(title="t"))
        in_brief = {
            (int(a), int(b))
            for a, b in re.findall(rf"{re.escape(NAME)}, characters (\d+)–(\d+)", brief)
        }
        cited = [i for i in ws.items if i.evidence]
        assert cited
        moved = 0
        for item in cited:
            ws.select(item.id)
            shown = window.evidence.text()
            spans = re.findall(rf"\[{re.escape(NAME)}, characters (\d+)–(\d+)\] open", shown)
            assert len(spans) == len(item.evidence), shown
            for ev, (a, b) in zip(item.evidence, spans, strict=True):
                start, end = int(a), int(b)
                assert _same(raw[start:end], ev.text)  # the file's characters, the excerpt
                moved += (start, end) != (ev.start, ev.end)
        assert moved  # the date line is gone: the two counts differ in this story
        shown_spans = set()
        for item in cited:
            ws.select(item.id)
            shown_spans |= {
                (int(a), int(b))
                for a, b in re.findall(r"characters (\d+)–(\d+)\]", window.evidence.text())
            }
        assert in_brief and in_brief <= shown_spans  # what the brief cites, the window cites
    finally:
        window.map.shutdown()


def test_open_in_article_selects_the_excerpt_at_the_characters_the_panel_cites(qtbot, tmp_path):
    """The link keeps the analysis's offsets; the Article tab shows the file as written (ux7;
    it showed the cleaned text, labelled "as read") and selects the excerpt at the file's
    characters, the numbers the Evidence panel cites."""
    window, ws, raw = _window(qtbot, tmp_path)
    try:
        item = next(i for i in ws.items if i.evidence and i.evidence[0].start > 0)
        ws.select(item.id)
        ev = item.evidence[0]
        window.evidence.excerpt_activated.emit(ev.doc, ev.start, ev.end)
        assert window.article.selected_span() == (ev.start, ev.end)
        cursor = window.article.browser.textCursor()
        assert _same(cursor.selectedText().replace("\u2029", "\n"), ev.text)
        a, b = window.article.selected_in_file()
        assert window.article.shown_span() == (a, b)  # the tab's characters are the file's
        assert _same(raw[a:b], ev.text)
        assert f"{NAME}, characters {a}–{b}] open" in window.evidence.text()
        assert "as written" in window.article.meta_label.text()
    finally:
        window.map.shutdown()


def test_the_sides_panel_cites_the_file_s_characters(qtbot, tmp_path):
    window, _ws, raw = _window(qtbot, tmp_path)
    try:
        assert window.sides.model.rowCount() > 0
        window.sides.table.selectRow(0)
        shown = html.unescape(window.sides.browser.toPlainText())
        spans = re.findall(rf"\[{re.escape(NAME)}, characters (\d+)–(\d+)", shown)
        stance = window.sides.current_stance()
        assert stance is not None
        assert len(spans) == len(stance["evidence"]), shown
        for ev, (a, b) in zip(stance["evidence"], spans, strict=True):
            assert _same(raw[int(a) : int(b)], ev["text"])
    finally:
        window.map.shutdown()
