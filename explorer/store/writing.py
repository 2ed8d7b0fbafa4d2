"""Writing machine output: documents, their items, evidence and which document holds what.

Every function runs inside the caller's transaction. ``SavePlan`` does the checking and the
geometry encoding first, so nothing is written for an analysis that cannot be saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from explorer.model import Analysis, Asset, Document, Event, Place, Theatre
from explorer.store import codec, gpkg
from explorer.store.errors import StoreError
from explorer.store.ids import mention_id, stance_id

# kind -> table holding items of that kind
TABLES = {
    "place": "places",
    "event": "events",
    "asset": "assets",
    "theatre": "theatres",
    "stance": "stances",
    "mention": "mentions",
}


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def write_analysis(conn: sqlite3.Connection, analysis: Analysis, plan: SavePlan) -> None:
    """Replace the output of the documents in ``analysis`` (see ``Project.save``)."""
    clear_documents(conn, [d.id for d in analysis.documents])
    write_documents(conn, analysis.documents)
    write_places(conn, plan)
    write_events(conn, plan)
    write_assets(conn, plan)
    write_theatres(conn, plan)
    write_stances(conn, plan)
    write_mentions(conn, plan)
    write_evidence(conn, plan)
    collect_orphans(conn)
    write_problems(conn, analysis.problems)


def write_problems(conn: sqlite3.Connection, problems: list[str]) -> None:
    conn.execute("DELETE FROM problems")
    conn.executemany("INSERT INTO problems (message) VALUES (?)", [(p,) for p in problems])


def clear_documents(conn: sqlite3.Connection, doc_ids: list[str]) -> None:
    rows = [(d,) for d in doc_ids]
    conn.executemany("DELETE FROM evidence WHERE doc = ?", rows)
    conn.executemany("DELETE FROM item_documents WHERE doc = ?", rows)
    conn.executemany("DELETE FROM mentions WHERE doc = ?", rows)


def collect_orphans(conn: sqlite3.Connection) -> None:
    """Drop shared items no document supports any more."""
    for kind, table in TABLES.items():
        if kind == "mention":
            continue
        conn.execute(
            f"DELETE FROM {table} WHERE NOT EXISTS"
            f" (SELECT 1 FROM item_documents s WHERE s.item_id = {table}.id)"
        )


def write_documents(conn: sqlite3.Connection, documents: list[Document]) -> None:
    now = timestamp()
    conn.executemany(
        "INSERT INTO documents (id, path, title, outlet, published, url, sha256, encoding,"
        " text, raw_text, offsets, paragraphs, sentences, warnings, ingested)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET path = excluded.path, title = excluded.title,"
        " outlet = excluded.outlet, published = excluded.published, url = excluded.url,"
        " sha256 = excluded.sha256, encoding = excluded.encoding, text = excluded.text,"
        " raw_text = excluded.raw_text, offsets = excluded.offsets,"
        " paragraphs = excluded.paragraphs, sentences = excluded.sentences,"
        " warnings = excluded.warnings, ingested = excluded.ingested",
        [
            (
                d.id,
                d.path,
                d.title,
                d.outlet,
                d.published,
                d.url,
                d.sha256,
                d.encoding,
                d.text,
                d.raw_text,
                codec.encode_offsets(d.offsets),
                codec.encode_spans(d.paragraphs),
                codec.encode_spans(d.sentences),
                codec.dumps(d.warnings),
                now,
            )
            for d in documents
        ],
    )


def _upsert(conn: sqlite3.Connection, table: str, columns: list[str], rows: list) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        rows,
    )


def _write_owners(conn: sqlite3.Connection, kind: str, owners: dict) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO item_documents (item_id, kind, doc) VALUES (?, ?, ?)",
        [(item, kind, doc) for item, docs in owners.items() for doc in docs],
    )


def write_places(conn: sqlite3.Connection, plan: SavePlan) -> None:
    rows = [
        (plan.geometry[p.id][0], p.id, p.name, p.kind, p.country, p.gazetteer_id, p.precision)
        for p in plan.places
    ]
    _upsert(
        conn,
        "places",
        ["geom", "id", "name", "kind", "country", "gazetteer_id", "precision"],
        rows,
    )
    _write_owners(conn, "place", plan.owners["place"])
    gpkg.touch(conn, "places", plan.bounds([p.id for p in plan.places]))


def write_events(conn: sqlite3.Connection, plan: SavePlan) -> None:
    stored_geometry: dict[str, bytes | None] = {}
    own = {}  # rows of imported tables carry their own point
    for e in plan.events:
        if not e.place_id and e.geometry:
            try:
                own[e.id] = gpkg.encode(e.geometry)
            except gpkg.GeometryError as exc:
                raise StoreError(f"{e.id}: {exc}") from exc
    missing = {e.place_id for e in plan.events if e.place_id} - plan.geometry.keys()
    for place_id in missing:
        row = conn.execute("SELECT geom FROM places WHERE id = ?", (place_id,)).fetchone()
        stored_geometry[place_id] = row[0] if row else None

    def geometry_of(event: Event) -> bytes | None:
        if not event.place_id:
            return own[event.id][0] if event.id in own else None
        if event.place_id in plan.geometry:
            return plan.geometry[event.place_id][0]
        return stored_geometry.get(event.place_id)

    rows = [
        (
            geometry_of(e),
            e.id,
            e.type,
            e.date,
            e.date_precision,
            e.place_id,
            codec.dumps(e.actors),
            e.label,
            codec.dumps(e.targets),
            e.place_basis,
            e.date_basis,
            e.status,
            e.layer or None,
            e.precision or None,
            e.country,
            e.location or None,
            codec.dumps(e.outlets) if e.outlets else None,
        )
        for e in plan.events
    ]
    _upsert(
        conn,
        "events",
        [
            "geom",
            "id",
            "type",
            "date",
            "date_precision",
            "place_id",
            "actors",
            "label",
            "targets",
            "place_basis",
            "date_basis",
            "status",
            "layer",
            "precision",
            "country",
            "location",
            "outlets",
        ],
        rows,
    )
    _write_owners(conn, "event", plan.owners["event"])
    boxes: list[tuple[float, ...] | None] = [
        plan.bounds([e.place_id for e in plan.events if e.place_id])
    ]
    boxes += [gpkg.blob_bounds(blob) for blob in stored_geometry.values()]
    boxes += [bounds for _blob, bounds in own.values()]
    gpkg.touch(conn, "events", gpkg.union_bounds(boxes))


def write_assets(conn: sqlite3.Connection, plan: SavePlan) -> None:
    rows = [
        (
            plan.geometry[a.id][0],
            a.id,
            a.type,
            a.name,
            codec.dumps(_operators(conn, a.id, a.operators)),
            a.gazetteer_id,
            a.country,
        )
        for a in plan.assets
    ]
    _upsert(
        conn, "assets", ["geom", "id", "type", "name", "operators", "gazetteer_id", "country"], rows
    )
    _write_owners(conn, "asset", plan.owners["asset"])
    gpkg.touch(conn, "assets", plan.bounds([a.id for a in plan.assets]))


def _operators(conn: sqlite3.Connection, asset_id: str, found: list[str]) -> list[str]:
    """The operators of an asset: those these documents name, and those of the stored
    documents that still support it (a save of other articles adds to them, never replaces
    them; a re-analysed article's old word no longer counts once no other article holds it)."""
    others = conn.execute(
        "SELECT 1 FROM item_documents WHERE item_id = ? LIMIT 1", (asset_id,)
    ).fetchone()
    if others is None:
        return list(found)
    row = conn.execute("SELECT operators FROM assets WHERE id = ?", (asset_id,)).fetchone()
    stored = json.loads(row[0]) if row and row[0] else []
    return list(dict.fromkeys([*stored, *found]))


def write_theatres(conn: sqlite3.Connection, plan: SavePlan) -> None:
    rows = [(plan.geometry[t.id][0], t.id, t.name, t.country) for t in plan.theatres]
    _upsert(conn, "theatres", ["geom", "id", "name", "country"], rows)
    _write_owners(conn, "theatre", plan.owners["theatre"])
    gpkg.touch(conn, "theatres", plan.bounds([t.id for t in plan.theatres]))


def write_stances(conn: sqlite3.Connection, plan: SavePlan) -> None:
    rows = [
        (stance_id(s), s.power, s.relation, s.party, s.theatre, s.negated, s.claimed_by)
        for s in plan.stances
    ]
    _upsert(
        conn,
        "stances",
        ["id", "power", "relation", "party", "theatre", "negated", "claimed_by"],
        rows,
    )
    _write_owners(conn, "stance", plan.owners["stance"])


def write_mentions(conn: sqlite3.Connection, plan: SavePlan) -> None:
    conn.executemany(
        'INSERT OR REPLACE INTO mentions (id, doc, start, "end", name, place_id,'
        " confidence, metonymic, candidates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mention_id(m),
                m.doc,
                m.start,
                m.end,
                m.name,
                m.place_id,
                m.confidence,
                m.metonymic,
                codec.encode_candidates(m.candidates),
            )
            for m in plan.mentions
        ],
    )


def write_evidence(conn: sqlite3.Connection, plan: SavePlan) -> None:
    conn.executemany(
        'INSERT INTO evidence (item_id, kind, doc, start, "end", text, date)'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        plan.evidence_rows,
    )


def _item_id(item: Any) -> str:
    return item.id


class SavePlan:
    """What a save will write, worked out (and validated) before the transaction opens."""

    def __init__(self, analysis: Analysis, stored_documents: set[str]) -> None:
        saved = [d.id for d in analysis.documents]
        if len(set(saved)) != len(saved):
            raise StoreError("the analysis holds the same document id twice")
        for d in analysis.documents:
            if not d.id or not d.sha256:
                raise StoreError(f"document {d.id or d.path!r} has no id or no sha256")
        self.saved = set(saved)
        self.places = analysis.places
        self.events = analysis.events
        self.assets = analysis.assets
        self.theatres = analysis.theatres
        self.stances = analysis.stances
        self.mentions = [m for m in analysis.mentions if m.doc in self.saved]
        known = self.saved | stored_documents

        self.geometry: dict[str, tuple[bytes | None, tuple[float, ...] | None]] = {}
        located: list[Place | Asset | Theatre] = [*self.places, *self.assets, *self.theatres]
        for item in located:
            try:
                self.geometry[item.id] = gpkg.encode(item.geometry)
            except gpkg.GeometryError as exc:
                raise StoreError(f"{item.id}: {exc}") from exc

        self.evidence_rows: list[tuple] = []
        self.owners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        seen: set[tuple] = set()
        groups: list[tuple[str, Sequence[Any], Callable[[Any], str]]] = [
            ("place", self.places, _item_id),
            ("event", self.events, _item_id),
            ("asset", self.assets, _item_id),
            ("theatre", self.theatres, _item_id),
            ("stance", self.stances, stance_id),
        ]
        for kind, items, key in groups:
            for item in items:
                item_id = key(item)
                self.owners[kind][item_id]  # every item gets an entry, even with no evidence
                for ev in item.evidence:
                    if ev.doc not in known:
                        raise StoreError(
                            f"{item_id} cites document {ev.doc!r}, which is neither being "
                            "saved nor in the project"
                        )
                    if ev.doc not in self.saved:
                        continue
                    row = (item_id, kind, ev.doc, ev.start, ev.end, ev.text, ev.date)
                    if row not in seen:
                        seen.add(row)
                        self.evidence_rows.append(row)
                    self.owners[kind][item_id].add(ev.doc)

        # A place is also held by the documents that mention it or locate an event there; a
        # theatre by the documents that state sides in it.
        for m in self.mentions:
            if m.place_id in self.owners["place"]:
                self.owners["place"][m.place_id].add(m.doc)
        for e in self.events:
            if e.place_id in self.owners["place"]:
                self.owners["place"][e.place_id] |= self.owners["event"][e.id]
        for s in self.stances:
            if s.theatre in self.owners["theatre"]:
                self.owners["theatre"][s.theatre] |= self.owners["stance"][stance_id(s)]
        for by_item in self.owners.values():
            for docs in by_item.values():
                if not docs:
                    docs |= self.saved

    def bounds(self, ids: list[str]) -> tuple[float, ...] | None:
        return gpkg.union_bounds([self.geometry[i][1] for i in ids if i in self.geometry])
