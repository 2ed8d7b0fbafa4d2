"""The map page alone with N points: how long a filter takes to redraw inside the page.

    .venv/bin/python benchmarks/page_scale.py [--points 100000] [--runs 3]

A MapView (offscreen, 1000x700) gets N events over 1,750 spots (many at each, as events at
towns are), a third of them with a side, then "show" messages for a fifth, one in 400, all,
half, and all again, then three changes of view (fitBounds) with every item shown. The
page times each redraw with performance.now() from the message's
arrival to the second frame after it and reports it through the bridge; printed are the
median and the range over --runs rounds, and the time to load the data (setData, with fit).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics

from explorer.mapview.environment import prepare_qt_environment


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    prepare_qt_environment(headless=True)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 (kept alive)
    from explorer.mapview.columns import visible_bits
    from explorer.mapview.view import MapView
    from explorer.mapview.waiting import wait_for

    rng = random.Random(1)
    spots = [(rng.uniform(25, 50), rng.uniform(10, 50)) for _ in range(1750)]
    sides = [None, None, "A", "B", "C", None]
    features = []
    for k in range(args.points):
        lon, lat = spots[int(rng.random() ** 2 * len(spots))]
        props = {
            "id": f"e{k}",
            "kind": "event",
            "type": "air_strike",
            "n": 1,
            "name": f"Air strike: someone in town {k % 1750}",
            "date": f"20{15 + k % 10}",
        }
        if sides[k % 6]:
            props["side"] = sides[k % 6]
        features.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    view = MapView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1000, 700)
    view.show()
    wait_for(view.ready, 60_000, "the page")
    palette = {
        "kinds": {"place": "#4D5A66", "event": "#2F2F2F", "asset": "#6B5E4F", "theatre": "#6F6F6F"},
        "sides": {"A": "#E69F00", "B": "#332288", "C": "#117733"},
        "numbers": {"A": 1, "B": 2, "C": 3},
        "ink": {},
    }
    view.set_palette(palette)
    wait_for(view.rendered, 60_000, "the colours")
    view.bridge.timings.clear()
    view.set_features({"type": "FeatureCollection", "features": features}, fit=True)
    wait_for(view.rendered, 300_000, "the points")
    loaded = view.bridge.timings[-1][1]
    ids = [f["properties"]["id"] for f in features]
    masks = [
        ("a fifth", set(ids[::5])),
        ("1 in 400", set(ids[::400])),
        ("all", None),
        ("half", set(ids[::2])),
        ("all again", None),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in masks}
    for _ in range(args.runs):
        for name, keep in masks:
            for _ in range(2):  # the page at rest
                view.ping()
                wait_for(view.rendered, 60_000, "the page to settle")
            view.bridge.timings.clear()
            view.bridge.send("show", visible=visible_bits(ids, keep))
            while not any(cmd == "show" for cmd, _ in view.bridge.timings):
                wait_for(view.rendered, 60_000, "the redraw")
            times[name].append(next(ms for cmd, ms in view.bridge.timings if cmd == "show"))
    # changes of view, every item shown: each redraw also writes the legend's sides in view
    views = [
        ("a corner", (25, 10, 32, 16)),
        ("the middle", (34, 25, 41, 32)),
        ("the whole", (25, 10, 50, 50)),
    ]
    pans: dict[str, list[float]] = {name: [] for name, _ in views}
    view.bridge.send("show", visible=visible_bits(ids, None))
    wait_for(view.rendered, 60_000, "every item")
    for _ in range(args.runs):
        for name, bbox in views:
            for _ in range(2):  # the page at rest
                view.ping()
                wait_for(view.rendered, 60_000, "the page to settle")
            view.bridge.timings.clear()
            view.fit_bbox(*bbox)
            while not any(cmd == "fitBounds" for cmd, _ in view.bridge.timings):
                wait_for(view.rendered, 60_000, "the redraw")
            pans[name].append(next(ms for cmd, ms in view.bridge.timings if cmd == "fitBounds"))
    view.shutdown()
    print(f"{args.points} points: data loaded and drawn in the page in {loaded:.0f} ms")
    for kind, table in (("show", times), ("view", pans)):
        for name, values in table.items():
            print(
                f"  {kind} {name:>10}: median {statistics.median(values):6.1f} ms "
                f"(min {min(values):.1f}, max {max(values):.1f})"
            )
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    os._exit(0)  # measured; QtWebEngine's teardown is not what this times


if __name__ == "__main__":
    main()
