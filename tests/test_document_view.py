"""The document view: cleaned text, every mention highlighted at its exact offsets, clickable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from explorer.model import Document, Span
from explorer.ui.document_view import DocumentView, document_html, item_id_of

TEXT = (
    'Officials in Baku <b>welcomed</b> the talks & said "so".\n'
    "\n"
    "  Later, the   Trans-Anatolian pipeline\treached Erzurum 😀 and Kars.\n"
)


def _mention(word: str, item_id: str, kind: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return {"start": start, "end": start + len(word), "item_id": item_id, "kind": kind}


MENTIONS = [
    _mention("Baku", "place:geonames:587084", "place"),
    _mention("talks", "event:talks#1", "event"),
    _mention("Trans-Anatolian pipeline", "asset:tanap", "asset"),
    _mention("Erzurum", "place:geonames:315368", "place"),
    _mention("Kars", "place:a b/é?&", "place"),  # after an emoji: two UTF-16 units, one char
]


def _document(text: str = TEXT) -> Document:
    sentences = (
        [Span(0, text.index("\n")), Span(text.index("Later"), len(text) - 1)]
        if (text == TEXT)
        else []
    )
    return Document(
        id="caspian.txt",
        path="",
        title="Gas <across> the Caspian",
        text=text,
        sha256="0",
        outlet="Some outlet",
        published="2020-10-01",
        sentences=sentences,
    )


@pytest.fixture
def view(qtbot):
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_document(_document(), MENTIONS)
    return view


def test_the_header_shows_title_outlet_and_date_as_plain_text(view):
    assert view.title_label.text() == "Gas <across> the Caspian"
    assert "Some outlet" in view.meta_label.text() and "2020-10-01" in view.meta_label.text()


def test_the_text_is_shown_exactly_escaped_not_interpreted(view):
    shown = view.browser.toPlainText()
    assert "<b>welcomed</b>" in shown and '& said "so"' in shown
    assert shown == TEXT  # white space, newlines and all
    # Qt counts the emoji as two positions: offsets after it must be mapped, not copied.
    assert view.browser.document().characterCount() - 1 == len(TEXT) + 1


def test_every_highlight_covers_exactly_its_mention(view):
    shown = view.highlights()
    assert shown == [(m["start"], m["end"], m["item_id"]) for m in MENTIONS]
    for start, end, item_id in shown:
        expected = next(m for m in MENTIONS if m["item_id"] == item_id)
        assert TEXT[start:end] == TEXT[expected["start"] : expected["end"]]


def test_overlapping_mentions_lose_no_character_and_the_shorter_wins_its_part(qtbot):
    text = "the Nagorno-Karabakh conflict"
    region = {"start": 4, "end": 20, "item_id": "theatre:nk", "kind": "theatre"}
    whole = {"start": 4, "end": 29, "item_id": "event:conflict", "kind": "event"}
    view = DocumentView()
    qtbot.addWidget(view)
    view.set_document(_document(text), [whole, region])
    assert view.highlights() == [(4, 20, "theatre:nk"), (20, 29, "event:conflict")]
    assert view.browser.toPlainText() == text


def test_mentions_outside_the_text_are_ignored(qtbot, caplog):
    view = DocumentView()
    qtbot.addWidget(view)
    bad = [
        {"start": 3, "end": 99, "item_id": "x"},
        {"start": 5, "end": 5, "item_id": "y"},
        {"end": 2, "item_id": "z"},
    ]
    view.set_document(_document("short text"), bad)
    assert view.highlights() == []
    assert view.browser.toPlainText() == "short text"
    assert "ignoring" in caplog.text


def test_clicking_a_highlight_announces_its_item(view, qtbot):
    for mention in MENTIONS:
        with qtbot.waitSignal(view.item_activated) as activated:
            view.browser.anchorClicked.emit(QUrl(_href_of(view, mention)))
        assert activated.args == [mention["item_id"]]
    with qtbot.assertNotEmitted(view.item_activated):
        view.browser.anchorClicked.emit(QUrl("https://example.org/"))


def _href_of(view: DocumentView, mention: dict) -> str:
    """The href the page holds at the mention's first character."""
    cursor = QTextCursor(view.browser.document())
    position = mention["start"] + TEXT[: mention["start"]].count("😀")
    cursor.setPosition(position + 1)
    return cursor.charFormat().anchorHref()


def test_a_real_mouse_click_on_a_highlight(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to(MENTIONS[0]["start"])
    cursor = view.browser.textCursor()
    cursor.setPosition(cursor.selectionStart() + 1)
    point = view.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [MENTIONS[0]["item_id"]]


def test_scroll_to_selects_a_mention_or_a_given_span(view):
    kars = MENTIONS[-1]
    view.scroll_to(kars["start"])
    assert view.selected_span() == (kars["start"], kars["end"])
    assert view.browser.textCursor().selectedText() == "Kars"
    view.scroll_to(3, 12)
    assert view.selected_span() == (3, 12)
    later = TEXT.index("Later")
    view.scroll_to(later)  # no mention starts there: its sentence
    assert view.selected_span() == (later, len(TEXT) - 1)


def test_scroll_to_brings_a_span_far_down_into_view(qtbot):
    text = "".join(f"Line {n} of a long article.\n" for n in range(400)) + "Sochi at last."
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(400, 250)
    view.show()
    qtbot.waitExposed(view)
    start = text.index("Sochi")
    view.set_document(_document(text), [{"start": start, "end": start + 5, "item_id": "p"}])
    view.scroll_to(start)
    cursor_rect = view.browser.cursorRect(view.browser.textCursor())
    assert view.browser.verticalScrollBar().value() > 0
    assert view.browser.viewport().rect().contains(cursor_rect.center())


def test_no_document_clears_the_view(view):
    view.set_document(None)
    assert view.browser.toPlainText() == "" and view.highlights() == []
    view.scroll_to(5)  # harmless
    assert view.selected_span() is None


def test_ids_survive_the_link_round_trip():
    for item_id in ("place:geonames:745044", "a b#c%d/é?x&y'\"<"):
        html = document_html("xy", [{"start": 0, "end": 2, "item_id": item_id}])
        href = html.split('href="')[1].split('"')[0]
        assert item_id_of(QUrl(href)) == item_id
    assert item_id_of(QUrl("https://example.org")) is None
