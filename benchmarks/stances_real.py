"""Who backs whom on real news nobody wrote here: the evaluation corpora's stories that
mention a war, each stance found judged by hand.

The stories are the 40 of ``../shared/eval/trnews.jsonl`` and ``lgl.jsonl`` (field ``text``)
with most words of war (war, rebels, troops, army, military, fighting, air strikes, ...),
leaving out local stories whose opening names a war only in passing (a Civil War
re-enactment, a World War II ship). None is in the labelled stance set (AG News).

    .venv/bin/python benchmarks/stances_real.py pick DIR     # write the 40 stories to DIR
    .venv/bin/explorer sides DIR -f json > SIDES.json
    .venv/bin/python benchmarks/stances_real.py check SIDES.json

``check`` prints every stance with its verdict from ``data/stances_real_verdicts.tsv`` (right,
wrong, or "unjudged" for a stance nobody has read yet) and the tally.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "eval" / n for n in ("trnews.jsonl", "lgl.jsonl")]
VERDICTS = ROOT / "benchmarks" / "data" / "stances_real_verdicts.tsv"
N = 40

WAR = re.compile(
    r"\b(wars?|civil war|rebels?|rebellion|insurgen\w+|militants?|troops|militia\w*|"
    r"guerrillas?|air ?strikes?|offensive|cease-?fire|army|armed forces|military|soldiers|"
    r"fighting|conflict|Taliban|Hamas|Hezbollah|separatists?|occupation|invasion|bomb\w*|"
    r"clashes)\b",
    re.IGNORECASE,
)
# a local story that names a war only for its past
PASSING = re.compile(
    r"\b(Civil War re-enact|World War II|Gulf-war vet|graffiti|wrestling|genealogy|"
    r"Mother's Day|Lincoln)\b"
)


def stories() -> list[tuple[str, str]]:
    """(id, text) of the 40 stories, most words of war first."""
    found = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                text = row["text"]
                if PASSING.search(text[:200]):
                    continue
                n = len(WAR.findall(text))
                if n >= 2:
                    found.append((-n, row["id"], text))
    found.sort()
    return [(i, t) for _, i, t in found[:N]]


def pick(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for story_id, text in stories():
        (folder / f"{story_id}.txt").write_text(text, encoding="utf-8")
    print(f"{N} stories written to {folder}")
    return 0


def check(sides_path: Path) -> int:
    try:
        report = json.loads(sides_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"stances_real: cannot read {sides_path}: {err}", file=sys.stderr)
        return 2
    with VERDICTS.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if not r["doc"].startswith("#")]
    verdicts = {
        (r["doc"], r["power"], r["relation"], r["party"], r["claimed_by"]): r["verdict"]
        for r in rows
    }
    tally: dict[str, int] = {}
    for theatre in report.get("theatres", []):
        for s in theatre["stances"]:
            for e in s["evidence"]:
                doc = Path(e["doc"]).stem
                key = (doc, s["power"], s["relation"], s["party"], s.get("claimed_by") or "")
                verdict = verdicts.get(key, "unjudged")
                tally[verdict] = tally.get(verdict, 0) + 1
                by = f" (claimed by {key[4]})" if key[4] else ""
                print(f"{verdict:9} {doc} [{theatre['name']}] {' '.join(key[1:4])}{by}")
                print(f"          {' '.join(e['text'].split())[:160]}")
    print(", ".join(f"{k} {v}" for k, v in sorted(tally.items())) or "no stances")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("pick").add_argument("folder", type=Path)
    sub.add_parser("check").add_argument("sides", type=Path)
    args = ap.parse_args(argv)
    return pick(args.folder) if args.cmd == "pick" else check(args.sides)


if __name__ == "__main__":
    raise SystemExit(main())
