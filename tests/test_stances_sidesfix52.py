"""Who backs whom: what stop 40 left wrong (benchmarks/README, sidesfix52).

Each a kind, beside sentences of other senses that read as before: a president's written
suffix ("George Bush Sr"); a leader of a regime out of office by his own years (Assad in 2025);
a town the tagger took for a man ("Goma was backed by Rwanda"); a headline's demand addressed
to another ("Turkey to Russia: stop backing Assad"); al-Shabaab as news spells it; one war for a
pair of power and party in one story.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claimed, claims, theatre_of

_DOCS = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def test_a_presidents_suffix_names_which_bush(parse):
    # was no claim: "George Bush" is the son's alias, out of office in 1990
    ex = parse("George Bush Sr backed Kuwait against Iraq.", "1990-08-10")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    ex = parse("The elder Bush backed Kuwait against Iraq.", "1991-02-01")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    ex = parse("George Bush Jr. opposed Saddam.", "2003-03-01")
    assert ("United States", "opposes", "Saddam Hussein government") in claims(ex)
    # other senses, as before
    assert not claims(parse("The elder statesman backed Kuwait against Iraq.", "2003-03-01"))
    assert not claims(parse("Jeb Bush backed the Contras.", "1994-03-01"))


def test_a_regimes_leader_out_of_office_is_the_man(parse):
    # was the Syrian government (Assad), months after his fall
    ex = parse("Russia still backs Bashar al-Assad.", "2025-06-01")
    assert claims(ex) == {("Russia", "backs", "Bashar al-Assad")}
    ex = parse("Syria still backs Saddam Hussein, who is on trial in Baghdad.", "2005-10-01")
    assert claims(ex) == {("Syria", "backs", "Saddam Hussein")}
    # in office at the claim's time: his regime, as before
    for text, date, want in [
        ("In 2015, Russia backed Bashar al-Assad with air strikes.", "2025-06-01", "Syrian"),
        ("Russia backed Bashar al-Assad.", "2013-05-02", "Syrian"),
        ("Jordan secretly backed Saddam Hussein.", "2002-10-01", "Saddam Hussein government"),
        ("France opposed Muammar Gaddafi.", "2011-03-01", "Gaddafi government"),
    ]:
        assert any(c[2].startswith(want) for c in claims(parse(text, date))), text
    # a rebel leader's side is not ended by a president's years
    ex = parse("The UAE backed Khalifa Haftar in his attack on Tripoli.", "2019-04-10")
    assert ("United Arab Emirates", "backs", "Libyan National Army (LNA)") in claims(ex)


def test_a_town_read_as_a_man_is_no_side(parse):
    # was Rwanda backs Goma (the tagger reads the town as a person)
    ex = parse("An expert who believes Goma was backed by Rwanda spoke to reporters.", "2013-03-01")
    assert not any(c[2] == "Goma" for c in claims(ex))
    ex = parse(
        "Rebels seized Goma on Tuesday. An expert who believes Goma was backed by Rwanda spoke."
    )
    assert not any(c[2] == "Goma" for c in claims(ex))
    # men, as before
    ex = parse("Angola backed Kabila against the rebels in Goma.", "1998-08-25")
    assert ("Angola", "backs", "Congolese government") in claims(ex)
    ex = parse("Rwanda backed Laurent Nkunda in North Kivu.", "2008-11-10")
    assert ("Rwanda", "backs", "Laurent Nkunda") in claims(ex)


def test_a_demand_addressed_to_another_is_the_addressees_act(parse):
    # was Turkey denying it backs Assad
    ex = parse("Turkey to Russia: stop backing Assad", "2016-05-02")
    assert claimed(ex) == {("Russia", "backs", "Syrian government (Assad)", "Turkey")}
    assert not claims(ex, negated=True)
    ex = parse("US to Pakistan: stop arming the Taliban", "2001-10-02")
    assert claimed(ex) == {("Pakistan", "supplies", "Taliban", "United States")}
    # a demand to act tells nothing done (was Turkey backs the rebels)
    assert not claims(parse("Turkey to Russia: back the rebels", "2016-05-02"))
    # "NAME to VERB", a headline's future: as before
    ex = parse("US to stop arming Syrian rebels", "2017-07-20")
    assert ("United States", "supplies", "Syrian opposition") in claims(ex, negated=True)
    ex = parse("From Baku to Moscow: Turkey backs Azerbaijan", "2020-10-05")
    assert ("Turkey", "backs", "Azerbaijan") in claims(ex)


def test_al_shabaab_as_news_spells_it(parse):
    # was the bare words, filed under the dateline's Kenya
    ex = parse("NAIROBI - Eritrea armed the Shabab militants, a UN report said.", "2006-06-01")
    assert theatre_of(ex, "Eritrea", "Shabab militants") == {"Somalia"}
    ex = parse("The Shabab fighters were backed by Eritrea, diplomats said.", "2009-06-01")
    assert theatre_of(ex, "Eritrea", "al-Shabaab") == {"Somalia"}
    ex = parse("NAIROBI - Kenyan troops fought the Shabaab in southern Somalia.", "2011-10-20")
    assert ("Kenya", "opposes", "al-Shabaab") in claims(ex)
    # another sense of the word: no Somali war
    ex = parse("Egypt backed the Shabab movement in Cairo's squares.", "2013-06-01")
    assert not any(c[2] == "al-Shabaab" for c in claims(ex))


def test_one_story_one_war_for_a_pair(parse):
    path = next((_DOCS / "stances_fresh11" / "docs").glob("b01-*.txt"))
    ex = parse(path.read_text(encoding="utf-8"), "2013-04-26")
    wars = theatre_of(ex, "Sudanese Armed Forces (SAF)", "Lord's Resistance Army (LRA)")
    assert len(wars) == 1  # was [Sudan (2010s)] and [Uganda]
    assert {t.name for t in ex.theatres} == wars
    # two wars the story names both stay; one war, as before
    text = (
        "Iran backs Hezbollah in Lebanon. "
        "In Syria, Iran also backs Hezbollah fighters against the rebels."
    )
    assert theatre_of(parse(text, "2016-03-01"), "Iran", "Hezbollah") == {"Lebanon", "Syria"}
    text = "Rwanda backs the M23 rebels in North Kivu. Rwanda denies backing the M23."
    assert theatre_of(parse(text, "2012-06-01"), "Rwanda", "M23") == {"Eastern DR Congo"}
