"""The analyst's path, seventh pass (benchmarks/README.md, ux7): the Sides panel follows the
selected item's conflict, and the Article tab shows the article as written with the excerpt
selected at the characters the Evidence panel cites."""

from __future__ import annotations

import re
import shutil
import textwrap
import unicodedata
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from explorer.opening import open_sources
from explorer.ui.document_view import item_id_of
from explorer.ui.main_window import MainWindow
from explorer.workspace import Workspace
from tests.test_window import TIMEOUT, loaded  # noqa: F401  (the seeds in a real window)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
PANJSHIR = (
    ROOT / "benchmarks" / "data" / "stances_fresh3" / "docs" / "t18-alarabiya-panjshir-2021.txt"
)


# --- driving the window as a user does ------------------------------------------------------


def _anchor_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where a link is drawn in a text browser's viewport, scrolled into view."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def _click_link(qtbot, browser: QTextBrowser, href: str) -> None:
    point = _anchor_point(browser, href)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _click_row(qtbot, window: MainWindow, item_id: str) -> None:
    table = window.items.table
    index = table.model().index(window.items.model.row_of(item_id), 0)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def _links(browser: QTextBrowser, prefix: str) -> list[str]:
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href.startswith(prefix) and href not in found:
                found.append(href)
            it += 1
        block = block.next()
    return found


# --- 1. the Sides panel follows the selection ------------------------------------------------


def test_the_sides_panel_shows_the_conflict_of_the_item_selected(loaded, qtbot):  # noqa: F811
    """It kept its conflict: the seeds' air strike in Idlib selected, "Libya (6 stances)"."""
    window, ws = loaded.window, loaded.workspace
    sides = window.sides
    in_syria = [i for i in ws.visible if i.theatre == "syria" and i.kind == "event"]
    in_libya = next(i for i in ws.visible if i.theatre == "libya" and i.kind == "place")
    nowhere = next(i for i in ws.visible if i.kind == "place" and i.theatre is None)
    assert len(in_syria) >= 2
    sides.theatre_box.setCurrentIndex(sides.theatre_box.findData("libya"))  # the analyst's pick
    assert sides.current_theatre() == "libya"

    with qtbot.waitSignal(ws.selection_changed, timeout=TIMEOUT):
        window.map.click_feature(in_syria[0].id)  # on the map
    assert sides.current_theatre() == "syria"
    assert "Syria" in sides.theatre_box.currentText()

    _click_row(qtbot, window, in_libya.id)  # in the Items table
    assert ws.selection == in_libya.id
    assert sides.current_theatre() == "libya"

    _click_row(qtbot, window, nowhere.id)  # no conflict: the one shown stays
    assert ws.selection == nowhere.id
    assert sides.current_theatre() == "libya"

    # a mention clicked in the Article tab: another item of that war in the event's article
    ws.select(in_syria[0].id)
    assert sides.current_theatre() == "syria"
    sides.theatre_box.setCurrentIndex(sides.theatre_box.findData("libya"))
    window.docks["Article"].raise_()
    other = next(
        item_id
        for _a, _b, item_id in window.article.highlights()
        if item_id != in_syria[0].id and ws.item(item_id).theatre == "syria"
    )
    href = next(h for h in _links(window.article.browser, "item:") if item_id_of(h) == other)
    with qtbot.waitSignal(ws.selection_changed, timeout=TIMEOUT):
        _click_link(qtbot, window.article.browser, href)
    assert ws.selection == other
    assert sides.current_theatre() == "syria"


def test_a_pinned_conflict_stays_until_unpinned(loaded, qtbot):  # noqa: F811
    window, ws = loaded.window, loaded.workspace
    sides = window.sides
    in_syria = [i for i in ws.visible if i.theatre == "syria" and i.kind == "event"]
    sides.theatre_box.setCurrentIndex(sides.theatre_box.findData("libya"))
    qtbot.mouseClick(sides.pin, Qt.MouseButton.LeftButton)
    assert sides.pinned
    _click_row(qtbot, window, in_syria[0].id)
    assert ws.selection == in_syria[0].id
    assert sides.current_theatre() == "libya"
    qtbot.mouseClick(sides.pin, Qt.MouseButton.LeftButton)
    assert not sides.pinned
    _click_row(qtbot, window, in_syria[1].id)
    assert sides.current_theatre() == "syria"


# --- 2. the Article tab: the article as written ----------------------------------------------


def _odd(text: str) -> str:
    """A real story written as some sites and archives write it: CRLF, a date line indented
    and ended by a tab, paragraphs hard-wrapped and indented by a tab, two spaces after a full
    stop, a no-break space inside a name and a zero-width space inside a word."""
    head, date, *paras = [p for p in text.split("\n") if p.strip()]
    out = [head, "  " + date + "\t", ""]
    for p in paras:
        p = p.replace(". ", ".  ").replace("Ahmad Massoud", "Ahmad\xa0Massoud")
        p = p.replace("Kabul", "Ka\u200bbul")
        out += ["\t" + line for line in textwrap.wrap(p, 66)] + [""]
    return "\r\n".join(out)


def _page_text(browser: QTextBrowser) -> str:
    """The characters the page holds, a line break as a newline (toPlainText turns a no-break
    space into a space)."""
    return browser.document().toRawText().replace("\u2028", "\n").replace("\u2029", "\n")


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u200b", "").split())


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, Workspace, Path]:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "panjshir.txt").write_bytes(_odd(PANJSHIR.read_text(encoding="utf-8")).encode())
    for name in ("news_page.html", "decomposed_nfd.txt"):
        shutil.copy(CORPUS / name, folder / name)
    opened = open_sources([folder], tmp_path / "project.gpkg")
    ws = Workspace()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    return window, ws, folder


def test_open_in_article_selects_every_excerpt_at_the_characters_the_panel_cites(qtbot, tmp_path):
    """Each "open in article" link of every item, clicked: the tab selects the excerpt at the
    characters the Evidence panel cites, in the file as written (a text file whose cleaning
    moves every offset: CRLF, tabs, hard wraps, a dropped date line, NFD accents), or in the
    text read from an HTML page, whose line under it names the page's characters."""
    window, ws, folder = _window(qtbot, tmp_path)
    try:
        raw = {p.name: p.read_bytes().decode("utf-8-sig") for p in folder.iterdir()}
        article = window.article
        seen = {"panjshir.txt": 0, "news_page.html": 0, "decomposed_nfd.txt": 0}
        moved = 0
        for item in [i for i in ws.items if i.evidence]:
            ws.select(item.id)
            window.docks["Evidence"].raise_()
            shown = window.evidence.text()
            links = _links(window.evidence.browser, "excerpt:")
            cited = re.findall(r"\[([^\]]+), characters (\d+)–(\d+)\] open", shown)
            assert len(links) == len(cited), shown
            for href, (doc, a, b) in zip(links, cited, strict=True):
                with qtbot.waitSignal(window.evidence.excerpt_activated, timeout=TIMEOUT) as hit:
                    _click_link(qtbot, window.evidence.browser, href)
                doc_id, start, end = hit.args
                excerpt = next(e.text for e in item.evidence if (e.doc, e.start) == (doc_id, start))
                a, b = int(a), int(b)
                assert window.docks["Article"].isVisible() and article.document.id == doc
                assert article.selected_span() == (start, end)
                assert article.selected_in_file() == (a, b)
                assert article.where_label.text() == f"Selected: {doc}, characters {a}–{b}"
                selected = article.browser.textCursor().selectedText().replace("\u2029", "\n")
                assert _squash(selected) == _squash(excerpt)
                if doc.endswith(".html"):  # markup is no reading: the page's text as read
                    assert article.shown_span() == (start, end)
                    assert "as read" in article.meta_label.text()
                else:  # the file's own characters, where the panel says they are
                    assert article.shown_span() == (a, b)
                    page = _page_text(article.browser)
                    assert page[a:b] == raw[doc][a:b].replace("\r\n", " \n")
                    assert "as written" in article.meta_label.text()
                seen[doc] += 1
                moved += (a, b) != (start, end)
        assert all(seen.values()), seen
        assert moved  # the cleaning moved the offsets: the two counts differ
    finally:
        window.map.shutdown()


def test_the_article_tab_shows_the_file_with_its_mentions_where_they_are_written(qtbot, tmp_path):
    """The whole file, line for line (the date line the reader drops included), and every
    mention highlighted on the file's characters that read as the mention."""
    window, ws, folder = _window(qtbot, tmp_path)
    try:
        raw = (folder / "panjshir.txt").read_bytes().decode("utf-8")
        place = next(i for i in ws.items if i.kind == "place" and i.name == "Kabul")
        ws.select(place.id)
        article = window.article
        assert article.document.id == "panjshir.txt"
        shown = _page_text(article.browser)
        assert shown == raw.replace("\r\n", " \n")  # a character for a character
        assert "  September 7, 2021\t" in shown  # dropped from the text read, kept here
        text = article.document.text
        read_as: dict[str, set[str]] = {}  # what each item's mentions read in the text
        for m in ws.mentions_in("panjshir.txt"):
            read_as.setdefault(m["item_id"], set()).add(_squash(text[m["start"] : m["end"]]))
        highlights = article.highlights()
        assert highlights
        for a, b, item_id in highlights:  # pieces of an overlapped mention read as a part of it
            assert any(_squash(shown[a:b]) in said for said in read_as[item_id]), item_id
        kabul = [(a, b) for a, b, i in highlights if i == place.id]
        assert kabul and all(shown[a:b] == "Ka\u200bbul" for a, b in kabul)
    finally:
        window.map.shutdown()


def test_the_excerpt_is_in_view_when_the_article_tab_is_brought_forward(loaded, qtbot):  # noqa: F811
    """A selection opens its excerpt in the Article tab behind the Evidence tab; brought
    forward, the tab showed the text laid out at its hidden width, the excerpt out of view."""
    window, ws = loaded.window, loaded.workspace
    documents = ws.documents
    far = next(
        i
        for i in ws.visible
        if i.evidence and i.evidence[0].start > len(documents[i.evidence[0].doc].text) * 2 // 3
    )
    window.docks["Evidence"].raise_()
    ws.select(far.id)
    window.docks["Article"].raise_()
    browser = window.article.browser

    def in_view() -> bool:
        cursor = QTextCursor(browser.textCursor())
        cursor.setPosition(cursor.selectionStart())
        rect = browser.cursorRect(cursor)
        return rect.top() >= 0 and rect.bottom() <= browser.viewport().height()

    qtbot.waitUntil(lambda: browser.isVisible() and in_view(), timeout=5_000)
    assert window.article.selected_span() == (far.evidence[0].start, far.evidence[0].end)


# --- 3. one stance claimed by several speakers: rows told apart -------------------------------


def test_rows_of_one_stance_claimed_by_several_speakers_are_told_apart(qtbot, tmp_path):
    """ "Russia supplies Myanmar military junta", stated by a story and claimed in it by three
    speakers, was four rows that read the same (the speaker in a tooltip only)."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(ROOT / "benchmarks/data/stances_fresh4/docs/u05-rocketry-sukhoi-2022.txt", folder)
    opened = open_sources([folder], tmp_path / "project.gpkg")
    ws = Workspace()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1600, 960)
    window.show()
    try:
        ws.set_analysis(opened.analysis, opened.project, opened.reviews)
        table = window.sides.table
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=TIMEOUT)
        width = table.viewport().width()
        shown_columns = [
            c
            for c in range(model.columnCount())
            if not table.isColumnHidden(c) and table.columnViewportPosition(c) < width - 20
        ]
        rows = [
            tuple(model.index(r, c).data() or "" for c in shown_columns)
            for r in range(model.rowCount())
        ]
        assert len(set(rows)) == len(rows), rows  # what is in view tells every row apart
        from explorer.ui.sides_panel import COLUMNS

        speaker = COLUMNS.index("Claimed by")  # the last column since uxlook8
        claimed = [model.index(r, speaker).data() for r in range(model.rowCount())]
        assert model.headerData(speaker, Qt.Orientation.Horizontal) == "Claimed by"
        assert sum(bool(c) for c in claimed) >= 2
    finally:
        window.map.shutdown()


# --- 4. the item's name marked in its excerpts -----------------------------------------------


def _marked(browser: QTextBrowser) -> list[tuple[int, int]]:
    """(start, end) of every bold piece of the panel's text, in its plain text."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            marked = fragment.charFormat().background().color().name() == "#ffe58a"
            if fragment.charFormat().fontWeight() >= 700 and marked:
                out.append((fragment.position(), fragment.position() + fragment.length()))
            it += 1
        block = block.next()
    return out


def test_the_evidence_panel_marks_whole_words_never_a_name_inside_a_word(loaded, qtbot):  # noqa: F811
    """ "when Russia|n fighter jets bombed": the actor Russia was marked inside "Russian"."""
    window, ws = loaded.window, loaded.workspace
    checked = 0
    for item in [i for i in ws.visible if i.evidence]:
        ws.select(item.id)
        text = window.evidence.browser.document().toPlainText()
        for a, b in _marked(window.evidence.browser):
            assert not (a > 0 and text[a - 1].isalnum()), (item.id, text[a - 1 : b + 1])
            assert not (b < len(text) and text[b].isalnum()), (item.id, text[a - 1 : b + 1])
            checked += 1
    assert checked > 50
    strike = next(
        i for i in ws.visible if "Russia" in i.actors and "Russian fighter" in i.evidence[0].text
    )
    ws.select(strike.id)
    text = window.evidence.browser.document().toPlainText()
    assert "Russian" in [text[a:b] for a, b in _marked(window.evidence.browser)]
