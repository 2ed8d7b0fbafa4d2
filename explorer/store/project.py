"""The project file: one GeoPackage holding documents, machine output and analysts' reviews.

Machine output is replaced per document on every ingest; reviews live in their own tables,
keyed by item id, and are applied on load, so re-ingesting never loses a decision. Items shared
by several documents (a city, a theatre, a stance) keep one row and one set of evidence rows per
document, so replacing one document leaves the others' evidence alone.
"""

from __future__ import annotations

import errno
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
from explorer.model import Analysis, Document, KnownTitles
from explorer.store import codec, files, gpkg, merged, reading, reviews, schema, writing
from explorer.store.errors import StoreError
from explorer.store.lock import WAIT_SECONDS, ProjectLock
from explorer.store.schema import META_TABLE

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_file(path: Path) -> None:
    """Refuse what is plainly not a SQLite file, without opening it as a database."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a project file")
    if not path.is_file():
        raise StoreError(f"{path} is not a regular file, so it cannot be a project")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a project file: it is not a GeoPackage (SQLite) database")


# Files this process found sound, by path, with their size and modification time when
# checked: SQLite's check reads the whole file (a third of a second for 100,000 events), and
# an open often follows another of the same unchanged file (the window loads a project, then
# reads its reviews). Any write since changes the file's time, and it is checked again.
_sound: dict[Path, tuple[int, int]] = {}


def _file_state(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


def _inspect(path: Path) -> int:
    """The schema version of an existing project, read without changing the file."""
    resolved = path.resolve()
    try:
        conn = sqlite3.connect(f"{resolved.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        state = _file_state(resolved)
        if _sound.get(resolved) != state:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                _sound.pop(resolved, None)
                raise StoreError(f"{path} is damaged ({check[0] if check else 'no answer'})")
            _sound[resolved] = state
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema.read_version(conn)
        missing = schema.missing_tables(conn) if version is not None else []
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StoreError(f"{path} is busy: another program is writing to it") from exc
        raise StoreError(f"{path} is damaged or not a database: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not a database: {exc}") from exc
    except schema.SchemaError as exc:
        raise StoreError(f"{path} is damaged: {exc}") from exc
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
    if version < schema.FIRST_VERSION or not schema.can_upgrade(version):
        raise StoreError(
            f"{path} is damaged: it says project schema {version}, which no explorer wrote"
        )
    if missing and version == schema.SCHEMA_VERSION:
        raise StoreError(f"{path} is damaged: its table(s) {', '.join(missing)} are missing")
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
        raise StoreError(f"cannot create {path}: {_reason(exc)}") from exc


def _check_writable(path: Path) -> None:
    """Say now, before any work, when the project or its folder cannot be written."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(f"cannot create {path}: the folder {folder} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path} is read-only; make it writable or choose another project")
    if not os.access(folder, os.W_OK):
        raise StoreError(
            f"the folder {folder} is read-only, and a project needs to write beside its file; "
            "choose a project in a folder you can write to"
        )


_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def _reason(exc: BaseException) -> str:
    """A storage failure in words a user can act on."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return "the disk is full; free some space and try again"
    if code == sqlite3.SQLITE_READONLY or getattr(exc, "errno", None) in _READ_ONLY_ERRNOS:
        return "the file or its folder is read-only"
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


def backup_path(path: Path, version: int) -> Path:
    """Where a project is copied before an upgrade from ``version``."""
    return path.with_name(f"{path.stem}.schema-{version}.backup{path.suffix}")


class Project:
    """An open project file. Use ``Project.open``; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self._write_lock: ProjectLock | None = None

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        create: bool = False,
        *,
        write: str | None = None,
        wait: float | None = None,
    ) -> Project:
        """Open the project at ``path``; with ``create``, make a new one when absent.

        ``write`` names the work about to write to it ("an ingest"): the file and folder are
        checked for writing first, and the project's write lock is taken (waiting ``wait``
        seconds, by default WAIT_SECONDS, for another writer, then raising ProjectBusy that
        names it), so nothing is
        analysed for a project that cannot take the result.

        Raises StoreError, leaving the file untouched, when it is not a project, is damaged,
        or was written by a newer version. An older project is copied aside (see
        ``backup_path``) and then upgraded.
        """
        path = Path(path)
        if write is not None or (create and not path.exists()):
            _check_writable(path)
        if wait is None:
            wait = WAIT_SECONDS
        lock = ProjectLock(path, write).acquire(wait) if write is not None else None
        try:
            if not path.exists():
                if not create:
                    raise StoreError(f"no project at {path}")
                _create(path)
            _check_file(path)
            version = _inspect(path)
            project = cls(path, _connect(path))
            project._write_lock, lock = lock, None  # the project releases it on close
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if write is not None:
            project._probe_write()
        if version < schema.SCHEMA_VERSION:
            project._upgrade(version)
        return project

    def _probe_write(self) -> None:
        """Take SQLite's write lock once and let it go: a read-only file or file system, or
        another program writing, shows here rather than after the analysis."""
        try:
            with self._transaction():
                pass
        except BaseException:
            self.close()
            raise

    def _upgrade(self, version: int) -> None:
        backup = backup_path(self.path, version)
        try:
            target = sqlite3.connect(backup)
            try:
                with self._lock:
                    self._conn.backup(target)
            finally:
                target.close()
            with self._transaction():
                schema.upgrade(self._conn, version)
        except BaseException as exc:
            self.close()
            if isinstance(exc, sqlite3.Error | OSError):
                raise StoreError(
                    f"cannot upgrade {self.path} from project schema {version}: {_reason(exc)}"
                ) from exc
            raise
        log.info("upgraded %s from schema %s; old file kept as %s", self.path, version, backup)

    @property
    def writable(self) -> bool:
        """Whether this process holds the project's write lock through this object."""
        return self._write_lock is not None

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            if self._write_lock is not None:
                self._write_lock.release()
                self._write_lock = None

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
                raise StoreError(f"cannot write to {self.path}: {_busy_or(exc)}") from exc
            try:
                yield conn
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"writing {self.path} failed: {_reason(exc)}") from exc
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise StoreError(f"writing {self.path} failed: {_reason(exc)}") from exc

    def _read(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"reading {self.path} failed: {_damaged_or(exc)}") from exc

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

    def record_problems(self, problems: list[str]) -> None:
        """Replace the list of files the last ingest could not read or analyse, and why (the
        file is not written when the list is the same)."""
        if [r[0] for r in self._read("SELECT message FROM problems ORDER BY fid")] == problems:
            return
        with self._transaction() as conn:
            writing.write_problems(conn, problems)

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
        return self.load_with_reviews(include_rejected)[0]

    def load_with_reviews(
        self, include_rejected: bool = False, mentions: bool = True
    ) -> tuple[Analysis, dict[str, dict[str, Any]]]:
        """``load()``'s analysis and the ``reviews()`` applied to it, read in one transaction
        (what the window and a snapshot open a project for: the reviews were read a second
        time, in a second opening of the file). ``mentions=False``: the analysis without the
        place names' occurrences and their candidates, which only the window's article view
        and its "other places" list read; not for an analysis that is written anywhere."""
        with making_many():
            with self._lock:
                try:
                    self._conn.execute("BEGIN")  # one snapshot, even if another process writes
                    try:
                        stored = reading.read_stored(
                            self._conn, kept=self._kept_merge, mentions=mentions
                        )
                        decisions = self.reviews()
                    finally:
                        self._conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    raise StoreError(f"reading {self.path} failed: {_damaged_or(exc)}") from exc
                except (ValueError, KeyError, TypeError, IndexError) as exc:
                    # a stored value that does not decode: the file was changed by hand or damaged
                    raise StoreError(
                        f"{self.path} is damaged: a stored value is unreadable ({exc})"
                    ) from exc
            analysis = stored.analysis
            if not stored.merged:
                # events are stored per article; one event told by several articles is one
                merge_analysis_events(analysis)
                self._keep_merge(stored.stamp, analysis)
            return reviews.apply_reviews(analysis, decisions, include_rejected), decisions

    def _kept_merge(self, stamp: str) -> merged.KeptEvents | None:
        return merged.read(self._conn, stamp)

    def _keep_merge(self, stamp: str | None, analysis: Analysis) -> None:
        """Keep the merged events for the next open, when merging them was worth keeping.

        A file that cannot be written now (read-only, another program writing) is left as it
        is: the next open merges again."""
        told = [e for e in analysis.events if not e.layer]
        if stamp is None or len(told) < merged.MIN_EVENTS:
            return
        from explorer.items import event_titles

        # each event's title at its place as stored (reviews are applied after): this open's
        # items take them too
        places = {p.id: p for p in analysis.places}
        titles = event_titles(told, places)
        analysis.event_titles = KnownTitles(told, list(titles))
        try:
            value = merged.encode(stamp, told, len(analysis.events) - len(told), titles)
        except (TypeError, ValueError, OverflowError) as exc:  # an offset that is no whole number
            log.info("merged events not kept in %s: %s", self.path, exc)
            return
        try:
            with self._transaction() as conn:
                merged.write(conn, value)
        except StoreError as exc:
            log.info("merged events not kept in %s: %s", self.path, exc)

    # --- reviews -----------------------------------------------------------------------

    def reviews(self) -> dict[str, dict[str, Any]]:
        """Item id -> ``{"kind", "state", "edits", "updated"}`` for every reviewed item."""
        rows = self._read("SELECT item_id, kind, state, edits, updated FROM reviews")
        try:
            return {
                r[0]: {
                    "kind": r[1],
                    "state": r[2],
                    "edits": json.loads(r[3]) if r[3] else {},
                    "updated": r[4],
                }
                for r in rows
            }
        except ValueError as exc:
            raise StoreError(f"{self.path} is damaged: a review is unreadable ({exc})") from exc

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


def _busy_or(exc: sqlite3.Error) -> str:
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY or "locked" in str(exc):
        return "another program is writing to it; try again when it is done"
    return _reason(exc)


def _damaged_or(exc: sqlite3.Error) -> str:
    if isinstance(exc, sqlite3.OperationalError) and "no such" in str(exc):
        return f"it is damaged ({exc})"
    return _reason(exc)
