"""One article as written, with every mention highlighted and clickable.

An analyst reads the article as its file has it, and the Evidence panel cites an excerpt by
the file's characters (ux6): so a text or Markdown file is shown as written, character for
character, and an excerpt is selected at the very characters the panel cites. An HTML file's
characters are markup: it is shown as its text was read (markup and page furniture dropped).

The view's API counts in ``Document.text`` (the cleaned text every item's evidence counts in,
end exclusive); ``Reading`` maps those spans onto the text shown, through ``Document.offsets``.
The page is built so that each character of the shown text is exactly one character of the
QTextDocument: text is escaped, runs of white space are kept (``pre-wrap``), newlines become
``<br>`` and a carriage return before one a space. Qt counts positions in UTF-16 code units,
so characters beyond the BMP (emoji) are mapped explicitly.
"""

from __future__ import annotations

import bisect
import html
import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from explorer.corpus.textmap import source_range
from explorer.listing import KINDS

if TYPE_CHECKING:  # the item contract: imported by the thread that reads the project
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


AS_WRITTEN_NOTE = "as written in the file"
READ_TEXT_NOTE = "the page's text as read (markup and page furniture dropped)"
# what splits lines in a file (str.splitlines) and the control characters a page cannot show
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def displayable(raw: str) -> str:
    """The file's text as the page shows it, one character for one: a line break of any kind
    is a newline (a carriage return before a newline is a space, not a second break), and a
    control character the page cannot show is U+FFFD."""
    if not _ODD.search(raw):
        return raw  # the common case: newlines and tabs, shown as they are
    return _ODD.sub(
        lambda m: "\n" if m.group() in _LINE_BREAKS else "\ufffd", raw.replace("\r\n", " \n")
    )


def _increasing(offsets: Sequence[int]) -> bool:
    """Whether the cleaned text keeps the file's order (a span maps to one stretch of it)."""
    runs = getattr(offsets, "runs", None)
    if runs is not None:  # explorer.model.OffsetRuns: check run by run
        pairs = runs()
        ends = [start for start, _ in pairs[1:]] + [len(offsets)]
        last = -1
        for (start, value), end in zip(pairs, ends, strict=True):
            if value < last:  # a paragraph break's two newlines map to the file's one
                return False
            last = value + end - start - 1
        return True
    return all(a <= b for a, b in itertools.pairwise(offsets))


@dataclass(frozen=True)
class Reading:
    """What the view shows of a document, and how its spans map to the document's text
    (``Document.text``) and to the file's characters (as the Evidence panel cites them)."""

    text: str
    note: str
    raw: str = ""  # the decoded file, when the spans map to it
    offsets: Sequence[int] = ()  # Document.offsets
    as_written: bool = False  # ``text`` is the file's own (else the cleaned text)

    @classmethod
    def of(cls, document: Document) -> Reading:
        raw, offsets = document.raw_text, document.offsets
        mapped = bool(raw) and len(offsets) == len(document.text)
        kind = KINDS.get(Path(document.path or document.id).suffix.lower())
        if mapped and kind != "html" and _increasing(offsets):
            return cls(displayable(raw), AS_WRITTEN_NOTE, raw, offsets, as_written=True)
        note = READ_TEXT_NOTE if kind == "html" else ""
        return cls(document.text, note, raw if mapped else "", offsets if mapped else ())

    def shown(self, start: int, end: int) -> tuple[int, int]:
        """The shown span of the document's text ``[start, end)``."""
        if not self.as_written:
            return start, end
        return source_range(self.raw, self.offsets, start, end)

    def read(self, start: int, end: int) -> tuple[int, int]:
        """The document's text span of the shown ``[start, end)``: the characters read from it."""
        if not self.as_written:
            return start, end
        return bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)

    def in_file(self, start: int, end: int) -> tuple[int, int]:
        """The file's characters of the shown ``[start, end)``, as the Evidence panel cites."""
        if self.as_written or not self.raw or end <= start:
            return start, end
        return source_range(self.raw, self.offsets, start, end)


class OneLine(QLineEdit):
    """A line of plain text, cut with an ellipsis where the panel is narrower than it, the
    whole in its tooltip (``text()`` is the whole). Wrapped, the article's title, its facts
    and the selection's line took five or six lines of the Article dock's 214 pixels at 1280
    x 760 and left the article's text 74-124 pixels: an excerpt of four lines with no room
    for the lines around it. It is a read-only line edit, drawn cut while it has no focus:
    clicked, it shows the text as it is, to select with the mouse or the keyboard and copy
    whole (drawn cut by a label, a title could no longer be selected)."""

    def __init__(
        self,
        parent: QWidget,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        colour: str = "",
    ) -> None:
        super().__init__("", parent)
        self._mode = mode
        self.setReadOnly(True)
        self.setFrame(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        ink = f"color: {colour};" if colour else ""
        self.setStyleSheet(f"QLineEdit {{ border: none; background: transparent; {ink} }}")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setCursorPosition(0)  # its start in view when it is clicked
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        # a line of text and the line edit's one pixel above and below it: its frame's room
        # (none drawn) took the article's text 4 pixels
        return QSize(super().sizeHint().width(), self.fontMetrics().height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def _text_rect(self):
        return self.contentsRect().adjusted(2, 0, -2, 0)  # the line edit's own margins

    def shown_text(self) -> str:
        """The text as drawn while the line is not being read: cut to its width."""
        return self.fontMetrics().elidedText(self.text(), self._mode, self._text_rect().width())

    def paintEvent(self, event) -> None:
        if self.hasFocus() or self.hasSelectedText():  # being read: the text as it is
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self._text_rect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.Text,
        )

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not its own Copy menu
            self.deselect()
            self.setCursorPosition(0)
        self.update()


class DocumentView(QWidget):
    item_activated = Signal(str)  # item id, when a highlighted mention is clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # one line each, so that the article's text keeps the dock's height
        self.title_label = OneLine(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.meta_label = OneLine(self, colour="#555")
        # the selection's characters in the file: the numbers the Evidence panel cites (a
        # long file name is cut in its middle, the numbers kept)
        self.where_label = OneLine(self, Qt.TextElideMode.ElideMiddle, "#555")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.selectionChanged.connect(self._on_selection_changed)
        # the excerpt stays marked when another panel has the focus (an unfocused selection
        # is drawn in the inactive colours: none at all in some styles)
        palette = self.browser.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.browser.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.where_label)
        self.document: Document | None = None
        self.reading = Reading("", "")
        self._in_view: tuple[int, int] | None = None  # the span scroll_to keeps in view
        self._relaid = QTimer(self)  # once the page is laid out at its new width
        self._relaid.setSingleShot(True)
        self._relaid.setInterval(0)
        self._relaid.timeout.connect(self._keep_in_view)
        self.browser.viewport().installEventFilter(self)
        self._mentions: list[Highlight] = []
        self._map = _Utf16Map("")
        self.set_document(None)

    # --- public -------------------------------------------------------------------------

    def set_document(
        self, document: Document | None, mentions: list[dict[str, Any]] | None = None
    ) -> None:
        """Show ``document`` with ``mentions`` ({start, end, item_id, kind}, in the document's
        text) highlighted."""
        self.document = document
        self.where_label.setText("")  # a new page has no selection yet
        if document is None:
            self.title_label.setText("No article")
            self.meta_label.setText("Choose an excerpt to read it in its article.")
            self.browser.clear()
            self.reading = Reading("", "")
            self._mentions, self._map = [], _Utf16Map("")
            return
        self.title_label.setText(document.title or document.id)
        self.reading = reading = Reading.of(document)
        self.meta_label.setText(
            " · ".join(
                v
                for v in (
                    document.outlet,
                    document.published or "date unknown",
                    document.id,
                    reading.note,
                )
                if v
            )
        )
        self._mentions = _highlights(document.text, mentions or [])
        shown = [
            {"start": a, "end": b, "item_id": h.item_id, "kind": h.kind}
            for h in self._mentions
            for a, b in [reading.shown(h.start, h.end)]
        ]
        self._map = _Utf16Map(reading.text)
        self.browser.setText(document_html(reading.text, shown))

    def scroll_to(self, start: int, end: int | None = None) -> None:
        """Show the span ``[start, end)`` of the document's text selected, a third of the way
        down the view (at its characters in the file, when the file is shown).

        Without ``end``, the mention that starts there (or covers it), else its sentence.
        """
        if self.document is None:
            return
        text = self.document.text
        start = max(0, min(start, len(text)))
        if end is None:
            end = self._span_end(start)
        end = max(start, min(end, len(text)))
        start, end = self.reading.shown(start, end)
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_doc(start))
        cursor.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self._bring_into_view()

    def eventFilter(self, watched, event) -> bool:
        # the page laid out at another width (the tab hidden behind Evidence, a dock resized)
        # puts the excerpt elsewhere: bring it back while it is still the selection
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._relaid.start()
        return False

    def _keep_in_view(self) -> None:
        cursor = self.browser.textCursor()
        if self._in_view == (cursor.selectionStart(), cursor.selectionEnd()):
            self._bring_into_view()

    def _bring_into_view(self) -> None:
        """The selection's first line a third of the way down the view, the lines before it
        above for context, raised as far as its last line needs to be in view too (a line's
        room kept under it), never above the view's top: an excerpt of three lines in a short
        view was drawn against its bottom edge, its last line cut, the text below unseen."""
        cursor = self.browser.textCursor()
        self._in_view = (cursor.selectionStart(), cursor.selectionEnd())
        bar = self.browser.verticalScrollBar()
        first, last = QTextCursor(cursor), QTextCursor(cursor)
        first.setPosition(cursor.selectionStart())
        last.setPosition(cursor.selectionEnd())
        top = self.browser.cursorRect(first).top()
        height = self.browser.cursorRect(last).bottom() - top
        view = self.browser.viewport().height()
        line = self.browser.fontMetrics().lineSpacing()
        at = max(0, min(view // 3, view - height - line))
        bar.setValue(bar.value() + top - at)

    def shown_span(self) -> tuple[int, int] | None:
        """The selected ``[start, end)`` in the text shown, or None without a selection."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._map.to_text(cursor.selectionStart()),
            self._map.to_text(cursor.selectionEnd()),
        )

    def selected_span(self) -> tuple[int, int] | None:
        """The selected ``[start, end)`` in the document's text, or None without a selection."""
        shown = self.shown_span()
        return None if shown is None else self.reading.read(*shown)

    def selected_in_file(self) -> tuple[int, int] | None:
        """The selection's characters in the file, as the Evidence panel cites an excerpt."""
        shown = self.shown_span()
        return None if shown is None else self.reading.in_file(*shown)

    def highlights(self) -> list[tuple[int, int, str]]:
        """What the page shows highlighted, read back from it: (start, end, item id) in the
        text shown, adjacent pieces of one item joined."""
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

    def _on_selection_changed(self) -> None:
        where = self.selected_in_file()
        if where is None or self.document is None:
            self.where_label.setText("")
            return
        # named as the Evidence panel names the excerpt's article
        self.where_label.setText(f"Selected: {self.document.id}, characters {where[0]}–{where[1]}")

    def _on_anchor_clicked(self, url: QUrl) -> None:
        item_id = item_id_of(url)
        if item_id:
            self.item_activated.emit(item_id)
