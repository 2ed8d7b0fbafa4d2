"""The analyst's path, twenty-first pass (uxlook14): what uxlook13 left. The Sides table of
every conflict at a laptop's 1280 x 760 scrolled sideways when a name's long word ("Revolutionary")
and its side's badge left the columns' least widths wider than the dock, even with the speakers
folded under their claims: "Sources" cut at the dock's edge, the speakers out of sight."""

from __future__ import annotations

import re

import pytest

from tests.test_analyst_path11 import _close, _template
from tests.test_ux_uxlook9 import ROOT, _window
from tests.test_ux_uxlook10 import _every_conflict_in_the_panel

STANCES18 = ROOT / "benchmarks" / "data" / "stances_fresh18" / "docs"
SOFT = "\u00ad"


@pytest.fixture(scope="module")
def _stances18_template(tmp_path_factory):
    return _template(tmp_path_factory, STANCES18)


def _no_sideways_scroll(table) -> None:
    bar = table.horizontalScrollBar()
    assert bar.maximum() == bar.minimum(), (bar.minimum(), bar.maximum())


def test_a_long_word_breaks_and_the_sides_table_fits_a_laptops_dock(request, qtbot, tmp_path):
    """All conflicts of stances_fresh18 at 1280 x 760: folded, the least widths came to 384
    pixels of 375 (411 with a wrapped line's margins); on 6aaf2b09 the speakers stayed in
    their column, at 384-461 pixels, "Sources" cut at 375. The Power column's longest word
    breaks with a hyphen ("Revolu-tionary"), its whole name in the tooltip and in the sort:
    every column in the dock, the speakers under their claims, no cell cut, no other word
    broken."""
    from PySide6.QtCore import Qt

    from explorer.ui.sides_panel import COLUMNS

    state = _window(qtbot, tmp_path, STANCES18, request.getfixturevalue("_stances18_template"))
    try:
        sides = state.window.sides
        _every_conflict_in_the_panel(qtbot, sides)
        _no_sideways_scroll(sides.table)
        from explorer.ui.sides_panel import SORT_ROLE

        power = COLUMNS.index("Power")
        broken = []
        for row in range(sides.model.rowCount()):
            for column in range(len(COLUMNS)):
                item = sides.model.item(row, column)
                if SOFT in item.text():
                    broken.append(item)
        farc = "Revolutionary Armed Forces of Colombia (FARC)"
        # the fewest cells broken: the FARC's name in its two rows as power and one as party,
        # and Zimbabwe, one pixel short of its column (each other choice breaks more)
        assert len(broken) <= 4, [b.text() for b in broken]
        for item in broken:
            plain = item.text().replace(SOFT, "")
            assert plain in item.toolTip() and item.data(SORT_ROLE) == plain
            assert item.data(Qt.ItemDataRole.DecorationRole) is not None  # its badge kept
            pieces = [w.split(SOFT) for w in re.split("[ \n]", item.text())]
            assert all(len(p[0]) >= 3 and len(p[-1]) >= 3 for p in pieces if len(p) > 1)
        names = [b.text().replace(SOFT, "") for b in broken if b.column() == power]
        assert farc in names, names
        # only the words too wide for the column take break points
        item = next(b for b in broken if b.text().replace(SOFT, "") == farc)
        assert item.text().split()[1:3] == ["Armed", "Forces"], item.text()
    finally:
        _close(state)


# Names of other senses, written for this test: long words in every column of names
LONG = {
    "theatres": [
        {
            "name": "Transdniestrian dispute",
            "id": "t1",
            "stances": [
                {
                    "power": "Internationalist Confederation",
                    "relation": "backs",
                    "party": "Transdniestrian administration",
                    "evidence": [{"doc": "a.txt", "start": 0, "end": 5, "text": "Alpha"}],
                    "years": [1992, 1994],
                    "independent_outlets": 12,
                    "claimed_by": "Parliamentarians' Commissioner",
                },
                {
                    "power": "Czechoslovakia",
                    "relation": "opposes",
                    "party": "Counterrevolutionaries",
                    "evidence": [{"doc": "b.txt", "start": 0, "end": 4, "text": "Beta"}],
                    "years": [1968],
                    "independent_outlets": 3,
                },
            ],
        },
        {
            "name": "Chaco war",
            "id": "t2",
            "stances": [
                {
                    "power": "Bolivia",
                    "relation": "opposes",
                    "party": "Paraguay",
                    "evidence": [{"doc": "c.txt", "start": 0, "end": 5, "text": "Gamma"}],
                    "years": [1932],
                    "independent_outlets": 1,
                },
            ],
        },
    ]
}
PALETTE = {
    "sides": {
        "Internationalist Confederation": "#E69F00",
        "Czechoslovakia": "#56B4E9",
        "Transdniestrian administration": "#009E73",
        "Counterrevolutionaries": "#CC79A7",
    },
    "numbers": {
        "Internationalist Confederation": 11,
        "Czechoslovakia": 12,
        "Transdniestrian administration": 13,
        "Counterrevolutionaries": 14,
    },
}


def long_names_panel(qtbot, width: int):
    """A Sides panel ``width`` pixels wide showing every conflict of ``LONG``, laid out, the
    table with no sideways scroll."""
    from explorer.ui.sides_panel import ALL_THEATRES, SidesPanel

    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_sides(LONG, PALETTE)
    assert panel.select_theatre(ALL_THEATRES)
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 3)
    _no_sideways_scroll(panel.table)
    return panel


@pytest.mark.parametrize("width", [400, 360])
def test_names_of_other_senses_break_their_long_words_to_fit_a_narrow_panel(qtbot, width):
    """A panel narrower than its names' longest words with their badges (a power, a party
    and a speaker each of one word of 14 to 22 letters): on 6aaf2b09 the table scrolled
    sideways. The long words break (a soft hyphen where each breaks, pieces of three letters
    or more), every column in the panel, no cell cut; at a width where they fit whole
    (600 pixels) no word breaks."""
    from explorer.ui.sides_panel import COLUMNS
    from tests.test_analyst_path10 import _cut

    panel = long_names_panel(qtbot, width)
    table = panel.table
    shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in shown)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    cut = [_cut(table, r, c) for r in range(table.model().rowCount()) for c in shown]
    assert [c for c in cut if c] == [], cut
    texts = [str(table.model().index(r, c).data()) for r in range(3) for c in shown]
    pieces = [w.split(SOFT) for t in texts for w in re.split("[ \n]", t) if SOFT in w]
    assert pieces, texts
    letters = [[sum(ch.isalpha() for ch in p) for p in (w[0], w[-1])] for w in pieces]
    assert all(min(n) >= 3 for n in letters), pieces
    panel.resize(600, 500)
    qtbot.waitUntil(
        lambda: (
            not any(SOFT in str(table.model().index(r, c).data()) for r in range(3) for c in shown)
        )
    )
