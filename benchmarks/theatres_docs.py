"""The conflicts each document of some folders is shown in, written out for reading by hand.

    .venv/bin/python benchmarks/theatres_docs.py OUT.json FOLDER...

Reads the articles of each folder as ingest does (batches of 16, the pipeline's analyser) and
writes, per document ("batch/file"), its theatres (id, name, whether a claim of the document
is filed in it, and each excerpt with its span) and its stances (as lines), so two trees' outputs
can be compared document by document (e.g. every ``benchmarks/data/*/docs`` folder, before and
after a change to the theatres a sentence with no claim shows).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from explorer.corpus import article_files, iter_documents
from explorer.pipeline import analyser


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit("usage: theatres_docs.py OUT.json FOLDER...")
    out, folders = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    work = analyser()
    found: dict[str, dict] = {}
    for folder in folders:
        docs = list(iter_documents(article_files([folder], []), []))
        for first in range(0, len(docs), 16):
            for o in work.analyse(docs[first : first + 16]):
                key = f"{folder.parent.name}/{Path(o.document.path).name}"
                if o.problem:
                    found[key] = {"problem": o.problem}
                    continue
                filed = {s.theatre for s in o.stances}
                found[key] = {
                    "theatres": sorted(
                        json.dumps(
                            [
                                t.id,
                                t.name,
                                t.id in filed,
                                [[e.start, e.end, e.text] for e in t.evidence],
                            ],
                            ensure_ascii=False,
                        )
                        for t in o.theatres
                    ),
                    "stances": sorted(
                        json.dumps(
                            [
                                s.power,
                                s.relation,
                                s.party,
                                s.theatre,
                                s.negated,
                                s.claimed_by,
                                sorted([e.start, e.end] for e in s.evidence),
                            ]
                        )
                        for s in o.stances
                    ),
                }
        print(folder, len(docs), flush=True)
    out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
