"""Branch review63: a reviewer's read of geofix44's and eventsq38's rules on stories of other
senses (benchmarks/data/review63), each reading the new rules made wrong fixed as a kind:

- a county's name written alone is not the county where it is the nation's capital
  (resolve._unit_named_alone: "Washington County Sheriff ..., of Hillsboro, Oregon, said he
  would testify in Washington" is the capital);
- a name after a preposition of place, before a vessel in apposition, is the scene, not the
  vessel's name (named_things._vessel_apposition: "In Odesa, a ship carrying grain was hit");
- fire "over the border" does not unplace an act whose sentence says the actors came from
  another land into the placed one (clues_when._across_a_border: "Fighters came over the
  border from Somalia and attacked the post");
- "last year" owning the next noun is no month's year (dates._MONTH_OF_A_YEAR: "In March,
  last year's champion was killed" is March of the article's year).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main c267014f."""

from __future__ import annotations

import pytest

from explorer.extract.dates import find_dates
from tests.events_reading import countries_of, places_of, reader
from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-03-02")


def test_a_capital_written_alone_beside_a_county_of_its_name_is_the_capital(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Washington County Sheriff Pat Garrett, of Hillsboro, Oregon, said he would"
                " testify in Washington next week.",
                "Washington",
                ["US.DC"],
            ),
            (
                "Washington County deputies in Beaverton said the suspect had flown in from"
                " Washington.",
                "Washington",
                ["US.DC"],
            ),
            # the rule's own sense stays: a town of another state, not a capital
            (
                "DeSoto Parish deputies said the man was held at the DeSoto Detention Center"
                " near Mansfield.",
                "DeSoto",
                ["US.LA"],
            ),
            ("Orange County deputies arrested a man in Orange.", "Orange", ["US.CA"]),
        ],
    )


def _names(geoparsing, text: str) -> list[str]:
    return [t.name for t in geoparsing[0].parse(text)]


def test_a_scene_before_a_vessel_in_apposition_is_a_place(geoparsing):
    assert "Odesa" in _names(geoparsing, "In Odesa, a ship carrying grain was hit by a drone.")
    assert "Odesa" in _names(geoparsing, "Off Odesa, a tanker carrying grain was struck.")
    # a vessel's own name in apposition stays no place, after "on" or "at" too
    text = (
        "Last week pirates tried to attack the GINGA FALCON, a Japanese-operated chemical "
        "tanker anchored off Indonesia's Pulau Karimun Besar Island."
    )
    assert "FALCON" not in _names(geoparsing, text)
    text = "Divers reached the Kursk, the nuclear submarine that sank in the Barents Sea."
    assert "Kursk" not in _names(geoparsing, text)


def test_fighters_who_came_over_the_border_from_another_land_attack_on_this_side(read):
    text = (
        "NAIROBI - Al-Shabaab struck a police post in Mandera on Friday. Fighters came over the"
        " border from Somalia and attacked the post, the police said."
    )
    assert places_of(read, text, "attack") == ["Mandera"]
    # fire sent over the border by no land named, or from the placed land, stays unplaced
    text = (
        "NAIROBI - Al-Shabaab struck a police post in Mandera on Friday. Kenyan troops fired"
        " shells over the border and attacked the militants, the army said."
    )
    assert "KE" not in countries_of(read, text, "attack")[1:]


def test_last_years_noun_after_a_month_is_no_months_year():
    got = find_dates("In March, last year's champion was killed in Kabul.", "2024-05-10")
    assert [d.date for d in got if d.precision == "month"] == ["2024-03"]
    got = find_dates("In February, next year’s budget was cut.", "2024-05-10")
    assert [d.date for d in got if d.precision == "month"] == ["2024-02"]
    # the month's own year stays
    got = find_dates("A car bomb exploded in Baghdad in April last year.", "2024-05-10")
    assert [d.date for d in got] == ["2023-04"]
    got = find_dates("Shells hit a market in December of last year.", "2024-05-10")
    assert [d.date for d in got] == ["2023-12"]
