"""Branch review91: geoq47's island rules narrowed where their triggers mean something else, on
the real gazetteer and the real spaCy model (stories of benchmarks/data/review91/sentences.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_an_island_named_like_several_towns_takes_none_of_them(geoparsing):
    gp = geoparsing[0]
    # the Irish town and two American towns bear "Shannon": given all three, the island and
    # the bare town were read together in the United States
    found = gp.parse(
        "The ferry stopped at Shannon, where the council said Shannon Island in the estuary "
        "would be cleared of rats."
    )
    assert readings(found, "Shannon") == ["IE"]
    assert "US" not in readings(found, "Shannon Island")
    # one town of the name: the town's island, as geoq47 read it
    found = gp.parse("The earthquake shook Kodiak Island, and the harbour at Kodiak was evacuated.")
    assert readings(found, "Kodiak Island") == ["US"]


def test_a_firms_name_after_a_peoples_word_is_no_land_without_its_islands(geoparsing):
    gp = geoparsing[0]
    for text in (
        "The British Virgin founder Richard Branson said the airline would survive the pandemic.",
        "Virgin Records' British Virgin arm and the US Virgin Trains venture were sold.",
    ):
        assert "VG" not in readings(gp.parse(text), "British Virgin"), text
    # the land's own people and offices stay the land
    found = gp.parse(
        "The British Virgin premier was arrested in Miami; officials in Tortola were stunned."
    )
    assert readings(found, "British Virgin") == ["VG"]
    found = gp.parse("Migrant boats from Haiti were stopped off the Turks and Caicos on Tuesday.")
    assert readings(found, "Turks and Caicos") == ["TC"]
