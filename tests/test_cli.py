"""The command-line contract, end to end on the bundled seed articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from explorer.mapview.composition import FOOTER_HEIGHT as _FOOTER
from explorer.mapview.composition import TITLE_HEIGHT as _TITLE
from explorer.palette import KIND_COLOURS

TITLE_HEIGHT, FOOTER_HEIGHT = int(_TITLE), int(_FOOTER)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


@pytest.fixture(autouse=True)
def _seeds_analysed(seeds_project):
    """The seeds' project is in place, as the window would have left it."""


@pytest.fixture
def seeds_geojson(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("export") / "seeds.geojson"
    result = run_cli("export", str(SEEDS), "-f", "geojson", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_holds_the_seed_places_with_verbatim_evidence(seeds_geojson):
    assert seeds_geojson["type"] == "FeatureCollection"
    by_name: dict[str, list[dict]] = {}
    for feature in seeds_geojson["features"]:
        props = feature["properties"]
        for key in ("id", "kind", "name", "type", "date", "country", "gazetteer_id", "evidence"):
            assert key in props, (key, props)
        by_name.setdefault(props["name"], []).append(feature)
    originals = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for feature in seeds_geojson["features"]:
        for ev in feature["properties"]["evidence"]:
            assert " ".join(ev["text"].split()) in " ".join(originals[ev["doc"]].split())
    places = {
        f["properties"]["name"]: f
        for f in seeds_geojson["features"]
        if f["properties"]["kind"] == "place"
    }
    for name in ("Sochi", "Afrin", "Aleppo", "Istanbul", "Kazan", "Rome", "Idlib"):
        assert name in places, sorted(places)
    assets = {
        f["properties"]["name"]: f
        for f in seeds_geojson["features"]
        if f["properties"]["kind"] == "asset"
    }
    assert any("Akkuyu" in name for name in assets), sorted(assets)
    turkstream = next(f for n, f in assets.items() if "TurkStream" in n)
    start, end = turkstream["geometry"]["coordinates"][0], turkstream["geometry"]["coordinates"][-1]
    assert 36.5 < start[0] < 38.5 and 44.5 < start[1] < 45.5  # Russian coast near Anapa
    assert abs(end[0] - 28.09) < 0.2 and abs(end[1] - 41.63) < 0.2  # landfall at Kıyıköy
    assert any(
        n.lower().replace("-", " ") in ("al bab", "al-bab") or "bab" in n.lower() for n in places
    )
    tripolis = [f for f in places.values() if f["properties"]["name"] == "Tripoli"]
    assert tripolis and all(f["properties"]["country"] == "LY" for f in tripolis)
    geometry_types = {
        f["properties"]["name"]: f["geometry"]["type"]
        for f in seeds_geojson["features"]
        if f["geometry"]
    }
    assert any("Polygon" in t for n, t in geometry_types.items() if "Karabakh" in n)
    assert any("LineString" in t for n, t in geometry_types.items() if "Stream" in n)


def test_snapshot_writes_a_rendered_map(tmp_path):
    out = tmp_path / "map.png"
    result = run_cli("snapshot", str(SEEDS), "-o", str(out), "--scale", "1")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900 + TITLE_HEIGHT + FOOTER_HEIGHT)
    small = image.scaled(280, 180)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    assert len(colours) > 50


def test_snapshot_scale_and_bbox(tmp_path):
    out = tmp_path / "map2x.png"
    # A frame centred on Tripoli (13.19 E, 32.89 N): its symbol is drawn in the middle.
    result = run_cli(
        "snapshot", str(SEEDS), "-o", str(out), "--scale", "2", "--bbox", "9.19,29.89,17.19,35.89"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2800, 2 * (900 + TITLE_HEIGHT + FOOTER_HEIGHT))
    place = QColor(KIND_COLOURS["place"])

    def near(c: QColor) -> bool:
        return all(abs(a - b) < 20 for a, b in zip(c.getRgb()[:3], place.getRgb()[:3], strict=True))

    top = 2 * TITLE_HEIGHT  # the map is drawn under the title
    centre = [
        image.pixelColor(1400 + dx, top + 900 + dy) for dx in range(-12, 13, 2) for dy in (-4, 0, 4)
    ]
    corner = [
        image.pixelColor(100 + dx, top + 100 + dy) for dx in range(-12, 13, 2) for dy in (-4, 0, 4)
    ]
    assert any(near(c) for c in centre) and not any(near(c) for c in corner)


def test_bad_arguments_and_sources_give_clear_errors(tmp_path):
    result = run_cli("snapshot", str(tmp_path / "missing"), "-o", str(tmp_path / "x.png"))
    assert result.returncode != 0 and "no such file or folder" in result.stderr
    result = run_cli("snapshot", str(SEEDS), "-o", str(tmp_path / "x.png"), "--bbox", "1,2,3")
    assert result.returncode != 0 and "W,S,E,N" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("export", str(empty), "-f", "geojson", "-o", str(tmp_path / "o.json"))
    assert result.returncode != 0 and "no readable articles" in result.stderr
    assert not (tmp_path / "o.json").exists()


def test_geoparse_batch_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = {"a": "Talks were held in Istanbul and later in Geneva.", "b": "Nothing here."}
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()))
    out = tmp_path / "out.jsonl"
    result = run_cli("geoparse", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(rows) == {"a", "b"}
    names = [t["name"] for t in rows["a"]["toponyms"]]
    assert names == ["Istanbul", "Geneva"]
    for t in rows["a"]["toponyms"]:
        assert texts["a"][t["start"] : t["end"]] == t["name"]
    assert rows["b"]["toponyms"] == []


def test_sides_json_names_who_backs_whom_with_verbatim_evidence():
    result = run_cli("sides", str(SEEDS), "-f", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    claims = {
        (t["id"], s["power"], s["relation"], s["party"]): s["evidence"]
        for t in report["theatres"]
        for s in t["stances"]
    }
    expected = [
        ("libya", "Turkey", "backs", "Government of National Accord (GNA)"),
        ("libya", "Russia", "backs", "Libyan National Army (LNA)"),
        ("syria", "Russia", "backs", "Syrian government (Assad)"),
        ("syria", "Turkey", "backs", "Syrian opposition"),
        ("nagorno-karabakh", "Turkey", "backs", "Azerbaijan"),
    ]
    originals = {p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in SEEDS.iterdir()}
    for key in expected:
        assert key in claims, sorted(claims)
        for ev in claims[key]:
            assert " ".join(ev["text"].split()) in originals[ev["doc"]]
    markdown = run_cli("sides", str(SEEDS), "-f", "md")
    assert markdown.returncode == 0 and "Libya" in markdown.stdout


def test_ingest_is_incremental_and_the_project_exports(tmp_path):
    project = tmp_path / "p.gpkg"
    first = run_cli("ingest", str(SEEDS), "-p", str(project))
    assert first.returncode == 0, first.stderr
    assert "5 article(s) added" in first.stdout
    again = run_cli("ingest", str(SEEDS), "-p", str(project))
    assert again.returncode == 0 and "0 article(s) added" in again.stdout
    assert "5 unchanged" in again.stdout
    out = tmp_path / "project.geojson"
    exported = run_cli("export", str(project), "-f", "geojson", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    kinds = {f["properties"]["kind"] for f in json.loads(out.read_text())["features"]}
    assert kinds == {"place", "event", "asset", "theatre"}
    import geopandas

    places = geopandas.read_file(project, layer="places")
    assert len(places) > 20 and places.crs.to_epsg() == 4326


def test_a_bad_file_is_reported_and_the_others_are_read(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Talks in Geneva\n\nDiplomats met in Geneva on Monday.\n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "o.geojson"
    result = run_cli("export", str(folder), "-f", "geojson", "-o", str(out))
    assert result.returncode == 1, result.stderr  # written, but the batch had bad files
    assert "binary.txt" in result.stderr and "empty.txt" in result.stderr
    names = {f["properties"]["name"] for f in json.loads(out.read_text())["features"]}
    assert "Geneva" in names


def test_export_takes_the_windows_filters(tmp_path):
    out = tmp_path / "events.geojson"
    result = run_cli(
        "export", str(SEEDS), "-f", "geojson", "-o", str(out),
        "--kind", "event", "--from", "2016", "--no-undated", "--actor", "Russia",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    collection = json.loads(out.read_text("utf-8"))
    features = collection["features"]
    assert features and {f["properties"]["kind"] for f in features} == {"event"}
    for props in [f["properties"] for f in features] + collection.get("unlocated", []):
        assert props["date"] >= "2016"
        assert "Russia" in props["actors"]
    unlocated = len(collection.get("unlocated", []))
    n = len(features) + unlocated
    assert f": {n} item{'s' * (n != 1)} of " in result.stdout
    assert (f"{unlocated} without a place" in result.stdout) == bool(unlocated)
    result = run_cli("export", str(SEEDS), "-f", "csv", "-o", str(out), "--kind", "nothing")
    assert result.returncode != 0 and "invalid choice" in result.stderr


def test_subcommands_come_from_the_declared_commands():
    from explorer.cli import HANDLERS, build_parser
    from explorer.commands import MissingHandler, cli_commands

    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # the subcommands argparse built
    assert set(choices) == {c.cli for c in cli_commands()}
    handler = HANDLERS.pop(cli_commands()[0].key)
    try:
        with pytest.raises(MissingHandler, match="no handler for open_folder"):
            build_parser()
    finally:
        HANDLERS[cli_commands()[0].key] = handler


def test_an_export_never_writes_over_the_project_it_reads(tmp_path, seeds_project):
    # 'export P.gpkg -f gpkg -o P.gpkg' replaced the project, reviews and all, by its export
    project = tmp_path / "p.gpkg"
    project.write_bytes(seeds_project.read_bytes())
    before = project.read_bytes()
    for fmt in ("gpkg", "csv"):
        result = run_cli("export", str(project), "-f", fmt, "-o", str(project))
        assert result.returncode == 2 and "is what this command reads" in result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
    folder_project = run_cli("export", str(SEEDS), "-f", "gpkg", "-o", str(seeds_project))
    assert folder_project.returncode == 2 and "is what this command reads" in folder_project.stderr
    assert project.read_bytes() == before
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "a", "text": "Talks in Geneva."}\n', encoding="utf-8")
    same = run_cli("geoparse", str(lines), "-o", str(lines))
    assert same.returncode == 2 and "Geneva" in lines.read_text(encoding="utf-8")
