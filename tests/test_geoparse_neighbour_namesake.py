"""A small town of the text's country that shares its name with a big city across the border:
news of a country names its neighbour's cities, so the country alone does not make the town. On
the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_big_city_across_the_border_beats_a_small_namesake_at_home(geoparsing):
    gp = geoparsing[0]
    # Donetsk: Ukraine's city of 900,000, not the town of 50,000 in Russia's Rostov region
    tops = gp.parse("Russian forces shelled Donetsk on Monday.")
    assert readings(tops, "Donetsk") == ["UA"]
    tops = gp.parse("Russia moved troops into Donetsk after recognising the breakaway region.")
    assert readings(tops, "Donetsk") == ["UA"]


def test_the_small_town_stays_where_its_own_region_is_in_sight(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Russian police in Donetsk, Rostov region, detained two men.")
    assert readings(tops, "Donetsk") == ["RU"]
    # a big namesake abroad that is no neighbour changes nothing (US towns of LGL's news)
    tops = gp.parse("A tornado hit Paris on Monday, the National Weather Service in Texas said.")
    assert readings(tops, "Paris") == ["US"]
    tops = gp.parse("Police in Moscow, Idaho, arrested a man.")
    assert readings(tops, "Moscow") == ["US"]
