"""Assets of assetsq18: a country's outline holds all the parts its code names (Australia's
mainland, not only the Ashmore reef that shares "AU"); a site's name whose town the text does
not tell (an article or a word before a particle read alone from a longer name) is listed,
not drawn; a hyphened qualifier ("open-pit", "open-cast") and the qualifiers before an
ordinary head ("underground") stand between a name and its kind. The sentences are written
here about other sites and towns than the batch tells; the real spaCy pipeline, geoparser,
gazetteer and country outlines read them.
"""

from __future__ import annotations

from shapely.geometry import Point, shape

from explorer.outlines import country_shape
from tests.assets_reading import near as _near


def _assets(parse, text: str) -> dict[str, tuple[str, list | None]]:
    return {a.name: (a.type, (a.geometry or {}).get("coordinates")) for a in parse(text).assets}


def test_a_country_s_outline_holds_every_part_of_its_code():
    australia = shape(country_shape("AU"))
    for lon, lat in ((151.21, -33.87), (144.96, -37.81), (115.86, -31.95), (133.88, -23.70)):
        assert australia.contains(Point(lon, lat)), (lon, lat)  # Sydney, Melbourne, Perth, Alice
    assert australia.distance(Point(123.58, -12.43)) < 0.1  # the Ashmore reef kept with it
    # other countries' outlines as they were: Sydney lies in none of them
    for code in ("NZ", "ID", "PG"):
        assert not shape(country_shape(code)).contains(Point(151.21, -33.87)), code


def test_an_article_is_no_town_of_a_longer_name(parse):
    got = _assets(parse, "Copper output resumed at the Las Bambas copper mine on Saturday.")
    assert got["Las Bambas copper mine"] == ("mine", None), got
    # a name joined by its particle is whole, and none of its words a town ("Nant", France)
    got = _assets(parse, "Work stopped at the Nant y Helfa opencast coal mine on Monday.")
    assert got == {"Nant y Helfa opencast coal mine": ("mine", None)}, got
    # a town whose whole name opens with its article is still its site's town
    got = _assets(parse, "A fire broke out at the El Segundo refinery on Sunday.")
    assert _near(got["El Segundo refinery"][1], -118.42, 33.92), got
    got = _assets(parse, "Dockers struck at the Le Havre oil terminal on Sunday.")
    assert _near(got["Le Havre oil terminal"][1], 0.11, 49.49), got


def test_hyphened_and_plain_qualifiers_before_an_ordinary_head(parse):
    for text, name in (
        (
            "Copper output resumed at the Toquepala open-pit mine on Saturday.",
            "Toquepala open-pit mine",
        ),
        (
            "Miners struck at the Cerrejon open-cast coal mine in Colombia.",
            "Cerrejon open-cast coal mine",
        ),
        (
            "Miners went back to the Kiruna underground mine as iron ore prices rose.",
            "Kiruna underground mine",
        ),
    ):
        got = _assets(parse, text)
        assert got.get(name, ("",))[0] == "mine", (text, got)
    for text in (
        "An open-pit mine near the village flooded after the rains.",
        "Sappers cleared an open-pit of anti-tank mines near the road.",
        "The open-cast workings were closed by the ministry.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_ground_never_drawn_is_listed_in_the_place_in_names(parse):
    got = _assets(parse, "Launches will move to a spaceport that will be built in Kherson Oblast.")
    assert got == {"spaceport in Kherson Oblast": ("spaceport", None)}, got
    for text in (
        "A pipeline in Texas leaked on Monday.",  # a line, never listed by a place in its name
        "Talks on the spaceport in Brussels ended without a deal.",
        "Spaceports in Florida and Texas launched a record number of rockets.",
    ):
        assert _assets(parse, text) == {}, text
