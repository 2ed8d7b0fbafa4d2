"""What a reviewer found in the fifth batch's asset words: a bare "field" is an oil or gas field
only where its sentence speaks of fuel (tear gas is none), and a "space centre" is a launch site
only where its sentence speaks of a launch (mission control and research centres share the
words). Real spaCy pipeline, geoparser and gazetteer."""

from __future__ import annotations

import pytest


def _assets(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at supporters gathered on the Azadi field in Tehran.",
        "Troops used tear gas to clear the Maidan field in Kyiv before dawn.",
    ],
)
def test_tear_gas_makes_no_oil_field(parse, text):
    found = _assets(parse, text)
    assert not any(kind in ("oil_field", "gas_field") for kind, _name in found), found


def test_a_field_of_natural_gas_is_still_one(parse):
    found = _assets(
        parse,
        "Eni said the Zohr field off Egypt holds 30 trillion cubic feet of natural gas.",
    )
    assert any(kind in ("oil_field", "gas_field") and "Zohr" in name for kind, name in found), found


def test_a_space_centre_that_launches_nothing_is_no_launch_site(parse):
    found = _assets(
        parse,
        "NASA officials at the Johnson Space Center in Houston tracked the Soyuz crew in orbit.",
    )
    assert not any(kind == "spaceport" for kind, _name in found), found


def test_a_space_centre_a_rocket_is_launched_from_is_one(parse):
    found = _assets(
        parse,
        "India launched the rocket from the Satish Dhawan Space Centre on Sriharikota island.",
    )
    assert any(kind == "spaceport" and "Satish Dhawan" in name for kind, name in found), found
