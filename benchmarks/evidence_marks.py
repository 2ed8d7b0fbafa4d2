"""Where does the Evidence panel mark an item's name in its excerpts?

For every item of each folder with evidence, the panel's HTML (``evidence_html``) read back
as text (each tag a space, so that one block's end does not run into the next): how many
marks there are, and how many begin or end inside a word ("Russia|n", "w|oman"), which reads
as a mistake.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/evidence_marks.py FOLDER...
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from explorer.items import build_items
from explorer.pipeline import analyse_sources
from explorer.ui.evidence_panel import evidence_html

_MARK = re.compile(r"<b style='background:#ffe58a'>(.*?)</b>", re.S)


def main(folders: list[str]) -> None:
    for folder in folders:
        items = build_items(analyse_sources([Path(folder)]))
        marks = inside = 0
        for item in items:
            if not item.evidence:
                continue
            page = evidence_html(item, items)
            for m in _MARK.finditer(page):
                marks += 1
                before = html.unescape(re.sub(r"<[^>]*>", " ", page[: m.start()]))[-1:]
                after = html.unescape(re.sub(r"<[^>]*>", " ", page[m.end() :]))[:1]
                inside += before.isalnum() or after.isalnum()
        print(f"{folder}: {marks} marks, {inside} begin or end inside a word")


if __name__ == "__main__":
    main(sys.argv[1:])
