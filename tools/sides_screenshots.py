"""Screenshots of the Sides panel for the README: a conflict's stances over the years, as a
table and as a graph, from a folder of articles.

    .venv/bin/python tools/sides_screenshots.py ../shared/eval/stances/docs \
        --theatre afghanistan --year 2004 -o docs/

Opens the real window on a virtual screen (Xvfb), waits for the analysis and the map, picks
the conflict and the year in the Sides panel, and grabs the window with the table, then with
the graph, plus the panel alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--theatre", help="conflict id to show (default: the one with most stances)")
    ap.add_argument("--year", type=int, help="year to show (default: all years)")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args(argv)

    from explorer import app as explorer_app

    screen = explorer_app._virtual_screen()
    try:
        return _shoot(args)
    finally:
        if screen is not None:
            explorer_app._close_qt()
            screen.stop()


def _shoot(args) -> int:
    from explorer.mapview.environment import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtWidgets import QApplication

    from explorer.app import TIMEOUT_MS, build
    from explorer.mapview.waiting import grab_settled, wait_for

    app = QApplication.instance() or QApplication([sys.argv[0]])
    _workspace, window, controller = build()
    window.resize(1600, 960)
    window.show()
    operation = controller.open_source(args.source)
    if not window.map.is_ready:
        wait_for(window.map.ready, TIMEOUT_MS, "the map page to load")
    if not operation.done:
        wait_for(operation.finished, TIMEOUT_MS, "the articles to be analysed")
    if controller.last_error:
        print(f"explorer: {controller.last_error}", file=sys.stderr)
        return 1
    window.flush()
    sides = window.sides
    window.docks["Sides"].raise_()
    if args.theatre and not sides.select_theatre(args.theatre):
        print(f"no conflict {args.theatre!r} in {args.source}", file=sys.stderr)
        return 2
    if args.year is not None and not sides.select_year(args.year):
        print(f"no stance dated {args.year}", file=sys.stderr)
        return 2
    if sides.proxy.rowCount():
        sides.table.selectRow(0)
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import Qt

    for view, name in ((sides.table, "table"), (sides.graph, "graph")):
        if name == "graph":  # an analyst widens the dock to read a graph
            dock = window.docks["Sides"]
            window.resizeDocks([dock], [720], Qt.Orientation.Horizontal)
            window.resizeDocks([dock], [620], Qt.Orientation.Vertical)
        sides.views.setCurrentWidget(view)
        app.processEvents()
        image = grab_settled(window, window.map, TIMEOUT_MS)
        path = args.out / f"window-sides-{name}.png"
        image.save(str(path), "PNG")
        sides.grab().save(str(args.out / f"sides-{name}.png"), "PNG")
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
