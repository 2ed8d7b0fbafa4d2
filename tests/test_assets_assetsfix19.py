"""Assets of assetsfix19: a site named by a town that far namesakes share, scored nearly as
high and not much smaller, is still read as a site but not drawn, unless its sentence tells
which town (a state, a country, a people's name). The sentences are written here about other
sites and towns than the batches tell; the real spaCy pipeline, geoparser and gazetteer read
them.
"""

from __future__ import annotations

from tests.assets_reading import near as _near


def _assets(parse, text: str) -> dict[str, tuple[str, list | None]]:
    return {a.name: (a.type, (a.geometry or {}).get("coordinates")) for a in parse(text).assets}


def test_a_town_of_far_namesakes_names_a_site_it_does_not_place(parse):
    # Richmond of Virginia or of California, Springfield of Missouri or Illinois, Portland of
    # Oregon or Maine: the sentence does not say which
    for text, name, typ in (
        ("Workers struck at the Richmond refinery on Monday.", "Richmond refinery", "refinery"),
        (
            "A fire broke out at the Springfield power plant on Monday.",
            "Springfield power plant",
            "power_plant",
        ),
        (
            "Tankers queued at the Portland oil terminal on Monday.",
            "Portland oil terminal",
            "terminal",
        ),
    ):
        assert _assets(parse, text) == {name: (typ, None)}, text
    # a town its sentence or its size chooses is drawn
    got = _assets(parse, "Workers struck at the Richmond refinery in California on Monday.")
    assert _near(got["Richmond refinery"][1], -122.35, 37.94), got
    got = _assets(parse, "A fire broke out at the Springfield power plant in Illinois on Monday.")
    assert _near(got["Springfield power plant"][1], -89.64, 39.80), got
    got = _assets(parse, "Ships waited at the Freeport container terminal, Bahamas officials said.")
    assert _near(got["Freeport container terminal"][1], -78.70, 26.53), got
    got = _assets(parse, "Soldiers seized Shannon airport on Monday, Irish officials said.")
    assert _near(got["Shannon airport"][1], -8.86, 52.70), got
    # a city many times the size of its namesakes is the one its works are named for
    got = _assets(parse, "Fire crews reached the Alexandria refinery on Monday.")
    assert _near(got["Alexandria refinery"][1], 29.92, 31.20), got
    got = _assets(parse, "Trucks queued at the Nogales crossing on the border with Mexico.")
    assert _near(got["Nogales crossing"][1], -110.94, 31.31), got
