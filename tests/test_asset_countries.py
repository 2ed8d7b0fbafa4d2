"""An asset says the country it lies in: a curated site by its entry, a site named by its form
by the town that places it; a weapon and a route of no one country say none. The country is
kept in the project (schema 6; a file of schema 5 gains the column when opened) and shown in
the Items table's "Where" and in exports. Real articles through the real pipeline, a real
GeoPackage file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.items import build_items
from explorer.pipeline import ingest
from explorer.store import Project, schema
from explorer.store.schema import META_TABLE
from explorer.ui.items_model import where_text

STORIES = {
    "plant.txt": (
        "Shelling cut the power lines of the Zaporizhzhia nuclear power plant on Friday, "
        "the IAEA said.\n\nEngineers restored one line by Sunday."
    ),
    "port.txt": (
        "Tankers queued outside the port of Klang after pirates robbed a ship in the strait, "
        "Malaysian officials said on Monday.\n\nThe navy sent two patrol boats."
    ),
    "weapon.txt": (
        "Ukraine said Russia fired Kh-101 missiles at Kyiv overnight.\n\n"
        "Air defences shot most of them down."
    ),
}


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "p.gpkg"
    ingest([folder], path)
    return path


def _assets(path: Path) -> dict[str, object]:
    with Project.open(path) as project:
        analysis = project.load()
    return {i.name: i for i in build_items(analysis).items if i.kind == "asset"}


def test_assets_keep_the_country_they_lie_in(tmp_path):
    assets = _assets(_project(tmp_path))
    plant = next(i for n, i in assets.items() if "Zaporizhzhia" in n)
    port = next(i for n, i in assets.items() if "Klang" in n)
    weapons = [i for i in assets.values() if i.type == "weapon_system"]
    assert (plant.country, where_text(plant)) == ("UA", "Ukraine"), plant
    assert port.country == "MY" and where_text(port).endswith("Malaysia"), port
    assert port.properties()["country"] == port.map_properties()["country"] == "MY"
    assert weapons and all(w.country is None and where_text(w) == "" for w in weapons), weapons


def test_a_project_of_schema_5_gains_the_assets_country(tmp_path):
    path = _project(tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE assets DROP COLUMN country")
        conn.execute(f"UPDATE {META_TABLE} SET value = '5' WHERE key = 'schema_version'")
    conn.close()
    assert all(i.country is None for i in _assets(path).values())  # nothing is guessed
    conn = sqlite3.connect(path)
    try:
        assert schema.read_version(conn) == schema.SCHEMA_VERSION == 6
        assert "country" in {r[1] for r in conn.execute("PRAGMA table_info(assets)")}
    finally:
        conn.close()
