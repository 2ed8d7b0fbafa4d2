"""Event tables in: ACLED-style CSV and GeoJSON tables of events become a layer of a project.

A table is told from an article by its content (a header row of known columns, or a GeoJSON
FeatureCollection whose features carry an event date and type), not by its name. Each row
becomes an event with the table's own point, date, type, actors (``actor1`` and its associates
did it, ``actor2`` and its associates had it done to them), country, place name and the
outlets it cites; its evidence is the row's ``notes`` text where it stands in the table file
(the whole row when it has no notes), so "no evidence, no claim" holds for imported rows as for
articles. The table file is kept in the project as a document, and the evidence panel and the
article view show it like an article.

A table that lacks the columns an event needs is refused with a message naming them; no row of
it is imported. Rows that cannot be read (no date, coordinates off the globe) are skipped and
counted.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from explorer.model import Document, Event, Evidence, Span

SNIFF_BYTES = 64 * 1024
REQUIRED = ("event_date", "event_type", "actor1", "latitude", "longitude")
# Other names a table may give a column (our own CSV export among them).
ALIASES = {
    "event_date": ("date",),
    "event_type": ("type",),
    "notes": ("excerpt", "description"),
    "source": ("sources", "outlets"),
    "location": ("place",),
    "latitude": ("lat",),
    "longitude": ("lon", "lng", "long"),
}
KNOWN = {
    *REQUIRED, "actor2", "assoc_actor_1", "assoc_actor_2", "sub_event_type", "geo_precision",
    "time_precision", "source", "notes", "country", "iso", "iso3", "location", "admin1",
    "admin2", "event_id_cnty", "fatalities", "disorder_type", "region", "year",
    *[a for names in ALIASES.values() for a in names],
}  # fmt: skip
# ACLED's sub-event types that are one of our event types.
TYPE_MAP = {
    "air/drone strike": "air_strike",
    "shelling/artillery/missile attack": "bombardment",
    "armed clash": "clash",
    "attack": "attack",
    "abduction/forced disappearance": "kidnapping",
    "peaceful protest": "protest",
    "protest with intervention": "protest",
    "excessive force against protesters": "protest",
    "remote explosive/landmine/ied": "bombing",
    "suicide bomb": "bombing",
    "agreement": "agreement",
    "headquarters or base established": "deployment",
}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%Y/%m/%d", "%B %d, %Y")
_LIST_SPLIT = re.compile(r"\s*;\s*")


class TableError(ValueError):
    """A table that cannot be imported; the message names the file and what it lacks."""


@dataclass
class TableImport:
    """What a table gave: the document that holds it, its events, and the rows left out."""

    document: Document
    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "row 12: no date", ...

    def describe(self) -> str:
        text = f"{self.document.id}: {len(self.events)} events imported as a layer"
        if self.skipped:
            text += f", {len(self.skipped)} rows skipped ({'; '.join(self.skipped[:3])}"
            text += ", …)" if len(self.skipped) > 3 else ")"
        return text


# --- telling a table from an article ---------------------------------------------------------


def _head(path: Path) -> str:
    with path.open("rb") as handle:
        raw = handle.read(SNIFF_BYTES)
    return raw.decode("utf-8-sig", errors="replace")


def _header(line: str) -> list[str] | None:
    for delimiter in (",", ";", "\t"):
        if delimiter in line:
            cells = next(csv.reader([line], delimiter=delimiter))
            names = [c.strip().lower() for c in cells]
            if len(names) >= 3 and all(0 < len(n) <= 40 for n in names):
                return names
    return None


def looks_like_table(path: Path) -> bool:
    """Whether ``path`` holds an event table (CSV or GeoJSON) rather than an article."""
    if not path.is_file():
        return False
    try:
        head = _head(path)
    except OSError:
        return False
    return is_table_text(head, loose=path.suffix.lower() in (".csv", ".tsv"))


def is_table_text(text: str, loose: bool = False) -> bool:
    """Whether a text is an event table: a GeoJSON FeatureCollection, or a header row that
    names columns of one (two of them; one in a file that calls itself a CSV)."""
    head = text[:SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return '"FeatureCollection"' in head and '"features"' in head
    names = _header(head.splitlines()[0] if head else "")
    if names is None:
        return False
    known = sum(1 for n in names if n in KNOWN)
    # an article's first line is prose; a table's header names columns we know
    return known >= 2 or (loose and known >= 1)


# --- reading -------------------------------------------------------------------------------


@cache
def _country_codes() -> dict[str, str]:
    """Country name (folded) -> ISO alpha-2, from the gazetteer."""
    import sqlite3

    from explorer.geoparse.schema import default_path

    try:
        conn = sqlite3.connect(f"{default_path().resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT n.norm, e.country FROM names n JOIN entries e ON e.id = n.entry"
                " WHERE e.kind = 'country' AND e.country IS NOT NULL"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return {str(name): str(code) for name, code in rows}


def country_code(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip()
    if re.fullmatch(r"[A-Za-z]{2}", name):
        return name.upper()
    from explorer.geoparse.names import norm

    return _country_codes().get(norm(name))


def parse_date(text: str) -> tuple[str, str] | None:
    """(ISO date, precision) from the forms event tables use."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat(), "day"
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text, "month"
    if re.fullmatch(r"\d{4}", text):
        return text, "year"
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat(), "day"
        except ValueError:
            continue
    return None


def _event_type(event_type: str, sub_type: str) -> str:
    for candidate in (sub_type, event_type):
        mapped = TYPE_MAP.get(candidate.strip().lower())
        if mapped:
            return mapped
    words = (sub_type or event_type).strip().lower()
    return re.sub(r"[^a-z0-9]+", "_", words).strip("_") or "event"


def _precision(geo_precision: str) -> str:
    """ACLED's geo_precision: 1 the place itself, 2 near it, 3 a larger area (its centre)."""
    value = geo_precision.strip().lower()
    if value in ("3", "area", "region"):
        return "area"
    if value == "country":
        return "country"
    return "point"


def _names(*cells: str) -> list[str]:
    out: list[str] = []
    for cell in cells:
        out += [n for n in _LIST_SPLIT.split(cell.strip()) if n and n not in out]
    return out


@dataclass
class _Row:
    number: int  # 1-based data row
    values: dict[str, str]
    start: int  # the row's span in the file's text
    end: int
    notes_span: tuple[int, int] | None


def _rows(text: str, delimiter: str) -> Iterator[_Row | str]:
    """Data rows with their character spans in ``text`` (quoted newlines kept inside).

    A quote opened and never closed makes the lines after it one cell, up to the next quote
    in the file (or its end); a row that runs over several lines yet has not the header's
    number of cells is that: its first line is named (a ``str``) and the rest read on."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    consumed = 0

    def feed() -> Iterator[str]:
        nonlocal consumed
        while consumed < len(lines):
            consumed += 1
            yield lines[consumed - 1]

    header: list[str] | None = None
    number = 0
    start_line = 0
    while consumed < len(lines):
        for cells in csv.reader(feed(), delimiter=delimiter):
            end_line = consumed
            if header is None:
                header = [_canonical(c) for c in cells]
                start_line = end_line
                continue
            if end_line - start_line > 1 and len(cells) != len(header):
                number += 1
                consumed = start_line = start_line + 1  # read on from the next line
                yield f"row {number}: a quote that is never closed"
                break
            row_start, row_end = offsets[start_line], offsets[end_line]
            start_line = end_line
            if not any(c.strip() for c in cells):
                continue
            number += 1
            values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}
            notes = _cell_span(text, row_start, row_end, values.get("notes", ""))
            yield _Row(number, values, row_start, row_end, notes)


def _cell_span(text: str, start: int, end: int, value: str) -> tuple[int, int] | None:
    """Where ``value`` stands in the row's text (as written there: quotes doubled)."""
    if not value.strip():
        return None
    written = value.replace('"', '""')
    at = text.find(written, start, end)
    return (at, at + len(written)) if at >= 0 else None


def _canonical(name: str) -> str:
    key = name.strip().lower().lstrip("\ufeff")
    for canonical, aliases in ALIASES.items():
        if key in aliases:
            return canonical
    return key


def _check_columns(columns: list[str], path: Path) -> None:
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise TableError(
            f"{path}: not an event table this app can import: missing column"
            f"{'s' * (len(missing) != 1)} {', '.join(missing)} (an ACLED-style table needs "
            f"{', '.join(REQUIRED)})"
        )


def _event(
    layer: str, doc: str, values: dict[str, Any], number: int, evidence: Evidence
) -> Event | str:
    """The event of one row, or why the row is skipped."""
    when = parse_date(str(values.get("event_date") or ""))
    if when is None:
        return f"row {number}: no date it can read"
    try:
        lat = float(values.get("latitude") or "nan")
        lon = float(values.get("longitude") or "nan")
    except (TypeError, ValueError):
        return f"row {number}: coordinates are not numbers"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"row {number}: no coordinates on the globe"
    day, precision = when
    time_precision = str(values.get("time_precision") or "").strip()
    if time_precision == "3" and precision == "day":
        day, precision = day[:7], "month"  # ACLED: only the month is known
    row_id = str(values.get("event_id_cnty") or "").strip() or str(number)
    actors = _names(str(values.get("actor1") or ""), str(values.get("assoc_actor_1") or ""))
    targets = _names(str(values.get("actor2") or ""), str(values.get("assoc_actor_2") or ""))
    country = country_code(str(values.get("country") or "")) or country_code(
        str(values.get("iso") or "")
    )
    return Event(
        id=f"event:table:{doc}:{row_id}",
        type=_event_type(
            str(values.get("event_type") or ""), str(values.get("sub_event_type") or "")
        ),
        date=day,
        date_precision=precision,
        place_id=None,
        actors=actors,
        targets=[t for t in targets if t not in actors],
        evidence=[evidence],
        layer=layer,
        geometry={"type": "Point", "coordinates": [lon, lat]},
        precision=_precision(str(values.get("geo_precision") or "")),
        country=country,
        location=str(values.get("location") or values.get("admin1") or "").strip(),
        outlets=_names(str(values.get("source") or "")),
        date_basis="table",
        place_basis="table",
    )


def _document(path: Path, text: str, raw: bytes, title: str) -> Document:
    return Document(
        id=path.name,
        path=str(path),
        title=title,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        outlet=None,
        raw_text="",  # the text is the file's own: nothing was cleaned away
        offsets=[],
        paragraphs=[Span(0, len(text))],
    )


def read_csv_table(path: Path, raw: bytes) -> TableImport:
    text = raw.decode("utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    columns = [_canonical(c) for c in next(csv.reader([first], delimiter=delimiter), [])]
    _check_columns(columns, path)
    layer = path.stem
    result = TableImport(_document(path, text, raw, f"Event table: {path.name}"))
    for row in _rows(text, delimiter):
        if isinstance(row, str):
            result.skipped.append(row)
            continue
        start, end = row.notes_span or (row.start, len(text[: row.end].rstrip("\r\n")))
        evidence = Evidence(path.name, start, end, text[start:end])
        made = _event(layer, path.name, row.values, row.number, evidence)
        if isinstance(made, str):
            result.skipped.append(made)
        else:
            result.events.append(made)
    result.document.title = f"Event table: {path.name} ({len(result.events)} events)"
    return result


def read_geojson_table(path: Path, raw: bytes) -> TableImport:
    text = raw.decode("utf-8-sig")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TableError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise TableError(f"{path}: not a GeoJSON FeatureCollection")
    columns = set()
    for feature in features[:50]:
        props = (feature or {}).get("properties") or {}
        columns |= {_canonical(str(k)) for k in props}
    columns |= {"latitude", "longitude"}  # from the geometry
    _check_columns(sorted(columns), path)
    layer = path.stem
    result = TableImport(_document(path, text, raw, f"Event table: {path.name}"))
    cursor = 0
    for number, feature in enumerate(features, 1):
        props = {
            _canonical(str(k)): v for k, v in ((feature or {}).get("properties") or {}).items()
        }
        geometry = (feature or {}).get("geometry") or {}
        if geometry.get("type") != "Point":
            result.skipped.append(f"feature {number}: not a point")
            continue
        props = {k: _cell(v) for k, v in props.items()}
        props["longitude"], props["latitude"] = (str(c) for c in geometry["coordinates"][:2])
        span = _json_span(text, props.get("notes", ""), cursor)
        if span is None:
            span = _json_span(text, props.get("event_date", ""), cursor) or (0, 0)
        cursor = max(cursor, span[1])
        evidence = Evidence(path.name, span[0], span[1], text[span[0] : span[1]])
        made = _event(layer, path.name, props, number, evidence)
        if isinstance(made, str):
            result.skipped.append(made)
        else:
            result.events.append(made)
    result.document.title = f"Event table: {path.name} ({len(result.events)} events)"
    return result


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _json_span(text: str, value: str, start: int) -> tuple[int, int] | None:
    """Where a string value stands in the JSON text (as written there, escapes and all)."""
    if not value:
        return None
    for written in (json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]):
        at = text.find(written, start)
        if at >= 0:
            return at, at + len(written)
    return None


def read_table(path: Path) -> TableImport:
    """The events of the table at ``path``; TableError when it is not one this app reads."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    try:
        head = raw[:SNIFF_BYTES].decode("utf-8-sig").lstrip()
    except UnicodeDecodeError:
        raise TableError(f"{path}: an event table must be UTF-8 text") from None
    try:
        if head.startswith("{"):
            return read_geojson_table(path, raw)
        return read_csv_table(path, raw)
    except UnicodeDecodeError:
        raise TableError(f"{path}: an event table must be UTF-8 text") from None
    except csv.Error as exc:
        raise TableError(f"{path}: not a readable CSV table ({exc})") from exc


__all__ = [
    "REQUIRED",
    "TableError",
    "TableImport",
    "is_table_text",
    "looks_like_table",
    "read_table",
]
