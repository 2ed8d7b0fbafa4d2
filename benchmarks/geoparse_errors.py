"""List the errors of a geoparse run, for reading: false positives, misses and far resolutions.

    python benchmarks/geoparse_eval.py --split even --out /tmp/gp
    python benchmarks/geoparse_errors.py /tmp/gp --corpus lgl --split even [--kind far|fp|fn]

Reads the gold and prediction files that ``geoparse_eval.py --out`` keeps and matches them with
the scorer's EUPEG rule. Each line: the kind of error, the document, the surface name, and for a
far resolution the gold and chosen points and the distance; the most frequent names come first
in the summary at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    s = text[max(0, start - width) : start] + "[" + text[start:end] + "]" + text[end : end + width]
    return s.replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run_dir", type=Path, help="the --out folder of geoparse_eval.py")
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--corpus", default="lgl")
    ap.add_argument("--split", default="even")
    ap.add_argument("--kind", nargs="+", default=["far", "fp", "fn"])
    ap.add_argument("--top", type=int, default=25, help="names in the summary")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.eval_dir))
    from score import haversine, match_doc

    gold_path = a.run_dir / f"{a.corpus}.{a.split}.gold.jsonl"
    pred_path = a.run_dir / f"{a.corpus}.{a.split}.pred.jsonl"
    with open(pred_path, encoding="utf-8") as fh:
        pred = {r["id"]: r["toponyms"] for r in map(json.loads, fh) if r}
    counts: dict[str, Counter] = {k: Counter() for k in ("far", "fp", "fn")}
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            text = g["text"]
            preds = [p for p in pred.get(g["id"], []) if p.get("lat") is not None]
            spans = [(u["start"], u["end"]) for u in g.get("unresolved") or []]
            preds = [p for p in preds if not any(p["start"] < e and s < p["end"] for s, e in spans)]
            pairs, _, _ = match_doc(g["toponyms"], preds, "eupeg")
            got_g = {id(x) for x, _ in pairs}
            got_p = {id(p) for _, p in pairs}
            if "far" in a.kind:
                for gt, pt in pairs:
                    km = haversine(gt["lat"], gt["lon"], pt["lat"], pt["lon"])
                    if km > 161:
                        counts["far"][gt["name"]] += 1
                        print(
                            f"FAR {g['id']} {gt['name']!r} gold ({gt['lat']:.2f},{gt['lon']:.2f})"
                            f" -> {pt.get('gazetteer_id')} {pt.get('kind')} {pt.get('country')}"
                            f" ({pt['lat']:.2f},{pt['lon']:.2f}) {km:.0f} km | "
                            f"{_context(text, gt['start'], gt['end'])}"
                        )
            if "fp" in a.kind:
                for p in preds:
                    if id(p) not in got_p:
                        counts["fp"][p["name"]] += 1
                        print(
                            f"FP  {g['id']} {p['name']!r} {p.get('kind')} {p.get('country')} | "
                            f"{_context(text, p['start'], p['end'])}"
                        )
            if "fn" in a.kind:
                for gt in g["toponyms"]:
                    if gt.get("lat") is not None and id(gt) not in got_g:
                        counts["fn"][gt["name"]] += 1
                        where = _context(text, gt["start"], gt["end"])
                        print(f"FN  {g['id']} {gt['name']!r} | {where}")
    for k in a.kind:
        c = counts[k]
        common = ", ".join(f"{n} {v}" for n, v in c.most_common(a.top))
        print(f"\n{k}: {sum(c.values())}; most frequent: {common}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
