"""A folder already up to date in its project opens without the corpus package (a command's
imports: tests/test_startup.py); a new, changed or removed article, or other analysis rules,
still bring it up to date through the ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.opening import open_sources, unchanged
from explorer.paths import seeds_dir
from explorer.store import Project

SEEDS = sorted(seeds_dir().glob("*.txt"))


@pytest.fixture
def folder(tmp_path) -> tuple[Path, Path]:
    """Two of the bundled articles in a folder of their own, opened once (its project made)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, articles / seed.name)
    project = tmp_path / "articles.gpkg"
    first = open_sources([articles], project)
    assert sorted(first.summary.added) == [s.name for s in SEEDS[:2]]
    return articles, project


def test_an_unchanged_folder_is_loaded_as_the_ingest_would_leave_it(folder):
    articles, project = folder
    stamp = project.stat().st_mtime_ns
    with Project.open(project) as p:
        stored = p.load(include_rejected=True)
    (articles / "notes.csv").write_text("not an article\n")  # neither read nor stored
    (articles / ".hidden.txt").write_text("a hidden file is not an article\n")
    summary = unchanged([articles], project)
    assert summary is not None
    assert (summary.added, summary.skipped, summary.problems) == (
        [],
        [s.name for s in SEEDS[:2]],
        [],
    )
    opened = open_sources([articles], project)
    assert opened.summary.skipped == summary.skipped and not opened.summary.added
    assert {e.id for e in opened.analysis.events} == {e.id for e in stored.events}
    assert {p.id for p in opened.analysis.places} == {p.id for p in stored.places}
    assert project.stat().st_mtime_ns == stamp  # nothing written


def test_a_changed_added_or_removed_article_goes_through_the_ingest(folder):
    articles, project = folder
    changed = articles / SEEDS[0].name
    changed.write_text(changed.read_text("utf-8") + "\nKyiv was shelled again on Monday.\n")
    assert unchanged([articles], project) is None
    assert open_sources([articles], project).summary.added == [SEEDS[0].name]
    assert unchanged([articles], project) is not None

    shutil.copy(SEEDS[2], articles / SEEDS[2].name)
    assert unchanged([articles], project) is None
    assert open_sources([articles], project).summary.added == [SEEDS[2].name]

    (articles / SEEDS[2].name).unlink()
    assert unchanged([articles], project) is None  # stored, no longer there


def test_other_analysis_rules_analyse_every_article_again(folder, monkeypatch):
    import explorer.pipeline as pipeline

    articles, project = folder
    monkeypatch.setattr(pipeline, "ANALYSIS_RULES", "a newer release")
    assert unchanged([articles], project) is None
    assert sorted(open_sources([articles], project).summary.added) == [s.name for s in SEEDS[:2]]


def test_what_the_listing_cannot_be_sure_of_is_left_to_the_ingest(folder):
    articles, project = folder
    (articles / "sub").mkdir()
    shutil.copy(SEEDS[0], articles / "sub" / SEEDS[0].name)  # two files of one name
    assert unchanged([articles], project) is None
    shutil.rmtree(articles / "sub")
    (articles / "gone.txt").symlink_to(articles / "nowhere.txt")  # a link to nothing
    assert unchanged([articles], project) is None
    (articles / "gone.txt").unlink()
    assert unchanged([articles], project) is not None
    assert unchanged([articles / SEEDS[0].name], project) is None  # a file: the ingest's
