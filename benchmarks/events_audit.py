"""A precision audit of the events extraction finds on the 706 LGL and TR-News articles.

    .venv/bin/python benchmarks/events_audit.py dump OUT.json [--limit N] [--folder DIR]
    .venv/bin/python benchmarks/events_audit.py show OUT.json [--verdicts V.json] [--all]
                                                 [--verdict KIND]
    .venv/bin/python benchmarks/events_audit.py score OUT.json [--verdicts V.json]
    .venv/bin/python benchmarks/events_audit.py joined OUT.json
    .venv/bin/python benchmarks/events_audit.py sample N [--seed S] [--eval-dir DIR]

Nobody labelled the events of these articles, so they are read by hand: ``dump`` writes every
event with its place (name, country, kind), its status and the text of its evidence; ``show``
prints the events that have no verdict yet (``--all``: every one; ``--verdict KIND``:
those judged KIND, with the note), for reading; ``score``
counts the events of a dump by verdict; ``joined`` prints the events of different articles
that merging joins into one (as a project of all 706 articles would show them), for
reading; ``sample`` draws N articles of the held-out (odd) half of the geoparser's split
(benchmarks/geoparse_eval.py) that no verdict names yet (so none with an event the audit has
read), at random from a seed, and prints their ids and first words, for reading whole.
``dump --folder DIR`` reads the articles of a folder instead (the 42 stance documents,
/work/shared/eval/stances/docs, and the fresh batch of 40 stories nobody tuned on,
benchmarks/data/events_fresh/docs, whose events are judged in the same verdict file by their
file names). A
verdict (benchmarks/data/events_audit.jsonl: the
event's article, first excerpt and type, its label, the verdict and a note) is one of

    right       the excerpt reports this event, of this type, and its roles and place are right
                or left empty
    type        an event, but of another type
    not_event   no event: a word in another sense, a figurative use, a statistic, a habit or
                an institution, history mentioned in passing, an event only named
    roles       an event of this type, but an actor or a target is wrong (an address, a byline,
                the victim as the author)
    place       an event of this type, put at the wrong place (``place_far``: on the wrong
                continent)

and is kept with the event's label, so that ``score`` counts an event whose label changed since
it was read as unread rather than reusing a verdict that may no longer hold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
VERDICTS = ROOT / "benchmarks" / "data" / "events_audit.jsonl"
KINDS = ("right", "type", "not_event", "roles", "place", "place_far")


def _key(doc_id: str, ev: dict) -> str:
    """One event across runs: its article, the start of its first excerpt and its type."""
    return f"{doc_id}|{ev['evidence'][0][0]}|{ev['type']}"


def _folder_outputs(folder: Path, limit: int | None) -> Iterator:
    """The analysis of each article of a folder (the first ``limit``), as ingest reads them."""
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    work = analyser()
    docs = list(iter_documents(article_files([folder], []), []))[:limit]
    for first in range(0, len(docs), 16):  # as ingest does: batches of 16
        for output in work.analyse(docs[first : first + 16]):
            if output.problem:
                raise SystemExit(output.problem)
            yield output


def _dateline_place(output) -> str | None:
    """The id of the place the document's dateline names ("ANKARA -", "JAKARTA, Indonesia -":
    its town before its country, as the events read it)."""
    from explorer.extract.focus import dateline_span

    span = dateline_span(output.document.text)
    places = {p.id: p for p in output.places}
    inside = sorted(
        (places[m.place_id].kind == "country", m.start, m.place_id)
        for m in output.mentions
        if span is not None and m.place_id in places and span[0] <= m.start and m.end <= span[1]
    )
    return inside[0][2] if inside else None


def dump(out: Path, limit: int | None, folder: Path | None = None) -> None:
    from extract_compare import eval_outputs

    from explorer.extract.merge import merge_analysis_events
    from explorer.model import Analysis

    found: dict[str, list[dict]] = {}
    every = Analysis()
    seen_places: set[str] = set()
    key_of: dict[str, str] = {}
    outputs = eval_outputs(limit) if folder is None else _folder_outputs(folder, limit)
    for output in outputs:
        text = output.document.text
        places = {p.id: p for p in output.places}
        dateline = _dateline_place(output)
        every.places += [p for p in output.places if p.id not in seen_places]
        seen_places.update(places)
        every.events += output.events
        rows = []
        for e in output.events:
            p = places.get(e.place_id) if e.place_id else None
            spans = sorted((x.start, x.end) for x in e.evidence)
            rows.append(
                {
                    "label": e.label,
                    "type": e.type,
                    "status": e.status,
                    "actors": e.actors,
                    "targets": e.targets,
                    "place": [p.name, p.country, p.kind, p.gazetteer_id] if p else None,
                    "place_basis": e.place_basis,
                    # a place the story lends that its dateline names: where the reporter is
                    "dateline": e.place_basis == "article" and e.place_id == dateline,
                    "evidence": [list(s) for s in spans],
                    "excerpts": [text[a:b] for a, b in spans],
                }
            )
            for member in [e.id, *e.members]:
                key_of[member] = _key(output.document.id, rows[-1])
        found[output.document.id] = rows
    # the reports of one event told by several articles, joined as a project joins them
    joined = [
        sorted({key_of[m] for m in e.members if m in key_of})
        for e in merge_analysis_events(every).events
        if len({x.doc for x in e.evidence}) > 1
    ]
    for doc_id, rows in found.items():
        for row in rows:
            k = _key(doc_id, row)
            row["joined"] = next(([m for m in g if m != k] for g in joined if k in g), [])
    out.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(found)} articles: {sum(len(v) for v in found.values())} events")


def _verdicts(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(event key, label) -> (verdict, note), from one JSON object a line."""
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {(r["event"], r["label"]): (r["verdict"], r.get("note", "")) for r in rows}


def _verdict(verdicts: dict, doc_id: str, ev: dict) -> str | None:
    found = verdicts.get((_key(doc_id, ev), ev["label"]))
    return found[0] if found else None


def show(path: Path, verdicts: dict, every: bool, kind: str | None = None) -> None:
    events = json.loads(path.read_text(encoding="utf-8"))
    for doc_id, rows in events.items():
        for ev in rows:
            verdict = _verdict(verdicts, doc_id, ev)
            if kind is not None and verdict != kind:
                continue
            if kind is None and not every and verdict is not None:
                continue
            place = ev["place"]
            basis = ev["place_basis"] + (", dateline" if ev.get("dateline") else "")
            where = f"{place[0]} ({place[1]}, {place[2]}, {basis})" if place else "-"
            print(f"== {_key(doc_id, ev)}\n   {ev['label']}  [{ev['status']}] at {where}")
            if verdict is not None:
                note = verdicts[(_key(doc_id, ev), ev["label"])][1]
                print(f"   verdict: {verdict}" + (f" ({note})" if note else ""))
            for text in ev["excerpts"]:
                print("   > " + " ".join(text.split())[:400])


def show_joined(path: Path) -> None:
    """Each event that merging joins across articles, with every article's first excerpt."""
    events = json.loads(path.read_text(encoding="utf-8"))
    rows = {_key(doc_id, ev): ev for doc_id, evs in events.items() for ev in evs}
    shown: set[str] = set()
    for key, ev in rows.items():
        if not ev.get("joined") or key in shown:
            continue
        group = [key, *ev["joined"]]
        shown.update(group)
        print(f"== {len(group)} reports")
        for k in group:
            print(
                f"   {k}  {rows[k]['label']}\n   > "
                + " ".join(rows[k]["excerpts"][0].split())[:300]
            )
    print(f"{len(shown)} reports in joined events")


def score(path: Path, verdicts: dict) -> None:
    events = json.loads(path.read_text(encoding="utf-8"))
    by_type: dict[str, Counter] = {}
    total: Counter = Counter()
    for doc_id, rows in events.items():
        for ev in rows:
            v = _verdict(verdicts, doc_id, ev) or "unread"
            total[v] += 1
            by_type.setdefault(ev["type"], Counter())[v] += 1
    n = sum(total.values())
    read = n - total["unread"]
    print(f"{n} events, {read} read: " + ", ".join(f"{k} {total[k]}" for k in KINDS))
    if read:
        print(f"precision (right / read): {total['right'] / read:.2f}")
    for etype, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " ".join(f"{k}={c[k]}" for k in (*KINDS, "unread") if c[k])
        print(f"  {etype:>12}: {sum(c.values()):3d}  {cells}")


def sample(n: int, seed: int, eval_dir: Path, verdicts: dict) -> None:
    """N articles of the held-out half that the audit has no verdict for, drawn from a seed."""
    import random

    from geoparse_eval import half

    judged = {key.split("|")[0].rsplit("-", 1)[0] for key, _label in verdicts}
    pool = []
    for corpus in ("lgl", "trnews"):
        with (eval_dir / f"{corpus}.jsonl").open(encoding="utf-8") as fh:
            lines = list(fh)  # not splitlines(): texts hold U+2028 and the like
        for line in lines:
            if line.strip():
                doc = json.loads(line)
                if half(doc["id"]) == "odd" and doc["id"] not in judged:
                    pool.append((doc["id"], doc["text"]))
    k = min(n, len(pool))
    print(f"{len(pool)} held-out articles without a verdict; {k} drawn (seed {seed})")
    for doc_id, text in sorted(random.Random(seed).sample(pool, k)):
        print(f"{doc_id}\t{' '.join(text.split())[:100]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, help="the first N articles only")
    d.add_argument("--folder", type=Path, help="the articles of this folder instead")
    sub.add_parser("joined").add_argument("dump", type=Path)
    sm = sub.add_parser("sample")
    sm.add_argument("n", type=int)
    sm.add_argument("--seed", type=int, default=9)
    sm.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    for name in ("show", "score"):
        s = sub.add_parser(name)
        s.add_argument("dump", type=Path)
        s.add_argument("--verdicts", type=Path, default=VERDICTS)
        if name == "show":
            s.add_argument("--all", action="store_true")
            s.add_argument("--verdict", choices=KINDS, help="only the events judged so")
    args = ap.parse_args()
    if args.cmd == "dump":
        if args.folder is not None and not args.folder.is_dir():
            raise SystemExit(f"not a folder: {args.folder}")
        dump(args.out, args.limit, args.folder)
    elif args.cmd == "sample":
        sample(args.n, args.seed, args.eval_dir, _verdicts(VERDICTS))
    elif args.cmd == "joined":
        show_joined(args.dump)
    elif args.cmd == "show":
        show(args.dump, _verdicts(args.verdicts), args.all, args.verdict)
    else:
        score(args.dump, _verdicts(args.verdicts))


if __name__ == "__main__":
    main()
