"""A reviewer's sentences on who-backs-whom, read by the probe's machinery.

    .venv/bin/python benchmarks/stances_review55.py [--all] [FILE]

FILE (default ``benchmarks/data/review55/sentences.txt``, branch review55: 98 sentences of
other wars, decades and continents, written before any run) holds articles of one sentence,
each ``=== NAME | DATE LINE``, its sentence, and one line ``> POWER | RELATION | PARTY | FLAG
| WAR`` a claim expected (fields apart by " | " with spaces; regular expressions and flags as
``stances_probe.py`` reads them; no WAR: any). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stances_probe as probe  # the probe's machinery, beside this file

DEFAULT = Path(__file__).resolve().parent / "data" / "review55" / "sentences.txt"


def read(path: Path) -> list:
    """The file's articles as the probe holds them: (name, date line, [(sentence, claims)])."""
    out: list = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=== "):
            name, _, date = line[4:].partition("|")
            out.append((name.strip(), date.strip(), []))
        elif line.startswith(">"):
            out[-1][2][-1][1].append(tuple(x.strip() for x in re.split(r"\s\|(?=\s|$)", line[1:])))
        else:
            out[-1][2].append((line.strip(), []))
    return out


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    files = [a for a in args if not a.startswith("--")]
    probe.D[:] = read(Path(files[0]) if files else DEFAULT)
    return probe.main([a for a in args if a.startswith("--")])


if __name__ == "__main__":
    raise SystemExit(main())
