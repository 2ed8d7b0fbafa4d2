"""The merged events a project keeps: equal to a fresh merge, and never used for other rows."""

from __future__ import annotations

import hashlib
import logging
import random
import sqlite3
from pathlib import Path

import pytest

from explorer.extract.merge import merge_analysis_events
from explorer.model import Analysis, Document, Event, Evidence, Place, Span
from explorer.store import Project, merged, reading, schema
from explorer.store import project as project_module
from explorer.store.schema import META_TABLE

# A few towns; Idlib and Sarmin lie within the distance at which merging takes two towns as one
TOWNS = [
    ("Aleppo", 36.2021, 37.1343, "SY"),
    ("Idlib", 35.9306, 36.6339, "SY"),
    ("Sarmin", 35.9034, 36.7251, "SY"),
    ("Maarat al-Numan", 35.6435, 36.6734, "SY"),
    ("Kharkiv", 49.9808, 36.2527, "UA"),
]
ACTORS = ["Russia", "Turkey", "Syrian opposition", "Ukraine", "Police forces"]
TYPES = ["air_strike", "bombardment", "clash", "attack", "protest"]


def _reports(n_docs: int, per_doc: int, seed: int, prefix: str = "report") -> Analysis:
    """Articles telling events at a few towns on a few days: many tell the same one."""
    rng = random.Random(seed)
    places = [
        Place(
            id=f"place:{name.lower()}",
            name=name,
            kind="city",
            geometry={"type": "Point", "coordinates": [lon, lat]},
            country=country,
            gazetteer_id=None,
        )
        for name, lat, lon, country in TOWNS
    ]
    documents, events = [], []
    for d in range(n_docs):
        doc_id = f"{prefix}-{d:03d}.txt"
        text, spans, told = "", [], []
        for k in range(per_doc):
            place = rng.choice(places)
            actor, target = rng.sample(ACTORS, 2)
            etype = rng.choice(TYPES)
            day = f"2020-03-{rng.randint(1, 4):02d}" if rng.random() < 0.9 else "2020-03"
            sentence = f"On {day}, {actor} and {target} were reported ({etype}) in {place.name}."
            start = len(text)
            text += sentence + " "
            spans.append(Span(start, start + len(sentence)))
            event = Event(
                id=f"event:{prefix}:{d}:{k}",
                type=etype,
                date=day if rng.random() < 0.95 else None,
                date_precision="day" if len(day) == 10 else "month",
                place_id=place.id,
                actors=[actor],
                targets=[target],
                place_basis="sentence",
                date_basis="sentence",
                evidence=[Evidence(doc_id, start, start + len(sentence), sentence)],
            )
            told.append(event)
        events += told
        text = text.strip()
        documents.append(
            Document(
                id=doc_id,
                path="",
                title=f"Report {d}",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                outlet=rng.choice(["Wire", "Monitor", "Daily"]),
                published="2020-03-05",
                sentences=spans,
            )
        )
    return Analysis(documents=documents, places=places, events=events)


def _fresh_merge(path: Path) -> list[Event]:
    """What merging the stored rows gives, without any kept result."""
    conn = sqlite3.connect(path)
    try:
        analysis = reading.read_analysis(conn)
    finally:
        conn.close()
    return merge_analysis_events(analysis).events


def _kept_value(path: Path) -> bytes | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (merged.KEY,))
        found = row.fetchone()
    finally:
        conn.close()
    return found[0] if found else None


@pytest.fixture
def keep_every_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merged, "MIN_EVENTS", 0)


@pytest.fixture
def no_merging(monkeypatch: pytest.MonkeyPatch):
    """Makes any merge during the test fail, to prove a load took the kept result."""

    def refuse(analysis: Analysis) -> Analysis:
        raise AssertionError("merged on load although a merged result was kept")

    def use() -> None:
        monkeypatch.setattr(project_module, "merge_analysis_events", refuse)

    return use


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    path = tmp_path / "reports.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_reports(n_docs=12, per_doc=25, seed=5))
    return path


def test_the_kept_result_equals_a_fresh_merge(reports: Path, keep_every_merge, no_merging):
    fresh = _fresh_merge(reports)
    assert len(fresh) < 300  # the reports do tell shared events
    assert any(len(e.members) > 1 for e in fresh)
    with Project.open(reports) as project:
        first = project.load()
    assert first.events == fresh
    assert _kept_value(reports) is not None
    no_merging()
    with Project.open(reports) as project:
        second = project.load()
        assert second.events == fresh
        assert second == first


def test_an_ingest_invalidates_the_kept_result(reports: Path, keep_every_merge, no_merging):
    with Project.open(reports) as project:
        project.load()
        kept = _kept_value(reports)
        # more articles, telling some of the same events: the merge changes
        project.save(_reports(n_docs=4, per_doc=25, seed=9, prefix="later"))
        after = project.load()
    assert after.events == _fresh_merge(reports)
    assert {e.evidence[0].doc for e in after.events} & {"later-000.txt"}
    assert _kept_value(reports) not in (None, kept)  # kept again, for the new rows
    no_merging()
    with Project.open(reports) as project:
        assert project.load().events == after.events


def test_a_re_analysis_of_one_article_invalidates_it(reports: Path, keep_every_merge):
    analysis = _reports(n_docs=12, per_doc=25, seed=5)
    with Project.open(reports) as project:
        project.load()
        # the same article, analysed again by other rules: one event moved to another town
        doc = analysis.documents[3].id
        changed = Analysis(
            documents=[analysis.documents[3]],
            places=analysis.places,
            events=[e for e in analysis.events if e.evidence[0].doc == doc],
        )
        changed.events[0].place_id = "place:kharkiv"
        project.save(changed)
        loaded = project.load()
    assert loaded.events == _fresh_merge(reports)
    moved = [e for e in loaded.events if changed.events[0].id in (e.members or [e.id])]
    assert [e.place_id for e in moved] == ["place:kharkiv"]


def test_reviews_apply_to_the_kept_result(reports: Path, keep_every_merge, no_merging):
    with Project.open(reports) as project:
        events = project.load().events
        shared = next(e for e in events if len(e.members) > 1)
        alone = next(e for e in events if len(e.members) <= 1)
        no_merging()
        # a decision on any report of a merged event holds for it
        project.set_review(shared.members[-1], "rejected")
        project.set_review(alone.id, "edited", {"label": "Checked by hand"})
        loaded = project.load()
        everything = project.load(include_rejected=True)
    ids = {e.id for e in loaded.events}
    assert shared.id not in ids
    assert shared.id in {e.id for e in everything.events}
    assert next(e for e in loaded.events if e.id == alone.id).label == "Checked by hand"


@pytest.mark.parametrize("change", ["format", "code"])
def test_a_change_of_merging_rules_invalidates_it(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: str
):
    with Project.open(reports) as project:
        project.load()
    if change == "format":
        monkeypatch.setattr(merged, "MERGE_FORMAT", merged.MERGE_FORMAT + 1)
    else:  # another version of the merging code
        edited = tmp_path / "merge.py"
        source = Path(merged.merge.__file__).read_text("utf-8")
        edited.write_text(source.replace("_NEAR_KM = 50.0", "_NEAR_KM = 40.0"), "utf-8")
        monkeypatch.setattr(merged.merge, "__file__", str(edited))
    _opens_merging(reports, monkeypatch, times=1)


def test_a_damaged_kept_result_is_merged_again(
    reports: Path, keep_every_merge, caplog: pytest.LogCaptureFixture
):
    with Project.open(reports) as project:
        project.load()
    value = _kept_value(reports)
    assert value is not None
    conn = sqlite3.connect(reports)
    with conn:
        conn.execute(
            f"UPDATE {META_TABLE} SET value = ? WHERE key = ?",
            (value[: len(value) // 2], merged.KEY),
        )
    conn.close()
    with caplog.at_level(logging.WARNING), Project.open(reports) as project:
        assert project.load().events == _fresh_merge(reports)
    assert "merged events" in caplog.text
    assert _kept_value(reports) == value


def test_a_small_project_is_not_written_on_load(reports: Path):
    before = reports.read_bytes()
    with Project.open(reports) as project:
        project.load()
    assert reports.read_bytes() == before
    assert _kept_value(reports) is None


def test_a_file_that_cannot_be_written_still_loads(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch
):
    def refused(conn: sqlite3.Connection, value: bytes) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(merged, "write", refused)
    before = reports.read_bytes()
    with Project.open(reports) as project:
        assert project.load().events == _fresh_merge(reports)
    assert reports.read_bytes() == before


def test_imported_rows_are_never_merged_nor_kept(reports: Path, keep_every_merge, no_merging):
    # three rows of an imported table telling one clash: each stays an event of its own
    lines = [f"{k},2020-03-01,Battles,Russia,Aleppo,36.2021,37.1343" for k in range(3)]
    text = "\n".join(lines)
    starts = [text.index(line) for line in lines]
    table = Analysis(
        documents=[
            Document(
                id="acled.csv",
                path="",
                title="Event table: acled.csv",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
            )
        ],
        events=[
            Event(
                id=f"event:table:acled.csv:{k}",
                type="clash",
                date="2020-03-01",
                date_precision="day",
                place_id=None,
                actors=["Russia"],
                evidence=[Evidence("acled.csv", start, start + len(line), line)],
                layer="acled",
                geometry={"type": "Point", "coordinates": [37.1343, 36.2021]},
                precision="point",
                country="SY",
                location="Aleppo",
            )
            for k, (start, line) in enumerate(zip(starts, lines, strict=True))
        ],
    )
    with Project.open(reports) as project:
        project.save(table)
        first = project.load()
        no_merging()
        second = project.load()
    tabled = [e for e in second.events if e.layer]
    assert [e.id for e in tabled] == [f"event:table:acled.csv:{k}" for k in range(3)]
    assert all(e.geometry and e.location == "Aleppo" for e in tabled)
    assert second.events == first.events
    assert second.events == _fresh_merge(reports)


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE events SET type = 'protest' WHERE id = (SELECT min(id) FROM events)",
        "UPDATE evidence SET text = 'changed' WHERE fid = (SELECT min(fid) FROM evidence)",
        "UPDATE places SET name = 'Halab' WHERE id = 'place:aleppo'",
        "DELETE FROM events WHERE id = (SELECT max(id) FROM events)",
    ],
)
def test_rows_changed_by_another_program_invalidate_it(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch, edit: str
):
    """The file counts its own row changes: a script or a GIS program editing the rows
    (no explorer code involved) makes the kept result stale, without any row being read to
    find out."""
    with Project.open(reports) as project:
        project.load()
    conn = sqlite3.connect(reports)
    with conn:
        assert conn.execute(edit).rowcount == 1
    conn.close()
    _opens_merging(reports, monkeypatch, times=1)


def test_without_a_count_of_changes_nothing_is_kept_nor_read(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch
):
    """A file whose count was removed by hand cannot tell whether its rows changed: every open
    merges, and nothing is kept."""
    with Project.open(reports) as project:
        project.load()
    conn = sqlite3.connect(reports)
    with conn:
        conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (schema.CHANGES_KEY,))
        conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (merged.KEY,))
    conn.close()
    _opens_merging(reports, monkeypatch, times=2)
    assert _kept_value(reports) is None


def test_a_project_of_schema_4_counts_its_changes_once_upgraded(
    reports: Path, keep_every_merge, no_merging
):
    """The one migration step: a project written before files counted their row changes gets
    the count and its triggers, merges once more (its kept result was stamped otherwise),
    then opens from the kept result, and an ingest after the upgrade makes it stale."""
    conn = sqlite3.connect(reports)
    with conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", (schema.CHANGES_KEY,))
        conn.execute(f"UPDATE {META_TABLE} SET value = '4' WHERE key = 'schema_version'")
        conn.execute(
            f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)",
            (merged.KEY, b"0123456789abcdef0123456789abcdef01234567\nnot this format"),
        )
    conn.close()
    with Project.open(reports) as project:
        first = project.load()
    assert first.events == _fresh_merge(reports)
    conn = sqlite3.connect(reports)
    try:
        assert schema.read_version(conn) == schema.SCHEMA_VERSION
        triggers = {
            r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert triggers == set(schema.COUNTED_TABLES)
        counted = schema.read_changes(conn)
    finally:
        conn.close()
    assert counted is not None
    no_merging()
    with Project.open(reports) as project:
        assert project.load() == first
        project.save(_reports(n_docs=2, per_doc=25, seed=11, prefix="after"))
    conn = sqlite3.connect(reports)
    try:
        assert (schema.read_changes(conn) or 0) > counted
    finally:
        conn.close()


def _opens_merging(reports: Path, monkeypatch: pytest.MonkeyPatch, times: int) -> None:
    """Open and load ``reports`` ``times`` times: each load merges its events again and gives
    what a fresh merge gives."""
    calls = []
    real = project_module.merge_analysis_events
    monkeypatch.setattr(
        project_module, "merge_analysis_events", lambda a: calls.append(1) or real(a)
    )
    for _ in range(times):
        with Project.open(reports) as project:
            assert project.load().events == _fresh_merge(reports)
    assert calls == [1] * times
