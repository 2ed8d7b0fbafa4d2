"""Export formats: each written to a real file in tmp_path and read back by a real reader."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import shape

import explorer.export.report
from explorer.export import (
    FORMATS,
    ExportError,
    export_analysis,
    sides_report,
    to_feature_collection,
)
from explorer.model import Analysis, Evidence, Stance
from explorer.store import Project, stance_id
from tests.store_sample import sample_analysis

KML = "{http://www.opengis.net/kml/2.2}"
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
REQUIRED = ("id", "kind", "name", "type", "date", "country", "gazetteer_id", "evidence")


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()


def _texts(analysis: Analysis) -> dict[str, str]:
    return {d.id: d.text for d in analysis.documents}


# --- GeoJSON -----------------------------------------------------------------------------------


def test_geojson_follows_the_contract(analysis: Analysis, tmp_path: Path) -> None:
    out = export_analysis(analysis, "geojson", tmp_path / "items.geojson")
    collection = json.loads(out.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert set(collection) == {"type", "features"}
    features = collection["features"]
    kinds = [f["properties"]["kind"] for f in features]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "place": 6,
        "event": 4,
        "asset": 2,
        "theatre": 2,
    }
    texts = _texts(analysis)
    for feature in features:
        assert feature["type"] == "Feature"
        props = feature["properties"]
        for key in (*REQUIRED, "precision", "review"):
            assert key in props, (props["id"], key)
        assert props["date"] is None or ISO_DATE.match(props["date"])
        assert props["country"] is None or re.fullmatch(r"[A-Z]{2}", props["country"])
        if feature["geometry"] is not None:
            geom = shape(feature["geometry"])
            assert geom.is_valid and not geom.is_empty
            x0, y0, x1, y1 = geom.bounds
            assert -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90
        for e in props["evidence"]:
            assert set(e) == {"doc", "start", "end", "text"}
            assert texts[e["doc"]][e["start"] : e["end"]] == e["text"]
        assert props["evidence"] or props["kind"] == "theatre"


def test_geojson_kind_specific_properties(analysis: Analysis) -> None:
    features = {f["id"]: f for f in to_feature_collection(analysis)["features"]}
    meeting = features["event:moscow-libya-talks.txt:0"]["properties"]
    assert meeting["actors"] == ["Russia", "Turkey"]
    assert (meeting["date"], meeting["date_precision"]) == ("2020-01-13", "day")
    assert meeting["country"] == "RU"
    moscow = features["place:geonames:524901"]
    assert features["event:moscow-libya-talks.txt:0"]["geometry"] == moscow["geometry"]
    call = features["event:black-sea-gas.txt:0"]
    assert call["geometry"] is None and call["properties"]["date"] is None
    assert features["asset:curated:blue-stream"]["properties"]["operators"] == [
        "Gazprom",
        "BOTAŞ",
    ]
    assert features["asset:bayraktar-tb2"]["geometry"] is None
    karabakh = features["nagorno-karabakh"]["properties"]["stances"]
    assert {"power": "Turkey", "relation": "backs", "party": "Azerbaijan"} in karabakh
    assert all(s["party"] != "Armenia" for s in karabakh)  # the negated stance is not a side
    assert features["libya"]["properties"]["review"] == "unreviewed"


def test_geojson_is_read_by_geopandas(analysis: Analysis, tmp_path: Path) -> None:
    out = export_analysis(analysis, "geojson", tmp_path / "items.geojson")
    frame = gpd.read_file(out)
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 14
    assert frame.geometry.isna().sum() == 3  # the phone call, the drones, one theatre


def test_reviews_show_in_the_export(analysis: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "project.gpkg"
    with Project.open(path, create=True) as project:
        project.save(analysis)
        project.set_review("place:geonames:2210247", "edited", {"name": "Tripoli, Libya"})
        project.set_review("asset:bayraktar-tb2", "confirmed")
        project.set_review("place:geonames:740264", "rejected")
        reviewed, reviews = project.load(), project.reviews()
    features = {
        f["id"]: f["properties"] for f in to_feature_collection(reviewed, reviews)["features"]
    }
    assert features["place:geonames:2210247"]["name"] == "Tripoli, Libya"
    assert features["place:geonames:2210247"]["review"] == "edited"
    assert features["asset:bayraktar-tb2"]["review"] == "confirmed"
    assert "place:geonames:740264" not in features
    plain = to_feature_collection(reviewed, {"asset:bayraktar-tb2": "rejected"})
    states = {f["id"]: f["properties"]["review"] for f in plain["features"]}
    assert states["asset:bayraktar-tb2"] == "rejected"


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_has_a_row_per_item_with_geometry_and_evidence(
    analysis: Analysis, tmp_path: Path
) -> None:
    out = export_analysis(analysis, "csv", tmp_path / "items.csv")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert len(rows) == 14 + len(analysis.stances)
    moscow = rows["place:geonames:524901"]
    assert (float(moscow["lon"]), float(moscow["lat"])) == (37.61556, 55.75222)
    assert moscow["evidence_count"] == "2"
    assert "moscow-libya-talks.txt [39:45] Moscow" in moscow["evidence"]
    pipeline = rows["asset:curated:blue-stream"]
    assert shapely.from_wkt(pipeline["wkt"]).equals(
        shape(next(a for a in analysis.assets if a.name == "Blue Stream").geometry)
    )
    assert pipeline["lon"] == "" and pipeline["operators"] == "Gazprom; BOTAŞ"
    assert rows["event:black-sea-gas.txt:0"]["wkt"] == ""
    negated = rows[
        stance_id(Stance("Russia", "backs", "Armenia", "nagorno-karabakh", negated=True))
    ]
    assert negated["kind"] == "stance" and negated["negated"] == "True"
    assert negated["name"] == "Russia backs Armenia (negated)"


# --- KML ---------------------------------------------------------------------------------------


def test_kml_parses_with_real_geometry(analysis: Analysis, tmp_path: Path) -> None:
    analysis.places[0].name = 'Moscow <"centre"> & suburbs'
    out = export_analysis(analysis, "kml", tmp_path / "items.kml")
    root = ET.parse(out).getroot()
    assert root.tag == f"{KML}kml"
    placemarks = root.findall(f".//{KML}Placemark")
    assert len(placemarks) == 14
    by_name = {p.findtext(f"{KML}name"): p for p in placemarks}
    moscow = by_name['Moscow <"centre"> & suburbs']
    assert moscow.findtext(f"{KML}Point/{KML}coordinates") == "37.61556,55.75222"
    assert "“Moscow” (caucasus-drones.txt, characters 269–275)" in moscow.findtext(
        f"{KML}description"
    )
    line = by_name["Blue Stream"].findtext(f"{KML}LineString/{KML}coordinates")
    assert line.split() == ["38.1,44.6", "37.4,43.4", "36.33,41.28"]
    libya = by_name["Libya"]
    ring = libya.findtext(f"{KML}Polygon/{KML}outerBoundaryIs/{KML}LinearRing/{KML}coordinates")
    assert ring.split()[0] == ring.split()[-1] == "9.3,30.1"
    sea = by_name["Black Sea"]
    assert len(sea.findall(f"{KML}MultiGeometry/{KML}Polygon")) == 2
    meeting = by_name['Meeting: Russia – Turkey in Moscow <"centre"> & suburbs']
    assert meeting.findtext(f"{KML}TimeStamp/{KML}when") == "2020-01-13"
    assert by_name["Phone call"].find(f"{KML}Point") is None
    folders = [f.findtext(f"{KML}name") for f in root.iter(f"{KML}Folder")]
    assert folders == ["Places", "Events", "Assets", "Theatres"]


# --- GeoPackage --------------------------------------------------------------------------------


def test_gpkg_export_is_a_project_with_the_same_layers(analysis: Analysis, tmp_path: Path) -> None:
    project_path = tmp_path / "project.gpkg"
    with Project.open(project_path, create=True) as project:
        project.save(analysis)
        project.set_review("place:geonames:740264", "rejected")
        loaded, reviews = project.load(), project.reviews()
    out = export_analysis(loaded, "gpkg", tmp_path / "export.gpkg", reviews)
    with Project.open(out) as exported:
        again = exported.load(include_rejected=True)
        assert exported.reviews() == {}  # the rejected place is not in the export at all
    assert again.places == loaded.places
    assert again.stances == loaded.stances
    for layer in ("places", "events", "assets", "theatres"):
        ours = gpd.read_file(out, layer=layer).sort_values("id").reset_index(drop=True)
        if layer == "places":
            ours = ours[ours["id"] != "place:geonames:740264"].reset_index(drop=True)
        source = gpd.read_file(project_path, layer=layer)
        source = source[source["id"] != "place:geonames:740264"]
        assert_geodataframe_equal(ours, source.sort_values("id").reset_index(drop=True))
    assert dict(pyogrio.list_layers(out))["places"] == "Unknown"


def test_gpkg_export_replaces_an_existing_file(analysis: Analysis, tmp_path: Path) -> None:
    out = tmp_path / "export.gpkg"
    export_analysis(analysis, "gpkg", out)
    smaller = sample_analysis(only={"black-sea-gas.txt"})
    export_analysis(smaller, "gpkg", out)
    with Project.open(out) as project:
        assert set(project.known_hashes()) == {"black-sea-gas.txt"}


# --- HTML --------------------------------------------------------------------------------------


def test_html_report_is_standalone_and_escaped(analysis: Analysis, tmp_path: Path) -> None:
    analysis.assets[0].name = "<script>alert('drone')</script>"
    analysis.problems.append("broken.html: not valid UTF-8 & no charset")
    out = export_analysis(analysis, "html", tmp_path / "report.html")
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&#x27;drone&#x27;)&lt;/script&gt;" in page
    for pattern in (r"https?:", r"(src|href|action)\s*=", r"url\(", r"@import", r"[\"'(=]\s*//"):
        assert not re.search(pattern, page, re.IGNORECASE), pattern
    for heading in ("Places (6)", "Events (4)", "Assets (2)", "Theatres (2)", "Stances (5)"):
        assert f"<h2>{heading}</h2>" in page
    assert "Russia mediated a ceasefire" in page  # evidence is shown
    assert "broken.html: not valid UTF-8 &amp; no charset" in page
    _assert_balanced(page)


class _TagChecker(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (self.open[-3:], tag)
        self.open.pop()


def _assert_balanced(page: str) -> None:
    checker = _TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.open == []


# --- writing safely ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_complete_file(fmt: str, analysis: Analysis, tmp_path: Path) -> None:
    out = export_analysis(analysis, fmt, tmp_path / f"out.{fmt}")
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{fmt}"]


def test_failed_export_leaves_the_old_file(
    analysis: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    out.write_text("the previous report", encoding="utf-8")

    def broken(*args: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(explorer.export.report, "to_html", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export_analysis(analysis, "html", out)
    assert out.read_text("utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_bad_requests_are_refused(analysis: Analysis, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="geojson, csv, kml, gpkg, html"):
        export_analysis(analysis, "shp", tmp_path / "out.shp")
    with pytest.raises(ExportError, match="is a folder"):
        export_analysis(analysis, "csv", tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_analysis(analysis, "csv", tmp_path / "missing" / "out.csv")
    analysis.places[0].geometry = {"type": "Point", "coordinates": ["east"]}
    with pytest.raises(ExportError, match="place:geonames:524901"):
        export_analysis(analysis, "geojson", tmp_path / "out.geojson")
    assert list(tmp_path.iterdir()) == []


# --- sides -------------------------------------------------------------------------------------


def test_sides_json_contract(analysis: Analysis) -> None:
    # The same claim made again in another document is one stance with two excerpts.
    text = _texts(analysis)["caucasus-drones.txt"]
    start = text.index("Turkey backs Azerbaijan")
    analysis.stances.append(
        Stance(
            "Turkey",
            "backs",
            "Government of National Accord",
            "libya",
            [Evidence("caucasus-drones.txt", start, start + 23, "Turkey backs Azerbaijan")],
        )
    )
    report = json.loads(sides_report(analysis, "json"))
    assert set(report) == {"theatres"}
    assert [t["name"] for t in report["theatres"]] == ["Libya", "Nagorno-Karabakh"]
    texts = _texts(analysis)
    for theatre in report["theatres"]:
        assert set(theatre) == {"name", "id", "stances"}
        for stance in theatre["stances"]:
            # the contract's keys, and what a stance may add (DESIGN.md)
            assert {"power", "relation", "party", "evidence"} <= set(stance)
            assert set(stance) <= {
                "power",
                "relation",
                "party",
                "evidence",
                "date",
                "years",
                "outlets",
                "independent_outlets",
                "claimed_by",
                "contested",
            }
            for e in stance["evidence"]:
                assert texts[e["doc"]][e["start"] : e["end"]] == e["text"]
    libya = report["theatres"][0]
    gna = next(s for s in libya["stances"] if s["party"] == "Government of National Accord")
    assert [e["doc"] for e in gna["evidence"]] == ["caucasus-drones.txt", "moscow-libya-talks.txt"]
    karabakh = report["theatres"][1]["stances"]
    assert ("Russia", "backs", "Armenia") not in {
        (s["power"], s["relation"], s["party"]) for s in karabakh
    }
    assert ("Russia", "mediates", "Armenia and Azerbaijan") in {
        (s["power"], s["relation"], s["party"]) for s in karabakh
    }


def test_sides_markdown(analysis: Analysis) -> None:
    page = sides_report(analysis, "md")
    assert "## Libya (`libya`)" in page
    assert "2 stances from 1 document." in page
    assert "| Power | Relation | Party | Evidence | When | Outlets | Note | Excerpts |" in page
    assert "| Turkey | backs | Azerbaijan | 1 |" in page
    assert "“Turkey backs Azerbaijan in the conflict”" in page
    assert "Armenia's offensive" not in page
    with pytest.raises(ExportError, match="json, md"):
        sides_report(analysis, "xml")


def test_sides_markdown_shows_hostile_text_inert(analysis: Analysis) -> None:
    stance = analysis.stances[0]
    ev = stance.evidence[0]
    stance.party = "<script>alert(1)</script> [x](http://e.example)"
    page = sides_report(analysis, "md")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "](http" not in page and "\\[x\\]\\(http" in page
    assert ev.text.split()[0] in page


def test_sides_of_an_empty_analysis() -> None:
    assert json.loads(sides_report(Analysis())) == {"theatres": []}
    assert "No theatres" in sides_report(Analysis(), "md")
