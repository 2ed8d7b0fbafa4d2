"""A reviewer's sentences against the kinds of site the seventh batch added (airports in war,
test sites, prisons, crossings, floating and country-named LNG plants, a country's name before
a capitalised kind): wrong assets found on main e632109, each fixed as a kind. The sentences are
written here from other news; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _found(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


def test_war_alone_does_not_make_an_airport_of_travel_an_asset(parse):
    # a war of words, a past war's veterans flying home: no force at the airport
    text = "A war of words broke out between the mayor and Dublin airport over its passenger cap."
    assert _found(parse, text) == []
    text = "Veterans of the Vietnam war flew into Chicago airport for the reunion."
    assert _found(parse, text) == []
    # a word of force still makes one
    text = "Drones struck Dublin airport on Monday, closing its runway."
    assert _found(parse, text) == [("airport", "Dublin airport")]
