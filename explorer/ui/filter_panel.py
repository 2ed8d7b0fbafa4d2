"""The filter panel: tick which kinds, conflicts, sides, actors, event types, sources and review
states to show. The filters belong to the workspace; this panel shows them (``set_state``) and
turns the analyst's clicks into requests (its signals), nothing more."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.plaintext import plain_tip
from explorer.vocabulary import VALUE_DIMENSIONS
from explorer.workspace import Workspace

if TYPE_CHECKING:  # the item contract: imported where first used, not at the window's build
    from explorer.filters import Facet, FilterState

TITLES = {
    "kinds": "Kind",
    "theatres": "Conflict",
    "sides": "Side",
    "actors": "Actor (power or party)",
    "event_types": "Event type",
    "sources": "Source",
    "review_states": "Review state",
}
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


class FilterPanel(QWidget):
    value_toggled = Signal(str, str, bool)  # dimension, value, shown
    group_toggled = Signal(str, bool)  # dimension, every value shown (True) or none (False)
    show_rejected_toggled = Signal(bool)
    include_undated_toggled = Signal(bool)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            group.setCheckState(0, _CHECKED)
            group.setData(0, VALUE_ROLE, dimension)
            self._groups[dimension] = group
        self._state: FilterState | None = None  # the workspace's, once it has any
        self._workspace: Workspace | None = None
        self._filling = False
        self._opened: set[str] = set()
        self._hidden = False  # behind another tab: see set_shown
        self._stale = False  # the data changed while the panel was hidden

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_rejected)
        layout.addWidget(self.include_undated)
        layout.addLayout(buttons)

        self.tree.itemChanged.connect(self._on_item_changed)
        self.show_rejected.toggled.connect(self._on_show_rejected_toggled)
        self.include_undated.toggled.connect(self._on_include_undated_toggled)
        self.reset_button.clicked.connect(self.reset_requested)
        self._update_summary()

    def bind(self, workspace: Workspace) -> None:
        """Show the workspace's filters and send the analyst's clicks to it."""
        self._workspace = workspace
        workspace.analysis_changed.connect(self._on_analysis_changed)
        workspace.filters_changed.connect(self.set_state)
        self.value_toggled.connect(workspace.allow)
        self.group_toggled.connect(self._show_all_or_none)
        self.show_rejected_toggled.connect(workspace.set_show_rejected)
        self.include_undated_toggled.connect(self._show_undated)
        self.reset_requested.connect(workspace.reset_filters)
        self._on_analysis_changed()

    def _on_analysis_changed(self) -> None:
        """New data: its values and counts, now, or when the panel is next shown if it is
        hidden (behind the Items tab): on a large project counting and filling the boxes
        takes a second that opening the project need not wait for."""
        if self._workspace is None:
            return
        if self._workspace.untouched:  # the window's build: no values, no filters read yet
            self._update_summary()
            return
        if self._hidden:
            self._stale = True
            self.set_state(self._workspace.filters)
            return
        self._refill()

    def _refill(self) -> None:
        if self._workspace is not None:
            self._stale = False
            self.set_facets(self._workspace.facets())
            self.set_state(self._workspace.filters)

    def set_shown(self, shown: bool) -> None:
        """Whether the analyst can see the panel (its dock's tab is in front)."""
        self._hidden = not shown
        if shown and self._stale:
            self._refill()

    def _current(self) -> None:
        """Fill the boxes now if the data changed while the panel was hidden."""
        if self._stale:
            self._refill()

    def _show_all_or_none(self, dimension: str, on: bool) -> None:
        if self._workspace is not None:
            self._workspace.allow_only(dimension, None if on else ())

    def _show_undated(self, on: bool) -> None:
        if self._workspace is not None:
            self._workspace.update_filters(include_undated=on)

    # -- showing ------------------------------------------------------------------------------
    def set_facets(self, facets: Mapping[str, Sequence[Facet]]) -> None:
        """Show the values the data has now, ticked as the state in force says."""
        self._filling = True
        try:
            for dimension in VALUE_DIMENSIONS:
                self._fill_group(dimension, list(facets.get(dimension, ())))
        finally:
            self._filling = False

    def set_state(self, state: FilterState) -> None:
        """Show the filters in force (the workspace's); announces nothing."""
        self._state = state
        self._filling = True
        try:
            for dimension in VALUE_DIMENSIONS:
                self._apply_ticks(dimension)
            self.show_rejected.setChecked(state.show_rejected)
            self.include_undated.setChecked(state.include_undated)
        finally:
            self._filling = False
        self._update_summary()

    def state(self) -> FilterState:
        if self._state is None:
            from explorer.filters import FilterState

            self._state = FilterState()
        return self._state

    def values(self, dimension: str) -> list[str]:
        self._current()
        group = self._groups[dimension]
        return [group.child(i).data(0, VALUE_ROLE) for i in range(group.childCount())]

    def is_ticked(self, dimension: str, value: str) -> bool:
        self._current()
        group = self._groups[dimension]
        for i in range(group.childCount()):
            if group.child(i).data(0, VALUE_ROLE) == value:
                return group.child(i).checkState(0) == _CHECKED
        raise KeyError((dimension, value))

    def tick(self, dimension: str, value: str, on: bool) -> None:
        """Tick a value as a click would (for keyboard users' scripts and tests)."""
        self._current()
        group = self._groups[dimension]
        for i in range(group.childCount()):
            if group.child(i).data(0, VALUE_ROLE) == value:
                group.child(i).setCheckState(0, _CHECKED if on else _UNCHECKED)
                return
        raise KeyError((dimension, value))

    # -- building the tree ----------------------------------------------------------------------
    def _fill_group(self, dimension: str, values: Sequence[Facet]) -> None:
        group = self._groups[dimension]
        group.takeChildren()
        for facet in values:
            child = QTreeWidgetItem(group, [facet.label, str(facet.count)])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            child.setData(0, VALUE_ROLE, facet.value)
            child.setToolTip(0, plain_tip(facet.value or facet.label))
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        group.setText(1, str(len(values)))
        group.setDisabled(not values)
        if values and dimension not in self._opened and dimension != "sources":
            self._opened.add(dimension)  # open each group once; later the analyst decides
            group.setExpanded(True)
        self._apply_ticks(dimension)

    def _apply_ticks(self, dimension: str) -> None:
        group = self._groups[dimension]
        allowed = None if self._state is None else getattr(self._state, dimension)
        ticked = 0
        for i in range(group.childCount()):
            child = group.child(i)
            on = allowed is None or child.data(0, VALUE_ROLE) in allowed
            ticked += on
            child.setCheckState(0, _CHECKED if on else _UNCHECKED)
        if ticked == group.childCount():
            group.setCheckState(0, _CHECKED)
        else:
            group.setCheckState(0, _UNCHECKED if ticked == 0 else Qt.CheckState.PartiallyChecked)

    # -- events ---------------------------------------------------------------------------------
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        parent = item.parent()
        if parent is None:
            on = item.checkState(0) != _UNCHECKED
            self.group_toggled.emit(item.data(0, VALUE_ROLE), on)
        else:
            self.value_toggled.emit(
                parent.data(0, VALUE_ROLE), item.data(0, VALUE_ROLE), item.checkState(0) == _CHECKED
            )

    def _on_show_rejected_toggled(self, on: bool) -> None:
        if not self._filling:
            self.show_rejected_toggled.emit(on)

    def _on_include_undated_toggled(self, on: bool) -> None:
        if not self._filling:
            self.include_undated_toggled.emit(on)

    def _update_summary(self) -> None:
        n = 0 if self._state is None else self._state.active_count()
        self.summary.setText("No filters" if n == 0 else f"{n} filter{'s' * (n != 1)} active")
        self.reset_button.setEnabled(n > 0)
