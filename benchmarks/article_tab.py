"""Does the Article tab select an excerpt at the characters the Evidence panel cites?

For every distinct excerpt of each folder's items, "open in article" done in a real
DocumentView: the tab's selection, read back from the page (its characters in the text the tab
shows, and that text), against the Evidence panel's "characters a–b" (the file's,
`explorer.export.records.in_file`). Counted: excerpts whose selection sits at those very
characters of the tab's text; those whose selection the tab names by those characters (the
line under it, ux7; before, it named none); and those whose selected text is the excerpt
(whitespace and Unicode composition aside). Before ux7 the tab showed the cleaned text, so its
characters were the cleaned text's: the file's only where nothing before the excerpt was
dropped.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/article_tab.py FOLDER...
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QApplication

from explorer.export.records import in_file
from explorer.items import build_items
from explorer.pipeline import analyse_sources
from explorer.ui.document_view import DocumentView


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).split())

    return squash(a) == squash(b)


def main(folders: list[str]) -> None:
    app = QApplication.instance() or QApplication([])
    view = DocumentView()
    for folder in folders:
        items = build_items(analyse_sources([Path(folder)]))
        where = in_file(items)
        documents = {d.id: d for d in items.analysis.documents}
        seen: set[tuple[str, int, int]] = set()
        at_cited = says_cited = is_excerpt = as_written = 0
        for item in items:
            for e in item.evidence:
                if (e.doc, e.start, e.end) in seen or e.doc not in documents:
                    continue
                seen.add((e.doc, e.start, e.end))
                if view.document is not documents[e.doc]:
                    view.set_document(documents[e.doc], [])
                view.scroll_to(e.start, e.end)
                cursor = view.browser.textCursor()
                if hasattr(view, "shown_span"):  # ux7: the tab says where its selection is
                    shown = view.shown_span()
                    as_written += view.reading.as_written
                    said = view.selected_in_file()
                else:  # before: the tab showed the cleaned text
                    shown, said = view.selected_span(), None  # and named no characters
                cited = where({"doc": e.doc, "start": e.start, "end": e.end})
                at_cited += shown == cited
                says_cited += said == cited
                is_excerpt += _same(cursor.selectedText().replace("\u2029", "\n"), e.text)
        print(
            f"{folder}: {len(seen)} excerpts; the tab selects them at the characters the "
            f"panel cites: {at_cited}; it says those characters: {says_cited}; its selected "
            f"text is the excerpt: {is_excerpt}; "
            f"shown as written: {as_written}"
        )
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1:])
