"""Places of one name told apart by their first-level region: the gazetteer's admin1 names,
the window's Items table ("Where") and the evidence's heading, on real LGL stories about two
different Alexandrias."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.export.geojson import feature_collection
from explorer.export.package import layers
from explorer.export.table import table_rows
from explorer.geoparse.admin1 import country_name, region_of, where
from explorer.geoparse.schema import RANK_ADMIN1, default_path
from explorer.items import build_items
from explorer.pipeline import analyse_sources
from explorer.ui.evidence_panel import evidence_html
from explorer.ui.items_model import COLUMNS, ItemsModel, where_text
from tests.articles import lgl_folder

# Alexandria, Virginia (its PTA council meets there) and Alexandria, Louisiana, each in its own
# local story
STORIES = {"lgl-41630220": "Virginia, United States", "lgl-40450848": "Louisiana, United States"}
ALEXANDRIA_VA, ALEXANDRIA_EG = "geonames:4744091", "geonames:361058"


def test_the_gazetteer_names_each_first_level_region() -> None:
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    names = dict(
        ((c, a), n) for c, a, n in db.execute("SELECT country, admin1, name FROM admin1_names")
    )
    assert names[("US", "LA")] == "Louisiana" and names[("US", "VA")] == "Virginia"
    assert names[("GB", "SCT")] == "Scotland"
    assert len(names) > 3000  # every country's, not the United States' alone


def test_a_town_has_its_region_and_a_country_or_region_none() -> None:
    assert region_of(ALEXANDRIA_VA) == "Virginia"
    assert where(ALEXANDRIA_VA, "US") == "Virginia, United States"
    assert region_of("geonames:6252001") is None  # the United States itself
    assert region_of("geonames:4331987") is None  # Louisiana itself: no region of a region
    assert where("country:FR", "FR") == "France"
    assert where(None, None) == "" and region_of("curated:black_sea") is None
    assert region_of("geonames:999999999") is None  # an id the gazetteer does not hold
    # a county has its state: four Adair Counties told apart, not "United States" four times
    assert where("admin2:US.KY.adair_county", "US") == "Kentucky, United States"
    assert region_of("admin2:US.IA.adair_county") == "Iowa"
    assert region_of(ALEXANDRIA_EG) == "Alexandria"  # its governorate, which the old source lacked


def test_a_country_is_named_not_coded() -> None:
    # an analyst should not need to know that CI is Ivory Coast or CD the Congo of Kinshasa
    assert country_name("CI") == "Ivory Coast"
    assert country_name("CD") == "Democratic Republic of the Congo"
    assert country_name("SY") == "Syria"
    assert country_name("ZZ") == "ZZ"  # a code the gazetteer does not hold is shown as it is
    assert where(None, "SY") == "Syria"


@pytest.fixture(scope="module")
def alexandrias(tmp_path_factory):
    folder = lgl_folder(tmp_path_factory.mktemp("lgl"), ids=set(STORIES))
    items = build_items(analyse_sources([folder]))
    found = [i for i in items if i.kind == "place" and i.name == "Alexandria"]
    return items, found


def test_the_items_table_tells_the_two_alexandrias_apart(qapp, alexandrias) -> None:
    items, found = alexandrias
    assert len(found) == 2
    model = ItemsModel()
    model.set_items(items)
    column = [key for key, _title in COLUMNS].index("where")
    shown = {
        model.data(model.index(model.row_of(i.id), column))
        for i in found
        if model.row_of(i.id) is not None
    }
    assert shown == set(STORIES.values())


def test_the_evidence_heading_says_which_alexandria(alexandrias) -> None:
    items, found = alexandrias
    headings = {evidence_html(i, items).split("</p>")[0] for i in found}
    assert any("Virginia, United States" in h for h in headings)
    assert any("Louisiana, United States" in h for h in headings)


def test_a_country_item_leaves_where_empty(qapp, tmp_path) -> None:
    # "Afghanistan | Afghanistan" said nothing: a country's row names no place above it, while
    # an event placed at the country still says where it is
    (tmp_path / "a.txt").write_text(
        "Gunmen attacked a police post in Kandahar, Afghanistan, on Monday, killing four"
        " officers, officials said.",
        encoding="utf-8",
    )
    items = build_items(analyse_sources([tmp_path]))
    country = next(i for i in items if i.kind == "place" and i.name == "Afghanistan")
    town = next(i for i in items if i.kind == "place" and i.name == "Kandahar")
    assert where_text(country) == ""
    assert where_text(town) == "Kandahar, Afghanistan"


def test_an_event_says_the_region_of_its_place(qapp, alexandrias) -> None:
    items, found = alexandrias
    virginia = next(i for i in found if where_text(i) == "Virginia, United States")
    events = [i for i in items if i.kind == "event" and i.place_id == virginia.id]
    assert events, "the Virginia story's events at Alexandria"
    assert {where_text(e) for e in events} == {"Virginia, United States"}


def test_exports_carry_the_region(alexandrias) -> None:
    # the CSV (ACLED's column name), the GeoJSON and the GeoPackage say which Alexandria a row is
    items, found = alexandrias
    ids = {i.id for i in found}
    regions = {"Virginia", "Louisiana"}
    assert {r["admin1"] for r in table_rows(items) if r["id"] in ids} == regions
    features = feature_collection(items)["features"]
    assert {f["properties"]["admin1"] for f in features if f["id"] in ids} == regions
    rows = [r for layer in layers(items).values() for r in layer.rows if r.get("id") in ids]
    assert {r["admin1"] for r in rows} == regions
    events = [r for r in table_rows(items) if r["kind"] == "event" and r["place"] == "Alexandria"]
    assert events and {r["admin1"] for r in events} <= regions  # an event's place's region


def _admin1_names() -> dict[tuple[str, str], str]:
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    return {(c, a): n for c, a, n in db.execute("SELECT country, admin1, name FROM admin1_names")}


def test_regions_are_named_as_english_news_names_them() -> None:
    # GeoNames' 2016 admin1 names read "Muhafazat al Qahirah", "Beyrouth", "NCT"; an analyst
    # reads Cairo, Beirut, Delhi (the names ACLED and English news use)
    names = _admin1_names()
    assert names[("EG", "11")] == "Cairo"
    assert names[("EG", "08")] == "Giza"
    assert names[("LB", "04")] == "Beirut" and names[("LB", "05")] == "Mount Lebanon"
    assert names[("IN", "07")] == "Delhi" and names[("IN", "14")] == "Lakshadweep"
    assert names[("IN", "12")] == "Jammu and Kashmir"
    assert names[("IQ", "07")] == "Baghdad" and names[("IQ", "15")] == "Nineveh"
    assert names[("SY", "13")] == "Damascus" and names[("YE", "08")] == "Al Hudaydah"
    assert names[("RU", "66")] == "Saint Petersburg" and names[("RU", "10")] == "Bryansk"
    assert names[("CN", "13")] == "Xinjiang" and names[("CN", "02")] == "Zhejiang"
    # transliteration's long-vowel marks are not written in English: "Telangana", "Osaka"
    assert names[("IN", "40")] == "Telangana" and names[("JP", "32")] == "Osaka"


def test_a_region_keeps_its_name_where_the_english_source_names_another_unit() -> None:
    # Iran's provinces were recoded by ISO in 2020 and CLDR keeps the old codes: joined by code,
    # West Azerbaijan would read "Isfahan" and Isfahan "Khuzestan"
    names = _admin1_names()
    assert names[("IR", "28")] == "Isfahan" and names[("IR", "15")] == "Khuzestan"
    assert "Isfahan" not in names[("IR", "01")]
    # Ukraine's CLDR names are the regions' colloquial forms ("Kharkivshchyna"): not shown
    assert names[("UA", "07")] == "Kharkiv" and names[("UA", "05")] == "Donetsk"
    assert not any(n.endswith("shchyna") for (c, _a), n in names.items() if c == "UA")
    # a name CLDR tells apart by its country ("Bay, Somalia") is not shown as a region's
    assert names[("SO", "04")] == "Bay"


def test_the_names_matched_in_text_are_the_same() -> None:
    # only what is shown changed: the region entries keep GeoNames' names, which the geoparser
    # matches in text ("Mont-Liban", "Muhafazat al Qahirah" and its derived "Qahirah")
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    query = "SELECT name FROM entries WHERE country = ? AND admin1 = ? AND rank = ? AND kind = ?"
    assert db.execute(query, ("LB", "05", RANK_ADMIN1, "region")).fetchone() == ("Mont-Liban",)
    assert db.execute(query, ("EG", "11", RANK_ADMIN1, "region")).fetchone() == (
        "Muhafazat al Qahirah",
    )


@pytest.fixture(scope="module")
def capitals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("capitals")
    (folder / "delhi.txt").write_text(
        "NEW DELHI (Reuters) - Police in New Delhi, India, detained dozens of farmers on Monday"
        " as they tried to march to parliament, officials said.",
        encoding="utf-8",
    )
    (folder / "beirut.txt").write_text(
        "BEIRUT (AP) - An Israeli drone struck a car on the southern edge of Beirut, Lebanon,"
        " on Tuesday, killing two people, the state news agency said.",
        encoding="utf-8",
    )
    (folder / "cairo.txt").write_text(
        "CAIRO - Egyptian police arrested six people in Helwan, a district south of Cairo,"
        " after clashes over a land dispute, the Interior Ministry said on Sunday.",
        encoding="utf-8",
    )
    return build_items(analyse_sources([folder]))


def test_where_and_the_exports_name_the_region_in_english(qapp, capitals) -> None:
    places = {i.name: i for i in capitals if i.kind == "place"}
    assert where_text(places["New Delhi"]) == "Delhi, India"
    assert where_text(places["Beirut"]) == "Beirut, Lebanon"
    assert where_text(places["Helwan"]) == "Cairo, Egypt"
    regions = {r["place"]: r["admin1"] for r in table_rows(capitals) if r["kind"] == "place"}
    assert regions["New Delhi"] == "Delhi" and regions["Helwan"] == "Cairo"
