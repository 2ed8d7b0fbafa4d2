"""Who backs whom: two sides named together who fire at, fight or attack each other (or one
another) each oppose the other, a kind the twenty-ninth fresh batch missed, read as a rule.

The tests hold the story that was missed (benchmarks/data/stances_fresh29) and sentences of
other wars and of other senses written beside it (benchmarks/data/sidesq49/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import both_ways as _both_ways
from tests.stance_stories import opposed as _opposed
from tests.stance_stories import story as _story


def test_two_sides_firing_at_or_fighting_each_other_each_oppose_the_other(parse):
    # stances_fresh29 k03: two states "were firing at each other on Tunisian soil"
    ex = parse(
        _story("stances_fresh29", "k03-time-tunisia-and-france-fight-over-bizerte-1961"),
        "1961-07-28",
    )
    assert _both_ways(_opposed(ex), "Tunisia", "France")
    # other wars, decades and continents, with "each other" and "one another"
    for text, date, a, b in [
        (
            "Ecuador and Peru fought each other over the border in the Condor mountains last "
            "month.",
            "1995-02-10",
            "Ecuador",
            "Peru",
        ),
        (
            "Ethiopian and Eritrean troops fired at each other along the border on Sunday.",
            "2000-05-14",
            "Ethiopia",
            "Eritrea",
        ),
        (
            "Honduran and Nicaraguan troops were firing on one another along the river.",
            "1957-05-03",
            "Hondur",
            "Nicaragua",
        ),
    ]:
        assert _both_ways(_opposed(parse(text, date)), a, b), text


def test_the_same_words_with_no_two_sides_at_war_take_no_side(parse):
    # the exchange is read ...
    ex = parse(
        "India and China fought each other in the high passes of the Himalayas last month.",
        "1962-11-20",
    )
    assert _both_ways(_opposed(ex), "India", "China")
    # ... the same words of other senses are not
    for text, date in [
        (
            "The two teams fought each other for the title in the cup final on Saturday.",
            "2019-05-12",
        ),
        ("The two companies fought each other in court over the patent.", "2014-04-02"),
        ("Rival gangs shot at each other in the market, police said.", "2010-08-09"),
        ("Fans of the two clubs attacked one another outside the stadium.", "2018-04-01"),
        ("The armies of Chile and Peru have not fired at each other for a century.", "2008-08-08"),
        (
            "Greece and Turkey could attack each other if the quarrel over the islets grows.",
            "1996-02-05",
        ),
        ("Officials fear that Sudan and South Sudan will fight each other again.", "2012-04-20"),
        (
            "During the exercise, Dutch and Belgian crews attacked each other in a simulated "
            "battle.",
            "2021-07-07",
        ),
        (
            "The Soviet and American champions battled each other for six hours in Reykjavik.",
            "1972-07-11",
        ),
        (
            "Syria and Iraq threatened to attack each other over the waters of the Euphrates.",
            "1990-05-05",
        ),
    ]:
        assert not _opposed(parse(text, date)), text
