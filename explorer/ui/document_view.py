"""One article's cleaned text with every mention highlighted and clickable.

Offsets are character offsets into ``Document.text`` (end exclusive). The page is built so that
each character of the text is exactly one character of the QTextDocument: text is escaped,
runs of white space are kept (``pre-wrap``) and newlines become ``<br>``. Qt counts positions
in UTF-16 code units, so characters beyond the BMP (emoji) are mapped explicitly.
"""

from __future__ import annotations

import bisect
import html
import itertools
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from explorer.model import Document

log = logging.getLogger(__name__)

SCHEME = "item:"
# Light tints of the Okabe-Ito colours; the link underline marks a mention without colour.
KIND_BACKGROUNDS = {
    "place": "#d6eaf8",
    "event": "#fde2c4",
    "asset": "#d4f0e6",
    "theatre": "#efdcef",
    "stance": "#fff3b0",
}
_OTHER_BACKGROUND = "#e8e8e8"


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    item_id: str
    kind: str = ""


def _highlights(text: str, mentions: list[dict[str, Any]]) -> list[Highlight]:
    out = []
    for m in mentions:
        try:
            h = Highlight(int(m["start"]), int(m["end"]), str(m["item_id"]), str(m.get("kind", "")))
        except (KeyError, TypeError, ValueError):
            log.warning("ignoring a mention without start, end and item_id: %r", m)
            continue
        if not 0 <= h.start < h.end <= len(text):
            log.warning(
                "ignoring mention %s at %d-%d outside the text (%d characters)",
                h.item_id,
                h.start,
                h.end,
                len(text),
            )
            continue
        out.append(h)
    return out


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def document_html(text: str, mentions: list[dict[str, Any]]) -> str:
    """The text as rich text, each mention a link ``item:<quoted id>``.

    Overlapping mentions are cut at every boundary; each piece links to the shortest mention
    covering it (the most specific one), so no character is lost or doubled.
    """
    highlights = _highlights(text, mentions)
    cuts = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    parts = ["<div style='white-space:pre-wrap'>"]
    for a, b in itertools.pairwise(cuts):
        covering = [h for h in highlights if h.start <= a and b <= h.end]
        piece = _escape(text[a:b])
        if not covering:
            parts.append(piece)
            continue
        h = min(covering, key=lambda h: (h.end - h.start, h.start))
        background = KIND_BACKGROUNDS.get(h.kind, _OTHER_BACKGROUND)
        parts.append(
            f'<a href="{SCHEME}{quote(h.item_id, safe="")}"'
            f' style="color:#1a1a1a;background-color:{background}">{piece}</a>'
        )
    parts.append("</div>")
    return "".join(parts)


def item_id_of(url: QUrl | str) -> str | None:
    """The item id an ``item:`` link points at, or None for any other link."""
    href = (
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded) if isinstance(url, QUrl) else url
    )
    return unquote(href[len(SCHEME) :]) if href.startswith(SCHEME) else None


class _Utf16Map:
    """Python character offsets <-> QTextDocument positions (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_doc(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def to_text(self, position: int) -> int:
        offset = position
        for n, i in enumerate(self._astral):  # astral characters are rare: a short loop
            if i + n < position:
                offset -= 1
            else:
                break
        return offset


READ_TEXT_NOTE = "the article as read (page furniture and date line dropped, lines joined)"


class DocumentView(QWidget):
    item_activated = Signal(str)  # item id, when a highlighted mention is clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel("", self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.meta_label = QLabel("", self)
        self.meta_label.setStyleSheet("color:#555")
        for label in (self.title_label, self.meta_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # article text is never markup
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.browser, 1)
        self.document: Document | None = None
        self._mentions: list[Highlight] = []
        self._map = _Utf16Map("")
        self.set_document(None)

    # --- public -------------------------------------------------------------------------

    def set_document(
        self, document: Document | None, mentions: list[dict[str, Any]] | None = None
    ) -> None:
        """Show ``document`` with ``mentions`` ({start, end, item_id, kind}) highlighted."""
        self.document = document
        if document is None:
            self.title_label.setText("No article")
            self.meta_label.setText("Choose an excerpt to read it in its article.")
            self.browser.clear()
            self._mentions, self._map = [], _Utf16Map("")
            return
        self.title_label.setText(document.title or document.id)
        # the text as read, not the file: the Evidence panel's "characters a–b" count in the
        # file (as the brief's do), so say which one this is
        self.meta_label.setText(
            " · ".join(
                v
                for v in (
                    document.outlet,
                    document.published or "date unknown",
                    document.id,
                    READ_TEXT_NOTE,
                )
                if v
            )
        )
        self._mentions = _highlights(document.text, mentions or [])
        self._map = _Utf16Map(document.text)
        self.browser.setText(document_html(document.text, mentions or []))

    def scroll_to(self, start: int, end: int | None = None) -> None:
        """Show the span ``[start, end)`` selected, a third of the way down the view.

        Without ``end``, the mention that starts there (or covers it), else its sentence.
        """
        if self.document is None:
            return
        text = self.document.text
        start = max(0, min(start, len(text)))
        if end is None:
            end = self._span_end(start)
        end = max(start, min(end, len(text)))
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_doc(start))
        cursor.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        collapsed = QTextCursor(cursor)
        collapsed.setPosition(cursor.selectionStart())
        top = self.browser.cursorRect(collapsed).top()
        bar.setValue(bar.value() + top - self.browser.viewport().height() // 3)

    def selected_span(self) -> tuple[int, int] | None:
        """The selected ``[start, end)`` in text offsets, or None without a selection."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._map.to_text(cursor.selectionStart()),
            self._map.to_text(cursor.selectionEnd()),
        )

    def highlights(self) -> list[tuple[int, int, str]]:
        """What the page shows highlighted, read back from it: (start, end, item id) in text
        offsets, adjacent pieces of one item joined."""
        out: list[tuple[int, int, str]] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                item_id = item_id_of(fragment.charFormat().anchorHref())
                if item_id is not None:
                    start = self._map.to_text(fragment.position())
                    end = self._map.to_text(fragment.position() + fragment.length())
                    if out and out[-1][2] == item_id and out[-1][1] == start:
                        start = out.pop()[0]
                    out.append((start, end, item_id))
                it += 1
            block = block.next()
        return out

    # --- helpers ------------------------------------------------------------------------

    def _span_end(self, start: int) -> int:
        at = [m for m in self._mentions if m.start == start]
        covering = at or [m for m in self._mentions if m.start <= start < m.end]
        if covering:
            return min(covering, key=lambda m: m.end - m.start).end
        for sentence in self.document.sentences if self.document else []:
            if sentence.start <= start < sentence.end:
                return sentence.end
        return start

    def _on_anchor_clicked(self, url: QUrl) -> None:
        item_id = item_id_of(url)
        if item_id:
            self.item_activated.emit(item_id)
