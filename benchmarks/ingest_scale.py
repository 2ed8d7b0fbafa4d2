"""Ingest throughput and memory, end to end, on the evaluation corpora repeated.

    .venv/bin/python benchmarks/ingest_scale.py [--articles 1000 10000] [--workers 1 2]
    .venv/bin/python benchmarks/ingest_scale.py --stages 706

The LGL and TR-News articles (../shared/eval, 706 real news articles) are written out as text
files, repeated to N articles (each copy's title line marked with its copy number). Each run
is a fresh process, `explorer ingest FOLDER -p NEW.gpkg --workers W`: reading, cleaning,
geoparsing, extraction and storing, timed from spawn to exit; the memory of it and its worker
processes (PSS, /proc/PID/smaps_rollup) is sampled every half second and the peak printed.
``--stages N`` times each stage in this process on N articles, one core: read (and clean),
geoparse (spaCy NER + gazetteer), extract (parse, events, assets, stances), store; by the
wall clock and by the process's CPU time (which other work on the machine disturbs less).
``--parse-profile N`` splits the extraction's CPU time on N articles: tokenising, spaCy's
pipeline on the units read in full and on those read for their dependencies only, and the
rest (rules, mentions, places); ``--all-full`` reads every unit in full, as before the
partial parse.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def articles() -> list[tuple[str, str]]:
    out = []
    for name in ("lgl", "trnews"):
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as fh:
            out += [(d["id"], d["text"]) for d in map(json.loads, fh)]
    return out


def write_corpus(folder: Path, n: int) -> None:
    base = articles()
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        doc_id, text = base[k % len(base)]
        copy = k // len(base)
        first, _, rest = text.partition(". ")
        title = f"{first} ({copy})" if copy else first
        (folder / f"{doc_id}-{copy:02d}.txt").write_text(f"{title}. {rest}", encoding="utf-8")


def pss_mb(root: int) -> float:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(d))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run(folder: Path, workers: int, home: str) -> dict:
    project = Path(home) / f"p-{folder.name}-{workers}.gpkg"
    env = dict(os.environ, XDG_DATA_HOME=f"{home}/data", EXPLORER_CACHE_DIR=f"{home}/cache")
    cmd = [sys.executable, "-m", "explorer", "ingest", str(folder), "-p", str(project)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "--workers", str(workers)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak, samples = 0.0, []
    while proc.poll() is None:
        mb = pss_mb(proc.pid)
        peak = max(peak, mb)
        samples.append(round(mb))
        time.sleep(0.5)
    seconds = time.perf_counter() - t0
    _, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"ingest failed: {err.decode()[-2000:]}")
    n = len(list(folder.glob("*.txt")))
    return {
        "articles": n,
        "workers": workers,
        "seconds": round(seconds, 1),
        "docs_per_s": round(n / seconds, 1),
        "peak_pss_mb": round(peak),
        "pss_mb_at_quarters": [samples[int(q * (len(samples) - 1))] for q in (0.25, 0.5, 0.75)],
        "project_mb": round(project.stat().st_size / 1e6, 1),
    }


def stages(n: int) -> None:
    """Seconds per stage on n articles, in this process (models loaded before timing)."""
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser, combine
    from explorer.store import Project

    work = analyser()  # spaCy, gazetteer, lexicon: loaded once, not timed
    work.analyse([])
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, n)
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(iter_documents(article_files([folder], []), []))
        t1, c1 = time.perf_counter(), time.process_time()
        parsed = []
        for first in range(0, len(docs), 16):
            chunk = docs[first : first + 16]
            parsed += work.geoparser.parse_many([d.text for d in chunk], include_demonyms=True)
        t2, c2 = time.perf_counter(), time.process_time()
        # the batch's parses made together where the checkout does (Analyser.analyse's way)
        batch = getattr(work, "analyse_geoparsed", None)
        if batch is None:
            outputs = [work.analyse_parsed(d, t) for d, t in zip(docs, parsed, strict=True)]
        else:
            outputs = []
            for first in range(0, len(docs), 16):
                outputs += batch(docs[first : first + 16], parsed[first : first + 16])
        t3, c3 = time.perf_counter(), time.process_time()
        with Project.open(Path(tmp) / "p.gpkg", create=True) as project:
            project.save(combine(outputs))
        t4, c4 = time.perf_counter(), time.process_time()
    total, cpu = t4 - t0, c4 - c0
    print(
        f"stages on {len(docs)} articles, one core (seconds, ms per article; CPU seconds, CPU"
        f" ms per article); load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end:"
    )
    for name, s, c in (
        ("read+clean", t1 - t0, c1 - c0),
        ("geoparse", t2 - t1, c2 - c1),
        ("extract", t3 - t2, c3 - c2),
        ("store", t4 - t3, c4 - c3),
        ("total", total, cpu),
    ):
        n = len(docs)
        wall = f"{s:7.2f} s  {1000 * s / n:6.1f} ms"
        print(f"  {name:>10}: {wall}; CPU {c:7.2f} s  {1000 * c / n:6.1f} ms")
    print(
        f"  geoparsing alone: {len(docs) / (t2 - t1):.0f} docs/s, {len(docs) / (c2 - c1):.0f} per"
        f" CPU second; end to end {len(docs) / total:.1f} docs/s, {len(docs) / cpu:.1f} per CPU"
        " second"
    )


def parse_profile(n: int, all_full: bool) -> None:
    """CPU seconds of the extraction's parts on n articles (geoparsed first, not timed)."""
    from collections import Counter

    from explorer.corpus import article_files, iter_documents
    from explorer.extract import core
    from explorer.extract.nlp import FULL, SYNTAX, TOKENS
    from explorer.pipeline import analyser

    work = analyser()
    work.analyse([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, n)
        docs = list(iter_documents(article_files([folder], []), []))
    parsed = []
    for first in range(0, len(docs), 16):
        chunk = [d.text for d in docs[first : first + 16]]
        parsed += work.geoparser.parse_many(chunk, include_demonyms=True)
    spent: Counter = Counter()
    units: Counter = Counter()
    tokenise, parse = core.tokenised_sentences, core.parse

    def timed_tokenise(doc):
        t0 = time.process_time()
        out = tokenise(doc)
        spent["tokenise"] += time.process_time() - t0
        return out

    def timed_parse(sentences, needs):
        for need in (FULL, SYNTAX, TOKENS):
            part = [s for s, x in zip(sentences, needs, strict=True) if x == need]
            units[need] += len(part)
            units[f"{need} tokens"] += sum(len(s.sent) for s in part)
            t0 = time.process_time()
            parse(part, [need] * len(part))
            if need != TOKENS:
                spent[f"spaCy, {need}"] += time.process_time() - t0

    core.tokenised_sentences, core.parse = timed_tokenise, timed_parse
    if all_full:
        core._need = lambda ctx: FULL
    t0 = time.process_time()
    for doc, toponyms in zip(docs, parsed, strict=True):
        work.analyse_parsed(doc, toponyms)
    total = time.process_time() - t0
    how = "every unit in full" if all_full else "partial parse"
    print(
        f"extraction of {len(docs)} articles, CPU seconds ({how});"
        f" load average {os.getloadavg()[0]:.1f}:"
    )
    spent["rest (rules, mentions, places)"] = total - sum(spent.values())
    spent["total"] = total
    for name, sec in spent.items():
        print(f"  {name:>32}: {sec:7.2f} s  {1000 * sec / len(docs):6.1f} ms")
    for need in (FULL, SYNTAX, TOKENS):
        print(f"  units read {need}: {units[need]} ({units[f'{need} tokens']} tokens)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    ap.add_argument("--stages", type=int, help="time each stage on this many articles")
    ap.add_argument("--parse-profile", type=int, help="split extraction on this many articles")
    ap.add_argument("--all-full", action="store_true", help="--parse-profile: all units in full")
    args = ap.parse_args()
    if args.parse_profile:
        parse_profile(args.parse_profile, args.all_full)
        return
    if args.stages:
        stages(args.stages)
        return
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as home:
        for n in args.articles:
            folder = Path(home) / f"corpus{n}"
            write_corpus(folder, n)
            for workers in args.workers:
                print(json.dumps(run(folder, workers, home)), flush=True)


if __name__ == "__main__":
    main()
