"""Which sides the map legend lists in the view of each conflict, and how many of them belong
to no item of that conflict, read from what ``window_walk.py`` printed.

    QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python benchmarks/window_walk.py SOURCE items \\
        select:T1 legend select:T2 legend ... > walk.txt
    .venv/bin/python benchmarks/legend_views.py walk.txt T1 T2 ...

The conflicts are given in the order they were selected (each selection flies the map to the
conflict's area). A side counts as another conflict's when no item of the selected conflict
stands with it: the legend of a view of one war that names it speaks of a party the view does
not show (or one drawn there only because another war's item lies in the same area).
"""

from __future__ import annotations

import re
import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    with open(argv[0], encoding="utf-8") as walk:
        lines = walk.read().splitlines()
    theatres_of: dict[str, set[str]] = {}  # side -> conflicts of the items standing with it
    for line in lines:
        if not line.startswith(("place ", "event ", "asset ", "theatre ")):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 4:
            continue
        theatre, side = parts[2], parts[3]
        if side != "None":
            theatres_of.setdefault(side, set()).add(theatre)
    views = [line for line in lines if line.startswith("legend ")]
    listed_all = other_all = 0
    for theatre, view in zip(argv[1:], views, strict=False):
        legend = view.split("| map width")[0]
        _, *rest = re.split(r"Sides(?: in view)?", legend, maxsplit=1)
        listed = sorted(s for s in theatres_of if rest and s in rest[0])
        other = [s for s in listed if theatre not in theatres_of[s]]
        listed_all += len(listed)
        other_all += len(other)
        print(f"{theatre}: listed {listed}; of no item of this conflict {other}")
    print(f"in all: {listed_all} sides listed, {other_all} of no item of the conflict in view")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
