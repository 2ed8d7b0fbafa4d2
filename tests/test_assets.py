"""The page's shipped web assets and basemap: complete, recorded, and offline."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WEB = REPO / "resources" / "web"
VENDOR = WEB / "vendor"
BASEMAP = REPO / "geodata" / "basemap" / "basemap.js"
PREFIX = "window.EXPLORER_BASEMAP = "

# Absolute URLs that appear in vendored code but are never fetched: an XML namespace name,
# and the href of Leaflet's attribution link (a click, which the app opens outside the page).
NOT_FETCHED = {"http://www.w3.org/2000/svg", "https://leafletjs.com"}

REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def manifest() -> dict:
    return json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))


def loaded_files(suffix: str) -> list[Path]:
    vendored = sorted(p for p in VENDOR.rglob(f"*{suffix}") if p.is_file())
    return vendored + sorted(WEB.glob(f"*{suffix}"))


@cache
def basemap() -> dict:
    text = BASEMAP.read_text(encoding="utf-8")
    assert text.startswith(PREFIX) and text.endswith(";\n")
    assert text.count("\n") == 1, "basemap.js should be a single statement on one line"
    return json.loads(text[len(PREFIX) : -2])


def test_manifest_lists_exactly_the_vendored_files():
    listed = {f["path"]: f["sha256"] for p in manifest()["packages"] for f in p["files"]}
    on_disk = {
        p.relative_to(VENDOR).as_posix()
        for p in VENDOR.rglob("*")
        if p.is_file() and p.name != "MANIFEST.json"
    }
    assert set(listed) == on_disk
    for path, digest in listed.items():
        assert hashlib.sha256((VENDOR / path).read_bytes()).hexdigest() == digest, path


def test_manifest_records_version_licence_and_tarball_hashes():
    packages = {p["name"]: p for p in manifest()["packages"]}
    assert packages["leaflet"]["version"] == "1.9.4"
    assert packages["supercluster"]["version"] == "8.0.1"
    assert packages["topojson-client"]["version"].startswith("3.")
    for package in packages.values():
        assert package["license"]
        assert package["integrity"].startswith("sha512-")
        assert re.fullmatch(r"[0-9a-f]{40}", package["shasum"])
        assert f"{package['name']}/LICENSE" in {f["path"] for f in package["files"]}


@pytest.mark.parametrize(
    "needed",
    [
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "leaflet/images/marker-icon.png",
        "leaflet/images/layers.png",
        "supercluster/supercluster.min.js",
        "topojson-client/topojson-client.min.js",
    ],
)
def test_page_files_are_vendored(needed):
    assert (VENDOR / needed).is_file()


def test_css_loads_nothing_from_the_network():
    for path in loaded_files(".css"):
        css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        targets = re.findall(r"url\(\s*['\"]?([^'\")]*)", css)
        targets += re.findall(r"@import\s+['\"]([^'\"]+)", css)
        for target in targets:
            assert not REMOTE.match(target), f"{path.name} fetches {target}"
            if not target.startswith(("data:", "#")):
                assert (path.parent / target).is_file(), f"{path.name}: missing {target}"


def test_javascript_names_no_remote_url_it_could_fetch():
    literal = re.compile(r"[\"'`]((?:[a-z][a-z0-9+.-]*:)?//[^\"'`\s]*)", re.IGNORECASE)
    for path in loaded_files(".js"):
        for url in literal.findall(path.read_text(encoding="utf-8")):
            assert url in NOT_FETCHED, f"{path.relative_to(REPO)} names {url}"


def test_basemap_holds_the_topology_objects():
    data = basemap()
    topology = data["topology"]
    assert topology["type"] == "Topology"
    assert set(topology["transform"]) == {"scale", "translate"}
    objects = topology["objects"]
    assert {"countries", "land", "lakes", "admin1"} <= set(objects)
    countries = objects["countries"]["geometries"]
    assert len(countries) > 150
    codes = {g.get("id") for g in countries}
    assert {"TR", "RU", "FR", "EG", "IR"} <= codes
    assert all(g["properties"]["name"] for g in countries)
    assert len(objects["lakes"]["geometries"]) > 50


def test_basemap_arc_references_are_in_range():
    topology = basemap()["topology"]
    count = basemap()["arcs"]["count"]  # packed beside the topology: tools/basemap_arcs.py

    def refs(node):
        if isinstance(node, int):
            yield node if node >= 0 else ~node
        else:
            for child in node:
                yield from refs(child)

    for name, obj in topology["objects"].items():
        for geometry in obj["geometries"]:
            assert all(0 <= i < count for i in refs(geometry["arcs"])), name


def test_basemap_labels_are_ranked_and_on_the_globe():
    labels = basemap()["labels"]
    assert len(labels["countries"]) > 150
    assert len(labels["seas"]) > 20
    for group in ("countries", "seas"):
        areas = [label["area_km2"] for label in labels[group]]
        assert areas == sorted(areas, reverse=True), group
        for label in labels[group]:
            assert -180 <= label["lon"] <= 180 and -90 <= label["lat"] <= 90
            assert label["name"]
    assert {"Black Sea", "Mediterranean Sea"} <= {s["name"] for s in labels["seas"]}
    assert {s["kind"] for s in labels["seas"]} == {"ocean", "sea"}


def test_basemap_stays_small():
    assert BASEMAP.stat().st_size < 2_500_000
