"""The KML export: a folder of placemarks per kind; names, evidence as the description, the
item's real geometry (points, lines, polygons), and a time stamp for dated events."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from explorer.export.records import records
from explorer.items import KINDS, ItemSet

KML_NS = "http://www.opengis.net/kml/2.2"
_FOLDERS = {"place": "Places", "event": "Events", "asset": "Assets", "theatre": "Theatres"}


def _coordinates(points: list) -> str:
    return " ".join(f"{p[0]!r},{p[1]!r}" for p in points)


def _ring(parent: ET.Element, tag: str, ring: list) -> None:
    boundary = ET.SubElement(parent, tag)
    linear = ET.SubElement(boundary, "LinearRing")
    ET.SubElement(linear, "coordinates").text = _coordinates(ring)


def _polygon(parent: ET.Element, rings: list) -> None:
    polygon = ET.SubElement(parent, "Polygon")
    _ring(polygon, "outerBoundaryIs", rings[0])
    for hole in rings[1:]:
        _ring(polygon, "innerBoundaryIs", hole)


def _geometry(parent: ET.Element, geometry: dict) -> None:
    kind, coords = geometry["type"], geometry.get("coordinates") or []
    if kind == "Point":
        if coords:
            point = ET.SubElement(parent, "Point")
            ET.SubElement(point, "coordinates").text = _coordinates([coords])
    elif kind == "LineString":
        line = ET.SubElement(parent, "LineString")
        ET.SubElement(line, "tessellate").text = "1"
        ET.SubElement(line, "coordinates").text = _coordinates(coords)
    elif kind == "Polygon":
        _polygon(parent, coords)
    else:  # Multi* and GeometryCollection
        multi = ET.SubElement(parent, "MultiGeometry")
        if kind == "GeometryCollection":
            parts = geometry["geometries"]
        else:
            single = kind.removeprefix("Multi")
            parts = [{"type": single, "coordinates": c} for c in coords]
        for part in parts:
            _geometry(multi, part)


def _description(record: dict) -> str:
    lines = [f"{record['kind']}: {record['type']}"]
    if record.get("date"):
        lines.append(f"date: {record['date']}")
    if record.get("actors"):
        lines.append("actors: " + ", ".join(record["actors"]))
    if record.get("operators"):
        lines.append("operators: " + ", ".join(record["operators"]))
    for stance in record.get("stances", []):
        lines.append(f"{stance['power']} {stance['relation']} {stance['party']}")
    lines.append(f"review: {record['review']}")
    for e in record["evidence"]:
        lines.append(f"“{e['text']}” ({e['doc']}, characters {e['start']}–{e['end']})")
    return "\n".join(lines)


def _placemark(folder: ET.Element, record: dict) -> None:
    placemark = ET.SubElement(folder, "Placemark")
    ET.SubElement(placemark, "name").text = record["name"]
    ET.SubElement(placemark, "description").text = _description(record)
    if record.get("date"):
        stamp = ET.SubElement(placemark, "TimeStamp")
        ET.SubElement(stamp, "when").text = record["date"]
    extended = ET.SubElement(placemark, "ExtendedData")
    for key in (
        "id",
        "kind",
        "type",
        "date",
        "country",
        "gazetteer_id",
        "theatre",
        "side",
        "review",
    ):
        if record.get(key) is not None:
            data = ET.SubElement(extended, "Data", name=key)
            ET.SubElement(data, "value").text = str(record[key])
    if record["geometry"] is not None:
        _geometry(placemark, record["geometry"])


def to_kml(items: ItemSet) -> ET.ElementTree:
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = ET.SubElement(root, "Document")
    ET.SubElement(document, "name").text = "explorer export"
    by_kind: dict[str, list[dict]] = {k: [] for k in KINDS}
    for record in records(items):
        by_kind[record["kind"]].append(record)
    for kind in KINDS:
        folder = ET.SubElement(document, "Folder")
        ET.SubElement(folder, "name").text = _FOLDERS[kind]
        for record in by_kind[kind]:
            _placemark(folder, record)
    # Children were made without the namespace; give every element the KML one.
    for element in root.iter():
        if not element.tag.startswith("{"):
            element.tag = f"{{{KML_NS}}}{element.tag}"
    return ET.ElementTree(root)


def write_kml(items: ItemSet, path: Path) -> None:
    tree = to_kml(items)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
