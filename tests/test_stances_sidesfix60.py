"""Who backs whom: help to fight a disease, a fire, a flood, a famine or a pest is no side.

review72 found "The American task force sent to help Liberia fight Ebola" read as the United
States backing Liberia. What the helped is helped to fight decides: an armed side ("the
jihadists", "the gangs", "Boko Haram") is a war's, a plight (the lexicon's ``plight_nouns``) is
no one's. Each test holds the plights, now read as no stance, and armed foes of the same
wording, still read as taking a side.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

ROOT = Path(__file__).resolve().parent.parent


def _backs(ex) -> set:
    return {c for c in claims(ex) if c[1] == "backs"}


def test_men_sent_to_help_a_state_fight_a_plight_back_no_one(parse):
    for text, date in (
        # review72 and its checks
        (
            "The American task force sent to help Liberia fight Ebola built treatment units.",
            "2014-10-05",
        ),
        ("American troops sent to help Liberia fight Ebola built treatment units.", "2014-11-01"),
        ("The United States sent troops to help Liberia fight Ebola.", "2014-11-01"),
        (
            "The Cuban medical contingent sent to help Italy fight the coronavirus landed in "
            "Lombardy.",
            "2020-03-23",
        ),
        # other plights, continents and decades
        ("American troops sent to help Nigeria fight polio vaccinated children.", "2010-03-03"),
        ("Russia sent firefighters to help Turkey fight the wildfires.", "2021-08-03"),
        ("Cuba sent doctors to help Sierra Leone fight the Ebola outbreak.", "2014-10-01"),
        ("Morocco sent soldiers to help Senegal fight the locusts.", "2004-09-01"),
    ):
        assert not claims(parse(text, date)), text
    # the same wording with an armed foe still takes a side
    ex = parse("French troops sent to help Mali fight the jihadists reached Gao.", "2013-01-20")
    assert ("France", "backs", "Mali") in claims(ex)
    ex = parse("The United States sent troops to help Haiti fight the gangs.", "2024-03-03")
    assert ("United States", "backs", "Haiti") in claims(ex)
    ex = parse("Chad sent troops to help Nigeria fight Boko Haram.", "2015-02-01")
    assert {("Chad", "backs", "Nigeria"), ("Chad", "opposes", "Boko Haram")} <= claims(ex)
    ex = parse("Britain sent troops to help Sierra Leone fight the rebels.", "2000-05-10")
    assert ("United Kingdom", "backs", "Sierra Leone") in claims(ex)
    ex = parse("Britain sent instructors to help Ukraine fight the Russian invasion.", "2022-03-03")
    assert ("United Kingdom", "backs", "Ukraine") in claims(ex)


def test_a_plight_fought_in_other_words_backs_no_one_and_an_armed_side_beside_it_is_kept(parse):
    # a gerund after "in"
    ex = parse("China sent doctors to assist Guinea in fighting Ebola.", "2014-09-20")
    assert not _backs(ex)
    # an armed foe beside the plight still takes a side, whichever comes first
    for text in (
        "Nigeria sent soldiers to help Cameroon fight Boko Haram and the cholera outbreak.",
        "Nigeria sent soldiers to help Cameroon fight cholera and Boko Haram.",
    ):
        assert ("Nigeria", "backs", "Cameroon") in claims(parse(text, "2015-03-01")), text
    ex = parse("Cuban troops were sent to help Angola fight UNITA and famine.", "1985-03-01")
    assert ("Cuba", "backs", "Angola") in claims(ex)
    ex = parse("The United States helped the Afghan army fight the Taliban.", "2010-03-03")
    assert ("United States", "opposes", "Taliban") in claims(ex)


def test_a_real_article_of_a_gift_to_fight_covid_backs_no_one(parse):
    # places_fresh8: a Lao delegation's gift "to help Hanoi and Ho Chi Minh City fight
    # COVID-19", the verb tagged as a noun; read as Laos backs Vietnam and opposes COVID-19
    text = (ROOT / "benchmarks/data/places_fresh8/docs/la-vn-tag-listing.txt").read_text(
        encoding="utf-8"
    )
    got = claims(parse(text, "2021-06-26"))
    assert ("Laos", "backs", "Vietnam") not in got
    assert not {c for c in got if c[2] == "COVID-19"}
