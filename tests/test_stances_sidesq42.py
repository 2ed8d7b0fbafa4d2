"""Who backs whom: the kinds of wrong claims of the twenty-second fresh batch.

Each test holds the sentences that were misread (from benchmarks/data/stances_fresh22) and
sentences of other wars and wordings written beside them.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh22" / "docs"


def _story(stem: str) -> str:
    return (DOCS / f"{stem}.txt").read_text(encoding="utf-8")


def _mediators(ex) -> set[str]:
    return {s.power for s in ex.stances if s.relation == "mediates"}


def test_an_offer_to_mediate_is_its_owners_not_who_accepts_it(parse):
    # stances_fresh22 n08: was Djibouti and Eritrea mediate Qatar [Qatar] ("Eritrea and
    # Djibouti have accepted a Qatari offer to mediate between them")
    ex = parse(_story("n08-sudantribune-qatar-to-mediate-djibouti-eritrea-2010"), "2010-06-08")
    assert _mediators(ex) == {"Qatar"}
    assert {s.party for s in ex.stances} == {"Djibouti", "Eritrea"}
    # other wars: the owner by name, by nation's word or by "by" mediates
    ex = parse(
        "Sudan accepted Egypt's offer to mediate between the army and the RSF.", "2024-01-01"
    )
    assert _mediators(ex) == {"Egypt"}
    ex = parse(
        "Khartoum welcomed an offer by the African Union to mediate between Sudan and South Sudan.",
        "2012-04-20",
    )
    assert _mediators(ex) == {"African Union"}
    ex = parse("The United States backed a Saudi bid to mediate between Sudan's army and the RSF.")
    assert _mediators(ex) == {"Saudi Arabia"}
    # an offer no one is named to own, answered by the subject: no one's
    ex = parse("India rejected an offer to mediate between India and Pakistan.", "2019-08-01")
    assert not ex.stances
    # the subject's own offer, and an offer made, stay the subject's
    ex = parse("Turkey renewed its offer to mediate between Russia and Ukraine.", "2022-05-01")
    assert ("Turkey", "mediates", "Russia") in claims(ex)
    ex = parse("Qatar made an offer to mediate between Djibouti and Eritrea.", "2010-06-01")
    assert ("Qatar", "mediates", "Eritrea") in claims(ex)
    ex = parse("Norway's attempt to broker a truce between Colombo and the Tigers failed.")
    assert _mediators(ex) == {"Norway"}


def test_a_deed_wished_of_another_is_not_stated(parse):
    # stances_fresh22 n05: was Iran backs Hezbollah, claimed by Assad ("Syria has its own army
    # and security forces and does not need Iran or Hezbollah to defend it, he told ...")
    ex = parse(_story("n05-syriadirect-hezbollah-assists-syrian-army-in-qusayr-2013"), "2013-05-20")
    assert not [s for s in ex.stances if s.power == "Iran"]
    assert ("Hezbollah", "backs", "Syrian government (Assad)") in claims(ex)
    # other wars and wish verbs, had or not: the deed wished of another is none
    for text, date in [
        ("Assad said Syria needs Russia to defend it.", "2013-05-20"),
        ("Assad said Syria does not need Iran or Hezbollah to defend it.", "2013-05-20"),
        (
            "Hadi said Yemen needs Saudi Arabia to back the government against the Houthis.",
            "2015-04-01",
        ),
        (
            "The rebels' commander said he wants Turkey to support his men against Assad.",
            "2013-01-01",
        ),
    ]:
        assert not parse(text, date).stances, text
    # a deed of the wisher's own, or of one helped or urged, keeps its reading
    ex = parse("Saudi Arabia helped Yemen to fight the Houthis.", "2015-05-20")
    assert ("Saudi Arabia", "opposes", "Houthis") in claims(ex)
    ex = parse("Syria needs to defend itself against the rebels, Assad said.", "2013-05-20")
    assert ("Syria", "opposes", "Syrian opposition") in claims(ex)


def test_men_in_arms_defending_beside_a_side_back_it(parse):
    # stances_fresh22 n10: was missing ("Burundi's troops are defending the region alongside
    # Congolese forces")
    ex = parse(_story("n10-sudantimes-rwanda-says-burundi-troops-fight-m23-2025"), "2025-02-20")
    assert ("Burundi", "backs", "Congolese government") in claims(ex)
    # other wars, the other preposition
    ex = parse("Kurdish fighters defended Kobani alongside Free Syrian Army units.", "2014-10-20")
    assert ("People's Protection Units (YPG)", "backs", "Syrian opposition") in claims(ex)
    # no men in arms: no side; an object that is a side keeps its reading
    ex = parse("The minister defended the budget alongside the French president.", "2015-03-01")
    assert not ex.stances
    ex = parse("Russia defended Assad alongside Iran.", "2015-10-01")
    assert claims(ex) == {
        ("Russia", "backs", "Syrian government (Assad)"),
        ("Iran", "backs", "Syrian government (Assad)"),
    }


def test_a_state_does_not_back_the_rebels_of_its_own_land(parse):
    # a wording of stances_fresh22 n09 ("accusing Kyiv of backing rebels") with "the": the
    # rebels were read as those of Ukraine's own war, the Donbas separatists
    ex = parse("Mali accused Ukraine of backing the rebels.", "2024-08-05")
    assert ("Ukraine", "backs", "Donbas separatists") not in claims(ex)
    ex = parse("Mali accused Sudan of backing rebels.", "2024-08-05")
    assert not [s for s in ex.stances if s.power == "Sudan"]
    # the war's other side, and a side named by its own name, keep their readings
    ex = parse("Kyiv accused Moscow of arming the rebels.", "2014-08-05")
    assert ("Russia", "supplies", "Donbas separatists") in claims(ex)
    ex = parse("Mali accused Ukraine of backing the Tuareg rebels.", "2024-08-05")
    assert ("Ukraine", "backs", "Tuareg rebels") in claims(ex)
