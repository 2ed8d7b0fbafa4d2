"""A plural pronoun under a clause whose subject is a group of people: "they" is that group,
not a side a headline or a sentence before named. 02212a2 read "The teacher and 30,000 other
people of Tikrit were driven out because they were seen as backing Islamic State" as Iraq
backing Islamic State, through the headline's "Iraqis" (found by the lead on a fresh places
batch, where a Libyan town's displaced people became the Libyan government)."""

from __future__ import annotations

from tests.test_stances_news import claims

HEADLINED = (
    "Iraqis of Tikrit go home after four years\n\n"
    "After four years in a camp, a teacher came back to the Iraqi city of Tikrit. She had "
    "moved to Baghdad.\n\n"
    "The teacher and 30,000 other people of Tikrit were driven out because they were seen as "
    "backing Islamic State in 2014."
)


def test_a_group_of_people_is_whom_their_clauses_they_means(parse):
    ex = parse(HEADLINED, published="2018-11-23")
    assert ("Iraq", "backs", "Islamic State") not in claims(ex)
    assert not any(s.power == "Iraq" for s in ex.stances)


def test_a_plural_pronoun_with_no_group_above_is_still_the_side_before(parse):
    ex = parse(
        "Hezbollah sent fighters to Syria in 2013. They backed Bashar al-Assad.",
        published="2016-01-01",
    )
    assert ("Hezbollah", "backs", "Syrian government (Assad)") in claims(ex)


def test_a_state_never_opposes_the_coalition_it_leads(parse):
    # 02212a2: "Saudi Arabia opposes Saudi Arabia-led coalition", and the US likewise: the
    # pronoun was read as the agent of the clause before
    ex = parse(
        "The Houthis seized Sanaa in 2014. In 2015 they were attacked by Saudi Arabia, and they "
        "fought the Saudi-led coalition.",
        published="2016-01-01",
    )
    assert not any(s.power == "Saudi Arabia" and "coalition" in s.party for s in ex.stances)
    ex = parse(
        "The insurgents held Fallujah in 2004. That year they were attacked by the United "
        "States, and they fought the US-led coalition.",
        published="2005-01-01",
    )
    assert not any(s.power == "United States" and "coalition" in s.party for s in ex.stances)


def test_a_government_in_a_named_country_is_that_countrys(parse):
    # before: "Ukraine backs Russia" (the war's country for "the regime"), said by an Estonian
    # minister of Belarus's help; the capital's form ("the regime in Minsk") was read already
    ex = parse(
        "Foreign Minister Margus Tsahkna said the regime in Belarus was helping Russia's war "
        "directly.",
        published="2024-03-01",
    )
    assert not any(s.power == "Ukraine" and s.party == "Russia" for s in ex.stances)
    assert ("Belarus", "backs", "Russia") in claims(ex)
    ex = parse("The regime in Minsk is helping Russia's war in Ukraine.", published="2024-03-01")
    assert ("Belarus", "backs", "Russia") in claims(ex)


def test_parties_backing_a_candidate_are_politics(parse):
    # before: "Albanian parties backs Nik Gjeloshaj", filed as a stance in [Montenegro]
    ex = parse(
        "Mayor Nik Gjeloshaj had the backing of the Albanian parties and of the Bosniak "
        "councillors.",
        published="2024-03-01",
    )
    assert not ex.stances
    ex = parse(
        "Kurdish parties backed the prime minister in the vote in Baghdad.", published="2010-11-11"
    )
    assert not ex.stances
