"""Branch geoq48's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh26."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh26, by its file's name."""
    return _fresh_story(name, "places_fresh26")


def test_a_roll_of_lands_across_the_world_lends_none_of_them_a_village(geoparsing):
    gp = geoparsing[0]
    # "signed to play for Barcelona" in a listing whose last item rolls Albania, Brazil, Ghana
    # and the UAE: Barcelona of Rio Grande do Norte (3,986 people) before the rule
    assert readings(gp.parse(_story("ga-197lines-gabon")), "Barcelona") == ["ES"]
    found = gp.parse(
        "The striker has signed for Barcelona. With Albania, Brazil, Ghana and the United Arab "
        "Emirates, the country has joined the Security Council."
    )
    assert readings(found, "Barcelona") == ["ES"]
    # other senses: a namesake the text places, or beside a place of its own land
    for text, name, country in (
        (
            "Floods cut the road to Barcelona in Rio Grande do Norte this week. Aid came from "
            "Brazil, Argentina and Chile.",
            "Barcelona",
            "BR",
        ),
        (
            "Students at the university in Moscow held a vigil on Friday, and the Latah County "
            "sheriff thanked them. Classmates from Japan, Kenya, Brazil and the United States "
            "joined in.",
            "Moscow",
            "US",
        ),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_towns_name_without_its_article_heading_a_longer_name_is_left_unplaced(geoparsing):
    gp = geoparsing[0]
    # "Guelmim-Oued Noun", a region of Morocco: its "Oued" read as El Oued, Algeria before
    story = gp.parse(_story("ma-northafricapost-elections"))
    assert readings(story, "Oued") == [None]
    assert readings(story, "Guelmim") == ["MA"]
    assert readings(gp.parse("Turnout in Dakhla-Oued Ed-Dahab was high."), "Oued") == [None]
    # other senses: the town with its article, alone, or a name the gazetteer holds whole
    for text, name, country in (
        ("Sand storms closed the road between El Oued and Touggourt.", "El Oued", "DZ"),
        ("Farmers in Oued and Biskra lost their date crops to the heat.", "Oued", "DZ"),
        ("A bus crash near Oued Zem killed four, officials in Khouribga said.", "Oued Zem", "MA"),
        ("Thousands fled Fasher for camps in North Darfur.", "Fasher", "SD"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_regions_hyphen_joined_name_the_gazetteer_holds_longer_is_the_region(geoparsing):
    gp = geoparsing[0]
    # "Laayoune-Sakia-El Hamra", GeoNames' "Laayoune-Boujdour-Sakia El Hamra": before the rule
    # its first part alone, the city GeoNames files under Western Sahara
    story = gp.parse(_story("ma-northafricapost-elections"))
    assert readings(story, "Laayoune-Sakia-El Hamra") == ["MA"]
    assert readings(story, "Laayoune") == []
    # other senses: a town's hyphen-joined name held whole, a port, a border's two lands
    for text, name, country in (
        ("Trains between Baden-Baden and Karlsruhe stopped for a day.", "Baden-Baden", "DE"),
        ("The Syria-Turkey border crossing reopened.", "Turkey", "TR"),
        ("Floods in Emilia-Romagna drove thousands from their homes.", "Emilia-Romagna", "IT"),
    ):
        assert readings(gp.parse(text), name) == [country], text
    found = gp.parse("Ferries from Algeciras to Tanger-Med were cancelled in the storm.")
    assert "ES" not in readings(found, "Tanger-Med")


def test_a_road_named_by_the_two_towns_it_links_shows_both(geoparsing):
    gp = geoparsing[0]
    # "the Mongar – Trashigang highway" (places_fresh26's Bhutan page, where the sentence goes
    # on and the recogniser finds no Trashigang at all): before the rule Trashigang was the
    # road's name, hidden, while Mongar was shown
    found = gp.parse("The ruins can be seen from the Mongar – Trashigang highway.")
    assert readings(found, "Trashigang") == ["BT"]
    assert readings(gp.parse("Trucks queued on the Mombasa – Nairobi highway."), "Nairobi") == [
        "KE"
    ]
    # other senses: a town's street, a corner of two streets
    assert readings(gp.parse("A crash closed Dublin Road in Columbus on Tuesday."), "Dublin") == []
    assert readings(gp.parse("A fire broke out at the corner of Main-Elm Street."), "Elm") == []
