"""Who backs whom: the kinds of wrong and missed claims of the eighteenth fresh batch.

Each test holds the sentences that were misread or missed (from
benchmarks/data/stances_fresh18) and sentences of other wars and wordings written beside them:
an accomplice of a deed ("with the knowledge and tacit cooperation of the United States") is
no place of its war; a reported clause the parser broke at its long subject keeps its
speaker; a bare "rebels" in a story of one movement is that movement's, in its war; the
spellings "Farc" and "Huthis"; violence and an insurgency waged against someone; support had,
enjoyed, or held to be had from someone.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of

SAUDIS_1996 = (
    "Saudis say U.S. helped arm Bosnian Moslems\n\n"
    "WASHINGTON - Dismayed that the West did nothing in Bosnia, Saudi Arabia funded a covert "
    "operation of $300 million over the past three years to channel weapons to the Moslem-led "
    "government, with the knowledge and tacit cooperation of the United States, according to "
    "an official who knows the operation at first hand."
)

FARC_2008 = (
    "Colombia accuses Chavez of funding Marxist rebels\n\n"
    "The war of words escalated when Colombia accused Chavez of bankrolling the Revolutionary "
    "Armed Forces of Colombia (Farc), Marxist rebels listed around the world as terrorists.\n\n"
    "Colombia set off the dispute on Saturday by bombing a Farc camp a mile inside Ecuador, "
    "killing 17 rebels. In response, Ecuador and Venezuela broke off diplomatic relations.\n\n"
    "Bogota claimed that laptops belonging to Reyes, recovered from the Farc camp, showed that "
    "Chavez had funded the guerrillas."
)


def test_an_accomplice_of_a_deed_is_no_place_of_its_war(parse):
    # stances_fresh18 k07: was Saudi Arabia supplies "American government" [United States]
    ex = parse(SAUDIS_1996, "1996-02-03")
    assert ("Saudi Arabia", "supplies", "American government") not in claims(ex)
    assert ("Saudi Arabia", "supplies", "Bosnian government") in claims(ex)
    assert theatre_of(ex, "Saudi Arabia", "Bosnian government") == {"Bosnia and Herzegovina"}
    # another wording, another accomplice: "with the blessing of"
    ex = parse(
        "WASHINGTON - Iran shipped arms to the Bosnian Moslems with the blessing of the "
        "United States, officials said.",
        "1996-02-03",
    )
    assert theatre_of(ex, "Iran", "Bosnian Moslems") == {"Bosnia and Herzegovina"}
    # a helper is no place, as before
    ex = parse(
        "Syrian troops retook Palmyra with the help of Russian special forces.", "2016-03-27"
    )
    assert theatre_of(ex, "Russia", "Syrian government") <= {"Syrian civil war", "Syria"}


def test_a_reported_clause_broken_at_its_long_subject_keeps_its_speaker(parse):
    # stances_fresh18 k11: was Venezuela backs guerrillas, the article's own fact
    ex = parse(FARC_2008, "2008-03-04")
    assert ("Venezuela", "backs", "guerrillas", None) not in claimed(ex)
    assert ("Venezuela", "backs", "guerrillas", "Colombia") in claimed(ex)
    # another war, a clause the parser keeps whole: the speaker, as before
    ex = parse(
        "Washington claimed that documents seized in the raid, found in a house near Kandahar, "
        "showed that Iran had armed the Taliban.",
        "2007-06-05",
    )
    assert ("Iran", "supplies", "Taliban", "United States") in claimed(ex)


def test_bare_rebels_in_a_story_of_one_movement_are_its_own(parse):
    # stances_fresh18 k11: was Venezuela backs Marxist rebels [Ecuador], the camp's country
    ex = parse(FARC_2008, "2008-03-04")
    assert theatre_of(ex, "Venezuela", "Marxist rebels") == {"Colombia"}
    assert theatre_of(ex, "Venezuela", "guerrillas") == {"Colombia"}
    # "Farc", the FARC as British outlets write it
    assert ("Venezuela", "backs", "Revolutionary Armed Forces of Colombia (FARC)") in claims(ex)
    # other movements fighting at home: the contras, Nicaragua's; two movements of two
    # homes say nothing of whose rebels
    ex = parse(
        "The contras fight the Sandinistas from camps in Honduras. The CIA funded the rebels "
        "through a secret account.",
        "1985-03-04",
    )
    assert theatre_of(ex, "CIA", "rebels") == {"Nicaragua"}
    ex = parse(
        "The FARC and the Lord's Resistance Army both kidnap children. Libya funded the "
        "rebels, officials said.",
        "1985-03-04",
    )
    assert theatre_of(ex, "Libya", "rebels") == {"Conflict not stated"}
    # rebels the sentence places, backed by a side: not the story's movement
    ex = parse(
        "The contras fight the Sandinistas from camps in Honduras. Administration sources said "
        "the Sandinistas in turn have given new help to the rebels in El Salvador.",
        "1985-03-04",
    )
    assert theatre_of(ex, "Sandinistas (FSLN)", "rebels") != {"Nicaragua"}
    # rebels the words say are someone's: theirs, as before
    ex = parse(
        "SALISBURY (Reuters) - Mozambique's Frelimo government backs Robert Mugabe's ZANLA "
        "guerrillas fighting the Smith regime.",
        "1977-06-01",
    )
    assert theatre_of(ex, "Mozambique", "ZANLA") == {"Rhodesia"}
    # a story of a listed war's side: its own war, as before
    ex = parse(
        "Iran supplies the Houthis with missiles. Saudi Arabia says Tehran funds the rebels.",
        "2018-05-02",
    )
    assert theatre_of(ex, "Iran", "Houthis") == {"Yemen"}


def test_huthis_are_the_houthis(parse):
    # stances_fresh18 k12: both claims missed
    ex = parse(
        "The Iran-backed Huthis have been fighting Saudi Arabia's forces in Yemen for five years.",
        "2020-02-13",
    )
    assert ("Iran", "backs", "Houthis") in claims(ex)
    assert ("Houthis", "opposes", "Saudi Arabia") in claims(ex)
    ex = parse("Iran-backed Huthi rebels attacked a Saudi base near the border.", "2019-05-02")
    assert ("Iran", "backs", "Houthis") in claims(ex)


def test_violence_and_an_insurgency_against_someone_are_opposition(parse):
    # stances_fresh18 k20: missed
    ex = parse(
        "What has deflated the hopes placed in the accord is the continuing violence of the "
        "Renamo rebel movement (formerly the Mozambique National Resistance) against the "
        "Maputo government.",
        "1985-03-15",
    )
    assert ("Renamo", "opposes", "Mozambican government") in claims(ex)
    ex = parse("The war of the Islamic State group against the Kurds went on.", "2015-05-02")
    assert ("Islamic State", "opposes", "Kurds") in claims(ex)
    ex = parse(
        "Farc, which has waged an insurgency against the Colombian state for decades, funds "
        "its force through drugs.",
        "2008-03-04",
    )
    assert ("Revolutionary Armed Forces of Colombia (FARC)", "opposes", "Colombian government") in (
        claims(ex)
    )
    # who stops violence or an insurgency, or speaks of it, does not wage it
    ex = parse(
        "Government spokesmen said Indian troops had detained more than 200 Tamil militants, "
        "many of them Tigers, while trying to stop a wave of violence against Sinhalese in the "
        "north and east.",
        "1987-10-11",
    )
    assert not {c for c in claims(ex, negated=True) | claims(ex) if c[0] == "India"}
    # violence against no side, or of no actor: no claim
    for text in (
        "Indian troops tried to end the insurgency against the government.",
        "Police said violence against women rose in the city.",
        "The violence of the protesters against the police shocked the town.",
        "The war of independence against Spain ended in 1826.",
    ):
        assert not parse(text, "2015-05-02").stances, text


def test_support_had_or_held_to_be_had_from_someone_is_backing(parse):
    # stances_fresh18 k20: missed
    ex = parse(
        "Mozambique hoped the accord would much weaken Renamo, which is generally regarded as "
        "having had major support from South Africa before the accord was signed last year.",
        "1985-03-15",
    )
    assert ("South Africa", "backs", "Renamo") in claims(ex)
    ex = parse("Renamo has had major support from South Africa.", "1985-03-15")
    assert ("South Africa", "backs", "Renamo") in claims(ex)
    ex = parse("The rebels enjoy support from Pakistan.", "1990-05-02")
    assert ("Pakistan", "backs", "rebels") in claims(ex)
    # support of no side: no claim
    for text in (
        "The school has support from parents.",
        "The mayor has had support from the council for the plan.",
        "The plan is seen as having support from most voters.",
        "The team is regarded as having the best defence in the league.",
    ):
        assert not parse(text, "2015-05-02").stances, text
