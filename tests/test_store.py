"""The project file: real GeoPackages in tmp_path, written, read back and reopened."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import shape

from explorer.model import Analysis, Document, Evidence, Stance
from explorer.store import (
    SCHEMA_VERSION,
    Project,
    StoreError,
    codec,
    gpkg,
    mention_id,
    schema,
    stance_id,
    writing,
)
from tests.store_sample import sample_analysis


def _sorted(analysis: Analysis) -> Analysis:
    """A canonical order, to compare what went in with what came out."""

    def ev_sorted(item):
        return replace(item, evidence=sorted(item.evidence, key=lambda e: (e.doc, e.start)))

    return Analysis(
        documents=sorted(analysis.documents, key=lambda d: d.id),
        places=sorted((ev_sorted(p) for p in analysis.places), key=lambda p: p.id),
        mentions=sorted(analysis.mentions, key=lambda m: (m.doc, m.start, m.end)),
        events=sorted((ev_sorted(e) for e in analysis.events), key=lambda e: e.id),
        assets=sorted((ev_sorted(a) for a in analysis.assets), key=lambda a: a.id),
        theatres=sorted((ev_sorted(t) for t in analysis.theatres), key=lambda t: t.id),
        stances=sorted((ev_sorted(s) for s in analysis.stances), key=stance_id),
        problems=list(analysis.problems),
    )


def _dump(path: Path) -> dict[str, list]:
    """Every table's rows, without row ids, timestamps and the count of row changes: the
    file's logical content."""
    volatile = {"fid", "ingested", "last_change", "updated", "replaced"}
    conn = sqlite3.connect(path)
    try:
        out = {}
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (table,) in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            if table == schema.META_TABLE:
                cursor = conn.execute(
                    f"SELECT * FROM {table} WHERE key <> ?", (schema.CHANGES_KEY,)
                )
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in volatile]
            out[table] = sorted(
                (tuple(row[i] for i in keep) for row in cursor), key=lambda r: repr(r)
            )
        return out
    finally:
        conn.close()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "project.gpkg"


@pytest.fixture
def saved(project_path: Path) -> Path:
    with Project.open(project_path, create=True) as project:
        project.save(sample_analysis())
    return project_path


# --- round trips ------------------------------------------------------------------------------


def test_save_then_load_gives_back_the_analysis(saved: Path) -> None:
    with Project.open(saved) as project:
        loaded = project.load()
    expected = _sorted(sample_analysis())
    assert loaded.documents == expected.documents
    assert loaded.places == expected.places
    assert loaded.mentions == expected.mentions
    assert loaded.events == expected.events
    assert loaded.assets == expected.assets
    assert loaded.theatres == expected.theatres
    assert loaded.stances == expected.stances


def test_every_evidence_excerpt_is_its_document_slice(saved: Path) -> None:
    with Project.open(saved) as project:
        loaded = project.load()
    texts = {d.id: d.text for d in loaded.documents}
    evidence = [
        e
        for kind in (loaded.places, loaded.events, loaded.assets, loaded.theatres, loaded.stances)
        for item in kind
        for e in item.evidence
    ]
    assert len(evidence) > 15
    for e in evidence:
        assert texts[e.doc][e.start : e.end] == e.text


def test_original_text_and_offset_map_survive(saved: Path) -> None:
    with Project.open(saved) as project:
        doc = next(d for d in project.load().documents if d.raw_text != d.text)
    assert len(doc.offsets) == len(doc.text)
    assert all(doc.raw_text[o] == doc.text[i] for i, o in enumerate(doc.offsets))


@pytest.mark.parametrize(
    "offsets",
    [[], [0], [5, 6, 7, 20, 21, 3, 4], list(range(3, 900)) + list(range(1000, 1100)), [2, 2, 2]],
)
def test_offset_map_encoding_round_trips(offsets: list[int]) -> None:
    assert codec.decode_offsets(codec.encode_offsets(offsets)) == offsets


def test_offset_map_is_compact_for_deletions() -> None:
    offsets = list(range(40, 20_000)) + list(range(20_100, 30_000))
    assert len(codec.encode_offsets(offsets)) < 50


# --- the file is a GeoPackage ----------------------------------------------------------------


def test_layers_are_listed_with_their_geometry(saved: Path) -> None:
    layers = dict(pyogrio.list_layers(saved))
    for layer in ("places", "events", "assets", "theatres"):
        assert layers[layer] == "Unknown"  # GEOMETRY: mixed types in one layer
    for table in ("documents", "evidence", "mentions", "stances", "reviews"):
        assert table in layers and layers[table] is None


def test_geopandas_reads_places_as_they_were_saved(saved: Path) -> None:
    places = sample_analysis().places
    expected = gpd.GeoDataFrame(
        {
            "id": [p.id for p in places],
            "name": [p.name for p in places],
            "kind": [p.kind for p in places],
            "country": [p.country for p in places],
            "gazetteer_id": [p.gazetteer_id for p in places],
            "precision": [p.precision for p in places],
        },
        geometry=[shape(p.geometry) for p in places],
        crs="EPSG:4326",
    )
    actual = gpd.read_file(saved, layer="places")
    assert_geodataframe_equal(
        actual.sort_values("id").reset_index(drop=True),
        expected.sort_values("id").reset_index(drop=True),
        check_like=True,
    )


def test_events_take_their_place_geometry(saved: Path) -> None:
    events = gpd.read_file(saved, layer="events").set_index("id")
    analysis = sample_analysis()
    places = {p.id: shape(p.geometry) for p in analysis.places}
    for event in analysis.events:
        got = events.loc[event.id, "geometry"]
        if event.place_id:
            assert got.equals(places[event.place_id])
        else:
            assert got is None
    assert json.loads(events.loc["event:caucasus-drones.txt:1", "actors"]) == [
        "Russia",
        "Armenia",
        "Azerbaijan",
    ]


def test_assets_and_theatres_layers(saved: Path) -> None:
    assets = gpd.read_file(saved, layer="assets").set_index("id")
    assert assets.crs.to_epsg() == 4326
    assert assets.loc["asset:curated:blue-stream", "geometry"].geom_type == "LineString"
    assert assets.loc["asset:bayraktar-tb2", "geometry"] is None
    theatres = gpd.read_file(saved, layer="theatres").set_index("id")
    assert theatres.loc["libya", "geometry"].geom_type == "Polygon"
    stances = gpd.read_file(saved, layer="stances")
    assert stances["negated"].dtype == bool and stances["negated"].sum() == 1


def test_layer_extent_is_recorded(saved: Path) -> None:
    info = pyogrio.read_info(saved, layer="places")
    assert info["total_bounds"] == pytest.approx((9.3, 19.5, 47.2, 55.75222))


def test_geometry_blob_header() -> None:
    blob, bounds = gpkg.encode(
        {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 1], [0, 0]]]}
    )
    assert blob[:2] == b"GP" and blob[2] == 0
    assert int.from_bytes(blob[4:8], "little") == 4326
    assert (blob[3] >> 1) & 0b111 == 1  # an xy envelope
    assert bounds == (0, 0, 2, 1)
    assert shapely.from_wkb(blob[40:]).equals(shape(gpkg.decode(blob)))
    empty, _ = gpkg.encode({"type": "Point", "coordinates": []})
    assert empty[3] & 0b1_0000  # the empty flag
    assert gpkg.encode(None) == (None, None)


# --- incremental, idempotent, transactional ingest -------------------------------------------


def test_known_hashes(saved: Path) -> None:
    with Project.open(saved) as project:
        hashes = project.known_hashes()
    assert hashes == {d.id: d.sha256 for d in sample_analysis().documents}


def test_documents_saved_one_by_one_merge_shared_items(project_path: Path) -> None:
    with Project.open(project_path, create=True) as project:
        for doc in ("moscow-libya-talks.txt", "caucasus-drones.txt", "black-sea-gas.txt"):
            project.save(sample_analysis(only={doc}))
        loaded = project.load()
    assert loaded == _sorted(sample_analysis())
    moscow = next(p for p in loaded.places if p.name == "Moscow")
    assert {e.doc for e in moscow.evidence} == {"moscow-libya-talks.txt", "caucasus-drones.txt"}


def test_the_same_stance_from_two_documents_is_one_stance(project_path: Path) -> None:
    first = sample_analysis(only={"moscow-libya-talks.txt"})
    text = "Officials in Tripoli said again that Turkey backs the Government of National Accord."
    claim = "Turkey backs the Government of National Accord"
    second = Analysis(
        documents=[
            Document(
                id="follow-up.txt",
                path="",
                title="Follow-up",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
            )
        ],
        stances=[
            Stance(
                "Turkey",
                "backs",
                "Government of National Accord",
                "libya",
                [
                    Evidence(
                        "follow-up.txt", text.index(claim), text.index(claim) + len(claim), claim
                    )
                ],
            )
        ],
        problems=["broken.html: no article text found"],
    )
    with Project.open(project_path, create=True) as project:
        project.save(first)
        project.save(second)
        loaded = project.load()
    backs = [s for s in loaded.stances if s.party == "Government of National Accord"]
    assert len(backs) == 1
    assert [e.doc for e in backs[0].evidence] == ["follow-up.txt", "moscow-libya-talks.txt"]
    assert loaded.problems == ["broken.html: no article text found"]
    # The second save did not mention the theatre; the first document still holds it.
    assert [t.id for t in loaded.theatres] == ["libya"]


def test_saving_again_changes_nothing(saved: Path) -> None:
    before = _dump(saved)
    with Project.open(saved) as project:
        project.save(sample_analysis())
        project.save(sample_analysis(only={"caucasus-drones.txt"}))
    assert _dump(saved) == before


def test_changed_document_replaces_only_its_own_output(saved: Path) -> None:
    changed = (
        "Turkey backs Azerbaijan in the conflict, Armenian officials said in Moscow. "
        "Azerbaijan deployed Turkish-made Bayraktar TB2 drones over Nagorno-Karabakh."
    )
    with Project.open(saved) as project:
        project.save(
            sample_analysis(only={"caucasus-drones.txt"}, texts={"caucasus-drones.txt": changed})
        )
        loaded = project.load()
        hashes = project.known_hashes()
    assert hashes["caucasus-drones.txt"] == hashlib.sha256(changed.encode()).hexdigest()
    moscow = next(p for p in loaded.places if p.name == "Moscow")
    by_doc = {e.doc: e for e in moscow.evidence}
    # The other document's evidence stays as it was.
    first = sample_analysis(only={"moscow-libya-talks.txt"})
    assert (
        by_doc["moscow-libya-talks.txt"]
        == next(p for p in first.places if p.name == "Moscow").evidence[0]
    )
    assert by_doc["caucasus-drones.txt"].start == changed.index("Moscow")
    # What the new text no longer says is gone; what only it supported goes with it.
    assert "event:caucasus-drones.txt:1" not in {e.id for e in loaded.events}
    assert not [s for s in loaded.stances if s.relation == "mediates"]
    caucasus = [m for m in loaded.mentions if m.doc == "caucasus-drones.txt"]
    assert all(changed[m.start : m.end] == m.name for m in caucasus)


def test_items_no_document_supports_are_removed(saved: Path) -> None:
    with Project.open(saved) as project:
        project.save(sample_analysis(only={"black-sea-gas.txt"}, texts={"black-sea-gas.txt": "."}))
        loaded = project.load()
    assert "Samsun" not in {p.name for p in loaded.places}
    assert "asset:curated:blue-stream" not in {a.id for a in loaded.assets}
    assert "Moscow" in {p.name for p in loaded.places}
    assert "black-sea-gas.txt" in {d.id for d in loaded.documents}


def test_interrupted_save_leaves_the_file_as_it_was(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project_path, create=True) as project:
        project.save(sample_analysis(only={"moscow-libya-talks.txt"}))
    before_bytes = project_path.read_bytes()
    before = _dump(project_path)

    def fail(*args: object) -> None:
        raise RuntimeError("power cut")

    with Project.open(project_path) as project:
        monkeypatch.setattr(writing, "write_stances", fail)  # after places, events, assets
        with pytest.raises(RuntimeError, match="power cut"):
            project.save(sample_analysis())
        assert project.known_hashes().keys() == {"moscow-libya-talks.txt"}
        monkeypatch.undo()
        assert _dump(project_path) == before
        assert project_path.read_bytes() == before_bytes
        project.save(sample_analysis())  # the project is still usable
        assert len(project.known_hashes()) == 3


def test_bad_geometry_is_refused_before_writing(saved: Path) -> None:
    before = _dump(saved)
    analysis = sample_analysis(only={"black-sea-gas.txt"})
    analysis.places[0].geometry = {"type": "Point", "coordinates": ["east", "north"]}
    with Project.open(saved) as project, pytest.raises(StoreError, match="place:"):
        project.save(analysis)
    assert _dump(saved) == before


def test_evidence_from_an_unknown_document_is_refused(project_path: Path) -> None:
    analysis = sample_analysis(only={"black-sea-gas.txt"})
    analysis.places[0].evidence.append(Evidence("elsewhere.txt", 0, 4, "Gas "))
    with Project.open(project_path, create=True) as project:
        with pytest.raises(StoreError, match=r"elsewhere\.txt"):
            project.save(analysis)
        assert project.known_hashes() == {}


# --- opening what is not a project -----------------------------------------------------------


def _refused(path: Path, match: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError, match=match):
        Project.open(path, create=True)
    assert path.read_bytes() == before


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.gpkg"
    path.write_text("Tripoli, 14 January: talks resume.\n", encoding="utf-8")
    _refused(path, "not a GeoPackage")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.gpkg"
    path.write_bytes(b"")
    _refused(path, "not a GeoPackage")


def test_corrupt_file_is_refused_untouched(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, overwritten
    saved.write_bytes(bytes(data))
    _refused(saved, "damaged")


def test_truncated_project_is_refused(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes()[: 4096 * 3])
    _refused(saved, "damaged|not an explorer project")


def test_other_sqlite_and_geopackage_files_are_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(plain, "SQLite database but not an explorer project")

    other = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(1, 2)], crs=4326).to_file(other)
    _refused(other, "GeoPackage but not an explorer project")


def test_newer_schema_is_refused(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    conn.execute(
        "UPDATE explorer_meta SET value = ? WHERE key = 'schema_version'",
        (str(SCHEMA_VERSION + 1),),
    )
    conn.commit()
    conn.close()
    _refused(saved, "newer explorer")


def test_missing_project_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no project"):
        Project.open(tmp_path / "absent.gpkg")
    with pytest.raises(StoreError, match="does not exist"):
        Project.open(tmp_path / "no" / "such" / "folder.gpkg", create=True)
    assert list(tmp_path.iterdir()) == []


def test_older_schema_is_upgraded(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def add_notes(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE places ADD COLUMN notes TEXT")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {SCHEMA_VERSION: add_notes})
    with Project.open(saved) as project:
        assert len(project.load().places) == 6
    conn = sqlite3.connect(saved)
    version = conn.execute("SELECT value FROM explorer_meta WHERE key = 'schema_version'")
    assert version.fetchone()[0] == str(SCHEMA_VERSION + 1)
    assert "notes" in [r[1] for r in conn.execute("PRAGMA table_info(places)")]
    conn.close()


def test_failed_upgrade_leaves_the_file_as_it_was(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE places ADD COLUMN notes TEXT")
        raise RuntimeError("migration bug")

    before = saved.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {SCHEMA_VERSION: broken})
    with pytest.raises(RuntimeError, match="migration bug"):
        Project.open(saved)
    assert saved.read_bytes() == before


# --- reviews ---------------------------------------------------------------------------------

TRIPOLI = "place:geonames:2210247"
MEETING = "event:moscow-libya-talks.txt:0"


def test_reviews_apply_on_load(saved: Path) -> None:
    russia_lna = stance_id(Stance("Russia", "backs", "Libyan National Army", "libya"))
    moved = {"type": "Point", "coordinates": [13.2, 32.9]}
    with Project.open(saved) as project:
        project.set_review(TRIPOLI, "edited", {"geometry": moved, "name": "Tripoli (Libya)"})
        project.set_review(MEETING, "confirmed")
        project.set_review(russia_lna, "rejected")
        loaded = project.load()
        with_rejected = project.load(include_rejected=True)
        reviews = project.reviews()
    tripoli = next(p for p in loaded.places if p.id == TRIPOLI)
    assert tripoli.geometry == moved and tripoli.name == "Tripoli (Libya)"
    assert tripoli.evidence  # machine evidence stays with the edited item
    assert russia_lna not in {stance_id(s) for s in loaded.stances}
    assert russia_lna in {stance_id(s) for s in with_rejected.stances}
    assert reviews[russia_lna]["state"] == "rejected"
    assert reviews[MEETING] == {
        "kind": "event",
        "state": "confirmed",
        "edits": {},
        "updated": reviews[MEETING]["updated"],
    }
    assert reviews[TRIPOLI]["kind"] == "place"


def test_choosing_another_candidate_for_a_mention(saved: Path) -> None:
    with Project.open(saved) as project:
        mention = next(m for m in project.load().mentions if m.name == "Tripoli")
        other = mention.candidates[1]
        project.set_review(
            mention_id(mention),
            "edited",
            {
                "candidate": {
                    "gazetteer_id": other.gazetteer_id,
                    "name": other.name,
                    "lat": other.lat,
                    "lon": other.lon,
                    "kind": other.kind,
                    "country": other.country,
                }
            },
        )
        again = next(m for m in project.load().mentions if m.name == "Tripoli")
    assert again.place_id == "place:geonames:266826"
    assert again.candidates[0].gazetteer_id == "geonames:266826"
    assert len(again.candidates) == 2


def test_review_survives_reingest(saved: Path) -> None:
    with Project.open(saved) as project:
        project.set_review(TRIPOLI, "edited", {"name": "Tripoli, Libya"})
        project.set_review(MEETING, "rejected")
        project.save(sample_analysis(only={"moscow-libya-talks.txt"}))
        loaded = project.load()
    assert next(p for p in loaded.places if p.id == TRIPOLI).name == "Tripoli, Libya"
    assert MEETING not in {e.id for e in loaded.events}


def test_review_of_an_item_that_went_away_comes_back_with_it(saved: Path) -> None:
    with Project.open(saved) as project:
        project.set_review("place:geonames:740264", "rejected")
        project.save(sample_analysis(only={"black-sea-gas.txt"}, texts={"black-sea-gas.txt": "."}))
        assert "place:geonames:740264" not in {p.id for p in project.load().places}
        assert project.reviews()["place:geonames:740264"]["state"] == "rejected"
        project.save(sample_analysis(only={"black-sea-gas.txt"}))
        assert "place:geonames:740264" not in {p.id for p in project.load().places}


def test_edits_accumulate_and_undo_steps_back(saved: Path) -> None:
    with Project.open(saved) as project:
        project.set_review(TRIPOLI, "edited", {"name": "A"})
        project.set_review(TRIPOLI, "edited", {"country": "LB"})
        assert project.reviews()[TRIPOLI]["edits"] == {"name": "A", "country": "LB"}
        project.set_review(TRIPOLI, "rejected")
        assert project.undo_review(TRIPOLI) == "edited"
        assert project.reviews()[TRIPOLI]["edits"] == {"name": "A", "country": "LB"}
        assert project.undo_review(TRIPOLI) == "edited"
        assert project.reviews()[TRIPOLI]["edits"] == {"name": "A"}
        assert project.undo_review(TRIPOLI) == "unreviewed"
        assert TRIPOLI not in project.reviews()
        with pytest.raises(StoreError, match="to undo"):
            project.undo_review(TRIPOLI)
        project.set_review(TRIPOLI, "edited", {"name": "B"})
        project.set_review(TRIPOLI, "unreviewed")
        assert project.reviews()[TRIPOLI]["edits"] == {}
        assert next(p for p in project.load().places if p.id == TRIPOLI).name == "Tripoli"


@pytest.mark.parametrize(
    ("item", "state", "edits", "match"),
    [
        (TRIPOLI, "approved", None, "must be one of"),
        ("place:nowhere", "confirmed", None, "no item"),
        (TRIPOLI, "edited", None, "needs edits"),
        (TRIPOLI, "edited", {"colour": "red"}, "no editable field"),
        (TRIPOLI, "edited", {"geometry": {"type": "Point"}}, "cannot be"),
        (MEETING, "edited", {"date": "13 January"}, "cannot be"),
        (MEETING, "edited", {"actors": "Russia"}, "cannot be"),
    ],
)
def test_bad_reviews_are_refused(
    saved: Path, item: str, state: str, edits: dict | None, match: str
) -> None:
    before = _dump(saved)
    with Project.open(saved) as project, pytest.raises(StoreError, match=match):
        project.set_review(item, state, edits)
    assert _dump(saved) == before


def test_edits_of_every_kind_win_over_machine_output(saved: Path) -> None:
    gna = stance_id(Stance("Turkey", "backs", "Government of National Accord", "libya"))
    route = {"type": "LineString", "coordinates": [[38.0, 44.5], [36.3, 41.3]]}
    with Project.open(saved) as project:
        project.set_review(MEETING, "edited", {"date": "2020-01", "date_precision": "month"})
        project.set_review("asset:curated:blue-stream", "edited", {"geometry": route})
        project.set_review("libya", "edited", {"name": "Libyan civil war"})
        project.set_review(gna, "edited", {"party": "GNA"})
        project.set_review("mention:moscow-libya-talks.txt:227-233", "edited", {"metonymic": False})
        loaded = project.load()
        machine = project.load(include_rejected=True)
    meeting = next(e for e in loaded.events if e.id == MEETING)
    assert (meeting.date, meeting.date_precision) == ("2020-01", "month")
    assert next(a for a in loaded.assets if a.name == "Blue Stream").geometry == route
    assert next(t for t in loaded.theatres if t.id == "libya").name == "Libyan civil war"
    assert "GNA" in {s.party for s in loaded.stances}
    ankara = next(m for m in loaded.mentions if m.name == "Ankara")
    assert ankara.start == 227 and not ankara.metonymic
    assert machine.events == loaded.events  # include_rejected changes only rejected items


def test_version_2_projects_gain_attribution_dates_and_theatre_countries(saved: Path) -> None:
    """A project written before stances had claimants and dates opens, upgraded in place."""
    conn = sqlite3.connect(saved)
    for table, column in (("stances", "claimed_by"), ("evidence", "date"), ("theatres", "country")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("UPDATE explorer_meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(saved) as project:
        loaded = project.load()
    assert loaded.stances and all(s.claimed_by is None for s in loaded.stances)
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT value FROM explorer_meta WHERE key = 'schema_version'").fetchone()
    assert "claimed_by" in [r[1] for r in conn.execute("PRAGMA table_info(stances)")]
    assert "date" in [r[1] for r in conn.execute("PRAGMA table_info(evidence)")]
    conn.close()


def test_attributed_stances_and_evidence_dates_round_trip(project_path: Path) -> None:
    analysis = sample_analysis()
    doc = analysis.documents[0]
    ev = Evidence(doc.id, 0, 10, doc.text[:10], date="2019")
    claim = Stance("Turkey", "backs", "HTS", "syria", [ev], claimed_by="Syria")
    fact = Stance("Turkey", "backs", "HTS", "syria", [replace(ev, date="2020-01-05")])
    analysis.stances += [claim, fact]
    with Project.open(project_path, create=True) as project:
        project.save(analysis)
        loaded = project.load()
    got = {
        (s.claimed_by, tuple(e.date for e in s.evidence))
        for s in loaded.stances
        if s.party == "HTS"
    }
    assert got == {("Syria", ("2019",)), (None, ("2020-01-05",))}
