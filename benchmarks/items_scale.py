"""How the item contract scales: build, filter and serialise N synthetic events in conflicts.

Prints seconds and megabytes as JSON lines (one per N), e.g.

    .venv/bin/python benchmarks/items_scale.py --events 1000 10000 100000

Times are wall-clock on this machine and only comparable within one run.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from explorer.filters import FilterState
from explorer.items import build_items
from explorer.model import Analysis, Document, Event, Evidence, Place, Stance, Theatre

POWERS = ["Arland", "Borovia", "Celesta", "Dorm", "Estra"]
PARTIES = ["Harbour Council", "Desert Army", "Valley Republic", "Northern Front"]


def synthetic(n_events: int, seed: int = 1) -> Analysis:
    rng = random.Random(seed)
    text = "x" * 400
    docs = [Document(f"d{i}.txt", "", f"Article {i}", text, "0", "Wire") for i in range(200)]
    theatres, stances, places = [], [], []
    for t in range(20):
        lon, lat = -170 + t * 17, -40 + (t % 8) * 10
        ring = [[lon, lat], [lon + 8, lat], [lon + 8, lat + 6], [lon, lat + 6], [lon, lat]]
        theatres.append(
            Theatre(f"t{t}", f"Conflict {t}", {"type": "Polygon", "coordinates": [ring]})
        )
        for power in rng.sample(POWERS, 3):
            party = rng.choice(PARTIES)
            ev = [Evidence("d0.txt", 0, 10, text[:10])]
            stances.append(Stance(power, "backs", party, f"t{t}", ev))
    for p in range(2000):
        lon, lat = rng.uniform(-175, 175), rng.uniform(-50, 60)
        ev = [Evidence(f"d{p % 200}.txt", 0, 40, text[:40])]
        places.append(
            Place(
                f"place:{p}",
                f"Town {p}",
                "city",
                {"type": "Point", "coordinates": [lon, lat]},
                "XA",
                f"g:{p}",
                evidence=ev,
            )
        )
    events = []
    for e in range(n_events):
        place = rng.choice(places)
        day = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        ev = [Evidence(f"d{e % 200}.txt", 0, 120, text[:120])]
        actors = rng.sample(POWERS + PARTIES, rng.randint(0, 2))
        events.append(Event(f"event:{e}", "air_strike", day, "day", place.id, actors, ev))
    return Analysis(
        documents=docs, places=places, events=events, theatres=theatres, stances=stances
    )


def measure(n: int) -> dict:
    analysis = synthetic(n)
    t0 = time.perf_counter()
    items = build_items(analysis)
    t1 = time.perf_counter()
    shown = FilterState(actors={"Arland"}, date_start="2015").apply(items)
    t2 = time.perf_counter()
    compact = json.dumps(items.map_collection(), ensure_ascii=False)
    t3 = time.perf_counter()
    full = json.dumps(items.feature_collection(), ensure_ascii=False)
    return {
        "events": n,
        "items": len(items),
        "sided": sum(1 for i in items if i.side),
        "build_s": round(t1 - t0, 3),
        "filter_s": round(t2 - t1, 3),
        "shown": len(shown),
        "map_json_s": round(t3 - t2, 3),
        "map_json_mb": round(len(compact) / 1e6, 2),
        "export_json_mb": round(len(full) / 1e6, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    for n in args.events:
        print(json.dumps(measure(n)), flush=True)


if __name__ == "__main__":
    main()
