"""The Sides graph's edge labels, counted where they meet what they should not.

    .venv/bin/explorer sides DIR -f json > S.json
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/graph_labels.py S.json...

Each conflict's stances of each file, and all of a file's at once, are drawn by the window's
``SidesGraph`` (its view 369 x 300 pixels, a laptop's Sides dock, shown so that it is laid out
as in the window); each label's box ("backs (2)") is
tested against the nodes' boxes, the other labels' and the other edges' lines as drawn
(their strokes, not the areas their curves bound), and each edge's line against the boxes of
the names it does not join. Prints the graphs where any is met, each
file's graph of all conflicts, and the conflicts' totals.
"""

from __future__ import annotations

import json
import re
import sys


def count(stances: list[dict]) -> tuple[int, int, int, int, int, int]:
    """(labels, labels on a node's box, pairs of labels that meet, labels across other edges,
    the sideways scroll's range in pixels: 0 when the graph fits its view's width, edges
    whose line runs through the box of a name they do not join)"""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainterPathStroker
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from explorer.ui.sides_graph import SidesGraph

    graph = SidesGraph()
    graph.resize(371, 300)  # its frame: a view of 369 pixels, a scroll bar's width less
    graph.show()
    graph.set_stances(stances)
    labels = [
        item.sceneBoundingRect()
        for item in graph.scene().items(Qt.SortOrder.AscendingOrder)  # made in the edges' order
        if isinstance(item, QGraphicsSimpleTextItem) and re.fullmatch(r"\w+ \(\d+\)", item.text())
    ]
    nodes = [node.rect() for node in graph.nodes.values()]
    strokes = []
    for edge in graph.edges:
        stroker = QPainterPathStroker()
        stroker.setWidth(edge.pen().widthF())
        strokes.append(stroker.createStroke(edge.path()))
    on_node = sum(any(box.intersects(n) for n in nodes) for box in labels)
    pairs = sum(1 for i, a in enumerate(labels) for b in labels[i + 1 :] if a.intersects(b))
    across = sum(
        1
        for k, box in enumerate(labels)
        for j, stroke in enumerate(strokes)
        if j != k and stroke.intersects(box)
    )
    bar = graph.horizontalScrollBar()
    through = sum(
        1
        for edge, stroke in zip(graph.edges, strokes, strict=True)
        for name, node in graph.nodes.items()
        if name not in (edge.stance["power"], edge.stance["party"])
        and stroke.intersects(node.rect())
    )
    return len(labels), on_node, pairs, across, bar.maximum() - bar.minimum(), through


def main(paths: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    totals = [0, 0, 0, 0, 0, 0]
    line = (
        "labels %d, on a node %d, on a label %d, across another edge %d, sideways scroll %d,"
        " edges through a name's box %d"
    )
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            theatres = json.load(fh)["theatres"]
        every = []
        for theatre in theatres:
            rows = [dict(s, theatre_name=theatre["name"]) for s in theatre["stances"]]
            every += rows
            found = count(rows)
            totals = [a + b for a, b in zip(totals, found, strict=True)]
            if any(found[1:]):
                print(path, theatre["name"], line % found)
        print(path, "all conflicts", line % count(every))
    print("each conflict's graph:", line % tuple(totals))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
