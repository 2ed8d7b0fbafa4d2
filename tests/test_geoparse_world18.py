"""Places of fresh news from other regions, eighteenth pass: a province named for its town,
written with its region's word ("Lahj province"), one entity to spaCy. On the real gazetteer
and the real spaCy model, with a story of ``benchmarks/data/places_fresh`` (written from a
stored news page) and sentences of other names written for these tests."""

from __future__ import annotations

from pathlib import Path

FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "places_fresh" / "docs"


def countries(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.country for t in tops if t.name == name]


def test_a_province_named_for_its_town_is_read(geoparsing):
    gp = geoparsing[0]
    # "from Shabwa province in the south to Bayda province ... In Lahj province, ... Lahj
    # security director": both were unplaced (the whole name unknown, and its first word too
    # small a town to be taken inside an entity); now Yemen's
    tops = gp.parse((FRESH / "yemen-shabwa.txt").read_text(encoding="utf-8"))
    assert countries(tops, "Lahj") == ["YE", "YE"]
    assert countries(tops, "Shabwa") == ["YE"]
    tops = gp.parse("Air strikes hit Raqqa province on Monday.")
    assert countries(tops, "Raqqa") == ["SY"]
    tops = gp.parse("Fighting was reported in Zaporizhzhia province on Monday.")
    assert countries(tops, "Zaporizhzhia") == ["UA"]
    tops = gp.parse("Taliban fighters attacked a checkpoint in Khost province, Afghanistan.")
    assert countries(tops, "Khost") == ["AF"]


def test_a_province_with_no_reading_of_its_kind_stays_unplaced(geoparsing):
    gp = geoparsing[0]
    # Shabwa's only namesake is a village of Myanmar: with no country of the text to hold it,
    # a province's word keeps no village, and the name stays unplaced, never Myanmar's
    tops = gp.parse("Fighting was reported in Shabwa province on Monday.")
    assert [t.candidate for t in tops if t.name.startswith("Shabwa")] == [None]
    # Khost's town is under the size a region's word keeps with no country of the text; since
    # geoq20 the gazetteer holds GeoNames' "Khost Province", and the province is read whole
    tops = gp.parse("Fighting was reported in Khost province on Monday.")
    assert [t.candidate.gazetteer_id for t in tops if t.name.startswith("Khost")] == [
        "admin1:AF.37"
    ]
    # a province the gazetteer holds whole is read as before
    tops = gp.parse("Gunmen attacked a village in Kaduna state, Nigeria.")
    assert countries(tops, "Kaduna") == ["NG"]
