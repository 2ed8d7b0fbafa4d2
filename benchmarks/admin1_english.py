"""How many first-level units the gazetteer finds by their English name.

    .venv/bin/python benchmarks/admin1_english.py [--list]

For every row of ``geodata/gazetteer/admin1_names.tsv`` (Unicode CLDR's English name of a
unit, joined to its GeoNames admin1 code), looks the name up in the built gazetteer
(``load_gazetteer().lookup``) and counts whether a region entry of that country and code is
among the answers; else whether the name finds another place of the country (a town of the
name, or the 2016 unit under another code), only places elsewhere, or nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.geoparse.gazetteer import load_gazetteer  # noqa: E402
from explorer.geoparse.names import norm  # noqa: E402

TABLE = ROOT / "geodata" / "gazetteer" / "admin1_names.tsv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--list", action="store_true", help="print every unit not found as itself")
    args = ap.parse_args()
    gaz = load_gazetteer()
    rows = [
        line.split("\t")
        for line in TABLE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    why: Counter[str] = Counter()
    for country, code, _iso, name, _source in rows:
        found = gaz.lookup(norm(name))
        if any(e.kind == "region" and e.country == country and e.admin1 == code for e in found):
            reason = "found as its own unit"
        elif any(e.country == country for e in found):
            reason = "found only as another place of its country"
        elif found:
            reason = "found only as a place elsewhere"
        else:
            reason = "not found"
        why[reason] += 1
        if args.list and reason != "found as its own unit":
            print(f"{country}.{code}\t{name}\t{reason}")
    print(
        f"{len(rows)} units with an English name: " + ", ".join(f"{k} {v}" for k, v in why.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
