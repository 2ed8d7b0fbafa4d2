"""dump.py FILE...: every reading of every other-senses line, one line of output per line.

Run from a tree with PYTHONPATH set to it: ``PYTHONPATH=TREE python dump.py FILE...``.
"""

import sys
from pathlib import Path

sys.path.insert(0, ".")
from explorer.geoparse import Geoparser

gp = Geoparser.default()
for path in sys.argv[1:]:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text = line.split("  #")[0].strip()
        out = []
        for t in gp.parse(text, include_demonyms=False):
            c = t.candidate
            out.append(f"{t.name}={c.country or '-'}:{c.admin1}" if c else f"{t.name}=unplaced")
        print(f"{text[:60]} -> {'; '.join(out)}")
