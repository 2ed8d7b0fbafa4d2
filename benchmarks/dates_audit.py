"""When the events found in real news happened: the app's dates beside dates read by hand.

    .venv/bin/python benchmarks/dates_audit.py dump OUT.json [FOLDER ...]
    .venv/bin/python benchmarks/dates_audit.py sentences OUT.json [--unlabelled]
    .venv/bin/python benchmarks/dates_audit.py score OUT.json [--labels L.jsonl] [-v]

``dump`` runs the pipeline over the folders (by default the fresh batches, the dates batch,
the seeds and the stance documents) and writes every event with its article's publication
date, the sentence of its first excerpt and the date, precision and basis the app gives.
``sentences`` prints the events' sentences and the article's top lines *without* the app's
dates, for labelling.
``score`` counts each labelled event as

    right        the app's date is the label's (the same value at the same precision, read in
                 the sentence or the article's own), or the label is none and the app shows
                 the article's date as such ("published")
    wrong_day    the same year, another month or day
    wrong_year   another year
    too_precise  the label's date is the start of the app's (a day where the text gives a month)
    vaguer       the app's date is the start of the label's (a month where the text gives a day)
    missing      the text gives a date, the app none (or only the article's date, as such)
    made_up      the label is none and the app gives a date it read in the sentence
    past_as_published  the text tells an earlier event it does not date (label ``"past":
                 true``), and the app shows it on the article's date

A label (benchmarks/data/dates_labels.jsonl) is the event's article, first excerpt's start and
type (as ``events_audit.py`` keys them), the date the text supports (``YYYY-MM-DD``,
``YYYY-MM``, ``YYYY`` or null) and a note; a line with ``"published"`` instead of a key is the
article's publication date as its text or dateline states it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "dates_labels.jsonl"
FOLDERS = (
    ROOT / "benchmarks" / "data" / "events_fresh" / "docs",
    ROOT / "benchmarks" / "data" / "events_fresh2" / "docs",
    ROOT / "benchmarks" / "data" / "stances_fresh" / "docs",
    ROOT / "benchmarks" / "data" / "places_fresh" / "docs",
    ROOT / "benchmarks" / "data" / "dates_fresh" / "docs",
    ROOT / "benchmarks" / "data" / "dates_fresh2" / "docs",
    ROOT / "benchmarks" / "data" / "dates_fresh3" / "docs",
    ROOT / "benchmarks" / "data" / "dates_fresh4" / "docs",
    ROOT / "benchmarks" / "data" / "dates_fresh5" / "docs",
    ROOT / "seeds",
    Path("/tmp/stdocs"),
)


def _keys(doc_id: str, events: list[dict]) -> list[str]:
    """Each event's key: its article, first excerpt's start and type, and ``#2``, ``#3`` ...
    for the second and third event of one sentence and type, in the app's order."""
    seen: Counter[str] = Counter()
    out = []
    for ev in events:
        k = f"{doc_id}|{ev['evidence'][0][0]}|{ev['type']}"
        seen[k] += 1
        out.append(k if seen[k] == 1 else f"{k}#{seen[k]}")
    return out


def dump(out: Path, folders: list[Path]) -> None:
    from explorer.corpus import article_files, iter_documents
    from explorer.extract.dates import dateline_date
    from explorer.pipeline import analyser

    work = analyser()
    found: dict[str, dict] = {}
    for folder in folders:
        docs = list(iter_documents(article_files([folder], []), []))
        for first in range(0, len(docs), 16):
            for output in work.analyse(docs[first : first + 16]):
                if output.problem:
                    print(f"{folder}: {output.problem}", file=sys.stderr)
                    continue
                doc = output.document
                text = doc.text
                rows = []
                for e in output.events:
                    spans = sorted((x.start, x.end) for x in e.evidence)
                    a = spans[0][0]
                    s0 = next((s for s in doc.sentences if s.start <= a < s.end), None)
                    rows.append(
                        {
                            "type": e.type,
                            "label": e.label,
                            "status": e.status,
                            "evidence": [list(s) for s in spans],
                            "sentence": text[s0.start : s0.end] if s0 else text[a : spans[0][1]],
                            "date": e.date,
                            "precision": e.date_precision,
                            "basis": e.date_basis,
                        }
                    )
                found[doc.id] = {
                    "folder": folder.name if folder.name != "docs" else folder.parent.name,
                    "published": doc.published or dateline_date(text),
                    "top": text[:300],
                    "events": rows,
                }
    out.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(found)} articles: {sum(len(v['events']) for v in found.values())} events")


def _labels(path: Path) -> tuple[dict[str, str | None], dict[str, dict]]:
    published: dict[str, str | None] = {}
    events: dict[str, dict] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "published" in row:
                published[row["doc"]] = row["published"]
            else:
                events[row["key"]] = row
    return published, events


def sentences(path: Path, labels: Path, unlabelled: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    pub_labels, ev_labels = _labels(labels)
    for doc_id, d in data.items():
        keyed = list(zip(_keys(doc_id, d["events"]), d["events"], strict=True))
        rows = [(k, e) for k, e in keyed if not (unlabelled and k in ev_labels)]
        if not rows:
            continue
        print(f"=== {doc_id}  ({d['folder']})")
        if doc_id not in pub_labels:
            print("   TOP:", d["top"].replace("\n", " | ")[:300])
        for k, e in rows:
            print(f" - {k}  [{e['status'] or 'done'}] {e['label']}  || {e['sentence']}")


def verdict(row: dict, date: str | None, basis: str, published: str | None) -> str:
    label = row["date"]
    if date and date == label:
        return "right"  # the article's date, shown as such, when the event was on that day
    if row.get("past"):  # an earlier event the text does not date
        if basis == "published":
            return "past_as_published"
        return "right" if not date or (published and date < published[: len(date)]) else "made_up"
    if basis == "published" or not date:
        return "right" if label is None else "missing"
    if label is None:
        return "made_up"
    if date == label:
        return "right"
    if date.startswith(label):
        return "too_precise"
    if label.startswith(date):
        return "vaguer"
    return "wrong_year" if date[:4] != label[:4] else "wrong_day"


KINDS = (
    "right",
    "wrong_day",
    "wrong_year",
    "too_precise",
    "vaguer",
    "missing",
    "made_up",
    "past_as_published",
)


def _group(folder: str) -> str:
    """The labelled set is dates1's folders together; each fresh dates batch is its own."""
    return folder if folder.startswith("dates_fresh") else "labelled set"


def score(path: Path, labels: Path, verbose: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    pub_labels, ev_labels = _labels(labels)
    counts: Counter[str] = Counter()
    by_folder: dict[str, Counter[str]] = {}
    pubs: Counter[str] = Counter()
    unread = 0
    for doc_id, d in data.items():
        if doc_id in pub_labels:
            want = pub_labels[doc_id]
            got = d["published"]
            pubs["right" if got == want else ("missing" if got is None else "wrong")] += 1
            if verbose and got != want:
                print(f"published {doc_id}: app {got}, text {want}")
        for k, e in zip(_keys(doc_id, d["events"]), d["events"], strict=True):
            row = ev_labels.get(k)
            if row is None:
                unread += 1
                continue
            v = verdict(row, e["date"], e["basis"], pub_labels.get(doc_id))
            counts[v] += 1
            by_folder.setdefault(_group(d["folder"]), Counter())[v] += 1
            if verbose and v != "right":
                print(
                    f"{v:11s} {k}: app {e['date']} ({e['basis']}), "
                    f"text {row['date']}  | {e['sentence'][:160]}"
                )
    total = sum(counts.values())
    print(
        f"{total} events labelled ({unread} unread): "
        + ", ".join(f"{k} {counts[k]}" for k in KINDS)
    )
    for group, c in sorted(by_folder.items()):
        print(f"  {group}: " + ", ".join(f"{k} {c[k]}" for k in KINDS if c[k]))
    print("publication dates: " + ", ".join(f"{k} {v}" for k, v in sorted(pubs.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", type=Path, nargs="*")
    s = sub.add_parser("sentences")
    s.add_argument("dump", type=Path)
    s.add_argument("--labels", type=Path, default=LABELS)
    s.add_argument("--unlabelled", action="store_true")
    c = sub.add_parser("score")
    c.add_argument("dump", type=Path)
    c.add_argument("--labels", type=Path, default=LABELS)
    c.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.folders or [f for f in FOLDERS if f.is_dir()])
    elif args.cmd == "sentences":
        sentences(args.dump, args.labels, args.unlabelled)
    else:
        score(args.dump, args.labels, args.verbose)


if __name__ == "__main__":
    main()
