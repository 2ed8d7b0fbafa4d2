"""Places of local news, twentieth pass: what the nineteenth left. Counties the gazetteer's
2016 table names in Irish only, Nigeria's "X State", "Rio", a town opening a sentence before its
residents. On the real gazetteer (schema 13) and the real spaCy model, with other names than
the stories of ``benchmarks/data/places_fresh2``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.geoparse.names import norm
from explorer.geoparse.schema import SCHEMA_VERSION, default_path

GAZETTEER = Path(__file__).resolve().parent.parent / "geodata" / "gazetteer"


def read(gp, text: str) -> dict[str, list[tuple[str | None, str | None]]]:
    """Each name's readings, in order: (country, gazetteer id), None where unplaced."""
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for t in gp.parse(text, include_demonyms=False):
        c = t.candidate
        out.setdefault(t.name, []).append((c.country, c.gazetteer_id) if c else (None, None))
    return out


def _rows(name: str) -> list[list[str]]:
    lines = (GAZETTEER / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_built_gazetteer_matches_the_tables_names() -> None:
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    rows = _rows("admin2_names.tsv")
    assert 50 < len(rows) < 200 and all(len(r) == 7 for r in rows)
    for country, _admin1, old, current, forms, _code, towns in rows:
        assert int(towns) >= 3
        for name in [current, *forms.split("|")]:
            if not name:
                continue
            kinds = db.execute(
                "SELECT e.name, e.rank FROM names n JOIN entries e ON e.id = n.entry "
                "WHERE n.norm = ? AND e.country = ? AND n.is_primary = 1",
                (norm(name), country),
            ).fetchall()
            assert (current or old, 3) in kinds, (name, old)
    offaly = next(r for r in rows if r[2] == "Uibh Fhaili")
    assert offaly[3:5] == ["Offaly", "County Offaly"]
    # a unit named for its town keeps only the forms with a word more: "Wexford" is the town
    wexford = next(r for r in rows if r[2] == "Loch Garman")
    assert wexford[3:5] == ["", "County Wexford"]
    # a form is no reason to give the unit its bare name: "Prayagraj" stays the city's
    assert not db.execute(
        "SELECT 1 FROM names n JOIN entries e ON e.id = n.entry WHERE n.norm = 'prayagraj'"
        " AND e.rank = 3"
    ).fetchall()
    assert not db.execute(
        "SELECT 1 FROM names n JOIN entries e ON e.id = n.entry WHERE n.norm = 'baghdad'"
        " AND e.rank = 2"
    ).fetchall()
    forms = {(r[0], r[1]): r[2].split("|") for r in _rows("admin1_forms.tsv")}
    assert "Kano State" in forms[("NG", "29")]
    assert not any(f.endswith("Ohio") for f in forms.get(("US", "OH"), []))


def test_irish_counties_under_their_english_names(geoparsing):
    gp = geoparsing[0]
    # the 2016 table names them "An Iarmhi", "Ciarrai", "Lu", "An Mhi", "Uibh Fhaili"
    tops = read(
        gp,
        "Roads were closed across Westmeath on Sunday after flooding near Mullingar, Irish"
        " police said.",
    )
    assert tops["Westmeath"] == [("IE", "admin2:IE.L.an_iarmhi")]
    tops = read(gp, "A man from County Kerry was injured in Tralee on Friday.")
    assert tops["County Kerry"] == [("IE", "admin2:IE.M.ciarrai")]
    # shown by the name the text used, not the 2016 table's Irish one
    assert gp.gaz.entry("admin2:IE.M.ciarrai").name == "Kerry"
    tops = read(gp, "Heavy rain caused floods in Ireland, in Louth, Meath and Cavan.")
    assert tops["Louth"] == [("IE", "admin2:IE.L.lu")]
    assert tops["Meath"] == [("IE", "admin2:IE.L.an_mhi")]
    tops = read(gp, "Gardai in County Offaly are investigating a crash near Tullamore.")
    assert tops["County Offaly"] == [("IE", "admin2:IE.L.uibh_fhaili")]
    # the town a county is named for is still the town
    tops = read(gp, "Flooding hit Cavan town on Sunday, and Tralee on Monday.")
    assert tops["Cavan"] == [("IE", "geonames:2965535")]


def test_a_nigerian_state_written_with_state(geoparsing):
    gp = geoparsing[0]
    # spaCy calls "Kano State" a person and "Benue State" an organisation
    tops = read(gp, "Kano State Governor Abba Yusuf visited Benue State on Monday.")
    assert tops["Kano State"] == [("NG", "admin1:NG.29")]
    assert tops["Benue State"] == [("NG", "admin1:NG.26")]
    # "Ohio State" and "Michigan State" are universities, read as before (their states)
    tops = read(gp, "Ohio State beat Michigan State on Saturday.")
    assert "Ohio State" not in tops and "Michigan State" not in tops


def test_rio_is_rio_de_janeiro(geoparsing):
    gp = geoparsing[0]
    # GeoNames gives Rio de Janeiro "Rio" after the code "RIO", which hid it
    tops = read(gp, "Fans celebrated in Rio after Brazil won the final.")
    assert tops["Rio"] == [("BR", "geonames:3451190")]
    tops = read(gp, "Brazilian federal police went on strike in Rio and in Brasilia.")
    assert tops["Rio"] == [("BR", "geonames:3451190")]


def test_a_town_opening_a_sentence_before_its_residents(geoparsing):
    gp = geoparsing[0]
    # spaCy calls "Mildura" an organisation; nothing else in the text says where it is
    tops = read(gp, "Mildura residents were told to boil their water.")
    assert tops["Mildura"] == [("AU", "geonames:2157698")]
    # a country's name so written stays the country
    tops = read(gp, "Lebanon residents are angry about the power cuts.")
    assert tops["Lebanon"] == [("LB", "geonames:272103")]
