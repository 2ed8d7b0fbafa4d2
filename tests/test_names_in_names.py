"""Place names that are words of a longer name of something else: a surname after its
particle, a region of a land the text reads nowhere inside a body's or a site's name; on the
real gazetteer and the real spaCy model (benchmarks/data/lead52/senses.txt and retold lines)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_surname_after_its_particle_is_no_town(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Joao Lourenco was declared president-elect and will take over from Jose Eduardo dos "
        "Santos after 38 years in power in Angola."
    )
    assert readings(found, "Santos") == []
    assert readings(found, "Angola") == ["AO"]
    # a place's whole name with a particle is read whole
    found = gp.parse("Fans flew from Rio de Janeiro to Lisbon for the final.")
    assert readings(found, "Rio de Janeiro") == ["BR"]


def test_a_region_of_an_unread_land_in_a_body_s_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "US Ambassador to the Philippines Sung Kim cut the ribbon on the first facility, at "
        "Cesar Basa Air Base in Pampanga province, north of Manila."
    )
    assert readings(found, "Cesar") == []
    assert readings(found, "Manila") == ["PH"]
    # the body of a region the text reads a town of stays the region's
    found = gp.parse(
        "The Ontario Provincial Police said a truck overturned on the highway near Kingston."
    )
    assert readings(found, "Ontario") == ["CA"]
    # a body in a story that names no other country stays where it is named for
    found = gp.parse("The Volta River Authority said the dam at Akosombo was full.")
    assert readings(found, "Volta") == ["GH"]
