"""Checks for packaging/smoke: what the installed app wrote, read with the standard library only
(the smoke test runs where no project venv need exist).

    python3 packaging/smoke_check.py geojson OUT.geojson ARTICLES_DIR [--expect NAME@LON,LAT]...
                                         [--absent TEXT]...
    python3 packaging/smoke_check.py png OUT.png
    python3 packaging/smoke_check.py exports OUT_DIR     (out.csv, out.kml, out.gpkg, out.html)
    python3 packaging/smoke_check.py sides SIDES.json ARTICLES_DIR   (``explorer sides -f json``)
    python3 packaging/smoke_check.py offline        (inside the network namespace)

Exits non-zero with one line saying what is wrong.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import struct
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

PROPERTIES = {"id", "kind", "name", "type", "date", "country", "gazetteer_id", "evidence"}
KINDS = {"place", "event", "asset", "theatre"}
SEA = (0xC4, 0xD9, 0xE4)  # the basemap's sea colour (resources/web/basemap.js)


class Failed(Exception):
    pass


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _source_texts(articles: Path) -> dict[str, str]:
    texts = {}
    for path in articles.rglob("*"):
        if path.is_file():
            raw = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix.lower() in (".html", ".htm"):
                raw = re.sub(r"<[^>]+>", " ", raw)
            texts[path.name] = _squash(raw)
    return texts


def check_geojson(path: Path, articles: Path, expect: list[str], absent: list[str]) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("type") != "FeatureCollection" or not data.get("features"):
        raise Failed(f"{path.name}: not a FeatureCollection with features")
    sources = _source_texts(articles)
    docs = set()
    for f in data["features"]:
        props = f.get("properties") or {}
        if missing := PROPERTIES - set(props):
            raise Failed(f"{path.name}: feature {props.get('id')} lacks {sorted(missing)}")
        if props["kind"] not in KINDS:
            raise Failed(f"{path.name}: feature {props['id']} has kind {props['kind']!r}")
        for lon, lat in _points(f.get("geometry")):
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise Failed(f"{path.name}: {props['name']} at ({lon}, {lat}) is not WGS84")
        if not props["evidence"]:
            raise Failed(f"{path.name}: {props['name']} has no evidence")
        for ev in props["evidence"]:
            doc = ev["doc"]
            if doc not in sources:
                raise Failed(f"{path.name}: evidence names {doc}, not among the articles")
            if not (isinstance(ev["start"], int) and ev["end"] > ev["start"]):
                raise Failed(f"{path.name}: bad span {ev['start']}..{ev['end']} in {doc}")
            if _squash(ev["text"]) not in sources[doc]:
                raise Failed(f"{path.name}: excerpt not in {doc}: {ev['text'][:60]!r}")
            if found := [a for a in absent if a.lower() in ev["text"].lower()]:
                raise Failed(f"{path.name}: page furniture {found[0]!r} taken as text in {doc}")
            docs.add(doc)
    if docs != set(sources):
        raise Failed(f"{path.name}: no item from {sorted(set(sources) - docs)}")
    for want in expect:
        name, at = want.split("@")
        lon, lat = map(float, at.split(","))
        near = [
            f
            for f in data["features"]
            if f["properties"]["name"] == name
            and any(abs(x - lon) < 1 and abs(y - lat) < 1 for x, y in _points(f["geometry"]))
        ]
        if not near:
            raise Failed(f"{path.name}: no {name} near ({lon}, {lat})")
    return f"{len(data['features'])} features from {len(docs)} articles, excerpts found in them"


def _points(geometry):
    if not geometry:
        return
    coords = geometry.get("coordinates")

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            yield c[0], c[1]
        else:
            for part in c or ():
                yield from walk(part)

    if geometry.get("type") == "GeometryCollection":
        for g in geometry["geometries"]:
            yield from _points(g)
    else:
        yield from walk(coords)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered RGB(A) rows of an 8-bit truecolour PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise Failed(f"{path.name}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise Failed(f"{path.name}: PNG layout {depth}-bit colour type {colour} not handled")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytes(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, [r[i : i + 3] for r in rows for i in range(0, stride, bpp)]


def check_png(path: Path) -> str:
    width, height, pixels = read_png(path)
    if width < 600 or height < 400:
        raise Failed(f"{path.name}: {width}x{height} is too small for a map")
    colours = set(pixels[::7])
    sea = sum(1 for p in pixels[::7] if all(abs(x - y) <= 6 for x, y in zip(p, SEA, strict=True)))
    if len(colours) < 50:
        raise Failed(f"{path.name}: only {len(colours)} colours: the map was not drawn")
    if sea < len(pixels[::7]) // 50:
        raise Failed(f"{path.name}: hardly any sea colour: the basemap was not drawn")
    return f"{width}x{height}, {len(colours)} colours sampled, basemap sea present"


def check_exports(folder: Path) -> str:
    """The other export formats of the same items: each complete, readable, with items."""
    with (folder / "out.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or not {"id", "kind", "latitude", "longitude", "excerpt"} <= set(rows[0]):
        raise Failed("out.csv: no rows or not the table's columns")
    marks = ET.parse(folder / "out.kml").getroot().iter("{http://www.opengis.net/kml/2.2}Placemark")
    placemarks = sum(1 for _ in marks)
    if placemarks == 0:
        raise Failed("out.kml: no placemark")
    with sqlite3.connect(f"file:{folder / 'out.gpkg'}?mode=ro", uri=True) as conn:
        layers = dict(
            conn.execute(
                "SELECT c.table_name, g.geometry_type_name FROM gpkg_contents c"
                " LEFT JOIN gpkg_geometry_columns g USING (table_name)"
            ).fetchall()
        )
        if layers.get("places_point") != "POINT" or "evidence" not in layers:
            raise Failed(f"out.gpkg: layers {layers}")
        evidence = conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
    page = (folder / "out.html").read_text(encoding="utf-8")
    if "Content-Security-Policy" not in page or "leaflet" not in page.lower():
        raise Failed("out.html: not the standalone map")
    return (
        f"CSV {len(rows)} rows, KML {placemarks} placemarks, GeoPackage {len(layers)} layers "
        f"({evidence} excerpts), HTML map {len(page) // 1024} KB"
    )


def check_sides(path: Path, articles: Path) -> str:
    """Who backs whom (the stance lexicons and readers at work): conflicts, each stance with a
    power, a relation and a party, and every excerpt found in its article."""
    data = json.loads(path.read_text(encoding="utf-8"))
    theatres = data.get("theatres") or []
    if not theatres:
        raise Failed(f"{path.name}: no conflict")
    sources = _source_texts(articles)
    stances = 0
    for theatre in theatres:
        for stance in theatre.get("stances") or []:
            if not all(stance.get(k) for k in ("power", "relation", "party", "evidence")):
                raise Failed(f"{path.name}: incomplete stance in {theatre.get('name')}: {stance}")
            for ev in stance["evidence"]:
                if ev["doc"] not in sources:
                    raise Failed(f"{path.name}: evidence names {ev['doc']}, not among the articles")
                if _squash(ev["text"]) not in sources[ev["doc"]]:
                    raise Failed(f"{path.name}: excerpt not in {ev['doc']}: {ev['text'][:60]!r}")
            stances += 1
    if not stances:
        raise Failed(f"{path.name}: conflicts but no stance")
    return f"{len(theatres)} conflicts, {stances} stances, excerpts found in the articles"


def check_offline() -> str:
    """This process's network namespace has no interface but a loopback that is down."""
    import fcntl
    import socket

    names = [name for _, name in socket.if_nameindex()]
    if names != ["lo"]:
        raise Failed(f"network interfaces present: {' '.join(names)}")
    with socket.socket() as sock:
        request = struct.pack("256s", b"lo")
        flags = struct.unpack_from("H", fcntl.ioctl(sock.fileno(), 0x8913, request), 16)[0]
    if flags & 1:  # IFF_UP
        raise Failed("the loopback is up")
    return "no interface but a loopback, and it is down"


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["geojson"]:
            expect = [argv[i + 1] for i, a in enumerate(argv) if a == "--expect"]
            absent = [argv[i + 1] for i, a in enumerate(argv) if a == "--absent"]
            print(check_geojson(Path(argv[1]), Path(argv[2]), expect, absent))
        elif argv[:1] == ["png"]:
            print(check_png(Path(argv[1])))
        elif argv[:1] == ["exports"]:
            print(check_exports(Path(argv[1])))
        elif argv[:1] == ["sides"]:
            print(check_sides(Path(argv[1]), Path(argv[2])))
        elif argv[:1] == ["offline"]:
            print(check_offline())
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (Failed, OSError, ValueError, KeyError, sqlite3.Error, ET.ParseError) as err:
        print(f"FAILED: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
