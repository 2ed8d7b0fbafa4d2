"""Names that are no place on Earth though towns bear them (geoparse/sky_and_craft.py): a planet
a probe, a rover or an orbit reaches, and a craft's model before its number. The towns of
those names, and places before a count of craft, are read as before. Stories of
benchmarks/data/lead45 (written before the rules ran).

The real spaCy pipeline, geoparser and gazetteer; each test fails on main 2db5d281."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read


def test_a_planet_a_probe_reaches_is_no_town(geoparsing):
    _read(
        geoparsing,
        [
            ("NASA's Perseverance rover landed on Mars in February, the agency said.", "Mars", []),
            (
                "The Juno probe entered orbit around Jupiter after a five-year journey.",
                "Jupiter",
                [],
            ),
            ("The rover landed on Mars, NASA said.", "Mars", []),
            # the towns: a region after the comma, or no word of space in the sentence
            ("Police in Mars, Pennsylvania, closed the borough's main street.", "Mars", ["US"]),
            ("The fire in Jupiter, Florida, destroyed three homes.", "Jupiter", ["US"]),
            ("Residents of Mars said the mayor would resign.", "Mars", ["US"]),
        ],
    )


def test_a_craft_s_model_before_its_number_is_no_town(geoparsing):
    _read(
        geoparsing,
        [
            (
                "SpaceX's Falcon 9 launch vehicle lifted off from Cape Canaveral on Sunday.",
                "Falcon",
                [],
            ),
            # a place before a count of craft, an agreement's or a games' number
            ("Russia launched at Odesa 12 drones overnight, the governor said.", "Odesa", ["UA"]),
            ("In Kharkiv 3 missiles hit a school on Tuesday.", "Kharkiv", ["UA"]),
            ("Over Beirut 4 jets broke the sound barrier.", "Beirut", ["LB"]),
            ("The Minsk 2 agreement was signed in February 2015.", "Minsk", ["BY"]),
        ],
    )


def test_an_old_name_told_as_a_seat_of_rule_or_beside_its_region_is_the_city(geoparsing):
    """geofix56's rule (a renamed city's old name is today's namesake abroad) read "SALISBURY"
    of a 1977 dateline and "the government in Salisbury" (1978) in England: a seat of rule, or
    a text whose other places lie by the city, keeps the city (Harare)."""
    _read(
        geoparsing,
        [
            (
                "SALISBURY - Guerrillas based in Mozambique are fighting the Smith regime.",
                "SALISBURY",
                ["ZW"],
            ),
            (
                "Britain backed the Western-backed government in Salisbury against the guerrillas.",
                "Salisbury",
                ["ZW"],
            ),
            # the namesake as geofix56 reads it
            ("Salisbury's cathedral hosted a memorial for the queen.", "Salisbury", ["GB"]),
        ],
    )


def test_a_ship_named_again_after_the_is_no_town(geoparsing):
    """A ship the text named with its navy's prefix, told again by its bare name after "the",
    is the ship (named_things._a_vessel_named_again); a town of that name told otherwise, and
    before a place's word, is the town."""
    _read(
        geoparsing,
        [
            (
                "HMS Sheffield was hit by an Exocet missile. The Sheffield sank six days later.",
                "Sheffield",
                [],
            ),
            (
                "HMS Sheffield was named for the city. Crowds in Sheffield remembered the crew.",
                "Sheffield",
                ["GB"],
            ),
        ],
    )
