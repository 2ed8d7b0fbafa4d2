"""What the window takes from a drop, and offers in "Add articles", is what the ingest reads."""

from __future__ import annotations

from explorer.ui.main_window import _acceptable


def test_every_article_kind_the_ingest_reads_can_be_dropped(tmp_path):
    for name in ("a.txt", "b.text", "c.md", "d.markdown", "e.html", "f.htm", "g.xhtml", "H.TXT"):
        assert _acceptable(str(tmp_path / name)), name
    assert _acceptable(str(tmp_path / "project.gpkg"))
    assert _acceptable(str(tmp_path))  # a folder


def test_other_files_are_refused(tmp_path):
    for name in ("report.pdf", "table.csv", "notes", ""):
        assert not _acceptable(str(tmp_path / name) if name else name), name
