"""How many events share their item's name with another event of their folder, and how many
are titled by their kind alone (``_bare_rows``, still bare after ``told_title`` and
``sentence_places``).

    PYTHONPATH=. .venv/bin/python benchmarks/shared_titles.py [--cache DIR] [--list] [FOLDER...]

FOLDER defaults to every ``benchmarks/data/*/docs``. Each folder is analysed as one project
(``explorer.pipeline.combine``, as ``bare_titles.py`` does). ``--cache DIR`` keeps each
folder's analysis as a pickle there and reads it back when present, so that two codes' items
can be built from one extraction (run it from each tree with the same DIR). ``--list`` prints
each shared name with its events' ids, and each bare title.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path


def _analysis(folder: Path, cache: Path | None):
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser, combine

    kept = cache / f"{folder.parent.name}.pickle" if cache else None
    if kept and kept.exists():
        return pickle.loads(kept.read_bytes())
    docs = list(iter_documents(article_files([folder], []), []))
    work = analyser()
    outputs = []
    for first in range(0, len(docs), 16):
        outputs.extend(work.analyse(docs[first : first + 16]))
    analysis = combine(outputs)
    if kept:
        kept.write_bytes(pickle.dumps(analysis))
    return analysis


def main(argv: list[str]) -> int:
    from explorer.items import _bare_rows, build_items, event_title

    cache = None
    if "--cache" in argv:
        at = argv.index("--cache")
        cache = Path(argv[at + 1])
        cache.mkdir(parents=True, exist_ok=True)
        del argv[at : at + 2]
    listing = "--list" in argv
    argv = [a for a in argv if a != "--list"]
    folders = [Path(a) for a in argv] or sorted(Path("benchmarks/data").glob("*/docs"))
    events = shared = names = bare = 0
    for folder in folders:
        analysis = _analysis(folder, cache)
        places = {p.id: p for p in analysis.places}
        at = [places.get(e.place_id or "") for e in analysis.events]
        items = [i for i in build_items(analysis).items if i.kind == "event"]
        events += len(items)
        counts = Counter(i.name for i in items)
        for name, n in sorted(counts.items()):
            if n > 1:
                shared += n
                names += 1
                if listing:
                    ids = [i.id for i in items if i.name == name]
                    print(f"shared\t{folder.parent.name}\t{n}\t{name!r}\t{' '.join(ids)}")
        by_id = {i.id: i for i in items}
        for row in _bare_rows(analysis.events, at):
            e = analysis.events[row]
            if by_id[e.id].name == event_title(e, at[row]):
                bare += 1
                if listing:
                    print(f"bare\t{folder.parent.name}\t{by_id[e.id].name!r}\t{e.id}")
    print(
        f"{len(folders)} folders, {events} events: {shared} share their name with another of "
        f"their folder ({names} names); {bare} bare titles"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
