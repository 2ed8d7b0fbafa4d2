"""The window under faults: a project another window holds, an uncaught exception, a cancelled
import, and a screenshot of a damaged project (which must end, not wait on a dialog)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from explorer import crashlog
from explorer.app import build
from explorer.pipeline import ingest
from explorer.store import Project
from explorer.ui.faults import FaultReporter
from tests.test_store_faults import held_by_another_process

TIMEOUT = 120_000
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def window(qtbot, tmp_path):
    _, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    controller.interactive = False
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    yield window, controller
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_second_window_opens_a_held_project_read_only(window, qtbot, tmp_path):
    window, controller = window
    project = tmp_path / "shared.gpkg"
    ingest([SEEDS / "000_fac6017f9c5b3381.txt"], project)
    with held_by_another_process(project) as holder:
        op = controller.open_source(project)
        qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
        assert controller.last_error is None
        assert f"process {holder.pid}" in controller.read_only
        assert window.windowTitle().endswith("(read-only)")
        assert "Opened read-only" in window.status.toolTip()
        item = next(iter(controller.workspace.items)).id
        controller.workspace.select(item)
        controller.reject()
        assert "read-only" in controller.review_panel.message_label.text()
        with Project.open(project) as opened:
            assert opened.reviews() == {}  # nothing written behind the other window's back


def test_an_import_reports_each_article_and_a_cancel_keeps_what_was_saved(window, qtbot, tmp_path):
    window, controller = window
    corpus = tmp_path / "corpus"
    for copy in ("a", "b", "c"):
        shutil.copytree(SEEDS, corpus / copy)
    steps: list[tuple[int, int]] = []
    op = controller.open_source(corpus)
    op.progressed.connect(lambda done, total, _what: steps.append((done, total)))
    qtbot.waitUntil(
        lambda: any(total == 15 and done >= 2 for done, total in steps), timeout=TIMEOUT
    )
    window.cancel_button.click()
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
    analysed = [done for done, total in steps if total == 15]
    assert analysed[:3] == [0, 1, 2]  # one step per article, not per batch
    assert op.cancelled and analysed[-1] < 15
    assert window.status.text().startswith("Import cancelled")
    with Project.open(controller.workspace.project or _project_of(corpus)) as opened:
        assert len(opened.known_hashes()) < 15


def _project_of(corpus: Path) -> Path:
    from explorer.pipeline import default_project_for

    return default_project_for(corpus)


def test_an_uncaught_exception_is_logged_and_shown_in_a_dialog(window, qtbot):
    window, _ = window
    reporter = FaultReporter(window, interactive=True)
    try:
        raise RuntimeError("a <b>bug</b> in a slot")
    except RuntimeError as err:
        reporter.report(type(err), err, err.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog.textFormat() == Qt.TextFormat.PlainText
    assert "a <b>bug</b> in a slot" in reporter.dialog.text()
    assert "Traceback" in reporter.dialog.detailedText()
    assert str(crashlog.log_path()) in reporter.dialog.text()
    log = crashlog.log_path().read_text(encoding="utf-8")
    assert "RuntimeError: a <b>bug</b> in a slot" in log and "Traceback" in log
    reporter.dialog.done(0)
    assert reporter.dialog is None


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_reporter_without_a_dialog(window, qtbot, capsys):
    window, _ = window
    reporter = FaultReporter(window, interactive=False).install()
    try:

        def broken() -> None:
            raise ValueError("slot fault")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(reporter.reported), timeout=TIMEOUT)
    finally:
        reporter.uninstall()
    assert reporter.reported == ["ValueError: slot fault"]
    assert reporter.dialog is None
    assert "explorer: internal error: ValueError: slot fault" in capsys.readouterr().err


def test_a_screenshot_of_a_damaged_project_ends_with_one_message(tmp_path):
    project = tmp_path / "damaged.gpkg"
    ingest([SEEDS / "000_fac6017f9c5b3381.txt"], project)
    conn = sqlite3.connect(project)
    conn.execute("UPDATE explorer_meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "explorer",
            "open",
            str(project),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,  # a dialog waiting for a click would hang here
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    ours = [line for line in result.stderr.splitlines() if line.startswith("explorer:")]
    assert ours == [
        f"explorer: {project} is damaged: it says project schema 0, which no explorer wrote"
    ]
    assert not (tmp_path / "x.png").exists()
