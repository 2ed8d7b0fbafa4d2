"""Who backs whom as a graph: powers and parties as nodes, stances as directed, coloured edges.

Nodes stand in three columns: those that only act on others (powers) on the left, those only
acted on (parties) on the right, and those that do both in the middle, each column ordered to
keep edges from crossing. An edge is coloured by its relation, drawn thicker with more
excerpts, and labelled with their number; a dashed edge is a claim the article attributes to
someone, a red-ringed one is contested. One claim is one edge, however many speakers or
conflicts it was made by (its tooltip names them). Clicking an edge announces its stance, as
a row of the sides table would.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

# Okabe-Ito hues, apart from the side colours' use: what each relation means at a glance
RELATION_COLOURS = {
    "backs": "#009E73",
    "supplies": "#E69F00",
    "opposes": "#D55E00",
    "mediates": "#56B4E9",
}
NODE_W, NODE_H, COL_GAP, ROW_GAP = 150, 30, 110, 16
# the rows' gap of a graph whose labels found no spot clear of the other edges: its edges
# spread over more height (the stance documents' graph of all conflicts: 13 labels across
# another edge at 16, 9 at 24)
WIDE_ROW_GAP = 24
SWEEPS = 12  # the layout's sweeps at most (see layouts)
MIN_SCALE = 0.65  # the least scale the names are read at
SIDE_BOW = 100  # how far an edge between two nodes of one column bows out
PARALLEL_BOW = 40.0  # a step of bowing aside of the lines between the same two names (_bows)
LEAST_NODE_W = 90  # three columns narrow their nodes to this, the names in two lines
# where along its edge a label may stand, in the order tried: near the power's end first
_LABEL_AT = (0.3, 0.42, 0.54, 0.66, 0.2, 0.78, 0.36, 0.48, 0.6, 0.72, 0.12, 0.86, 0.25)


def _label_spots(height: float) -> list[tuple[float, QPointF]]:
    """Where a label may stand on its edge, best first: centred on the edge at the points of
    ``_LABEL_AT``, then at finer points between 0.1 and 0.9, then each of those shifted up or
    down by a little less than half the label's height, so that the label still lies on its
    edge (a graph of many stances had no centred point clear of every node)."""
    fine = [round(0.1 + 0.025 * k, 3) for k in range(33)]
    points = list(_LABEL_AT) + [a for a in fine if a not in _LABEL_AT]
    lift = max(height / 2 - 2, 0.0)
    spots = [(a, QPointF(0, 0)) for a in points]
    for dy in (-lift, lift):
        spots += [(a, QPointF(0, dy)) for a in points]
    return spots


def layout(stances: Sequence[Mapping[str, Any]]) -> dict[str, tuple[int, int]]:
    """Column and row of every name: powers left, parties right, both in the middle; rows by
    the mean row of each name's neighbours (two sweeps), which keeps crossings few."""
    return layouts(stances)[0]


def layouts(stances: Sequence[Mapping[str, Any]]) -> list[dict[str, tuple[int, int]]]:
    """``layout``'s rows after two sweeps, then those of each further sweep that differ from
    all before (up to ``SWEEPS``): after two, a crowded graph's rows still move (the stance
    documents' graph of all conflicts came to rest after five), and some never rest, two rows
    swapped at each sweep (stances_fresh15's and 18's). The columns are the same in each."""
    outs: dict[str, set[str]] = {}
    ins: dict[str, set[str]] = {}
    for s in stances:
        outs.setdefault(s["power"], set()).add(s["party"])
        ins.setdefault(s["party"], set()).add(s["power"])
    names = sorted(set(outs) | set(ins), key=str.casefold)
    column = {n: 0 if n not in ins else 2 if n not in outs else 1 for n in names}
    cols: dict[int, list[str]] = {c: [n for n in names if column[n] == c] for c in (0, 1, 2)}
    row = {n: i for c in cols.values() for i, n in enumerate(c)}
    neighbours = {n: outs.get(n, set()) | ins.get(n, set()) for n in names}
    found: list[dict[str, tuple[int, int]]] = []
    for sweep in range(SWEEPS):
        for c in (1, 2, 0):
            cols[c].sort(key=lambda n: (_mean(row[m] for m in neighbours[n]), n.casefold()))
            row.update({n: i for i, n in enumerate(cols[c])})
        if sweep >= 1:
            rows = {n: (column[n], row[n]) for n in names}
            if rows in found:
                break  # at rest, or back where an earlier sweep was
            found.append(rows)
    return found


def levelled(
    stances: Sequence[Mapping[str, Any]], rows: Mapping[str, tuple[int, int]]
) -> dict[str, tuple[int, float]]:
    """``rows`` with every column but the tallest moved down to its names' neighbours, the
    middle one first: each name, in its column's order, as near the mean row of its
    neighbours as the others allow, no two less than a row apart, none above the top (least
    squares, ``_spaced``). Packed from the top, a short column stood far from what it joins:
    in the stance documents' graph of all conflicts the United States, Syria and the Syrian
    opposition were the middle column's three top rows, and Syria's edges to Lebanon's
    president and from Turkey and Russia ran through the United States' fan of six edges to
    Afghanistan and Iraq (7 labels across another edge); levelled, each conflict's names
    stand together."""
    neighbours: dict[str, list[str]] = {}
    for s in stances:
        neighbours.setdefault(s["power"], []).append(s["party"])
        neighbours.setdefault(s["party"], []).append(s["power"])
    placed: dict[str, tuple[int, float]] = {n: (c, float(r)) for n, (c, r) in rows.items()}
    columns: dict[int, list[str]] = {}
    for name, (c, _row) in sorted(rows.items(), key=lambda item: item[1]):
        columns.setdefault(c, []).append(name)
    tallest = max(columns, key=lambda c: (len(columns[c]), c))
    for c in (1, 0, 2):
        if c == tallest or c not in columns:
            continue
        wanted = [_mean(placed[m][1] for m in neighbours[n]) for n in columns[c]]
        placed.update({n: (c, y) for n, y in zip(columns[c], _spaced(wanted), strict=True)})
    return placed


def _spaced(wanted: Sequence[float]) -> list[float]:
    """The rows nearest ``wanted`` (least squares) that keep its order, each at least one
    row below the one before, the first at 0 or below it: pool adjacent violators on
    ``wanted[i] - i``, an increasing fit, then each row put back ``i`` down."""
    pools: list[list[float]] = []  # [sum, count] of each pool
    for i, w in enumerate(wanted):
        pools.append([w - i, 1.0])
        while len(pools) > 1 and pools[-2][0] / pools[-2][1] > pools[-1][0] / pools[-1][1]:
            total, count = pools.pop()
            pools[-1][0] += total
            pools[-1][1] += count
    fitted = [max(total / count, 0.0) for total, count in pools for _ in range(int(count))]
    return [round(z + i, 3) for i, z in enumerate(fitted)]


def _mean(values) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else 0.0


class _Edge(QGraphicsPathItem):
    """One stance; a wide invisible stroke makes it easy to click."""

    def __init__(self, stance: Mapping[str, Any], path: QPainterPath, pen: QPen, graph) -> None:
        super().__init__(path)
        self.stance = dict(stance)
        self.graph = graph
        self.setPen(pen)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(_tooltip(stance))

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    def mousePressEvent(self, event) -> None:
        self.graph.edge_clicked(self)
        event.accept()


def one_per_claim(stances: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One stance per (power, relation, party): the rows of one claim stated by an article
    and claimed by several speakers, or made in several conflicts, become one edge, with
    every excerpt once, its speakers (``speakers``) and conflicts (``conflicts``); it is a
    claim (dashed) only when no row states it outright."""
    groups: dict[tuple[str, str, str], list[Mapping[str, Any]]] = {}
    for s in stances:
        groups.setdefault((s["power"], s["relation"], s["party"]), []).append(s)
    merged = []
    for group in groups.values():
        one = dict(group[0])
        if len(group) > 1:
            excerpts = {
                (e.get("doc"), e.get("start"), e.get("end")): e
                for s in group
                for e in s.get("evidence") or ()
            }
            one["evidence"] = list(excerpts.values())
            one["contested"] = [c for s in group for c in s.get("contested") or ()]
            speakers = list(
                dict.fromkeys(str(s["claimed_by"]) for s in group if s.get("claimed_by"))
            )
            one["speakers"] = speakers
            one["stated"] = any(not s.get("claimed_by") for s in group)
            one["claimed_by"] = None if one["stated"] else "; ".join(speakers)
            names = [str(s.get("theatre_name") or "") for s in group]
            one["conflicts"] = [n for n in dict.fromkeys(names) if n]
        merged.append(one)
    return merged


def _tooltip(stance: Mapping[str, Any]) -> str:
    n = len(stance.get("evidence") or ())
    text = f"{stance['power']} {stance['relation']} {stance['party']}: {n} excerpt{'s' * (n != 1)}"
    if len(stance.get("conflicts") or ()) > 1:
        text += " in " + "; ".join(stance["conflicts"])
    if stance.get("speakers"):
        said = "stated, and claimed by " if stance.get("stated") else "claimed by "
        text += ", " + said + "; ".join(stance["speakers"])
    elif stance.get("claimed_by"):
        text += f", claimed by {stance['claimed_by']}"
    if stance.get("contested"):
        text += ", contested"
    return text


class SidesGraph(QGraphicsView):
    """The graph of one conflict's stances (or of several conflicts at once)."""

    stance_clicked = Signal(dict)  # the stance dict of the clicked edge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAccessibleName("Who backs whom graph")
        self.edges: list[_Edge] = []
        self.labels: list[QRectF] = []
        self._marks: list[QRectF] = []
        self._strokes: dict[int, QPainterPath] = {}
        self._row_gap = ROW_GAP  # the rows' gap of the graph drawn (see _draw)
        self._rows: Mapping[str, tuple[int, float]] = {}  # its names' columns and rows
        self._crossed = 0  # its labels across another edge
        self._covering = 0  # its labels over a node, a label or a contested ring
        self.nodes: dict[str, QGraphicsRectItem] = {}
        self._colours: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._selected: _Edge | None = None
        self._shown: tuple[list[dict[str, Any]], dict[str, Any]] = ([], {})
        self._node_w, self._gap = NODE_W, COL_GAP

    def set_stances(
        self, stances: Sequence[Mapping[str, Any]], palette: Mapping[str, Any] | None = None
    ) -> None:
        """Draw ``stances`` (sides-report rows); side colours and numbers come from the
        palette, as on the map."""
        self._shown = ([dict(s) for s in stances], dict(palette or {}))
        self._node_w, self._gap = self._widths()
        self._draw()

    def _widths(self) -> tuple[int, int]:
        """The nodes' width and the columns' gap: two columns' gap, their labels' room, as
        wide as the view holds at ``MIN_SCALE``, up to the width the middle column had. Two
        columns stood across an empty middle one, 710 pixels with their margins, 461 at the
        least scale, in a dock of 397 at 1280 x 760: the parties' names were off its right
        edge."""
        stances = one_per_claim(self._shown[0]) if self._shown[0] else []
        columns = len({c for c, _ in layout(stances).values()}) if stances else 0
        most = COL_GAP if columns > 2 else 2 * COL_GAP + NODE_W
        room = self.viewport().width() / MIN_SCALE - 50  # the margins, the pens
        if columns < 2 or room <= 0:
            return NODE_W, most
        if columns * NODE_W + (columns - 1) * most <= room:
            return NODE_W, most
        if columns == 2:  # the parties as far from the powers as the view holds
            return NODE_W, max(COL_GAP, int(room - 2 * NODE_W - 40))
        # three columns (a power that is also a party) keep their labels' room and narrow
        # their nodes, a name in two lines where one is too short (stances_fresh15 at 1280 x
        # 760: 710 pixels, 461 at the least scale in 369, the parties off the right edge)
        return max(LEAST_NODE_W, int((room - 40 - 2 * COL_GAP) / 3)), COL_GAP

    def _draw(self) -> None:
        """The graph with the rows of ``layout`` and the rows' usual gap; while a label lies
        across another edge, drawn again with a wider gap, then with the rows of each further
        sweep (``layouts``), then with each of those rows levelled (``levelled``), each gap;
        the first drawing with the fewest labels over a node or a label, then the fewest
        across another edge, kept."""
        stances = one_per_claim(self._shown[0]) if self._shown[0] else []
        candidates: list[Mapping[str, tuple[int, float]]] = [*layouts(stances)] if stances else [{}]
        for rows in candidates[:] if stances else []:  # then each levelled (see levelled)
            level = levelled(stances, rows)
            if level not in candidates:
                candidates.append(level)
        best: tuple[tuple[int, int], int, int] | None = None  # (labels amiss, layout, gap)
        for k, rows in enumerate(candidates):
            for gap in (ROW_GAP, WIDE_ROW_GAP):
                self._rows, self._row_gap = rows, gap
                self._draw_once()
                amiss = (self._covering, self._crossed)
                if best is None or amiss < best[0]:
                    best = (amiss, k, gap)
                if amiss == (0, 0):
                    return
        assert best is not None
        if (best[1], best[2]) != (len(candidates) - 1, WIDE_ROW_GAP):
            self._rows, self._row_gap = candidates[best[1]], best[2]
            self._draw_once()

    def _draw_once(self) -> None:
        stances, palette = self._shown
        scene = self.scene()
        scene.clear()
        self.edges, self.nodes, self._selected = [], {}, None
        self.labels = []  # the edges' labels placed so far
        self._crossed = 0  # the labels placed across another edge
        self._covering = 0  # the labels placed over a node, a label or a contested ring
        self._marks = []  # the contested rings: no label over them
        self._strokes = {}  # each edge's line as drawn, by id(edge)
        self._colours = dict(palette.get("sides") or {})
        self._numbers = dict(palette.get("numbers") or {})
        if not stances:
            note = scene.addSimpleText("No stances to draw.")
            note.setBrush(QBrush(QColor("#666")))
            return
        stances = one_per_claim(stances)
        places = self._rows
        # columns side by side as drawn: with no power that is also a party, the parties
        # stood two columns' width from the powers, across an empty middle one
        rank = {c: k for k, c in enumerate(sorted({c for c, _ in places.values()}))}
        centres = {n: self._node(n, rank[c], r) for n, (c, r) in places.items()}
        paths = []
        for s, offset in zip(stances, _bows(stances), strict=True):
            paths.append(self._path(centres[s["power"]], centres[s["party"]], offset))
        for k, s in enumerate(stances):  # once every line is known: a detour crosses few
            ends = (centres[s["power"]], centres[s["party"]])
            width = _pen_width(s) + 2  # clear of the boxes' borders too
            paths[k] = self._around(paths[k], ends, width, paths[:k] + paths[k + 1 :])
            self._edge(s, paths[k])
        for edge in self.edges:  # once every edge is drawn: a label keeps off the others
            self._label(edge)
        self._legend(scene.itemsBoundingRect())
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    def _node(self, name: str, column: int, row: float) -> QPointF:
        width = self._node_w
        x = column * (width + self._gap)
        y = row * (NODE_H + self._row_gap)
        rect = QGraphicsRectItem(QRectF(x, y, width, NODE_H))
        side = self._colours.get(name)
        rect.setBrush(QBrush(QColor("#ffffff")))  # dark text on white, whatever the side
        rect.setPen(QPen(QColor(side or "#999999"), 2))
        rect.setToolTip(name)
        rect.setZValue(2)
        self.scene().addItem(rect)
        left = x + 6
        if side:  # the side's colour and number, as on the map and in its legend
            band = 22 if width >= NODE_W else 17  # a narrowed node keeps room for its name
            swatch = QGraphicsRectItem(QRectF(x, y, band, NODE_H), rect)
            swatch.setBrush(QBrush(QColor(side)))
            swatch.setPen(QPen(Qt.PenStyle.NoPen))
            number = self._numbers.get(name)
            if number:
                digits = QGraphicsSimpleTextItem(str(number), swatch)
                digits.setBrush(QBrush(QColor(_ink(side))))
                box = digits.boundingRect()
                digits.setPos(x + (band - box.width()) / 2, y + (NODE_H - box.height()) / 2)
            left = x + band + 6
        lines, font = _fitted(name, x + width - 4 - left)
        text = QGraphicsSimpleTextItem(lines, rect)
        text.setFont(font)
        bounds = text.boundingRect()
        text.setPos(left, y + (NODE_H - bounds.height()) / 2)
        self.nodes[name] = rect
        return QPointF(x + width / 2, y + NODE_H / 2)

    def _path(self, a: QPointF, b: QPointF, offset: float) -> QPainterPath:
        """The line of an edge from the node centred at ``a`` to the one at ``b``, bowed
        aside by ``offset`` steps (see ``_bows``)."""
        start, end = _border(a, b, self._node_w), _border(b, a, self._node_w)
        mid = (start + end) / 2
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy) or 1.0
        control = mid + QPointF(-dy / length, dx / length) * PARALLEL_BOW * offset
        if a.x() == b.x():  # one column: from right side to right side, bowed out
            # (from top to bottom, the line ran in the rows' gap under the nodes, and its
            # label stood beside them across the edges to the next column)
            start, end = a + QPointF(self._node_w / 2, 0), b + QPointF(self._node_w / 2, 0)
            control = (start + end) / 2 + QPointF(SIDE_BOW + PARALLEL_BOW * offset, 0)
        path = QPainterPath(start)
        path.quadTo(control, end)
        return path

    def _edge(self, stance: Mapping[str, Any], path: QPainterPath) -> None:
        colour = QColor(RELATION_COLOURS.get(stance["relation"], "#777"))
        pen = QPen(colour, _pen_width(stance))
        if stance.get("claimed_by"):
            pen.setStyle(Qt.PenStyle.DashLine)
        edge = _Edge(stance, path, pen, self)
        edge.setZValue(1)
        self.scene().addItem(edge)
        self.edges.append(edge)
        stroker = QPainterPathStroker()  # the line as drawn, not the area its curve bounds
        stroker.setWidth(pen.widthF())
        self._strokes[id(edge)] = stroker.createStroke(path)
        self._arrow(path, colour)
        point = path.pointAtPercent(0.5)
        if stance.get("contested"):
            mark = QRectF(point.x() - 7, point.y() - 7, 14, 14)
            self._marks.append(mark)
            ring = self.scene().addEllipse(mark, QPen(QColor("#CC0000"), 2))
            ring.setToolTip("contested: " + _contest_text(stance))
            ring.setZValue(3)

    def _around(
        self,
        path: QPainterPath,
        ends: tuple[QPointF, QPointF],
        width: float,
        others: list[QPainterPath],
    ) -> QPainterPath:
        """``path``, or, where its line runs through the box of a name it does not join, a
        line clear of the boxes, across the fewest ``others``: drawn through one, the edge
        read as a stance of that name (stances_fresh18's "Algeria backs Polisario Front" ran
        behind the Houthis' box, "backs (1)" at its side; the stance documents' steep edges
        reached the Syrian government's box by its top, through the police officer's above
        it). The line then leaves its power's box and reaches its party's by their sides,
        straight, or through a gap between the boxes of the column in its way."""
        a, b = ends
        boxes = [
            n.rect() for n in self.nodes.values() if not any(n.rect().contains(p) for p in ends)
        ]
        stroker = QPainterPathStroker()
        stroker.setWidth(width)

        def clear(line: QPainterPath) -> bool:
            stroke = stroker.createStroke(line)
            return not any(stroke.intersects(r) for r in boxes)

        if a.x() == b.x() or clear(path):
            return path
        # by the sides, at the height the line comes from (within the box's): edges from
        # above reach a box's upper half, from below its lower half, not one point
        lean = max(-1.0, min(1.0, (b.y() - a.y()) / (4 * (NODE_H + self._row_gap)))) * (
            NODE_H / 2 - 5
        )
        side = QPointF(math.copysign(self._node_w / 2, b.x() - a.x()), 0)
        start, end = a + side + QPointF(0, lean), b - side - QPointF(0, lean)
        straight = QPainterPath(start)
        straight.lineTo(end)
        candidates = [(0.0, straight)]
        hit = [r for r in boxes if stroker.createStroke(straight).intersects(r)]
        if hit:
            left, right = min(r.left() for r in hit), max(r.right() for r in hit)
            column = sorted(
                (r for r in boxes if r.left() < right and r.right() > left), key=QRectF.top
            )
            gaps = [column[0].top() - self._row_gap / 2, column[-1].bottom() + self._row_gap / 2]
            gaps += [(r.bottom() + q.top()) / 2 for r, q in pairwise(column)]
            for y in gaps:
                into, out = QPointF(left - 8, y), QPointF(right + 8, y)
                around = QPainterPath(start)
                around.quadTo(QPointF((start.x() + into.x()) / 2, y), into)
                around.lineTo(out)
                around.quadTo(QPointF((out.x() + end.x()) / 2, y), end)
                candidates.append((abs(y - (start.y() + end.y()) / 2), around))
        lines = [stroker.createStroke(o) for o in others]
        best = min(
            (
                (sum(1 for o in lines if o.intersects(c)), away, k)
                for k, (away, c) in enumerate(candidates)
                if clear(c)
            ),
            default=None,
        )
        return path if best is None else candidates[best[2]][1]

    def _label(self, edge: _Edge) -> None:
        """The edge's relation and its number of excerpts, on a white ground on the edge
        itself, where it covers no node and no other label and as few other edges as the
        edge allows, nearest the power's end where edges have not yet crossed. Drawn above
        its edge, the labels of edges that cross stood over the other edges and nodes'
        borders ("mediates (1)" over France's box, "backs (1)" across an edge it did not
        name): which edge a label named was a guess."""
        stance, path = edge.stance, edge.path()
        colour = edge.pen().color()
        n = len(stance.get("evidence") or ())
        text = QGraphicsSimpleTextItem(f"{stance['relation']} ({n})")
        text.setBrush(QBrush(colour.darker(130)))
        box = text.boundingRect().adjusted(-2, -1, 2, 1)
        blocked = [node.rect() for node in self.nodes.values()] + self._marks + self.labels
        others = [self._strokes[id(other)] for other in self.edges if other is not edge]
        best: tuple[int, int, QRectF] | None = None
        for at, shift in _label_spots(box.height()):
            place = QRectF(box).translated(path.pointAtPercent(at) - box.center() + shift)
            covered = sum(1 for r in blocked if place.intersects(r))
            crossed = sum(
                1 for o in others if o.boundingRect().intersects(place) and o.intersects(place)
            )
            if best is None or (covered, crossed) < best[:2]:
                best = (covered, crossed, place)
            if covered == crossed == 0:
                break
        assert best is not None
        place = best[2]
        self._crossed += 1 if best[1] else 0
        self._covering += 1 if best[0] else 0
        text.setPos(place.topLeft() - box.topLeft())
        text.setZValue(3)
        text.setToolTip(_tooltip(stance))
        ground = QGraphicsRectItem(box, text)  # in the text's own coordinates, behind it
        ground.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        ground.setBrush(QBrush(QColor(255, 255, 255, 235)))
        ground.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene().addItem(text)
        self.labels.append(place)

    def _arrow(self, path: QPainterPath, colour: QColor) -> None:
        tip = path.pointAtPercent(1.0)
        angle = math.radians(-path.angleAtPercent(0.98))
        size = 10.0
        left = tip - QPointF(math.cos(angle - 0.4) * size, math.sin(angle - 0.4) * size)
        right = tip - QPointF(math.cos(angle + 0.4) * size, math.sin(angle + 0.4) * size)
        head = QPainterPath(tip)
        head.lineTo(left)
        head.lineTo(right)
        head.closeSubpath()
        item = self.scene().addPath(head, QPen(colour), QBrush(colour))
        item.setZValue(1)

    def _legend(self, bounds: QRectF) -> None:
        x, y = bounds.left(), bounds.bottom() + 16
        for relation, colour in RELATION_COLOURS.items():
            self.scene().addLine(x, y + 7, x + 26, y + 7, QPen(QColor(colour), 3))
            text = self.scene().addSimpleText(relation)
            text.setPos(x + 30, y)
            x += 110
        text = self.scene().addSimpleText("dashed: claimed by someone;  red ring: contested")
        text.setBrush(QBrush(QColor("#555")))
        text.setPos(bounds.left(), y + 20)

    def edge_clicked(self, edge: _Edge) -> None:
        if self._selected is not None:
            self._selected.setSelected(False)
        self._selected = edge
        edge.setSelected(True)
        self.stance_clicked.emit(dict(edge.stance))

    def edge_at(self, power: str, relation: str, party: str) -> _Edge | None:
        for edge in self.edges:
            s = edge.stance
            if (s["power"], s["relation"], s["party"]) == (power, relation, party):
                return edge
        return None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.edges and self._widths() != (self._node_w, self._gap):
            chosen = self._selected.stance if self._selected is not None else None
            self._node_w, self._gap = self._widths()
            self._draw()  # drawn again at the width its view now has, the choice kept
            if chosen is not None:
                edge = self.edge_at(chosen["power"], chosen["relation"], chosen["party"])
                if edge is not None:
                    self._selected = edge
                    edge.setSelected(True)
            return
        self.fit()

    def fit(self) -> None:
        """The whole graph in view, but never so small that its names cannot be read (a large
        graph scrolls instead)."""
        if not self.edges:
            return
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0:
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        scale = max(scale, MIN_SCALE)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())
        # A graph too large to show whole scrolls from its top left, where the first powers
        # and the start of their names are: centred, Libya's first power (Russia) was above
        # the view with nothing to say a row was missing but the scroll bar.
        if rect.height() * scale > view.height():
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        if rect.width() * scale > view.width():
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())


def _bows(stances: Sequence[Mapping[str, Any]]) -> list[float]:
    """How far each stance's line bows aside, in steps of ``PARALLEL_BOW``: the lines of
    several stances between the same two names ("backs" and "supplies") spread evenly to
    both sides of the straight line between them, -0.5 and 0.5 for two. One straight and
    one bowed a step aside, two short lines stood 15 pixels apart at their middle, less
    than a label's height: in the stance documents' levelled graph "United States supplies
    Afghan mujahideen" could stand nowhere but over the "backs (1)" of the line beside it."""
    many: dict[tuple[str, str], int] = {}
    for s in stances:
        many[(s["power"], s["party"])] = many.get((s["power"], s["party"]), 0) + 1
    seen: dict[tuple[str, str], int] = {}
    bows = []
    for s in stances:
        pair = (s["power"], s["party"])
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        bows.append(k - (many[pair] - 1) / 2)
    return bows


def _pen_width(stance: Mapping[str, Any]) -> float:
    """An edge's width: thicker with more excerpts."""
    return 1.5 + min(len(stance.get("evidence") or ()), 6) * 0.75


def _contest_text(stance: Mapping[str, Any]) -> str:
    parts = []
    for c in stance.get("contested") or ():
        parts.append("denied" if c.get("negated") else f"also said to {c['relation']}")
    return ", ".join(parts)


def _border(centre: QPointF, towards: QPointF, width: float) -> QPointF:
    """Where the line from a node's centre towards another leaves the node's box."""
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(
        (width / 2) / abs(dx) if dx else math.inf,
        (NODE_H / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def _ink(colour: str) -> str:
    """Black or white, whichever reads on ``colour``."""
    c = QColor(colour)
    light = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#000000" if light > 140 else "#ffffff"


def _fitted(name: str, width: float) -> tuple[str, QFont]:
    """A node's name in ``width`` pixels: on one line of 9 points where it fits, else on two
    of 8 points broken at the last space that lets the first fit, the rest cut with an
    ellipsis where it must (the whole name is the node's tooltip)."""
    font = QFont()
    font.setPointSize(9)
    if QFontMetricsF(font).horizontalAdvance(name) <= width:
        return name, font
    font.setPointSize(8)
    metrics = QFontMetricsF(font)
    words = name.split(" ")
    first = len(words) - 1
    while first > 1 and metrics.horizontalAdvance(" ".join(words[:first])) > width:
        first -= 1
    if len(words) < 2:
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width), font
    lines = (" ".join(words[:first]), " ".join(words[first:]))
    cut = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    return "\n".join(cut), font
