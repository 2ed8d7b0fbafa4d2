"""Table model over the map's features: one row an item (place, event, asset, conflict area)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from explorer.mapview.page import DEFAULT_PALETTE

COLUMNS = [
    ("name", "Name"),
    ("kind", "Kind"),
    ("type", "Type"),
    ("date", "Date"),
    ("country", "Country"),
    ("theatre", "Conflict"),
    ("sources", "Sources"),
    ("review", "Review"),
]

_Index = QModelIndex | QPersistentModelIndex


@cache
def kind_icon(kind: str) -> QIcon:
    """The map's symbol for a kind (circle, diamond, square, dashed area), so rows and map
    read alike."""
    size = 14
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(DEFAULT_PALETTE["kinds"].get(kind, "#777777"))
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.setBrush(colour)
    if kind == "event":
        m = size / 2
        painter.drawPolygon(
            QPolygonF([QPointF(m, 1), QPointF(size - 1, m), QPointF(m, size - 1), QPointF(1, m)])
        )
    elif kind == "asset":
        painter.drawRect(2, 2, size - 4, size - 4)
    elif kind == "theatre":
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60))
        painter.drawRect(1, 3, size - 2, size - 6)
    else:
        painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class ItemsModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._row_of: dict[str, int] = {}

    def set_features(self, features: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [f["properties"] for f in features if f.get("properties", {}).get("id")]
        self._row_of = {p["id"]: i for i, p in enumerate(self._rows)}
        self.endResetModel()

    def row_of(self, item_id: str) -> int | None:
        return self._row_of.get(item_id)

    def item(self, row: int) -> dict:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        props = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == self.ID_ROLE:
            return props["id"]
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            return kind_icon(props.get("kind", "place"))
        if role == Qt.ItemDataRole.ForegroundRole and props.get("review") == "rejected":
            return QColor("#999999")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "sources":
                return len({e["doc"] for e in props.get("evidence", [])})
            value = props.get(key)
            if key == "type" and value:
                return str(value).replace("_", " ")
            if key == "date" and not value and props.get("kind") == "event":
                return "undated"
            return value if value is not None else ""
        return None
