"""The recognition rules and resolution alone, again and again on the same docs: CPU ms per article.

    cd CHECKOUT && PYTHONPATH=CHECKOUT python benchmarks/geoparse_rules.py [EVAL_DIR]
                                                    [--limit N] [--rounds R] [--profile]

The first N articles of LGL and of TR-News are tokenised and labelled once (as
``Geoparser.parse_many`` does); then ``Geoparser._recognise`` runs on every doc and
``resolve`` on its mentions, R times, each timed with ``time.process_time`` (the medians and
minima printed). Past the first round every name the rules look up is in memory, so this times
the rules' own Python, steadier than a whole first pass on a loaded machine; compare checkouts
within one run. ``--profile`` prints cProfile's view of one round of the rules instead (it
counts each call's cost: it ranks by calls more than by time). Pin it to one core with taskset.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=200, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args(argv)

    import explorer.geoparse.parser as parser_module
    from explorer.geoparse.resolve import resolve
    from explorer.geoparse.tokens import view

    print(f"explorer from {Path(parser_module.__file__).resolve().parent.parent}")
    gp = parser_module.Geoparser.default()
    if gp._windows is None:
        print("the geoparser has no entity recogniser", file=sys.stderr)
        return 1
    texts: list[str] = []
    for corpus in ("lgl", "trnews"):
        with open(a.eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()][: a.limit]
    docs = list(gp._windows.pipe(texts, batch_size=32))
    for doc, text in zip(docs, texts, strict=True):
        view(doc, text)
    # what the rules keep in a doc's user data besides the entities and the token view is
    # found again in each round
    kept = {parser_module.ENTS, "explorer.geoparse.view"}

    def rules() -> list:
        found = []
        for doc in docs:
            for key in [k for k in doc.user_data if k not in kept]:
                del doc.user_data[key]
            found.append(gp._recognise(doc))
        return found

    found = rules()
    if a.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile(time.process_time)
        profile.enable()
        rules()
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        return 0

    def resolution() -> float:
        spent = 0.0
        for fs, doc, text in zip(found, docs, texts, strict=True):
            mentions = parser_module.mentions_of(doc, text, fs)
            c0 = time.process_time()
            resolve(mentions, text, gp.gaz)
            spent += time.process_time() - c0
        return spent

    n = len(docs)
    times: dict[str, list[float]] = {"recognition rules": [], "resolution": []}
    for _ in range(a.rounds):
        c0 = time.process_time()
        rules()
        times["recognition rules"].append((time.process_time() - c0) * 1000 / n)
        times["resolution"].append(resolution() * 1000 / n)
    print(f"{n} articles, {a.rounds} rounds, CPU ms per article")
    for stage, ms in times.items():
        print(f"  {stage:<18} median {statistics.median(ms):6.3f}  min {min(ms):6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
