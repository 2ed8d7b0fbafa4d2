"""Drive the real window as an analyst would, step by step, for screenshots and for reading.

    QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python benchmarks/window_walk.py SOURCE STEP...

SOURCE is a folder, a file or a project. Steps, in order:

    select:ID      select an item (as a click on the map or the Items table does)
    tab:NAME       bring a dock forward (its name in ``window.docks``)
    theatre:ID     show a conflict in the Sides panel; ``all`` shows every conflict (a
                   conflict the box does not list leaves it as it is, and says so)
    graph          the Sides panel's graph view
    stance:N       choose the Sides table's row N (from 0), as a click does: its excerpts shown
    search:TEXT    type into the search box
    fit            "Zoom to items" (View menu, Ctrl+0): the view fitted to the items shown
    items          print every visible item: kind, id, name, conflict, side, date
    placed         print every visible item with a point or a shape: its point, or its
                   shape's box (W, S, E, N), kind, precision and name, west to east
    legend         print the map legend's text and the map's width in pixels
    shot:FILE      save a screenshot once the map has settled
    size:WxH       resize the window; as the first step, the size it opens at (else 1600x960)
    float:NAME:WxH float a dock out of the window at that size (for a picture of it alone)
    dock:NAME:FILE save a picture of one dock (its name in ``window.docks``), as laid out
    layout         print the window's size and least height, the map's size, each dock's
                   geometry, the Items columns shown (and whether the last ends in the panel),
                   the Sides panel's conflict and the timeline's height
    view           print the map's zoom and size, its view's and the items' extents (W, S, E, N)
    labels         print the map's labels, each with what it meets: cut (…), a control (zoom,
                   scale, credits, legend), the selected symbol; then how many selected
                   symbols and region rings are drawn, the symbols under the legend, and
                   the basemap's names (their text's box) that an item's label or a
                   control covers

Run it with its own XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_STATE_HOME to leave your own
settings and projects alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.app import prepare_qt_environment


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    prepare_qt_environment(verbose=False)
    from PySide6.QtWidgets import QApplication

    from explorer.app import build
    from explorer.mapview.waiting import grab_settled, wait_for, wait_until

    app = QApplication([argv[0]])
    ws, window, controller = build()
    controller.interactive = False
    steps = argv[2:]
    width, height = 1600, 960
    if steps and steps[0].startswith("size:"):  # the size the window opens at
        width, _, h = steps.pop(0)[5:].partition("x")
        width, height = int(width), int(h)
    window.resize(width, height)
    window.show()
    renders: list[int] = []
    window.map.rendered.connect(renders.append)
    op = controller.open_source(Path(argv[1]))
    if not window.map.is_ready:
        wait_for(window.map.ready, 120_000, "the page")
    wait_until(lambda: op.done, 600_000, "the analysis")
    if controller.last_error:
        print("error:", controller.last_error)
    while not renders or renders[-1] != len(ws.visible):
        wait_for(window.map.rendered, 120_000, "the items drawn")
    for step in steps:
        kind, _, arg = step.partition(":")
        if kind == "select":
            before = len(renders)
            ws.select(arg)
            while len(renders) == before:
                wait_for(window.map.rendered, 60_000, "the selection drawn")
        elif kind == "tab":
            window.docks[arg].raise_()
        elif kind == "theatre":
            box = window.sides.theatre_box
            index = box.findData("__all__" if arg == "all" else arg)
            if index < 0:  # one conflict lists no "All conflicts"; one with no stance, nothing
                print("theatre", arg, "not listed: the Sides box left as it is")
            else:
                box.setCurrentIndex(index)
        elif kind == "graph":
            window.sides.views.setCurrentIndex(1)
        elif kind == "stance":
            window.sides.table.selectRow(int(arg))
        elif kind == "search":
            ws.set_search(arg)
            window.flush()
        elif kind == "fit":
            before = len(renders)
            controller.fit()
            while len(renders) == before:
                wait_for(window.map.rendered, 60_000, "the fit drawn")
        elif kind == "items":
            for i in ws.visible:
                print(i.kind, i.id, "|", i.name, "|", i.theatre, "|", i.side, "|", i.date)
        elif kind == "placed":
            _print_placed(ws.visible)
        elif kind == "legend":
            answer: list[str] = []
            window.map.page().runJavaScript("explorerMap.describe().legend", 0, answer.append)
            wait_until(lambda answer=answer: bool(answer), 60_000, "the legend")
            print("legend", answer[0], "| map width", window.map.width())
        elif kind == "view":
            answer = []
            window.map.page().runJavaScript(_VIEW_JS, 0, answer.append)
            wait_until(lambda answer=answer: bool(answer), 60_000, "the view")
            print("view", answer[0])
        elif kind == "layout":
            app.processEvents()
            _print_layout(window)
        elif kind == "labels":
            answer = []
            window.map.page().runJavaScript(_LABELS_JS, 0, answer.append)
            wait_until(lambda answer=answer: bool(answer), 60_000, "the labels")
            _print_labels(answer[0])
        elif kind == "shot":
            if not grab_settled(window, window.map, 60_000).save(arg, "PNG"):
                print(f"could not write {arg}", file=sys.stderr)
                return 1
            print("shot", arg)
        elif kind == "size":
            width, _, height = arg.partition("x")
            window.resize(int(width), int(height))
            app.processEvents()
        elif kind == "float":
            name, _, size = arg.partition(":")
            width, _, height = size.partition("x")
            window.docks[name].setFloating(True)
            window.docks[name].resize(int(width), int(height))
            app.processEvents()
        elif kind == "dock":
            name, _, path = arg.partition(":")
            app.processEvents()
            if not window.docks[name].grab().save(path, "PNG"):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print("shot", path)
        else:
            print(f"unknown step {step!r}", file=sys.stderr)
            return 2
    window.close()
    controller.release_projects()
    del app
    return 0


def _print_placed(items) -> None:
    def points(c):
        if isinstance(c[0], int | float):
            yield c
        else:
            for part in c:
                yield from points(part)

    rows = []
    for i in items:
        if not i.geometry:
            continue
        xs, ys = zip(*(p[:2] for p in points(i.geometry["coordinates"])), strict=True)
        where = f"{xs[0]:.1f} {ys[0]:.1f}"
        if len(xs) > 1:
            where = f"box {min(xs):.1f}, {min(ys):.1f}, {max(xs):.1f}, {max(ys):.1f}"
        rows.append((min(xs), where, i.kind, i.precision, i.name))
    for row in sorted(rows, key=lambda r: r[0]):
        print("placed", *row[1:], sep=" | ")


def _print_layout(window) -> None:
    from explorer.ui.items_model import COLUMNS

    print(
        "window",
        window.width(),
        window.height(),
        "least height",
        window.minimumSizeHint().height(),
        "map",
        window.map.width(),
        window.map.height(),
    )
    for name, dock in window.docks.items():
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            print("dock", name, *dock.geometry().getRect())
    table = window.items.table
    shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    right = table.columnViewportPosition(shown[-1]) + table.columnWidth(shown[-1])
    print(
        "items columns",
        [COLUMNS[c][1] for c in shown],
        "widths",
        [table.columnWidth(c) for c in shown],
        "last ends at",
        right,
        "of",
        table.viewport().width(),
    )
    sides = window.sides.table
    height = sides.viewport().height()
    rows = sides.model().rowCount()
    whole = sum(
        1
        for r in range(rows)
        if sides.rowViewportPosition(r) >= 0
        and sides.rowViewportPosition(r) + sides.rowHeight(r) <= height
    )
    from explorer.ui.sides_panel import COLUMNS as SIDES_COLUMNS

    cols = [c for c in range(len(SIDES_COLUMNS)) if not sides.isColumnHidden(c)]
    print(
        "sides columns",
        [(SIDES_COLUMNS[c], sides.columnWidth(c)) for c in cols],
        "last ends at",
        sides.columnViewportPosition(cols[-1]) + sides.columnWidth(cols[-1]),
        "of",
        sides.viewport().width(),
    )
    # the cells whose long word may break at a soft hyphen, as the table draws them
    model = sides.model()
    broken = [
        str(model.index(r, c).data()).replace("\u00ad", "")
        for r in range(model.rowCount())
        for c in cols
        if "\u00ad" in str(model.index(r, c).data())
    ]
    print("sides words broken", len(broken), broken)
    print(
        "sides",
        window.sides.theatre_box.currentText(),
        f"| table rows shown whole {whole} of {rows}, viewport {height} px",
        "| timeline height",
        window.docks["Timeline"].height(),
    )


_VIEW_JS = """
(function () {
  var d = explorerMap.describe();
  function r(v) { return Math.round(v * 10) / 10; }
  return "zoom " + d.view.zoom + " size " + d.size.join("x") + " | view W,S,E,N " +
    d.bounds.map(r).join(", ") + " | items " + (d.items ? d.items.map(r).join(", ") : "none") +
    " | fit " + (d.fit ? d.fit.map(r).join(", ") : "none");
})()
"""

_LABELS_JS = """
(function () {
  var frame = document.querySelector('.leaflet-container').getBoundingClientRect();
  function box(el) {
    var r = el.getBoundingClientRect();
    return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top];
  }
  var out = {labels: [], controls: [], selected: [], size: [frame.width, frame.height]};
  document.querySelectorAll('.ex-label').forEach(function (el) {
    // the label's box and its text's, which may run past the box it was placed with
    var b = box(el), range = document.createRange();
    range.selectNodeContents(el);
    var t = range.getBoundingClientRect();
    if (t.width) {
      b = [Math.min(b[0], t.left - frame.left), Math.min(b[1], t.top - frame.top),
           Math.max(b[2], t.right - frame.left), Math.max(b[3], t.bottom - frame.top)];
    }
    out.labels.push({text: el.innerText, box: b});
  });
  document.querySelectorAll('.leaflet-control').forEach(function (el) {
    if (el.offsetWidth) out.controls.push(box(el));
  });
  document.querySelectorAll('.ex-selected').forEach(function (el) { out.selected.push(box(el)); });
  out.basemap = [];
  document.querySelectorAll('.explorer-basemap-label span').forEach(function (el) {
    out.basemap.push({text: el.innerText, box: box(el)});
  });
  out.rings = document.querySelectorAll('.ex-region-ring').length;
  var legend = document.querySelector('.ex-legend');
  out.underLegend = [];
  if (legend && legend.offsetWidth) {
    out.legend = box(legend);
    var l = legend.getBoundingClientRect();
    document.querySelectorAll('.ex-cluster, .ex-marker').forEach(function (el) {
      if (el.closest('.ex-legend')) return;
      var r = el.getBoundingClientRect();
      if (r.width && r.left < l.right && l.left < r.right && r.top < l.bottom && l.top < r.bottom) {
        out.underLegend.push(el.innerText || el.className);
      }
    });
  }
  return JSON.stringify(out);
})()
"""


def _print_labels(answer: str) -> None:
    import json

    def meets(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    found = json.loads(answer)
    for label in found["labels"]:
        notes = ["cut"] if "…" in label["text"] else []
        notes += (
            ["under a control"] if any(meets(label["box"], c) for c in found["controls"]) else []
        )
        notes += (
            ["over the selection"] if any(meets(label["box"], s) for s in found["selected"]) else []
        )
        notes += (
            ["over the legend"]
            if found.get("legend") and meets(label["box"], found["legend"])
            else []
        )
        notes += ["across the edge"] if _past_the_edge(label["box"], found.get("size")) else []
        print("label", " ".join(label["text"].split()), "|", ", ".join(notes) or "whole, clear")
    print("selected symbols", len(found["selected"]), "| region rings", found.get("rings", 0))
    print("under the legend", found.get("underLegend", []))
    under = [
        " ".join(name["text"].split())
        for name in found.get("basemap", [])
        if any(meets(name["box"], label["box"]) for label in found["labels"])
    ]
    print("basemap names under item labels", len(under), under)
    cut = [
        " ".join(name["text"].split())
        for name in found.get("basemap", [])
        if any(meets(name["box"], c) for c in found["controls"])
    ]
    print("basemap names under a control", len(cut), cut)


def _past_the_edge(box: list[float], size: list[float] | None) -> bool:
    """Whether a label's box runs past the map's frame (cut by its edge)."""
    if not size:
        return False
    return box[0] < 0 or box[1] < 0 or box[2] > size[0] + 0.5 or box[3] > size[1] + 0.5


if __name__ == "__main__":
    sys.exit(main(sys.argv))
