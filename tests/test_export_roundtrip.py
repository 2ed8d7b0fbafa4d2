"""Every data export, read back by the tools analysts use (geopandas for GeoJSON, CSV and
GeoPackage; an XML parser for KML), holds the items the window shows: the same ids, geometries,
review states and evidence, under the window's filters and reviews."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from explorer.export.records import in_file as file_characters
from explorer.store import Project
from explorer.workspace import Workspace
from tests.store_sample import sample_analysis

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """The window's model on a project with reviews, and a filter in force."""
    path = tmp_path / "project.gpkg"
    with Project.open(path, create=True) as project:
        project.save(sample_analysis())
        project.set_review("place:geonames:2210247", "edited", {"name": "Tripoli, Libya"})
        project.set_review("asset:curated:blue-stream", "confirmed")
        project.set_review("place:geonames:740264", "rejected")
        analysis, reviews = project.load(include_rejected=True), project.reviews()
    ws = Workspace()
    ws.set_analysis(analysis, path, reviews)
    ws.allow("sources", "black-sea-gas.txt", True)  # every article...
    ws.update_filters(kinds={"place", "event", "asset"})  # ...but no conflict areas
    return ws


def shown(ws: Workspace) -> dict[str, dict]:
    """What the window shows: id -> geometry, review and evidence (once per span)."""
    out = {}
    for item in ws.visible:
        spans = list(dict.fromkeys((e.doc, e.start, e.end, e.text) for e in item.evidence))
        geometry = shape(item.geometry) if item.geometry else None
        out[item.id] = {"geometry": geometry, "review": item.review, "evidence": spans}
    return out


def _same_geometry(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return shapely.equals_exact(shapely.normalize(a), shapely.normalize(b), tolerance=1e-9) or (
        a.equals(b)
    )


def _check(expected: dict[str, dict], got: dict[str, dict]) -> None:
    assert set(got) == set(expected)
    for item_id, want in expected.items():
        have = got[item_id]
        assert _same_geometry(have["geometry"], want["geometry"]), item_id
        assert have["review"] == want["review"], item_id
        assert have["evidence"] == want["evidence"], item_id


def test_the_filter_and_reviews_are_what_is_exported(workspace: Workspace) -> None:
    ids = set(shown(workspace))
    assert "place:geonames:740264" not in ids  # rejected
    assert not any(i.startswith("libya") for i in ids)  # conflict areas filtered out
    assert workspace.item("place:geonames:2210247").name == "Tripoli, Libya"


def test_geojson_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    out = workspace.export("geojson", tmp_path / "items.geojson").path
    frame = gpd.read_file(out)
    raw = json.loads(out.read_text("utf-8"))
    got = {}
    for row in frame.itertuples():
        evidence = json.loads(row.evidence) if isinstance(row.evidence, str) else row.evidence
        got[row.id] = {
            "geometry": row.geometry,
            "review": row.review,
            "evidence": [(e["doc"], e["start"], e["end"], e["text"]) for e in evidence],
        }
    for props in raw.get("unlocated", []):
        got[props["id"]] = {
            "geometry": None,
            "review": props["review"],
            "evidence": [(e["doc"], e["start"], e["end"], e["text"]) for e in props["evidence"]],
        }
    _check(shown(workspace), got)
    names = dict(zip(frame["id"], frame["name"], strict=True))
    assert names["place:geonames:2210247"] == "Tripoli, Libya"


def test_csv_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    out = workspace.export("csv", tmp_path / "items.csv").path
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    table = table[table["kind"] != "stance"]
    got = {}
    for row in table.itertuples():
        geometry = shapely.from_wkt(row.wkt) if row.wkt else None
        texts = row.excerpt.split(" | ") if row.excerpt else []
        refs = row.evidence.split(" | ") if row.evidence else []
        evidence = []
        for ref, text in zip(refs, texts, strict=True):
            doc, span = ref.rsplit(" [", 1)
            start, end = span.rstrip("]").split(":")
            evidence.append((doc, int(start), int(end), text))
        got[row.id] = {"geometry": geometry, "review": row.review, "evidence": evidence}
    expected = shown(workspace)
    for want in expected.values():  # the CSV folds whitespace inside an excerpt
        want["evidence"] = [(d, s, e, " ".join(t.split())) for d, s, e, t in want["evidence"]]
    _check(expected, got)
    points = table[table["geo_precision"] == "point"]
    for row in points.itertuples():
        point = shapely.from_wkt(row.wkt)
        assert (float(row.longitude), float(row.latitude)) == pytest.approx((point.x, point.y))


def test_geopackage_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    import pyogrio

    out = workspace.export("gpkg", tmp_path / "items.gpkg").path
    evidence = gpd.read_file(out, layer="evidence")
    spans: dict[str, list] = {}
    for row in evidence.itertuples():
        spans.setdefault(row.item_id, []).append((row.doc, int(row.start), int(row.end), row.text))
    got = {}
    for name, geometry_type in pyogrio.list_layers(out):
        if geometry_type is None and name != "unlocated":
            continue
        frame = gpd.read_file(out, layer=name)
        for row in frame.to_dict("records"):
            geom = row.get("geometry")
            if geom is not None and geom.geom_type.startswith("Multi") and len(geom.geoms) == 1:
                geom = geom.geoms[0]  # written as the layer's multi type
            got[row["id"]] = {
                "geometry": geom,
                "review": row["review"],
                "evidence": spans.get(row["id"], []),
            }
    _check(shown(workspace), got)


def test_kml_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    out = workspace.export("kml", tmp_path / "items.kml").path
    root = ET.parse(out).getroot()
    in_file = file_characters(workspace.items)
    got = {}
    for placemark in root.iter(f"{KML}Placemark"):
        data = {d.get("name"): d.findtext(f"{KML}value") for d in placemark.iter(f"{KML}Data")}
        geometry = None
        for tag in ("Point", "LineString", "Polygon", "MultiGeometry"):
            found = placemark.find(f"{KML}{tag}")
            if found is not None:
                geometry = _kml_shape(found)
        description = placemark.findtext(f"{KML}description")
        item = workspace.item(data["id"])
        evidence = [
            (e.doc, e.start, e.end, e.text)
            for e in item.evidence
            if "characters {}–{}".format(*in_file(e.to_json())) in description  # the file's
        ]
        got[data["id"]] = {
            "geometry": geometry,
            "review": data["review"],
            "evidence": list(dict.fromkeys(evidence)),
        }
    _check(shown(workspace), got)


def _kml_shape(element: ET.Element):
    tag = element.tag.removeprefix(KML)

    def coords(text: str) -> list[tuple[float, float]]:
        return [tuple(float(v) for v in c.split(",")[:2]) for c in text.split()]

    if tag == "Point":
        return shapely.Point(coords(element.findtext(f"{KML}coordinates"))[0])
    if tag == "LineString":
        return shapely.LineString(coords(element.findtext(f"{KML}coordinates")))
    if tag == "Polygon":
        outer = element.findtext(f"{KML}outerBoundaryIs/{KML}LinearRing/{KML}coordinates")
        holes = [
            coords(h.findtext(f"{KML}LinearRing/{KML}coordinates"))
            for h in element.findall(f"{KML}innerBoundaryIs")
        ]
        return shapely.Polygon(coords(outer), holes)
    parts = [_kml_shape(child) for child in element]
    return shapely.union_all(parts) if len(parts) > 1 else parts[0]
