"""Who backs whom: kinds of wording the last fresh batches missed, read as general rules.

Each test holds the stories that were missed (benchmarks/data/stances_fresh24 and
stances_fresh26) and sentences of other wars and of other senses written beside them
(benchmarks/data/sidesfix70/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import opposed as _opposed
from tests.stance_stories import story as _story
from tests.test_stances_news import claims


def test_a_revolt_put_down_by_men_sent_for_it_is_opposed(parse):
    # stances_fresh26 u05: "sending 1,600 paratroops and commandos to crush the coup attempt"
    ex = parse(
        _story("stances_fresh26", "u05-latimes-india-sends-troops-to-maldives-1988"), "1988-11-04"
    )
    assert ("India", "coup attempt") in _opposed(ex)
    # stances_fresh24 s17: "his decision to send troops into neighbouring Gambia to crush a
    # Marxist rebellion"
    ex = parse(
        _story("stances_fresh24", "s17-press-senegal-president-defends-move-on-gambia-rebels-1981"),
        "1981-08-04",
    )
    assert any(party == "Marxist rebellion" for _power, party in _opposed(ex))
    # other wars and decades: a state sending men, and armed men named as such
    ex = parse(
        "South Africa sent 600 soldiers into Lesotho to quell a mutiny in the Lesotho army.",
        "1998-09-22",
    )
    assert ("South Africa", "mutiny") in _opposed(ex)
    ex = parse(
        "Sri Lankan troops crushed the rebels of the People's Liberation Front in the south of "
        "the island.",
        "1971-04-20",
    )
    assert ("Sri Lanka", "People's Liberation Front") in _opposed(ex)
    # a sending denied is read as denied
    ex = parse(
        "Argentina denied that it had sent soldiers to crush the uprising in Bolivia.", "1986-03-03"
    )
    assert ("Argentina", "opposes", "uprising") not in claims(ex)


def test_the_same_verbs_of_a_vote_a_game_the_police_or_a_refusal_take_no_side(parse):
    # the deed of arms is read ...
    ex = parse(
        "The Soviet Union sent 200,000 troops and 4,000 tanks into Hungary to crush the uprising.",
        "1956-11-05",
    )
    assert ("Soviet Union", "uprising") in _opposed(ex)
    # ... the same verbs of other senses are not
    for text, date in [
        (
            "The prime minister crushed a backbench rebellion over the European treaty.",
            "1993-07-23",
        ),
        (
            "The board of the insurer crushed a shareholder revolt over the chief's pay.",
            "2012-05-04",
        ),
        ("The new coach quelled a mutiny in the dressing room after the cup defeat.", "2004-03-02"),
        ("Brazil crushed Italy 4-1 to win the World Cup.", "1970-06-21"),
        ("Riot police quelled a student protest outside the university.", "1987-06-20"),
        ("The uprising of 1953 was crushed within days, historians recalled.", "2003-06-17"),
        (
            "Britain refused to send troops to crush the white settlers' rebellion in Rhodesia.",
            "1965-11-12",
        ),
    ]:
        ex = parse(text, date)
        assert not ex.stances, text
