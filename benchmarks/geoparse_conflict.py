"""Conflict places in real news: how many the geoparser finds and puts in the right place.

    python benchmarks/geoparse_conflict.py [EVAL_DIR] [--missed]

Reads ``benchmarks/data/conflict_places.tsv`` (hand-labelled: document of
``shared/eval/stances/docs``, name, point, tolerance in km) and parses each document whole, as the
app does. Every occurrence of a listed name is one item: found when a toponym covers it and the
toponym's top candidate lies within the tolerance of the labelled point; "unplaced" when it is
recognised with no candidate or one too far away; missed when no toponym covers it. Prints one
line per item with ``--missed`` for those not found, and the totals.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.geoparse import Geoparser  # noqa: E402

TABLE = ROOT / "benchmarks" / "data" / "conflict_places.tsv"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _items(table: Path) -> list[tuple[str, str, float, float, float]]:
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, name, lat, lon, km = line.split("\t")[:5]
        out.append((doc, name, float(lat), float(lon), float(km)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--missed", action="store_true", help="list the items not found")
    a = ap.parse_args(argv)
    docs = a.eval_dir / "stances" / "docs"
    if not docs.is_dir():
        print(f"no stances/docs in {a.eval_dir}", file=sys.stderr)
        return 2
    gp = Geoparser.default()
    parsed: dict[str, tuple[str, list]] = {}
    counts: Counter = Counter()
    for doc, name, lat, lon, km in _items(TABLE):
        if doc not in parsed:
            text = (docs / doc).read_text(encoding="utf-8")
            parsed[doc] = (text, gp.parse(text))
        text, toponyms = parsed[doc]
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            hit = next((t for t in toponyms if t.start < m.end() and m.start() < t.end), None)
            if hit is None:
                verdict, detail = "missed", ""
            elif hit.candidate is None:
                verdict, detail = "unplaced", f"'{hit.name}' without a candidate"
            else:
                c = hit.candidate
                off = _km(lat, lon, c.lat, c.lon)
                verdict = "found" if off <= km else "unplaced"
                detail = f"'{hit.name}' -> {c.name} ({c.country}) {off:.0f} km"
            counts[verdict] += 1
            if a.missed and verdict != "found":
                ctx = text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
                print(f"{verdict:9s} {doc:22s} {name:18s} {detail}  | {ctx}")
    total = sum(counts.values())
    print(
        f"conflict places: {total} items in {len(parsed)} documents: found {counts['found']}, "
        f"unplaced or too far {counts['unplaced']}, missed {counts['missed']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
