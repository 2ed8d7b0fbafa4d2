"""Who backs whom: a backing put down is not the backing of whoever puts it down, a wrong side
the thirty-first fresh batch found, read as a rule.

The test holds the story that was misread (benchmarks/data/stances_fresh31) and sentences of
other lands and of other senses written beside it (benchmarks/data/sidesq51/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import story as _story


def _backed(ex) -> set[tuple[str, str]]:
    """The (power, party) pairs of the stances of ``ex`` that say "backs", not negated."""
    return {(s.power, s.party) for s in ex.stances if s.relation == "backs" and not s.negated}


def test_a_backing_put_down_is_not_the_backing_of_whoever_puts_it_down(parse):
    # stances_fresh31 l34: a backing that a state's officials put down, read as theirs
    ex = parse(
        _story(
            "stances_fresh31", "l34-rferl-azerbaijanis-mark-thirty-years-since-black-january-2020"
        ),
        "2020-01-20",
    )
    assert not any("Popular Front" in party for _power, party in _backed(ex))
    for text, date in [
        (
            "Soviet officials used the unrest to put down the backing for the Popular Front of "
            "Georgia.",
            "1989-04-09",
        ),
        (
            "The government stamped out the backing for the rebels in the border towns.",
            "1996-06-14",
        ),
        (
            "Police cracked down on the backing for the opposition movement in the capital.",
            "2011-02-02",
        ),
    ]:
        assert not _backed(parse(text, date)), text
    # the same noun under other verbs stays its subject's
    for text, date, power, party in [
        (
            "Tehran continued the backing for the Houthis despite the sanctions.",
            "2017-07-08",
            "Iran",
            "Houthi",
        ),
        (
            "Moscow stepped up the backing for the separatists in eastern Ukraine.",
            "2014-08-30",
            "Russia",
            "separatist",
        ),
        (
            "Ankara crushed the Kurdish rebels but kept its backing for the Turkmen militia in "
            "Syria.",
            "2016-03-05",
            "Turkey",
            "Turkmen",
        ),
    ]:
        assert any(power in p and party in q for p, q in _backed(parse(text, date))), text
