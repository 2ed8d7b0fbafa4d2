"""Every held text's place readings, one line each: file, start, name, country, id, entry's name.

    cd TREE && PYTHONPATH=. .venv/bin/python benchmarks/data/geofix60/readings.py OUT ROOT

Reads every ``ROOT/benchmarks/data/*/docs`` file, the stance evaluation's documents and
``ROOT/seeds`` with TREE's geoparser (demonyms left out); ``diff`` two OUTs to see every reading
a change moves (branch geofix60).
"""

import sys
from pathlib import Path

from explorer.geoparse import Geoparser

gp = Geoparser.default()
root = Path(sys.argv[2])
dirs = [
    *sorted(root.glob("benchmarks/data/*/docs")),
    Path("/work/shared/eval/stances/docs"),
    root / "seeds",
]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if p.suffix not in (".txt", ".md", ".html") or not p.is_file():
                continue
            try:
                text = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            rel = f"{d.parent.name}/{p.name}"
            for t in gp.parse(text, include_demonyms=False):
                c = t.candidate
                country = (c.country or "-") if c else "unplaced"
                gid, entry = (c.gazetteer_id, c.name) if c else ("", "")
                out.write(f"{rel}\t{t.start}\t{t.name}\t{country}\t{gid}\t{entry}\n")
