"""eventsq42's rules, and the side read from "pro-" and "anti-", narrowed where sentences of
other senses (benchmarks/data/review74/) read wrong on main a7acfd74, each beside the senses
the rule must keep:

- a people's or a land's word glued after "pro-" or "anti-" says whom the men are for or
  against, never who they are ("Anti-American protesters" are no United States);
- a land before a crowded place's word before a bomb, in a sentence that puts the act in a
  place of another land, is the bomber, not where it went off;
- an act "in the capital" is not in the capital of a land named only by its mission, its
  envoy or its visitors;
- an act told in a relative clause on what another act's verb names, by a subject of its own,
  is another act ("Police stormed a shop where a gunman held hostages").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main a7acfd74."""

from __future__ import annotations

import pytest

from tests.events_reading import countries_of, events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2012-09-21")


def test_a_side_after_pro_or_anti_is_never_the_actor(read) -> None:
    text = "Anti-American protesters attacked the US consulate in Karachi on Friday."
    ev = one_event(read, text, "attack")
    assert ev.actors == ["Anti-American protesters"]
    assert ev.targets == ["United States"]  # the consulate is America's: struck, not striking
    text = "A pro-Russian militia attacked a Ukrainian army checkpoint near Donetsk on Friday."
    assert one_event(read, text, "attack").actors == ["pro-Russian militia"]
    text = "An anti-British crowd attacked a school in Port Said on Thursday."
    assert one_event(read, text, "attack").actors == ["anti-British crowd"]
    text = "A bomb killed the pro-Moscow president of Chechnya at a stadium in Grozny on Sunday."
    assert one_event(read, text, "bombing").targets == ["pro-Moscow president"]
    # a people's word with no "pro-" or "anti-", and "pro-government", read as before
    text = "Russian troops attacked Ukrainian positions near Debaltseve on Sunday."
    assert one_event(read, text, "attack").actors == ["Russia"]
    text = "A pro-government militia attacked a village in West Darfur on Saturday."
    assert one_event(read, text, "attack").actors == ["militia"]


def test_a_land_bombing_a_crowded_place_abroad_is_the_bomber(read) -> None:
    text = "Russia market bombing kills 40 in Syrian town of Ariha."
    assert one_event(read, text, "bombing", "2015-11-29").actors == ["Russia"]
    text = "US mosque bombing in Fallujah kills 40, witnesses say."
    assert one_event(read, text, "bombing", "2004-04-08").actors == ["United States"]
    # the land is where the bomb went off when the place told is its own
    text = "Israel bus bombing kills 16 in Jerusalem."
    assert one_event(read, text, "bombing", "2003-06-11").actors == []
    text = "Iraq mosque bombing kills 20 in Kirkuk."
    assert one_event(read, text, "bombing", "2009-05-05").actors == []


_MUTINY = (
    "Soldiers revolt over back pay\n\nHundreds of soldiers in the West African nation of"
    " Guinea-Bissau staged a revolt on Wednesday over pay owed for serving in Liberia with"
    " troops from Nigeria.\n\nMutinous soldiers {} and seized key buildings in the capital,"
    " officials said.\n\nOfficials said the unit had spent nine months in Liberia and had not"
    " been paid."
)


def test_the_capital_is_not_a_land_named_by_its_envoy(read) -> None:
    for act in ("killed the ambassador of Nigeria", "attacked the embassy of Nigeria"):
        got = countries_of(read, _MUTINY.format(act), "attack", "2003-10-08")
        assert got and "NG" not in got, act
    # a land's own army's chief in the capital: that land's
    act = "killed the commander of Guinea-Bissau's army"
    assert countries_of(read, _MUTINY.format(act), "attack", "2003-10-08") == ["GW"]


def test_hostages_held_by_others_where_police_stormed(read) -> None:
    for text, taker in (
        ("Police stormed a kosher shop in Paris where a gunman held hostages on Friday.", "gunman"),
        ("Indian commandos stormed a depot in Mumbai where gunmen held hostages.", "gunmen"),
    ):
        assert one_event(read, text, "kidnapping").actors == [taker], text
    # those who storm and hold them are one party
    text = "Militants stormed a school in Beslan where they held 1,100 hostages on Wednesday."
    assert [e.actors for e in events_of(read, text, "kidnapping")] == [["militants"]]
