"""Branch geofix54: names the text shows away from the place they name, each kind with
stories of other senses (explorer/geoparse/away_from_home.py):

- a club's name in a game's story, read as a town on another continent, is no place ("fans of
  Vasco and fans of Fluminense": club_far_from_its_game);
- a troupe named for a world city tours away from home ("The Moscow State Circus performed in
  Idaho": troupe_on_tour);
- a journey to a region leaves from outside it ("flew from London, Paris and Berlin to
  Ontario": journey_into_a_region).

The real spaCy pipeline, geoparser and gazetteer, and a real article of events_fresh22; every
test fails on main 8f0c47b9."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own

RIO = Path(__file__).parent.parent / "benchmarks/data/events_fresh22/docs/football-rio-sbs.txt"


def test_a_club_far_from_its_game_is_no_place(geoparsing):
    gp, _ = geoparsing
    article = RIO.read_text(encoding="utf-8")
    assert [(t.name, t.candidate) for t in gp.parse(article) if t.name == "Vasco"] == [
        ("Vasco", None)
    ] * 3
    _read(
        geoparsing,
        [
            (
                "Fights between fans of Vasco and fans of Fluminense broke out before the derby"
                " in Rio, police said. Vasco won the game 1-0.",
                "Vasco",
                [None, None],
            ),
            # other senses: a club's town near the game's, a real town of a game's story, the
            # towns fans come from, a club's town named as a town
            (
                "Fans of Liverpool travelled to Manchester, where Liverpool won the game 2-1.",
                "Liverpool",
                ["GB", "GB"],
            ),
            (
                "Fans of Mohun Bagan packed the stadium in Kolkata as the league match against"
                " FC Goa ended 1-1.",
                "Kolkata",
                ["IN"],
            ),
            (
                "Fans from Sao Paulo travelled to Rio de Janeiro for the final; the match ended"
                " 2-2.",
                "Sao Paulo",
                ["BR"],
            ),
            (
                "The derby was played in Santos, Brazil, and fans of Palmeiras celebrated the"
                " 2-0 win.",
                "Santos",
                ["BR"],
            ),
        ],
    )


def test_a_troupe_named_for_a_world_city_tours_away_from_home(geoparsing):
    _read(
        geoparsing,
        [
            ("The Moscow State Circus performed in Idaho last week.", "Moscow", ["RU"]),
            ("The Moscow State Circus performed in Idaho last week.", "Idaho", ["US"]),
            # other senses: a town's own district, a circus in the town, a ballet school, a
            # symphony of the town's state
            ("The Moscow School District in Idaho closed its schools.", "Moscow", ["US"]),
            ("The circus performed in Moscow, Idaho last week.", "Moscow", ["US"]),
            ("The Paris Ballet Academy in Texas gave its spring show.", "Paris", ["US"]),
            ("The Moscow Symphony of Idaho performed in Boise.", "Moscow", ["US"]),
        ],
    )


def test_a_journey_to_a_region_leaves_from_outside_it(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Ministers flew from London, Paris and Berlin to Ontario for the summit.",
                "London",
                ["GB"],
            ),
            (
                "Ministers flew from London, Paris and Berlin to Ontario for the summit.",
                "Paris",
                ["FR"],
            ),
            ("Students flew from Moscow to Idaho for the exchange.", "Moscow", ["RU"]),
            # other senses: a town its container places, a journey to a town of the region,
            # a journey between two towns
            ("Buses ran from London, Ontario to Toronto all night.", "London", ["CA"]),
            ("Farmers drove from London to Kitchener, Ontario, for the fair.", "London", ["CA"]),
            (
                "Officials from Ontario flew from Toronto to London for the trade talks.",
                "Toronto",
                ["CA"],
            ),
        ],
    )
