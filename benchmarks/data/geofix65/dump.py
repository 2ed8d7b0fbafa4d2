"""Every reading of every line of FILE (a "#" line or a blank one is no text), for comparing two
trees' code: NAME=COUNTRY/REGION/PEOPLE, "-" where no place is read.

cd TREE && PYTHONPATH=TREE python benchmarks/data/geofix65/dump.py FILE > OUT.txt
"""

import sys
from pathlib import Path

from explorer.geoparse import Geoparser

gp = Geoparser.default()
text = Path(sys.argv[1]).read_text(encoding="utf-8")
for line in text.split("\n"):
    if not line.strip() or line.startswith("#"):
        continue
    out = []
    for t in gp.parse(line, include_demonyms=False):
        c = t.candidate
        e = gp.gaz.entry(c.gazetteer_id) if c else None
        where = f"{c.country}/{e.admin1 if e else ''}/{e.population if e else ''}" if c else "-"
        out.append(f"{t.name}={where}")
    print(line[:90], "=>", "; ".join(out))
