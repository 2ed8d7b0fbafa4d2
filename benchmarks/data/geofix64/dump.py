"""Every reading of every text file beside this script, for comparing two trees' code.

PYTHONPATH=TREE python benchmarks/data/geofix64/dump.py > OUT.txt
"""

from pathlib import Path

from explorer.geoparse import Geoparser

gp = Geoparser.default()
for path in sorted(Path(__file__).parent.glob("*.txt")):
    for n, para in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
        for t in gp.parse(para, include_demonyms=False):
            c = t.candidate
            entry = gp.gaz.entry(c.gazetteer_id) if c else None
            where = (
                f"{c.country} {entry.admin1 if entry else ''} {c.gazetteer_id}" if c else "unplaced"
            )
            print(f"{path.stem}\t{n}\t{t.name}\t{where}")
