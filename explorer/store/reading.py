"""Reading machine output back into the shared model types, evidence merged per item."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from explorer.model import (
    Analysis,
    Asset,
    Document,
    Event,
    Evidence,
    KnownTitles,
    Mention,
    Place,
    Stance,
    Theatre,
)
from explorer.store import codec, gpkg
from explorer.store.merged import KeptEvents
from explorer.store.merged import stamp as rows_stamp

_S = TypeVar("_S", str, None)
# the tables of items other than events, whose excerpts are read by their ids
_OTHER_ITEMS = ("places", "assets", "theatres", "stances")
Kept = Callable[[str], KeptEvents | None]


@dataclass
class Stored:
    """A project as read: its analysis, the stamp of the rows event merging reads (None: the
    file keeps no count of its changes), and whether the events of articles are already
    merged (a result kept for that stamp)."""

    analysis: Analysis
    stamp: str | None
    merged: bool = False


def _strings(decoded: dict[str, list], shared: dict[str, str]) -> Callable[[str | None], list]:
    """A JSON list decoder for columns whose few distinct values repeat over many rows
    (actors, targets, outlets): each distinct text is parsed once, its names kept once in
    ``shared``; every row gets its own list."""

    def decode(text: str | None) -> list:
        if not text:
            return []
        found = decoded.get(text)
        if found is None:
            found = decoded[text] = [shared.setdefault(n, n) for n in json.loads(text)]
        return list(found)

    return decode


def read_analysis(conn: sqlite3.Connection) -> Analysis:
    """Every document and item as stored (machine output, reviews not applied)."""
    return read_stored(conn).analysis


def read_stored(
    conn: sqlite3.Connection, kept: Kept | None = None, mentions: bool = True
) -> Stored:
    """Every document and item as stored (machine output, reviews not applied); with
    ``mentions`` False, no mention (the place names' occurrences, with their candidates).

    ``kept(stamp)`` gives the merged events kept for rows of that stamp, if any: the events of
    articles are then taken from it instead of being made from their rows (the rows of
    imported tables are never merged and are always read), and their titles with them
    (``Analysis.event_titles``).
    """

    def rows(sql: str) -> list[tuple]:
        return conn.execute(sql).fetchall()

    # what merging reads, stamped before any of it is read
    digest = rows_stamp(conn)
    found = kept(digest) if kept is not None and digest is not None else None
    merged = found.events if found is not None else None
    evidence_sql = 'SELECT item_id, doc, start, "end", text, date FROM evidence'
    event_sql = (
        "SELECT id, type, date, date_precision, place_id, actors, label, targets,"
        " place_basis, date_basis, status, layer, geom, precision, country, location,"
        " outlets FROM events"
    )
    event_rows: list[tuple] = []
    if found is None:
        event_rows = rows(event_sql + " ORDER BY id")
    elif found.tabled:  # of events, only imported tables' rows and excerpts are still to read
        event_rows = rows(event_sql + " WHERE layer IS NOT NULL AND layer <> '' ORDER BY id")
        tabled = "SELECT id FROM events WHERE layer <> ''"
        evidence_sql += f" WHERE kind <> 'event' OR item_id IN ({tabled})"
    else:
        # no imported table (none when the result was kept, and the stamp says no event row
        # changed since): no event row to read, and the excerpts of the other items found by
        # their ids through the evidence's index (testing every excerpt's kind, and every
        # event's table, read all hundred thousand rows of each); an excerpt of no item is
        # never read into one
        others = " UNION ALL ".join(f"SELECT id FROM {t}" for t in _OTHER_ITEMS)
        evidence_sql += f" WHERE item_id IN ({others}) AND kind <> 'event'"
    evidence_rows = rows(evidence_sql + ' ORDER BY item_id, doc, start, "end"')
    place_rows = rows(
        "SELECT id, name, kind, country, gazetteer_id, precision, geom FROM places ORDER BY id"
    )

    # values that repeat over many rows (documents, dates, types, bases) are kept once each
    shared: dict[str, str] = {}

    def share(value: _S) -> _S:
        return value if value is None else shared.setdefault(value, value)

    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for item_id, doc, start, end, text, date in evidence_rows:
        evidence[item_id].append(Evidence(share(doc), start, end, text, share(date)))
    del evidence_rows

    documents = [
        Document(
            id=r[0],
            path=r[1] or "",
            title=r[2] or "",
            outlet=r[3],
            published=r[4],
            url=r[5],
            sha256=r[6],
            encoding=r[7] or "utf-8",
            text=r[8],
            raw_text=r[9] or "",
            offsets=codec.decode_offsets(r[10]),
            paragraphs=codec.decode_spans(r[11]),
            sentences=codec.decode_spans(r[12]),
            warnings=json.loads(r[13]) if r[13] else [],
        )
        for r in rows(
            "SELECT id, path, title, outlet, published, url, sha256, encoding, text,"
            " raw_text, offsets, paragraphs, sentences, warnings FROM documents ORDER BY id"
        )
    ]
    places = [
        Place(
            id=r[0],
            name=r[1],
            kind=r[2],
            country=r[3],
            gazetteer_id=r[4],
            precision=r[5],
            geometry=gpkg.decode(r[6]) or {},  # a stored place always has its geometry
            evidence=evidence.get(r[0], []),
        )
        for r in place_rows
    ]
    names = _strings({}, shared)
    events = [
        Event(
            id=r[0],
            type=share(r[1]),
            date=share(r[2]),
            date_precision=share(r[3]),
            place_id=share(r[4]),
            actors=names(r[5]),
            label=r[6] or "",
            evidence=evidence.get(r[0], []),
            targets=names(r[7]),
            place_basis=share(r[8]) or "",
            date_basis=share(r[9]) or "",
            status=share(r[10]) or "",
            layer=share(r[11]) or "",
            geometry=gpkg.decode(r[12]) if r[11] and not r[4] else None,
            precision=share(r[13]) or "",
            country=share(r[14]),
            location=share(r[15]) or "",
            outlets=names(r[16]),
        )
        for r in event_rows
    ]
    del event_rows
    if merged is not None:
        events = merged + events  # as merge_analysis_events orders them: told, then tabled
    assets = [
        Asset(
            id=r[0],
            type=r[1],
            name=r[2],
            operators=json.loads(r[3]) if r[3] else [],
            gazetteer_id=r[4],
            geometry=gpkg.decode(r[5]),
            evidence=evidence.get(r[0], []),
            country=r[6],
        )
        for r in rows(
            "SELECT id, type, name, operators, gazetteer_id, geom, country FROM assets ORDER BY id"
        )
    ]
    theatres = [
        Theatre(
            id=r[0],
            name=r[1],
            geometry=gpkg.decode(r[2]),
            evidence=evidence.get(r[0], []),
            country=r[3],
        )
        for r in rows("SELECT id, name, geom, country FROM theatres ORDER BY id")
    ]
    stances = [
        Stance(
            power=r[1],
            relation=r[2],
            party=r[3],
            theatre=r[4],
            negated=bool(r[5]),
            evidence=evidence.get(r[0], []),
            claimed_by=r[6],
        )
        for r in rows(
            "SELECT id, power, relation, party, theatre, negated, claimed_by FROM stances"
            " ORDER BY id"
        )
    ]
    found_mentions = [
        Mention(
            doc=r[0],
            start=r[1],
            end=r[2],
            name=r[3],
            place_id=r[4],
            confidence=r[5],
            metonymic=bool(r[6]),
            candidates=codec.decode_candidates(r[7]),
        )
        for r in (
            rows(
                'SELECT doc, start, "end", name, place_id, confidence, metonymic, candidates'
                ' FROM mentions ORDER BY doc, start, "end"'
            )
            if mentions
            else ()
        )
    ]
    problems = [r[0] for r in rows("SELECT message FROM problems ORDER BY fid")]
    analysis = Analysis(
        documents, places, found_mentions, events, assets, theatres, stances, problems
    )
    if found is not None:
        analysis.event_titles = KnownTitles(found.events, list(found.titles))
    return Stored(analysis, digest, merged is not None)
