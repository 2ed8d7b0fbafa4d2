"""The events of a project merged across articles, kept in the project so an open skips merging.

A project stores events per article; ``Project.load`` joins the reports of one event told by
several articles (``explorer.extract.merge``). On a large project that join is most of the
time an open takes, so its result is kept in the project's ``explorer_meta`` table under
``merged_events``: the stamp of what it was merged from, then zlib-compressed JSON of the
events as columns (one list per field; a field whose values repeat, such as a type, a date or
a document, as its distinct values and a code per event), so that reading them back is one
JSON decoding and one constructor call per event and evidence, every repeated value decoded
once and shared. Whole numbers (the codes, the excerpts' offsets and counts) are kept packed,
base64 of little-endian integers of the fewest bytes that hold them (codes and counts
unsigned), not as JSON numbers: a
hundred thousand events carry some two million of them, which JSON decoded one by one (0.2 s
of an open's 0.3 s spent decoding); a column of one value for every event keeps no codes.
Beside them, each event's item title at its place as stored (``explorer.items.event_titles``;
28,675 distinct for 94,948 events of the benchmarks' project, each kept as its head and its
place, coded), which an open then need not make: the store marks stale those a review changes
(``KnownTitles.forget``).

The stamp (``stamp``) stands for everything merging reads (the event, evidence and place
rows: the count of their changes the file keeps by triggers, their numbers and highest row
ids) and for how it merges (``MERGE_FORMAT``, the events lexicon's bytes and the merging
code's); it is read without reading the rows, so that an open with a valid result reads
neither the events of articles nor their excerpts. A cached
result whose stamp differs from the project's is ignored and replaced: whatever changed the
rows (an ingest, a re-analysis, an imported table, another program, another version of
explorer) changes the stamp, and a result is never used for rows other than those it was
merged from. It is
derived data: deleting it only costs the next open a merge. Reviews are applied after
merging, so a review leaves it valid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import sqlite3
import sys
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from explorer.extract import merge
from explorer.model import Event, Evidence
from explorer.paths import geodata_dir
from explorer.store.schema import COUNTED_TABLES, META_TABLE, read_changes

log = logging.getLogger(__name__)

KEY = "merged_events"
# Bump when merge_events gives another result for the same rows, or when the layout below
# changes: every kept result is then merged again on its next open.
MERGE_FORMAT = 4
# Below this many events an open merges in milliseconds: writing to the analyst's file on a
# read is then not worth it.
MIN_EVENTS = 2000

_FIELDS = tuple(f.name for f in fields(Event))


def stamp(conn: sqlite3.Connection) -> str | None:
    """The stamp of the rows merging reads and of how it merges, without reading the rows.

    The file counts every change to its event, evidence and place rows (triggers, see
    ``schema.CHANGES_KEY``); the stamp is that count, each table's row count and highest row
    id (which also move when rows are added or removed by something that bypassed the
    triggers), ``MERGE_FORMAT``, and the events lexicon's and merging code's bytes. None when
    the file keeps no count: its merged events are then neither read nor kept.
    """
    changes = read_changes(conn)
    if changes is None:
        return None
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{MERGE_FORMAT} {changes}\n".encode())
    for table in COUNTED_TABLES:
        count, top = conn.execute(f"SELECT count(*), max(fid) FROM {table}").fetchone()
        digest.update(f"{table} {count} {top}\n".encode())
    for path in (geodata_dir() / "lexicons" / "events.json", Path(merge.__file__)):
        digest.update(_digest(path))
    return digest.hexdigest()


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
    # only a frozen build asks, so every open does not pay for importing the package metadata
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("explorer")
    except PackageNotFoundError:
        return "unknown"


# Fields whose few distinct values repeat over many events (types, dates, bases, places,
# names, documents) are kept as their distinct values and one code per event: the stored
# text stays small, and each value is decoded once and shared by every event carrying it.
_CODED = (
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
_CODED_LISTS = ("actors", "targets", "outlets")


# Array type codes of integers of 1, 2, 4 and 8 bytes (the sizes are checked where used):
# unsigned for codes and counts, which are never negative (none can be read as one, which
# would index values from their end), signed for the excerpts' offsets
_UNSIGNED = ("B", "H", "I", "Q")
_SIGNED = ("b", "h", "i", "q")


def _packed(values: list[int], kinds: tuple[str, ...] = _UNSIGNED) -> dict[str, str]:
    """Whole numbers as base64 of little-endian integers, of the first of ``kinds`` (the
    fewest bytes) that holds them all (OverflowError when none does)."""
    low, high = min(values, default=0), max(values, default=0)
    for kind in kinds:
        bits = 8 * array(kind).itemsize - (kind in _SIGNED)
        least = -(1 << bits) if kind in _SIGNED else 0
        if least <= low and high < (1 << bits):
            break
    else:
        raise OverflowError(f"whole numbers from {low} to {high}")
    packed = array(kind, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return {"kind": kind, "ints": base64.b64encode(packed.tobytes()).decode("ascii")}


def _unpacked(column: dict[str, str], count: int, kinds: tuple[str, ...] = _UNSIGNED) -> array:
    """The ``count`` numbers of a ``_packed`` column of one of ``kinds`` (ValueError when it
    holds other than ``count``, or is not one)."""
    kind = column["kind"]
    if kind not in kinds or not isinstance(column["ints"], str):
        raise ValueError("not a column of packed whole numbers of the kind expected")
    numbers = array(kind)
    try:
        numbers.frombytes(base64.b64decode(column["ints"], validate=True))
    except binascii.Error as exc:
        raise ValueError(f"a packed column that is not base64: {exc}") from exc
    if len(numbers) != count:
        raise ValueError(f"a column of {len(numbers)} values, not {count}")
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def _coded(values: list) -> dict[str, Any]:
    index: dict = {}
    codes = [index.setdefault(v, len(index)) for v in values]
    return {"values": list(index), "codes": _codes(codes, len(index))}


def _coded_lists(values: list[list[str]]) -> dict[str, Any]:
    index: dict[tuple[str, ...], int] = {}
    codes = [index.setdefault(tuple(v), len(index)) for v in values]
    return {"values": [list(v) for v in index], "codes": _codes(codes, len(index))}


def _codes(codes: list[int], distinct: int) -> dict[str, str] | None:
    # a column of one value for every event (a status, a basis: most columns of most
    # projects) keeps no codes
    return None if distinct == 1 else _packed(codes)


def _decoded(column: dict[str, Any], count: int) -> list:
    values, codes = column["values"], column["codes"]
    if not isinstance(values, list):
        raise ValueError("a coded column without its list of values")
    if codes is None:
        if len(values) != 1:
            raise ValueError(f"a column of {len(values)} values without codes")
        return values * count
    return list(map(values.__getitem__, _unpacked(codes, count)))


def _plain(column: list, count: int) -> list:
    if not isinstance(column, list) or len(column) != count:
        raise ValueError(f"a column that is not a list of {count} values")
    return column


class KeptEvents(NamedTuple):
    """A kept result as read: the merged events, how many events of imported tables the
    project held beside them (none: an open reads no event row, the stamp saying that none
    was added since), and each merged event's title at its place as stored."""

    events: list[Event]
    tabled: int
    titles: list[str]


def encode(stamp: str, events: Iterable[Event], tabled: int, titles: list[str]) -> bytes:
    """The merged events as columns: one list per field, in ``Event``'s field order;
    ``tabled``: the events of imported tables beside them (never merged, never kept);
    ``titles``: each event's title at its place as the project stores it (the item's title
    unless a review edits the event or its place; ``explorer.items.event_titles``), coded."""
    told = list(events)
    if len(titles) != len(told):
        raise ValueError(f"{len(titles)} titles for {len(told)} events")
    columns: dict[str, Any] = {}
    for name in _FIELDS:
        values = [getattr(e, name) for e in told]
        if name == "evidence":
            every = [x for found in values for x in found]
            columns[name] = {
                "counts": _packed([len(found) for found in values]),
                "doc": _coded([x.doc for x in every]),
                "start": _packed([x.start for x in every], _SIGNED),
                "end": _packed([x.end for x in every], _SIGNED),
                "text": [x.text for x in every],
                "date": _coded([x.date for x in every]),
            }
        elif name in _CODED:
            columns[name] = _coded(values)
        elif name in _CODED_LISTS:
            columns[name] = _coded_lists(values)
        else:  # id, label, members, geometry: a value of its own per event
            columns[name] = values
    head = {"format": MERGE_FORMAT, "events": len(told), "tabled": tabled, "fields": list(_FIELDS)}
    body = json.dumps(
        {**head, "columns": columns, "titles": _titles(told, titles)},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return stamp.encode("ascii") + b"\n" + zlib.compress(body.encode("utf-8", "surrogatepass"), 1)


def _titles(events: list[Event], titles: list[str]) -> dict[str, Any]:
    """The titles coded, each distinct title kept as its head (``merge.title_head``, what
    happened between whom: a few hundred distinct) and the rest (where: a few thousand), so
    that the stored text is small: 28,675 distinct titles read as whole texts were 1.9 MB of
    JSON to decode (and to inflate) on every open."""
    index: dict[str, int] = {}
    codes = [index.setdefault(t, len(index)) for t in titles]
    first = dict(zip(codes, events, strict=False))  # a title's event (any of them)
    heads: dict[str, int] = {}
    places: dict[str, int] = {}
    head_codes, place_codes = [], []
    for title, code in index.items():
        head = merge.title_head(first[code])
        if not title.startswith(head):  # not a made title: kept whole
            head = title
        head_codes.append(heads.setdefault(head, len(heads)))
        place_codes.append(places.setdefault(title[len(head) :], len(places)))
    return {
        "distinct": len(index),
        "heads": list(heads),
        "places": list(places),
        "head": _packed(head_codes),
        "place": _packed(place_codes),
        "codes": _codes(codes, len(index)),
    }


def _read_titles(column: dict[str, Any], count: int) -> list[str]:
    heads, places = column["heads"], column["places"]
    if not all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in (heads, places)):
        raise ValueError("titles whose parts are not texts")
    distinct = column["distinct"]
    if type(distinct) is not int:
        raise ValueError("titles without their number")
    head = _unpacked(column["head"], distinct)
    place = _unpacked(column["place"], distinct)
    values = list(map(str.__add__, map(heads.__getitem__, head), map(places.__getitem__, place)))
    return _decoded({"values": values, "codes": column["codes"]}, count)


def _decode(body: dict) -> list[Event]:
    if (body.get("format"), body.get("fields")) != (MERGE_FORMAT, list(_FIELDS)):
        raise ValueError("not a list of merged events of this format")
    count, columns = body["events"], body["columns"]
    values: list[list] = []
    for name in _FIELDS:
        if name == "evidence":
            values.append(_evidence(columns[name], count))
        elif name in _CODED:
            values.append(_decoded(columns[name], count))
        elif name in _CODED_LISTS:
            # every event its own list (a caller may change one), of names decoded once
            values.append(list(map(list, _decoded(columns[name], count))))
        else:
            values.append(_plain(columns[name], count))
    return list(map(Event, *values))


def _evidence(column: dict[str, Any], count: int) -> list[list[Evidence]]:
    counts = _unpacked(column["counts"], count)
    total = sum(counts)
    docs, dates = _decoded(column["doc"], total), _decoded(column["date"], total)
    starts = _unpacked(column["start"], total, _SIGNED)
    ends = _unpacked(column["end"], total, _SIGNED)
    every = list(map(Evidence, docs, starts, ends, _plain(column["text"], total), dates))
    ends_at = list(accumulate(counts))
    return [every[end - n : end] for n, end in zip(counts, ends_at, strict=True)]


def read(conn: sqlite3.Connection, stamp: str) -> KeptEvents | None:
    """The merged events kept for rows of this ``stamp``, or None (none kept, or stale)."""
    row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (KEY,)).fetchone()
    if row is None or not isinstance(row[0], bytes):
        return None
    try:
        head, _, body = row[0].partition(b"\n")
        if head.decode("ascii") != stamp:
            return None
        found = json.loads(zlib.decompress(body).decode("utf-8", "surrogatepass"))
        tabled = found.get("tabled")
        if type(tabled) is not int or tabled < 0:
            raise ValueError("no count of the imported tables' events")
        events = _decode(found)
        return KeptEvents(events, tabled, _read_titles(found["titles"], len(events)))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as exc:
        # a damaged or foreign value: merge again (and replace it)
        log.warning("ignoring the kept merged events: %s", exc)
        return None


def write(conn: sqlite3.Connection, value: bytes) -> None:
    """Keep an ``encode``d result (inside the caller's transaction)."""
    conn.execute(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", (KEY, value))


def clear(conn: sqlite3.Connection) -> None:
    conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (KEY,))
