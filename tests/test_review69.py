"""Who backs whom: a reviewer's read of sidesq40's and sidesfix55's rules, narrowed to their kind.

Each test holds the wrong claims the rules made on stories of other senses
(benchmarks/data/review69/stories.txt) and the sentences the rules were written for, which
still read as they did: arms relied on are arms themselves, not a trade in them; a hunt by the
police is a search for suspects; a state's possessive allies backed only where the words name
the men of a people or group; a leader's allies read as his state's.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_relied_on_for_a_trade_in_arms_is_no_supply(parse):
    # review69: was India supplies the Soviet Union, Algeria and India supply Russia (the
    # buyers read as the givers)
    for text, date in (
        ("The Soviet Union relied on India for arms sales.", "1985-06-01"),
        ("Russia relies on Algeria and India for its arms exports.", "2019-06-01"),
    ):
        assert not {c for c in claims(parse(text, date)) if c[1] == "supplies"}, text
    # arms themselves, as before
    ex = parse("The rebels depended on Rwanda for arms and ammunition.", "2012-01-01")
    assert ("Rwanda", "supplies", "rebels") in claims(ex)
    ex = parse(
        "The Bosnian Serbs have relied on Yugoslavia for weapons, fuel and other supplies.",
        "1994-06-01",
    )
    assert ("Yugoslavia", "supplies", "Bosnian Serbs") in claims(ex)
    ex = parse("Israel relies on the United States for military aid.", "2015-06-01")
    assert ("United States", "supplies", "Israel") in claims(ex)
    ex = parse("Yemen relied on Saudi Arabia for humanitarian aid.", "2015-06-01")
    assert not {c for c in claims(ex) if c[1] == "supplies"}


def test_a_hunt_by_the_police_takes_no_side(parse):
    # review69: was Mexico opposes "cartel gunmen" [United States]
    ex = parse("Mexican police hunted the cartel gunmen who killed nine Americans.", "2019-11-06")
    assert not {c for c in claims(ex) if c[1] == "opposes"}
    ex = parse("Indian police officers hunted the militants in Kashmir.", "2019-06-01")
    assert not {c for c in claims(ex) if c[1] == "opposes"}
    # troops that hunt insurgents fight them, as before
    ex = parse(
        "French troops hunted Islamist militants in the mountains of northern Mali.", "2013-06-01"
    )
    assert ("France", "opposes", "Islamist militants") in claims(ex)
    ex = parse("Ugandan soldiers hunted the Lord's Resistance Army.", "2010-06-01")
    assert {c for c in claims(ex) if c[:2] == ("Uganda", "opposes")}


def test_a_states_allies_named_by_no_people_are_not_backed_by_it(parse):
    # review69: was Ukraine backs "Western allies" (a bloc of states that arms it)
    ex = parse("Ukraine's Western allies sent tanks to Kyiv.", "2023-03-01")
    assert ("Ukraine", "backs", "Western allies") not in claims(ex)
    assert ("Western allies", "supplies", "Ukraine") in claims(ex)
    # named by a people's word or a group's name: the owner backs them, as sidesfix55 made
    ex = parse("Washington's Kurdish allies captured Raqqa.", "2017-10-20")
    assert ("United States", "backs", "Kurdish allies") in claims(ex)
    ex = parse("Iran's Houthi allies fired missiles at Saudi Arabia.", "2016-06-01")
    assert ("Iran", "backs", "Houthis") in claims(ex)


def test_a_leaders_allies_are_his_states(parse):
    # review69: "Assad's Russian allies" had lost Russia backs the Syrian government (owned by
    # a man, read as no side), which 9dfc3641 gave
    ex = parse("Assad's Russian allies bombed the rebels in Aleppo.", "2016-03-01")
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(ex)
    # a group's allies still name no side
    ex = parse("The Houthis' Iranian allies have denied sending them missiles.", "2017-06-01")
    assert not {c for c in claims(ex) if c[1] == "backs"}


def test_hoped_is_a_wish_however_the_lemmatiser_reads_it(parse):
    # review69: sidesq40's raised passive made "hoped to be supplied ... by Washington" a
    # supply told as fact; the English model lemmatises "hoped" as "hop", so the lexicon's
    # "hope" (``intent_words``) never read it, in the active voice either
    for text in (
        "The Contras hoped to be supplied with missiles by Washington.",
        "Washington hoped to arm the Contras.",
    ):
        assert not claims(parse(text, "1983-06-01")), text
    # a report of the fact, as before
    ex = parse("The Contras were known to be supplied with missiles by Washington.", "1983-06-01")
    assert ("United States", "supplies", "Contras") in claims(ex)


def test_a_sides_commanders_are_that_sides_not_untied(parse):
    # review69: sidesfix55's untied officers took "rebel commanders" (all lower case, a plural
    # title), and Rwanda backs the rebel commanders of 9dfc3641 was lost
    ex = parse("Rwanda backed the rebel commanders in North Kivu.", "2008-06-01")
    assert ("Rwanda", "backs", "rebel commanders") in claims(ex)
    # a plural title alone, tied to no state, is still no side (sidesfix55's kind)
    ex = parse(
        "Thailand offered to mediate between the generals and the National Unity Government.",
        "2023-11-15",
    )
    assert "generals" not in {c[2] for c in claims(ex)}
