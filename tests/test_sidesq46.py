"""Who backs whom: the kinds misread in the twenty-sixth fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh26) and
sentences of other wars and wordings written beside them (benchmarks/data/sidesq46).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh26" / "docs"


def _story(stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    head, _date, body = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def _sides(ex) -> set[str]:
    return {s.power for s in ex.stances} | {s.party for s in ex.stances}


def test_a_land_named_only_in_a_waters_name_is_no_side_nor_war(parse):
    # stances_fresh26 u02: was "the United Nations mediates Guinea [Guinea]" (the story names
    # Guinea only in "the peninsula in the Gulf of Guinea")
    ex = parse(_story("u02-voa-nigeria-hands-over-bakassi-to-cameroon-2006"), "2006-08-14")
    assert "Guinea" not in _sides(ex)
    assert "guinea" not in {t.id for t in ex.theatres}
    # a land named as a land too is still where its war is
    ex = parse(
        "Rebels backed by Liberia attacked the town of Gueckedou, and Guinea's army fought them "
        "for a week.\n\nFishing boats in the Gulf of Guinea were not harmed.",
        "2000-09-12",
    )
    assert ("Liberia", "backs", "Rebels") in claims(ex)


def test_he_after_an_unknown_man_as_subject_is_that_man_not_a_leader_named_later(parse):
    # stances_fresh26 u04: was "the Syrian government mediates Syria" ("On Thursday Kharrazi
    # had stopped in Damascus for talks with Syria's President Hafez Assad. He said he was on
    # a mediation mission between Syria and Turkey")
    ex = parse(_story("u04-cbsnews-iran-takes-on-turkey-syria-row-1998"), "1998-10-09")
    assert not [s for s in ex.stances if s.relation == "mediates" and "Syria" in s.power]
    # what the story's own words say of Syria is still read
    assert any(
        s.relation == "backs" and "Syria" in s.power and "Kurd" in s.party for s in ex.stances
    )
    # another war and decade: the rebel leader, not his host, keeps fighting
    ex = parse(
        "Savimbi met Zaire's President Mobutu at his palace in Gbadolite.\n\n"
        "He said he would keep fighting the MPLA government.",
        "1989-06-23",
    )
    assert not [s for s in ex.stances if "Zaire" in s.power]
    # a leader the lexicon knows is still whom "he" means
    ex = parse(
        "Chad's President Idriss Deby met Sudan's President Omar al-Bashir in Tripoli.\n\n"
        "He accused Khartoum of arming the rebels who attacked N'Djamena.",
        "2006-02-08",
    )
    assert any(s.power == "Sudan" and s.relation == "supplies" for s in ex.stances)
