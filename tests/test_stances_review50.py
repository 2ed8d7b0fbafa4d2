"""A reviewer's read of the thirty-sixth pass's rules on sentences where their trigger words
mean something else. The side a fighter is on: a side with an "of" of its own is whom that
"of" names, so "on Iran's side of the border" is a place, not Iran's side ("Iraqi troops fought
Iranian forces on Iran's side of the border" gave Iraq backs Iran). Another state's envoy: a
man whose own words name a group, or call him a rebel's, an opposition's or a former man,
speaks for no state ("the Taliban's Afghan negotiator Abdul Ghani Baradar" gave Qatar mediates
Afghanistan). Guards keep each rule's own cases.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a side of a border is a place, not a side in the war -----------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        # before: Iraq backs Iran
        (
            "Iraqi troops fought Iranian forces on Iran's side of the border.",
            "1982-06-01",
            ("Iraq", "backs", "Iran"),
        ),
        # before: Hezbollah backs the Lebanese government
        (
            "Hezbollah fought Israeli troops on Lebanon's side of the border.",
            "2006-06-01",
            ("Hezbollah", "backs", "Lebanese government"),
        ),
        # before: Pakistan backs the Indian government
        (
            "Pakistani soldiers fought on India's side of the Line of Control.",
            "1999-06-01",
            ("Pakistan", "backs", "Indian government"),
        ),
        # before: Rwanda backs Zaire
        (
            "Rwandan troops fought on Zaire's side of the lake.",
            "1994-06-01",
            ("Rwanda", "backs", "Zaire"),
        ),
    ],
)
def test_a_states_side_of_a_border_is_a_place(parse, text, date, wrong):
    got = claims(parse(text, date))
    assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # guards: the side a fighter is on, by its owner or its "of"
        (
            "Italian troops fought on Franco's side in Spain.",
            "1937-06-01",
            ("Italy", "backs", "Franco"),
        ),
        (
            "Chadian troops fought on the side of the French in Mali.",
            "2013-06-01",
            ("Chad", "backs", "France"),
        ),
        (
            "Hezbollah fighters fought on Assad's side in Qusayr.",
            "2013-06-01",
            ("Hezbollah", "backs", "Syrian government (Assad)"),
        ),
    ],
)
def test_the_side_a_fighter_is_on_still_backed(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


# --- a group's negotiator is no state's envoy -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mediator", "state"),
    [
        # before: Qatar mediates Afghanistan
        (
            "Qatar hosted talks between the Taliban's Afghan negotiator Abdul Ghani Baradar "
            "and the United States.",
            "2020-02-01",
            "Qatar",
            "Afghanistan",
        ),
        # before: Kenya mediates Sudan (and the Sudanese government, its foe)
        (
            "Kenya hosted talks between Sudanese rebel envoy Pagan Amum and the Sudanese "
            "government.",
            "2004-06-01",
            "Kenya",
            "Sudan",
        ),
        # before: Cuba mediates Colombia
        (
            "Cuba hosted talks between Colombian rebel negotiator Ivan Marquez and the government.",
            "2016-06-01",
            "Cuba",
            "Colombia",
        ),
    ],
)
def test_a_groups_negotiator_is_no_states_envoy(parse, text, date, mediator, state):
    got = claims(parse(text, date))
    assert (mediator, "mediates", state) not in got, got


@pytest.mark.parametrize(
    ("text", "date", "mediator", "state"),
    [
        # guards: a state's envoy stands for his state
        (
            "Qatar hosted talks between US envoy Zalmay Khalilzad and the Taliban.",
            "2020-02-01",
            "Qatar",
            "United States",
        ),
        (
            "Algeria mediated between US envoy Warren Christopher and Iran.",
            "1981-01-01",
            "Algeria",
            "United States",
        ),
    ],
)
def test_a_states_envoy_still_stands_for_it(parse, text, date, mediator, state):
    got = claims(parse(text, date))
    assert (mediator, "mediates", state) in got, got


# --- the subject of a verbless clause is no war's place ------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "nowhere"),
    [
        # before: the United Kingdom supplies "French government", filed in [France]
        (
            "Britain armed the government and France the rebels, diplomats said.",
            "1990-06-01",
            "United Kingdom",
            "government",
            "France",
        ),
        # before: filed in [France]
        (
            "Britain armed the rebels and France the government.",
            "1990-06-01",
            "United Kingdom",
            "rebels",
            "France",
        ),
        # before: filed in [Saudi Arabia]
        (
            "Egypt backed the republicans and Saudi Arabia the royalists.",
            "1965-06-01",
            "Egypt",
            "republicans",
            "Saudi Arabia",
        ),
    ],
)
def test_a_gapped_clauses_subject_is_no_wars_place(parse, text, date, power, party, nowhere):
    ex = parse(text, date)
    got = claims(ex)
    assert any(p == power and q == party for p, _, q in got), got
    assert nowhere not in theatre_of(ex, power, party), theatre_of(ex, power, party)


def test_a_gapped_clauses_own_party_is_still_the_war(parse):
    # guard: France's arms for Iraq and Israel's for Iran, each in its own party's war
    ex = parse("During the war, France armed Iraq and Israel Iran.", "1985-06-01")
    assert theatre_of(ex, "France", "Iraqi government") == {"Iraq"}, ex.stances
    assert theatre_of(ex, "Israel", "Iran") == {"Iran (1980s)"}, ex.stances


# --- a negotiator among the sides that talk is no mediator ----------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        # before: the PLO mediates Ahmed Qurei and the Israeli government
        (
            "Norway hosted talks between PLO negotiator Ahmed Qurei and Israeli officials.",
            "1993-06-01",
            "PLO",
        ),
        # before: the Taliban mediate (with) the United States
        (
            "Qatar hosted talks between the Taliban's Afghan negotiator Abdul Ghani Baradar "
            "and the United States.",
            "2020-02-01",
            "Taliban",
        ),
        # before: Sudan mediates the SPLA
        (
            "Kenya hosted talks between Sudanese government negotiator Idris Abdel Gadir and "
            "the SPLA.",
            "2005-06-01",
            "Sudan",
        ),
        # before: Colombia mediates the government
        (
            "Cuba hosted talks between Colombian rebel negotiator Ivan Marquez and the government.",
            "2016-06-01",
            "Colombia",
        ),
    ],
)
def test_a_negotiator_in_the_talks_is_no_mediator(parse, text, date, wrong):
    got = claims(parse(text, date))
    assert not any(p == wrong and r == "mediates" for p, r, _ in got), got


def test_a_mediators_own_noun_still_mediates(parse):
    # guard: the mediator named by his noun outside the sides that talk
    got = claims(
        parse(
            "African Union mediators met separately with Sudanese government envoys and the "
            "leaders of the uprising in Darfur.",
            "2004-12-01",
        )
    )
    assert any(p == "African Union" and r == "mediates" for p, r, _ in got), got


# --- a country the goods pass through is no war's place -------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "supplier", "recipient", "stop"),
    [
        # before: filed in [Syria]
        (
            "Iran shipped weapons through Syria to Hezbollah.",
            "1986-06-01",
            "Iran",
            "Hezbollah",
            "Syria",
        ),
        # before: filed in [Pakistan]
        (
            "The United States sent arms through Pakistan to the mujahideen.",
            "1985-06-01",
            "United States",
            "mujahideen",
            "Pakistan",
        ),
        # before: filed in [Uganda] (read alone, dated 2000)
        (
            "A Sudanese general has said that the United Arab Emirates sent military cargo "
            "through Uganda, the Central African Republic and Chad to the Rapid Support Forces "
            "(RSF), who are fighting the government.",
            "2000-06-01",
            "United Arab Emirates",
            "Rapid Support Forces (RSF)",
            "Uganda",
        ),
        # before: filed in [Thailand]
        (
            "China supplied arms to the Khmer Rouge through Thailand.",
            "1980-06-01",
            "China",
            "Khmer Rouge",
            "Thailand",
        ),
    ],
)
def test_a_country_the_goods_pass_through_is_no_wars_place(
    parse, text, date, supplier, recipient, stop
):
    ex = parse(text, date)
    assert (supplier, "supplies", recipient) in claims(ex), ex.stances
    assert stop not in theatre_of(ex, supplier, recipient), theatre_of(ex, supplier, recipient)
