"""A small town's one-word name read alone before a capitalised "Town" or "City" that the
gazetteer holds no longer name with is a word of that unheld name: unplaced where the text names
places of another land and none of the town's (a people's adjective aside). On the real
gazetteer and spaCy model, with a retold story of a revolution nobody tuned on
(stances_fresh29) and sentences of other senses written before the rule ran."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

DOCS = Path(__file__).resolve().parent.parent / "benchmarks/data/stances_fresh29/docs"
STORY = DOCS / "k11-reportwire-revisiting-the-zanzibar-revolution-2025.txt"


def test_the_quarter_of_an_island_town_is_no_english_town(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(STORY.read_text(encoding="utf-8"))
    assert readings(found, "Stone") == [None]  # was England's Stone, 14,000 people
    assert set(readings(found, "Zanzibar")) == {"TZ"}
    assert readings(found, "Oman") == ["OM"]


def test_clubs_cities_and_held_names_stay(geoparsing):
    gp = geoparsing[0]
    # a city before "City" (its club's name) is the city
    found = gp.parse("Manchester City signed a striker from Benfica; he flew from Lisbon.")
    assert readings(found, "Manchester") == ["GB"]
    # a town of a land the text reads by a place's name
    found = gp.parse("Ipswich Town beat Luton 2-1, and fans celebrated in Ipswich and Colchester.")
    assert set(readings(found, "Ipswich")) == {"GB"}
    # names the gazetteer holds whole are read whole
    found = gp.parse("Tourists from Lagos crowded Cape Town and Durban, officials said.")
    assert readings(found, "Cape Town") == ["ZA"]
    found = gp.parse("Protesters marched through Belize City and rallied in Belmopan.")
    assert readings(found, "Belize City") == ["BZ"]
