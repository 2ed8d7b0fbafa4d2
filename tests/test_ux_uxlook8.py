"""The analyst's path, fifteenth pass (uxlook8): the window on news nobody tuned on
(benchmarks/data/stances_fresh14: fourteen stories, 1977-2025, from Rhodesia to Yemen), at a
laptop's 1280 x 760 and at 1600 x 1000. The Sides table scrolled sideways: the number of
outlets behind each stance was out of sight; what happened in a region was shown from inside
it, with no name on the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.test_analyst_path10 import _cut
from tests.test_analyst_path11 import _close, _open, _template
from tests.test_window import TIMEOUT, Loaded

ROOT = Path(__file__).resolve().parent.parent
FRESH14 = ROOT / "benchmarks" / "data" / "stances_fresh14" / "docs"


@pytest.fixture(scope="module")
def _fresh14_template(tmp_path_factory) -> Path:
    """The folder's articles ingested once for the module."""
    return _template(tmp_path_factory, FRESH14)


def _window(qtbot, tmp_path, template: Path, size: tuple[int, int]) -> Loaded:
    """The window an analyst opens on the folder at ``size``, its project already analysed."""
    return _open(qtbot, tmp_path / "settings.ini", FRESH14, template, size)


def _shown_columns(table) -> list[tuple[str, int, int, int]]:
    """(title, left, right, column) of each column shown, in the table viewport's pixels."""
    model = table.model()
    out = []
    for c in range(model.columnCount()):
        if table.isColumnHidden(c):
            continue
        left = table.columnViewportPosition(c)
        out.append(
            (model.headerData(c, Qt.Orientation.Horizontal), left, left + table.columnWidth(c), c)
        )
    return out


@pytest.mark.parametrize("theatre", ["yemen", "sudan", "__all__"])
def test_a_laptops_sides_table_shows_each_stances_sources(
    _fresh14_template, qtbot, tmp_path, theatre
):
    """At 1280 x 760 the party kept its 150 pixels (or its name's) and the table scrolled
    sideways: on 8a52de7 Yemen's "Sources" stood at 482-560 pixels of a viewport of 369,
    Sudan's at 459-537 (each behind a speaker's column). Every column but the speaker's, now
    last, ends in the panel, and no name, relation, year or number in them is cut (the names
    wrap onto more lines)."""
    state = _window(qtbot, tmp_path, _fresh14_template, (1280, 760))
    try:
        sides = state.window.sides
        qtbot.waitUntil(lambda: sides.select_theatre(theatre), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: sides.table.isVisible(), timeout=TIMEOUT)
        table = sides.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=TIMEOUT)
        width = table.viewport().width()
        columns = _shown_columns(table)
        inside = [title for title, _, right, _ in columns if right <= width]
        assert "Sources" in inside and "Party" in inside, (columns, width)
        assert [t for t, _, right, _ in columns if right > width] in ([], ["Claimed by"]), columns
        cut = [
            _cut(table, r, c)
            for r in range(table.model().rowCount())
            for title, _, _, c in columns
            if title != "Claimed by" and _cut(table, r, c)
        ]
        assert cut == [], cut
    finally:
        _close(state)


def test_a_wide_windows_sides_table_holds_the_speakers_too(_fresh14_template, qtbot, tmp_path):
    """At 1600 x 1000 Sudan's speakers ("an armed group", "an intelligence ...") took a
    column of 104 pixels and pushed the years and the sources out of sight (on 8a52de7 the
    last column ended at 615 pixels of 476). Every column, the speaker's included, now ends
    in the panel."""
    state = _window(qtbot, tmp_path, _fresh14_template, (1600, 1000))
    try:
        sides = state.window.sides
        qtbot.waitUntil(lambda: sides.select_theatre("sudan"), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: sides.table.isVisible(), timeout=TIMEOUT)
        table = sides.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=TIMEOUT)
        columns = _shown_columns(table)
        assert "Claimed by" in [t for t, _, _, _ in columns], columns
        assert max(right for _, _, right, _ in columns) <= table.viewport().width(), columns
    finally:
        _close(state)


DARFUR = "event:e09-afrinz-sudan-accuses-uae-rsf-2023.txt:46:deployment"
JEDDAH = "event:e09-afrinz-sudan-accuses-uae-rsf-2023.txt:1527:meeting"


def test_what_happened_in_a_region_is_shown_at_a_regions_scale(_fresh14_template, qtbot, tmp_path):
    """ "Deployment: United Arab Emirates, Central African Republic, Chad in Darfur", chosen in
    the Items table at 1280 x 760: the map went to Darfur's point at a town's zoom (7), a view
    of 200 km inside the region, grey land and boundaries without a name. It is shown at a
    region's zoom (5), Sudan, Chad and Khartoum named around it; an event in a town (the talks in
    Jeddah) is still shown at a town's."""
    from tests.pages import wait_at_rest

    state = _window(qtbot, tmp_path, _fresh14_template, (1280, 760))
    try:
        view = state.window.map
        zooms = {}
        for item in (DARFUR, JEDDAH):
            state.workspace.select(item)
            described = wait_at_rest(qtbot, view, selected=item)
            zooms[item] = described["view"]["zoom"]
            west, south, east, north = described["bounds"]
            lon, lat = {DARFUR: (24.0, 13.0), JEDDAH: (39.19, 21.49)}[item]
            assert west < lon < east and south < lat < north, (item, described["bounds"])
        assert zooms[DARFUR] == 5, zooms
        assert zooms[JEDDAH] == 7, zooms
    finally:
        _close(state)
