"""The first-level region (state, province, governorate) a gazetteer place lies in, by its id,
and its country's name.

It is what tells one Alexandria from another in the window ("Louisiana, United States" beside
"Virginia, United States"), and what lets an analyst see at a glance which of them the geoparser
chose. Read from the built gazetteer's small ``admin1_names`` and ``country_names`` tables
through one read-only connection, without loading the gazetteer itself (its names, demonyms and
curated layer), so that the window may ask it on the GUI thread; each answer is kept for the
process. A gazetteer built before the tables existed, or none at all, gives no region and the
country's ISO code rather than an error.
"""

from __future__ import annotations

import sqlite3
import threading

from explorer.geoparse.schema import RANK_ADMIN1, default_path

_lock = threading.Lock()
_connection: list[sqlite3.Connection | None] = []  # opened on the first question
_found: dict[str, str | None] = {}
_countries: dict[str, str] = {}
_texts: dict[tuple[str | None, str | None], str] = {}  # where()'s answers

_QUERY = (
    "SELECT a.name FROM entries e JOIN admin1_names a"
    " ON a.country = e.country AND a.admin1 = e.admin1 WHERE e.id = ? AND e.rank > ?"
)
# a county, an airport, a curated place: its row found through its text id
_OTHER_QUERY = (
    "SELECT a.name FROM other_ids o JOIN entries e ON e.id = o.id JOIN admin1_names a"
    " ON a.country = e.country AND a.admin1 = e.admin1 WHERE o.gid = ? AND e.rank > ?"
)


def _db() -> sqlite3.Connection | None:
    if not _connection:
        try:
            db = sqlite3.connect(
                f"file:{default_path()}?mode=ro", uri=True, check_same_thread=False
            )
            db.execute("SELECT 1 FROM admin1_names LIMIT 1")
        except sqlite3.Error:
            db = None
        _connection.append(db)
    return _connection[0]


def region_of(gazetteer_id: str | None) -> str | None:
    """The name of the first-level region holding the place ``gazetteer_id`` names (a town, a
    county, an airport), or None: for a country or a region itself, a curated shape, or an id
    the gazetteer does not hold."""
    if not gazetteer_id:
        return None
    with _lock:
        if gazetteer_id in _found:
            return _found[gazetteer_id]
        source, _, number = gazetteer_id.partition(":")
        name = None
        db = _db()
        if db is not None:
            if source == "geonames" and number.isdigit():
                row = db.execute(_QUERY, (int(number), RANK_ADMIN1)).fetchone()
            else:
                row = db.execute(_OTHER_QUERY, (gazetteer_id, RANK_ADMIN1)).fetchone()
            name = row[0] if row else None
        _found[gazetteer_id] = name
        return name


def country_name(code: str) -> str:
    """ "Ivory Coast" for "CI": the gazetteer's name of a country, or the code itself."""
    with _lock:
        name = _countries.get(code)
        if name is None:
            db = _db()
            row = None
            if db is not None:
                try:
                    row = db.execute(
                        "SELECT name FROM country_names WHERE country = ?", (code,)
                    ).fetchone()
                except sqlite3.Error:  # a gazetteer of schema 10 has regions, not countries
                    row = None
            name = _countries[code] = row[0] if row else code
        return name


def where(gazetteer_id: str | None, country: str | None) -> str:
    """ "Louisiana, United States" for a town, "Syria" for what has no region, "" for what
    has neither."""
    # Kept per place and country: the Items table sorted by this column asks it for every
    # row (100,000 rows, some 1,750 distinct places), and the region's lock and the join
    # cost more than the answer.
    key = (gazetteer_id, country)
    text = _texts.get(key)
    if text is None:
        region = region_of(gazetteer_id)
        named = country_name(country) if country else None
        text = _texts[key] = ", ".join(p for p in (region, named) if p)
    return text
