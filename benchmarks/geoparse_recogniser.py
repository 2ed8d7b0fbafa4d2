"""The entity recogniser alone on the windows geoparsing gives it: CPU ms per article.

    python benchmarks/geoparse_recogniser.py [EVAL_DIR] [--limit N] [--rounds R]

The windows of the first N articles of LGL and of TR-News (geoparse/ner.py chooses them, 32
articles at a time as ``Geoparser.parse_many`` does) are labelled in turn by spaCy's greedy
decoder (``ner.pipe``), by the beam search one state wide that main used before this script
was written, and by ``GreedyDecoder`` (numpy, every window at once): with every row of the
convolutions computed (as main 47ecee5 had it), with only the rows its decoder reads, and
decoding each window only to the end of its last undecided run (as geoparsing runs it); then
the token vectors alone (tok2vec and the precomputed lower layer), as spaCy computes them,
with each distinct word embedded once, and with only the rows read. Each is timed R times,
alternated, with ``time.process_time``: pin it to one core with taskset.
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
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from explorer.geoparse import Geoparser  # noqa: E402
from explorer.geoparse.ner import GreedyDecoder, _windows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=200, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    gp = Geoparser.default()
    windows = gp._windows
    if windows is None:
        print("the geoparser has no entity recogniser", file=sys.stderr)
        return 1
    ner = windows.ner
    texts: list[str] = []
    for corpus in ("lgl", "trnews"):
        with open(a.eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()][: a.limit]
    decoder = GreedyDecoder.of(ner)
    batches = []
    stops: dict[int, list[int]] = {}  # by id of the batch: each window's stop
    for i in range(0, len(texts), 32):
        docs = [windows.tokenizer(t) for t in texts[i : i + 32]]
        plans = [windows.plan(d) for d in docs]
        jobs = [(j, s, e) for j, plan in enumerate(plans) for s, e in plan[0]]
        batches.append(list(_windows(docs, jobs)))
        stops[id(batches[-1])] = [
            max(end - s for start, end in plans[j][2] if s <= start < e) for j, s, e in jobs
        ]
    features, embed, reduce, convolve, to_array, project = decoder._embedding

    def every_row(batch, steps=None):
        """The vectors as geospeed's decoder made them: every row of every window convolved."""
        columns = features.predict(batch)
        unique, inverse = np.unique(np.concatenate(columns), axis=0, return_inverse=True)
        embedded = reduce.predict(embed.predict(unique))[inverse.reshape(-1)]
        cuts = np.cumsum([len(c) for c in columns])[:-1]
        return project.predict(to_array.predict(convolve.predict(np.split(embedded, cuts))))

    def main_decoder(batch) -> None:
        decoder.vectors = every_row  # type: ignore[method-assign]
        try:
            decoder.decode(batch)
        finally:
            del decoder.vectors

    def beam(batch) -> None:
        ordered = sorted((d for d in batch if len(d)), key=len)
        for k in range(0, len(ordered), 64):
            part = ordered[k : k + 64]
            ner.set_annotations(part, ner.beam_parse(part, beam_width=1))

    ways = {
        "spaCy's greedy decoder (ner.pipe)": lambda b: list(ner.pipe(b, batch_size=256)),
        "beam search one state wide (main before)": beam,
        "GreedyDecoder, every row convolved (main)": main_decoder,
        "GreedyDecoder, whole windows": decoder.decode,
        "GreedyDecoder, to each window's stop": lambda b: decoder.decode(b, stops[id(b)]),
        "  vectors, as spaCy computes them": lambda b: decoder.lower.predict(
            decoder.tok2vec.predict(b)
        ),
        "  vectors, each word embedded once": lambda b: decoder.lower.predict(every_row(b)),
        "  vectors, only the rows read, whole windows": lambda b: decoder.lower.predict(
            decoder.vectors(b)
        ),
        "  vectors, only the rows read, to the stops": lambda b: decoder.lower.predict(
            decoder.vectors(b, stops[id(b)])
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(a.rounds):
        for name, way in ways.items():
            c0 = time.process_time()
            for batch in batches:
                way(batch)
            times[name].append((time.process_time() - c0) * 1000 / len(texts))
    tokens = sum(len(d) for b in batches for d in b)
    decoded = sum(sum(v) for v in stops.values())
    print(
        f"{len(texts)} articles, {sum(map(len, batches))} windows, {tokens} tokens "
        f"({decoded} up to the windows' stops)"
    )
    for name, ms in times.items():
        rounds = " ".join(f"{m:5.2f}" for m in ms)
        print(f"{name:<42} {rounds}  median {statistics.median(ms):.2f} CPU ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
