"""The timeline: binning (Qt-free, explorer.timeline) and the panel alone: the histogram, the
two handles by mouse and keyboard, the undated count, and one signal per settled range."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.items import Item
from explorer.timeline import MAX_DAY_BINS, MAX_MONTH_BINS, histogram, precision_of
from explorer.ui.timeline_panel import TimelinePanel


def event(fid, when, precision=None):
    if precision is None:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(when or ""), "unknown")
    return Item(id=fid, kind="event", name=fid, type="meeting", date=when, date_precision=precision)


def place(fid):
    return Item(id=fid, kind="place", name=fid, type="city")


# -- binning ---------------------------------------------------------------------------------
def test_months_for_a_short_span_with_empty_bins_kept():
    h = histogram(
        [
            event("e1", "2020-10-14"),
            event("e2", "2020-10"),
            event("e3", "2021-01-02"),
            event("e4", None),
            place("p"),
        ]
    )
    assert h.unit == "month"
    assert [b.label for b in h.bins] == ["Oct 2020", "Nov 2020", "Dec 2020", "Jan 2021"]
    assert [b.count for b in h.bins] == [2, 0, 0, 1]
    assert h.ids[0] == ("e1", "e2")
    assert h.undated == 1 and h.dated == 3 and h.peak == 2


def test_a_bins_ids_are_gathered_when_first_read():
    # the window never reads a bin's ids: an open of 100,000 events counts them without
    # gathering and sorting their ids; read, they are every bin's events, sorted, a coarser
    # date in the bin where its span starts, the undated and other kinds in none
    events = [
        event("e9", "2021-01-02"),
        event("e2", "2020-10"),
        event("e1", "2020-10-14"),
        event("e4", None),
        event("e5", "2020-12", precision="unknown"),
        event("e3", "2020"),
        place("p"),
    ]
    h = histogram(events, "month")
    assert "ids" not in vars(h)  # counted, not gathered
    assert [b.count for b in h.bins] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1]
    assert h.ids == (("e3",), (), (), (), (), (), (), (), (), ("e1", "e2"), (), (), ("e9",))
    assert h.ids is h.ids  # worked out once
    assert histogram([place("p")]).ids == ()


def test_years_for_a_long_span():
    h = histogram([event("e1", "2014-03-01"), event("e2", "2020"), event("e3", "2020-06")])
    assert h.unit == "year"
    assert [b.label for b in h.bins] == [str(y) for y in range(2014, 2021)]
    assert h.bins[-1].count == 2 and h.bins[-1].approximate == 0


def test_the_unit_switches_after_max_month_bins():
    first = date(2018, 1, 1)
    within = histogram([event("a", first.isoformat()), event("b", "2020-12-31")])
    assert len(within.bins) == MAX_MONTH_BINS and within.unit == "month"
    beyond = histogram([event("a", first.isoformat()), event("b", "2021-01-01")])
    assert beyond.unit == "year"


def test_days_for_a_short_span_of_day_precise_dates():
    h = histogram([event("a", "2020-10-14"), event("b", "2020-10-16"), event("m", "2020-10")])
    assert h.unit == "day"
    assert [b.label for b in h.bins] == ["1 Oct 2020", *(f"{d} Oct 2020" for d in range(2, 17))]
    assert h.bins[0].approximate == 1  # the month-dated one, drawn where its month starts
    assert h.bins[13].count == 1 and h.bins[15].count == 1
    assert h.range_of(13, 13) == ("2020-10-14", "2020-10-14")
    longer = histogram([event("a", "2020-10-01"), event("b", "2020-12-05")])
    assert longer.unit == "month"  # more than MAX_DAY_BINS days
    assert MAX_DAY_BINS < 66
    months_only = histogram([event("a", "2020-10"), event("b", "2020-11")])
    assert months_only.unit == "month"  # no day-precise date: days would say nothing


def test_years_for_dates_that_name_only_their_years():
    # "in 1961" is no January: with no date finer than a year, bins are years
    h = histogram([event("a", "1961"), event("b", "1963")])
    assert h.unit == "year" and [b.label for b in h.bins] == ["1961", "1962", "1963"]
    assert histogram([event("a", "1961")]).bins[0].label == "1961"
    mixed = histogram([event("a", "1961"), event("b", "1961-05")])
    assert mixed.unit == "month" and mixed.bins[0].approximate == 1


def test_a_unit_too_fine_for_the_span_gives_way():
    h = histogram([event("a", "1990-01-01"), event("b", "2020-01-01")], unit="day")
    assert h.unit == "month"


def test_coarse_dates_are_marked_approximate_in_finer_bins():
    h = histogram([event("y", "2020"), event("d", "2020-05-05")], unit="month")
    assert h.bins[0].label == "Jan 2020" and h.bins[0].count == 1 and h.bins[0].approximate == 1
    assert h.bins[4].count == 1 and h.bins[4].approximate == 0


def test_unknown_precision_counts_as_undated():
    h = histogram([event("a", "2020-01-01", precision="unknown"), event("b", "garbled")])
    assert h.bins == () and h.undated == 2
    assert h.range_of(0, 5) == (None, None)


def test_range_of_leaves_the_edges_open_and_covers_whole_bins():
    h = histogram([event("a", "2020-01-10"), event("b", "2020-04-02")])
    assert h.range_of(0, 3) == (None, None)
    assert h.range_of(1, 2) == ("2020-02-01", "2020-03-31")
    assert h.range_of(0, 1) == (None, "2020-02-29")
    assert h.index_of("2020-03-15", at_end=False) == 2
    assert h.index_of(None, at_end=True) == 3
    assert h.index_of("2019", at_end=False) == 0


def test_count_between_uses_the_filters_overlap():
    h = histogram([event("y", "2020"), event("a", "2020-05-05"), event("b", "2021-02")])
    assert h.count_between(None, None) == 3
    assert h.count_between("2020-06-01", "2020-12-31") == 1  # the year-dated one overlaps
    assert h.count_between("2020-05", "2021-02-01") == 3
    assert h.count_between("2021-03-01", None) == 0


def test_events_of_one_span_are_counted_once_per_span_and_their_sum_kept():
    """A range is counted over the distinct spans with their events' numbers (a hundred
    thousand events have a few thousand), and counts what counting each event gives."""
    days = ["2020-05-05", "2020-05-05", "2020-05", "2020", "2021-02", "2020-05-05", None]
    h = histogram([event(f"e{k}", day) for k, day in enumerate(days)] + [place("p")])
    day, may, year = date(2020, 5, 5), (date(2020, 5, 1), date(2020, 5, 31)), date(2020, 1, 1)
    assert h.span_counts is not None
    assert sorted(h.span_counts) == [
        (year, date(2020, 12, 31), 1),
        (*may, 1),
        (day, day, 3),
        (date(2021, 2, 1), date(2021, 2, 28), 1),
    ]
    assert h.spans.count((day, day)) == 3 and len(h.spans) == 6
    every = replace(h, span_counts=None)  # counted one event at a time
    for start, end in [(None, None), ("2020-05-05", None), ("2020-06", "2021"), (None, "2020-04")]:
        assert h.count_between(start, end) == every.count_between(start, end)
    assert [h.count_between(s, e) for s, e in [("2020-05-06", None), (None, "2020-04")]] == [3, 1]


def test_precision_of():
    assert [precision_of(v) for v in ("2020-01-02", "2020-01", "2020", None, "x")] == [
        "day",
        "month",
        "year",
        "unknown",
        "unknown",
    ]


# -- the panel -------------------------------------------------------------------------------
EVENTS = [
    event("e1", "2020-01-10"),
    event("e2", "2020-02-03"),
    event("e3", "2020-02"),
    event("e4", "2020-04-20"),
    event("e5", "2020-06-01"),
    event("e6", None),
    event("e7", None),
    place("p1"),
]


@pytest.fixture
def panel(qtbot):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(480, 220)
    panel.set_events(EVENTS)
    panel.flush()
    return panel


def test_shows_bins_and_the_undated_count(panel):
    assert [b.count for b in panel.histogram.bins] == [1, 2, 0, 1, 0, 1]
    assert panel.slider.maximum == 5
    assert (panel.slider.lower, panel.slider.upper) == (0, 5)
    assert panel.range() == (None, None)
    assert panel.undated_label.text() == (
        "2 of 7 events undated (no date found in their articles): not on the timeline, always shown"
    )
    assert panel.range_label.text() == "Jan 2020 – Jun 2020: 5 of 5 dated events"
    assert panel.view.scale_caption() == "2 events in the busiest month"
    panel.set_include_undated(False)
    assert panel.undated_label.text() == (
        "2 of 7 events undated (no date found in their articles): not on the timeline, "
        "hidden by the filter"
    )


def test_keyboard_moves_each_handle(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    panel.slider.setFocus(Qt.FocusReason.TabFocusReason)
    assert panel.slider.active == 0
    with qtbot.waitSignal(panel.range_changed, timeout=2000) as blocker:
        qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    assert blocker.args == ["2020-02-01", None]
    qtbot.keyClick(panel.slider, Qt.Key.Key_Tab)  # on to the upper handle, still in the slider
    assert panel.focusWidget() is panel.slider and panel.slider.active == 1
    with qtbot.waitSignal(panel.range_changed, timeout=2000) as blocker:
        qtbot.keyClick(panel.slider, Qt.Key.Key_Left)
        qtbot.keyClick(panel.slider, Qt.Key.Key_Left)
    assert blocker.args == ["2020-02-01", "2020-04-30"]  # two key presses, one signal
    assert panel.range_label.text().startswith("Feb 2020 – Apr 2020: 3 of 5")
    qtbot.keyClick(panel.slider, Qt.Key.Key_Tab)  # and out of the slider
    assert panel.focusWidget() is panel.all_button


def test_handles_do_not_cross(panel, qtbot):
    panel.slider.active = 1
    panel.slider.set_values(2, 2)
    qtbot.keyClick(panel.slider, Qt.Key.Key_Home)
    assert (panel.slider.lower, panel.slider.upper) == (2, 2)
    panel.slider.active = 0
    qtbot.keyClick(panel.slider, Qt.Key.Key_End)
    assert (panel.slider.lower, panel.slider.upper) == (2, 2)


def test_a_mouse_drag_announces_once_on_release(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    slider = panel.slider
    y = slider.height() // 2
    start = QPoint(int(slider.x_of(5)), y)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for value in (3, 2, 1):
        qtbot.mouseMove(slider, QPoint(int(slider.x_of(value)), y))
    assert slider.upper == 1 and slider.dragging
    with qtbot.assertNotEmitted(panel.range_changed, wait=30):
        pass  # nothing while the handle is held
    with qtbot.waitSignal(panel.range_changed, timeout=2000) as blocker:
        qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(int(slider.x_of(1)), y))
    assert blocker.args == [None, "2020-02-29"]
    assert panel.view.selection == (0, 1)


def test_set_range_is_quiet_and_all_dates_reopens(panel, qtbot):
    with qtbot.assertNotEmitted(panel.range_changed, wait=30):
        panel.set_range("2020-02-15", "2020-04")
    assert (panel.slider.lower, panel.slider.upper) == (1, 3)
    assert panel.range() == ("2020-02-01", "2020-04-30")
    assert panel.view.selection == (1, 3)
    assert panel.all_button.isEnabled()
    with qtbot.waitSignal(panel.range_changed, timeout=2000) as blocker:
        qtbot.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [None, None]
    assert not panel.all_button.isEnabled()


def test_new_events_keep_the_chosen_dates(panel, qtbot):
    panel.set_range("2020-02-01", "2020-04-30")
    more = [*EVENTS, event("e8", "2019-11-05"), event("e9", "2020-09-09")]
    with qtbot.assertNotEmitted(panel.range_changed, wait=30):
        panel.set_events(more)
    bins = panel.histogram.bins
    assert bins[panel.slider.lower].label == "Feb 2020"
    assert bins[panel.slider.upper].label == "Apr 2020"
    assert panel.range() == ("2020-02-01", "2020-04-30")


def test_the_analyst_can_ask_for_days(panel, qtbot):
    panel.set_range("2020-02-01", "2020-02-29")
    panel.set_unit("day")
    assert panel.histogram.unit == "day"
    assert panel.histogram.bins[0].label == "10 Jan 2020"
    assert panel.range() == ("2020-02-01", "2020-02-29")
    assert panel.histogram.bins[panel.slider.lower].label == "1 Feb 2020"
    panel.set_unit(None)
    assert panel.histogram.unit == "month"


def test_no_dated_events(qtbot):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_events([event("u", None)])
    assert panel.range_label.text() == "No dated events"
    assert panel.undated_label.text() == (
        "The one event undated (no date found in its article): not on the timeline, always shown"
    )
    assert not panel.slider.isEnabled()
    image = panel.grab()  # paints without bins
    assert not image.isNull()


def test_bars_outside_the_range_are_greyed(panel):
    from explorer.ui.timeline_panel import MARGIN, SELECTED, UNSELECTED

    panel.set_range("2020-02", "2020-06")
    view = panel.view
    image = view.grab().toImage()
    slot = (view.width() - 2 * MARGIN) / len(panel.histogram.bins)
    y = view.height() - view.fontMetrics().height() - 8

    def colour_at(i):
        return image.pixelColor(int(MARGIN + (i + 0.5) * slot), y).name()

    assert colour_at(0) == UNSELECTED.name()  # Jan 2020, before the range
    assert colour_at(1) == SELECTED.name()  # Feb 2020
