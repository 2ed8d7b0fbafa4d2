"""Every asset of the texts we hold, with its type, point and country, for a base-to-branch diff.

    cd CHECKOUT && PYTHONPATH=. python .../assetsfix21/held_assets.py OUT.tsv FOLDER...

Reads each folder's stories as ingest does (the pipeline's analyser) and writes one line per
asset: file, type, name, point (lon lat, or "listed"), country. Run on two checkouts and
``diff`` the outputs: every line that differs is a reading changed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    work = analyser()
    lines = []
    for folder in sys.argv[2:]:
        docs = list(iter_documents(article_files([Path(folder)], []), []))
        for out in work.analyse(docs):
            name = f"{Path(folder).parent.name}/{Path(out.document.path).name}"
            for a in out.assets:
                if a.geometry is None:
                    where = "listed"
                elif a.geometry["type"] == "Point":
                    where = "{:.3f} {:.3f}".format(*a.geometry["coordinates"][:2])
                else:
                    where = a.geometry["type"]
                lines.append(f"{name}\t{a.type}\t{a.name}\t{where}\t{a.country}")
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} assets")


if __name__ == "__main__":
    main()
