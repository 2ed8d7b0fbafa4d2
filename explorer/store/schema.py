"""The project file's tables, its schema version and the upgrades between versions.

The GeoPackage keeps its own version in ``PRAGMA user_version``, so ours lives in the
``explorer_meta`` table. To change the schema: bump ``SCHEMA_VERSION`` and append to
``MIGRATIONS`` a function that takes a file from the previous version to the new one (it runs
inside the opening transaction, so a failed upgrade leaves the file as it was).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from explorer.store import gpkg

SCHEMA_VERSION = 6
FIRST_VERSION = 1  # the oldest schema explorer ever wrote


def _add_column(conn: sqlite3.Connection, table: str, column: str, kind: str = "TEXT") -> None:
    """Add a column unless the table has it (a file upgraded by a build that added it early)."""
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    if column not in have:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _event_roles_and_bases(conn: sqlite3.Connection) -> None:
    """Version 1 to 2: events keep whom they were done to, where their place and date were read, and
    whether they are planned or attempted. Old events get empty values (nothing is guessed)."""
    for column in EVENT_COLUMNS_V2:
        _add_column(conn, "events", column)


EVENT_COLUMNS_V2 = ("targets", "place_basis", "date_basis", "status")


def _stance_claims_and_dates(conn: sqlite3.Connection) -> None:
    """Version 2 to 3: stances name who claims them, evidence says when it held, theatres where
    they are fought."""
    _add_column(conn, "stances", "claimed_by")
    _add_column(conn, "evidence", "date")
    _add_column(conn, "theatres", "country")


def _event_tables(conn: sqlite3.Connection) -> None:
    """Version 3 to 4: events imported from a table (ACLED-style CSV, GeoJSON) keep the table
    they come from (``layer``), their own point and its precision, country, place name and the
    outlets the row cites. Events read from articles get empty values."""
    for column in EVENT_COLUMNS_V4:
        _add_column(conn, "events", column)


EVENT_COLUMNS_V4 = ("layer", "precision", "country", "location", "outlets")

# The ``explorer_meta`` key counting every change to the rows merging events reads, and those
# tables. The count is kept by triggers inside the file, so that whoever writes (this
# version, a script, another GIS program) moves it in the same transaction as the rows.
CHANGES_KEY = "rows_changed"
COUNTED_TABLES = ("events", "evidence", "places")


def _count_changes(conn: sqlite3.Connection) -> None:
    """Version 4 to 5: the file counts changes to its event, evidence and place rows (one
    trigger per table and statement kind), so that a reader knows whether the merged events
    it keeps are still those of the rows without reading the rows."""
    conn.execute(f"INSERT OR IGNORE INTO {META_TABLE} (key, value) VALUES ('{CHANGES_KEY}', '0')")
    for table in COUNTED_TABLES:
        for statement in ("INSERT", "UPDATE", "DELETE"):
            conn.execute(
                f"CREATE TRIGGER IF NOT EXISTS {table}_{statement.lower()}_counted"
                f" AFTER {statement} ON {table} BEGIN"
                f" UPDATE {META_TABLE} SET value = CAST(value AS INTEGER) + 1"
                f" WHERE key = '{CHANGES_KEY}'; END"
            )


def _asset_countries(conn: sqlite3.Connection) -> None:
    """Version 5 to 6: an asset keeps the country it lies in (its gazetteer entry's), so that
    the Items table, searches and exports say where it is. Old assets get none until their
    articles are read again."""
    _add_column(conn, "assets", "country")


def read_changes(conn: sqlite3.Connection) -> int | None:
    """How many times the counted tables' rows changed, or None when the file does not say
    (its count was removed by hand: nothing can then be known without reading the rows)."""
    row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (CHANGES_KEY,))
    found = row.fetchone()
    try:
        return int(found[0]) if found is not None else None
    except (TypeError, ValueError):
        return None


# MIGRATIONS[v] upgrades a file at schema version v to v + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _event_roles_and_bases,
    2: _stance_claims_and_dates,
    3: _event_tables,
    4: _count_changes,
    5: _asset_countries,
}

META_TABLE = "explorer_meta"

# (table, description) for layers with geometry and for plain attribute tables.
FEATURE_TABLES = {
    "places": "Places named in the articles, aggregated over all their mentions",
    "events": "Events, located at their place (no geometry when none is known)",
    "assets": "Infrastructure and weapon systems named in the articles",
    "theatres": "Conflicts and their areas",
}
ATTRIBUTE_TABLES = {
    "documents": "Articles: cleaned text, original text and the map between them",
    "evidence": "Excerpts supporting each item, per document",
    "mentions": "Toponym occurrences and the gazetteer entries they may refer to",
    "stances": "Who backs, opposes, mediates or supplies whom, per theatre",
    "reviews": "Analysts' decisions on machine-made items (kept apart from machine output)",
    "review_history": "Previous review states, for undo",
    "problems": "Files the last ingest could not read, and why",
}

_FID = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"

DDL = f"""
CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE documents (
    {_FID}, id TEXT NOT NULL UNIQUE, path TEXT, title TEXT, outlet TEXT, published TEXT,
    url TEXT, sha256 TEXT NOT NULL, encoding TEXT, text TEXT NOT NULL, raw_text TEXT,
    offsets TEXT, paragraphs TEXT, sentences TEXT, warnings TEXT, ingested TEXT
);
CREATE TABLE places (
    {_FID}, geom GEOMETRY, id TEXT NOT NULL UNIQUE, name TEXT, kind TEXT, country TEXT,
    gazetteer_id TEXT, precision TEXT
);
CREATE TABLE events (
    {_FID}, geom GEOMETRY, id TEXT NOT NULL UNIQUE, type TEXT, date TEXT,
    date_precision TEXT, place_id TEXT, actors TEXT, label TEXT, targets TEXT,
    place_basis TEXT, date_basis TEXT, status TEXT, layer TEXT, precision TEXT, country TEXT,
    location TEXT, outlets TEXT
);
CREATE TABLE assets (
    {_FID}, geom GEOMETRY, id TEXT NOT NULL UNIQUE, type TEXT, name TEXT, operators TEXT,
    gazetteer_id TEXT, country TEXT
);
CREATE TABLE theatres (
    {_FID}, geom GEOMETRY, id TEXT NOT NULL UNIQUE, name TEXT, country TEXT
);
CREATE TABLE stances (
    {_FID}, id TEXT NOT NULL UNIQUE, power TEXT, relation TEXT, party TEXT, theatre TEXT,
    negated BOOLEAN NOT NULL DEFAULT 0, claimed_by TEXT
);
CREATE TABLE mentions (
    {_FID}, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, name TEXT, place_id TEXT, confidence REAL,
    metonymic BOOLEAN NOT NULL DEFAULT 0, candidates TEXT
);
CREATE INDEX mentions_doc ON mentions (doc);
CREATE TABLE evidence (
    {_FID}, item_id TEXT NOT NULL, kind TEXT NOT NULL, doc TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, date TEXT
);
CREATE INDEX evidence_item ON evidence (item_id);
CREATE INDEX evidence_doc ON evidence (doc);
CREATE TABLE item_documents (
    item_id TEXT NOT NULL, kind TEXT NOT NULL, doc TEXT NOT NULL,
    PRIMARY KEY (item_id, doc)
);
CREATE INDEX item_documents_doc ON item_documents (doc);
CREATE TABLE reviews (
    {_FID}, item_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, state TEXT NOT NULL,
    edits TEXT, updated TEXT NOT NULL
);
CREATE TABLE review_history (
    {_FID}, item_id TEXT NOT NULL, kind TEXT, state TEXT, edits TEXT, updated TEXT,
    replaced TEXT NOT NULL
);
CREATE INDEX review_history_item ON review_history (item_id);
CREATE TABLE problems ({_FID}, message TEXT NOT NULL);
"""


def create(conn: sqlite3.Connection) -> None:
    """Lay out a new project in an empty database (inside the caller's transaction)."""
    gpkg.init_core(conn)
    gpkg.execute_script(conn, DDL)
    for table, description in FEATURE_TABLES.items():
        gpkg.register_features(conn, table, description)
    for table, description in ATTRIBUTE_TABLES.items():
        gpkg.register_attributes(conn, table, description)
    conn.execute(
        f"INSERT INTO {META_TABLE} VALUES ('schema_version', ?), ('application', 'explorer')",
        (str(SCHEMA_VERSION),),
    )
    _count_changes(conn)


class SchemaError(Exception):
    """The file's own record of its schema makes no sense."""


def read_version(conn: sqlite3.Connection) -> int | None:
    """The file's schema version, or None when it is not an explorer project."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)
    ).fetchone()
    if not found:
        return None
    row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    if row is None:
        return None
    try:
        return int(str(row[0]).strip())
    except ValueError:
        raise SchemaError(f"its schema version {str(row[0])[:40]!r} is not a number") from None


def can_upgrade(version: int) -> bool:
    """Whether every step from ``version`` to ``SCHEMA_VERSION`` is known."""
    return all(v in MIGRATIONS for v in range(version, SCHEMA_VERSION))


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables of the current schema that the file lacks (a file damaged by hand)."""
    present = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    wanted = [META_TABLE, *FEATURE_TABLES, *ATTRIBUTE_TABLES, "item_documents"]
    wanted += ["gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys"]
    return [table for table in wanted if table not in present]


def upgrade(conn: sqlite3.Connection, version: int) -> None:
    """Run every migration from ``version`` up to ``SCHEMA_VERSION`` (caller's transaction)."""
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
    conn.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'", (str(version),))
