"""What a reviewer found in the assets this stop added: an abbreviation that is also a navy's
prefix ("FGS", Somalia's Federal Government in Somali news; "BNS", India's criminal code) names
no warship, nor does a prefix before an office or a body ("INS Commissioner", "the FGS
President"); a ship named with no prefix takes the operator its own phrase names, not every
power of the sentence. The real spaCy pipeline, geoparser and gazetteer read each sentence."""

from __future__ import annotations

import pytest


def _assets(parse, text: str):
    return [(a.type, a.name, a.operators) for a in parse(text, "2024-05-01").assets]


@pytest.mark.parametrize(
    "text",
    [
        "FGS Forces and AMISOM troops recaptured Bulo Burde from al-Shabaab on Friday.",
        "The FGS President Hassan Sheikh Mohamud met clan elders in Baidoa.",
        "Police registered a case under BNS Section 103 after the clash in Kolkata.",
        "The USS Commander spoke to reporters after the navy's review.",
    ],
)
def test_an_office_or_another_bodys_abbreviation_is_no_warship(parse, text):
    assert not [a for a in _assets(parse, text) if a[0] == "weapon_system"], _assets(parse, text)


def test_a_prefixed_warship_is_still_found(parse):
    got = _assets(parse, "The destroyer USS Carney shot down three drones over the Red Sea.")
    assert ("weapon_system", "USS Carney", ["United States"]) in got, got


def test_a_ship_named_with_no_prefix_takes_no_navy_the_sentence_leaves_open(parse):
    text = (
        "The US and Britain sent the destroyer, Carney, and the frigate, Diamond, to the Red Sea"
        " after the missile attacks."
    )
    got = _assets(parse, text)
    ships = {name: operators for _kind, name, operators in got if name in ("Carney", "Diamond")}
    assert set(ships) == {"Carney", "Diamond"}, got
    for name, operators in ships.items():
        assert len(operators) <= 1, (name, operators)


def test_a_ship_of_one_navy_keeps_it(parse):
    got = _assets(parse, "Russia sent the submarine Kazan to Havana as the war in Ukraine went on.")
    assert any(name == "Kazan" and ops == ["Russia"] for _k, name, ops in got), got
