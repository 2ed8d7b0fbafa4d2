"""The main window: map and panels wired both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from explorer.model import Document
from explorer.ui.main_window import MainWindow
from tests.mapdata import sample_collection

TIMEOUT = 60_000
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    docs = [
        Document(
            id="a.txt",
            path="",
            title="An article",
            text="Ankara",
            sha256="0",
            outlet="Some outlet",
            published="2020-10-01",
        )
    ]
    with qtbot.waitSignal(window.map.rendered, timeout=TIMEOUT):
        window.show_collection(sample_collection(), docs, fit=True)
    yield window
    window.close()


def test_a_map_click_selects_the_row_and_shows_the_evidence(window, qtbot):
    with qtbot.waitSignal(window.selection_changed, timeout=TIMEOUT) as selected:
        window.map.click_feature("place:2")
    assert selected.args == ["place:2"]
    current = window.items.table.currentIndex()
    assert current.isValid()
    assert window.items.proxy.data(current.siblingAtColumn(0)) == "Damascus"
    text = window.evidence.text()
    assert "Damascus" in text and "An article" in text and "Some outlet" in text


def test_a_row_selection_selects_on_the_map(window, qtbot):
    table = window.items.table
    row = next(
        r
        for r in range(window.items.proxy.rowCount())
        if window.items.proxy.index(r, 0).data() == "Pipeline"
    )
    with qtbot.waitSignal(window.map.rendered, timeout=TIMEOUT):
        table.selectRow(row)
    assert window.evidence.current_id == "asset:1"
    assert window.map.console_errors == []


def test_search_filters_the_table(window):
    window.items.search.setText("damas")
    assert window.items.proxy.rowCount() == 1


def test_window_screenshot_from_the_command_line(tmp_path):
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "open", str(ROOT / "seeds"), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
