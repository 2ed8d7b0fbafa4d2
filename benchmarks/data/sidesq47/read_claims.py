"""Every stance claim of each story of a folder, with its conflict: sidesq47's other senses.

cd TREE && PYTHONPATH=. /work/wt-sides/.venv/bin/python read_claims.py DOCS
"""

import sys
from pathlib import Path

from explorer.pipeline import analyse_sources

folder = Path(sys.argv[1])
a = analyse_sources([folder])
names = {t.id: t.name for t in a.theatres}
rows = [(Path(st.evidence[0].doc).stem, st) for st in a.stances if st.evidence]
for stem in sorted({p.stem for p in folder.glob("*.txt")}):
    print(f"[{stem}]")
    for s, st in rows:
        if s == stem:
            war = names.get(st.theatre or "", "")
            print("   ", st.power, st.relation, st.party, "|by:", st.claimed_by, end=" ")
            print("|neg:", st.negated, "|", war)
