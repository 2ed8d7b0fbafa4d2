"""The KML export, for Google Earth: a style per side (the window's colours), folders per kind
and, inside each, per conflict; the item's real geometry; and a TimeStamp (a day) or TimeSpan
(a month, a year) on every dated item, so Google Earth's time slider plays the events.

Items with no place are listed in a folder of their own, without geometry. Descriptions are
HTML (Google Earth renders them so) made of escaped article text.

The file is streamed: each placemark is built, serialised by lxml and let go, so a table of
100,000 events is written in constant memory (a whole ElementTree of it took 1.4 GB and most of
a 41 s export in Python's serialiser). Elements are made without a namespace and written inside
the root, whose default namespace (KML's) they take.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from explorer.export.records import (
    ExportOptions,
    in_file,
    records,
    source_details,
    split_located,
    where_in_words,
)
from explorer.export.safe import html_text, xml_text
from explorer.items import KINDS, ItemSet
from explorer.palette import KIND_COLOURS
from explorer.timeline import last_day

KML_NS = "http://www.opengis.net/kml/2.2"
FOLDERS = {"place": "Places", "event": "Events", "asset": "Assets", "theatre": "Conflict areas"}
NO_CONFLICT = "Outside any conflict"
UNLOCATED = "Without a place, not on the map"  # its count follows in brackets
REJECTED_COLOUR = "#999999"


def kml_colour(hex_colour: str, alpha: int = 255) -> str:
    """``#RRGGBB`` as KML's ``aabbggrr``."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        value = "777777"
    return f"{alpha:02x}{value[4:6]}{value[2:4]}{value[0:2]}".lower()


def time_element(date: str | None) -> tuple[str, dict[str, str]] | None:
    """("TimeStamp", {"when": day}) for a day; ("TimeSpan", {"begin", "end"}) for a month or
    a year: the whole span the date names, so the slider shows it for that long."""
    if not date:
        return None
    parts = date.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 3:
            return "TimeStamp", {"when": date}
        if len(parts) == 2:
            month = int(parts[1])
            last = last_day(year, month)
            return "TimeSpan", {"begin": f"{date}-01", "end": f"{date}-{last:02d}"}
    except ValueError:
        return None
    return "TimeSpan", {"begin": f"{year:04d}-01-01", "end": f"{year:04d}-12-31"}


def _leaf(tag: str, value: object) -> etree._Element:
    element = etree.Element(tag)
    element.text = xml_text(value)
    return element


def _text(parent: etree._Element, tag: str, value: object) -> etree._Element:
    element = _leaf(tag, value)
    parent.append(element)
    return element


def _coordinates(points: list) -> str:
    return " ".join(f"{p[0]!r},{p[1]!r}" for p in points)


def _ring(parent: etree._Element, tag: str, ring: list) -> None:
    boundary = etree.SubElement(parent, tag)
    linear = etree.SubElement(boundary, "LinearRing")
    _text(linear, "coordinates", _coordinates(ring))


def _geometry(parent: etree._Element, geometry: dict) -> None:
    kind, coords = geometry["type"], geometry.get("coordinates") or []
    if kind == "Point":
        point = etree.SubElement(parent, "Point")
        _text(point, "coordinates", _coordinates([coords]))
    elif kind == "LineString":
        line = etree.SubElement(parent, "LineString")
        _text(line, "tessellate", "1")
        _text(line, "coordinates", _coordinates(coords))
    elif kind == "Polygon":
        polygon = etree.SubElement(parent, "Polygon")
        _text(polygon, "tessellate", "1")
        _ring(polygon, "outerBoundaryIs", coords[0])
        for hole in coords[1:]:
            _ring(polygon, "innerBoundaryIs", hole)
    else:  # Multi* and GeometryCollection
        multi = etree.SubElement(parent, "MultiGeometry")
        if kind == "GeometryCollection":
            parts = geometry["geometries"]
        else:
            single = kind.removeprefix("Multi")
            parts = [{"type": single, "coordinates": c} for c in coords]
        for part in parts:
            _geometry(multi, part)


def _style(style_id: str, colour: str, area: bool) -> etree._Element:
    style = etree.Element("Style", id=style_id)
    icon = etree.SubElement(style, "IconStyle")
    _text(icon, "color", kml_colour(colour))
    _text(icon, "scale", "1.1")
    label = etree.SubElement(style, "LabelStyle")
    _text(label, "scale", "0.8")
    line = etree.SubElement(style, "LineStyle")
    _text(line, "color", kml_colour(colour))
    _text(line, "width", "2" if area else "3")
    poly = etree.SubElement(style, "PolyStyle")
    _text(poly, "color", kml_colour(colour, 0x40 if area else 0x66))
    return style


def _styles(
    palette: dict[str, Any], sides: set[str]
) -> tuple[dict[str, str], list[etree._Element]]:
    """Style ids (one per kind for items with no side, one per side, one for rejected items)
    and the styles themselves."""
    ids: dict[str, str] = {}
    elements = []
    kinds = {**KIND_COLOURS, **(palette.get("kinds") or {})}
    for kind in KINDS:
        ids[f"kind:{kind}"] = f"kind-{kind}"
        elements.append(_style(f"kind-{kind}", kinds.get(kind, "#555555"), kind == "theatre"))
    colours = palette.get("sides") or {}
    numbers = palette.get("numbers") or {}
    ordered = sorted(sides, key=lambda s: (numbers.get(s, 10_000), s.casefold()))
    for i, side in enumerate(ordered, 1):
        style_id = f"side-{numbers.get(side, i)}"
        ids[f"side:{side}"] = style_id
        elements.append(_style(style_id, colours.get(side, "#777777"), False))
    ids["rejected"] = "rejected"
    elements.append(_style("rejected", REJECTED_COLOUR, False))
    return ids, elements


def _description(record: dict, sources: dict[str, dict[str, Any]]) -> str:
    kind = FOLDERS[record["kind"]].rstrip("s")
    # "Conflict area", not "Conflict area: conflict"
    lines = [kind if record["kind"] == "theatre" else f"{kind}: {record['type'].replace('_', ' ')}"]
    where = where_in_words(record)
    if where:
        lines.append(f"Where: {where}")  # "Gaza Strip, Palestinian Territory"
    if record.get("date"):
        lines.append(f"Date: {record['date']} ({record['date_precision']})")
    if record.get("actors"):
        lines.append("Actors: " + ", ".join(record["actors"]))
    if record.get("targets"):
        lines.append("Targets: " + ", ".join(record["targets"]))
    if record.get("operators"):
        lines.append("Operators: " + ", ".join(record["operators"]))
    for stance in record.get("stances", []):
        lines.append(f"{stance['power']} {stance['relation']} {stance['party']}")
    if record.get("conflict"):
        lines.append(f"Conflict: {record['conflict']}")
    if record.get("side"):
        lines.append(f"Side: {record['side']}")
    lines.append(f"Review: {record['review']}")
    html = ["<br>".join(html_text(line) for line in lines)]
    for e in record["evidence"]:
        source = sources.get(e["doc"], {})
        cited = ", ".join(
            str(v) for v in (source.get("outlet"), source.get("published"), e["doc"]) if v
        )
        start, end = source["in_file"](e) if "in_file" in source else (e["start"], e["end"])
        html.append(
            f"<p>“{html_text(e['text'])}”<br><i>{html_text(cited)}, characters "
            f"{start}–{end}</i></p>"
        )
    return "".join(html)


DATA_KEYS = (
    "id", "kind", "type", "date", "date_precision", "country", "gazetteer_id", "precision",
    "conflict", "side", "review", "layer",
)  # fmt: skip


def _placemark(
    record: dict, styles: dict[str, str], sources: dict[str, dict[str, Any]]
) -> etree._Element:
    placemark = etree.Element("Placemark", id=xml_text(record["id"]))
    _text(placemark, "name", record["name"])
    if record["review"] == "rejected":
        style = styles["rejected"]
    elif record.get("side") and f"side:{record['side']}" in styles:
        style = styles[f"side:{record['side']}"]
    else:
        style = styles[f"kind:{record['kind']}"]
    _text(placemark, "styleUrl", f"#{style}")
    _text(placemark, "description", _description(record, sources))
    when = time_element(record.get("date"))
    if when is not None:
        tag, times = when
        element = etree.SubElement(placemark, tag)
        for key, moment in times.items():
            _text(element, key, moment)
    extended = etree.SubElement(placemark, "ExtendedData")
    values: dict[str, Any] = {k: record.get(k) for k in DATA_KEYS}
    for key in ("actors", "targets", "operators", "outlets"):
        if record.get(key):
            values[key] = "; ".join(record[key])
    values["sources"] = "; ".join(dict.fromkeys(e["doc"] for e in record["evidence"])) or None
    for key, value in values.items():
        if value is not None:
            data = etree.SubElement(extended, "Data", name=key)
            _text(data, "value", value)
    if record["geometry"] is not None:
        _geometry(placemark, record["geometry"])
    return placemark


def write_kml(items: ItemSet, path: Path, options: ExportOptions | None = None) -> None:
    options = options or ExportOptions()
    rows = records(items)
    sides = {r["side"] for r in rows if r.get("side")}
    styles, style_elements = _styles(options.palette, sides)
    where = in_file(items)  # the file's characters, as a reader opening it counts them
    sources = {doc: {**d, "in_file": where} for doc, d in source_details(items).items()}
    located, unlocated = split_located(rows)
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{KML_NS}}}kml", nsmap={None: KML_NS}), xf.element("Document"):

            def write(*elements: etree._Element) -> None:
                for element in elements:
                    xf.write(element, pretty_print=True)

            xf.write("\n")
            write(_leaf("name", options.title or "explorer export"), _leaf("open", "1"))
            write(*style_elements)
            for kind in KINDS:
                of_kind = [r for r in located if r["kind"] == kind]
                if not of_kind:
                    continue
                by_conflict: dict[str, list[dict]] = {}
                for record in of_kind:
                    by_conflict.setdefault(record.get("conflict") or NO_CONFLICT, []).append(record)
                names = sorted(by_conflict, key=lambda n: (n == NO_CONFLICT, n.casefold()))
                with xf.element("Folder"):
                    xf.write("\n")
                    write(_leaf("name", f"{FOLDERS[kind]} ({len(of_kind)})"))
                    for name in names:
                        with xf.element("Folder"):
                            xf.write("\n")
                            write(_leaf("name", f"{name} ({len(by_conflict[name])})"))
                            for record in by_conflict[name]:
                                write(_placemark(record, styles, sources))
                        xf.write("\n")
                xf.write("\n")
            if unlocated:
                with xf.element("Folder"):
                    xf.write("\n")
                    write(
                        _leaf("name", f"{UNLOCATED} ({len(unlocated)})"), _leaf("visibility", "0")
                    )
                    for record in unlocated:
                        write(_placemark(record, styles, sources))
                xf.write("\n")
