"""Every stance of every events_fresh*/places_fresh* docs folder, one line each."""
import sys
from pathlib import Path
from explorer.pipeline import analyse_sources
data = Path("/work/wt-sides2/benchmarks/data")
out = []
folders = sorted(p for p in data.glob("*_fresh*/docs") if p.parent.name.startswith(("events_fresh", "places_fresh")))
for folder in folders:
    a = analyse_sources([folder])
    names = {t.id: t.name for t in a.theatres}
    for st in a.stances:
        e = st.evidence[0]
        out.append(f"{folder.parent.name} | {st.power} {'NOT ' if st.negated else ''}{st.relation} {st.party} [ {names.get(st.theatre)} ] {st.claimed_by or ''} | {Path(e.doc).name} | {' '.join(e.text.split())[:240]}")
    print(folder.parent.name, len(a.stances), file=sys.stderr, flush=True)
Path(sys.argv[1]).write_text("\n".join(sorted(out)) + "\n")
