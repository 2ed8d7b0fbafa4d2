"""A snapshot's read without what its picture never uses: the project opened once for its
analysis and its reviews, no mention read, no PDF page's Qt classes made for a PNG
(benchmarks/README.md, section 1's forty-second pass).
"""

from __future__ import annotations

import subprocess
import sys

from explorer.paths import seeds_dir

PROBE = r"""
import sys
import explorer.store.reading as reading
read = reading.read_stored
mentions = []
def counted(*args, **kwargs):
    stored = read(*args, **kwargs)
    mentions.append(len(stored.analysis.mentions))
    return stored
reading.read_stored = counted
from explorer.cli import main
code = main(sys.argv[1:])
import PySide6.QtGui as gui
print("MENTIONS", ",".join(map(str, mentions)))
print("PAGE", ",".join(n for n in ("QPageSize", "QPageLayout", "QPdfWriter") if n in vars(gui)))
sys.exit(code)
"""


def _snapshot(tmp_path, suffix: str) -> dict[str, str]:
    out = tmp_path / f"s{suffix}"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "snapshot", str(seeds_dir()), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    lines = result.stdout.strip().splitlines()
    return dict(line.partition(" ")[::2] for line in lines if line.split(" ")[0].isupper())


def test_a_png_snapshot_reads_no_mention_and_makes_no_pdf_page(seeds_project, tmp_path):
    """The project (one with 305 mentions) is read once, without its mentions; QtGui's page
    classes are never made for a PNG (their enums: QPageSize's hundred-odd sizes), and are
    for a PDF, which is written whole."""
    out = _snapshot(tmp_path, ".png")
    assert out["MENTIONS"] == "0"
    assert out["PAGE"] == ""
    out = _snapshot(tmp_path, ".pdf")
    assert out["PAGE"] == "QPageSize,QPageLayout,QPdfWriter"
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_open_sources_reads_the_project_once_with_its_reviews(seeds_project, monkeypatch):
    """An unchanged folder: one opening to check it (the ingest's write lock), one to read the
    analysis and the reviews together (a third opened it again for its reviews); the reviews
    are the file's; ``mentions=False`` leaves the mentions out and every item as it was."""
    from explorer.items import build_items
    from explorer.opening import open_sources
    from explorer.store import Project

    with Project.open(seeds_project, write="a test") as project:
        place = project.load().places[0].id
        project.set_review(place, "rejected")
    opened_with = []
    real_open = Project.open.__func__

    def counted(cls, path, *args, **kwargs):
        opened_with.append(kwargs.get("write"))
        return real_open(cls, path, *args, **kwargs)

    with monkeypatch.context() as patched:  # the test's data folders stay as they are
        patched.setattr(Project, "open", classmethod(counted))
        whole = open_sources([seeds_dir()])
    assert opened_with == ["explorer ingest", None]
    assert whole.summary is not None and whole.summary.skipped
    with Project.open(seeds_project) as project:
        assert whole.reviews == project.reviews()
        assert whole.reviews[place]["state"] == "rejected"
        assert len(whole.analysis.mentions) == len(project.load(include_rejected=True).mentions)
    assert len(whole.analysis.mentions) > 100

    bare = open_sources([seeds_dir()], mentions=False)
    assert bare.analysis.mentions == []
    assert bare.reviews == whole.reviews
    items = build_items(whole.analysis, whole.reviews).items
    assert build_items(bare.analysis, bare.reviews).items == items
    assert any(i.id == place and i.review == "rejected" for i in items)
