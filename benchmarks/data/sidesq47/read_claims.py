import sys
from pathlib import Path
from explorer.pipeline import analyse_sources
folder = Path(sys.argv[1])
a = analyse_sources([folder])
names = {t.id: t.name for t in a.theatres}
rows = []
for st in a.stances:
    for e in st.evidence:
        rows.append((Path(e.doc).stem, st))
        break
for stem in sorted({p.stem for p in folder.glob("*.txt")}):
    print(f"[{stem}]")
    for s, st in rows:
        if s == stem:
            d = {k: getattr(st, k, None) for k in ("power", "relation", "party", "claimed_by", "denied")}
            print("   ", d.get("power"), d.get("relation"), d.get("party"), "|by:", d.get("claimed_by"), "|neg:", d.get("denied"), "|", names.get(getattr(st, "theatre", None) or "", ""))
