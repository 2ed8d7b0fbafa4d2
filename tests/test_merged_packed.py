"""The kept merged events' whole numbers packed: read back as written, damage refused."""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from explorer.model import Analysis
from explorer.store import Project, merged
from explorer.store.schema import META_TABLE
from tests.test_merged_cache import _fresh_merge, _kept_value, _reports


@pytest.fixture
def keep_every_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merged, "MIN_EVENTS", 0)


def _long_reports() -> Analysis:
    """Reports whose later events lie deep in a long article (offsets past 32,767, which
    two bytes do not hold) beside short ones."""
    analysis = _reports(n_docs=6, per_doc=25, seed=7)
    padding = "The situation report continues with background. " * 800  # 40,000 characters
    long_doc = analysis.documents[0]
    moved = len(padding)
    long_doc.text = padding + long_doc.text
    long_doc.sentences = [type(s)(s.start + moved, s.end + moved) for s in long_doc.sentences]
    for event in analysis.events:
        for x in event.evidence:
            if x.doc == long_doc.id:
                x.start += moved
                x.end += moved
    return analysis


def _body(path: Path) -> tuple[bytes, dict[str, Any]]:
    value = _kept_value(path)
    assert value is not None
    head, _, body = value.partition(b"\n")
    return head, json.loads(zlib.decompress(body))


def _write_body(path: Path, head: bytes, body: dict[str, Any]) -> None:
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            f"UPDATE {META_TABLE} SET value = ? WHERE key = ?",
            (head + b"\n" + zlib.compress(text.encode("utf-8"), 1), merged.KEY),
        )
    conn.close()


def test_kept_numbers_are_packed_and_read_back_as_merged(tmp_path: Path, keep_every_merge):
    path = tmp_path / "long.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_long_reports())
    fresh = _fresh_merge(path)
    assert max(x.end for e in fresh for x in e.evidence) > 40_000
    with Project.open(path) as project:
        first = project.load()
    _head, body = _body(path)
    columns = body["columns"]
    # offsets past two bytes, counts and codes of few values in one byte
    assert columns["evidence"]["start"]["kind"] == "i"
    assert columns["evidence"]["counts"]["kind"] == "B"
    assert columns["type"]["codes"]["kind"] == "B"
    # a column of one value for every event keeps no codes
    assert columns["place_basis"] == {"values": ["sentence"], "codes": None}
    with Project.open(path) as project:
        second = project.load()
    assert second.events == first.events == fresh
    every = [x for e in second.events for x in e.evidence]
    assert all(type(x.start) is int and type(x.end) is int for x in every)


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def damage(columns: dict[str, Any]) -> None:
        columns[key]["codes"] = value

    return damage


def _codes_of(columns: dict[str, Any], key: str) -> str:
    return columns[key]["codes"]["ints"]


@pytest.mark.parametrize(
    "damage",
    [
        # codes for one event fewer than there are events
        lambda c: c["type"]["codes"].update(ints=_codes_of(c, "type")[:-8]),
        # not base64
        lambda c: c["type"]["codes"].update(ints="not base64!"),
        # an array type that is not of whole numbers
        lambda c: c["type"]["codes"].update(kind="d"),
        # two array types
        lambda c: c["type"]["codes"].update(kind="BH"),
        # codes of a signed type: -1 would read the last value
        lambda c: c["type"]["codes"].update(kind="b"),
        # a column of several values without its codes
        _set("type", None),
        # offsets stored as JSON numbers (format 2's layout)
        lambda c: c["evidence"].update(start=[0] * 10),
    ],
    ids=["short", "not-base64", "kind", "two-kinds", "signed", "no-codes", "plain-numbers"],
)
def test_a_damaged_packed_column_is_merged_again(
    tmp_path: Path,
    keep_every_merge,
    caplog: pytest.LogCaptureFixture,
    damage: Callable[[dict[str, Any]], None],
):
    path = tmp_path / "reports.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_reports(n_docs=4, per_doc=25, seed=3))
    with Project.open(path) as project:
        project.load()
    head, body = _body(path)
    damage(body["columns"])
    _write_body(path, head, body)
    with caplog.at_level(logging.WARNING), Project.open(path) as project:
        assert project.load().events == _fresh_merge(path)
    assert "ignoring the kept merged events" in caplog.text


def test_an_open_from_the_kept_result_reads_no_excerpt_of_an_event(
    tmp_path: Path, keep_every_merge
):
    """With the events' excerpts kept merged, what is still read of the excerpts (those of
    places, conflicts and stances) is found by item through the evidence's index: the plan
    SQLite makes for every query on the excerpts searches, never scans, the hundred thousand
    excerpts of a large project's events; and with no imported table, no event row is read."""
    path = tmp_path / "reports.gpkg"
    analysis = _reports(n_docs=4, per_doc=25, seed=19)
    analysis.places[0].evidence = [analysis.events[0].evidence[0]]  # a place with its excerpt
    with Project.open(path, create=True) as project:
        project.save(analysis)
    with Project.open(path) as project:
        first = project.load()
    statements: list[str] = []
    with Project.open(path) as project:
        project._conn.set_trace_callback(statements.append)
        second = project.load()
        project._conn.set_trace_callback(None)
        reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        plans = {
            s: " / ".join(row[-1] for row in project._conn.execute("EXPLAIN QUERY PLAN " + s))
            for s in reads
            if " FROM evidence" in s and "count(*)" not in s  # the stamp counts them
        }
    assert second == first
    assert second.places[0].evidence == analysis.places[0].evidence
    # no imported table when the result was kept, and no event row changed since (the
    # stamp): no event row is read, only counted by the stamp
    assert [s for s in reads if " FROM events" in s and "count(*)" not in s] == []
    assert plans  # the excerpts of the other items were read
    for statement, plan in plans.items():
        assert "SCAN evidence" not in plan, (statement, plan)
