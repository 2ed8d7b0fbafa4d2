"""Fetch the map page's JavaScript libraries from npm and vendor the files the page loads.

The app never runs npm: this script is run by a developer when a pinned version changes, and
its outputs under ``resources/web/vendor/`` are committed. For each package it runs
``npm pack NAME@VERSION`` in a temporary folder, checks the tarball against the shasum the
registry reported, copies only the distribution files the page needs plus the package's
licence, and records everything in ``resources/web/vendor/MANIFEST.json``.

Usage: python tools/vendor_web_assets.py
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
VENDOR_DIR = REPO / "resources" / "web" / "vendor"


@dataclass(frozen=True)
class Package:
    """One npm package: which files of its tarball the page needs, and where they go."""

    name: str
    version: str
    # tarball path (below "package/") -> path below vendor/<name>/
    files: dict[str, str]
    # tarball paths below "package/" whose prefix is copied as a whole folder
    folders: dict[str, str]
    licence_file: str


PACKAGES = (
    Package(
        name="leaflet",
        version="1.9.4",
        files={
            "dist/leaflet.js": "leaflet.js",
            "dist/leaflet.css": "leaflet.css",
        },
        folders={"dist/images/": "images/"},
        licence_file="LICENSE",
    ),
    Package(
        # Point clustering for 100,000 items: a spatial index per zoom level, queried for the
        # view; the page draws what it returns (UMD build, kdbush bundled in).
        name="supercluster",
        version="8.0.1",
        files={"dist/supercluster.min.js": "supercluster.min.js"},
        folders={},
        licence_file="LICENSE",
    ),
    Package(
        name="topojson-client",
        version="3.1.0",
        files={"dist/topojson-client.min.js": "topojson-client.min.js"},
        folders={},
        licence_file="LICENSE",
    ),
)


def npm_pack(spec: str, workdir: Path) -> dict:
    """Download one tarball with the ordinary npm client; return npm's description of it."""
    out = subprocess.run(
        ["npm", "pack", "--json", "--pack-destination", str(workdir), spec],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (info,) = json.loads(out)
    return info


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _safe_target(root: Path, relative: str) -> Path:
    target = (root / relative).resolve()
    if root.resolve() not in target.parents:
        raise ValueError(f"refusing to write outside {root}: {relative}")
    return target


def vendor(package: Package, workdir: Path) -> dict:
    info = npm_pack(f"{package.name}@{package.version}", workdir)
    tarball = workdir / info["filename"]
    if hashlib.sha1(tarball.read_bytes()).hexdigest() != info["shasum"]:
        raise RuntimeError(f"{tarball.name}: shasum does not match the registry's")

    dest = VENDOR_DIR / package.name
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)

    wanted: dict[str, str] = {f"package/{src}": dst for src, dst in package.files.items()}
    wanted[f"package/{package.licence_file}"] = "LICENSE"
    copied: list[str] = []
    with tarfile.open(tarball, "r:gz") as tar:
        manifest = json.load(tar.extractfile("package/package.json"))
        for member in tar.getmembers():
            if not member.isfile():
                continue
            relative = wanted.get(member.name)
            if relative is None:
                for prefix, folder in package.folders.items():
                    if member.name.startswith(f"package/{prefix}"):
                        relative = folder + member.name[len(f"package/{prefix}") :]
            if relative is None:
                continue
            target = _safe_target(dest, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())
            copied.append(relative)

    missing = sorted(set(wanted.values()) - set(copied))
    if missing:
        raise RuntimeError(f"{package.name}: files not found in the tarball: {missing}")

    return {
        "name": package.name,
        "version": manifest["version"],
        "license": manifest.get("license"),
        "tarball": info["filename"],
        "integrity": info["integrity"],
        "shasum": info["shasum"],
        "files": [
            {
                "path": str(PurePosixPath(package.name) / relative),
                "sha256": sha256_of(dest / relative),
            }
            for relative in sorted(copied)
        ],
    }


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is needed to vendor the web assets; install Node.js and npm", file=sys.stderr)
        return 1
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="explorer-vendor-") as tmp:
        entries = [vendor(package, Path(tmp)) for package in PACKAGES]
    manifest = {
        "comment": "Written by tools/vendor_web_assets.py; do not edit by hand.",
        "packages": entries,
    }
    (VENDOR_DIR / "MANIFEST.json").write_text(
        json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
    )
    for entry in entries:
        print(
            f"{entry['name']} {entry['version']} ({entry['license']}): {len(entry['files'])} files"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
