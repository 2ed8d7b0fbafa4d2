"""Who backs whom, measured: recall, precision, wrong parties and false stances on labelled news.

Sets (each a folder of articles plus ``cases.json``, scored by the evaluation's own
``score.py``, which matches claims to hand-labelled sentences):
  dev    ../shared/eval/stances: real news (AG News 2004, TR-News), labelled outside the team
  world  benchmarks/data/stances_world: the team's sentences about other wars and decades
         (Angola 1985, Kosovo 1999, Zaire 1996, ...), written to check the wording travels
and the stance part of ``benchmarks/data/extract_gold.jsonl`` (the team's paragraphs, with the
conflict each stance belongs to).

    .venv/bin/python benchmarks/stances_eval.py [--set dev world gold] [--show]

Precision is the share of (stance, excerpt) claims that match a labelled stance of their
sentence; claims on sentences nobody labelled count against it, so it is a floor.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = {
    "dev": ROOT.parent / "shared" / "eval" / "stances",
    "world": ROOT / "benchmarks" / "data" / "stances_world",
}
SCORER = ROOT.parent / "shared" / "eval" / "stances" / "score.py"


def sides_of(folder: Path) -> tuple[dict, int, float]:
    """The sides report of a folder of articles, analysed afresh (no project reused)."""
    from explorer.items import build_items
    from explorer.pipeline import analyse_sources

    start = time.perf_counter()
    analysis = analyse_sources([folder])
    seconds = time.perf_counter() - start
    return build_items(analysis).sides(), len(analysis.documents), seconds


def score(name: str, folder: Path, show: bool) -> None:
    cases = folder / "cases.json"
    report, docs, seconds = sides_of(folder / "docs")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(report, fh)
        out = fh.name
    done = subprocess.run(
        [sys.executable, str(SCORER), str(cases), out, "--docs", str(folder / "docs")],
        capture_output=True,
        text=True,
        check=True,
    )
    text = done.stdout
    if show:
        print(text)
    claims = int(re.search(r"(\d+) stance-evidence claims", text).group(1))
    summary = text.strip().splitlines()[-1]
    unmatched = int(re.search(r"unmatched output (\d+)", summary).group(1))
    recall = re.search(r"recall (\d+)/(\d+)", summary)
    found, total = int(recall.group(1)), int(recall.group(2))
    wrong = re.search(r"wrong-party (\d+)", summary).group(1)
    false = re.search(r"false-from-negatives (\d+)/(\d+)", summary)
    precision = (claims - unmatched) / claims if claims else 0.0
    print(
        f"{name:6} recall {found}/{total} = {found / total:.2f}  precision >= {precision:.2f} "
        f"({claims - unmatched}/{claims} claims)  wrong party {wrong}  "
        f"false stances from negatives {false.group(1)}/{false.group(2)}  "
        f"({docs} articles, {seconds:.1f} s)"
    )


def gold(show: bool) -> None:
    """The team's paragraphs: stances keyed by (theatre, power, relation, party, negated)."""
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse import Geoparser, load_gazetteer
    from explorer.model import Document

    gp, gz = Geoparser.default(), load_gazetteer()
    lex = lexicon_for(tuple(gz.country_facts()))
    tp = fp = fn = 0
    for line in (ROOT / "benchmarks" / "data" / "extract_gold.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        doc = Document(item["id"], "", "", item["text"], "x", published=item.get("published"))
        ex = extract(
            doc, gp.parse(doc.text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )
        want = {
            (s["theatre"], s["power"], s["relation"], s["party"], s.get("negated", False))
            for s in item["stances"]
        }
        got = {(s.theatre, s.power, s.relation, s.party, s.negated) for s in ex.stances}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        if show and want != got:
            print(f"[{item['id']}] missed {sorted(want - got)} extra {sorted(got - want)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"gold   recall {r:.2f} precision {p:.2f} (tp {tp}, fp {fp}, fn {fn}; conflict included)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="+", default=["dev", "world", "gold"])
    ap.add_argument("--show", action="store_true", help="print every miss and extra claim")
    args = ap.parse_args(argv)
    for name in args.set:
        if name == "gold":
            gold(args.show)
        elif not (SETS[name] / "cases.json").exists():
            print(f"{name}: {SETS[name]} is not here")
        else:
            score(name, SETS[name], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
