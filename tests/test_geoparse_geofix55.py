"""Branch geofix55: a list closed by a first-level region whose members before the last are
small namesakes of big cities abroad, beside another such city, with the region's big city
last ("London, Tokyo and Toronto, Ontario"), keeps the big cities
(words_around.world_cities_before_the_closing_region); a list of the region's own towns keeps
its region. Stories of benchmarks/data/review75 and benchmarks/data/geofix55.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main e023584d."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_a_small_namesake_in_the_closing_region_yields_to_the_world_city(geoparsing):
    _read(
        geoparsing,
        [
            ("The bank has offices in London, Tokyo and Toronto, Ontario.", "London", ["GB"]),
            (
                "The fashion house opened stores in London, Paris and Toronto, Ontario, this year.",
                "Paris",
                ["FR"],
            ),
            (
                "Flights link Athens, Rome and Atlanta, Georgia, three times a week.",
                "Athens",
                ["GR"],
            ),
            (
                "Ferries once sailed between Liverpool, Dublin and Halifax, Nova Scotia.",
                "Liverpool",
                ["GB"],
            ),
            # the region's towns: no other member a city abroad, or a small town last
            ("Tech jobs grew in Kitchener, Waterloo and Guelph, Ontario.", "Waterloo", ["CA"]),
            ("Tornado warnings covered Paris, Lamar and Fannin counties, Texas.", "Paris", ["US"]),
            (
                "The carmaker cut shifts at plants in Windsor, London and Toronto, Ontario.",
                "London",
                ["CA"],
            ),
            (
                "A tornado touched down near London, Paris and Woodstock, Ontario, on Sunday.",
                "Paris",
                ["CA"],
            ),
        ],
    )


def test_a_namesake_read_elsewhere_in_the_region_s_land_yields_to_the_world_city(geoparsing):
    _read(
        geoparsing,
        [
            (
                "The airline flies from Glasgow, Belfast and Boston, Massachusetts.",
                "Belfast",
                ["GB"],
            ),
            (
                "Container ships link Hamburg, Rotterdam and Baltimore, Maryland.",
                "Rotterdam",
                ["NL"],
            ),
            ("The band toured Sydney, Melbourne and Halifax, Nova Scotia.", "Melbourne", ["AU"]),
            ("The airline flies from Berlin, Warsaw and Chicago, Illinois.", "Warsaw", ["PL"]),
            # the region's towns
            (
                "Housing prices fell in Richmond, Surrey and Burnaby, British Columbia.",
                "Surrey",
                ["CA"],
            ),
            ("The chain opened stores in Dublin, Columbus and Cincinnati, Ohio.", "Dublin", ["US"]),
            ("Voters in Athens, Macon and Savannah, Georgia, waited hours.", "Athens", ["US"]),
            ("Voters in Athens, Rome and Savannah, Georgia, waited hours.", "Rome", ["US"]),
        ],
    )


def test_a_town_s_seafront_in_a_county_places_the_town_there(geoparsing):
    _read(
        geoparsing,
        [
            ("Lorries queued at the Dover harbour in Kent.", "Dover", ["GB"]),
            ("Lorries queued at the Dover harbour in Kent.", "Kent", ["GB"]),
            # the unit's own town, and a first-level region (another rule's)
            (
                "Yachts filled the Annapolis harbor in Anne Arundel County for the boat show.",
                "Annapolis",
                ["US"],
            ),
            ("The Miami waterfront in Florida flooded during the hurricane.", "Miami", ["US"]),
        ],
    )
