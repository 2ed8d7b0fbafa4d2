"""The conflict areas the map would draw for some folders and the 706 articles, with their extents.

    .venv/bin/python benchmarks/theatres_areas.py OUT.json [--eval] FOLDER...
    .venv/bin/python benchmarks/theatres_areas.py diff BEFORE.json AFTER.json

Reads each folder (and with ``--eval`` the 706 LGL and TR-News articles, as
``extract_compare.py`` does) as ingest does and writes, per document, each conflict found: its
id, its name and the box of the area drawn for it (none when it is drawn nowhere), with the
box's width across in km (the longest of its two diagonals on the sphere). ``diff`` counts the
areas of both runs, lists those over 3,000 km across and every area that changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
WIDE_KM = 3000.0


def _points(coords):
    if coords and isinstance(coords[0], int | float):
        yield coords
        return
    for c in coords:
        yield from _points(c)


def _box(geometry: dict | None) -> list[float] | None:
    if not geometry or geometry.get("type") == "Point":
        return None
    pts = list(_points(geometry["coordinates"]))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]


def _across(box: list[float]) -> float:
    from explorer.model import great_circle_km

    w, s, e, n = box
    return max(great_circle_km(s, w, n, e), great_circle_km(n, w, s, e))


def _rows(output) -> list[list]:
    rows = []
    for t in output.theatres:
        box = _box(t.geometry)
        rows.append([t.id, t.name, box, round(_across(box)) if box else None])
    return sorted(rows, key=lambda r: r[0])


def dump(out: Path, folders: list[Path], with_eval: bool) -> None:
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    work = analyser()
    found: dict[str, list] = {}
    for folder in folders:
        docs = list(iter_documents(article_files([folder], []), []))
        for first in range(0, len(docs), 16):
            for o in work.analyse(docs[first : first + 16]):
                found[f"{folder.resolve().parent.name}/{Path(o.document.path).name}"] = _rows(o)
    if with_eval:
        from extract_compare import eval_outputs

        for o in eval_outputs(None):
            found[f"eval/{o.document.id}"] = _rows(o)
    out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")
    summary(found)


def summary(found: dict[str, list]) -> None:
    areas = [(d, r) for d, rows in found.items() for r in rows]
    drawn = [(d, r) for d, r in areas if r[2]]
    wide = [(d, r) for d, r in drawn if r[3] > WIDE_KM]
    print(f"{len(found)} documents, {len(areas)} conflicts, {len(drawn)} drawn as areas")
    print(f"{len(wide)} areas over {WIDE_KM:.0f} km across:")
    for d, r in wide:
        print(f"    {d}: {r[0]} ({r[1]}) {r[3]} km, box {[round(x) for x in r[2]]}")


def diff(before: Path, after: Path) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    for label, found in (("before", a), ("after", b)):
        print(label)
        summary(found)
    changed = 0
    for d in sorted(set(a) | set(b)):
        ra = {json.dumps(r, ensure_ascii=False) for r in a.get(d, [])}
        rb = {json.dumps(r, ensure_ascii=False) for r in b.get(d, [])}
        for sign, rows in (("-", ra - rb), ("+", rb - ra)):
            for r in sorted(rows):
                print(f"    {sign} {d}: {r}")
        changed += bool(ra ^ rb)
    print(f"{changed} documents changed")


def main() -> None:
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == "diff":
        diff(Path(args[1]), Path(args[2]))
        return
    if not args:
        raise SystemExit(__doc__)
    with_eval = "--eval" in args
    rest = [a for a in args[1:] if a != "--eval"]
    dump(Path(args[0]), [Path(p) for p in rest], with_eval)


if __name__ == "__main__":
    main()
