"""A town, a comma, its country, then a word of time ("overnight", "today", "early on Sunday"):
the country still says which town is meant; only a word that makes the country a speaker ("U.S.
officials said") frees the town from it. Real geoparser and gazetteer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Storms flooded Cordoba, Mexico overnight, officials said.", "Cordoba", "MX"),
        ("Protesters marched in Victoria, Mexico today.", "Victoria", "MX"),
        ("Gunmen attacked Cordoba, Mexico early on Sunday.", "Cordoba", "MX"),
    ],
)
def test_a_word_of_time_after_the_country_keeps_it(geoparsing, text, town, country):
    gp, _gz = geoparsing
    found = {text[t.start : t.end]: t.candidate for t in gp.parse(text)}
    assert found[town] is not None and found[town].country == country, found


def test_officials_of_a_country_after_the_comma_still_speak(geoparsing):
    gp, _gz = geoparsing
    text = "The talks in Berlin, U.S. officials said, went well."
    found = {text[t.start : t.end]: t.candidate for t in gp.parse(text)}
    assert found["Berlin"] is not None and found["Berlin"].country == "DE", found
