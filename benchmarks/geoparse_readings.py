"""Every place reading of every story, to diff two trees' geoparsers.

    PYTHONPATH=. .venv/bin/python benchmarks/geoparse_readings.py dump OUT.json [FOLDER...]
    .venv/bin/python benchmarks/geoparse_readings.py diff A.json B.json

``dump`` geoparses every ``*.txt`` of ``benchmarks/data/*/docs`` and of
``/work/shared/eval/stances/docs`` (or of the folders given) and writes, per file, each
toponym's span, name, country and gazetteer id. ``diff`` prints every reading found on one side
only, by file, for reading and judging. Run ``dump`` with ``PYTHONPATH`` set to the tree measured.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANCES = Path("/work/shared/eval/stances/docs")


def _folders(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return [*sorted((ROOT / "benchmarks" / "data").glob("*/docs")), STANCES]


def dump(out: Path, folders: list[Path]) -> None:
    from explorer.geoparse import Geoparser

    gp = Geoparser.default()
    readings: dict[str, list[list[object]]] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            rows: list[list[object]] = []
            for t in gp.parse(text):
                c = t.candidate
                rows.append(
                    [
                        t.start,
                        t.end,
                        t.name,
                        c.country if c else None,
                        c.gazetteer_id if c else None,
                    ]
                )
            readings[f"{folder.parent.name}/{path.name}"] = rows
    out.write_text(json.dumps(readings, ensure_ascii=False), encoding="utf-8")


def _context(key: str, start: int, end: int, folders: dict[str, Path]) -> str:
    folder = folders.get(key.split("/")[0])
    if folder is None:
        return ""
    text = (folder / key.split("/")[1]).read_text(encoding="utf-8", errors="replace")
    return " ".join(text[max(0, start - 60) : end + 60].split())


def diff(a_path: Path, b_path: Path) -> None:
    a = json.loads(a_path.read_text(encoding="utf-8"))
    b = json.loads(b_path.read_text(encoding="utf-8"))
    folders = {f.parent.name: f for f in _folders([])}
    changed = 0
    for key in sorted(set(a) | set(b)):
        ra = {tuple(r) for r in a.get(key, [])}
        rb = {tuple(r) for r in b.get(key, [])}
        for sign, rows in (("-", ra - rb), ("+", rb - ra)):
            for r in sorted(rows, key=lambda r: (r[0], r[1])):
                changed += 1
                ctx = _context(key, int(r[0]), int(r[1]), folders)
                print(f"{sign} {key}\t{r[2]}\t{r[3]} {r[4]}\t| {ctx}")
    print(f"{changed} readings differ over {len(set(a) | set(b))} files")


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) >= 2:
        dump(Path(argv[1]), _folders(argv[2:]))
        return 0
    if argv[:1] == ["diff"] and len(argv) == 3:
        diff(Path(argv[1]), Path(argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
