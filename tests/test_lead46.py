"""Kinds the lead saw on the window of news nobody tuned on (stop 46), each beside stories of
other senses (benchmarks/data/lead46, written before the rules ran):

- a place's name joined by a particle between hyphens ("Port-au-Prince", "Boulogne-sur-Mer"),
  which spaCy splits and calls a person, is read whole (geoparse/tokens.py,
  geoparse/particle_names.py);
- a named part of a settlement ("the Boston part of the slum") is the quarter, not the far
  city (geoparse/named_parts.py);
- "the kidnappings" told in the plural after a raid is no second name of the raid
  (extract/merge.py), and "a kidnapping gang" is a band, no act (extract/events/nonevents.py).

The real spaCy pipeline, geoparser and gazetteer; each test fails on main b5ba9d87."""

from __future__ import annotations

import pytest

from tests.events_reading import reader
from tests.test_geoparse_geofix41 import _read


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2010-05-01")


def test_a_name_joined_by_a_particle_between_hyphens_is_read_whole(geoparsing):
    _read(
        geoparsing,
        [
            (
                "The president flew from Port-au-Prince to Miami on Friday.",
                "Port-au-Prince",
                ["HT"],
            ),
            (
                "Troops were deployed to Port-au-Prince, the capital, to restore order.",
                "Port-au-Prince",
                ["HT"],
            ),
            ("Ferries from Boulogne-sur-Mer were cancelled.", "Boulogne-sur-Mer", ["FR"]),
            ("Police in Villeneuve-sur-Lot arrested two men.", "Villeneuve-sur-Lot", ["FR"]),
            ("Floods closed schools in Stratford-upon-Avon.", "Stratford-upon-Avon", ["GB"]),
            # a person's name so joined is none
            ("Jean-de-Dieu Mbemba was named finance minister.", "Jean-de-Dieu", []),
        ],
    )


def test_a_named_part_of_a_settlement_is_no_far_city(geoparsing):
    _read(
        geoparsing,
        [
            (
                "A UN spokesman said the force now controlled the Boston part of the slum of "
                "Cite Soleil in Haiti.",
                "Boston",
                [],
            ),
            (
                "Police raided the Brooklyn section of the camp near Dadaab, Kenya.",
                "Brooklyn",
                [],
            ),
            # a part of a named place, or of no settlement, keeps its reading
            ("Floods hit the Boston part of Lincolnshire hardest.", "Boston", ["GB"]),
            ("Fans enjoyed the Moscow part of the tour more than the rest.", "Moscow", ["RU"]),
        ],
    )


def test_acts_told_in_the_plural_are_no_other_name_of_the_raid_told_before(read):
    text = (
        "UN troops raid Haiti slum\n\n"
        "An operation to arrest a gang leader in the slum of Cite Soleil has left one person "
        "dead.\n\n"
        '"There will be no tolerance for the kidnappings, harassment and terror carried out by '
        "criminal gangs,\" said the force's commander. He said gang members fired at the UN "
        "troops, who fired back."
    )
    types = [e.type for e in read(text, "2007-02-09").events]
    assert "kidnapping" not in types and "attack" in types
    # the plural told again of its own type joins it
    bombed = read("Militants bombed two churches in Kaduna on Sunday. The bombings killed 12.")
    assert [e.type for e in bombed.events] == ["bombing"]
    # a plural of another type that names its own sides is its own act still
    clashes = read(
        "Gunmen attacked the town of Bouar on Saturday, witnesses said. The clashes between the "
        "vigilantes and the former Seleka rebels killed four people.",
        "2013-10-27",
    )
    assert sorted(e.type for e in clashes.events) == ["attack", "clash"]


def test_an_act_naming_a_band_is_no_act(read):
    for text in (
        "Police in Mexico City arrested the leaders of a kidnapping gang on Friday.",
        "Police in Lagos arrested members of a kidnapping gang on Friday.",
    ):
        assert [e.type for e in read(text).events if e.type == "kidnapping"] == [], text
    spree = read("A gunman went on a shooting spree in a mall in Omaha on Wednesday.")
    assert [e.type for e in spree.events] == ["attack"]
