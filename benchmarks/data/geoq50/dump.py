"""Every name read in the other-senses files, with its reading, for the tree on PYTHONPATH.

PYTHONPATH=TREE .venv/bin/python benchmarks/data/geoq50/dump.py > OUT.txt
"""

from pathlib import Path

from explorer.geoparse import Geoparser

gp = Geoparser.default()
for path in sorted(Path(__file__).parent.glob("*.txt")):
    for t in gp.parse(path.read_text(encoding="utf-8"), include_demonyms=False):
        c = t.candidate
        where = f"{c.country} {c.admin1} {c.gazetteer_id}" if c else "unplaced"
        print(f"{path.stem}\t{t.start}\t{t.name}\t{where}")
