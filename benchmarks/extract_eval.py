"""Precision and recall of explorer.extract on a hand-labelled set that is not the seeds.

    python benchmarks/extract_eval.py [--gold benchmarks/data/extract_gold.jsonl]
                                      [--toponyms geoparser|ner|none] [-v]

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
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.extract import extract  # noqa: E402
from explorer.extract.lexicon import default_lexicon  # noqa: E402
from explorer.model import Candidate, Document, Toponym  # noqa: E402


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
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    parse, used = toponym_source(args.toponyms)
    lexicon = default_lexicon()
    if used == "geoparser":  # as the app runs: every country the gazetteer knows
        from explorer.extract.lexicon import lexicon_for
        from explorer.geoparse import load_gazetteer

        lexicon = lexicon_for(tuple(load_gazetteer().country_facts()))
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
