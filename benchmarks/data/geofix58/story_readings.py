"""Every place reading of every ``=== `` story of ``benchmarks/data/*/*.txt``, to diff two trees.

    cd TREE && PYTHONPATH=. /work/wt-places2/.venv/bin/python \
        /work/wt-places2/benchmarks/data/geofix58/story_readings.py OUT.tsv

One line per reading: file, story, span, name, country, gazetteer id (geofix58's measure of the
stories beside ``geoparse_readings.py``'s of the docs). The story files are the worktree's, so
both trees read the same stories.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent


def main() -> None:
    from explorer.geoparse import Geoparser

    gp = Geoparser.default()
    out: list[str] = []
    for path in sorted(DATA.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "\n=== " not in "\n" + text:
            continue
        for block in ("\n" + text).split("\n=== ")[1:]:
            head, _, body = block.partition("\n")
            body = "\n".join(ln for ln in body.splitlines() if not ln.startswith("#"))
            name = head.split()[0] if head.split() else "?"
            for t in gp.parse(body, include_demonyms=True):
                c = t.candidate
                out.append(
                    "\t".join(
                        [
                            f"{path.parent.name}/{path.name}",
                            name,
                            f"{t.start}-{t.end}",
                            t.name,
                            (c.country or "-") if c else "none",
                            c.gazetteer_id if c else "none",
                        ]
                    )
                )
    Path(sys.argv[1]).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "readings")


if __name__ == "__main__":
    main()
