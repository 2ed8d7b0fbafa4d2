"""The evidence for the selected item: every excerpt, its article, outlet and date."""

from __future__ import annotations

import html
import re
import urllib.parse

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from explorer.model import Document

_EMPTY = "<p style='color:#666'>Select an item on the map or in the table to see its evidence.</p>"


def _highlight(excerpt: str, words: list[str]) -> str:
    """Escape an excerpt and mark the item's name in it."""
    text = html.escape(excerpt)
    for word in sorted({w for w in words if w}, key=len, reverse=True):
        pattern = re.compile(re.escape(html.escape(word)), re.IGNORECASE)
        text = pattern.sub(lambda m: f"<b style='background:#ffe58a'>{m.group(0)}</b>", text)
    return text


def evidence_html(props: dict, documents: dict[str, Document]) -> str:
    name = props.get("name") or props.get("id", "")
    detail = " · ".join(
        str(v).replace("_", " ")
        for v in (props.get("kind"), props.get("type"), props.get("date"), props.get("country"))
        if v
    )
    parts = [
        f"<h3 style='margin:0'>{html.escape(name)}</h3>",
        f"<p style='color:#555;margin-top:2px'>{html.escape(detail)}</p>",
    ]
    evidence = props.get("evidence", [])
    if not evidence:
        parts.append("<p>No excerpt supports this item.</p>")
    for ev in evidence:
        doc = documents.get(ev["doc"])
        href = "excerpt:" + urllib.parse.quote(f"{ev['doc']}|{ev['start']}|{ev['end']}", safe="")
        title = doc.title if doc and doc.title else ev["doc"]
        meta = ", ".join(v for v in ((doc.outlet, doc.published) if doc else ()) if v)
        parts.append(
            "<div style='margin:8px 0;padding:6px 8px;border-left:3px solid #0072B2;"
            "background:#f6f8fa'>"
            f"<div>{_highlight(ev['text'], [name, *props.get('aliases', [])])}</div>"
            f"<div style='color:#555;font-size:small;margin-top:4px'>{html.escape(title)}"
            f"{' — ' + html.escape(meta) if meta else ''}"
            f" <a href='{href}' style='color:#0072B2'>[{html.escape(ev['doc'])} "
            f"{ev['start']}–{ev['end']}] open in article</a></div></div>"
        )
    return "".join(parts)


def excerpt_of(url: QUrl) -> tuple[str, int, int] | None:
    """The (doc, start, end) an ``excerpt:`` link points at."""
    if url.scheme() != "excerpt":
        return None
    doc, start, end = urllib.parse.unquote(url.path()).rsplit("|", 2)
    return doc, int(start), int(end)


class EvidencePanel(QWidget):
    excerpt_activated = Signal(str, int, int)  # doc id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.setText(_EMPTY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser)
        self.current_id: str | None = None

    def show_item(self, props: dict | None, documents: dict[str, Document]) -> None:
        self.current_id = props.get("id") if props else None
        self.browser.setText(evidence_html(props, documents) if props else _EMPTY)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = excerpt_of(url)
        if target:
            self.excerpt_activated.emit(*target)
