"""Projects that are damaged, foreign, older, newer, full, read-only or in use: one clear
message, the file left as it was, and for the command line one line and a non-zero exit."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from explorer import cli
from explorer.model import Analysis
from explorer.store import SCHEMA_VERSION, Project, StoreError, schema
from explorer.store.lock import ProjectBusy, ProjectLock, lock_path
from explorer.store.project import backup_path
from tests.store_sample import sample_analysis

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "project.gpkg"
    with Project.open(path, create=True) as project:
        project.save(sample_analysis())
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


DAMAGE = {
    "schema version 0": (
        "UPDATE explorer_meta SET value = '0' WHERE key = 'schema_version'",
        "schema 0, which no explorer wrote",
    ),
    "schema version not a number": (
        "UPDATE explorer_meta SET value = 'abc' WHERE key = 'schema_version'",
        "is not a number",
    ),
    "newer schema": (
        "UPDATE explorer_meta SET value = '99' WHERE key = 'schema_version'",
        "newer explorer",
    ),
    "dropped table": ("DROP TABLE evidence", "evidence are missing"),
    "unreadable offsets": ("UPDATE documents SET offsets = '{bad'", "unreadable"),
    "unreadable geometry": ("UPDATE places SET geom = X'00112233'", "unreadable"),
    "unreadable review": (
        "INSERT INTO reviews (item_id, kind, state, edits, updated)"
        " VALUES ('x', 'place', 'edited', '{bad', 'now')",
        "unreadable",
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_projects_are_refused_with_a_reason_and_left_alone(saved, damage):
    statement, reason = DAMAGE[damage]
    _sql(saved, statement)
    before = saved.read_bytes()
    with pytest.raises(StoreError, match=reason), Project.open(saved) as project:
        project.load()
    assert saved.read_bytes() == before


def test_an_older_project_is_copied_aside_before_it_is_upgraded(saved, monkeypatch):
    before = saved.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(
        schema,
        "MIGRATIONS",
        {SCHEMA_VERSION: lambda conn: conn.execute("ALTER TABLE places ADD COLUMN notes TEXT")},
    )
    with Project.open(saved) as project:
        assert len(project.load().places) == 6
    backup = backup_path(saved, SCHEMA_VERSION)
    assert backup.name == f"project.schema-{SCHEMA_VERSION}.backup.gpkg"
    conn = sqlite3.connect(backup)
    version = conn.execute("SELECT value FROM explorer_meta WHERE key = 'schema_version'")
    assert version.fetchone()[0] == str(SCHEMA_VERSION)
    conn.close()
    monkeypatch.undo()
    with Project.open(backup) as old:  # the copy is the project as it was
        assert len(old.load().places) == 6
    assert saved.read_bytes() != before


def test_a_full_disk_fails_the_save_with_a_message_and_keeps_the_project(saved):
    before = _content(saved)
    bigger = sample_analysis()
    for doc in bigger.documents:
        doc.raw_text = doc.raw_text * 400  # more than the room left
    with Project.open(saved, write="a test") as project:
        pages = project._conn.execute("PRAGMA page_count").fetchone()[0]
        project._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's "disk full"
        with pytest.raises(StoreError, match="the disk is full"):
            project.save(bigger)
    assert _content(saved) == before


def _content(path: Path) -> list:
    with Project.open(path) as project:
        analysis: Analysis = project.load()
    return sorted((d.id, d.sha256, len(d.raw_text)) for d in analysis.documents)


HOLD = """
import sys, time
from pathlib import Path
from explorer.store.lock import ProjectLock
ProjectLock(Path(sys.argv[1]), "an explorer window").acquire()
print("held", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def held_by_another_process(project: Path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(project)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_a_held_project_is_waited_for_then_its_holder_is_named(saved):
    with held_by_another_process(saved) as holder:
        with pytest.raises(ProjectBusy) as busy:
            Project.open(saved, write="an ingest", wait=0.5)
        assert f"an explorer window (process {holder.pid}" in str(busy.value)
        with Project.open(saved) as reader:  # reading needs no lock
            assert reader.load().documents
    # killed outright, the holder leaves no lock behind
    with Project.open(saved, write="an ingest", wait=2) as project:
        assert project.writable
    assert not lock_path(saved).exists()  # the last holder cleans up


def test_the_lock_is_reentrant_within_a_process(saved):
    window = ProjectLock(saved, "an explorer window").acquire(wait=0)
    try:
        with Project.open(saved, write="its own import", wait=0) as project:
            assert project.writable
        assert lock_path(saved).exists()  # still the window's
    finally:
        window.release()
    assert not lock_path(saved).exists()


@contextlib.contextmanager
def read_only_folder(with_project: Path):
    """A folder holding a copy of the project that cannot be written: a read-only mount
    when we are root and may mount, a folder without write permission otherwise."""
    folder = Path(tempfile.mkdtemp(prefix="explorer-ro-"))
    try:
        if os.geteuid() == 0:
            mounted = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                capture_output=True,
            )
            if mounted.returncode:
                pytest.skip("cannot make a read-only folder here (root without mount)")
            shutil.copy(with_project, folder / with_project.name)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            try:
                yield folder
            finally:
                subprocess.run(["umount", str(folder)], check=False)
        else:
            shutil.copy(with_project, folder / with_project.name)
            folder.chmod(0o555)
            try:
                yield folder
            finally:
                folder.chmod(0o755)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_folder_or_file_is_found_before_any_work(saved):
    with read_only_folder(saved) as folder:
        project = folder / saved.name
        with pytest.raises(StoreError, match="read-only"):
            Project.open(project, write="an ingest")
        with pytest.raises(StoreError, match="read-only"):
            Project.open(folder / "new.gpkg", create=True, write="an ingest")
        with Project.open(project) as reader:  # still readable
            assert reader.load().documents


# --- the command line ---------------------------------------------------------------------------


def _one_line_error(capsys, argv: list[str], code: int = 1) -> str:
    assert cli.main(argv) == code
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("explorer: "), err
    assert "Traceback" not in err
    return lines[0]


BAD_FILES = {
    "text.gpkg": b"this is not a database",
    "empty.gpkg": b"",
    "truncated.gpkg": None,  # filled from a real project below
    "random.gpkg": bytes(range(256)) * 64,
}


@pytest.mark.parametrize("damage", [*DAMAGE, *BAD_FILES])
def test_every_command_on_a_bad_project_says_why_in_one_line(saved, tmp_path, capsys, damage):
    if damage in DAMAGE:
        _sql(saved, DAMAGE[damage][0])
        bad = saved
    else:
        bad = tmp_path / damage
        content = BAD_FILES[damage]
        bad.write_bytes(saved.read_bytes()[:8192] if content is None else content)
    before = bad.read_bytes()
    for argv in (
        ["sides", str(bad)],
        ["sides", str(bad), "-f", "json"],
        ["export", str(bad), "-f", "geojson", "-o", str(tmp_path / "out.geojson")],
        ["export", str(bad), "-f", "kml", "-o", str(tmp_path / "out.kml")],
        ["ingest", str(ROOT / "seeds" / "000_fac6017f9c5b3381.txt"), "-p", str(bad)],
    ):
        if damage.startswith("unreadable") and argv[0] == "ingest":
            continue  # an ingest reads no stored values: it adds the article
        message = _one_line_error(capsys, argv)
        assert str(bad.name) in message
    assert bad.read_bytes() == before
    assert not (tmp_path / "out.geojson").exists()


def test_unwritable_outputs_are_refused_before_any_work(saved, tmp_path, capsys):
    message = _one_line_error(
        capsys, ["export", str(saved), "-f", "csv", "-o", str(tmp_path / "no" / "x.csv")], 2
    )
    assert "does not exist" in message
    message = _one_line_error(capsys, ["export", str(saved), "-f", "csv", "-o", str(tmp_path)], 2)
    assert "is a folder" in message


def test_a_held_project_makes_the_ingest_wait_then_name_the_holder(saved, capsys, monkeypatch):
    import explorer.store.project as project_module

    monkeypatch.setattr(project_module, "WAIT_SECONDS", 0.5)
    seed = str(ROOT / "seeds" / "000_fac6017f9c5b3381.txt")
    with held_by_another_process(saved) as holder:
        message = _one_line_error(capsys, ["ingest", seed, "-p", str(saved)])
    assert "is in use: an explorer window" in message and str(holder.pid) in message


def _spoil_page_of(path: Path, table: str) -> None:
    """Overwrite the first page of a table's rows with garbage, keeping the file's size."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * size)
        handle.write(b"\xa5" * 64)


def test_a_file_damaged_after_it_was_opened_sound_is_refused(saved):
    """An open skips SQLite's whole-file check for a file this process found sound and that
    has not changed since; a file written since (here: damaged) is checked again."""
    with Project.open(saved) as project:
        project.load()
    checked = saved.stat()
    _spoil_page_of(saved, "evidence")
    # the damage is a later write: its time differs from that of the check
    os.utime(saved, ns=(checked.st_atime_ns, checked.st_mtime_ns + 1_000_000_000))
    assert saved.stat().st_size == checked.st_size
    with pytest.raises(StoreError, match="damaged"):
        Project.open(saved)
