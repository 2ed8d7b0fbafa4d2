"""Table model over the visible items: one row an item (place, event, asset, conflict area)."""

from __future__ import annotations

from functools import cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from explorer.geoparse.admin1 import where
from explorer.ids import place_gazetteer_id
from explorer.palette import KIND_COLOURS, ink_for
from explorer.ui.plaintext import plain_tip
from explorer.vocabulary import KIND_LABELS

if TYPE_CHECKING:  # the item contract: imported where first used, not at the window's build
    from explorer.items import Item, ItemSet

COLUMNS = [
    ("name", "Name"),
    ("where", "Where"),  # "Louisiana, United States": which of the places of one name it is
    ("kind", "Kind"),
    ("type", "Type"),
    ("date", "Date"),
    ("theatre", "Conflict"),
    ("side", "Side"),
    ("outlets", "Outlets"),
    ("review", "Review"),
]

_Index = QModelIndex | QPersistentModelIndex
# the columns whose values are few (a vocabulary, the project's conflicts and sides): fitted
# to every value, not to the first rows ('ship seizure' further down the table was cut)
_FEW_VALUES = ("kind", "type", "theatre", "side")
# rows fewer than the last order's share by this are sorted themselves, not read off it by
# marks (a pass over all of its items): 6,000 of 96,704
_MARKED_SHARE = 16


def where_text(item: Item) -> str:
    """ "Louisiana, United States": the region and country of a place, or of an event's place;
    nothing for a country itself, whose name says it all."""
    if item.kind == "place" and item.type == "country":
        return ""
    return where(item.gazetteer_id or place_gazetteer_id(item.place_id), item.country)


@cache
def kind_icon(kind: str, colour: str | None = None, number: int | None = None) -> QIcon:
    """The map's symbol for an item (circle, diamond, square, dashed area) in its colour, with
    its side's number, so rows, legend and map read alike."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour or KIND_COLOURS.get(kind, "#777777"))
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.setBrush(fill)
    if kind == "event":
        m = size / 2
        painter.drawPolygon(
            QPolygonF(
                [QPointF(m, 0.5), QPointF(size - 0.5, m), QPointF(m, size - 0.5), QPointF(0.5, m)]
            )
        )
    elif kind == "asset":
        painter.drawRect(1, 1, size - 2, size - 2)
    elif kind == "theatre":
        painter.setPen(QPen(fill, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(fill.red(), fill.green(), fill.blue(), 60))
        painter.drawRect(1, 3, size - 2, size - 6)
    else:
        painter.drawEllipse(1, 1, size - 2, size - 2)
    if number is not None:
        font = QFont(painter.font())
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ink_for(fill.name())))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return QIcon(pixmap)


def outlets_text(item: Item, items: ItemSet) -> str:
    """Outlets by name; for articles without an outlet, their titles."""
    names = list(item.outlets)
    for doc in item.sources:
        source = items.sources.get(doc)
        if source is not None and not source.outlet:
            names.append(source.title or doc)
    return "; ".join(dict.fromkeys(names))


class ItemsModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._set: ItemSet | None = None  # none shown yet (the window's build)
        self._rows: list[Item] = []
        self._row_of: dict[str, int] | None = {}  # made when first asked for
        self._palette: dict[str, Any] = {"kinds": dict(KIND_COLOURS), "sides": {}, "numbers": {}}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # the order of the last rows sorted by text, to sort a filtered subset of them fast
        self._ranked: list[Item] = []
        self._ranked_by: tuple | None = None
        self._ranked_set: ItemSet | None = None  # the set whose rows ``_ranked`` holds, sorted
        # the few-valued columns' texts of the last sets shown (a filter's, then the whole set
        # again at its reset), newest last
        self._few: list[tuple[ItemSet | None, dict, dict[int, list[str]]]] = []

    @property
    def _items(self) -> ItemSet:
        if self._set is None:
            from explorer.items import ItemSet

            self._set = ItemSet()
        return self._set

    def set_items(self, items: ItemSet) -> None:
        self.beginResetModel()
        self._set = items
        self._rows = list(items.items)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows sorted here, each key computed once: a sorting proxy would ask ``data`` twice
        per comparison, millions of calls for 100,000 items."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in old]
        self._sort_rows(remember=False)  # the rows come in the last order, not the items
        self.changePersistentIndexList(
            old, [self.index(self._row_index[item_id], column) for item_id, column in held]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, remember: bool = True) -> None:
        """Sort the rows; ``remember`` the order when they came in the items' order."""
        if not remember:
            self._ranked_by = None
        self._row_of = None
        if self._sort is None or (self._set is None and not self._rows):
            return  # nothing shown yet: sorted when the first items come
        column, order = self._sort
        basis = (column, order, self._palette, self._items.theatre_names)
        if self._ranked_by is not None and all(
            a is b for a, b in zip(self._ranked_by, basis, strict=True)
        ):
            ranked = self._ranked
            if remember and self._set is self._ranked_set:
                # the very set ranked (a reset after a filter shows every item again): its
                # rows in that order, no item looked up
                self._rows = list(ranked)
                return
            if len(self._rows) * _MARKED_SHARE < len(ranked):
                # few rows (a search, a side): sorted themselves, in fewer steps than marking
                # the whole order; a stable sort of the set's rows in the set's order is the
                # subsequence the marks would read, and the whole order stays remembered
                self._sort_by(COLUMNS[column][0], order)
                return
            # the same items sorted the same way before (a filter shows fewer of them): a
            # stable sort of a subset is the subsequence of the whole one's order, read off it
            # by marks, each ranked item marked if it is a row (by ``id()``: ``_ranked`` holds
            # the items, so an ``id()`` of a row found there is that very item; C-level maps,
            # no sort, and no table of ranks made for the first subset)
            rows = set(map(id, self._rows))
            marks = bytes(map(rows.__contains__, map(id, ranked)))
            if marks.count(1) == len(self._rows):  # every row among them
                self._rows = list(compress(ranked, marks))
                return
        key = COLUMNS[column][0]
        if remember and key == "name" and order == Qt.SortOrder.AscendingOrder:
            # the rows are the set's items in its order: the set's own name order is this
            # sort (made once per set, kept with it)
            self._rows = list(self._items.by_name)
        else:
            self._sort_by(key, order)
        if remember:  # ranked when a subset comes to be sorted
            self._ranked = list(self._rows)
            self._ranked_by, self._ranked_set = basis, self._set

    def _sort_by(self, key: str, order: Qt.SortOrder) -> None:
        folded: dict[str, str] = {}  # many rows share a text (an event's title at a town)

        def fold(item: Item) -> str:
            text = (item.name or "") if key == "name" else self._text(item, key)
            found = folded.get(text)
            if found is None:
                found = folded[text] = text.casefold()
            return found

        self._rows.sort(key=fold, reverse=order == Qt.SortOrder.DescendingOrder)

    @property
    def _row_index(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {item.id: i for i, item in enumerate(self._rows)}
        return self._row_of

    def set_palette(self, palette: dict[str, Any]) -> None:
        self._palette = palette
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def few_texts(self, past: int) -> dict[int, list[str]]:
        """Each text the columns of few values (kind, type, conflict, side) show, once, by
        column, when there are more than ``past`` rows (the rows a fit measures): for the
        panel to fit those columns to their widest, wherever its row is sorted. One pass over
        the rows keeps one item per distinct combination (in C: 25 ms for 100,000 rows)."""
        if len(self._rows) <= past:
            return {}
        for kept in self._few:
            if kept[0] is self._set and kept[1] is self._palette:
                # a set shown before (a reset shows every item again): its texts, kept newest
                self._few = [*(k for k in self._few if k is not kept), kept]
                return kept[2]
        one_each = dict(zip(map(attrgetter(*_FEW_VALUES), self._rows), self._rows, strict=True))
        few = {
            COLUMNS.index(next(c for c in COLUMNS if c[0] == key)): sorted(
                {self._text(item, key) for item in one_each.values()}
            )
            for key in _FEW_VALUES
        }
        self._few = [*self._few[-1:], (self._set, self._palette, few)]
        return few

    def texts(self, rows: list[int], column: int) -> set[str]:
        """The distinct texts ``column`` shows in ``rows`` (what the panel's fit measures)."""
        key = COLUMNS[column][0]
        return {self._text(self._rows[row], key) for row in rows}

    def row_of(self, item_id: str) -> int | None:
        return self._row_index.get(item_id)

    def item(self, row: int) -> Item:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def _icon(self, item: Item) -> QIcon:
        sides, numbers = self._palette.get("sides", {}), self._palette.get("numbers", {})
        if item.side and item.side in sides:
            return kind_icon(item.kind, sides[item.side], numbers.get(item.side))
        return kind_icon(item.kind, self._palette.get("kinds", {}).get(item.kind))

    def _text(self, item: Item, key: str) -> str:
        if key == "type":
            return item.type.replace("_", " ")
        if key == "kind":  # "conflict area", as the legend says
            return KIND_LABELS.get(item.kind, item.kind).lower()
        if key == "date":
            return item.date or ("undated" if item.kind == "event" else "")
        if key == "theatre":
            return self._items.theatre_names.get(item.theatre, item.theatre) if item.theatre else ""
        if key == "side":
            number = self._palette.get("numbers", {}).get(item.side)
            return f"{number} · {item.side}" if item.side and number else item.side or ""
        if key == "outlets":
            return outlets_text(item, self._items)
        if key == "where":
            return where_text(item)
        value = getattr(item, key)
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the roles answered, checked before the index is read: a view asks for a dozen
        # roles per cell (font, alignment, size hint...) and most of them get None
        if role not in _ROLES or not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == self.ID_ROLE:
            return item.id
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item) if key == "name" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#999999") if item.review == "rejected" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, key)
        text = self._text(item, key)  # the tooltip: article text, never markup
        return plain_tip(text) if text else None


_ROLES = frozenset(
    {
        ItemsModel.ID_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
