"""build_items alone on make_events_project.py's synthetic events, in real countries' conflicts
(the Russia-Ukraine war dated from 2014, so every event in Ukraine is weighed against the war's
years): the least of N builds, in seconds of the clock and of the process's CPU (which a
shared machine's load disturbs less), as one JSON line.

    .venv/bin/python benchmarks/build_items_time.py [--events 100000] [--rounds 5]

Run it against another checkout with PYTHONPATH=CHECKOUT (from outside any checkout) and
compare the figures of one run only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_events_project import synthetic

from explorer.items import build_items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    analysis = synthetic(args.events)
    times, cpu = [], []
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        items = build_items(analysis)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    placed = sum(1 for i in items.items if i.theatre)
    print(
        json.dumps(
            {
                "events": args.events,
                "in_a_conflict": placed,
                "build_min_s": round(min(times), 3),
                "build_cpu_min_s": round(min(cpu), 3),
                "builds_s": [round(t, 3) for t in times],
            }
        )
    )


if __name__ == "__main__":
    main()
