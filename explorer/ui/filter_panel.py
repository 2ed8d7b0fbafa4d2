"""The filter panel: tick which kinds, theatres, sides, event types, sources and review states
to show. It only turns the analyst's clicks into a ``FilterState`` (explorer.filters decides what
passes) and announces it once per turn of the event loop, however many boxes changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.filters import VALUE_DIMENSIONS, Facet, FilterState

TITLES = {
    "kinds": "Kind",
    "theatres": "Theatre",
    "sides": "Side or power",
    "event_types": "Event type",
    "sources": "Source",
    "review_states": "Review state",
}
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


class FilterPanel(QWidget):
    filters_changed = Signal(object)  # FilterState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search names, actors and excerpts")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Show", "Items"])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.show_rejected = QCheckBox("Show rejected items", self)
        self.include_undated = QCheckBox("Include undated events", self)
        self.include_undated.setChecked(True)
        self.reset_button = QPushButton("&Reset filters", self)
        self.summary = QLabel("", self)
        self._groups: dict[str, QTreeWidgetItem] = {}
        for dimension in VALUE_DIMENSIONS:
            group = QTreeWidgetItem(self.tree, [TITLES[dimension], ""])
            group.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsAutoTristate
            )
            group.setCheckState(0, _CHECKED)
            group.setData(0, VALUE_ROLE, dimension)
            self._groups[dimension] = group
        # The analyst's choices: values they unticked, by dimension. A value new to the panel
        # starts ticked; a choice is forgotten when its value leaves the data.
        self._unticked: dict[str, set[str]] = {d: set() for d in VALUE_DIMENSIONS}
        self._pending: dict[str, frozenset[str]] = {}  # allow-lists restored before any data
        self._date_range: tuple[str | None, str | None] = (None, None)
        self._filling = False
        self._shown: set[str] = set()
        self._last: FilterState | None = None
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._on_emit_timer)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_rejected)
        layout.addWidget(self.include_undated)
        layout.addLayout(buttons)

        self.tree.itemChanged.connect(self._on_item_changed)
        self.search.textChanged.connect(self._on_control_changed)
        self.show_rejected.toggled.connect(self._on_control_changed)
        self.include_undated.toggled.connect(self._on_control_changed)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self._update_summary()

    # -- public API -----------------------------------------------------------------------------
    def set_facets(self, facets: Mapping[str, Sequence[Facet]]) -> None:
        """Show the values the data has now, keeping the analyst's ticks where values remain."""
        self._filling = True
        try:
            for dimension in VALUE_DIMENSIONS:
                values = list(facets.get(dimension, ()))
                present = {f.value for f in values}
                if dimension in self._pending:
                    allowed = self._pending.pop(dimension)
                    self._unticked[dimension] = present - allowed
                else:
                    self._unticked[dimension] &= present
                self._fill_group(dimension, values)
        finally:
            self._filling = False
        self._schedule()

    def state(self) -> FilterState:
        allow: dict[str, frozenset[str] | None] = {}
        for dimension, group in self._groups.items():
            if dimension in self._pending:
                allow[dimension] = self._pending[dimension]
            elif not self._unticked[dimension]:
                allow[dimension] = None
            else:
                allow[dimension] = frozenset(
                    group.child(i).data(0, VALUE_ROLE)
                    for i in range(group.childCount())
                    if group.child(i).checkState(0) == _CHECKED
                )
        start, end = self._date_range
        return FilterState(
            **allow,
            date_start=start,
            date_end=end,
            include_undated=self.include_undated.isChecked(),
            show_rejected=self.show_rejected.isChecked(),
            text=self.search.text(),
        )

    def set_state(self, state: FilterState) -> None:
        """Restore a state (from settings); value choices wait for data if none is shown yet."""
        self._filling = True
        try:
            for dimension, group in self._groups.items():
                allowed = getattr(state, dimension)
                self._pending.pop(dimension, None)
                if allowed is None:
                    self._unticked[dimension] = set()
                elif group.childCount() == 0:
                    self._pending[dimension] = allowed
                else:
                    present = {
                        group.child(i).data(0, VALUE_ROLE) for i in range(group.childCount())
                    }
                    self._unticked[dimension] = present - allowed
                self._apply_ticks(dimension)
            self.search.setText(state.text)
            self.show_rejected.setChecked(state.show_rejected)
            self.include_undated.setChecked(state.include_undated)
            self._date_range = (state.date_start, state.date_end)
        finally:
            self._filling = False
        self._schedule()

    def set_date_range(self, start: str | None, end: str | None) -> None:
        """The timeline owns the range; the panel carries it in the state it announces."""
        if (start, end) != self._date_range:
            self._date_range = (start, end)
            self._schedule()

    def reset(self) -> None:
        self.set_state(FilterState())

    def flush(self) -> None:
        """Announce a pending change now rather than on the next turn of the event loop."""
        if self._emit_timer.isActive():
            self._emit_timer.stop()
            self._on_emit_timer()

    # -- building the tree ----------------------------------------------------------------------
    def _fill_group(self, dimension: str, values: Sequence[Facet]) -> None:
        group = self._groups[dimension]
        group.takeChildren()
        for facet in values:
            child = QTreeWidgetItem(group, [facet.label, str(facet.count)])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            child.setData(0, VALUE_ROLE, facet.value)
            child.setToolTip(0, facet.value or facet.label)
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        group.setText(1, str(len(values)))
        group.setDisabled(not values)
        if values and dimension not in self._shown:
            self._shown.add(dimension)  # open each group once; later the analyst decides
            group.setExpanded(True)
        self._apply_ticks(dimension)

    def _apply_ticks(self, dimension: str) -> None:
        group = self._groups[dimension]
        unticked = self._unticked[dimension]
        for i in range(group.childCount()):
            child = group.child(i)
            child.setCheckState(
                0, _UNCHECKED if child.data(0, VALUE_ROLE) in unticked else _CHECKED
            )
        if group.childCount() == 0:
            group.setCheckState(0, _CHECKED)

    def _read_ticks(self, dimension: str) -> None:
        group = self._groups[dimension]
        self._unticked[dimension] = {
            group.child(i).data(0, VALUE_ROLE)
            for i in range(group.childCount())
            if group.child(i).checkState(0) != _CHECKED
        }

    # -- events ---------------------------------------------------------------------------------
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        parent = item.parent()
        dimension = (parent or item).data(0, VALUE_ROLE)
        self._pending.pop(dimension, None)
        self._read_ticks(dimension)
        self._schedule()

    def _on_control_changed(self, *_args) -> None:
        if not self._filling:
            self._schedule()

    def _on_reset_clicked(self) -> None:
        self.reset()

    def _schedule(self) -> None:
        self._update_summary()
        if not self._emit_timer.isActive():
            self._emit_timer.start()

    def _on_emit_timer(self) -> None:
        state = self.state()
        if state != self._last:
            self._last = state
            self.filters_changed.emit(state)

    def _update_summary(self) -> None:
        n = self.state().active_count()
        self.summary.setText("No filters" if n == 0 else f"{n} filter{'s' * (n != 1)} active")
        self.reset_button.setEnabled(n > 0)
