"""Precision and recall of explorer.extract on hand-labelled sets that are not the seeds.

    python benchmarks/extract_eval.py [--gold benchmarks/data/extract_gold.jsonl]
                                      [--events-gold benchmarks/data/events_gold.jsonl]
                                      [--eval-dir ../shared/eval] [--split dev|heldout|all]
                                      [--toponyms geoparser|ner|none] [--errors] [-v]

Two sets. ``extract_gold.jsonl`` holds short texts written by the team with their stances and
events. ``events_gold.jsonl`` holds 135 events hand-labelled in real news (LGL, TR-News and AG
News documents of ``../shared/eval``, read from there; see ``data/events_gold.md``): events are
scored by type, place within 161 km, date, and actors with their roles (benchmarks/
event_scoring.py), then merged across documents, and the time spent geoparsing and extracting
is printed beside the figures.

Stances are compared as (theatre, power, relation, party, negated); events as (type, place
name) with the place name compared case-insensitively to the toponym's surface form or its
gazetteer name (a gold place of null matches an event with no place). Items marked
"split": "dev" were looked at while the rules were written; "heldout" items were labelled
afterwards and not used to change the rules. Toponyms come from the
real geoparser when it can be imported ("geoparser", the default), from spaCy's named entities
("ner", a stand-in with no gazetteer), or not at all ("none").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.extract import extract  # noqa: E402
from explorer.extract.lexicon import default_lexicon  # noqa: E402
from explorer.model import Candidate, Document, Toponym  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import event_scoring  # noqa: E402


def ner_toponyms(text: str) -> list[Toponym]:
    """Entities spaCy tags GPE/LOC/FAC, as toponyms: countries the lexicon knows, else cities."""
    from explorer.extract.nlp import nlp

    lex = default_lexicon()
    by_name = {n.lower(): r for n, r in lex.states_by_name.items()}
    out = []
    for ent in nlp()(text).ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        start = ent.end_char - len(name)
        st = by_name.get(name.lower())
        cand = Candidate(
            f"ner:{name}", name, 0.0, 0.0, "country" if st else "city", st.code if st else None
        )
        out.append(Toponym(start, ent.end_char, name, cand, 0.5))
    return out


def toponym_source(kind: str):
    if kind == "geoparser":
        try:
            from explorer.geoparse import Geoparser

            gp = Geoparser.default()
            return lambda text: gp.parse(text, include_demonyms=True), "geoparser"
        except Exception as exc:
            print(f"geoparser unavailable ({exc}); using spaCy entities", file=sys.stderr)
            kind = "ner"
    if kind == "ner":
        return ner_toponyms, "ner"
    return (lambda text: []), "none"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "benchmarks/data/extract_gold.jsonl"))
    ap.add_argument("--toponyms", choices=["geoparser", "ner", "none"], default="geoparser")
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--events-gold", default=str(ROOT / "benchmarks/data/events_gold.jsonl"))
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--errors", action="store_true", help="list the commonest event errors")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    parse, used = toponym_source(args.toponyms)
    written_set(args, parse, used)
    news_events(args, parse, app_lexicon(used))
    return 0


def app_lexicon(used: str):
    """The lexicon the app uses (every country the gazetteer knows) when the gazetteer is."""
    if used != "geoparser":
        return default_lexicon()
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse import load_gazetteer

    return lexicon_for(tuple(load_gazetteer().country_facts()))


def written_set(args, parse, used: str) -> None:
    """Stances and (type, place) of events on the team's short texts."""
    lexicon = app_lexicon(used)
    counts = Counter()
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if args.split != "all" and item.get("split", "dev") != args.split:
            continue
        doc = Document(
            id=item["id"],
            path="",
            title="",
            text=item["text"],
            sha256="x",
            published=item.get("published"),
        )
        ex = extract(doc, parse(doc.text), lexicon=lexicon)
        gold_st = {
            (s["theatre"], s["power"], s["relation"], s["party"], s.get("negated", False))
            for s in item["stances"]
        }
        got_st = {(s.theatre, s.power, s.relation, s.party, s.negated) for s in ex.stances}
        gold_ev = Counter((e["type"], (e["place"] or "").lower()) for e in item["events"])
        got_ev = Counter()
        for e in ex.events:
            tp = ex.event_places.get(e.id)
            names = {tp.name.lower(), tp.candidate.name.lower()} if tp and tp.candidate else {""}
            match = next((n for n in names if (e.type, n) in gold_ev), sorted(names)[0])
            got_ev[(e.type, match)] += 1
        for kind, gold, got in (
            ("stance", Counter(gold_st), Counter(got_st)),
            ("event", gold_ev, got_ev),
        ):
            tp = sum((gold & got).values())
            counts[kind, "tp"] += tp
            counts[kind, "fp"] += sum(got.values()) - tp
            counts[kind, "fn"] += sum(gold.values()) - tp
            if args.verbose and gold != got:
                print(f"[{item['id']}] {kind}")
                for g in sorted(gold - got):
                    print("   missed:", g)
                for g in sorted(got - gold):
                    print("   extra: ", g)
        gtypes = Counter(e["type"] for e in item["events"])
        etypes = Counter(e.type for e in ex.events)
        counts["etype", "tp"] += sum((gtypes & etypes).values())
        counts["etype", "fp"] += sum(etypes.values()) - sum((gtypes & etypes).values())
        counts["etype", "fn"] += sum(gtypes.values()) - sum((gtypes & etypes).values())
    print(f"toponyms: {used}; items: {args.split}")
    for kind, title in (
        ("stance", "stances (theatre, power, relation, party, negated)"),
        ("event", "events (type, place)"),
        ("etype", "events (type only)"),
    ):
        p, r, f = prf(counts[kind, "tp"], counts[kind, "fp"], counts[kind, "fn"])
        print(
            f"{title:52s} P={p:.2f} R={r:.2f} F1={f:.2f}  "
            f"(tp={counts[kind, 'tp']} fp={counts[kind, 'fp']} fn={counts[kind, 'fn']})"
        )


def _eval_texts(eval_dir: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in ("lgl.jsonl", "trnews.jsonl"):
        path = eval_dir / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for line in fh:  # not splitlines(): texts hold U+2028 and the like
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
    docs = eval_dir / "stances" / "docs"
    if docs.is_dir():
        for path in docs.glob("*.txt"):
            texts.setdefault(path.stem, path.read_text(encoding="utf-8"))
    return texts


def news_events(args, parse, lexicon=None) -> None:
    """Events of real news against the hand-labelled set, with speed."""
    from explorer.corpus import document_from_text
    from explorer.extract.merge import PlaceRef, merge_events

    path = Path(args.events_gold)
    if not path.exists():
        return
    texts = _eval_texts(args.eval_dir)
    with path.open(encoding="utf-8") as fh:
        gold_docs = [json.loads(line) for line in fh if line.strip()]
    gold_docs = [d for d in gold_docs if args.split == "all" or d["split"] == args.split]
    missing = [
        d["id"]
        for d in gold_docs
        if hashlib.sha256(texts.get(d["id"], "").encode("utf-8")).hexdigest() != d["sha256"]
    ]
    if missing:
        print(f"events: {len(missing)} labelled documents missing or changed in {args.eval_dir}")
        return
    tally = event_scoring.Tally()
    all_events, places = [], {}
    t_geo = t_ext = 0.0
    chars = 0
    for d in gold_docs:
        doc = document_from_text(d["id"], texts[d["id"]])
        doc.published = d.get("published")
        chars += len(doc.text)
        t0 = time.perf_counter()
        toponyms = parse(doc.text)
        t1 = time.perf_counter()
        ex = extract(doc, toponyms, lexicon=lexicon)
        t2 = time.perf_counter()
        t_geo += t1 - t0
        t_ext += t2 - t1
        found: dict[str, event_scoring.PlaceInfo] = {}
        for e in ex.events:
            tp = ex.event_places.get(e.id)
            c = tp.candidate if tp is not None else None
            if c is not None and e.place_id:
                info = event_scoring.PlaceInfo(tp.name, c.lat, c.lon, c.country, c.kind)
                found[e.id] = places[e.place_id] = info
        event_scoring.score_document(
            d["id"], doc.text, ex.events, d["events"], lambda e, f=found: f.get(e.id), tally
        )
        all_events.extend(ex.events)
    split = f"{args.split} ({len(gold_docs)} documents)"
    for line in event_scoring.report(tally, f"events in real news, {split}"):
        print(line)

    def where(place_id: str):
        info = places.get(place_id)
        if info is None:
            return None
        return PlaceRef(info.name, info.lat, info.lon, info.country, info.kind)

    merged = merge_events(all_events, where)
    multi, joined, wrong = event_scoring.score_merges(gold_docs, merged)
    print(
        f"  across documents: {len(all_events)} events -> {len(merged)} after merging; "
        f"{joined} of {multi} events told by several documents found as one, {wrong} wrong joins"
    )
    print(
        f"  speed: {chars} characters; geoparsing {t_geo:.1f} s ({chars / max(t_geo, 1e-9):,.0f}"
        f" chars/s), extraction {t_ext:.1f} s ({chars / max(t_ext, 1e-9):,.0f} chars/s)"
    )
    if args.errors or args.verbose:
        for line in event_scoring.error_classes(tally):
            print(line)
    if args.verbose:
        for kind, examples in sorted(tally.errors.items()):
            print(f"--- {kind} ({len(examples)})")
            for ex_ in examples:
                print("   ", ex_)


if __name__ == "__main__":
    raise SystemExit(main())
