"""Who backs whom: three kinds of wrong claim review65 found on stories of other senses
(benchmarks/data/review65, benchmarks/data/sidesfix54), each with sentences of other senses.

An armed group named for a province ("the Shan State Army") is that group, not the state the
province is in; a name after "the mediation of" is the mediator, not the subject of the
clause the mediation ended ("Syria freed the pilot after the mediation of Jesse Jackson" is no
mediation of Syria's); a group's name written in lower case after a foreign state's
possessive ("Britain's Arakan army" of 1944) is that state's force, not the group.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_an_army_named_for_a_province_of_a_state_is_that_group(parse):
    # was China backs the Burmese government
    ex = parse("China backed the Shan State Army in its fight with the Burmese army.", "2016-06-01")
    assert claims(ex) == {("China", "backs", "Shan State Army")}
    # was Myanmar opposes the Burmese government
    ex = parse("The Shan State Army fought the Burmese army near the Thai border.", "2016-06-01")
    assert claims(ex) == {("Shan State Army", "opposes", "Burmese government")}
    ex = parse("China armed the United Wa State Army against the Burmese army.", "2016-06-01")
    assert ("China", "supplies", "United Wa State Army") in claims(ex)
    # a state's own army, and a province named as a place, as before
    ex = parse("China backed the Myanmar State Army against the Kachin rebels.", "2016-06-01")
    assert ("China", "backs", "Burmese government") in claims(ex)
    ex = parse("China backed the Burmese army against the rebels in Shan State.", "2016-06-01")
    assert ("China", "backs", "Burmese government") in claims(ex)
    ex = parse("Iran backed the Syrian Arab Army against the Islamic State.", "2015-06-01")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(ex)
    ex = parse("Britain armed the Irish Free State Army against the republicans.", "1923-01-01")
    assert ("United Kingdom", "supplies", "Irish Free State Army") in claims(ex)


def test_a_name_after_the_mediation_of_is_the_mediator(parse):
    # was Syria mediates the United States: a man the lexicon does not know is no state's
    ex = parse(
        "DAMASCUS - Syria freed the captured Navy pilot after the mediation of Jesse Jackson. "
        "Jackson flew home to Chicago on Wednesday.",
        "1984-01-04",
    )
    assert not claims(ex)
    # were the Taliban and the United States mediate Qatar, the army and the RSF mediate
    ex = parse(
        "The Taliban and the United States signed a deal in Doha after the mediation of Qatar.",
        "2020-03-01",
    )
    assert {c[0] for c in claims(ex)} == {"Qatar"}
    ex = parse(
        "The army and the RSF agreed a truce after the mediation of Saudi Arabia and the "
        "United States.",
        "2023-05-01",
    )
    assert {c[0] for c in claims(ex)} == {"Saudi Arabia", "United States"}
    # was Croatia and Serbia mediate the United States
    ex = parse(
        "Croatia and Serbia agreed after the mediation of Richard Holbrooke, the US envoy.",
        "1995-11-01",
    )
    assert not {c for c in claims(ex) if c[0] in ("Croatia", "Serbia")}
    # an owner, a "-led" word, or no name after "of": as before
    ex = parse(
        "Turkey's mediation of the grain deal between Russia and Ukraine was praised.",
        "2022-06-01",
    )
    assert ("Turkey", "mediates", "Russia") in claims(ex)
    ex = parse("Saudi Arabia began the mediation of the conflict in Sudan.", "2023-05-01")
    assert {c[0] for c in claims(ex)} == {"Saudi Arabia"}


def test_a_groups_name_in_lower_case_after_a_foreign_states_possessive_is_its_force(parse):
    # was "Arakan army" opposes Japan: the Arakan Army of 2009, its owner lost
    ex = parse("Britain's Arakan army fought the Japanese in Burma in 1944.", "1944-02-01")
    assert claims(ex) == {("United Kingdom", "opposes", "Japan")}
    # the name written as a name, or after its own state's possessive: the group
    ex = parse("Myanmar's Arakan army seized the town from the junta.", "2024-02-01")
    assert ("Arakan Army (AA)", "opposes", "Myanmar military junta") in claims(ex)
    ex = parse("China backed the Arakan army against the junta.", "2024-02-01")
    assert ("China", "backs", "Arakan Army (AA)") in claims(ex)
    # no state's organ: the group
    ex = parse("South Africa's Unita rebels fought the Angolan army.", "1980-01-01")
    assert ("UNITA", "opposes", "Angolan government") in claims(ex)
