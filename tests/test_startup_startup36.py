"""The page's legend is not written while the map's controls are hidden (a snapshot's page).

A snapshot hides the page's zoom buttons, legend, scale and credits (its composition draws its
own legend around the picture, and the fit keeps items out of the corner that one covers), yet
the page wrote its hidden legend at every redraw: the kinds' rows, and the sides in view sorted
by conflict with ``localeCompare``, whose first call in a page starts ICU's collator (7 ticks a
run of V8's sampling profiler in a second snapshot of the seeds, of about 130). It is written
when the controls are shown again, as a page that never hid them writes it.
"""

from __future__ import annotations

import json

from tests.pages import TIMEOUT, run_js, shown_map
from tests.test_map_legend_counts import _places  # places of one kind, n of them


def _legend(qtbot, view) -> str:
    return json.loads(run_js(qtbot, view, "JSON.stringify(explorerMap.describe())"))["legend"]


def test_the_legend_waits_while_the_controls_are_hidden_and_is_written_when_shown(qtbot):
    for view in shown_map(qtbot, 1000, 700):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(_places(3), fit=True)
        shown = _legend(qtbot, view)
        assert "Place (3)" in shown, shown

        view.show_controls(False, (300.0, 200.0))
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(_places(7), fit=True)
        assert _legend(qtbot, view) == shown  # hidden: not written again

        view.show_controls(True)
        qtbot.waitUntil(lambda v=view: "Place (7)" in _legend(qtbot, v), timeout=TIMEOUT)
        assert "Place (3)" not in _legend(qtbot, view)
        assert view.console_errors == []
