"""Places, twenty-second pass: news of the rest of the world (``places_fresh3``). A quarter
"of" a town lies in that town's country, a name read only by its spelling lies in the country
of the region its sentence names, a first-level unit that is a city is shown by the city's
English name. On the real gazetteer (schema 14) and the real spaCy model, with other names than
the batch's stories."""

from __future__ import annotations

import sqlite3

from explorer.geoparse import admin1
from explorer.geoparse.schema import SCHEMA_VERSION, default_path


def read(gp, text: str) -> dict[str, list[str | None]]:
    """Each name's countries, in order: None where unplaced."""
    out: dict[str, list[str | None]] = {}
    for t in gp.parse(text, include_demonyms=False):
        out.setdefault(t.name, []).append(t.candidate.country if t.candidate else None)
    return out


def test_a_quarter_of_a_town_lies_in_the_towns_country(geoparsing):
    gp = geoparsing[0]
    # Colón of Venezuela and San Marcos of California lie within 100 km, across the border
    for quarter, town, country in (("Colón", "Cúcuta", "CO"), ("San Marcos", "Tijuana", "MX")):
        tops = read(
            gp, f"Police searched houses in the {quarter} neighbourhood of {town} on Monday."
        )
        assert tops[quarter] == [country] and tops[town] == [country], tops
    # a city with suburbs before the suburb's name is still the city
    tops = read(gp, "He lives in the Cincinnati suburb of West Chester.")
    assert tops["Cincinnati"] == ["US"]


def test_a_spelling_alone_lies_in_the_country_of_its_sentences_region(geoparsing):
    gp = geoparsing[0]
    for town in ("Kawlin", "Budalin", "Chaung-U"):
        # skeletons of towns of Indonesia and Thailand, which the text names elsewhere
        tops = read(
            gp,
            "Separatists clashed with troops in Indonesia and Thailand last week. "
            f"In Sagaing region, soldiers burned houses in {town} township on Monday.",
        )
        assert tops["Sagaing"] == ["MM"]
        assert all(c is None or c == "MM" for c in tops.get(town, [])), tops


def test_a_unit_that_is_a_city_is_shown_by_the_citys_name() -> None:
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    shown = dict(
        ((c, a), n) for c, a, n in db.execute("SELECT country, admin1, name FROM admin1_names")
    )
    assert shown[("KZ", "05")] == "Astana" and shown[("KZ", "02")] == "Almaty"
    assert shown[("UA", "20")] == "Sevastopol"
    # an oblast named for its city keeps its own name; CLDR's own-language forms stay unshown
    assert shown[("UA", "26")] == "Zaporizhia" and shown[("KZ", "03")] == "Aqmola"
    names = {n for (n,) in db.execute("SELECT name FROM entries WHERE country = 'KZ' AND rank = 2")}
    assert {"Astana", "Almaty"} <= names and not names & {"Astana Qalasy", "Almaty Qalasy"}
    # the region's entry is still found by GeoNames' name, not by the city's
    rows = db.execute(
        "SELECT e.name, e.rank FROM names n JOIN entries e ON e.id = n.entry WHERE n.norm = ?",
        ("astana qalasy",),
    ).fetchall()
    assert rows == [("Astana", 2)]
    assert admin1.where("geonames:1526384", "KZ") == "Almaty, Kazakhstan"


def test_a_name_set_off_after_a_persons_role_is_the_person(geoparsing):
    gp = geoparsing[0]
    for name in ("Herrera", "Mendoza", "Rivera", "Vargas"):
        tops = read(
            gp,
            "Gunmen attacked a police post in Michoacan, Mexico, on Sunday. "
            f"The mayor, {name}, said three officers died.",
        )
        assert name not in tops and tops["Michoacan"] == ["MX"], tops
    # a town set off by commas after a place's noun stays the town
    tops = read(gp, "Troops entered the capital, Kabul, on Sunday.")
    assert tops["Kabul"] == ["AF"]


def test_a_dateline_before_a_full_stop_and_a_dash(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "TBILISI. - Protesters gathered outside parliament on Monday, police said.")
    assert tops == {"TBILISI": ["GE"]}
    tops = read(gp, "BAKU. – The ministry said the talks would go on.")
    assert tops == {"BAKU": ["AZ"]}


def test_a_town_before_what_happened_there_and_after_towards(geoparsing):
    gp = geoparsing[0]
    # spaCy calls each a person here
    for town, country in (("Beslan", "RU"), ("Bucha", "UA"), ("Zhanaozen", "KZ")):
        tops = read(gp, f"Families gathered to mark the {town} massacre.")
        assert tops == {town: [country]}, tops
    for town, country in (("Goris", "AM"), ("Jabrayil", "AZ")):
        tops = read(
            gp, f"Armenian forces shelled Azerbaijani positions towards {town}, the ministry said."
        )
        assert tops == {town: [country]}, tops


def test_a_place_nearby_in_lies_near_the_town_just_named(geoparsing):
    gp = geoparsing[0]
    # the gazetteer has no Headingley of Leeds: the text's town, not a namesake abroad
    tops = read(
        gp,
        "Police were called to a flat in Leeds on Sunday. "
        "A neighbour who lives nearby in Headingley heard shouting.",
    )
    assert tops == {"Leeds": ["GB"], "Headingley": ["GB"]}
    # a namesake near the town is kept
    tops = read(
        gp,
        "Shots were fired on a street in Chicago on Friday. "
        "A woman who lives nearby in Englewood said she heard six shots.",
    )
    assert tops == {"Chicago": ["US"], "Englewood": ["US"]}


def test_a_continent_after_of_in_a_bodys_name_is_the_bodys(geoparsing):
    gp = geoparsing[0]
    assert read(gp, "The Council of Europe criticised Baku on Monday.") == {"Baku": ["AZ"]}
    assert read(gp, "The University of Europe opened a campus in Berlin.") == {"Berlin": ["DE"]}
    # not its last word either ("America", the United States)
    assert read(gp, "The Union of South America met in Quito.") == {"Quito": ["EC"]}
    assert read(gp, "Ministers met in Europe on Monday.") == {"Europe": [None]}
