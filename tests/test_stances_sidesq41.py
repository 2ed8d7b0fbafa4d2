"""Who backs whom: the kinds of wrong and missed claims of the twenty-first fresh batch.

Each test holds the sentences that were misread (from benchmarks/data/stances_fresh21) and
sentences of other wars and wordings written beside them: a state a supply noun says the arms
come "from" sends them, not whoever approves, blocks or reports the shipment.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh21" / "docs"


def _story(stem: str) -> str:
    return (DOCS / f"{stem}.txt").read_text(encoding="utf-8")


def test_the_state_a_shipment_comes_from_supplies_not_who_approves_it(parse):
    # stances_fresh21 n08: was the United States supplies the Libyan rebels ("The Obama
    # administration secretly approved shipments of arms from Qatar to the Libyan rebels")
    ex = parse(_story("n08-salon-us-approved-qatar-arms-for-libyan-rebels-2012"), "2012-12-06")
    suppliers = {c[0] for c in claims(ex) if c[1] == "supplies"}
    assert "Qatar" in suppliers
    assert "United States" not in suppliers
    # other wars, other verbs over the noun: the sender is the state after "from"
    ex = parse("Washington approved arms shipments from Israel to Iran in 1985.", "1987-01-01")
    assert ("Israel", "supplies", "Iran") in claims(ex)
    assert not {c for c in claims(ex) if c[0] == "United States"}
    ex = parse("The sale of drones from Turkey to Ukraine angered Moscow.", "2022-05-01")
    assert ("Turkey", "supplies", "Ukraine") in claims(ex)
    # no state after "from": a stock, a port or a power's own shipments keep their reading
    ex = parse("Germany approved the export of tanks to Ukraine from its own stocks.", "2023-01-25")
    assert ("Germany", "supplies", "Ukraine") in claims(ex)
    ex = parse("Iran's shipments of arms from Syria to Hezbollah continued.", "2015-06-01")
    assert {c[0] for c in claims(ex) if c[1] == "supplies"} == {"Iran"}
    ex = parse("Weapons from Libya's arsenals reached militants in Mali.", "2013-01-01")
    assert not {c for c in claims(ex) if c[1] == "supplies"}
    ex = parse("Washington approved the sale of F-16 jets to Pakistan.", "2019-07-01")
    assert ("United States", "supplies", "Pakistan") in claims(ex)


def test_a_known_war_made_wider_or_longer_is_fought_whatever_the_mood(parse):
    # stances_fresh21 n06: was missing ("a move that could widen the war between Baghdad and
    # Tehran")
    ex = parse(_story("n06-csmonitor-french-jets-may-escalate-iran-iraq-war-1983"), "1983-09-08")
    assert ("Iran", "opposes", "Iraq") in claims(ex)
    # another war, another verb: who says so still says so
    ex = parse(
        "Western arms only prolong the war between Ethiopia and Eritrea, the bishops said.",
        "1999-05-01",
    )
    assert {(c[0], c[2]) for c in claims(ex) if c[1] == "opposes"} == {
        ("Ethiopia", "Eritrea"),
        ("Eritrea", "Ethiopia"),
    }
    assert {s.claimed_by for s in ex.stances} == {"bishops"}
    # a war started, ended, feared or of trade, or a kind of war ("a war"), is none fought
    for text in (
        "A border incident could start a war between India and China.",
        "Talks aim to end the war between Russia and Ukraine.",
        "The tariffs could escalate the trade war between China and the United States.",
        "Analysts fear a strike could escalate into a war between Israel and Iran.",
        "The new sanctions could fuel a war between the two Koreas.",
    ):
        assert not {c for c in claims(parse(text, "2020-01-01")) if c[1] == "opposes"}, text


def test_a_force_moved_to_help_a_side_helps_for_its_own_state_not_the_clause_subject(parse):
    # stances_fresh21 n20: was missing ("the mistakes of the Libyan force sent to support Amin
    # against the invading Tanzanian troops")
    ex = parse(_story("n20-monitor-libyan-force-sent-to-support-amin"), "2019-01-01")
    assert ("Libya", "backs", "Amin") in claims(ex)
    # other wars: the one force's state, never the subject who attacks, condemns or
    # criticises the men (these read Tanzania, Russia and Zaire as the backers)
    ex = parse("Tanzania attacked the Libyan force flown into Uganda to help Amin.", "1979-04-01")
    assert {c[0] for c in claims(ex) if c[1] == "backs"} == {"Libya"}
    ex = parse(
        "Moscow condemned the NATO force sent to back the Kosovo Liberation Army.", "1999-06-01"
    )
    assert {c[0] for c in claims(ex) if c[1] == "backs"} == {"NATO"}
    ex = parse("Zaire criticised the troops sent to defend the MPLA.", "1976-01-01")
    assert not {c for c in claims(ex) if c[1] == "backs"}
    # a force sent for no side names no one
    ex = parse("Residents praised the UN force sent to protect civilians in Goma.", "2013-08-01")
    assert not {c for c in claims(ex) if c[1] == "backs"}
