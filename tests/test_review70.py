"""Branch review70: geofix48's place rules (explorer/geoparse/told_apart.py) read against
stories of other senses (benchmarks/data/review70/sentences.txt), and the two kinds they read
wrong, narrowed:

- a news agency's letters before a dash, glued by spaCy to the people's word after it, are no
  dateline ("SANA - Syrian army units": not Sanaa, Yemen; "SPA - Saudi air defences"), and
  the state agencies are outlets of their datelines;
- a list member read as a state keeps it beside a state listed before it, nearer than its
  country namesake lies to the country closing the list ("Peaches from South Carolina,
  Georgia and Greece": Georgia the state).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main cc6ed600."""

from __future__ import annotations

from explorer.corpus.outlets import outlet_from_dateline
from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def _names(geoparsing, text: str) -> list[str]:
    return [t.name for t in geoparsing[0].parse(text)]


def test_an_agency_s_letters_before_a_dash_are_no_dateline(geoparsing):
    sana = "SANA - Syrian army units repelled an attack near Idlib, the state agency said."
    assert _names(geoparsing, sana) == ["Syrian", "Idlib"]
    spa = "SPA - Saudi air defences intercepted a missile fired from Yemen, the agency reported."
    assert _names(geoparsing, spa) == ["Saudi", "Yemen"]
    assert outlet_from_dateline(spa) == "Saudi Press Agency"
    _read(
        geoparsing,
        [
            (sana, "Idlib", ["SY"]),
            # other senses: a city's dateline glued the same way is still read
            ("KYIV - Russian missiles struck the city overnight, officials said.", "KYIV", ["UA"]),
            ("BEIRUT - Israeli drones struck a car in southern Lebanon.", "BEIRUT", ["LB"]),
            ("TBILISI - Georgian protesters blocked the parliament.", "TBILISI", ["GE"]),
        ],
    )


def test_a_state_beside_a_state_listed_before_it_stays_a_state(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Peaches from South Carolina, Georgia and Greece filled the market.",
                "Georgia",
                ["US.GA"],
            ),
            # other senses: far from the states listed before it, nearer the closing country
            (
                "Wines from Oregon, Washington, Georgia and Moldova were poured at the fair.",
                "Georgia",
                ["GE"],
            ),
            ("Ukraine, Georgia and Moldova applied to join the European Union.", "Georgia", ["GE"]),
            (
                "Tourists from Florida, Alabama, Georgia and Canada filled the beaches.",
                "Georgia",
                ["US.GA"],
            ),
        ],
    )
