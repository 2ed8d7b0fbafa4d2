"""Geoparse the LGL and TR-News evaluation corpora and score them with shared/eval/score.py.

    python benchmarks/geoparse_eval.py [EVAL_DIR] [--corpus lgl trnews] [--split all|even|odd]
                                       [--limit N] [--no-demonyms] [--fast] [--out DIR]

The split is by a stable hash of the document id (sha1, even or odd last byte): anything tuned on
these corpora is tuned on "even" and reported on "odd" too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.geoparse.batch import geoparse_jsonl  # noqa: E402


def half(doc_id: str) -> str:
    return "even" if hashlib.sha1(doc_id.encode("utf-8")).digest()[-1] % 2 == 0 else "odd"


def run(
    eval_dir: Path,
    corpus: str,
    split: str,
    limit: int | None,
    demonyms: bool,
    out_dir: Path,
    fast: bool = False,
) -> dict:
    gold_path = eval_dir / f"{corpus}.jsonl"
    with open(gold_path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    if split != "all":
        docs = [d for d in docs if half(d["id"]) == split]
    if limit:
        docs = docs[:limit]
    gold = out_dir / f"{corpus}.{split}.gold.jsonl"
    inp = out_dir / f"{corpus}.{split}.in.jsonl"
    pred = out_dir / f"{corpus}.{split}.pred.jsonl"
    with open(gold, "w", encoding="utf-8") as g, open(inp, "w", encoding="utf-8") as i:
        for d in docs:
            g.write(json.dumps(d, ensure_ascii=False) + "\n")
            i.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    geoparse_jsonl(inp, pred, include_demonyms=demonyms, fast=fast)
    secs = time.perf_counter() - t0
    res = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            str(gold),
            str(pred),
            "--match",
            "eupeg",
            "--ignore-unresolved",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "corpus": corpus,
        "split": split,
        "docs": len(docs),
        "seconds": secs,
        "score": res.stdout,
        "errors": far_errors(eval_dir, gold, pred),
    }


BUCKETS = [(161, 500), (500, 1000), (1000, 5000), (5000, 20040)]


def far_errors(eval_dir: Path, gold_path: Path, pred_path: Path) -> dict:
    """Matched toponyms (EUPEG rule, as score.py) whose top candidate lies more than 161 km from
    the gold point: how many, how far, and what kind of entry was chosen."""
    sys.path.insert(0, str(eval_dir))
    from score import haversine, match_doc

    with open(pred_path, encoding="utf-8") as fh:
        pred = {r["id"]: r["toponyms"] for r in map(json.loads, fh) if r}
    matched, far, kinds = 0, [], {}
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            pairs, _, _ = match_doc(g["toponyms"], pred.get(g["id"], []), "eupeg")
            matched += len(pairs)
            for gt, pt in pairs:
                km = haversine(gt["lat"], gt["lon"], pt["lat"], pt["lon"])
                if km > 161:
                    far.append(km)
                    kinds[pt.get("kind") or "?"] = kinds.get(pt.get("kind") or "?", 0) + 1
    return {"matched": matched, "far": far, "kinds": kinds}


def print_errors(r: dict) -> None:
    e = r["errors"]
    n = len(e["far"])
    share = n / e["matched"] if e["matched"] else 0.0
    cells = "  ".join(
        f"{lo}-{hi if hi < 20000 else 'max'} km {sum(lo < x <= hi for x in e['far']):4d}"
        for lo, hi in BUCKETS
    )
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(e["kinds"].items(), key=lambda kv: -kv[1]))
    print(
        f"  top candidate > 161 km off: {n} of {e['matched']} matched ({share:.1%});  "
        f"{cells};  chosen: {kinds}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--corpus", nargs="+", default=["lgl", "trnews"])
    ap.add_argument("--split", choices=["all", "even", "odd"], nargs="+", default=["all"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument(
        "--demonyms",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="count country adjectives (Turkish) as toponyms: both gold corpora "
        "annotate them (default: yes)",
    )
    ap.add_argument("--fast", action="store_true", help="gazetteer and rules only, no NER model")
    ap.add_argument("--out", type=Path, default=None, help="keep predictions in this folder")
    a = ap.parse_args(argv)
    if not (a.eval_dir / "score.py").exists():
        print(
            f"no score.py in {a.eval_dir}: give the folder of lgl.jsonl and score.py",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = a.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for corpus in a.corpus:
            for split in a.split:
                r = run(a.eval_dir, corpus, split, a.limit, a.demonyms, out_dir, a.fast)
                m = json.loads(r["score"].strip().splitlines()[-1])
                print(
                    f"{corpus:7s} {split:4s} docs {r['docs']:4d}  P {m['precision']:.3f}  "
                    f"R {m['recall']:.3f}  F1 {m['f1']:.3f}  acc@161 {m['acc161']:.3f}  "
                    f"e2e@161 {m['e2e_acc161']:.3f}  ({r['seconds']:.1f} s, "
                    f"demonyms={a.demonyms}, fast={a.fast})"
                )
                print_errors(r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
