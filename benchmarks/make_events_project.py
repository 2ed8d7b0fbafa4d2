"""Write N synthetic ACLED-style events straight into a project file, for the scale benchmarks.

    .venv/bin/python benchmarks/make_events_project.py -n 100000 -o /tmp/events-100k.gpkg

Until the event-table import lands, this stands in for an imported ACLED export: real towns
from the built gazetteer (GeoNames cities of countries at war), dates spread over ten years,
actors named as ACLED names them, a handful of conflicts drawn as their countries' outlines
with who backs whom, and for every event one report sentence in a synthetic daily digest
(50 events per digest) that is its evidence, offsets exact. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sqlite3
import sys
import time
from pathlib import Path

from explorer.model import Analysis, Document, Event, Evidence, Place, Span, Stance, Theatre
from explorer.outlines import country_shape
from explorer.paths import geodata_dir
from explorer.store import Project

# country -> (conflict id, conflict name, parties with their ACLED-style actor names)
CONFLICTS = {
    "SY": ("syria", "Syrian civil war", ["Syrian government (Assad)", "Syrian opposition"]),
    "UA": ("ukraine", "Russia-Ukraine war", ["Ukraine", "Russia"]),
    "YE": ("yemen", "Yemeni civil war", ["Houthis", "Yemeni government"]),
    "SD": ("sudan", "Sudanese civil war", ["Sudanese Armed Forces", "Rapid Support Forces"]),
    "LY": ("libya", "Libyan civil war", ["Government of National Accord", "Libyan National Army"]),
    "ML": ("sahel", "Sahel insurgency", ["Malian armed forces", "JNIM"]),
    "MM": ("myanmar", "Myanmar civil war", ["Tatmadaw", "People's Defence Force"]),
}
BACKERS = {  # (power, relation, party, conflict)
    ("Russia", "backs", "Syrian government (Assad)", "syria"),
    ("Iran", "backs", "Syrian government (Assad)", "syria"),
    ("Turkey", "backs", "Syrian opposition", "syria"),
    ("Iran", "supplies", "Houthis", "yemen"),
    ("Saudi Arabia", "backs", "Yemeni government", "yemen"),
    ("Turkey", "backs", "Government of National Accord", "libya"),
    ("United Arab Emirates", "backs", "Libyan National Army", "libya"),
    ("Egypt", "backs", "Sudanese Armed Forces", "sudan"),
}
TYPES = [
    ("clash", "Armed clash between {a} and {b} near {p}."),
    ("air_strike", "{a} carried out an air strike on {p}, according to local sources."),
    ("bombardment", "{a} shelled positions of {b} in {p}."),
    ("attack", "{a} attacked {b} in {p}; casualties were reported."),
    ("protest", "Residents of {p} protested against {a}."),
    ("bombing", "A car bomb exploded in {p}; {a} blamed {b}."),
]
OTHERS = ["Unidentified armed group", "Civilians", "Local militia", "Police forces"]


def towns(per_country: int) -> list[tuple[str, str, float, float, str]]:
    """(geonames id, name, lat, lon, country) of the largest towns of each country at war."""
    db = sqlite3.connect(geodata_dir() / "build" / "gazetteer.sqlite")
    rows = []
    for country in CONFLICTS:
        rows += db.execute(
            "SELECT id, name, lat / 1e5, lon / 1e5, country FROM entries "
            "WHERE kind = 'city' AND country = ? ORDER BY population DESC LIMIT ?",
            (country, per_country),
        ).fetchall()
    return [(f"geonames:{r[0]}", r[1], r[2], r[3], r[4]) for r in rows]


def synthetic(n: int, seed: int = 13, per_digest: int = 50) -> Analysis:
    rng = random.Random(seed)
    found = towns(per_country=400)
    places = [
        Place(
            id=f"place:{gid}",
            name=name,
            kind="city",
            geometry={"type": "Point", "coordinates": [lon, lat]},
            country=country,
            gazetteer_id=gid,
        )
        for gid, name, lat, lon, country in found
    ]
    # Big towns are reported more often, as in real event data.
    weights = list(itertools.accumulate(1.0 / (1 + i % 400) ** 0.8 for i in range(len(places))))
    theatres = {}
    for country, (tid, tname, _parties) in CONFLICTS.items():
        shape = country_shape(country)
        if shape and tid not in theatres:
            theatres[tid] = Theatre(id=tid, name=tname, geometry=shape)
    documents: list[Document] = []
    events: list[Event] = []
    sentences: list[str] = []
    spans: list[Span] = []
    pending: list[Event] = []

    def flush() -> None:
        text = ""
        starts = []
        for sentence in sentences:
            starts.append(len(text))
            text += sentence + " "
        doc_id = f"digest-{len(documents):05d}.txt"
        spans_here = [Span(s, s + len(x)) for s, x in zip(starts, sentences, strict=True)]
        for event, span, sentence in zip(pending, spans_here, sentences, strict=True):
            event.evidence.append(Evidence(doc_id, span.start, span.end, sentence))
        documents.append(
            Document(
                id=doc_id,
                path="",
                title=f"Conflict digest {len(documents) + 1}",
                text=text.strip(),
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                outlet=rng.choice(["Wire", "Monitor", "Observer", "Daily"]),
                published=pending[0].date,
                sentences=spans_here,
            )
        )
        spans.extend(spans_here)
        sentences.clear()
        pending.clear()

    for k in range(n):
        place = rng.choices(places, cum_weights=weights)[0]
        tid, _tname, parties = CONFLICTS[place.country or ""]
        a, b = rng.sample(parties, 2) if rng.random() < 0.8 else (rng.choice(OTHERS), parties[0])
        etype, pattern = rng.choice(TYPES)
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"On {day}, " + pattern.format(a=a, b=b, p=place.name)
        event = Event(
            id=f"event:acled:{k}",
            type=etype,
            date=day,
            date_precision="day",
            place_id=place.id,
            actors=[a],
            targets=[b] if etype != "protest" else [],
            place_basis="sentence",
            date_basis="sentence",
        )
        events.append(event)
        pending.append(event)
        sentences.append(sentence)
        if len(pending) == per_digest:
            flush()
    if pending:
        flush()
    stances = [
        Stance(power, relation, party, tid, [Evidence(documents[0].id, 0, 1, documents[0].text[0])])
        for power, relation, party, tid in sorted(BACKERS)
    ]
    for theatre in theatres.values():
        theatre.evidence.append(Evidence(documents[0].id, 0, 1, documents[0].text[0]))
    used = {e.place_id for e in events}
    return Analysis(
        documents=documents,
        places=[p for p in places if p.id in used],
        events=events,
        theatres=list(theatres.values()),
        stances=stances,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--events", type=int, default=100_000)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if args.output.exists():
        args.output.unlink()
    t0 = time.perf_counter()
    analysis = synthetic(args.events, args.seed)
    t1 = time.perf_counter()
    with Project.open(args.output, create=True) as project:
        project.save(analysis)
    t2 = time.perf_counter()
    print(
        f"{args.output}: {len(analysis.events)} events at {len(analysis.places)} towns, "
        f"{len(analysis.documents)} digests, {len(analysis.theatres)} conflicts; "
        f"made in {t1 - t0:.1f} s, saved in {t2 - t1:.1f} s, "
        f"{args.output.stat().st_size / 1e6:.0f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
