"""The evidence for the selected item: every excerpt, its article, outlet and date."""

from __future__ import annotations

import html
import re
import urllib.parse
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from explorer.ui.items_model import where_text
from explorer.vocabulary import KIND_LABELS

if TYPE_CHECKING:  # the item contract: imported where first used, not at the window's build
    from explorer.items import Item, ItemSet

_EMPTY = "<p style='color:#666'>Select an item on the map or in the table to see its evidence.</p>"


# what may follow a name in the same word: a plural, a people's or a language's ending
_ENDINGS = r"(?:s|es|n|an|ian|i|ese|ans|ians|is)?(?:['’]s?)?"


def _highlight(excerpt: str, words: list[str]) -> str:
    """Escape an excerpt and mark the item's name in it, whole words only: the name with an
    ending English gives a name ("Russian" for Russia, "Houthis" for Houthi, "Iraqi",
    "Japanese", "Israel's"), never inside a word ("Oman" in "woman", "Mali" in "Somalia") nor
    another name it begins ("Nigeria's" for Niger, "Indiana" for India). One pass over the
    text, so no name is looked for in the marks another one made."""
    names = sorted({w for w in words if w}, key=len, reverse=True)
    if not names:
        return html.escape(excerpt)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")" + _ENDINGS + r"(?!\w)",
        re.IGNORECASE,
    )
    parts = []
    last = 0
    for m in pattern.finditer(excerpt):
        parts.append(html.escape(excerpt[last : m.start()]))
        parts.append(f"<b style='background:#ffe58a'>{html.escape(m.group(0))}</b>")
        last = m.end()
    parts.append(html.escape(excerpt[last:]))
    return "".join(parts)


def evidence_html(item: Item, items: ItemSet) -> str:
    """Every excerpt behind an item, its name marked, with the article's outlet, title and date
    and a link that opens the excerpt in its article."""
    theatre = items.theatre_names.get(item.theatre, item.theatre) if item.theatre else None
    kind = KIND_LABELS.get(item.kind, item.kind)
    detail = " · ".join(
        str(v).replace("_", " ")
        for v in (
            kind,
            item.type if item.kind not in ("event", "theatre") else None,  # said by the name
            item.date,
            where_text(item),
        )
        if v
    )
    parts = [
        f"<h3 style='margin:0'>{html.escape(item.name)}</h3>",
        f"<p style='color:#555;margin-top:2px'>{html.escape(detail)}</p>",
    ]
    facts = []
    if item.actors or item.operators:
        facts.append(
            ("Actors" if item.actors else "Operators", ", ".join(item.actors or item.operators))
        )
    if theatre and item.kind != "theatre":
        facts.append(("Conflict", theatre))
    if item.side:
        facts.append(("Side", item.side))
    if item.review != "unreviewed":
        facts.append(("Review", item.review))
    if item.geometry is None:  # selected, it changes nothing on the map: say why, as the brief
        facts.append(("No place", "not on the map"))
    if facts:
        parts.append(
            "<p style='margin:2px 0'>"
            + "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in facts)
            + "</p>"
        )
    if not item.evidence:
        parts.append("<p>No excerpt supports this item.</p>")
    words = list(item.actors) if item.kind == "event" else [item.name]
    # cited in the file's own characters, as the brief, the KML and the HTML map cite it; the
    # link keeps the analysis's offsets, which the Article tab maps to the same characters
    from explorer.items import in_file

    where = in_file(items)
    said: set[str] = set()  # articles whose outlet, title and date were said
    for ev in item.evidence:
        source = items.sources.get(ev.doc)
        href = "excerpt:" + urllib.parse.quote(f"{ev.doc}|{ev.start}|{ev.end}", safe="")
        # an article's outlet, title and date under its first excerpt only (a TR-News story's
        # first sentence, its title, was repeated under each of its 30-odd excerpts), and no
        # title under the headline itself; the link names the article every time
        title = source.title if source and source.title else None
        if title and title.rstrip("…").strip() in ev.text:
            title = None
        outlet = source.outlet if source else None
        published = source.published if source else None
        if ev.doc in said:
            outlet = title = published = None
        said.add(ev.doc)
        meta = ", ".join(v for v in (" — ".join(v for v in (outlet, title) if v), published) if v)
        start, end = where({"doc": ev.doc, "start": ev.start, "end": ev.end})
        parts.append(
            "<div style='margin:8px 0;padding:6px 8px;border-left:3px solid #4D5A66;"
            "background:#f6f8fa'>"
            f"<div>{_highlight(ev.text, words)}</div>"
            f"<div style='color:#555;font-size:small;margin-top:4px'>{html.escape(meta)}"
            f"{' ' if meta else ''}<a href='{href}' style='color:#0072B2'>[{html.escape(ev.doc)}, "
            f"characters {start}–{end}] open in article</a></div></div>"
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

    def show_item(self, item: Item | None, items: ItemSet) -> None:
        self.current_id = item.id if item else None
        self.browser.setText(evidence_html(item, items) if item else _EMPTY)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = excerpt_of(url)
        if target:
            self.excerpt_activated.emit(*target)
