"""Compare two readings of a stories file story by story (review92).

    python benchmarks/data/review92/compare.py A.txt B.txt

A and B are outputs of ``benchmarks/stances_review55.py --all FILE``; each story whose
claims changed is printed with its tag: same-right, WORSE (right on A only), BETTER (right on
B only) or changed-both-wrong (to be read by hand).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def read(path: str) -> dict[str, list]:
    """Each story's name -> [read right, its claim lines]."""
    out: dict[str, list] = {}
    cur = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(XX|  ) \[([^\]]+)\]", line)
        if m:
            cur = m.group(2)
            out[cur] = [m.group(1) == "  ", []]
        elif cur and line.startswith("    "):
            out[cur][1].append(line.strip())
    return out


def main() -> None:
    a, b = read(sys.argv[1]), read(sys.argv[2])
    for k in a:
        if a[k] != b.get(k):
            ra, rb = a[k][0], b[k][0]
            tag = (
                "same-right"
                if ra and rb
                else "WORSE"
                if ra
                else "BETTER"
                if rb
                else "changed-both-wrong"
            )
            print(tag, k, a[k][1], "->", b[k][1])
    print(len(a), "stories;", sum(1 for k in a if a[k] != b.get(k)), "changed")


if __name__ == "__main__":
    main()
