"""Who backs whom: a campaign owned by "its" after "during" or "in" on a verb of stopping is
the stopper's (its subject's), never the side the stop falls on; a subject that names no side
leaves it no one's.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_a_campaign_a_stop_is_done_in_is_the_stoppers(parse):
    ex = parse(
        "Saudi Arabia cut off trade with Qatar during its offensive against the Houthis.",
        "2017-06-10",
    )
    assert not any(p == "Qatar" and r == "opposes" for p, r, _ in claims(ex))
    assert ("Saudi Arabia", "opposes") in {(p, r) for p, r, _ in claims(ex)}
    ex = parse("Officials cut off trade with Qatar during its campaign against the Houthis.")
    assert not any(r == "opposes" for _, r, _ in claims(ex))
    ex = parse("The United States sent arms to Ukraine during its war against Russia.", "2022")
    assert ("Ukraine", "opposes", "Russia") in claims(ex)


def test_a_rally_a_side_staged_is_its_backing(parse):
    ex = parse("Hezbollah staged a rally in support of Hamas in Beirut.", "2023-11-02")
    assert ("Hezbollah", "backs", "Hamas") in claims(ex)
    ex = parse("Jordan banned a demonstration in support of Hamas near the embassy.", "2023")
    assert not claims(ex)


def test_a_war_no_one_owns_is_not_served_by_a_stop(parse):
    ex = parse("Qatar halted its support for Hamas amid the war against Israel.", "2021-05-10")
    assert ("Qatar", "opposes", "Israel") not in claims(ex)
    ex = parse("Israel halted fuel deliveries to Gaza in its war against Hamas.", "2023-10-10")
    assert ("Israel", "opposes", "Hamas") in claims(ex)
