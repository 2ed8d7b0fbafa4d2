"""The About box names the app, its version, and every credit with its licence."""

from __future__ import annotations

import json

import pytest

import explorer
from explorer import paths
from explorer.ui.about import AboutDialog, credits

REQUIRED = {
    "GeoNames": "CC BY 4.0",
    "Natural Earth": "public domain",
    "Leaflet": "BSD-2-Clause",
    "supercluster": "ISC",
    "topojson-client": "ISC",
    "folium": "MIT",
    "spaCy": "MIT",
    "en_core_web_sm": "MIT",
    "Qt": "LGPLv3",
    "PySide6": "LGPLv3",
    "trafilatura": "Apache-2.0",
}


@pytest.fixture
def dialog(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_it_names_the_app_its_version_and_purpose(dialog):
    text = dialog.text()
    assert f"explorer {explorer.__version__}" in text
    assert "offline map" in text


def test_it_credits_data_and_code_with_their_licences(dialog):
    by_name = {c.name: c for c in dialog.credits}
    text = dialog.browser.toPlainText()
    lines = text.splitlines()  # one table cell a line: name [version], licence, what
    for name, licence in REQUIRED.items():
        assert by_name[name].licence == licence
        row = next(i for i, line in enumerate(lines) if line == name or line.startswith(name + " "))
        assert lines[row + 1] == licence, lines[row : row + 2]
    assert "contains data from GeoNames" in text


def test_web_asset_versions_come_from_the_vendored_manifest(dialog):
    manifest = paths.resources_dir() / "web" / "vendor" / "MANIFEST.json"
    packages = json.loads(manifest.read_text(encoding="utf-8"))["packages"]
    by_name = {c.name: c for c in dialog.credits}
    for package in packages:
        if package["name"] in by_name:
            assert by_name[package["name"]].version == package["version"]
            assert f"{package['name']} {package['version']}" in dialog.browser.toPlainText()


def test_missing_or_broken_manifest_keeps_every_credit(tmp_path, caplog):
    assert {c.name for c in credits(tmp_path)} >= set(REQUIRED)
    assert next(c for c in credits(tmp_path) if c.name == "Leaflet").version is None
    broken = tmp_path / "web" / "vendor"
    broken.mkdir(parents=True)
    (broken / "MANIFEST.json").write_text("{not json", encoding="utf-8")
    assert {c.name for c in credits(tmp_path)} >= set(REQUIRED)
    assert "MANIFEST.json" in caplog.text
