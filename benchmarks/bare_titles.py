"""How many events in the batches' folders are titled by their kind alone ("Attack",
"Agreement", "Attack: troops": no place and nobody named), before and after ``told_title``.

    PYTHONPATH=. .venv/bin/python benchmarks/bare_titles.py [FOLDER...]

FOLDER defaults to every ``benchmarks/data/*/docs``. Each folder is analysed as one project
(``explorer.pipeline.combine``: events merged across its articles as the store merges them is
not done here, so a count may differ by a merged pair from the window's). "Before" is the title
``event_title`` makes from the event's own fields and place (the base's item name); "after" the
item's name. Prints each bare title as it reads after, and the totals.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from explorer.corpus import article_files, iter_documents
    from explorer.items import _bare_rows, build_items, event_title
    from explorer.pipeline import analyser, combine

    folders = [Path(a) for a in argv] or sorted(Path("benchmarks/data").glob("*/docs"))
    work = analyser()
    events = bare = still = 0
    for folder in folders:
        docs = list(iter_documents(article_files([folder], []), []))
        outputs = []
        for first in range(0, len(docs), 16):
            outputs.extend(work.analyse(docs[first : first + 16]))
        analysis = combine(outputs)
        places = {p.id: p for p in analysis.places}
        at = [places.get(e.place_id or "") for e in analysis.events]
        named = build_items(analysis).by_id
        events += len(analysis.events)
        for row in _bare_rows(analysis.events, at):
            e = analysis.events[row]
            before, after = event_title(e, at[row]), named[e.id].name
            bare += 1
            still += before == after
            print(f"{folder.parent.name}\t{before!r} -> {after!r}")
    print(f"{len(folders)} folders, {events} events: {bare} bare titles before, {still} after")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
