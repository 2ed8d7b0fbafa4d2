"""Every stance of every events_fresh*/places_fresh* docs folder, one line each (sidesfix68).

    cd TREE && PYTHONPATH=. .venv/bin/python benchmarks/data/sidesfix68/sweep.py OUT.txt

The folders are read from the benchmarks/data beside this file; the code from TREE.
"""

import sys
from pathlib import Path

from explorer.pipeline import analyse_sources

DATA = Path(__file__).resolve().parent.parent


def main(out_path: str) -> None:
    out = []
    folders = sorted(
        p
        for p in DATA.glob("*_fresh*/docs")
        if p.parent.name.startswith(("events_fresh", "places_fresh"))
    )
    for folder in folders:
        a = analyse_sources([folder])
        names = {t.id: t.name for t in a.theatres}
        for st in a.stances:
            e = st.evidence[0]
            rel = f"{'NOT ' if st.negated else ''}{st.relation}"
            war = f"[ {names.get(st.theatre)} ] {st.claimed_by or ''}"
            text = " ".join(e.text.split())[:240]
            out.append(
                f"{folder.parent.name} | {st.power} {rel} {st.party} {war} | "
                f"{Path(e.doc).name} | {text}"
            )
        print(folder.parent.name, len(a.stances), file=sys.stderr, flush=True)
    Path(out_path).write_text("\n".join(sorted(out)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
