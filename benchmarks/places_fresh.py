"""Places of fresh news from other regions, against the countries written down before any run.

    .venv/bin/python benchmarks/places_fresh.py [--data benchmarks/data/places_fresh] [--list]

Geoparses every story of ``DATA/docs`` (demonyms left out, as in the evaluation) and reads each
found name against ``DATA/gold.tsv`` (file, name, country, region, note): a found name equal to
a gold name, or holding one ("Kayah State" for "Kayah"), is matched. Counts, by mention: right
country, wrong country (no place is worse), gold names never found (missed), and found names
with no gold name (false places, listed to be read). ``--list`` prints every mention with its
reading's country, first-level region code and gazetteer id, for judging the region by eye.
Run it from a checkout with ``PYTHONPATH`` set to that checkout to measure its code.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _gold(path: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, name, country, _region, _note = line.split("\t")
        out[doc][name] = country
    return out


def _gold_name(found: str, names: dict[str, str]) -> str | None:
    if found in names:
        return found
    for name in sorted(names, key=len, reverse=True):
        if name in found or found in name:
            return name
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "places_fresh")
    ap.add_argument("--list", action="store_true", help="print every mention")
    a = ap.parse_args(argv)
    from explorer.geoparse import Geoparser

    gp = Geoparser.default()
    gold = _gold(a.data / "gold.tsv")
    right = wrong = missed = false = 0
    for path in sorted((a.data / "docs").glob("*.txt")):
        doc = path.stem
        names = gold.get(doc, {})
        seen: set[str] = set()
        for t in gp.parse(path.read_text(encoding="utf-8"), include_demonyms=False):
            c = t.candidate
            country = (c.country or "-") if c else "unplaced"
            entry = gp.gaz.entry(c.gazetteer_id) if c else None
            where = f"{country} {entry.admin1 if entry else ''} {c.gazetteer_id if c else ''}"
            name = _gold_name(t.name, names)
            if name is None:
                verdict = "false" if c else "unplaced, no gold"
                false += c is not None
            else:
                if c is None:
                    verdict = "unplaced"
                elif country == names[name]:
                    seen.add(name)
                    verdict = "right"
                    right += 1
                else:
                    seen.add(name)
                    verdict = f"WRONG (gold {names[name]})"
                    wrong += 1
            if a.list or verdict not in ("right", "unplaced, no gold"):
                print(f"{doc}\t{t.name}\t{where.strip()}\t{verdict}")
        for name in names:
            if name not in seen:
                missed += 1
                print(f"{doc}\t{name}\tmissed (gold {names[name]})")
    print(
        f"mentions right {right}, wrong country {wrong}, false places {false}; "
        f"gold names missed {missed} of {sum(len(n) for n in gold.values())}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
