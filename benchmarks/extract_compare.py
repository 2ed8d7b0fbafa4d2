"""What extraction finds on the 706 LGL and TR-News articles, written out and compared.

    .venv/bin/python benchmarks/extract_compare.py dump OUT.json [--limit N]
    .venv/bin/python benchmarks/extract_compare.py diff BEFORE.json AFTER.json [--show 20]

``dump`` writes the 706 articles of ../shared/eval as text files (as ingest_scale.py does),
reads them as ingest does, geoparses them and extracts their events, assets, stances and
theatres in batches of 16, and writes every item with its evidence spans. ``diff`` prints the
counts of both dumps and the items found by one only, article by article: run it on the code
before and after a change that should keep what extraction finds (a speed change).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
KINDS = ("events", "assets", "stances", "theatres")


def _evidence(item) -> list[list[int]]:
    return sorted([e.start, e.end] for e in item.evidence)


def _key(kind: str, item) -> str:
    """One item as a line: what it says and the spans of its evidence."""
    if kind == "events":
        what = [item.label, item.date, item.place_id, item.actors, item.targets, item.status]
    elif kind == "assets":
        what = [item.id, item.type, item.name, item.operators, item.gazetteer_id]
    elif kind == "stances":
        what = [item.power, item.relation, item.party, item.theatre, item.negated, item.claimed_by]
    else:
        what = [item.id, item.name, item.country]
    return json.dumps([*what, _evidence(item)], ensure_ascii=False, default=str)


def eval_outputs(limit: int | None) -> Iterator:
    """The analysis of each of the 706 LGL and TR-News articles (the first ``limit``), read as
    ingest reads them (text files, batches of 16); an analysis that fails stops the run."""
    from ingest_scale import write_corpus

    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    work = analyser()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, 706)
        docs = list(iter_documents(article_files([folder], []), []))[:limit]
    for first in range(0, len(docs), 16):  # as ingest does: batches of 16
        for output in work.analyse(docs[first : first + 16]):
            if output.problem:
                raise SystemExit(output.problem)
            yield output


def dump(out: Path, limit: int | None) -> None:
    found: dict[str, dict[str, list[str]]] = {}
    for output in eval_outputs(limit):
        doc_id = output.document.id
        found[doc_id] = {k: sorted(_key(k, x) for x in getattr(output, k)) for k in KINDS}
    out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")
    totals = Counter({k: sum(len(v[k]) for v in found.values()) for k in KINDS})
    print(f"{len(found)} articles: " + ", ".join(f"{totals[k]} {k}" for k in KINDS))


def diff(before: Path, after: Path, show: int) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    for k in KINDS:
        na = sum(len(v[k]) for v in a.values())
        nb = sum(len(v[k]) for v in b.values())
        lost = [(d, x) for d in a for x in sorted(set(a[d][k]) - set(b.get(d, {}).get(k, [])))]
        new = [(d, x) for d in b for x in sorted(set(b[d][k]) - set(a.get(d, {}).get(k, [])))]
        docs = {d for d, _ in lost} | {d for d, _ in new}
        print(
            f"{k:>8}: {na} before, {nb} after; {len(lost)} only before, {len(new)} only after"
            f" (in {len(docs)} articles)"
        )
        for sign, rows in (("-", lost), ("+", new)):
            for d, x in rows[:show]:
                print(f"    {sign} {d}: {x}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, help="the first N articles only")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.limit)
    else:
        diff(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
