"""Who backs whom: a state's hostility told by a diplomatic act, and an assault owned by its doer
on men in arms, two kinds the last fresh batches missed, read as general rules.

Each test holds the stories that were missed (benchmarks/data/stances_fresh24 and
stances_fresh26) and sentences of other wars and of other senses written beside them
(benchmarks/data/sidesfix71/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import opposed as _opposed
from tests.stance_stories import story as _story


def test_relations_broken_off_or_an_ultimatum_given_by_a_state_opposes_the_other(parse):
    # stances_fresh24 s11: "has broken off consular relations with Britain"
    ex = parse(
        _story("stances_fresh24", "s11-csmonitor-guatemala-cuts-british-tie-over-belize-1981"),
        "1981-09-09",
    )
    assert ("Guatemala", "United Kingdom") in _opposed(ex)
    # stances_fresh26 u04: "Turkey's parliament gave Syria an ultimatum"
    ex = parse(
        _story("stances_fresh26", "u04-cbsnews-iran-takes-on-turkey-syria-row-1998"), "1998-10-09"
    )
    assert ("Turkey", "Syria") in _opposed(ex)
    # other wars and decades
    for text, date, pair in [
        (
            "The United States broke off diplomatic relations with Iran on Monday.",
            "1980-04-08",
            ("United States", "Iran"),
        ),
        (
            "The Soviet Union delivered an ultimatum to Romania demanding the surrender of "
            "Bessarabia.",
            "1940-06-27",
            ("Soviet Union", "Romania"),
        ),
        (
            "India issued an ultimatum to Portugal to leave Goa or face the consequences.",
            "1961-12-10",
            ("India", "Portugal"),
        ),
    ]:
        assert pair in _opposed(parse(text, date)), text


def test_the_same_words_with_no_two_states_at_odds_take_no_side(parse):
    # the diplomatic act is read ...
    ex = parse("Egypt cut diplomatic ties with Qatar on Monday.", "2017-06-05")
    assert ("Egypt", "Qatar") in _opposed(ex)
    # ... the same words of other senses are not
    for text, date in [
        ("The band broke off relations with its record label last year.", "2015-03-02"),
        ("The coach gave the striker an ultimatum before the final.", "2019-05-20"),
        (
            "Costa Rica broke off relations with Taiwan to establish diplomatic ties with China.",
            "2007-06-07",
        ),
        (
            "Venezuela threatened to break off relations with Colombia over the raid in Ecuador.",
            "2008-03-02",
        ),
        (
            "Chile did not break off relations with Argentina during the crisis over the channel.",
            "1978-12-20",
        ),
        ("The European Union gave Greece an ultimatum over its debt repayments.", "2015-06-27"),
        (
            "Russia gave Belarus an ultimatum over unpaid gas bills, threatening to cut supplies.",
            "2004-02-18",
        ),
        ("India cut cricket ties with Pakistan for the season.", "2008-12-18"),
        (
            "Kenya's parliament gave the county governors an ultimatum to account for the "
            "missing funds.",
            "2019-05-14",
        ),
    ]:
        assert not _opposed(parse(text, date)), text


def test_an_assault_owned_by_its_doer_on_men_in_arms_opposes_them(parse):
    # stances_fresh26 u08: "as the Myanmar army steps up its assault on the Karen rebels"
    ex = parse(
        _story("stances_fresh26", "u08-topnews-myanmar-offensive-forces-thousands-to-flee-2009"),
        "2009-06-17",
    )
    assert ("Myanmar", "Karen rebels") in _opposed(ex)
    # other wars and decades, and their other senses
    ex = parse(
        "Colombia's army continued its offensive on FARC guerrillas in the southern jungle.",
        "2008-03-03",
    )
    assert any(power == "Colombia" and "FARC" in party for power, party in _opposed(ex))
    ex = parse(
        "The Taliban intensified their attacks on Afghan army posts in Helmand province.",
        "2015-09-30",
    )
    assert ("Taliban", "Afghan government") in _opposed(ex)
    for text, date in [
        ("The senator stepped up her attacks on the Pentagon's budget.", "2013-03-04"),
        ("The climbers began their assault on the summit on Monday.", "1996-05-12"),
        ("The opposition stepped up its attacks on the government over inflation.", "2018-10-02"),
        ("Hackers stepped up their attacks on the army's computer networks.", "2007-05-10"),
        (
            "Brazilian police stepped up their assault on drug gangs in the city's north.",
            "2021-05-06",
        ),
    ]:
        assert not _opposed(parse(text, date)), text
