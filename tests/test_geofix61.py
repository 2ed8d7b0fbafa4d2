"""Branch geofix61: a place's name inside a foreign body's name, written with its own accents,
read as the town that spells it so, on the real gazetteer and the real spaCy model (stories of
benchmarks/data/geofix61/sentences.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_an_accented_name_in_a_foreign_body_s_name_is_the_town_spelled_so(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("The Alcaldía de Bogotá signed a transit deal with a firm based in Miami.")
    assert readings(found, "Bogotá") == ["CO"]
    assert readings(found, "Miami") == ["US"]
    found = gp.parse(
        "Students of the Universidad de Valparaíso visited a steel mill in Gary, Indiana, in 1974."
    )
    assert readings(found, "Valparaíso") == ["CL"]
    # the same town's name written in ASCII beside its own county's town is the borough
    found = gp.parse(
        "Police in Bogota arrested two men after a break-in at a pharmacy in Hackensack in 1998."
    )
    assert readings(found, "Bogota") == ["US"]
    # the ASCII name after the Indiana namesake's own state stays in Indiana
    found = gp.parse("The Club de Valparaíso bought a bus from a dealer in Valparaiso, Indiana.")
    assert readings(found, "Valparaiso") == ["US"]
    # a spelled namesake smaller than the city chosen moves nothing
    found = gp.parse("The Colegio de San José sent a choir to San Jose, California, in 1987.")
    assert readings(found, "San Jose") == ["US"]


def test_a_world_city_told_as_a_village_is_left_unplaced(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("Floods swept through the Catskills village of Delhi in 2006.")
    assert readings(found, "Delhi") == [None]
    # the games' village of its host city stays the city
    found = gp.parse("Athletes moved into the Olympic village of London in July 2012.")
    assert readings(found, "London") == ["GB"]
    # a city called a town is no village
    found = gp.parse("Spies crowded the Cold War town of Berlin in the 1960s.")
    assert readings(found, "Berlin") == ["DE"]
