"""Let the analyst choose the colour of each kind and side (View > Colours…)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class PaletteDialog(QDialog):
    """Rows of kinds and sides with their colours; double-click a row to change it.

    ``overrides()`` gives only what the analyst changed, so defaults keep following the
    data (a side new to a later corpus still gets its own distinct colour).
    """

    def __init__(self, palette: dict, overrides: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Colours")
        self._defaults = {**palette.get("kinds", {}), **palette.get("sides", {})}
        self._overrides = dict(overrides)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(["Kind or side", "Colour"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._on_restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Double-click a row to choose its colour.", self))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(420, 480)
        self._fill()

    def _fill(self) -> None:
        names = list(self._defaults)
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            colour = self._overrides.get(name, self._defaults[name])
            self.table.setItem(row, 0, QTableWidgetItem(name))
            swatch = QTableWidgetItem(colour)
            swatch.setBackground(QColor(colour))
            swatch.setForeground(QColor("white" if QColor(colour).lightness() < 128 else "black"))
            self.table.setItem(row, 1, swatch)

    def set_colour(self, name: str, colour: str) -> None:
        if name not in self._defaults or not QColor(colour).isValid():
            raise ValueError(f"cannot colour {name!r} {colour!r}")
        self._overrides[name] = QColor(colour).name()
        self._fill()

    def overrides(self) -> dict[str, str]:
        return {k: v for k, v in self._overrides.items() if self._defaults.get(k) != v}

    def _on_cell_double_clicked(self, row: int, _column: int) -> None:
        name = self.table.item(row, 0).text()
        current = QColor(self._overrides.get(name, self._defaults[name]))
        chosen = QColorDialog.getColor(current, self, f"Colour of {name}")
        if chosen.isValid():
            self.set_colour(name, chosen.name())

    def _on_restore_defaults(self) -> None:
        self._overrides.clear()
        self._fill()
