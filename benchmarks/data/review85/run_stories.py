"""Read review85's stories with the checkout on PYTHONPATH and print each one's assets.

    cd CHECKOUT && PYTHONPATH=. python /work/wt-ux/benchmarks/data/review85/run_stories.py

Each story is one document read by the pipeline's analyser (countries included); each asset
is printed as type, name, point (lon lat, or "listed"), its country, and the country of the
outline holding its point ("=" when the two agree).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _outline_country(geometry, countries) -> str:
    from shapely.geometry import shape

    from explorer.outlines import country_shape

    where = shape(geometry).representative_point()
    near = []
    for code in sorted(countries):
        outline = country_shape(code)
        if outline is None:
            continue
        d = shape(outline).distance(where)
        if d == 0:
            return code
        near.append((d, code))
    d, code = min(near, default=(1.0, "?"))
    return code if d <= 0.25 else "?"


def main() -> None:
    from explorer.model import Document
    from explorer.pipeline import analyser

    src = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "sentences.txt"
    lines = [
        ln.split("\t", 1)
        for ln in src.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    work = analyser()
    docs = [Document(f"s{i:03}.txt", "", "", text, f"{i}") for i, (_e, text) in enumerate(lines)]
    for (expect, text), out in zip(lines, work.analyse(docs), strict=True):
        print(f"{expect}\t{text}")
        for a in out.assets:
            if a.geometry is None:
                where = "listed"
            else:
                c = a.geometry["coordinates"]
                if a.geometry["type"] == "Point":
                    inside = _outline_country(a.geometry, work.gazetteer.countries)
                    where = f"{c[0]:.2f} {c[1]:.2f} in {inside}"
                else:
                    where = (
                        a.geometry["type"]
                        + " in "
                        + _outline_country(a.geometry, work.gazetteer.countries)
                    )
            country = getattr(a, "country", "-")
            print(f"    {a.type}\t{a.name}\t{where}\tcountry={country}")


if __name__ == "__main__":
    main()
