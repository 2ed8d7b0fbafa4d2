"""An article's sentence and paragraph spans read from a project: as they were written, made
into spans only when first read (an open reads none of them), and a damaged value refused
when the project is read, not later."""

from __future__ import annotations

import bisect
import gc
import sqlite3
from pathlib import Path

import pytest

from explorer.model import Span
from explorer.store import Project, StoreError
from tests.store_sample import sample_analysis


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "project.gpkg"
    with Project.open(path, create=True) as project:
        project.save(sample_analysis())
    return path


def _spans_alive() -> int:
    return sum(type(o) is Span for o in gc.get_objects())


def test_spans_read_back_as_written_and_made_when_first_read(saved):
    written = {d.id: d for d in sample_analysis().documents}
    stored = sum(len(d.sentences) + len(d.paragraphs) for d in written.values())
    assert stored > 10
    del written
    gc.collect()
    alive = _spans_alive()
    with Project.open(saved) as project:
        documents = project.load().documents
    assert _spans_alive() - alive < stored  # none made by reading the project
    written = {d.id: d for d in sample_analysis().documents}
    for doc in documents:
        sentences = written[doc.id].sentences
        assert doc.sentences == sentences and doc.paragraphs == written[doc.id].paragraphs
        assert list(doc.sentences) == sentences and len(doc.sentences) == len(sentences)
        assert doc.sentences[1:3] == sentences[1:3] and doc.sentences[-1] == sentences[-1]
        starts = [s.start for s in sentences]
        for s in sentences:  # as the pipeline finds a sentence by its start
            at = bisect.bisect_right(doc.sentences, s.start, key=lambda span: span.start) - 1
            assert at == bisect.bisect_right(starts, s.start) - 1
    with Project.open(saved, write="a test") as project:  # saved again as read: the same
        project.save(project.load())
    with Project.open(saved) as project:
        again = {d.id: d for d in project.load().documents}
    assert all(again[d.id].sentences == written[d.id].sentences for d in documents)


@pytest.mark.parametrize(
    "value", ["[1,2,3]", "[1,2,", "{}", '["a","b"]', "[1.5,2]", "[-1,2]", "nonsense"]
)
def test_damaged_spans_are_refused_when_the_project_is_read(saved, value):
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE documents SET sentences = ?", (value,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="unreadable"), Project.open(saved) as project:
        project.load()
