"""The twenty-ninth pass on who backs whom: what a seventh fresh batch of real news
(``benchmarks/stances_fresh7.py``) showed, each kind tried on sentences of other wars. A
state's armed men that their own phrase sends into another country fight there, not at home
("Cuban troops sent by Fidel Castro into Angola, armed by Russia" is no war in Cuba); the
purpose of the participle that moved them is theirs ("Libyan troops flown into Uganda to help
Amin"); an office of no state named on a speaker ("Administration sources said", "Foreign
Minister Penny Wong said") is named as written, not after the claim's conflict, unless the
story was filed in that conflict's country (in a claim of that state's own deeds); an armed
group's generic noun with an organisation's name set beside it ("That movement, the Military
Command Council ...") is named by that name.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- armed men sent into another country fight there ----------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # the batch's (before: Russia supplies the Cuban government, in a war in Cuba)
        (
            "Some 15,000 Cuban troops sent by Fidel Castro into Angola, armed by Russia, beat "
            "the anti-Communist forces.",
            "1976-03-01",
            "Russia",
            "Cuba",
            "Angola",
        ),
        # another war (before: France backs the Rwandan government, in a war in Rwanda)
        (
            "Rwandan soldiers deployed in Mozambique, trained by France, retook the port town.",
            "2022-03-12",
            "France",
            "Rwanda",
            "Mozambique",
        ),
    ],
)
def test_armed_men_sent_into_another_country_fight_there(parse, text, date, power, party, war):
    ex = parse(text, date)
    assert theatre_of(ex, power, party) == {war}, claims(ex)


def test_armed_men_at_home_stay_at_home(parse):
    ex = parse("Rwandan soldiers trained by France retook the town of Ruhengeri.", "1992-03-12")
    assert theatre_of(ex, "France", "Rwandan government") == {"Rwanda"}, claims(ex)


# --- the purpose of the participle that moved a state's troops is theirs --------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # the batch's
        (
            "Intelligence estimates put the number of Libyan troops flown into Uganda to help "
            "Amin at no more than 600.",
            "1979-03-26",
            ("Libya", "backs", "Amin"),
        ),
        (
            "French troops flown into Chad to defend President Habre set up a base in the north.",
            "1986-02-12",
            ("France", "backs", "Habre"),
        ),
        (
            "About 2,000 Cuban soldiers flown into Angola to defend the MPLA government arrived "
            "in Luanda.",
            "1976-03-12",
            ("Cuba", "backs", "Angolan government"),
        ),
    ],
)
def test_troops_moved_to_help_back_whom_they_help(parse, text, date, claim):
    assert claim in claims(parse(text, date))


@pytest.mark.parametrize(
    "text",
    [
        # arms moved to help are no one who helps
        "Weapons shipped to Poland to help Ukraine arrived on Monday.",
        # troops sent by someone else: not their state's own help, nor the sender's supply
        "Kenyan troops sent by the UN to help Haiti arrived on Monday.",
    ],
)
def test_things_or_troops_sent_by_another_back_no_one(parse, text):
    got = claims(parse(text, "2024-06-26"))
    assert not any(r == "backs" for _, r, _ in got), got
    assert not any(p in ("Kenya", "United Nations") for p, _, _ in got), got


# --- an office of no state named on a speaker is named as written ----------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong", "written"),
    [
        # the batch's (before: claimed by El Salvador)
        (
            "Administration sources said the Sandinistas have given new help to the rebels in "
            "El Salvador.",
            "1989-11-19",
            ("Sandinistas (FSLN)", "backs", "rebels"),
            "El Salvador",
            "administration sources",
        ),
        # another war (before: claimed by Ukraine)
        (
            "Australia will keep arming Ukraine with armoured vehicles, Foreign Minister Penny "
            "Wong said.",
            "2023-03-12",
            ("Australia", "supplies", "Ukraine"),
            "Ukraine",
            "Foreign Minister Penny Wong",
        ),
    ],
)
def test_an_office_of_no_state_is_not_the_conflicts_state(parse, text, date, claim, wrong, written):
    got = {c[3] for c in claimed(parse(text, date)) if c[:3] == claim}
    assert wrong not in got, got
    assert got == {written}, got


@pytest.mark.parametrize(
    ("text", "date", "claim", "by"),
    [
        # the office itself speaking (a minister filed from the conflict's country telling of
        # another state is named as written: tests/test_stances_review32.py)
        (
            "The government said Rwanda backs the M23 rebels in Congo.",
            "2013-03-12",
            ("Rwanda", "backs", "M23"),
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_an_office_speaking_itself(parse, text, date, claim, by):
    got = {c[3] for c in claimed(parse(text, date)) if c[:3] == claim}
    assert got == {by}, got


# --- an armed group's generic noun named by the organisation set beside it --------------------


@pytest.mark.parametrize(
    ("text", "date", "generic", "claim"),
    [
        # the batch's (before: "movement" opposes the Chadian government)
        (
            "That movement, the Military Command Council for the Salvation of the Republic "
            "(CCMSR), has fought Chadian forces several times near the Libyan border.",
            "2019-02-04",
            "movement",
            ("Military Command Council", "opposes", "Chadian government"),
        ),
        # another war (before: no claim)
        (
            "The group, the Islamic Front, has fought Syrian government forces near Aleppo.",
            "2016-02-04",
            "group",
            ("Islamic Front", "opposes", "Syrian government (Assad)"),
        ),
    ],
)
def test_a_generic_group_is_named_by_its_apposition(parse, text, date, generic, claim):
    got = claims(parse(text, date))
    assert claim in got, got
    assert not any(p == generic for p, _, _ in got), got


def test_a_people_beside_armed_men_names_no_group(parse):
    text = "Foreign fighters, mostly Chechens, have fought Syrian government forces near Aleppo."
    assert not any(p == "Chechens" for p, _, _ in claims(parse(text, "2016-02-04")))
