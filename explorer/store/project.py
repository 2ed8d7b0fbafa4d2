"""The project file: one GeoPackage holding documents, machine output and analysts' reviews.

Machine output is replaced per document on every ingest; reviews live in their own tables,
keyed by item id, and are applied on load, so re-ingesting never loses a decision. Items shared
by several documents (a city, a theatre, a stance) keep one row and one set of evidence rows per
document, so replacing one document leaves the others' evidence alone.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from explorer.bulk import making_many
from explorer.extract.merge import merge_analysis_events
from explorer.model import Analysis, Document, Event
from explorer.store import codec, files, gpkg, merged, reading, reviews, schema, writing
from explorer.store.errors import StoreError
from explorer.store.schema import META_TABLE

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_file(path: Path) -> None:
    """Refuse what is plainly not a SQLite file, without opening it as a database."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a project file")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a project file: it is not a GeoPackage (SQLite) database")


def _inspect(path: Path) -> int:
    """The schema version of an existing project, read without changing the file."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        if check is None or check[0] != "ok":
            raise StoreError(f"{path} is damaged ({check[0] if check else 'no answer'})")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema.read_version(conn)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StoreError(f"{path} is busy: another program is writing to it") from exc
        raise StoreError(f"{path} is damaged or not a database: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()
    if version is None:
        if application_id == gpkg.APPLICATION_ID:
            raise StoreError(f"{path} is a GeoPackage but not an explorer project")
        raise StoreError(f"{path} is a SQLite database but not an explorer project")
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer explorer (project schema {version}, this version "
            f"reads up to {schema.SCHEMA_VERSION}); update explorer to open it"
        )
    return version


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _create(path: Path) -> None:
    """Write a new, empty project beside ``path`` and move it in place when complete."""
    try:
        with files.atomic_path(path) as tmp:
            conn = _connect(tmp)
            try:
                conn.execute("BEGIN")
                schema.create(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot create {path}: {exc}") from exc


class Project:
    """An open project file. Use ``Project.open``; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = False) -> Project:
        """Open the project at ``path``; with ``create``, make a new one when absent.

        Raises StoreError, leaving the file untouched, when it is not a project, is damaged,
        or was written by a newer version.
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError(f"no project at {path}")
            _create(path)
        _check_file(path)
        version = _inspect(path)
        project = cls(path, _connect(path))
        if version < schema.SCHEMA_VERSION:
            try:
                with project._transaction():
                    schema.upgrade(project._conn, version)
            except BaseException:
                project.close()
                raise
        return project

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything in it lands, or nothing does."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
            try:
                yield conn
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"writing {self.path} failed: {exc}") from exc
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise StoreError(f"writing {self.path} failed: {exc}") from exc

    def _read(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"reading {self.path} failed: {exc}") from exc

    # --- documents ---------------------------------------------------------------------

    def known_hashes(self) -> dict[str, str]:
        """Document id -> sha256 of its raw bytes, to skip unchanged files on ingest."""
        return dict(self._read("SELECT id, sha256 FROM documents"))

    def analysis_version(self) -> str | None:
        """The version of the analysis that made the stored output (None: not recorded)."""
        rows = self._read(f"SELECT value FROM {META_TABLE} WHERE key = 'analysis_version'")
        return rows[0][0] if rows else None

    def stored_documents(self) -> list[Document]:
        """The articles as stored (cleaned text and offsets), to analyse them again."""
        with self._lock:  # the documents only: no events merged, reviews not needed
            self._conn.execute("BEGIN")
            try:
                return list(reading.read_analysis(self._conn).documents)
            finally:
                self._conn.execute("COMMIT")

    # --- saving ------------------------------------------------------------------------

    def save(self, analysis: Analysis, analysis_version: str | None = None) -> None:
        """Add or replace the documents in ``analysis`` and their output, in one transaction.

        ``analysis_version`` records which analysis made the output, so that a newer one
        (other rules, other lexicons) analyses every article again.

        ``analysis`` holds only the documents being (re)ingested. Their previous machine
        output is replaced; other documents' evidence for shared items is kept. Evidence
        that cites a document already in the project but not in this save is ignored (it is
        stored with that document already).
        """
        plan = writing.SavePlan(analysis, self._stored_documents())
        with self._transaction() as conn:
            writing.write_analysis(conn, analysis, plan)
            if analysis_version is not None:
                conn.execute(
                    f"INSERT OR REPLACE INTO {META_TABLE} (key, value)"
                    " VALUES ('analysis_version', ?)",
                    (analysis_version,),
                )

    def _stored_documents(self) -> set[str]:
        return {row[0] for row in self._read("SELECT id FROM documents")}

    # --- loading -----------------------------------------------------------------------

    def load(self, include_rejected: bool = False) -> Analysis:
        """Everything in the project, with reviews applied (edited values win).

        Rejected items are left out unless ``include_rejected``; ``reviews()`` tells which
        they are. Events told by several articles are merged into one; on a large project the
        merged events are kept in the file (``explorer.store.merged``), so that the next open
        reads them instead of merging again.
        """
        with making_many():
            with self._lock:
                self._conn.execute("BEGIN")  # one snapshot, even if another process writes
                try:
                    stored = reading.read_stored(self._conn, kept=self._kept_merge)
                    decisions = self.reviews()
                finally:
                    self._conn.execute("COMMIT")
            analysis = stored.analysis
            if not stored.merged:
                # events are stored per article; one event told by several articles is one
                merge_analysis_events(analysis)
                self._keep_merge(stored.stamp, analysis)
            return reviews.apply_reviews(analysis, decisions, include_rejected)

    def _kept_merge(self, stamp: str) -> list[Event] | None:
        return merged.read(self._conn, stamp)

    def _keep_merge(self, stamp: str, analysis: Analysis) -> None:
        """Keep the merged events for the next open, when merging them was worth keeping.

        A file that cannot be written now (read-only, another program writing) is left as it
        is: the next open merges again."""
        told = [e for e in analysis.events if not e.layer]
        if len(told) < merged.MIN_EVENTS:
            return
        value = merged.encode(stamp, told)
        try:
            with self._transaction() as conn:
                merged.write(conn, value)
        except StoreError as exc:
            log.info("merged events not kept in %s: %s", self.path, exc)

    # --- reviews -----------------------------------------------------------------------

    def reviews(self) -> dict[str, dict[str, Any]]:
        """Item id -> ``{"kind", "state", "edits", "updated"}`` for every reviewed item."""
        return {
            r[0]: {
                "kind": r[1],
                "state": r[2],
                "edits": json.loads(r[3]) if r[3] else {},
                "updated": r[4],
            }
            for r in self._read("SELECT item_id, kind, state, edits, updated FROM reviews")
        }

    def _kind_of(self, item_id: str) -> str:
        for kind, table in writing.TABLES.items():
            if self._read(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)):
                return kind
        row = self._read("SELECT kind FROM reviews WHERE item_id = ?", (item_id,))
        if row:  # reviewed once, gone from machine output since: the decision still counts
            return row[0][0]
        raise StoreError(f"no item with id {item_id!r} in {self.path}")

    def set_review(self, item_id: str, state: str, edits: dict[str, Any] | None = None) -> None:
        """Record an analyst's decision on an item; ``undo_review`` takes it back.

        Edits accumulate over successive reviews of an item; ``unreviewed`` drops them.
        """
        if state not in reviews.STATES:
            raise StoreError(f"review state must be one of {', '.join(reviews.STATES)}")
        kind = self._kind_of(item_id)
        if edits:
            problem = reviews.check_edits(kind, edits)
            if problem:
                raise StoreError(problem)
        with self._transaction() as conn:
            previous = conn.execute(
                "SELECT kind, state, edits, updated FROM reviews WHERE item_id = ?", (item_id,)
            ).fetchone()
            merged: dict[str, Any] = {}
            if previous and previous[2] and state != "unreviewed":
                merged.update(json.loads(previous[2]))
            if state != "unreviewed":
                merged.update(edits or {})
            if state == "edited" and not merged:
                raise StoreError(f"an 'edited' review of {item_id!r} needs edits")
            now = writing.timestamp()
            conn.execute(
                "INSERT INTO review_history (item_id, kind, state, edits, updated, replaced)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (item_id, *(previous or (kind, None, None, None)), now),
            )
            conn.execute(
                "INSERT INTO reviews (item_id, kind, state, edits, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET"
                " kind = excluded.kind, state = excluded.state, edits = excluded.edits,"
                " updated = excluded.updated",
                (item_id, kind, state, codec.dumps(merged) if merged else None, now),
            )

    def undo_review(self, item_id: str) -> str:
        """Restore an item's review to what it was before the last ``set_review``.

        Returns the state now in force ("unreviewed" when the item had no review before).
        """
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT fid, kind, state, edits, updated FROM review_history"
                " WHERE item_id = ? ORDER BY fid DESC LIMIT 1",
                (item_id,),
            ).fetchone()
            if row is None:
                raise StoreError(f"no review of {item_id!r} to undo")
            fid, kind, state, edits, updated = row
            conn.execute("DELETE FROM review_history WHERE fid = ?", (fid,))
            if state is None:
                conn.execute("DELETE FROM reviews WHERE item_id = ?", (item_id,))
                return "unreviewed"
            conn.execute(
                "UPDATE reviews SET kind = ?, state = ?, edits = ?, updated = ? WHERE item_id = ?",
                (kind, state, edits, updated, item_id),
            )
            return state
