"""A snapshot's picture does not depend on how busy the machine is.

A first snapshot reads (analyses) its folder while its map page loads. At load 22 that read
took 106-178 s, and the snapshot's view kept a clock of its own (60 s from the page's
``ready``) that, once run out, drew the basemap at the page's default view and as a map one
pans (half a view beyond each edge): the snapshot's own ``start`` (its first view, drawn
still) then came to a basemap already started, and the picture differed from the same
command's at idle along every border and coast. A loaded machine is simulated here by a read
that ends only after every clock the view keeps has run out, with no waiting: the timers are
run out at once.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.cli import main
from explorer.mapview import snapshot
from explorer.mapview.view import MapView
from explorer.mapview.waiting import FIRST_TICK, wait_for, wait_until
from explorer.paths import seeds_dir
from tests.mapdata import sample_collection

TIMEOUT = 60_000


def _run_out_clocks(view: MapView) -> None:
    """What a long read does to ``view``'s clocks: every one started once its page is ready
    (as its basemap's) runs out before the read ends. Fired now, and their work let through."""
    if not view.is_ready:
        wait_for(view.ready, TIMEOUT, "the page to be ready")
    running = [t for t in view.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
    for timer in running:
        timer.start(0)
    wait_until(lambda: not any(t.isActive() for t in running), TIMEOUT, "the clocks")
    QApplication.processEvents()  # what they sent reaches the page before the read's end


# What a loaded machine does to the page's own clocks: each runs out before the page's next
# frame (a timer's delay taken as none).
CLOCKS_RUN_OUT = """(function () {
  var later = window.setTimeout;
  window.setTimeout = function (fn) { return later(fn, 0); };
  return true;
})()"""


def _run_out_page_clocks(view: MapView) -> None:
    answered: list[object] = []
    view.page().runJavaScript(CLOCKS_RUN_OUT, 0, answered.append)
    wait_until(lambda: bool(answered), TIMEOUT, "the page's clocks")
    assert answered == [True]


def _slow_reads(monkeypatch, page_clocks: bool = False) -> list[MapView]:
    """Every snapshot's read from now on outlasts its view's clocks (and, with
    ``page_clocks``, its page's frames come after every clock of the page has run out); the
    views it ran them on."""
    loaded: list[MapView] = []
    while_loading = snapshot.while_loading

    def slow(work):
        result = while_loading(work)
        views = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MapView) and shiboken6.isValid(w) and w.isVisible()
        ]
        for view in views:
            _run_out_clocks(view)
            if page_clocks:
                _run_out_page_clocks(view)
        loaded.extend(views)
        return result

    monkeypatch.setattr(snapshot, "while_loading", slow)
    return loaded


def _pixels(path: Path) -> QImage:
    return QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)


def test_a_first_snapshot_read_past_every_clock_is_the_picture_of_a_quick_read(
    qapp, seeds_project, tmp_path, monkeypatch
):
    """``explorer snapshot seeds -o X.png`` whose read outlasts the view's clocks (at load 22)
    writes the picture the same command writes when its read is quick."""
    quick, slow = tmp_path / "quick.png", tmp_path / "slow.png"
    assert main(["snapshot", str(seeds_dir()), "-o", str(quick)]) == 0
    views = _slow_reads(monkeypatch)
    assert main(["snapshot", str(seeds_dir()), "-o", str(slow)]) == 0
    assert len(views) == 1  # the simulated load did reach the snapshot's view
    a, b = _pixels(quick), _pixels(slow)
    assert a.size() == b.size()
    assert a == b, "the slow read's snapshot differs from the quick one's"


def test_a_snapshots_view_draws_its_basemap_at_its_own_start_alone(qtbot):
    """However long the caller works before drawing, the page's basemap is started once, by
    the snapshot, still, at its first view, with its settled grab's tick."""
    view = snapshot.snapshot_view((800, 600))
    sent: list[tuple[str, dict]] = []
    send = view.bridge.send

    def recorded(cmd: str, **payload: object) -> None:
        sent.append((cmd, payload))
        send(cmd, **payload)

    view.bridge.send = recorded  # type: ignore[method-assign]
    try:
        _run_out_clocks(view)  # the caller's work outlasted them
        assert [cmd for cmd, _ in sent if cmd == "start"] == []  # nothing drawn before the view
    except BaseException:
        snapshot.close_view(view)
        raise
    image, where = snapshot.render_map(sample_collection(), view=view)  # closes the view
    assert [p for cmd, p in sent if cmd == "start"] == [{"still": True, "tick": FIRST_TICK}]
    assert [cmd for cmd, _ in sent].count("ping") == 0  # settled at its own start's tick
    assert where is not None and where.size == (800, 600)
    assert not image.isNull()


def test_a_snapshot_of_a_selected_route_waits_for_its_flight_to_end(
    qapp, seeds_project, tmp_path, monkeypatch
):
    """``explorer snapshot seeds --select ROUTE``: the view flies to the route; on a machine
    whose page's frames come after its clocks have run out, the sheet (scale bar, legend) is
    still the one of the flight's end, as when the machine is idle."""
    from explorer.cli import _workspace

    workspace, _problems = _workspace(seeds_dir())
    routes = [
        f["properties"]["id"]
        for f in workspace.visible.map_collection()["features"]
        if (f.get("geometry") or {}).get("type") == "LineString"
    ]
    assert routes  # the seeds hold pipelines
    quick, slow = tmp_path / "quick.png", tmp_path / "slow.png"
    select = ["--select", routes[0]]
    assert main(["snapshot", str(seeds_dir()), "-o", str(quick), *select]) == 0
    views = _slow_reads(monkeypatch, page_clocks=True)
    assert main(["snapshot", str(seeds_dir()), "-o", str(slow), *select]) == 0
    assert len(views) == 1
    a, b = _pixels(quick), _pixels(slow)
    assert a.size() == b.size()
    assert a == b, "the sheet of a flight said drawn before its end"
