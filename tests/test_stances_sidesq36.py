"""Who backs whom: the kinds of wrong claims of the sixteenth fresh batch and of stop 37.

Each test holds the sentence that was misread (from benchmarks/data/stances_fresh16 and the
cases stop 37 left) and sentences of other wars and wordings written beside it, which must
read as they did: an object pronoun is never its own clause's subject, a participle's
accuser is its clause's subject, a possible force is no backing, "for ..." hung on the one
penalised, men based in a land fighting a ruler's regime, where craft refuel and where an
embassy sits, "then" after a dated sentence, and Chad's presidents in the lexicon.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_an_object_pronoun_is_never_its_own_clauses_subject(parse):
    # stances_fresh16 g04: was Morocco supplies the Polisario Front
    ex = parse(
        "Rabat cut diplomatic ties with Iran on Tuesday, accusing it of using Hezbollah to"
        " deliver weapons to the Polisario Front.",
        "2018-05-02",
    )
    assert ("Morocco", "supplies", "Polisario Front") not in claims(ex)
    assert ("Iran", "supplies", "Polisario Front", "Morocco") in claimed(ex)
    # the pronoun of another clause, or a verb's own object of another subject, as before
    ex = parse("Turkey has sided with Azerbaijan and supplied it with drones.", "2020-10-02")
    assert ("Turkey", "supplies", "Azerbaijan") in claims(ex)
    ex = parse("Russia annexed Crimea and then armed the separatists.", "2014-05-02")
    assert ("Russia", "supplies", "Donbas separatists") in claims(ex)


def test_a_participles_accuser_is_its_clauses_subject(parse):
    ex = parse(
        "Ethiopia expelled Eritrea's envoy, accusing it of arming the Oromo rebels.",
        "1999-05-02",
    )
    assert ("Eritrea", "supplies", "Oromo", "Ethiopia") in claimed(ex)
    # an accusing verb with its own subject, as before
    ex = parse("Morocco accused Iran of using Hezbollah to arm the Polisario Front.", "2018-05-02")
    assert ("Iran", "supplies", "Polisario Front", "Morocco") in claimed(ex)


def test_a_possible_backed_force_is_no_backing(parse):
    # stances_fresh16 g13: was the United Nations backs "security force"
    ex = parse(
        "A Kenyan delegation has arrived in Haiti as Kenya assesses leading a possible United"
        " Nations-backed security force to help police fight heavily armed gangs.",
        "2023-08-21",
    )
    assert not {c for c in claims(ex) if c[0] == "United Nations"}
    ex = parse("The talks could bring a potential Saudi-backed government to Aden.", "2015-03-02")
    assert not claims(ex)
    # a backed force that is, as before
    ex = parse("Iran-backed Houthi rebels seized Sanaa.", "2015-03-02")
    assert ("Iran", "backs", "Houthis") in claims(ex)
    ex = parse("The powerful Russian-backed separatist forces shelled Mariupol.", "2016-03-02")
    assert ("Russia", "backs", "Donbas separatists") in claims(ex)
    ex = parse(
        "Both men belong to the Congolese Rally for Democracy, a former rebel group backed by"
        " neighbouring Rwanda.",
        "2004-06-09",
    )
    assert ("Rwanda", "backs", "rebel group") in claims(ex)


def test_for_hung_on_the_one_penalised_is_the_reason_of_the_penalty(parse):
    # stop 37: was the U.S. Treasury backs Iran
    ex = parse(
        "The U.S. Treasury sanctioned a man for helping Iran buy parts for its drones.",
        "2023-09-28",
    )
    assert not claims(ex)
    # a state penalised, firms penalised: as before
    ex = parse("Washington sanctioned Iran for arming the Houthis.", "2023-09-28")
    assert ("Iran", "supplies", "Houthis") in claims(ex)
    ex = parse(
        "The Treasury sanctioned two firms for helping Russia buy drone engines.", "2023-09-28"
    )
    assert not claims(ex)


def test_men_based_in_a_land_fighting_a_rulers_regime_are_not_in_its_war(parse):
    # stop 37: was Guerrillas oppose the Mozambican government [Mozambique]
    ex = parse(
        "SALISBURY - Guerrillas based in Mozambique are fighting the Smith regime.", "1977-05-02"
    )
    assert ("Guerrillas", "opposes", "Mozambican government") not in claims(ex)
    assert theatre_of(ex, "Guerrillas", "Rhodesian government") == {"Rhodesia"}
    ex = parse("Guerrillas based in Mozambique are fighting the Smith regime.", "1977-05-02")
    assert ("Guerrillas", "opposes", "Mozambican government") not in claims(ex)
    # a regime the lexicon names, or a state's government: as before
    ex = parse("Rebels based in Honduras are fighting the Sandinista government.", "1986-05-02")
    assert theatre_of(ex, "Rebels", "Nicaraguan government") == {"Nicaragua"}
    ex = parse("Rebels based in Zaire are fighting the Kagame regime.", "1996-05-02")
    assert theatre_of(ex, "Rebels", "Rwandan government") == {"Rwanda"}


def test_where_craft_refuel_or_an_embassy_sits_is_no_place_of_the_war(parse):
    # stances_fresh15 f02: was the United States backs Israel [Portugal]
    ex = parse(
        "A step that recalls what President Nixon did in 1973 during the Yom Kippur War. Nixon"
        " then ordered a mass airlift of tanks, ammunition and equipment to help Israel win the"
        " war. The planes were refuelled in the Azores before they reached Israel.",
        "2023-10-15",
    )
    assert theatre_of(ex, "United States", "Israel") == {"Israel (1970s)"}
    # stances_fresh16 g04: was [Algeria]
    ex = parse(
        "Rabat cut ties with Iran, accusing it of using Hezbollah to deliver weapons to the"
        " Polisario Front. Bourita said the weapons were sent via an element at the Iranian"
        " embassy in Algiers.",
        "2018-05-02",
    )
    assert theatre_of(ex, "Iran", "Polisario Front") == {"Western Sahara"}
    # whose embassy it is says no more (was [Iran (2010s)] once Algiers weighed nothing)
    ex = parse(
        "Bourita said weapons had been sent to the Algerian-backed Polisario Front via an"
        " element at the Iranian embassy in Algiers.",
        "2018-05-02",
    )
    assert theatre_of(ex, "Algeria", "Polisario Front") == {"Western Sahara"}
    # a war named, or a place where things happen: as before
    ex = parse(
        "Britain sent warships to fight Argentina in the Falklands. The fleet made a refuelling"
        " stop at Ascension Island.",
        "1982-05-02",
    )
    assert theatre_of(ex, "United Kingdom", "Argentina") == {"Falklands War"}
    ex = parse("Rebels attacked a refuelling station in Goma, fighting the Congolese army.", "2022")
    assert theatre_of(ex, "Rebels", "Congolese government") == {"Eastern DR Congo"}


def test_then_tells_of_the_year_the_sentence_before_named(parse):
    # stances_fresh15 f02: was filed in the 2023 story's war
    ex = parse(
        "The Biden administration has moved quickly to support Israel in its fight against"
        " Hamas, a step that recalls what President Nixon did in 1973 during the Yom Kippur"
        " War. Nixon then ordered a mass airlift of tanks, ammunition and equipment to help"
        " Israel win the war.",
        "2023-10-15",
    )
    assert theatre_of(ex, "United States", "Israel") == {"Israel–Gaza conflict", "Israel (1970s)"}
    # a year of the story's own decade, or no "then": as before
    ex = parse(
        "Russia invaded Ukraine in 2022. Iran then sent drones to help Russia.", "2023-05-02"
    )
    assert theatre_of(ex, "Iran", "Russia") == {"Russia–Ukraine war"}


def test_chads_presidents_are_chads(parse):
    # stances_fresh15 f06: was Chadian rebels oppose Idriss Deby [Libya]
    ex = parse(
        "Chadian rebels have stepped up their activity in southern Libya since they vowed last"
        " year to overthrow President Idriss Deby.",
        "2019-02-07",
    )
    assert theatre_of(ex, "Chadian rebels", "Chadian government") == {"Chad"}
    ex = parse("Rebels who crossed from Sudan attacked N'Djamena, trying to topple Idriss Deby.")
    assert theatre_of(ex, "Rebels", "Chadian government") == {"Chad"}
    # his son is no man out of office
    ex = parse("Mahamat Idriss Deby met Sudanese envoys in N'Djamena.", "2023-04-14")
    assert not claims(ex)
