"""Who backs whom: a reviewer's narrowing of sidesq43's rules (branch review78).

Sentences of other senses from benchmarks/data/review78/sentences.txt that main bcc5ee8f read
worse than 2db5d281: a begun act of no arms backed by a state ("a peace offensive"), and a
backing by a state's colonial soldiers moved to the colonial power's home.
"""

from __future__ import annotations

from tests.test_stances_news import claims, theatre_of


def test_a_begun_act_of_no_arms_backs_no_starter(parse):
    # bcc5ee8f read each as the backer backing the starter
    for text, date in (
        (
            "Egypt launched a peace offensive toward Israel backed by the Soviet Union.",
            "1972-05-01",
        ),
        ("Germany launched a scathing attack on Hungary's veto, backed by France.", "2022-03-01"),
        ("Ukraine launched an anti-corruption offensive backed by the IMF.", "2017-05-01"),
        (
            "Russia launched a cyber attack on Estonia backed by Belarus, officials claimed.",
            "2007-05-01",
        ),
    ):
        assert not [c for c in claims(parse(text, date)) if c[1] == "backs"], text


def test_a_begun_act_of_arms_still_backs_its_starter(parse):
    # the kind sidesq43 built, in other wars: backed by men or arms, or begun by men in arms
    ex = parse(
        "Ukraine launched a counteroffensive, backed by American artillery, in the south.",
        "2023-06-10",
    )
    assert ("United States", "backs", "Ukraine") in claims(ex)
    ex = parse("Chadian rebels launched an assault on N'Djamena, backed by Sudan.", "2008-02-02")
    assert ("Sudan", "backs", "Chadian rebels") in claims(ex)


def test_colonial_soldiers_backing_a_state_stay_out_of_its_home(parse):
    # bcc5ee8f filed it in France, the state the colonial soldiers fought for
    ex = parse(
        "A cemetery in Dakar honours Senegalese colonial soldiers who fought for France in the "
        "world wars.",
        "2014-11-11",
    )
    assert "France" not in {w for c in claims(ex) for w in theatre_of(ex, c[0], c[2])}


def test_a_backing_of_colonial_troops_keeps_its_way(parse):
    # bcc5ee8f filed it in South Africa and read it the other way: Portugal backs South Africa
    ex = parse(
        "Portuguese colonial troops, backed by South African helicopters, fought Frelimo.",
        "1972-06-01",
    )
    assert ("South Africa", "backs", "Portuguese government") in claims(ex)
    assert ("Portugal", "backs", "South African government") not in claims(ex)
