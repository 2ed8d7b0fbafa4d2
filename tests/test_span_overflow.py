"""A span of days longer than a month gives no month, and an absurd one ("1000000 days of
talks") no error: before, the date's arithmetic overflowed and the whole article was dropped
from the analysis with a traceback."""

from __future__ import annotations

import subprocess
import sys


def test_an_absurd_span_dates_nothing_and_loses_no_article(parse):
    ex = parse(
        "Doha, May 1, 2024 - The two sides agreed on Wednesday after 1000000 days of talks in"
        " Doha.",
        "2024-05-01",
    )
    assert all(e.date is None or len(e.date) >= 7 for e in ex.events)


def test_the_command_line_reads_the_article(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Doha, May 1, 2024 - The two sides agreed on Wednesday after 1000000 days of talks in"
        " Doha.\n",
        encoding="utf-8",
    )
    env_home = tmp_path / "data"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "explorer",
            "export",
            str(folder),
            "-f",
            "geojson",
            "-o",
            str(tmp_path / "out.geojson"),
        ],
        capture_output=True,
        text=True,
        env={"XDG_DATA_HOME": str(env_home), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
