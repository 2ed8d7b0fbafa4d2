"""Branch geofix44: the wrong places stop 39 left, each a kind: a town opening the name of a
body of states (things.STATES_PACT_WORDS), a world city beside a town the text names
(resolve._world_city_by_its_neighbour), a person's full name after a picture's "of"
(person_rules.PICTURE_WORDS), a village's name before a verb of speech
(person_rules._given_speaker), a region across a border the text names
(resolve._across_the_named_border), a unit's name written alone (resolve._unit_named_alone).
On the real gazetteer and the real spaCy model; the stories and their other senses are
benchmarks/data/geofix44/sentences.txt. Each case is a sentence, a name and the readings
expected at its mentions as a country or a country and its first-level region ("US.DC"); an
empty list: the name is no place."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_a_town_opening_a_body_of_states_name_is_the_body_s(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Leaders of the Shanghai Cooperation Organization met in Moscow after talks in"
                " Beijing.",
                "Shanghai",
                [],
            ),
            (
                "The Warsaw Treaty Organization held drills near Warsaw and Krakow.",
                "Warsaw",
                ["PL"],
            ),
            # other senses: a town's own body, and the town itself
            (
                "The Mosul Reconstruction Organization said it rebuilt homes near Erbil.",
                "Mosul",
                ["IQ"],
            ),
            ("Shanghai police said a factory fire killed nine people.", "Shanghai", ["CN"]),
            ("Leaders met in Shanghai after talks in Moscow.", "Shanghai", ["CN"]),
        ],
    )


def test_a_world_city_beside_a_town_the_text_names_is_the_world_city(geoparsing):
    _read(
        geoparsing,
        [
            ("He moved from Arlington, Virginia, to Washington.", "Washington", ["US.DC"]),
            ("He drove from Washington to Arlington, Virginia.", "Washington", ["US.DC"]),
            # other senses: a namesake its own container or its own neighbour places
            (
                "Portland, Maine, police said the ferry ran aground in Casco Bay.",
                "Portland",
                ["US.ME"],
            ),
            (
                "Hollywood, Florida, police said a man was arrested near the beach north of Miami.",
                "Hollywood",
                ["US.FL"],
            ),
            (
                "Ontario Provincial Police said a truck crashed on Highway 401 near London,"
                " Ontario.",
                "London",
                ["CA"],
            ),
            ("Police in Seattle and Portland, Oregon, closed roads.", "Portland", ["US.OR"]),
            ("Fishermen in Sydney, Nova Scotia, said the catch fell.", "Sydney", ["CA"]),
        ],
    )


def test_a_person_s_full_name_in_a_picture_is_no_place(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Crowds at the festival in Venice waited for a photo of Sydney Sweeney.",
                "Sydney",
                [],
            ),
            (
                "Crowds at the festival in Venice waited for a photo of Sydney Sweeney.",
                "Venice",
                ["IT"],
            ),
            # other senses: the city, its harbour, its government speaking of itself
            ("Ferries crossed Sydney's harbour as the storm cleared.", "Sydney", ["AU"]),
            ("Detroit said it would appeal the ruling.", "Detroit", ["US"]),
            ("Paris said it would send envoys, and Moscow said it would not.", "Paris", ["FR"]),
            ("A photo of Paris Orly airport.", "Paris", ["FR"]),
        ],
    )


def test_a_village_of_the_text_s_country_does_not_speak(geoparsing):
    _read(
        geoparsing,
        [
            ("Kennedy said the bill would pass in Washington.", "Kennedy", []),
            # other senses: a city of the text's state speaks, a village named with its state
            (
                "Jackson said the storm flooded roads, officials in Mississippi said.",
                "Jackson",
                ["US.MS"],
            ),
            ("Auburn said it would close roads in Alabama.", "Auburn", ["US.AL"]),
            ("Detroit said it would appeal the ruling.", "Detroit", ["US"]),
        ],
    )


def test_a_region_across_a_border_the_text_names_is_the_other_country_s(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Punjab Rangers said Indian drones dropped weapons near the border with India.",
                "Punjab",
                ["PK"],
            ),
            (
                "Indian troops in Punjab said smugglers crossed the border with Pakistan.",
                "Punjab",
                ["IN"],
            ),
            # other senses: the region's own town, or the other country's, places it
            (
                "Punjab police in Amritsar said drones from Pakistan crossed the border with"
                " Pakistan.",
                "Punjab",
                ["IN"],
            ),
            ("Punjab police in Lahore arrested five men after the blast.", "Punjab", ["PK"]),
            (
                "Punjab police said the smugglers came from the border with India near Kasur.",
                "Punjab",
                ["PK"],
            ),
            (
                "Azerbaijan said Iranian drills near the border with Iran alarmed Baku.",
                "Azerbaijan",
                ["AZ"],
            ),
        ],
    )


def test_a_unit_s_name_written_alone_is_the_unit_where_its_towns_lie_elsewhere(geoparsing):
    _read(
        geoparsing,
        [
            (
                "DeSoto Parish deputies said the man was held at the DeSoto Detention Center"
                " near Mansfield.",
                "DeSoto",
                ["US.LA"],
            ),
            # other senses: a town of the name in the unit's state, or no unit named
            ("Orange County deputies arrested a man in Orange.", "Orange", ["US.CA"]),
            ("Dallas County officials said the DeSoto police chief resigned.", "DeSoto", ["US.TX"]),
            (
                "Madison County deputies in Alabama said the Madison man was charged.",
                "Madison",
                ["US.AL"],
            ),
            ("Lamar County officials met in Paris.", "Paris", ["US.TX"]),
        ],
    )
