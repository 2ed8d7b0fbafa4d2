"""Print the stances each line of a file gives, each line read as a document of its own.

    .venv/bin/python benchmarks/sidesq48_senses.py benchmarks/data/sidesq48/FILE.txt

For sentences of other senses written before a rule is run on them (sidesq48's README).
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.pipeline import analyse_sources

text = Path(sys.argv[1]).read_text(encoding="utf-8")
lines = [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
with tempfile.TemporaryDirectory() as tmp:
    for i, x in enumerate(lines):
        body = f"s{i}\n1 January 2000\n\n{x}\n"
        Path(tmp, f"s{i:03d}.txt").write_text(body, encoding="utf-8")
    a = analyse_sources([Path(tmp)])
by: dict[str, list] = {}
for st in a.stances:
    for e in st.evidence:
        by.setdefault(Path(e.doc).stem, []).append(st)
for i, x in enumerate(lines):
    print(f"[{i}] {x}")
    for st in by.get(f"s{i:03d}", []):
        cb = f" (by {st.claimed_by})" if getattr(st, "claimed_by", None) else ""
        print(f"     {st.power} --{st.relation}--> {st.party}{cb}")
