"""An "Army" named for liberation, resistance or freedom is a rebel group by its own name, not
the army of the state or region its name holds; a state's army keeps its state. On the real
geoparser, lexicon and spaCy model."""

from __future__ import annotations

import pytest


def claims(ex) -> set[tuple[str, str, str]]:
    return {(s.power, s.relation, s.party) for s in ex.stances}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # had given Kosovo's own government, and for the SPLA Sudan's army: the other side
        (
            "Iran backs the Kosovo Liberation Army against Serbia.",
            ("Iran", "backs", "Kosovo Liberation Army"),
        ),
        (
            "Albania backed the Kosovo Liberation Army, Belgrade said.",
            ("Albania", "backs", "Kosovo Liberation Army"),
        ),
        (
            "China supports the Sudan People's Liberation Army, officials said.",
            ("China", "backs", "Sudan People's Liberation Army"),
        ),
        (
            "Sudan armed the Lord's Resistance Army in northern Uganda.",
            ("Sudan", "supplies", "Lord's Resistance Army (LRA)"),
        ),
    ],
)
def test_a_liberation_army_is_a_group_by_its_name(parse, text, claim):
    got = claims(parse(text))
    assert claim in got, (text, got)
    assert not any("government" in party or "Armed Forces" in party for _, _, party in got), got


def test_a_states_army_keeps_its_state(parse):
    got = claims(parse("Russia backs the Syrian Arab Army in its fight against rebels."))
    assert ("Russia", "backs", "Syrian government (Assad)") in got
    got = claims(parse("The Afghan National Army was backed by US air strikes."))
    assert ("United States", "backs", "Afghan government") in got


@pytest.mark.parametrize(
    "text",
    [
        "Israel has armed and trained the South Lebanon Army for years.",
        "Israel backed the South Lebanon Army until its withdrawal in 2000.",
    ],
)
def test_an_army_named_for_a_region_of_a_state_is_not_its_government(parse, text):
    # "South Lebanon" is a region: the militia Israel armed, never Lebanon's government
    got = claims(parse(text))
    assert ("Israel", "backs", "South Lebanon Army") in got, got
    assert not any("Lebanese" in party for _, _, party in got), got


def test_a_state_named_with_a_compass_word_keeps_its_army(parse):
    got = claims(parse("China armed South Sudan's army."))
    assert ("China", "supplies", "South Sudanese government") in got, got
    got = claims(parse("The United States backs the South Korean army."))
    assert ("United States", "backs", "South Korean government") in got, got


def test_events_of_an_army_named_for_a_region(parse):
    ex = parse("The South Lebanon Army shelled villages near Marjayoun on Tuesday.")
    assert [e.actors for e in ex.events] == [["South Lebanon Army"]]
    ex = parse("Hezbollah fighters attacked a South Lebanon Army position on Monday.")
    assert [(e.actors, e.targets) for e in ex.events] == [(["Hezbollah"], ["South Lebanon Army"])]
