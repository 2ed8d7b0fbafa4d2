"""What an analyst meets on real news nobody on the team wrote: the window's panels and the
command line's filters on evaluation articles (the test is skipped without the corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.pipeline import open_sources
from explorer.ui.timeline_panel import TimelinePanel
from explorer.workspace import Workspace
from tests.articles import eval_folder
from tests.test_cli import run_cli


def workspace_of(folder: Path) -> Workspace:
    opened = open_sources([folder], folder.parent / "project.gpkg")
    ws = Workspace()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    return ws


@pytest.fixture(scope="module")
def cuba_1961(tmp_path_factory) -> Path:
    """A TR-News story whose one dated event is a year: "The US cut ties with Cuba in 1961"."""
    folder = tmp_path_factory.mktemp("cuba") / "news"
    folder.mkdir()
    return eval_folder("trnews", folder, {"trnews-1020003"})


def test_a_year_is_binned_as_a_year_not_as_its_january(cuba_1961, qtbot):
    ws = workspace_of(cuba_1961)
    dated = [i for i in ws.items if i.kind == "event" and i.date_precision != "unknown"]
    assert [(i.date, i.date_precision) for i in dated] == [("1961", "year")]
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 220)
    panel.set_events(ws.items)
    panel.flush()
    assert panel.histogram.unit == "year"
    assert panel.range_label.text() == "1961: 1 of 1 dated events"
    assert panel.view.scale_caption() == "1 event in the busiest year"
