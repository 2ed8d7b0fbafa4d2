"""Who backs whom: the kinds misread in the twenty-fourth fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh24) and
sentences of other wars and wordings written beside them (benchmarks/data/sidesq44).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims, theatre_of

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh24" / "docs"


def _story(stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    head, _date, body = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def test_a_franchise_fought_in_another_land_is_that_lands_war(parse):
    # stances_fresh24 s10: was the United States opposes the Islamic State [Syria] ("US special
    # forces are helping fight ISIS in the Philippines")
    ex = parse(
        _story("s10-newsweek-us-special-forces-help-fight-isis-in-marawi-2017"), "2017-06-10"
    )
    assert theatre_of(ex, "United States", "Islamic State") == {"Philippines"}
    # another continent, a town for the place
    ex = parse("Nigerian troops fought Islamic State fighters in Borno.", "2019-03-03")
    assert theatre_of(ex, "Nigeria", "Islamic State") == {"Nigeria"}
    # a place of the franchise's own wars: its war as before
    ex = parse("Iraqi forces fought Islamic State militants in Mosul.", "2016-10-17")
    assert theatre_of(ex, "Iraq", "Islamic State") == {"Iraq"}
    # a country named only as who leads the fight is no place of it (a first version filed
    # this in the United States: caught by stances_probe.py)
    ex = parse(
        "Denmark will contribute seven F-16 fighter jets to the US-led coalition against "
        "Islamic State.",
        "2014-10-02",
    )
    assert theatre_of(ex, "Denmark", "Islamic State") == {"Syria"}
    # an attack at the striker's home names no land where the franchise is fought
    ex = parse("France bombed ISIS after the attacks in Paris.", "2015-11-16")
    assert theatre_of(ex, "France", "Islamic State") == {"Syria"}


def test_a_state_of_a_war_between_states_is_opposed_when_invaded(parse):
    # stances_fresh24 s05's kind: "China invaded India" was read as nothing, India being a
    # listed side of Kashmir's war; an invasion of India is against India, not Kashmir's war
    ex = parse("China invaded India yesterday along the disputed frontier.", "1962-10-21")
    assert ("China", "opposes", "India") in claims(ex)
    assert theatre_of(ex, "China", "India") == {"India"}
    ex = parse("Pakistani troops attacked India across the border in Punjab.", "1965-09-07")
    assert ("Pakistan", "opposes", "India") in claims(ex)
    # a land with a war inside it still says no side, and an attack of words is none
    assert not parse("Saudi Arabia bombed Yemen.", "2015-03-27").stances
    assert not parse(
        "India attacked Pakistan's statement on Kashmir at the United Nations.", "2019-09-27"
    ).stances
