"""The timeline: a histogram of dated events with a two-handle range under it.

Binning is explorer.timeline's; this module paints it and turns handle moves into
``range_changed(start_iso | None, end_iso | None)``. A handle at either end of the data means
"open", so the filter never cuts off what lies outside the data shown now.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from explorer.palette import KIND_COLOURS
from explorer.vocabulary import UNITS, Unit

if TYPE_CHECKING:  # the item contract and the bins: imported with the first events
    from explorer.items import Item
    from explorer.timeline import Histogram

_KIND = attrgetter("kind")

MARGIN = 12  # horizontal inset shared by the bars and the handles so that they line up
SELECTED = QColor(KIND_COLOURS["event"])  # the events' own colour
UNSELECTED = QColor("#C9C4BB")
TRACK = QColor("#B9B3A8")
HANDLE = QColor("#0072B2")


# A bar no wider than this, centred in its slot (under its handle): one dated event drew a
# black block the width of the window, a few of them blocks that read as a fault
MAX_BAR = 36


def _slot_width(width: int, count: int) -> float:
    return (width - 2 * MARGIN) / max(count, 1)


def _empty() -> Histogram:
    """The bins of no events (before the first are shown)."""
    from explorer.timeline import Histogram

    return Histogram(unit="month")


class HistogramView(QWidget):
    """Bars per bin; bins outside the selection are greyed, approximate dates hatched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._histogram: Histogram | None = None  # none yet: no dated events
        self.selection = (0, 0)
        # bars of 24 pixels at the least, under their caption and over their axis: at 90 the
        # timeline held the window taller than a 1280 x 720 screen
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(320, 120)

    @property
    def histogram(self) -> Histogram:
        if self._histogram is None:
            self._histogram = _empty()
        return self._histogram

    def set_histogram(self, value: Histogram, selection: tuple[int, int]) -> None:
        self._histogram = value
        self.selection = selection
        self.update()

    def set_selection(self, first: int, last: int) -> None:
        self.selection = (first, last)
        self.update()

    def scale_caption(self) -> str:
        """What the tallest bar stands for, written over the bars ("3 events in the busiest
        month"), so that their height reads as a number."""
        peak = self.histogram.peak
        return f"{peak} event{'s' * (peak != 1)} in the busiest {self.histogram.unit}"

    def bin_at(self, x: float) -> int | None:
        n = len(self.histogram.bins)
        if not n:
            return None
        i = int((x - MARGIN) // _slot_width(self.width(), n))
        return i if 0 <= i < n else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.bin_at(event.position().x())
        if i is None:
            QToolTip.hideText()
        else:
            b = self.histogram.bins[i]
            note = f", {b.approximate} dated only by a longer period" if b.approximate else ""
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{b.label}: {b.count} event{'s' * (b.count != 1)}{note}",
                self,
            )
        super().mouseMoveEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = self.rect()
        text_h = self.fontMetrics().height()
        bins = () if self._histogram is None else self._histogram.bins
        painter.setPen(self.palette().color(self.foregroundRole()))
        if not bins:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "No dated events")
            return
        top = text_h + 2
        base = rect.height() - text_h - 4
        peak = max(self.histogram.peak, 1)
        slot = _slot_width(rect.width(), len(bins))
        gap = 1.0 if slot > 4 else 0.0
        first, last = self.selection
        for i, b in enumerate(bins):
            if not b.count:
                continue
            colour = SELECTED if first <= i <= last else UNSELECTED
            bar = min(slot - gap, MAX_BAR)
            x = MARGIN + i * slot + (slot - bar) / 2
            h = (base - top) * b.count / peak
            exact_h = (base - top) * (b.count - b.approximate) / peak
            painter.fillRect(QRectF(x, base - h, bar, h), colour)
            if b.approximate:
                painter.fillRect(QRectF(x, base - h, bar, h - exact_h), QBrush(colour.lighter(150)))
                painter.fillRect(
                    QRectF(x, base - h, bar, h - exact_h),
                    QBrush(colour.darker(140), Qt.BrushStyle.BDiagPattern),
                )
        painter.setPen(QPen(TRACK, 1))
        painter.drawLine(QPointF(MARGIN, base + 0.5), QPointF(rect.width() - MARGIN, base + 0.5))
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            QRectF(MARGIN, 0, rect.width() - 2 * MARGIN, text_h),
            Qt.AlignmentFlag.AlignLeft,
            self.scale_caption(),
        )
        self._draw_axis(painter, base + 2, text_h, slot)

    def _draw_axis(self, painter: QPainter, y: float, text_h: int, slot: float) -> None:
        bins = self.histogram.bins
        metrics = self.fontMetrics()
        right_edge = self.width() - MARGIN
        last_label = bins[-1].label
        last_x = right_edge - metrics.horizontalAdvance(last_label)
        # labels under their bars when the bars are narrower than their slots
        centred = slot - 1 > MAX_BAR
        if centred:
            middle = MARGIN + (len(bins) - 0.5) * slot
            last_x = min(last_x, middle - metrics.horizontalAdvance(last_label) / 2)
        painter.drawText(QPointF(last_x, y + metrics.ascent()), last_label)
        drawn_to = -1.0
        unit = self.histogram.unit
        for i, b in enumerate(bins[:-1]):  # the last one is drawn at the right edge
            if unit == "day":  # months on a day axis
                starts, label = b.start.day == 1, f"{b.label.split(' ', 1)[1]}"
            elif unit == "month":  # years on a month axis
                starts, label = b.start.month == 1, str(b.start.year)
            else:
                starts, label = True, b.label
            if i != 0 and not starts:
                continue
            if i == 0:
                label = b.label
            width = metrics.horizontalAdvance(label)
            x = MARGIN + i * slot
            if centred:
                x = max(float(MARGIN), x + (slot - width) / 2)
            if x < drawn_to + 6 or x + width > last_x - 6:
                continue
            painter.drawText(QPointF(x, y + metrics.ascent()), label)
            drawn_to = x + width


class RangeSlider(QWidget):
    """Two handles over positions 0..maximum. Mouse: drag the nearer handle. Keyboard: Tab
    moves from the lower handle to the upper one and on out; arrows, Page Up/Down, Home and
    End move the handle that has focus."""

    values_changed = Signal(int, int)
    released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maximum = 0
        self.lower = 0
        self.upper = 0
        self.active = 0  # 0 lower handle, 1 upper handle
        self.dragging = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Date range")

    def sizeHint(self) -> QSize:
        return QSize(320, 26)

    def set_maximum(self, maximum: int) -> None:
        self.maximum = max(0, maximum)
        self.set_values(self.lower, self.upper, quiet=True)
        self.setEnabled(self.maximum > 0)

    def set_values(self, lower: int, upper: int, quiet: bool = False) -> None:
        lower = max(0, min(lower, self.maximum))
        upper = max(lower, min(upper, self.maximum))
        if (lower, upper) == (self.lower, self.upper):
            return
        self.lower, self.upper = lower, upper
        self.update()
        if not quiet:
            self.values_changed.emit(lower, upper)

    def x_of(self, value: int) -> float:
        return MARGIN + (value + 0.5) * _slot_width(self.width(), self.maximum + 1)

    def value_at(self, x: float) -> int:
        slot = _slot_width(self.width(), self.maximum + 1)
        return max(0, min(self.maximum, int((x - MARGIN) // slot)))

    def _move_active(self, value: int) -> None:
        if self.active == 0:
            self.set_values(min(value, self.upper), self.upper)
        else:
            self.set_values(self.lower, max(value, self.lower))

    # -- mouse ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.maximum:
            return super().mousePressEvent(event)
        x = event.position().x()
        value = self.value_at(x)
        to_lower = abs(x - self.x_of(self.lower))
        to_upper = abs(x - self.x_of(self.upper))
        if to_lower == to_upper:  # handles together: pick by direction
            self.active = 0 if value <= self.lower else 1
        else:
            self.active = 0 if to_lower < to_upper else 1
        self.dragging = True
        self._move_active(value)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self._move_active(self.value_at(event.position().x()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.dragging = False
            self.released.emit()

    # -- keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.lower if self.active == 0 else self.upper
        page = max(1, (self.maximum + 1) // 6)
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Down: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Up: current + 1,
            Qt.Key.Key_PageDown: current - page,
            Qt.Key.Key_PageUp: current + page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: self.maximum,
        }
        key = Qt.Key(event.key())
        if key in moves and self.maximum:
            self._move_active(moves[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.maximum:  # Qt asks the widget that has the Tab key, i.e. this one
            if forward and self.active == 0:
                self.active = 1
                self.update()
                return True
            if not forward and self.active == 1:
                self.active = 0
                self.update()
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.active = 0
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.active = 1
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        y = self.height() / 2
        painter.setPen(QPen(TRACK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(MARGIN, y), QPointF(self.width() - MARGIN, y))
        if not self.isEnabled():
            return
        x0, x1 = self.x_of(self.lower), self.x_of(self.upper)
        painter.setPen(QPen(HANDLE, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        for index, x in enumerate((x0, x1)):
            focused = self.hasFocus() and index == self.active
            painter.setPen(QPen(QColor("#000000") if focused else HANDLE, 3 if focused else 1.5))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(QPointF(x, y), 7, 7)


class TimelinePanel(QWidget):
    range_changed = Signal(object, object)  # start ISO date or None, end ISO date or None
    folded_changed = Signal(bool)  # the analyst folded (True) or unfolded the bars

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._histogram: Histogram | None = None  # none yet: no dated events
        self.view = HistogramView(self)
        self.slider = RangeSlider(self)
        self.slider.set_maximum(0)
        self.range_label = QLabel("", self)
        self.undated_label = QLabel("", self)
        self.undated_label.setWordWrap(True)
        self.all_button = QPushButton("&All dates", self)
        self.all_button.setToolTip("Show events of every date")
        self.unit_box = QComboBox(self)
        self.unit_box.setAccessibleName("Bins")
        self.unit_box.setToolTip("Bars per day, month or year (Auto: the finest the dates allow)")
        self.unit_box.addItem("Auto", None)
        for unit in UNITS:
            self.unit_box.addItem(f"{unit.capitalize()}s", unit)
        # Folded, the timeline is its line of text and its buttons (the range, how many
        # undated, All dates), and the map has the bars' room: at 1280 x 760 the bars, their
        # handles and two lines of text took 168 of 760 pixels
        self.fold_button = QToolButton(self)
        self.fold_button.setCheckable(True)
        self.fold_button.setChecked(True)
        self.fold_button.setAccessibleName("Timeline bars")
        self.fold_button.setToolTip(
            "Show or fold the timeline's bars (folded, the map has their room)"
        )
        self._bars = True  # some event is dated: there are bars to show
        self.folded = False
        self._items: Iterable[Item] = []
        self._include_undated = True
        # dated events the other filters (search, conflict, kind...) let through; None when
        # none is in force: the bars count every event, the map may show fewer
        self._passing: int | None = None
        self._range: tuple[str | None, str | None] = (None, None)
        self._emitted: tuple[str | None, str | None] = (None, None)
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._on_emit_timer)

        row = QHBoxLayout()
        row.addWidget(self.fold_button)
        row.addWidget(self.range_label, 1)
        row.addWidget(self.unit_box)
        row.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.slider)
        layout.addLayout(row)
        layout.addWidget(self.undated_label)

        self.slider.values_changed.connect(self._on_slider_moved)
        self.slider.released.connect(self._on_slider_released)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.unit_box.currentIndexChanged.connect(self._on_unit_changed)
        self.fold_button.clicked.connect(self._on_fold_clicked)
        self._refresh_labels()
        self._show_parts()

    @property
    def histogram(self) -> Histogram:
        if self._histogram is None:
            self._histogram = _empty()
        return self._histogram

    # -- public API -----------------------------------------------------------------------------
    def set_events(self, items: Iterable[Item]) -> None:
        """Show new data; the chosen range is kept in dates where the data still reaches."""
        from explorer.items import ItemSet
        from explorer.timeline import histogram

        if isinstance(items, ItemSet):
            # its events and their dates counted once per set, kept with it (a change of
            # bins reads them again)
            self._items = items
            self._histogram = histogram(items.events, self.unit(), counted=items.event_dates)
        else:
            # the kinds read and compared by C-level maps (100,000 events and more)
            every = list(items)
            self._items = list(compress(every, map("event".__eq__, map(_KIND, every))))
            self._histogram = histogram(self._items, self.unit())
        n = len(self.histogram.bins)
        start, end = self._range
        first = self.histogram.index_of(start, at_end=False)
        last = self.histogram.index_of(end, at_end=True)
        self.slider.set_maximum(max(n - 1, 0))
        self.slider.set_values(first, last, quiet=True)
        self.view.set_histogram(self.histogram, (self.slider.lower, self.slider.upper))
        self._range = self.histogram.range_of(self.slider.lower, self.slider.upper)
        if n == 0:
            self._range = (start, end)  # nothing dated to judge by: keep the analyst's range
        self.show_bars(n > 0)
        self._refresh_labels()
        self._schedule()

    def show_bars(self, shown: bool) -> None:
        """Show the bars, their handles and bins, or only the lines of text: with no event
        dated, the empty panel held 170 pixels under the map, "No dated events" written
        twice."""
        self._bars = shown
        self._show_parts()
        self._refresh_labels()

    def set_folded(self, folded: bool) -> None:
        """Fold the bars away (their line of text and buttons kept), or show them."""
        self.folded = folded
        self.fold_button.setChecked(not folded)
        self._show_parts()
        self._refresh_labels()

    def _show_parts(self) -> None:
        bars = self._bars and not self.folded
        for widget in (self.view, self.slider, self.unit_box):
            widget.setVisible(bars)
        self.all_button.setVisible(self._bars)
        self.fold_button.setVisible(self._bars)
        self.fold_button.setText("▾ Bars" if bars else "▸ Bars")
        # folded, the undated events are counted on the range's line (see _refresh_labels)
        self.undated_label.setVisible(bars or not self._bars)

    def set_range(self, start: str | None, end: str | None) -> None:
        """Move the handles to cover these dates without announcing it (the filter said so)."""
        first = self.histogram.index_of(start, at_end=False)
        last = self.histogram.index_of(end, at_end=True)
        self.slider.set_values(first, last, quiet=True)
        self.view.set_selection(self.slider.lower, self.slider.upper)
        self._range = (
            (start, end)
            if not self.histogram.bins
            else self.histogram.range_of(self.slider.lower, self.slider.upper)
        )
        self._emitted = self._range
        self._refresh_labels()

    def range(self) -> tuple[str | None, str | None]:
        return self._range

    def unit(self) -> Unit | None:
        """The bins asked for; None lets the dates decide."""
        return self.unit_box.currentData()

    def set_unit(self, unit: Unit | None) -> None:
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))

    def set_passing(self, dated: int | None) -> None:
        """How many dated events the other filters let through (None: no other filter), said
        beside the range's count so that "33 of 33" does not stand for a map of three."""
        self._passing = dated
        self._refresh_labels()

    def set_include_undated(self, include: bool) -> None:
        self._include_undated = include
        self._refresh_labels()

    def reset(self) -> None:
        self.slider.set_values(0, self.slider.maximum)

    def flush(self) -> None:
        if self._emit_timer.isActive():
            self._emit_timer.stop()
            self._on_emit_timer()

    # -- events ---------------------------------------------------------------------------------
    def _on_slider_moved(self, first: int, last: int) -> None:
        self.view.set_selection(first, last)
        self._range = self.histogram.range_of(first, last)
        self._refresh_labels()
        if not self.slider.dragging:  # while dragging, announce once on release
            self._schedule()

    def _on_slider_released(self) -> None:
        self._schedule()

    def _on_all_clicked(self) -> None:
        self.reset()

    def _on_fold_clicked(self) -> None:
        self.set_folded(not self.fold_button.isChecked())
        self.folded_changed.emit(self.folded)

    def _on_unit_changed(self, _index: int) -> None:
        start, end = self._range
        self.set_events(self._items)
        self.set_range(start, end)

    def _schedule(self) -> None:
        if not self._emit_timer.isActive():
            self._emit_timer.start()

    def _on_emit_timer(self) -> None:
        if self._range != self._emitted:
            self._emitted = self._range
            self.range_changed.emit(*self._range)

    def _refresh_labels(self) -> None:
        bins = () if self._histogram is None else self._histogram.bins
        if bins:
            first, last = bins[self.slider.lower], bins[self.slider.upper]
            span = first.label if first is last else f"{first.label} – {last.label}"
            shown = self.histogram.count_between(*self._range)
            whole = self._range == (None, None)
            text = f"{span}: {shown} of {self.histogram.dated} dated events"
            text += "" if whole else " (range set)"
            if self._passing is not None and self._passing != shown:
                text += f"; {self._passing} shown with the other filters"
            self.range_label.setText(text)
        else:
            text = "No dated events"
            self.range_label.setText(text)
        self.all_button.setEnabled(self._range != (None, None))
        n = 0 if self._histogram is None else self._histogram.undated
        if bins and self.folded and n:  # the undated line is hidden: its count goes here
            self.range_label.setText(f"{text}; {n} undated")
        if n == 0:
            self.undated_label.setText("No undated events")
        else:
            # out of how many, and why they have no bar: "32 undated events: always shown"
            # under 4 bars over 1961-2015 left the analyst to guess where 32 of 36 events were
            total = n + self.histogram.dated
            how = "always shown" if self._include_undated else "hidden by the filter"
            some = f"{n} of {total} events" if n < total else f"All {n} events"
            self.undated_label.setText(
                f"{'The one event' if total == 1 else some} undated (no date found in "
                f"{'its article' if n == 1 else 'their articles'}): not on the timeline, {how}"
            )
        self.range_label.setToolTip(self.undated_label.text() if self.folded else "")
