"""The main window: composes the map and the panels and wires their signals; nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QProgressBar, QWidget

from explorer.mapview.view import MapView
from explorer.model import Document
from explorer.ui.evidence_panel import EvidencePanel
from explorer.ui.items_panel import ItemsPanel


class MainWindow(QMainWindow):
    open_requested = Signal()
    selection_changed = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("explorer")
        self.resize(1500, 920)
        self.map = MapView(self)
        self.setCentralWidget(self.map)
        self.items = ItemsPanel(self)
        self.evidence = EvidencePanel(self)
        self._dock(self.items, "Items", Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock(self.evidence, "Evidence", Qt.DockWidgetArea.RightDockWidgetArea)
        self.status = QLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._features: dict[str, dict] = {}
        self._documents: dict[str, Document] = {}
        self._build_menu()
        self.map.feature_clicked.connect(self._on_map_clicked)
        self.items.item_selected.connect(self._on_row_selected)

    def _dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        dock.setMinimumWidth(340)
        return dock

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open folder or articles…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_requested)
        file_menu.addAction(open_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def show_collection(self, collection: dict, documents: list[Document], fit: bool) -> None:
        features = collection.get("features", [])
        self._features = {f["properties"]["id"]: f for f in features}
        self._documents = {d.id: d for d in documents}
        self.items.set_features(features)
        self.map.set_features(collection, fit=fit)
        self.status.setText(f"{len(documents)} articles · {len(features)} items")

    def select(self, item_id: str, fly: bool = True) -> None:
        feature = self._features.get(item_id)
        if feature is None:
            return
        self.map.select(item_id, fly=fly)
        self.items.select(item_id)
        self.evidence.show_item(feature["properties"], self._documents)
        self.selection_changed.emit(item_id)

    def show_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setVisible(done < total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(what)

    def _on_map_clicked(self, item_id: str) -> None:
        self.select(item_id, fly=False)

    def _on_row_selected(self, item_id: str) -> None:
        self.select(item_id, fly=True)

    def closeEvent(self, event) -> None:
        self.map.shutdown()
        super().closeEvent(event)
