"""An ingest killed outright (SIGKILL) at random moments leaves its project intact: in the state
before the ingest or after it, never damaged, and a second run completes it to exactly what an
uninterrupted run makes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.pipeline import ingest
from explorer.store import Project
from explorer.store.schema import CHANGES_KEY, META_TABLE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KILLS = 3

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


def dump(path: Path) -> dict[str, list]:
    """Every table's rows without row ids, timestamps and the count of rows written (which
    depends on the order a pool's batches came back in): the project's logical content."""
    volatile = {"fid", "ingested", "last_change", "updated", "replaced"}
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in volatile]
            rows = (tuple(r[i] for i in keep) for r in cursor)
            if table == META_TABLE:
                rows = (r for r in rows if r[0] != CHANGES_KEY)
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def _ingest_process(corpus: Path, project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "explorer", "ingest", str(corpus), "-p", str(project)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )


def test_an_ingest_killed_at_random_moments_leaves_the_project_whole(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    old = tmp_path / "old.gpkg"
    ingest([corpus / "000_fac6017f9c5b3381.txt"], old)  # the project before: one article
    before = dump(old)

    new = tmp_path / "new.gpkg"
    shutil.copy(old, new)
    started = time.monotonic()
    assert _ingest_process(corpus, new).wait(timeout=600) == 0
    duration = time.monotonic() - started
    after = dump(new)
    assert after != before

    moments = random.Random(20240611)
    seen = {"old": 0, "new": 0}
    for n in range(KILLS):
        project = tmp_path / f"killed-{n}.gpkg"
        shutil.copy(old, project)
        process = _ingest_process(corpus, project)
        time.sleep(moments.uniform(0.2, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        conn = sqlite3.connect(project)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Project.open(project) as opened:  # opens and loads: not damaged
            opened.load()
        state = dump(project)
        assert state in (before, after), f"kill {n} left a third state"
        seen["old" if state == before else "new"] += 1
        ingest([corpus], project)  # a second run finishes the job
        assert dump(project) == after
    assert sum(seen.values()) == KILLS
