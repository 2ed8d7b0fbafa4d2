"""Who backs whom: the kinds misread in the twenty-seventh fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh27) and
sentences of other wars and wordings written beside them (benchmarks/data/sidesq47).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh27" / "docs"


def _story(stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    head, _date, body = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def _supplies(ex) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == "supplies"}


def test_craft_bought_for_passengers_are_no_arms_supplied(parse):
    # stances_fresh27 v15: was "China supplies Vietnam" ("moving towards buying Chinese-made
    # regional passenger aircraft")
    ex = parse(
        _story("v15-eurasiantimes-vietnam-sidelines-1988-clash-with-china-2025"), "2025-06-01"
    )
    assert ("China", "Vietnam") not in _supplies(ex)
    # other lands and decades: airliners and airline jets are trade
    ex = parse(
        "Nigeria bought Chinese-made passenger aircraft for its national airline.", "2015-05-04"
    )
    assert not _supplies(ex)
    ex = parse("Indonesia bought American-made commercial jets in 2012.", "2012-03-03")
    assert not _supplies(ex)
    # arms bought, and arms bought beside airliners, are still a supply
    ex = parse("Egypt bought French-made Rafale jets in 2015.", "2015-02-16")
    assert ("France", "Egypt") in _supplies(ex)
    ex = parse(
        "Iraq bought French-made Mirage jets and passenger aircraft in 1981 while its war with "
        "Iran raged.",
        "1981-05-01",
    )
    assert ("France", "Iraq") in _supplies(ex)
    ex = parse(
        "India bought Soviet-made transport aircraft for its air force in 1985.", "1985-04-01"
    )
    assert ("Soviet Union", "India") in _supplies(ex)


def test_a_protest_lodged_with_a_state_opposes_it(parse):
    # stances_fresh27 v16: was missing "Guyana opposes Suriname" ("The Government of Guyana has
    # lodged a strong protest with the Government of Suriname")
    ex = parse(_story("v16-stabroeknews-guyana-protests-to-suriname-2000"), "2000-06-04")
    assert any(
        s.power == "Guyana" and s.relation == "opposes" and "Surinam" in s.party for s in ex.stances
    )
    ex = parse(
        "Canada lodged a protest with the Chinese embassy in Ottawa over the arrest of two "
        "Canadians.",
        "2019-01-04",
    )
    assert any(
        s.power == "Canada" and s.relation == "opposes" and "Chin" in s.party for s in ex.stances
    )
    # a club's, a team's or residents' protest, a joint one, one denied or only threatened:
    # no stance
    for text, date in [
        ("The club lodged a protest with the referee after the match in Accra.", "2000-06-04"),
        ("Ghana lodged a protest with FIFA over the penalty awarded to Uruguay.", "2010-06-04"),
        (
            "Residents lodged a protest with the council over the new road through Leeds.",
            "2010-06-04",
        ),
        (
            "Britain lodged a joint protest with France against the closure of the canal by Egypt.",
            "1950-06-04",
        ),
        ("India said it had not lodged any protest with Nepal over the new map.", "2020-06-04"),
        (
            "Japan threatened to lodge a protest with China over the boats near the islands.",
            "2012-06-04",
        ),
    ]:
        ex = parse(text, date)
        assert not ex.stances, text


def test_a_war_set_after_its_verb_is_told_as_fought(parse):
    # stances_fresh27 v10: was missing Egypt and Libya against each other ("Forty years ago
    # this week began the war between Libya and Egypt of 1977")
    ex = parse(_story("v10-minbarlibya-the-forgotten-four-days-war-2017"), "2017-07-21")
    got = claims(ex)
    assert ("Libya", "opposes", "Egypt") in got
    assert ("Egypt", "opposes", "Libya") in got
    # another war, another decade
    ex = parse(
        "In September 1980 began the war between Iran and Iraq, which lasted eight years.",
        "2020-09-22",
    )
    assert ("Iraq", "opposes", "Iran") in claims(ex)
    # a war ended, a war to be ended, a contest of courts or trade, or one with no year: none
    for text, date in [
        ("Then came the peace that ended the war between Peru and Ecuador.", "1998-11-01"),
        ("Talks began in Algiers to end the war between Ethiopia and Eritrea.", "2000-06-01"),
        ("Here began the legal battle between Apple and Samsung over the patents.", "2012-05-01"),
        ("Last year began the trade war between China and the United States.", "2018-05-01"),
        ("Forty years ago this week began the war between Libya and Egypt.", "2017-07-21"),
    ]:
        ex = parse(text, date)
        assert not [s for s in ex.stances if s.relation == "opposes"], text
