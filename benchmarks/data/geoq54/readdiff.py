"""readdiff.py A B: the readings (name, span, country, gazetteer id) that differ between two
``explorer geoparse`` JSONL outputs, by text id."""

import json
import sys
from pathlib import Path


def load(path: str) -> dict:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out[r["id"]] = {
            (t["start"], t["end"], t["name"]): (t.get("country"), t.get("gazetteer_id"))
            for t in r["toponyms"]
        }
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
n = files = 0
for k in sorted(set(a) | set(b)):
    x, y = a.get(k, {}), b.get(k, {})
    diffs = [
        f"  {s[2]!r}@{s[0]}: {x.get(s, 'absent')} -> {y.get(s, 'absent')}"
        for s in sorted(set(x) | set(y))
        if x.get(s) != y.get(s)
    ]
    if diffs:
        files += 1
        n += len(diffs)
        print(k)
        print("\n".join(diffs))
print(f"{n} readings changed in {files} files")
