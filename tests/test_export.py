"""Export formats: each written to a real file in tmp_path and read back by a real reader."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely
from shapely.geometry import shape

import explorer.export.htmlmap
from explorer.export import (
    FORMATS,
    ExportError,
    ExportOptions,
    export_analysis,
    export_items,
    sides_report,
    to_feature_collection,
)
from explorer.items import build_items
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
    out = export_analysis(analysis, "geojson", tmp_path / "items.geojson").path
    collection = json.loads(out.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert set(collection) == {"type", "features", "unlocated"}
    features = collection["features"]
    kinds = [f["properties"]["kind"] for f in features]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "place": 6,
        "event": 3,
        "asset": 1,
        "theatre": 1,
    }
    # no null geometry: the phone call, the drones and a theatre with no area are apart
    assert all(f["geometry"] is not None for f in features)
    assert sorted(u["id"] for u in collection["unlocated"]) == [
        "asset:bayraktar-tb2",
        "event:black-sea-gas.txt:0",
        "nagorno-karabakh",
    ]
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
    collection = to_feature_collection(analysis)
    features = {f["id"]: f for f in collection["features"]}
    features.update({u["id"]: {"geometry": None, "properties": u} for u in collection["unlocated"]})
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
    out = export_analysis(analysis, "geojson", tmp_path / "items.geojson").path
    frame = gpd.read_file(out)
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == 11  # the phone call, the drones, one theatre listed apart
    assert frame.geometry.isna().sum() == 0


def test_reviews_show_in_the_export(analysis: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "project.gpkg"
    with Project.open(path, create=True) as project:
        project.save(analysis)
        project.set_review("place:geonames:2210247", "edited", {"name": "Tripoli, Libya"})
        project.set_review("asset:bayraktar-tb2", "confirmed")
        project.set_review("place:geonames:740264", "rejected")
        reviewed, reviews = project.load(), project.reviews()
    collection = to_feature_collection(reviewed, reviews)
    features = {f["id"]: f["properties"] for f in collection["features"]}
    features.update({u["id"]: u for u in collection["unlocated"]})
    assert features["place:geonames:2210247"]["name"] == "Tripoli, Libya"
    assert features["place:geonames:2210247"]["review"] == "edited"
    assert features["asset:bayraktar-tb2"]["review"] == "confirmed"
    assert "place:geonames:740264" not in features
    plain = to_feature_collection(reviewed, {"asset:bayraktar-tb2": "rejected"})
    states = {u["id"]: u["review"] for u in plain["unlocated"]}
    assert states["asset:bayraktar-tb2"] == "rejected"


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_in_the_manner_of_acled(analysis: Analysis, tmp_path: Path) -> None:
    out = export_analysis(analysis, "csv", tmp_path / "items.csv").path
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames
        rows = {row["id"]: row for row in reader}
    assert header[:8] == [
        "id", "kind", "type", "name", "date", "date_precision", "actor1", "actor2"
    ]  # fmt: skip
    for column in ("side", "conflict", "place", "country", "latitude", "longitude",
                   "geo_precision", "sources", "outlets", "excerpt"):  # fmt: skip
        assert column in header
    assert len(rows) == 14 + len(analysis.stances)
    moscow = rows["place:geonames:524901"]
    assert (float(moscow["longitude"]), float(moscow["latitude"])) == (37.61556, 55.75222)
    assert moscow["geo_precision"] == "point"
    assert moscow["evidence_count"] == "2"
    assert moscow["excerpt"] == "Moscow | Moscow"
    assert moscow["evidence"] == "moscow-libya-talks.txt [39:45] | caucasus-drones.txt [269:275]"
    assert moscow["outlets"] == "Example Review; Example Wire"
    meeting = rows["event:moscow-libya-talks.txt:0"]
    assert (meeting["actor1"], meeting["date"], meeting["place"]) == (
        "Russia; Turkey",
        "2020-01-13",
        "Moscow",
    )
    pipeline = rows["asset:curated:blue-stream"]
    assert shapely.from_wkt(pipeline["wkt"]).equals(
        shape(next(a for a in analysis.assets if a.name == "Blue Stream").geometry)
    )
    assert pipeline["geo_precision"] == "line" and pipeline["actor1"] == "Gazprom; BOTAŞ"
    libya = rows["place:geonames:2215636"]
    assert libya["geo_precision"] == "country"
    assert shapely.from_wkt(libya["wkt"]).contains(
        shapely.Point(float(libya["longitude"]), float(libya["latitude"]))
    )
    assert rows["event:black-sea-gas.txt:0"]["wkt"] == ""
    negated = rows[
        stance_id(Stance("Russia", "backs", "Armenia", "nagorno-karabakh", negated=True))
    ]
    assert negated["kind"] == "stance" and negated["negated"] == "True"
    assert (negated["actor1"], negated["type"], negated["actor2"]) == ("Russia", "backs", "Armenia")


def test_csv_cells_never_run_as_formulas(analysis: Analysis, tmp_path: Path) -> None:
    analysis.places[0].name = '=HYPERLINK("http://evil.example","x")'
    analysis.assets[0].operators = ["+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"]
    out = export_analysis(analysis, "csv", tmp_path / "items.csv").path
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    assert not [c for c in cells if c.startswith("-") and not re.fullmatch(r"-[\d.]+", c)]
    assert '\'=HYPERLINK("http://evil.example","x")' in cells


# --- KML ---------------------------------------------------------------------------------------


def test_kml_parses_with_real_geometry(analysis: Analysis, tmp_path: Path) -> None:
    analysis.places[0].name = 'Moscow <"centre"> & suburbs'
    out = export_analysis(analysis, "kml", tmp_path / "items.kml").path
    root = ET.parse(out).getroot()
    assert root.tag == f"{KML}kml"
    placemarks = root.findall(f".//{KML}Placemark")
    assert len(placemarks) == 14
    by_name = {p.findtext(f"{KML}name"): p for p in placemarks}
    moscow = by_name['Moscow <"centre"> & suburbs']
    assert moscow.findtext(f"{KML}Point/{KML}coordinates") == "37.61556,55.75222"
    description = moscow.findtext(f"{KML}description")
    assert "“Moscow”<br><i>Example Review, 2020-11-12, caucasus-drones.txt" in description
    line = by_name["Blue Stream"].findtext(f"{KML}LineString/{KML}coordinates")
    assert line.split() == ["38.1,44.6", "37.4,43.4", "36.33,41.28"]
    libya = by_name["Libya"]
    ring = libya.findtext(f"{KML}Polygon/{KML}outerBoundaryIs/{KML}LinearRing/{KML}coordinates")
    assert ring.split()[0] == ring.split()[-1]
    sea = by_name["Black Sea"]
    assert len(sea.findall(f"{KML}MultiGeometry/{KML}Polygon")) == 2
    # an unplaced call of no one named: its title says its date (uxlook20's told_title)
    phone = [p for name, p in by_name.items() if name.startswith("Phone call")]
    assert len(phone) == 1 and phone[0].find(f"{KML}Point") is None


def test_kml_folders_styles_and_time(analysis: Analysis, tmp_path: Path) -> None:
    palette = {
        "kinds": {"place": "#4D5A66", "event": "#2F2F2F", "asset": "#6B5E4F", "theatre": "#6F6F6F"},
        "sides": {"Azerbaijan": "#E69F00"},
        "numbers": {"Azerbaijan": 1},
    }
    items = build_items(analysis)
    deployment = next(i for i in items if i.type == "deployment")
    items = items.subset(lambda i: True)
    items = dataclasses.replace(
        items,
        items=tuple(
            dataclasses.replace(i, side="Azerbaijan", theatre="libya")
            if i.id == deployment.id
            else i
            for i in items.items
        ),
    )
    out = export_items(items, "kml", tmp_path / "items.kml", ExportOptions(palette=palette)).path
    root = ET.parse(out).getroot()
    document = root.find(f"{KML}Document")
    styles = {s.get("id"): s for s in document.findall(f"{KML}Style")}
    assert styles["side-1"].findtext(f"{KML}IconStyle/{KML}color") == "ff009fe6"  # aabbggrr
    assert {"kind-place", "kind-event", "kind-asset", "kind-theatre", "rejected"} <= set(styles)
    top = [f.findtext(f"{KML}name") for f in document.findall(f"{KML}Folder")]
    assert top == [
        "Places (6)",
        "Events (3)",
        "Assets (1)",
        "Conflict areas (1)",
        "Without a place, not on the map (3)",  # not "(not on the map) (3)"
    ]
    events = document.findall(f"{KML}Folder")[1]
    assert [f.findtext(f"{KML}name") for f in events.findall(f"{KML}Folder")] == [
        "Libya (1)",
        "Outside any conflict (2)",
    ]
    by_name = {p.findtext(f"{KML}name"): p for p in root.iter(f"{KML}Placemark")}
    placed = by_name[deployment.name]
    assert placed.findtext(f"{KML}styleUrl") == "#side-1"
    # a month is a span, so Google Earth's slider shows it for the whole month
    assert placed.findtext(f"{KML}TimeSpan/{KML}begin") == "2020-10-01"
    assert placed.findtext(f"{KML}TimeSpan/{KML}end") == "2020-10-31"
    meeting = next(p for n, p in by_name.items() if n.startswith("Meeting"))
    assert meeting.findtext(f"{KML}TimeStamp/{KML}when") == "2020-01-13"
    dated = [i for i in items if i.date]
    timed = [p for p in by_name.values() if p.find(f"{KML}TimeStamp") is not None
             or p.find(f"{KML}TimeSpan") is not None]  # fmt: skip
    assert len(timed) == len(dated) == 3
    assert placed.findtext(f"{KML}styleUrl") == "#side-1"


def test_kml_descriptions_are_escaped_and_control_characters_dropped(
    analysis: Analysis, tmp_path: Path
) -> None:
    doc = analysis.documents[0]
    evil = "<script>alert(1)</script>\x07 & <b>bold</b>"
    doc.text = doc.text + " " + evil
    start = len(doc.text) - len(evil)
    analysis.places[0].evidence.append(Evidence(doc.id, start, len(doc.text), evil))
    out = export_analysis(analysis, "kml", tmp_path / "items.kml").path
    raw = out.read_text("utf-8")
    assert "\x07" not in raw
    root = ET.parse(out).getroot()  # parses: no character XML forbids
    description = next(
        p.findtext(f"{KML}description")
        for p in root.iter(f"{KML}Placemark")
        if p.findtext(f"{KML}name") == "Moscow"
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in description
    assert "<script" not in description and "<b>" not in description


# --- GeoPackage --------------------------------------------------------------------------------


def test_gpkg_layers_have_one_geometry_type_each(analysis: Analysis, tmp_path: Path) -> None:
    project_path = tmp_path / "project.gpkg"
    with Project.open(project_path, create=True) as project:
        project.save(analysis)
        project.set_review("place:geonames:740264", "rejected")
        project.set_review("asset:curated:blue-stream", "confirmed")
        loaded, reviews = project.load(), project.reviews()
    out = export_analysis(loaded, "gpkg", tmp_path / "export.gpkg", reviews).path
    layers = dict(pyogrio.list_layers(out))
    assert layers == {
        "places_point": "Point",
        "places_polygon": "MultiPolygon",
        "events_point": "Point",
        "events_polygon": "MultiPolygon",
        "assets_line": "MultiLineString",
        "theatres_polygon": "MultiPolygon",
        "unlocated": None,
        "evidence": None,
        "stances": None,
        "sources": None,
    }
    points = gpd.read_file(out, layer="places_point")
    assert points.crs.to_epsg() == 4326
    assert "place:geonames:740264" not in set(points["id"])  # rejected: not shown, not exported
    assets = gpd.read_file(out, layer="assets_line")
    assert list(assets["review"]) == ["confirmed"]
    unlocated = gpd.read_file(out, layer="unlocated")
    assert set(unlocated["id"]) == {"asset:bayraktar-tb2", "event:black-sea-gas.txt:0",
                                   "nagorno-karabakh"}  # fmt: skip
    evidence = gpd.read_file(out, layer="evidence")
    moscow = evidence[evidence["item_id"] == "place:geonames:524901"]
    assert sorted(moscow["outlet"]) == ["Example Review", "Example Wire"]
    texts = _texts(analysis)
    for row in evidence.itertuples():
        assert texts[row.doc][row.start : row.end] == row.text


def test_gpkg_export_needs_no_gdal(tmp_path: Path) -> None:
    """The installed app ships without GDAL (pyogrio, geopandas, pandas): its GeoPackage export
    is written with SQLite alone."""
    code = (
        "import sys\n"
        "from explorer.export import export_analysis\n"
        "from tests.store_sample import sample_analysis\n"
        f"export_analysis(sample_analysis(), 'gpkg', {str(tmp_path / 'out.gpkg')!r})\n"
        "print(sorted({'pyogrio', 'geopandas', 'pandas', 'fiona'} & set(sys.modules)))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    assert dict(pyogrio.list_layers(tmp_path / "out.gpkg"))["events_point"] == "Point"


def test_gpkg_export_replaces_an_existing_file(analysis: Analysis, tmp_path: Path) -> None:
    out = tmp_path / "export.gpkg"
    export_analysis(analysis, "gpkg", out)
    smaller = sample_analysis(only={"black-sea-gas.txt"})
    export_analysis(smaller, "gpkg", out)
    sources = gpd.read_file(out, layer="sources")
    assert list(sources["doc"]) == ["black-sea-gas.txt"]


# --- HTML --------------------------------------------------------------------------------------


def _map_options(title: str = "") -> ExportOptions:
    from explorer.mapview.page import build_page_html

    return ExportOptions(title=title, map_page=build_page_html())


def test_html_map_is_standalone_and_escaped(analysis: Analysis, tmp_path: Path) -> None:
    analysis.assets[0].name = "<script>alert('drone')</script>"
    out = export_analysis(
        analysis, "html", tmp_path / "map.html", options=_map_options("<b>Brief</b>")
    ).path
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # nothing is fetched: no file:, qrc: or web URL is left for the browser to load
    assert "<script src=" not in page and "<link" not in page
    assert not re.search(r"url\((?!data:|#default#VML)", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<title>&lt;b&gt;Brief&lt;/b&gt;</title>" in page
    # item data travels as JSON inside a script, with "</" broken so it cannot end it
    payload = page[page.index("window.EXPLORER_STANDALONE") :]
    payload = payload[: payload.index("</script>")]
    assert "<" not in payload
    assert "\\u003cscript>alert('drone')\\u003c/script>" in payload
    assert "Russia mediated a ceasefire" in page  # evidence is in the file
    assert "explorerMap.init" in page and "window.EXPLORER_STANDALONE" in page


def test_html_map_data_is_the_whole_payload_and_every_script_is_allowed(
    analysis: Analysis, tmp_path: Path
) -> None:
    """The page's data is written a piece at a time (a large project's is tens of MB): it is
    still exactly the JSON of the whole payload, and the Content-Security-Policy lists the
    hash of every inline script, the streamed one among them, and nothing else."""
    import base64
    import hashlib
    from datetime import date

    from explorer.export.htmlmap import panel_items
    from explorer.items import build_items

    options = dataclasses.replace(_map_options("Brief"), palette={"Turkey": "#117733"})
    page = export_analysis(analysis, "html", tmp_path / "map.html", options=options).path
    text = page.read_text("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    allowed = re.search(r"script-src ([^;]*);", text).group(1).split()
    assert allowed == [
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in scripts
    ]
    data = next(s for s in scripts if s.startswith("window.EXPLORER_STANDALONE = "))
    payload = json.loads(data.removeprefix("window.EXPLORER_STANDALONE = ").removesuffix(";"))
    items = build_items(analysis)
    rows = panel_items(items)
    assert payload["items"] == json.loads(json.dumps(rows))
    assert payload["summary"] == "11 items on the map, 3 without a place (in the list)"
    assert payload["messages"] == [
        {"cmd": "setPalette", "palette": {"Turkey": "#117733"}},
        {"cmd": "setData", "data": json.loads(json.dumps(items.map_collection())), "fit": True},
    ]
    assert (payload["title"], payload["exported"]) == ("Brief", date.today().isoformat())


def test_html_map_needs_the_map_page(analysis: Analysis, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="map page"):
        export_analysis(analysis, "html", tmp_path / "map.html")
    assert list(tmp_path.iterdir()) == []


# --- writing safely ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_complete_file(fmt: str, analysis: Analysis, tmp_path: Path) -> None:
    result = export_analysis(analysis, fmt, tmp_path / f"out.{fmt}", options=_map_options())
    out = result.path
    assert (result.located, result.unlocated) == (11, 3)
    assert "3 without a place" in result.message()
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{fmt}"]


def test_failed_export_leaves_the_old_file(
    analysis: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    out.write_text("the previous report", encoding="utf-8")

    def broken(*args: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(explorer.export.htmlmap, "panel_items", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export_analysis(analysis, "html", out, options=_map_options())
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


@pytest.mark.parametrize("fmt", ["csv", "kml", "gpkg"])
def test_shapes_checked_once_still_refuse_bad_geometry(
    fmt: str, analysis: Analysis, tmp_path: Path
) -> None:
    """Each distinct shape is checked once per process; a bad one is never taken for a good
    one seen before, and items standing on one point keep their own rows."""
    good = export_analysis(analysis, fmt, tmp_path / f"good.{fmt}")
    assert good.located == 11
    place = analysis.places[0]
    twin = dataclasses.replace(place, id="place:twin", name="Twin town")
    analysis.places.append(twin)  # the same point object, a second item
    assert export_analysis(analysis, fmt, tmp_path / f"twins.{fmt}").located == 12
    for bad in ([float("nan"), 55.7], [37.6, float("inf")], ["east"]):
        place.geometry = {"type": "Point", "coordinates": bad}
        with pytest.raises(ExportError, match=place.id):
            export_analysis(analysis, fmt, tmp_path / f"bad.{fmt}")
    assert not (tmp_path / f"bad.{fmt}").exists()


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
    assert "No conflicts found" in sides_report(Analysis(), "md")
