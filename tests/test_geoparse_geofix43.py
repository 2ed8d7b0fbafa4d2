"""Branch geofix43: a first-level region the text names only as where people come from ("Students
from Michigan", "Indiana golfers") is evidence of where they come from, not of where the story's
towns lie (resolve._origins); named otherwise too ("in Indiana", "Pennsylvania state police") it
is the story's region again. On the real gazetteer and the real spaCy model; the other senses
are benchmarks/data/geofix43/sentences.txt. Each case is a sentence, a name and the readings
expected at its mentions as a country and its first-level region ("US.GA")."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_a_region_people_come_from_does_not_pull_the_story_s_towns_into_it(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Students from Michigan drove to Athens for the game against the Georgia"
                " Bulldogs at Sanford Stadium.",
                "Athens",
                ["US.GA"],
            ),
            (
                "Indiana golfers played the Memorial Tournament in Dublin, outside Columbus.",
                "Dublin",
                ["US.OH"],
            ),
            # other senses: the region named as where the story is keeps its towns
            (
                "Michigan police said the crash happened in Athens, near Battle Creek.",
                "Athens",
                ["US.MI"],
            ),
            ("Indiana golfers won in Indiana, at the course in Carmel.", "Carmel", ["US.IN"]),
            (
                "Hunters from Pennsylvania were stopped in Lancaster, where Pennsylvania state"
                " police charged them.",
                "Lancaster",
                ["US.PA"],
            ),
            ("A man from Texas was arrested in Paris, Texas.", "Paris", ["US.TX"]),
            ("Maine officials met visitors from Oregon in Portland.", "Portland", ["US.ME"]),
        ],
    )


def test_a_state_s_name_after_its_town_s_comma_is_the_state_not_a_capital(geoparsing):
    """resolve._in_its_state: "Town, State," where the state's name was read as a town."""
    _read(
        geoparsing,
        [
            (
                "From Vancouver, Washington, drivers crossed to Portland, Oregon.",
                "Washington",
                ["US.WA"],
            ),
            ("Farmers in Tacoma, Washington, sold hay to Salem, Oregon.", "Washington", ["US.WA"]),
            # other senses: the capital after another country's city, or before a word
            ("Talks in Moscow, Washington said, would resume next week.", "Washington", ["US.DC"]),
            ("Aid reached Kyiv, Washington officials said.", "Washington", ["US.DC"]),
        ],
    )


def test_a_town_s_name_opening_a_square_s_name_is_no_town(geoparsing):
    """segments.GROUNDS_WORDS: "Madison Square Garden" is no Madison, Wisconsin."""
    gp, _ = geoparsing
    names = [t.name for t in gp.parse("The Knicks lost at Madison Square Garden in New York.")]
    assert "Madison" not in names
    _read(
        geoparsing,
        [
            ("Madison police said the square downtown was closed.", "Madison", ["US.WI"]),
            ("Madison, Wisconsin, hosted the rematch.", "Madison", ["US.WI"]),
            ("Protesters filled Tahrir Square in Cairo.", "Cairo", ["EG.11"]),
        ],
    )
