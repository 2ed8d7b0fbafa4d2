"""A reviewer's findings on this stop's second round of stance rules, each kind tried on
sentences of other wars. A stop someone is persuaded to make is made by the one persuaded: the
object of "persuade", "convince", "get" is the doer of the infinitive under it and the owner of
its "its" ("The UN persuaded Rwanda to halt its backing of the M23 rebels" tells that Rwanda
no longer backs them, nothing of the UN's); a persuading that failed or was only tried leaves
what was to stop going on.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a persuaded stop: the persuaded made it, the persuader backs nobody ---------------------


@pytest.mark.parametrize(
    ("text", "date", "stopped", "wrong"),
    [
        # the reviewer's (before: the persuader backs or supplies the party)
        (
            "The UN persuaded Rwanda to halt its backing of the M23 rebels.",
            "2013-05-01",
            ("Rwanda", "backs", "M23"),
            ("United Nations", "backs", "M23"),
        ),
        (
            "Washington persuaded Pakistan to halt its support for the Taliban.",
            "2001-10-01",
            ("Pakistan", "backs", "Taliban"),
            ("United States", "backs", "Taliban"),
        ),
        (
            "Britain persuaded France to stop arming the Libyan rebels.",
            "2011-05-01",
            ("France", "supplies", "Libyan rebels"),
            ("United Kingdom", "supplies", "Libyan rebels"),
        ),
        (
            "Moscow convinced Tehran to stop supplying weapons to Hezbollah.",
            "2010-05-01",
            ("Iran", "supplies", "Hezbollah"),
            ("Russia", "supplies", "Hezbollah"),
        ),
        # other wars
        (
            "Washington persuaded Pretoria to stop arming UNITA.",
            "1988-05-01",
            ("South Africa", "supplies", "UNITA"),
            ("United States", "supplies", "UNITA"),
        ),
        (
            "Paris convinced Libya to halt its support for the Polisario Front.",
            "1984-05-01",
            ("Libya", "backs", "Polisario Front"),
            ("France", "backs", "Polisario Front"),
        ),
    ],
)
def test_persuaded_stop_is_the_persuaded(parse, text, date, stopped, wrong):
    ex = parse(text, date)
    assert stopped in claims(ex, negated=True), claims(ex, negated=True)
    assert stopped not in claims(ex), claims(ex)
    assert wrong not in claims(ex), claims(ex)


def test_persuaded_conjuncts_each_stopped(parse):
    ex = parse(
        "The Arab League persuaded Syria and Iran to stop supplying weapons to the Houthis.",
        "2016-05-01",
    )
    got = claims(ex, negated=True)
    assert {("Syria", "supplies", "Houthis"), ("Iran", "supplies", "Houthis")} <= got, got
    assert ("Arab League", "supplies", "Houthis") not in claims(ex), claims(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Washington failed to persuade Pretoria to stop arming UNITA.",
        "Washington sought to convince Pretoria to stop arming UNITA.",
    ],
)
def test_persuading_not_done_leaves_it_going_on(parse, text):
    ex = parse(text, "1988-05-01")
    assert ("South Africa", "supplies", "UNITA") in claims(ex), claims(ex)
    assert ("United States", "supplies", "UNITA") not in claims(ex), claims(ex)


# --- a listed party's alias before the party was formed is the words as written --------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong"),
    [
        # the reviewer's (before: Saudi Arabia backs the STC, formed 2017; Qatar the LNA, 2014)
        (
            "In 1994, Saudi Arabia backed the southern separatists in Aden.",
            "1994-05-01",
            ("Saudi Arabia", "backs", "southern separatists"),
            ("Saudi Arabia", "backs", "Southern Transitional Council (STC)"),
        ),
        (
            "In 2011, Qatar armed the eastern forces in Benghazi against Muammar Gaddafi.",
            "2011-05-01",
            ("Qatar", "supplies", "eastern forces"),
            ("Qatar", "supplies", "Libyan National Army (LNA)"),
        ),
        # the passive, and a leader whose party came later (before: the LNA both times)
        (
            "In 2011, the eastern forces in Benghazi were backed by Qatar against Gaddafi.",
            "2011-05-01",
            ("Qatar", "backs", "eastern forces"),
            ("Qatar", "backs", "Libyan National Army (LNA)"),
        ),
        (
            "In 2011, Qatar backed Khalifa Haftar against Gaddafi.",
            "2011-05-01",
            ("Qatar", "backs", "Khalifa Haftar"),
            ("Qatar", "backs", "Libyan National Army (LNA)"),
        ),
        # another war (before: M23, formed 2012)
        (
            "In 2008, Rwanda backed the M23 rebels in North Kivu.",
            "2008-05-01",
            ("Rwanda", "backs", "M23 rebels"),
            ("Rwanda", "backs", "M23"),
        ),
    ],
)
def test_alias_before_party_formed_is_as_written(parse, text, date, claim, wrong):
    got = claims(parse(text, date))
    assert claim in got, got
    assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # once formed, the alias is the party
        (
            "In 2019, Saudi Arabia backed the southern separatists in Aden.",
            ("Saudi Arabia", "backs", "Southern Transitional Council (STC)"),
        ),
        ("In 2016, Egypt backed Khalifa Haftar.", ("Egypt", "backs", "Libyan National Army (LNA)")),
    ],
)
def test_alias_after_party_formed_is_the_party(parse, text, claim):
    got = claims(parse(text, text[3:7] + "-05-01"))
    assert claim in got, got


# --- a people named with "ethnic" is one side, and a side only with a war in sight -------------


def test_ethnic_people_one_party_whatever_the_case(parse):
    ex = parse(
        "Ethnic Serbs in Croatia were backed by Serbia in their war against Zagreb. "
        "Belgrade also armed the ethnic Serbs in Croatia.",
        "1992-05-01",
    )
    parties = {s.party for s in ex.stances if s.power == "Serbia"}
    assert "ethnic Serbs" in parties, parties
    assert "Ethnic Serbs" not in parties, parties


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's (before: Serbia backs ethnic Serbs, in a Croatia conflict)
        "Serbia backs the ethnic Serbs of Croatia.",
        # other peoples, no war in sight (before: a conflict in Estonia, in Romania)
        "Russia supports the ethnic Russians of Estonia.",
        "Hungary supports the ethnic Hungarians of Romania.",
    ],
)
def test_ethnic_people_no_side_without_a_war(parse, text):
    ex = parse(text, "2015-05-01")
    assert not ex.stances, claims(ex)
    assert not ex.theatres, [t.name for t in ex.theatres]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Armenia backs the ethnic Armenians of Nagorno-Karabakh in their fight against "
            "Azerbaijan.",
            ("Armenia", "backs", "ethnic Armenians"),
        ),
        (
            "Russia backed the ethnic Russians in Donbas as the war raged.",
            ("Russia", "backs", "ethnic Russians"),
        ),
    ],
)
def test_ethnic_people_a_side_with_a_war(parse, text, claim):
    got = claims(parse(text, "2015-05-01"))
    assert claim in got, got


def test_ethnic_people_a_side_against_a_named_foe(parse):
    ex = parse(
        "Turkey supports the ethnic Turks of Cyprus against the Greek Cypriot government.",
        "1974-05-01",
    )
    assert ("Turkey", "backs", "ethnic Turks") in claims(ex), claims(ex)
