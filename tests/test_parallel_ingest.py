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
    assert json.loads(_project_json(path))["documents"] == json.loads(reference)["documents"]
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
    assert json.loads(_project_json(path))["documents"] == json.loads(reference)["documents"]


def test_the_command_line_takes_a_scheduler_and_refuses_a_bad_worker_count(tmp_path, capsys):
    from explorer.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(SOURCES[0]), "-p", str(tmp_path / "p.gpkg"), "--workers", "0"])
    assert exit_.value.code == 2
    assert "workers must be" in capsys.readouterr().err


def test_a_worker_process_holds_each_article_to_its_budget():
    """What a pool or a Dask worker runs: the budget travels with the batch, and an article
    over it comes back as a problem while the others are analysed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from explorer.corpus import read_sources
    from explorer.limits import Limits
    from explorer.pipeline import analyse_batch

    documents = read_sources([SOURCES[0]]).documents[:3]
    long = documents[1]
    # some 2,000,000 characters: far more than 5 s of work on any machine (400,000 had taken
    # under 5 s once geoparsing got faster); the watchdog stops it 2 s past its budget
    long.text = long.text * 1000
    tight = Limits(seconds=5.0, chars_per_second=1e12)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        outputs = pool.submit(analyse_batch, documents, tight).result()
    assert [o.document.id for o in outputs] == [d.id for d in documents]
    assert outputs[1].problem and "took longer than 5 s to analyse" in outputs[1].problem
    assert outputs[0].problem is None and outputs[0].places
    assert outputs[2].problem is None and outputs[2].places


def test_a_cancel_with_worker_processes_keeps_what_was_analysed(tmp_path, reference):
    from explorer.pipeline import IngestCancelled

    path = tmp_path / "cancel.gpkg"
    asked: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        asked.append(done)  # the first batch is back: cancel

    with pytest.raises(IngestCancelled) as stopped:
        ingest(SOURCES, path, progress, lambda: bool(asked), workers=2, parallel_from=0, batch=2)
    kept = stopped.value.summary.added
    assert 2 <= len(kept) < 12
    with Project.open(path, create=False) as project:
        assert set(project.known_hashes()) == set(kept)
    again = ingest(SOURCES, path, workers=1)
    assert len(again.skipped) == len(kept) and len(again.added) == 12 - len(kept)
    assert json.loads(_project_json(path))["documents"] == json.loads(reference)["documents"]
