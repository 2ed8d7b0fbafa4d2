"""A reviewer's sentences on who-backs-whom, read by the probe's machinery.

    .venv/bin/python benchmarks/stances_review55.py [--all] [FILE]

FILE (default ``benchmarks/data/review55/sentences.txt``, branch review55: 98 sentences of
other wars, decades and continents, written before any run) holds articles of one sentence,
each ``=== NAME | DATE LINE``, its sentence, and one line ``> POWER | RELATION | PARTY | FLAG
| WAR`` a claim expected (fields apart by " | " with spaces; regular expressions and flags as
``stances_probe.py`` reads them; no WAR: any). Lines starting with ``#`` are comments.

A FILE ending in ``.tsv`` (``benchmarks/data/sidesmiss43/sentences.tsv``, branch sidesmiss43)
holds one article a row: its name, its date line, its sentence and each claim expected, apart
by tabs, a claim written as on a ``>`` line.
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
    if path.suffix == ".tsv":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, date, sentence, *claims = line.split("\t")
                out.append((name, date, [(sentence, [_claim(c) for c in claims])]))
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=== "):
            name, _, date = line[4:].partition("|")
            out.append((name.strip(), date.strip(), []))
        elif line.startswith(">"):
            out[-1][2][-1][1].append(_claim(line[1:]))
        else:
            out[-1][2].append((line.strip(), []))
    return out


def _claim(text: str) -> tuple:
    """ "POWER | RELATION | PARTY | FLAG | WAR" as the probe's expectation."""
    return tuple(x.strip() for x in re.split(r"\s\|(?=\s|$)", text))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    files = [a for a in args if not a.startswith("--")]
    probe.D[:] = read(Path(files[0]) if files else DEFAULT)
    return probe.main([a for a in args if a.startswith("--")])


if __name__ == "__main__":
    raise SystemExit(main())
