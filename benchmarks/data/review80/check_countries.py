"""Whether every placed asset's country is the country of the point it is drawn at.

    cd CHECKOUT && PYTHONPATH=. python .../review80/check_countries.py FOLDER...

Reads every story of the folders as ingest does (the pipeline's analyser) and prints each
placed asset whose ``country`` is not the country whose outline holds its point (a coast's
point: the nearest outline within 0.25 degrees), then the counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_stories import _outline_country


def main() -> None:
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    work = analyser()
    placed = agree = 0
    for folder in sys.argv[1:]:
        docs = list(iter_documents(article_files([Path(folder)], []), []))
        for out in work.analyse(docs):
            for a in out.assets:
                if a.geometry is None or a.geometry["type"] != "Point":
                    continue
                placed += 1
                drawn = _outline_country(a.geometry, work.gazetteer.countries)
                if drawn == a.country:
                    agree += 1
                else:
                    name = Path(out.document.path).name
                    print(f"{name}\t{a.type}\t{a.name}\tcountry={a.country}\tpoint in {drawn}")
    print(f"placed assets (points): {placed}; country = the point's: {agree}")


if __name__ == "__main__":
    main()
