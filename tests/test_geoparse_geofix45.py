"""Branch geofix45: famous cities read on the wrong continent and what geoq40 and geofix44 left,
each a kind: a journey's end read as a world city's small namesake (resolve._journey_ends), a
water named "of" a town (things._water_of_town), a name after a country's possessive read only
by another of its names (things._owned_abroad), a region named only in a long list of regions
(resolve._listed_regions), a district beside a world city (town_rules._district_of_world_city).
On the real gazetteer and the real spaCy model; the stories and their other senses are
benchmarks/data/geofix45/sentences.txt. Each case is a sentence, a name and the readings
expected at its mentions as a country or a country and its first-level region ("US.TX"); an
empty list: the name is no place."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def test_a_journey_s_end_is_the_world_city_not_its_small_namesake(geoparsing):
    _read(
        geoparsing,
        [
            ("Flights from Chicago to Sydney were cancelled after the storm.", "Sydney", ["AU"]),
            (
                "The airline added flights from Kennedy Airport to Sydney next year.",
                "Sydney",
                ["AU"],
            ),
            ("Tourists from Texas took the train from Paris to Versailles.", "Paris", ["FR"]),
            ("Tourists from Texas took the train from Paris to Versailles.", "Versailles", ["FR"]),
            # other senses: the namesake's own region, container or country at the other end
            (
                "Flights from Halifax to Sydney on Cape Breton Island were delayed, and Glace Bay"
                " lost power.",
                "Sydney",
                ["CA"],
            ),
            (
                "The route from Paris, Kentucky to Lexington was closed by the flood.",
                "Paris",
                ["US.KY"],
            ),
            (
                "The ferry from Sydney, Nova Scotia, to Newfoundland was cancelled; Halifax saw"
                " snow.",
                "Sydney",
                ["CA"],
            ),
            (
                "Officials in Versailles, Kentucky, met the governor in Frankfort.",
                "Versailles",
                ["US.KY"],
            ),
        ],
    )


def test_a_water_named_of_a_town_is_no_town(geoparsing):
    _read(
        geoparsing,
        [
            ("Pirates boarded a tanker in the Strait of Malacca near Singapore.", "Malacca", []),
            (
                "The port of Malacca faces the strait; ships in the Strait of Malacca slowed.",
                "Malacca",
                ["MY"],
            ),
            # other senses: the town itself, and a curated sea's whole name
            (
                "Malacca city council said tourism recovered, officials in Kuala Lumpur said.",
                "Malacca",
                ["MY"],
            ),
            ("Fighting broke out in Aden as the government of Yemen returned.", "Aden", ["YE"]),
        ],
    )


def test_a_name_after_a_country_s_possessive_read_by_another_name_abroad_is_no_town(geoparsing):
    text = (DATA / "assets_fresh11" / "docs" / "gr-piraeus-cosco-sale-2016.txt").read_text()
    _read(
        geoparsing,
        [
            (text, "Cosco", []),
            (
                "Greece sold Piraeus port to China's Cosco. Cosco already ran a terminal there.",
                "Cosco",
                [],
            ),
            # other senses: the possessor's own town, a town by its own name
            ("Peru's Cusco drew fewer tourists after the protests.", "Cusco", ["PE"]),
            (
                "Protesters blocked roads near Cusco, and police in Lima arrested ten.",
                "Cusco",
                ["PE"],
            ),
            ("The US's Guantanamo base held 30 men.", "Guantanamo", ["CU"]),
            ("Kenya's Mombasa port handled more cargo.", "Mombasa", ["KE"]),
        ],
    )


def test_a_region_named_only_in_a_long_list_gives_no_evidence(geoparsing):
    text = (DATA / "places_fresh18" / "docs" / "us-ntxe-front-page.txt").read_text()
    _read(
        geoparsing,
        [
            (text, "Greenville", ["US.TX"]),
            (
                "Texas schools rank low. Texas spends less per pupil than most states; Mississippi,"
                " Alabama, Idaho, Utah and Arizona spend less. The Greenville Municipal Auditorium"
                " will host the Texas school board meeting.",
                "Greenville",
                ["US.TX"],
            ),
            # other senses: every region listed, a region named outside the list, the town's
            # own container
            (
                "Floods hit Mississippi, Alabama, Tennessee and Georgia; in Greenville the river"
                " rose.",
                "Greenville",
                ["US.MS"],
            ),
            (
                "South Carolina police said Greenville was calm. Protests spread to Ohio, Iowa,"
                " Utah and Idaho.",
                "Greenville",
                ["US.SC"],
            ),
            (
                "Floods hit the Delta town of Greenville, Mississippi, and farms along the river.",
                "Greenville",
                ["US.MS"],
            ),
        ],
    )


def test_a_district_beside_a_world_city_says_which_city(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Ontario fans travelled to London to watch the game at Wembley.",
                "London",
                ["GB"],
            ),
            ("Ontario fans travelled to London to watch the game at Wembley.", "Wembley", ["GB"]),
            # other senses: no district named, the namesake's own container
            ("Ontario fans travelled to London to watch the game.", "London", ["CA"]),
            (
                "Police in London, Ontario, said the suspect fled toward Toronto.",
                "London",
                ["CA"],
            ),
            ("He worked in London at Barclays before the crash.", "Barclays", []),
        ],
    )
