"""Every reading of each line of other_senses.txt: python dump.py FILE, run in a tree."""

import sys
from pathlib import Path

from explorer.geoparse import Geoparser

gp = Geoparser.default()
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    out = [
        (t.name, t.candidate and t.candidate.country, t.candidate and t.candidate.gazetteer_id)
        for t in gp.parse(line, include_demonyms=False)
    ]
    print(line[:60], "=>", out)
