"""Dialogs for File > Export map… and File > Export brief…: a title (the folder or conflict by
default), the pixel ratio or the paper, and the file to write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

MAP_FORMATS = {"PNG image (*.png)": ".png", "PDF (*.pdf)": ".pdf", "SVG drawing (*.svg)": ".svg"}
SCALES = {"1× (as on screen)": 1.0, "2× (print, slides)": 2.0, "4× (poster)": 4.0}
PAPERS = {"A4": "a4", "Letter": "letter"}


@dataclass(frozen=True)
class MapChoice:
    path: Path
    title: str
    scale: float


@dataclass(frozen=True)
class BriefChoice:
    path: Path
    title: str
    paper: str


class _FileRow(QWidget):
    """A path field with a Browse… button (a save dialog with the given filters)."""

    def __init__(self, filters: dict[str, str], default: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.filters = filters
        self.edit = QLineEdit(default, self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Save as", self.edit.text(), ";;".join(self.filters)
        )
        if path:
            suffix = self.filters.get(chosen, "")
            if suffix and Path(path).suffix.lower() != suffix:
                path += suffix
            self.edit.setText(path)

    def path(self) -> Path:
        return Path(self.edit.text()).expanduser()


class _Dialog(QDialog):
    def __init__(self, caption: str, title: str, filters: dict, default: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(caption)
        self.title = QLineEdit(title, self)
        self.file = _FileRow(filters, default, self)
        self.form = QFormLayout(self)
        self.form.addRow("Title", self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.extension = next(iter(filters.values()))

    def finish(self) -> None:
        self.form.addRow("File", self.file)
        self.form.addRow(self.buttons)

    def _on_accepted(self) -> None:
        if self.file.edit.text().strip():
            self.accept()

    def chosen_path(self) -> Path:
        path = self.file.path()
        return path if path.suffix else path.with_suffix(self.extension)


class MapExportDialog(_Dialog):
    """File > Export map…: title, pixel ratio (1×, 2×, 4×) and a PNG, PDF or SVG file."""

    def __init__(self, title: str, default_path: str, parent: QWidget | None = None):
        super().__init__("Export map", title, MAP_FORMATS, default_path, parent)
        self.scale = QComboBox(self)
        self.scale.addItems(list(SCALES))
        self.form.addRow("Pixels", self.scale)
        self.finish()

    def choice(self) -> MapChoice:
        return MapChoice(
            self.chosen_path(), self.title.text().strip(), SCALES[self.scale.currentText()]
        )


class BriefExportDialog(_Dialog):
    """File > Export brief…: title, paper (A4 or Letter) and a PDF file."""

    def __init__(self, title: str, default_path: str, paper: str, parent: QWidget | None = None):
        super().__init__("Export brief", title, {"PDF (*.pdf)": ".pdf"}, default_path, parent)
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText("Letter" if paper == "letter" else "A4")
        self.form.addRow("Paper", self.paper)
        self.finish()

    def choice(self) -> BriefChoice:
        return BriefChoice(
            self.chosen_path(), self.title.text().strip(), PAPERS[self.paper.currentText()]
        )
