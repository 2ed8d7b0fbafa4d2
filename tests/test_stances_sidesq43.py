"""Who backs whom: the kinds misread in the twenty-third fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh23) and
sentences of other wars and wordings written beside them (benchmarks/data/sidesq43).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims, theatre_of

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh23" / "docs"


def _story(stem: str) -> str:
    return (DOCS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_war_against_colonial_forces_is_fought_in_the_colony(parse):
    # stances_fresh23 p13: was Algeria opposes the French government [France] ("Algeria had won
    # its war against the French colonial army in 1962")
    ex = parse(_story("p13-militant-cuba-defended-algeria-1963"), "2015-11-16")
    assert theatre_of(ex, "Algeria", "France") == {"Algeria"}
    # another empire and continent, no colony named as a state: not the colonial power's home,
    # and no war guessed from a place the reader may misread ("Mau")
    ex = parse("The Mau Mau fighters fought British colonial forces in the 1950s.", "2002-10-20")
    assert theatre_of(ex, "Mau Mau fighters", "United Kingdom") == {"Conflict not stated"}
    # a former colonial power named as such, no force: its war as before
    ex = parse(
        "France, the former colonial power, sent troops to help Mali's army fight the Islamist "
        "rebels.",
        "2013-01-12",
    )
    assert ("France", "opposes", "Islamist rebels") in claims(ex)
    assert theatre_of(ex, "France", "Islamist rebels") == {"Sahel insurgency"}


def test_a_head_of_state_named_with_his_state_is_tied_as_his_state(parse):
    # stances_fresh23 p13: was Hassan II backs the American government [United States] ("King
    # Hassan II of Morocco was a close ally of Washington"), an alliance in no war
    ex = parse(_story("p13-militant-cuba-defended-algeria-1963"), "2015-11-16")
    assert theatre_of(ex, "Hassan II", "United States") == {"United States (no conflict stated)"}
    assert not theatre_of(ex, "Hassan II", "American government")
    # an ally of another walk of life, or a tie of no head of state: nothing
    ex = parse("The chief executive was a close ally of the bank's chairman.", "2019-05-01")
    assert not ex.stances


def test_the_backer_of_an_act_of_war_backs_who_began_it(parse):
    # stances_fresh23 p09: the Comoros government "has begun an assault, backed by African
    # Union troops, to retake the small rebel island of Anjouan": was no backing
    ex = parse(_story("p09-abc-au-troops-begin-assault-on-anjouan-2008"), "2008-03-25")
    assert ("African Union", "backs", "Comoros") in claims(ex)
    # another war and verb
    ex = parse(
        "The Nigerian army launched an offensive, backed by Chadian troops, against Boko Haram.",
        "2015-02-10",
    )
    assert ("Chad", "backs", "Nigerian government") in claims(ex)
    # an act of words, of trade or of peace backs no one
    for text in (
        "Microsoft began a legal assault, backed by Apple, on the patent holder.",
        "Kenya launched a vaccination campaign, backed by the World Health Organization.",
        "The European Union launched an investigation, backed by Germany, into the airline.",
    ):
        assert not parse(text, "2019-05-01").stances, text
