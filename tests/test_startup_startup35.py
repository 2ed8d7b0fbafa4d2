"""A second snapshot's start without what it never uses: the page's key without the crowds'
229 KB of regions parsed, no socket, calendar or html module, and a settled grab that waits for
a frame sent since the picture rather than grabbing the one before it (benchmarks/README.md,
section 1's thirty-sixth pass).
"""

from __future__ import annotations

import calendar
import os
import shutil
import subprocess
import sys

import pytest

from explorer.paths import seeds_dir

PROBE = r"""
import sys, time
import explorer.mapview.waiting as waiting
frames = getattr(waiting, "Frames", None) or waiting._Frames
grabs = []
made = frames.__init__
grab = frames.grab
def init(self, view):
    made(self, view)
    self.made_at = time.monotonic()
def counted(self, widget):
    grabs.append((self._seen, time.monotonic() - self.made_at))
    return grab(self, widget)
frames.__init__ = init
frames.grab = counted
from explorer.cli import main
code = main(sys.argv[1:])
print("MODULES", ",".join(m for m in ("socket", "calendar", "html", "explorer.geoparse.admin1")
                          if m in sys.modules))
print("GRABS", ";".join(f"{seen},{waited:.3f}" for seen, waited in grabs))
print("SHOW", frames.SHOW_MS / 1000)
sys.exit(code)
"""


def _second_snapshot(tmp_path) -> dict[str, str]:
    png = tmp_path / "s.png"
    for _ in range(2):  # the first may build the page
        result = subprocess.run(
            [sys.executable, "-c", PROBE, "snapshot", str(seeds_dir()), "-o", str(png)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 10_000
    lines = result.stdout.strip().splitlines()
    return dict(line.partition(" ")[::2] for line in lines if line.split(" ")[0].isupper())


def test_a_second_snapshot_imports_no_socket_calendar_html_or_the_gazetteers_names(
    seeds_project, tmp_path
):
    """The project's lock names its host without ``socket``, the timeline's months end without
    ``calendar``, a cached page is found without ``html`` or the gazetteer's country names."""
    assert _second_snapshot(tmp_path)["MODULES"] == ""


def test_a_snapshots_grab_waits_for_a_frame_sent_since_its_picture(seeds_project, tmp_path):
    """The picture goes to the page as one message with its first ping; its first grab is taken
    once a frame has come since (or once the wait for one has run out), not at once, when it
    could only hold the frame before the picture."""
    out = _second_snapshot(tmp_path)
    grabs = [tuple(map(float, g.split(","))) for g in out["GRABS"].split(";")]
    seen, waited = grabs[0]
    assert seen > 0 or waited >= float(out["SHOW"])


def test_last_day_is_the_calendars_for_every_month():
    from explorer.timeline import date_span, last_day

    for year in (1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999):
        for month in range(1, 13):
            assert last_day(year, month) == calendar.monthrange(year, month)[1], (year, month)
    for year, month in ((2024, 0), (2024, 13), (0, 1), (10_000, 1)):
        with pytest.raises(ValueError):
            last_day(year, month)
    assert date_span("2024-02") is not None and date_span("2024-02")[1].day == 29
    assert date_span("2023-13") is None


KEY = r"""
import sys
from explorer.mapview import page
from explorer.mapview.crowds import crowd_places
print(page._page_key(None, page._basemap_arcs_url()), crowd_places.cache_info().currsize)
"""


def _key(**env: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", KEY],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_pages_key_names_the_crowds_by_their_files_without_reading_them(tmp_path):
    """Found in the cache without the crowds' names made (the regions' JSON parsed, the
    gazetteer asked); a gazetteer rebuilt (another size or time) is another key, as the names
    read from it may have changed; nothing changed, the same key."""
    from explorer.geoparse.schema import default_path

    if not default_path().exists():
        pytest.skip("no gazetteer built")
    gazetteer = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(default_path(), gazetteer)
    key, made = _key(EXPLORER_GAZETTEER=str(gazetteer))
    assert made == "0"
    assert _key(EXPLORER_GAZETTEER=str(gazetteer))[0] == key
    stat = gazetteer.stat()
    os.utime(gazetteer, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert _key(EXPLORER_GAZETTEER=str(gazetteer))[0] != key
