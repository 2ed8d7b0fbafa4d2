"""A strike on a listed armed side whose war is fought in another country, told in a story
filed from a capital, did not happen in the capital: "CAIRO -- ... The coalition has begun air
strikes on Houthi targets" had been drawn in Cairo (stances_fresh12's Egyptian story)."""

from __future__ import annotations

import pytest


def _of_kind(parse, text: str, kind: str) -> list:
    return [e for e in parse(text).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "not_at"),
    [
        (
            "CAIRO, March 27 -- Egypt's president said his army stood ready. Saudi Arabia and "
            "nine other states have formed a coalition against the Houthis. The coalition has "
            "begun air strikes on Houthi targets, officials said.",
            "air_strike",
            "Cairo",
        ),
        (
            "NAIROBI, Oct. 20 -- Kenya's army said on Thursday that its jets had bombed "
            "al-Shabaab camps, killing dozens of militants.",
            "air_strike",
            "Nairobi",
        ),
        (
            "BEIRUT, Aug. 2 -- Israeli jets struck Hamas positions on Tuesday, killing four "
            "fighters, witnesses said.",
            "air_strike",
            "Beirut",
        ),
    ],
)
def test_a_strike_on_a_side_at_war_elsewhere_is_not_at_the_dateline(parse, text, kind, not_at):
    found = _of_kind(parse, text, kind)
    assert found, "the strike is still an event"
    assert all(f" in {not_at}" not in e.label for e in found), [e.label for e in found]


@pytest.mark.parametrize(
    ("text", "kind", "at"),
    [
        # the side's own country: the dateline's town may be the scene
        (
            "SANAA, April 2 -- Coalition jets bombed Houthi positions on Thursday, residents said.",
            "air_strike",
            "Sanaa",
        ),
        # a thing attacked in the capital is there
        (
            "CAIRO, May 5 -- Protesters stormed the Israeli embassy compound on Friday, police "
            "said.",
            "attack",
            "Cairo",
        ),
    ],
)
def test_a_fight_at_home_or_on_a_thing_keeps_the_dateline(parse, text, kind, at):
    found = _of_kind(parse, text, kind)
    assert found and all(e.label.endswith(f" in {at}") for e in found), [e.label for e in found]
