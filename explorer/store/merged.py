"""The events of a project merged across articles, kept in the project so an open skips merging.

A project stores events per article; ``Project.load`` joins the reports of one event told by
several articles (``explorer.extract.merge``). On a large project that join is most of the
time an open takes, so its result is kept in the project's ``explorer_meta`` table under
``merged_events``: the stamp of what it was merged from, then zlib-compressed JSON lines: a
head (format, count), then one merged event per line, every field of it.

The stamp is a hash of everything merging reads (every stored event, evidence and place row,
as stored) and of how it merges (``MERGE_FORMAT``, the events lexicon's bytes and the merging
code's). A cached
result whose stamp differs from the project's is ignored and replaced: whatever changed the
rows (an ingest, a re-analysis, an imported table, another version of explorer) changes the
stamp, and a result is never used for rows other than those it was merged from. It is
derived data: deleting it only costs the next open a merge. Reviews are applied after
merging, so a review leaves it valid.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from explorer.extract import merge
from explorer.model import Event, Evidence
from explorer.paths import geodata_dir
from explorer.store.schema import META_TABLE

log = logging.getLogger(__name__)

KEY = "merged_events"
# Bump when merge_events gives another result for the same rows, or when the layout below
# changes: every kept result is then merged again on its next open.
MERGE_FORMAT = 1
# Below this many events an open merges in milliseconds: writing to the analyst's file on a
# read is then not worth it.
MIN_EVENTS = 2000

_FIELDS = tuple(f.name for f in fields(Event))


class Stamp:
    """Hashes stored rows as they are read, to key the merged events by what they came from."""

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=20)
        self._hash.update(f"{MERGE_FORMAT}\n".encode())
        for path in (geodata_dir() / "lexicons" / "events.json", Path(merge.__file__)):
            self._hash.update(_digest(path))

    def add(self, table: str, rows: list[tuple]) -> None:
        """Fold one table's rows (in a stable order) into the stamp."""
        self._hash.update(f"\n{table} {len(rows)}\n".encode())
        # marshal's version 2 writes str, int, float, bytes and None exactly and, unlike later
        # versions, never refers back to an object written before: equal rows, equal bytes
        self._hash.update(marshal.dumps(rows, 2))

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _digest(path: Path) -> bytes:
    """A file's hash: the events lexicon merging reads and, from a source checkout, the merging
    code itself (a frozen build has no sources: its release stands for them through
    MERGE_FORMAT and the version below)."""
    try:
        return hashlib.blake2b(path.read_bytes()).digest()
    except OSError:
        return _release().encode()


@cache
def _release() -> str:
    try:
        return version("explorer")
    except PackageNotFoundError:
        return "unknown"


def _encode_event(e: Event) -> list:
    out = []
    for name in _FIELDS:
        value = getattr(e, name)
        if name == "evidence":
            value = [[x.doc, x.start, x.end, x.text, x.date] for x in value]
        out.append(value)
    return out


_EVIDENCE = _FIELDS.index("evidence")
# Fields whose few distinct values repeat over many events (types, dates, bases, places,
# names): one string each, shared, instead of one per event as JSON decoding makes them.
_SHARED = tuple(
    _FIELDS.index(name)
    for name in (
        "type",
        "date",
        "date_precision",
        "place_id",
        "place_basis",
        "date_basis",
        "status",
        "layer",
        "precision",
        "country",
        "location",
    )
)
_SHARED_LISTS = tuple(_FIELDS.index(name) for name in ("actors", "targets", "outlets"))


def _decode_event(values: list, shared: dict) -> Event:
    if len(values) != len(_FIELDS):
        raise ValueError(f"an event of {len(values)} fields, not {len(_FIELDS)}")
    for i in _SHARED:
        value = values[i]
        if value is not None:
            values[i] = shared.setdefault(value, value)
    for i in _SHARED_LISTS:
        values[i] = [shared.setdefault(v, v) for v in values[i]]
    values[_EVIDENCE] = [
        Evidence(shared.setdefault(doc, doc), start, end, text, date)
        for doc, start, end, text, date in values[_EVIDENCE]
    ]
    return Event(*values)


def read(conn: sqlite3.Connection, stamp: str) -> list[Event] | None:
    """The merged events kept for rows of this ``stamp``, or None (none kept, or stale)."""
    row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (KEY,)).fetchone()
    if row is None or not isinstance(row[0], bytes):
        return None
    try:
        head, _, body = row[0].partition(b"\n")
        if head.decode("ascii") != stamp:
            return None
        lines = zlib.decompress(body).decode("utf-8", "surrogatepass").split("\n")
        if json.loads(lines[0]) != {"format": MERGE_FORMAT, "events": len(lines) - 1}:
            raise ValueError("not a list of merged events of this format")
        # one event per line, decoded one at a time: the strings it repeats are freed at once
        # and their memory serves the next event, instead of a whole document's at the peak
        shared: dict = {}
        return [_decode_event(json.loads(line), shared) for line in lines[1:]]
    except (ValueError, TypeError, KeyError, zlib.error) as exc:
        # a damaged or foreign value: merge again (and replace it)
        log.warning("ignoring the kept merged events: %s", exc)
        return None


def encode(stamp: str, events: Iterable[Event]) -> bytes:
    rows = [json.dumps(_encode_event(e), ensure_ascii=False, separators=(",", ":")) for e in events]
    head = json.dumps({"format": MERGE_FORMAT, "events": len(rows)})
    body = "\n".join([head, *rows]).encode("utf-8", "surrogatepass")
    return stamp.encode("ascii") + b"\n" + zlib.compress(body, 1)


def write(conn: sqlite3.Connection, value: bytes) -> None:
    """Keep an ``encode``d result (inside the caller's transaction)."""
    conn.execute(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", (KEY, value))


def clear(conn: sqlite3.Connection) -> None:
    conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (KEY,))
