"""Reading machine output back into the shared model types, evidence merged per item."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from explorer.model import (
    Analysis,
    Asset,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Stance,
    Theatre,
)
from explorer.store import codec, gpkg


def read_analysis(conn: sqlite3.Connection) -> Analysis:
    """Every document and item as stored (machine output, reviews not applied)."""

    def rows(sql: str) -> list[tuple]:
        return conn.execute(sql).fetchall()

    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for item_id, doc, start, end, text, date in rows(
        'SELECT item_id, doc, start, "end", text, date FROM evidence'
        ' ORDER BY item_id, doc, start, "end"'
    ):
        evidence[item_id].append(Evidence(doc, start, end, text, date))

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
        for r in rows(
            "SELECT id, name, kind, country, gazetteer_id, precision, geom FROM places ORDER BY id"
        )
    ]
    events = [
        Event(
            id=r[0],
            type=r[1],
            date=r[2],
            date_precision=r[3],
            place_id=r[4],
            actors=json.loads(r[5]) if r[5] else [],
            label=r[6] or "",
            evidence=evidence.get(r[0], []),
            targets=json.loads(r[7]) if r[7] else [],
            place_basis=r[8] or "",
            date_basis=r[9] or "",
            status=r[10] or "",
            layer=r[11] or "",
            geometry=gpkg.decode(r[12]) if r[11] and not r[4] else None,
            precision=r[13] or "",
            country=r[14],
            location=r[15] or "",
            outlets=json.loads(r[16]) if r[16] else [],
        )
        for r in rows(
            "SELECT id, type, date, date_precision, place_id, actors, label, targets,"
            " place_basis, date_basis, status, layer, geom, precision, country, location,"
            " outlets FROM events ORDER BY id"
        )
    ]
    assets = [
        Asset(
            id=r[0],
            type=r[1],
            name=r[2],
            operators=json.loads(r[3]) if r[3] else [],
            gazetteer_id=r[4],
            geometry=gpkg.decode(r[5]),
            evidence=evidence.get(r[0], []),
        )
        for r in rows(
            "SELECT id, type, name, operators, gazetteer_id, geom FROM assets ORDER BY id"
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
    mentions = [
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
        for r in rows(
            'SELECT doc, start, "end", name, place_id, confidence, metonymic, candidates'
            ' FROM mentions ORDER BY doc, start, "end"'
        )
    ]
    problems = [r[0] for r in rows("SELECT message FROM problems ORDER BY fid")]
    return Analysis(documents, places, mentions, events, assets, theatres, stances, problems)
