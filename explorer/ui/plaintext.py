"""Text from articles and file names shown as text, never as markup.

Qt guesses whether a label, tooltip or message is rich text (``Qt.mightBeRichText``), so a
title such as ``<img src=...>`` in an article would be rendered. Labels that show data are set to
plain text; tooltips and message boxes go through these helpers.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped, lines kept)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def plain_labels(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def message_box(
    parent: QWidget | None,
    text: str,
    details: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box that shows ``text`` (and ``details``, behind a button) as plain text."""
    box = QMessageBox(icon, "explorer", text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    return box
