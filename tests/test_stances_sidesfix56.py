"""Who backs whom: a people read as a state, a region's fighters read as one party.

Each test holds the sentence that was misread (from benchmarks/data/stances_fresh20, or the
other-senses sentence sidesq40 left wrong) and sentences of other wars written beside it
before any run, with what an analyst expects:
- a people's plural listed beside a community that is no state ("the Muslims and Croats",
  "Serbs and Roma") names the people, not the state of its name; a people's plural beside
  another state's or on its own keeps its state ("the Croats and the Serbs fought over
  Krajina" in 1991: Croatia's side);
- a people's word for fighters that the lexicon lists as one party's ("Kurdish fighters":
  Syria's YPG) names that party only where the text places the fighters in its lands; where
  it does not (the Peshmerga in Iraq, the PKK in Turkey, or no place at all), no party.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh20" / "docs"


def _story(stem: str) -> str:
    return (DOCS / f"{stem}.txt").read_text(encoding="utf-8")


def _parties(ex, relation: str = "opposes") -> set[str]:
    return {c[2] for c in claims(ex) if c[1] == relation}


def test_a_peoples_plural_beside_a_community_is_no_state(parse):
    # stances_fresh20 n04: "the war against the Muslims and Croats" gave the Bosnian Serbs
    # oppose Croatia (the Croats of Bosnia are no state's army)
    ex = parse(_story("n04-chicagotribune-yugoslavia-shuts-borders-to-bosnian-serbs-1994"))
    assert "Croatia" not in _parties(ex)
    assert ("Yugoslavia", "supplies", "Bosnian Serbs") in claims(ex)
    # other wars, other peoples, written beside it: no state of a people's name
    ex = parse("The Bosnian Serbs fought the Muslims and Croats for three years.", "1995-03-01")
    assert "Croatia" not in _parties(ex)
    ex = parse(
        "Albanian gunmen attacked the Serbs and Roma who stayed in Kosovo.",
        "1999-08-01",
    )
    assert "Serbia" not in _parties(ex)
    ex = parse(
        "Hezbollah fighters battled the Christians and Syrians in the mountains.",
        "1983-06-01",
    )
    # written before the run as "Syria or nothing"; read as the people, as written: in
    # Lebanon's war "the Syrians" may be Syria's army, the word alone does not say so
    assert _parties(ex) <= {"Syria", "Syrians", "Christians"}
    # senses left as they were: a people's plural beside another state's people, or beside
    # an army, is not made a people of no state
    ex = parse("The Croats and the Serbs fought over Krajina in 1991.", "1991-09-01")
    sides = {c[0] for c in claims(ex)} | {c[2] for c in claims(ex)}
    assert not sides & {"Croats", "Serbs"}
    ex = parse("The Taliban fought the Americans and the Afghan army in Helmand.", "2010-05-01")
    assert "United States" in _parties(ex)


def test_a_peoples_fighters_are_a_party_only_where_the_text_places_them(parse):
    # sidesq40's other-senses sentence: Germany's missiles of 2014 went to Iraq's
    # Peshmerga; nothing in the sentence says Syria
    ex = parse("The Kurdish fighters were equipped with anti-tank missiles by Germany.")
    assert not {c for c in claims(ex) if "YPG" in c[2]}
    ex = parse("Germany equipped the Kurdish fighters with anti-tank missiles.")
    assert not {c for c in claims(ex) if "YPG" in c[2]}
    ex = parse("Turkey shelled Kurdish fighters near the border.")
    assert not {c for c in claims(ex) if "YPG" in c[2]}
    # placed in Iraq: the Peshmerga, never the YPG
    ex = parse(
        "Germany sent anti-tank missiles to Kurdish fighters in northern Iraq.", "2014-09-01"
    )
    assert not {c for c in claims(ex) if "YPG" in c[2]}
    # placed in Syria, in the sentence or before it: the YPG, as before
    ex = parse(
        "The United States airdropped weapons to Kurdish fighters defending Kobani in Syria.",
        "2014-10-20",
    )
    assert {c for c in claims(ex) if c[0] == "United States" and "YPG" in c[2]}
    ex = parse(
        "Turkey's army crossed into Syria on Sunday. Turkey shelled Kurdish fighters near "
        "the border.",
        "2018-01-21",
    )
    assert {c for c in claims(ex) if c[0] == "Turkey" and "YPG" in c[2]}


def test_a_payer_after_and_pays_for_the_object_of_the_clause_before(parse):
    # stances_fresh20 n07's headline: "the CIA paid for them" was missing (the parser hung
    # "the CIA" on "the mujahideen" as a second object of "trained")
    ex = parse(_story("n07-deccanherald-imran-khan-mujahideen-trained-by-pakistan-2019"))
    assert {c for c in claims(ex) if c[0] == "CIA" and c[1] in ("backs", "supplies")}
    ex = parse("Pakistan trained the rebels and the United States paid for them.", "2019-09-13")
    assert ("United States", "backs", "rebels") in claims(ex)
    # other senses: a thing built or bought, a town shelled, is no side paid for
    for text in (
        "Russia built the pipeline and Germany paid for it.",
        "The army shelled the town and the rebels paid for it.",
        "Saudi Arabia bought the missiles and the United States paid for them.",
    ):
        assert not {c for c in claims(parse(text, "2019-01-01")) if c[1] == "backs"}
