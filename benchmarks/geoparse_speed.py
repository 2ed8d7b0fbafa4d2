"""Geoparsing speed on one core: documents/s and MB/s per corpus, gazetteer load time, peak RSS.

    python benchmarks/geoparse_speed.py [EVAL_DIR] [--limit N]

Runs in one process with BLAS and thinc held to one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--no-fast", action="store_true", help="skip the fast (no NER) mode")
    a = ap.parse_args(argv)

    from explorer.geoparse.gazetteer import Gazetteer
    from explorer.geoparse.parser import Geoparser, load_nlp
    from explorer.geoparse.schema import default_path

    path = default_path()
    if not path.exists():
        from explorer.geoparse.build import build

        build(path)
    t0 = time.perf_counter()
    gaz = Gazetteer(path)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = load_nlp()
    nlp_s = time.perf_counter() - t0
    print(
        f"gazetteer: {path.stat().st_size / 1e6:.1f} MB on disk, loaded in {load_s * 1000:.0f} ms; "
        f"spaCy model loaded in {nlp_s:.2f} s"
    )
    modes = {"full": Geoparser(gaz, nlp)}
    if not a.no_fast:
        import spacy

        # a fresh gazetteer, so its lookup cache starts as cold as the first mode's did
        modes["fast"] = Geoparser(Gazetteer(path), spacy.blank("en"))
    for mode, gp in modes.items():
        gp.parse("Warm-up in Paris, Texas.")
        for corpus in ("lgl", "trnews"):
            with open(a.eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
                texts = [json.loads(line)["text"] for line in fh if line.strip()]
            if a.limit:
                texts = texts[: a.limit]
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            t0 = time.perf_counter()
            n = sum(len(tops) for tops in gp.parse_many(texts))
            secs = time.perf_counter() - t0
            print(
                f"{mode}: {corpus}: {len(texts)} docs, {mb:.2f} MB, {n} toponyms in "
                f"{secs:.1f} s: {len(texts) / secs:.1f} docs/s, {mb / secs:.3f} MB/s"
            )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
