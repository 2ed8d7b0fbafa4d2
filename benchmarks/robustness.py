"""Robustness figures: bad inputs, hostile payloads, killed ingests, cancel latency, and the time
every evaluation article takes to ingest.

    python benchmarks/robustness.py [--kills 10] [--skip-eval] [--big] [--eval-dir DIR]

Prints one block per part:
- bad article files: one ingest of a folder of them beside good articles; each is handled when
  it is read correctly or named in the project's problems, and the good ones are all added;
- bad projects and environments: every command on damaged, foreign, older, newer and held
  projects, read-only and full disks; handled = one line on stderr, non-zero exit, no
  traceback, the file unchanged (read-only and full-disk cases need root and ``mount``);
- hostile payloads: articles carrying markup and formulas, exported to every format; inert =
  no live markup or formula where the format's reader would act on it;
- faults: ``explorer ingest`` killed (SIGKILL) at random moments; intact = the project opens,
  passes SQLite's integrity check and holds the old or the new state, and a second run makes
  exactly what an uninterrupted run makes; lost = articles a re-run had to analyse again;
- cancel: seconds from a cancel to the ingest returning, mid-document included;
- evaluation articles (LGL, TR-News): seconds to analyse each (geoparse + extract), as files;
- with ``--big``: 4 MB, 10 MB one-line, 19 MB text and 15 MB HTML files, time and peak memory.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_fac6017f9c5b3381.txt"
FORMATS = ("geojson", "csv", "kml", "gpkg", "html")
HOLD = (
    "import sys, time; from pathlib import Path; from explorer.store.lock import ProjectLock; "
    "ProjectLock(Path(sys.argv[1]), 'an explorer window').acquire(); print('held', flush=True); "
    "time.sleep(120)"
)


def explorer(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )


def one_clear_line(result: subprocess.CompletedProcess) -> bool:
    ours = [line for line in result.stderr.splitlines() if line.startswith("explorer: ")]
    return result.returncode != 0 and len(ours) == 1 and "Traceback" not in result.stderr


# --- bad article files ----------------------------------------------------------------------


def bad_articles(folder: Path, big: bool) -> dict[str, object]:
    """name -> expected: a phrase the text must hold when read, or None: must be a problem."""
    lgl = _eval_texts(Path(ARGS.eval_dir), 400)
    prose = "\n\n".join(lgl) if lgl else SEED.read_text(encoding="utf-8") * 50
    cases: dict[str, object] = {}

    def put(name: str, data: bytes, expected: object) -> None:
        (folder / name).write_bytes(data)
        cases[name] = expected

    put("empty.txt", b"", None)
    put("blank.txt", b" \n\t\n  ", None)
    put("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), None)
    put("document.html", b"%PDF-1.4\n" + os.urandom(2000), None)
    put("archive.md", b"PK\x03\x04" + os.urandom(2000), None)
    put("random.txt", os.urandom(5000), None)
    put("latin1.txt", "À Bamako, le président a reçu l'émissaire.".encode("latin-1"), "À Bamako")
    put("cp1250.txt", "W Łodzi i Gdańsku odbyły się protesty.".encode("cp1250"), "Łodzi")
    put("cp1251.txt", "Президент России прибыл в Анкару.".encode("cp1251"), "Анкару")
    put("koi8.txt", "Президент России прибыл в Анкару.".encode("koi8_r"), "Анкару")
    put("cp1254.txt", "Cumhurbaşkanı İdlib'de görüştü.".encode("cp1254"), "Cumhurbaşkanı")
    put(
        "mixed.txt",
        "Talks in Zürich resumed.\n".encode() + "Then Montréal — “good”.\n".encode("cp1252"),
        "Montréal — “good”",
    )
    text = SEED.read_bytes()
    put("nul.txt", text[:900] + b"\x00" + text[900:1800] + b"\x00" + text[1800:] + b"\x00", "Sochi")
    put("utf16.txt", "\ufeffTalks in Geneva resumed on Monday.".encode("utf-16-le"), "Geneva")
    put("utf16-nobom.txt", "Talks in Geneva resumed on Monday.".encode("utf-16-le"), "Geneva")
    put(
        "declared.html",
        '<html><head><meta charset="windows-1251"></head><body><p>Переговоры в Анкаре '
        "продолжились во вторник, сообщили стороны.</p></body></html>".encode("cp1251"),
        "Анкаре",
    )
    put("tags-only.html", b"<html><body><div><span></span></div></body></html>", None)
    put(
        "nested.html",
        b"<html><body>" + b"<div>" * 5000 + b"<p>Talks in Geneva resumed on Monday.</p>"
        + b"</div>" * 5000 + b"</body></html>",
        EITHER,  # deeper than the HTML parser goes: read, or named as malformed
    )  # fmt: skip
    put("controls.txt", bytes(range(1, 32)) * 200, None)
    put("too-large.txt", b"a " * (11 * 1024 * 1024), None)  # 22 MB: over the 20 MiB limit
    put("no-spaces.txt", b"x" * 1_000_000, EITHER)
    put("run-on.txt", ("Troops entered Afrin " + "and moved on " * 40_000).encode(), "Afrin")
    put("long-1mb.txt", prose[:1_000_000].encode(), prose[:40].strip())
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        cases["pipe.txt"] = None
    (folder / "zero.txt").symlink_to("/dev/zero")
    cases["zero.txt"] = None
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    cases["dangling.txt"] = None
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inner.txt").write_bytes(SEED.read_bytes())
    cases["inner.txt"] = "Sochi"  # a folder named like an article is a folder
    return cases


EITHER = object()  # read, or named with a reason: both are fine


def _grow(text: str, size: int, sep: str) -> str:
    parts, total = [], 0
    while total < size:
        parts.append(text)
        total += len(text) + len(sep)
    return sep.join(parts)[:size]


def part_bad_articles() -> None:
    print("== bad article files (one ingest beside good articles)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        cases = bad_articles(folder, ARGS.big)
        for name in ("good-1.txt", "good-2.txt"):
            shutil.copy(
                SEED if name == "good-1.txt" else SEEDS / "003_ac4ef8d3c62bd1ee.txt", folder / name
            )
        project = Path(tmp) / "p.gpkg"
        started = time.monotonic()
        result = explorer("ingest", str(folder), "-p", str(project), timeout=4 * 3600)
        seconds = time.monotonic() - started
        conn = sqlite3.connect(project)
        texts = dict(conn.execute("SELECT id, text FROM documents"))
        problems = [row[0] for row in conn.execute("SELECT message FROM problems")]
        conn.close()
        handled = 0
        for name, expected in sorted(cases.items()):
            named = [p for p in problems if f"/{name}:" in p]
            if expected is EITHER:
                ok = name in texts or bool(named)
                how = "read" if name in texts else (named[0].split(": ", 1)[1] if named else "")
            elif expected is None:
                ok = bool(named) and name not in texts
                how = named[0].split(": ", 1)[1] if named else "NOT NAMED"
            else:
                ok = name in texts and str(expected) in texts[name]
                how = "read" if ok else (named[0] if named else "WRONG TEXT")
            handled += ok
            print(f"  {'ok ' if ok else 'BAD'} {name:20} {how[:110]}")
        good = all(g in texts for g in ("good-1.txt", "good-2.txt"))
        print(
            f"  {handled}/{len(cases)} bad inputs handled; good articles added: {good}; "
            f"exit {result.returncode}; traceback: {'Traceback' in result.stderr}; {seconds:.0f} s"
        )


# --- bad projects and environments -----------------------------------------------------------

DAMAGE = {
    "schema-0": "UPDATE explorer_meta SET value = '0' WHERE key = 'schema_version'",
    "schema-text": "UPDATE explorer_meta SET value = 'abc' WHERE key = 'schema_version'",
    "schema-newer": "UPDATE explorer_meta SET value = '99' WHERE key = 'schema_version'",
    "no-meta-row": "DELETE FROM explorer_meta",
    "dropped-evidence": "DROP TABLE evidence",
    "dropped-documents": "DROP TABLE documents",
    "bad-offsets": "UPDATE documents SET offsets = '{bad'",
    "bad-geometry": "UPDATE places SET geom = X'00112233'",
    "bad-candidates": "UPDATE mentions SET candidates = '[{\"x\": 1}]'",
}


def part_bad_projects() -> None:
    print("== bad projects and environments (every command: one line, non-zero, no traceback)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        good = tmp / "good.gpkg"
        assert explorer("ingest", str(SEED), "-p", str(good)).returncode == 0
        files: dict[str, Path] = {}
        for name, statement in DAMAGE.items():
            path = files[name] = tmp / f"{name}.gpkg"
            shutil.copy(good, path)
            conn = sqlite3.connect(path)
            conn.execute(statement)
            conn.commit()
            conn.close()
        raw = good.read_bytes()
        for name, data in {
            "text": b"not a database",
            "empty": b"",
            "truncated": raw[: len(raw) // 3],
            "garbled": raw[:4096] + bytes(len(raw) - 8192) + raw[-4096:],
            "random": os.urandom(len(raw)),
        }.items():
            files[name] = tmp / f"{name}.gpkg"
            files[name].write_bytes(data)
        foreign = files["foreign-sqlite"] = tmp / "foreign-sqlite.gpkg"
        conn = sqlite3.connect(foreign)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
        (tmp / "folder.gpkg").mkdir()
        files["folder"] = tmp / "folder.gpkg"
        out = tmp / "out"
        out.mkdir()
        commands = [
            ["sides", "{p}"],
            ["sides", "{p}", "-f", "json"],
            *[["export", "{p}", "-f", f, "-o", str(out / f"x.{f}")] for f in FORMATS],
            ["ingest", str(SEED), "-p", "{p}"],
            ["snapshot", "{p}", "-o", str(out / "x.png")],
        ]  # fmt: skip
        tried = handled = 0
        for name, path in files.items():
            for command in commands:
                before = path.read_bytes() if path.is_file() else None
                argv = [a.replace("{p}", str(path)) for a in command]
                result = explorer(*argv)
                unchanged = (path.read_bytes() if path.is_file() else None) == before
                ok = (one_clear_line(result) and unchanged) or (
                    # stored values are read only by commands that load them
                    name.startswith("bad-") and result.returncode == 0 and argv[0] == "ingest"
                )
                tried += 1
                handled += ok
                if not ok:
                    tail = result.stderr[-300:]
                    print(f"  BAD {name} {' '.join(argv[:2])}: {result.returncode} {tail}")
        result = explorer(
            "open", str(files["schema-0"]), "--screenshot", str(out / "w.png"), timeout=600
        )
        tried += 1
        handled += one_clear_line(result)
        print(f"  damaged/foreign/newer projects: {handled}/{tried} commands handled")
        _environments(tmp, good)


def _environments(tmp: Path, good: Path) -> None:
    tried = handled = 0

    def check(label: str, result: subprocess.CompletedProcess, early: float | None = None) -> None:
        nonlocal tried, handled
        ok = one_clear_line(result)
        tried += 1
        handled += ok
        line = next((x for x in result.stderr.splitlines() if x.startswith("explorer: ")), "")
        print(f"  {'ok ' if ok else 'BAD'} {label:34} {line[:100]}")

    # an older project: a copy is kept, then it is upgraded (simulated with a future schema)
    script = (
        "import sys; from explorer.store import schema, Project; "
        "schema.SCHEMA_VERSION += 1; "
        "schema.MIGRATIONS[schema.SCHEMA_VERSION - 1] = lambda c: None; "
        "Project.open(sys.argv[1]).close()"
    )
    older = tmp / "older.gpkg"
    shutil.copy(good, older)
    upgraded = subprocess.run([sys.executable, "-c", script, str(older)], cwd=ROOT)
    backups = list(tmp.glob("older.schema-*.backup.gpkg"))
    verdict = "ok " if upgraded.returncode == 0 and backups else "BAD"
    print(f"  {verdict} older project upgraded after a backup: {[b.name for b in backups]}")
    check(
        "output folder missing",
        explorer("export", str(good), "-f", "csv", "-o", str(tmp / "no" / "x.csv")),
    )
    check("output is a folder", explorer("export", str(good), "-f", "csv", "-o", str(tmp)))
    check(
        "geoparse input not JSON lines", explorer("geoparse", str(SEED), "-o", str(tmp / "g.jsonl"))
    )
    hold = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(good)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    hold.stdout.readline()
    started = time.monotonic()
    result = explorer("ingest", str(SEEDS), "-p", str(good))
    waited = time.monotonic() - started
    hold.kill()
    hold.wait()
    check(f"held write lock (waited {waited:.0f} s)", result)
    if os.geteuid() == 0 and shutil.which("mount"):
        for label, options, fill in (
            ("read-only file system", "size=4m", "ro"),
            ("full disk", f"size={good.stat().st_size + 64 * 1024}", "full"),
        ):
            mount = tmp / f"mnt-{fill}"
            mount.mkdir()
            if subprocess.run(
                ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)]
            ).returncode:
                print(f"  --- {label}: cannot mount here")
                continue
            try:
                shutil.copy(good, mount / "p.gpkg")
                if fill == "ro":
                    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
                    started = time.monotonic()
                    result = explorer("ingest", str(SEEDS), "-p", str(mount / "p.gpkg"))
                    check(
                        f"{label}: project ({time.monotonic() - started:.1f} s, before analysis)",
                        result,
                    )
                    check(
                        f"{label}: new project",
                        explorer("ingest", str(SEED), "-p", str(mount / "new.gpkg")),
                    )
                    check(
                        f"{label}: export",
                        explorer("export", str(good), "-f", "kml", "-o", str(mount / "x.kml")),
                    )
                else:
                    before = explorer("sides", str(mount / "p.gpkg"), "-f", "json").stdout
                    check(
                        f"{label}: ingest",
                        explorer("ingest", str(SEEDS), "-p", str(mount / "p.gpkg")),
                    )
                    after = explorer("sides", str(mount / "p.gpkg"), "-f", "json")
                    same = after.returncode == 0 and after.stdout == before
                    print(f"      project readable and unchanged after it: {same}")
                    filler = mount / "filler"
                    with contextlib.suppress(OSError), filler.open("wb") as fh:
                        fh.write(b"x" * (8 * 1024 * 1024))
                    check(
                        f"{label}: export",
                        explorer("export", str(good), "-f", "html", "-o", str(mount / "x.html")),
                    )
            finally:
                subprocess.run(["umount", str(mount)])
    else:
        print("  --- read-only and full file systems need root and mount: not tried")
    print(f"  environments: {handled}/{tried} handled")


# --- hostile payloads -------------------------------------------------------------------------

PAYLOADS = json.loads((ROOT / "benchmarks/data/hostile_payloads.json").read_text("utf-8"))[
    "payloads"
]


def part_hostile() -> None:
    import csv
    import re
    import xml.etree.ElementTree as ET

    print("== hostile payloads (in titles, excerpts and file names)")
    live = re.compile(r"<\s*(script|img|svg|iframe|a|b)\b", re.I)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        names = ["=cmd.txt", "<img src=x onerror=alert(9)>.txt", "@evil.txt", "+x.txt"]
        for n, payload in enumerate(PAYLOADS):
            name = names[n] if n < len(names) else f"article-{n:02d}.txt"
            (corpus / name).write_text(
                f"{payload}\n\nTurkey backs the Syrian rebels in Idlib, {payload} officials said. "
                f"Russia supports the government of Syria in Damascus. {payload}\n",
                encoding="utf-8",
            )
        project = tmp / "p.gpkg"
        explorer("ingest", str(corpus), "-p", str(project))
        outputs = {}
        for fmt in ("csv", "kml", "html", "geojson", "gpkg"):
            outputs[fmt] = tmp / f"x.{fmt}"
            explorer("export", str(project), "-f", fmt, "-o", str(outputs[fmt]))
        md = explorer("sides", str(project), "-f", "md").stdout
        kml = ET.parse(outputs["kml"]).getroot()
        descriptions = " ".join(e.text or "" for e in kml.iter() if e.tag.endswith("description"))
        # the standalone map: its data is JSON inside its own (hashed) scripts, where "<" is
        # written \u003c (it can end no script); the rest of the page is HTML
        page = outputs["html"].read_text(encoding="utf-8")
        data = re.search(r"window\.EXPLORER_STANDALONE = (.*?);</script>", page, re.S)
        data_json = data.group(1) if data else "{}"
        html = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
        from explorer.export.brief import BriefSpec, brief_html
        from explorer.store import Project

        with Project.open(project) as opened:
            from explorer.items import build_items

            items = build_items(opened.load(), opened.reviews())
        brief = brief_html(items, BriefSpec(title=PAYLOADS[0], subtitle=PAYLOADS[1]))
        geojson = outputs["geojson"].read_text(encoding="utf-8")
        with outputs["csv"].open(encoding="utf-8", newline="") as fh:
            cells = [c for row in csv.reader(fh) for c in row]
        formula = [
            c
            for c in cells
            if c[:1] in ("=", "+", "@", "\t", "\r") or (c.startswith("-") and not _numeric(c))
        ]
        checks = {
            "csv": (not formula, f"{len(formula)} cells start a formula"),
            "kml": (
                "<" not in re.sub(r"</?(br|p|i)>", "", descriptions),
                "descriptions hold live markup",
            ),
            "md": (live.search(md) is None and not re.search(r"(?<!\\)\]\(", md), "live links"),
            "html": (
                live.search(html) is None and "<" not in data_json,
                "live markup",
            ),
            "brief": (live.search(brief) is None, "live markup"),
            "geojson": (bool(json.loads(geojson)), "unreadable"),
        }
        shown = {"csv": " ".join(cells), "kml": descriptions, "md": md}
        shown["html"] = html + json.dumps(json.loads(data_json), ensure_ascii=False)
        shown["brief"] = brief
        shown["geojson"] = geojson
        for fmt, (ok, problem) in checks.items():
            present = sum(1 for p in PAYLOADS if _present(p, shown[fmt]))
            verdict = "inert" if ok else problem
            print(
                f"  {'ok ' if ok else 'BAD'} {fmt:8} {present}/{len(PAYLOADS)} payloads present "
                f"as text; {verdict}"
            )
        from explorer.mapview.bridge import _parse

        malformed = [
            "", "x", "[1]", '{"event": 5}', '{"event": "bogus"}', '{"event": "click"}',
            '{"event": "click", "id": [1]}', '{"event": "rendered", "count": "1"}',
            '{"event": "rendered", "count": -1}',
            '{"event": "located", "id": "a", "x": 1e400, "y": 1}',
            '{"event": "error"}', "[" * 100_000,
            '{"event": "click", "id": "' + "x" * (50 * 2**20) + '"}',
        ]  # fmt: skip
        with contextlib.redirect_stderr(io.StringIO()):
            dropped = sum(_parse(m) is None for m in malformed)
        print(f"  bridge: {dropped}/{len(malformed)} malformed messages dropped (one of 50 MB)")


def _numeric(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def _present(payload: str, text: str) -> bool:
    """Whether the payload's start is in ``text``, as it is or escaped for the format."""
    import html

    from explorer.export.safe import markdown_text

    core = payload.split("!")[0][:12]
    markdown = markdown_text(core)
    forms = (core, html.escape(core), html.escape(html.escape(core)), json.dumps(core)[1:-1])
    return any(form in text for form in (*forms, markdown))


# --- faults -----------------------------------------------------------------------------------


def part_faults(kills: int) -> None:
    print(f"== faults: explorer ingest killed (SIGKILL) {kills} times at random moments")
    sys.path.insert(0, str(ROOT))
    from tests.test_fault_injection import dump

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        for copy in ("a", "b", "c", "d"):
            shutil.copytree(SEEDS, corpus / copy)
        texts = _eval_texts(Path(ARGS.eval_dir), 40)
        for n, text in enumerate(texts):
            (corpus / f"lgl-{n:03d}.txt").write_text(text, encoding="utf-8")
        old = tmp / "old.gpkg"
        assert explorer("ingest", str(corpus / "a"), "-p", str(old)).returncode == 0
        before = dump(old)
        new = tmp / "new.gpkg"
        shutil.copy(old, new)
        started = time.monotonic()
        assert explorer("ingest", str(corpus), "-p", str(new)).returncode == 0
        duration = time.monotonic() - started
        after = dump(new)
        total = len(after["documents"])
        moments = random.Random(8)
        intact = identical = 0
        states: dict[str, int] = {"old": 0, "new": 0, "partial (batches saved)": 0}
        relost = []
        for n in range(kills):
            project = tmp / f"k{n}.gpkg"
            shutil.copy(old, project)
            process = subprocess.Popen(
                [sys.executable, "-m", "explorer", "ingest", str(corpus), "-p", str(project)],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(moments.uniform(0.2, duration))
            process.send_signal(signal.SIGKILL)
            process.wait()
            ok = _intact(project)
            state = dump(project) if ok else None
            if state == before:
                states["old"] += 1
            elif state == after:
                states["new"] += 1
            elif ok and _consistent(state, after):
                states["partial (batches saved)"] += 1
            else:
                ok = False
            intact += ok
            saved = len(state["documents"]) if state else 0
            rerun = explorer("ingest", str(corpus), "-p", str(project))
            identical += rerun.returncode == 0 and dump(project) == after
            relost.append(total - saved)
        print(f"  uninterrupted ingest: {total} articles in {duration:.0f} s")
        print(f"  projects intact after a kill: {intact}/{kills}; states: {states}")
        print(f"  identical to an uninterrupted run after a second run: {identical}/{kills}")
        print(
            f"  articles the second run had to analyse again: mean "
            f"{statistics.mean(relost):.1f}, max {max(relost)} (of {total})"
        )


def _intact(project: Path) -> bool:
    from explorer.store import Project, StoreError

    try:
        conn = sqlite3.connect(project)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Project.open(project) as opened:
            opened.load()
        return ok
    except (sqlite3.Error, StoreError):
        return False


def _consistent(state: dict, after: dict) -> bool:
    """Every document saved holds exactly the evidence and mentions the full run gives it."""
    docs = {row[0] for row in state["documents"]}
    for table in ("evidence", "mentions"):
        column = 2 if table == "evidence" else 1
        mine = sorted(r for r in state[table] if r[column] in docs)
        full = sorted(r for r in after[table] if r[column] in docs)
        if mine != full:
            return False
    return True


# --- cancel -------------------------------------------------------------------------------------


def part_cancel(trials: int = 6) -> None:
    from explorer.limits import Cancelled
    from explorer.pipeline import analyser, ingest

    print("== cancel: seconds from the request to the ingest returning")
    analyser()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        for n in range(4):
            shutil.copy(SEEDS / sorted(os.listdir(SEEDS))[n], corpus / f"{n}.txt")
        long = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) * 10)
        (corpus / "long.txt").write_text(long, encoding="utf-8")  # ~200,000 characters
        # in this process; and in two worker processes (which take a while to load spaCy)
        ways = [("in this process", {}, (1.0, 12.0))]
        ways.append(("with 2 worker processes", {"workers": 2, "parallel_from": 0}, (5.0, 20.0)))
        moments = random.Random(3)
        for label, options, (low, high) in ways:
            latencies = []
            for n in range(trials):
                flag = threading.Event()
                asked: list[float] = []
                done: list[float] = []

                def run(
                    project=tmp / f"c{label[:4]}{n}.gpkg", flag=flag, done=done, options=options
                ) -> None:
                    try:
                        ingest([corpus], project, is_cancelled=flag.is_set, **options)
                    except Cancelled:
                        done.append(time.monotonic())

                worker = threading.Thread(target=run)
                worker.start()
                time.sleep(moments.uniform(low, high))
                asked.append(time.monotonic())
                flag.set()
                worker.join()
                if done:  # else the ingest had finished before the cancel
                    latencies.append(done[0] - asked[0])
            mean = statistics.mean(latencies) if latencies else float("nan")
            print(
                f"  {len(latencies)} cancels {label} (of {trials}; the others came after the "
                f"end): max {max(latencies, default=float('nan')):.2f} s, mean {mean:.2f} s"
            )


# --- evaluation articles ------------------------------------------------------------------------


def _eval_texts(folder: Path, limit: int | None = None) -> list[str]:
    texts = []
    for name in ("lgl.jsonl", "trnews.jsonl"):
        path = folder / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def part_eval() -> None:
    from explorer.pipeline import ingest

    folder = Path(ARGS.eval_dir)
    print(f"== evaluation articles ({folder}): seconds each, as files through ingest")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        count = 0
        for name in ("lgl.jsonl", "trnews.jsonl"):
            if not (folder / name).exists():
                continue
            for line in (folder / name).open(encoding="utf-8"):
                if line.strip():
                    record = json.loads(line)
                    (corpus / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
                    count += 1
        if not count:
            print("  no evaluation articles found")
            return
        marks: list[tuple[float, str]] = []

        def progress(done: int, total: int, what: str) -> None:
            # an article is announced as its analysis starts and again once it is done: the
            # first of its marks counts
            if not what.startswith("Reading ") and (not marks or marks[-1][1] != what):
                marks.append((time.monotonic(), what))

        # one article per batch: progress marks the start of each article's whole analysis
        # (geoparsing and extraction), so the gap to the next mark is that article's time
        started = time.monotonic()
        summary = ingest([corpus], tmp / "eval.gpkg", progress=progress, batch=1)
        total = time.monotonic() - started
        marks.append((time.monotonic(), "end"))
        steps = [(b[0] - a[0], a[1]) for a, b in itertools.pairwise(marks)]
        seconds = sorted(s for s, _ in steps)
        slowest = max(steps)
        print(
            f"  {len(summary.added)} of {count} ingested, {len(summary.failed)} failed, "
            f"{total:.0f} s in all; per article: mean {statistics.mean(seconds):.2f} s, "
            f"p95 {seconds[int(0.95 * len(seconds))]:.2f} s, "
            f"p99 {seconds[int(0.99 * len(seconds))]:.2f} s, max {slowest[0]:.2f} s "
            f"({slowest[1][:50]!r}); over 10 s: {sum(s > 10 for s in seconds)}"
        )


# --- big files --------------------------------------------------------------------------------


def part_big() -> None:
    print("== big files, each ingested alone: seconds and peak memory")
    texts = _eval_texts(Path(ARGS.eval_dir), 400)
    prose = "\n\n".join(texts) or SEED.read_text(encoding="utf-8") * 50
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = {
            "4 MB text": ("big4.txt", _grow(prose, 4_000_000, "\n\n")),
            "10 MB one line": ("oneline10.txt", _grow(" ".join(texts) or prose, 10_000_000, " ")),
            "19 MB text": ("big19.txt", _grow(prose, 19_000_000, "\n\n")),
        }
        body = "".join(f"<p>{t}</p>" for t in _grow(prose, 15_000_000, "\n\n").split("\n\n"))
        files["15 MB HTML"] = ("big15.html", f"<html><body><article>{body}</article></body></html>")
        for label, (name, text) in files.items():
            path = tmp / name
            path.write_text(text, encoding="utf-8")
            project = tmp / f"{name}.gpkg"
            started = time.monotonic()
            process = subprocess.Popen(
                [sys.executable, "-m", "explorer", "ingest", str(path), "-p", str(project)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            peak = 0
            while process.poll() is None:
                peak = max(peak, _rss(process.pid))
                time.sleep(0.5)
            out, err = process.communicate()
            seconds = time.monotonic() - started
            print(
                f"  {label:15} {path.stat().st_size / 1e6:5.1f} MB: exit {process.returncode}, "
                f"{seconds:6.0f} s, peak {peak / 2**30:.2f} GB; {out.strip()[-60:]} "
                f"{err.strip()[-120:]}"
            )


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def main(argv: list[str] | None = None) -> int:
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--skip-eval", action="store_true", help="leave out the 706 articles' timing")
    ap.add_argument("--big", action="store_true", help="also the 4-19 MB files (an hour or more)")
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument(
        "--only", nargs="*", help="parts: articles projects hostile faults cancel eval big"
    )
    ARGS = ap.parse_args(argv)
    parts = {
        "articles": part_bad_articles,
        "projects": part_bad_projects,
        "hostile": part_hostile,
        "faults": lambda: part_faults(ARGS.kills),
        "cancel": part_cancel,
        "eval": part_eval,
        "big": part_big,
    }
    chosen = ARGS.only or [
        p for p in parts if (p != "eval" or not ARGS.skip_eval) and (p != "big" or ARGS.big)
    ]
    for name in chosen:
        parts[name]()
    return 0


ARGS: argparse.Namespace

if __name__ == "__main__":
    sys.exit(main())
