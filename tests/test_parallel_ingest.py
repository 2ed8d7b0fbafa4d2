"""Ingest on several processes and on a Dask cluster writes the same project as in one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.items import build_items
from explorer.pipeline import ingest
from explorer.store import Project

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "extract"]


def _project_json(path: Path) -> str:
    """Everything a project shows: every item with its evidence, and who backs whom."""
    with Project.open(path, create=False) as project:
        analysis = project.load()
        reviews = project.reviews()
        hashes = project.known_hashes()
    items = build_items(analysis, reviews)
    return json.dumps(
        {"items": items.feature_collection(), "sides": items.sides(), "documents": hashes},
        sort_keys=True,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> str:
    """The articles ingested in this process, in one transaction."""
    path = tmp_path_factory.mktemp("serial") / "serial.gpkg"
    summary = ingest(SOURCES, path, workers=1, commit_every=10_000)
    assert len(summary.added) == 12 and not summary.problems
    found = json.loads(_project_json(path))
    kinds = {f["properties"]["kind"] for f in found["items"]["features"]}
    assert kinds == {"place", "event", "asset", "theatre"} and found["sides"]["theatres"]
    return _project_json(path)


def test_a_process_pool_with_batched_commits_writes_the_same_project(tmp_path, reference):
    path = tmp_path / "pool.gpkg"
    summary = ingest(SOURCES, path, workers=2, commit_every=3, parallel_from=0)
    assert len(summary.added) == 12
    assert _project_json(path) == reference
    again = ingest(SOURCES, path, workers=2, parallel_from=0)
    assert again.added == [] and len(again.skipped) == 12


def test_ingest_on_a_dask_cluster_equals_a_local_ingest(tmp_path, reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        path = tmp_path / "dask.gpkg"
        summary = ingest(SOURCES, path, scheduler=cluster.scheduler_address, commit_every=5)
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert len(summary.added) == 12
    assert _project_json(path) == reference


def test_the_command_line_takes_a_scheduler_and_refuses_a_bad_worker_count(tmp_path, capsys):
    from explorer.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(SOURCES[0]), "-p", str(tmp_path / "p.gpkg"), "--workers", "0"])
    assert exit_.value.code == 2
    assert "workers must be" in capsys.readouterr().err
