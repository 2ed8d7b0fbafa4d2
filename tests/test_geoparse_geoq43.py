"""Branch geoq43's place rule, with sentences of other senses of its trigger: a town a body, an
agreement or a festival is named after ("the Venice Commission", "the Naples Declaration") is
not its namesake in a country the text names only as a party. On the real gazetteer, the real
spaCy model and a story of benchmarks/data/places_fresh21."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh21, by its file's name."""
    return _fresh_story(name, "places_fresh21")


# (text, name, the country its reading must lie in): three the rule moves, then other senses of
# its trigger it keeps (a town's own commission, a building's longer name, a text that places
# something in the party's country, and a town read where it was before the rule)
CASES = (
    ("The United States backed the Naples Declaration on organised crime.", "Naples", "IT"),
    ("The United States sent observers to the Venice Biennale.", "Venice", "IT"),
    (
        "The Venice City Commission voted on Tuesday to close the beach, Florida officials said.",
        "Venice",
        "US",
    ),
    (
        "The Naples Convention Center hosted the fair, the United States Chamber said.",
        "Naples",
        "US",
    ),
    (
        "The Naples Declaration was signed in Florida by the United States and Canada.",
        "Naples",
        "US",
    ),
    ("The Venice Commission in Los Angeles, United States, met on Tuesday.", "Venice", "US"),
    ("Russia and the United States discussed the Minsk agreements.", "Minsk", "BY"),
)


def test_a_town_a_body_is_named_after_is_not_moved_to_a_party_country(geoparsing):
    gp = geoparsing[0]
    # Euronews Albania's related stories: "the Venice Commission", then "The United States has
    # delivered ... U.S. Embassy Pristina" (Venice, California, before the rule)
    assert readings(gp.parse(_story("mk-euronewsal-census")), "Venice") == ["IT"]
    for text, name, country in CASES:
        assert readings(gp.parse(text), name) == [country], text
