"""Do the window and the brief cite an excerpt with the same numbers?

For every distinct excerpt of each folder's items: whether its cleaned-text offsets (what the
window's panels cited before ux6) differ from the file's characters (what the brief, the KML
and the HTML map cite, `explorer.export.records.in_file`), and how often each pair of numbers,
looked up in the file, is the excerpt (whitespace aside).

    .venv/bin/python benchmarks/excerpt_numbers.py FOLDER...
"""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.export.records import in_file
from explorer.items import build_items
from explorer.pipeline import analyse_sources


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def main(folders: list[str]) -> None:
    for folder in folders:
        items = build_items(analyse_sources([Path(folder)]))
        where = in_file(items)
        raw = {d.id: d.raw_text for d in items.analysis.documents}
        seen: set[tuple[str, int, int]] = set()
        differ = by_file = by_cleaned = 0
        for item in items:
            for e in item.evidence:
                if (e.doc, e.start, e.end) in seen:
                    continue
                seen.add((e.doc, e.start, e.end))
                a, b = where({"doc": e.doc, "start": e.start, "end": e.end})
                differ += (a, b) != (e.start, e.end)
                by_file += _same(raw[e.doc][a:b], e.text)
                by_cleaned += _same(raw[e.doc][e.start : e.end], e.text)
        print(
            f"{folder}: {len(seen)} excerpts, {differ} with other numbers in the file; "
            f"the file's span is the excerpt: cleaned offsets {by_cleaned}, file's {by_file}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
