"""Read the stories of ``stories.txt`` (``=== id [YYYY-MM-DD]``, ``#`` notes, then the text)
through the whole pipeline, one file each, and print every event a story yields.

    cd TREE && PYTHONPATH=. python /work/wt-events/benchmarks/data/eventsq44/read_stories.py \\
        /work/wt-events/benchmarks/data/eventsq44/stories.txt > OUT.txt

A story's date is written as a date line under its title (or above its first line), as the
fresh batches' files carry it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def _stories(path: Path) -> list[tuple[str, str | None, str]]:
    out: list[tuple[str, str | None, str]] = []
    for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
        head, _, rest = block.partition("\n")
        parts = head.split()
        lines = [x for x in rest.splitlines() if not x.startswith("#")]
        out.append((parts[0], parts[1] if len(parts) > 1 else None, "\n".join(lines).strip()))
    return out


def main() -> None:
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    stories = _stories(Path(sys.argv[1]))
    with tempfile.TemporaryDirectory() as tmp:
        for sid, day, text in stories:
            if day:
                first, _, rest = text.partition("\n")
                titled = rest.startswith("\n") and first[-1:] not in ".!?\"'"
                text = f"{first}\n\n{day}\n{rest}" if titled else f"{day}\n\n{text}"
            (Path(tmp) / f"{sid}.txt").write_text(text + "\n", encoding="utf-8")
        docs = list(iter_documents(article_files([Path(tmp)], []), []))
        by_id = {}
        for out in analyser().analyse(docs):
            by_id[Path(str(out.document.path)).stem] = out
        for sid, day, _ in stories:
            out = by_id[sid]
            places = {p.id: p.name for p in out.places}
            print(f"## {sid} ({day})")
            for e in out.events:
                place = places.get(e.place_id or "")
                print(
                    f"  {e.type:12} st={e.status or '-':9} act={e.actors} tgt={e.targets} "
                    f"place={place}@{e.place_basis} date={e.date}"
                )


if __name__ == "__main__":
    main()
