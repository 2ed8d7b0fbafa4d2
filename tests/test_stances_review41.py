"""What a reviewer found in the stance rules of stop 41 (sidesfix37, stancesq32), on sentences
written for the review from other wars and decades: each class beside a wording that must not
change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a patron named in the apposition of a state that fights armed men itself -------------


@pytest.mark.parametrize(
    ("text", "power", "party", "patron"),
    [
        (
            "Guatemala, a client state of the United States, fought leftist guerrillas.",
            "Guatemala",
            "guerrillas",
            "United States",
        ),
        (
            "Thailand, an ally of the US, fought the insurgents.",
            "Thailand",
            "insurgents",
            "United States",
        ),
        (
            "Morocco, an ally of France, fought the Polisario Front.",
            "Morocco",
            "Polisario Front",
            "France",
        ),
    ],
)
def test_a_patron_in_apposition_is_no_place_of_the_clients_own_fight(
    parse, text, power, party, patron
):
    ex = parse(text, published="2024-06-01")
    # before: filed in [United States] / [France], the patron's home
    got = theatre_of(ex, power, party)
    assert got and not any(patron in t for t in got)


def test_men_sent_to_fight_beside_a_patron_still_fight_in_its_home(parse):
    ex = parse("France, Chad's ally, sent jets to fight the rebels.", published="2024-06-01")
    assert theatre_of(ex, "France", "rebels") == {"Chad"}


# --- a war listed by its states alone, in a story that names one of them --------------------


def test_a_war_of_two_states_needs_both_or_a_word_of_its_own(parse):
    ex = parse(
        "Sultan Qaboos fought a Marxist rebellion in Dhofar. He won with the help of British "
        "troops and, later, of Iranian forces.",
        published="2024-03-03",
    )
    # before: [Iran–Israel war], a war of 2024 for a story of the 1970s; since the
    # gazetteer reads Dhofar by its English name (admin1fix), the fight is filed where it was
    got = theatre_of(ex, "Sultan Qaboos", "Marxist rebellion")
    assert got == {"Oman"}
    assert not any("Israel" in t or "Iran" in t for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles at Israel, and the United States backed Israel.",
        "The United States backed Israel after the strikes on Natanz.",
    ],
)
def test_a_war_of_two_states_both_named_or_its_word_stays(parse, text):
    ex = parse(text, published="2025-06-20")
    assert theatre_of(ex, "United States", "Israel") == {"Iran–Israel war"}


# --- fighting "between" two sides with no arms, staged or denied ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trade war between China and the United States has cost farmers billions.",
        "The price war between Saudi Arabia and Russia began in March.",
        "The cold war between the United States and the Soviet Union ended in 1991.",
        "The legal battle between Apple and Samsung lasted seven years.",
        "The diplomatic battle between Morocco and Algeria intensified.",
        "A simulated war between China and Taiwan ended with heavy losses for both.",
        "In the video game, a war between Japan and China erupts in 2030.",
    ],
)
def test_a_clash_of_no_arms_or_staged_is_no_claim(parse, text):
    # before: each of the two opposes the other
    assert claims(parse(text, published="2019-05-10")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denied that clashes between Russian and Georgian troops had broken out.",
        "Officials said reports that fighting between Chinese and Indian troops had erupted "
        "were false.",
    ],
)
def test_a_clash_denied_denies_no_side(parse, text):
    ex = parse(text, published="2019-05-10")
    # before: Russia does not oppose Georgia (a denial of a stance, not of an act)
    assert claims(ex) == set() and claims(ex, negated=True) == set()


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The war between Ethiopia and Eritrea killed 80,000 people.", "Ethiopia", "Eritrea"),
        (
            "Clashes between Kyrgyz and Tajik border guards killed 40 people.",
            "Kyrgyzstan",
            "Tajikistan",
        ),
    ],
)
def test_a_clash_of_arms_told_as_fought_stays(parse, text, a, b):
    got = claims(parse(text, published="2019-05-10"))
    assert {(a, "opposes", b), (b, "opposes", a)} <= got


# --- an ally in apposition whose fight is against no side -----------------------------------


def test_an_allys_fight_against_no_side_is_a_tie_in_no_war(parse):
    ex = parse(
        "Egypt, an ally of Saudi Arabia, fought inflation with rate rises.", published="2019-05-10"
    )
    # before: Egypt backs Saudi Arabia [Saudi Arabia] (on ccf7aea and 36afd5c), a war in the
    # patron's home; with the patron no place, Saudi Arabia backs Egypt [Egypt]
    got = {
        (s.power, s.party): {t.name for t in ex.theatres if t.id == s.theatre} for s in ex.stances
    }
    assert got and all(all("no conflict" in n for n in names) for names in got.values())


def test_an_ally_invaded_is_still_backed_by_its_patron(parse):
    ex = parse("Iraq invaded Kuwait, an ally of the United States.", published="1990-08-03")
    assert ("United States", "backs", "Kuwait") in claims(ex)


# --- a contest between firms no lexicon knows -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The battle between Microsoft and Google for AI talent has intensified.",
        "The battle between Apple and Samsung over patents lasted seven years.",
    ],
)
def test_a_battle_between_firms_is_no_claim(parse, text):
    # before: each firm opposes the other
    assert claims(parse(text, published="2024-05-10")) == set()


def test_a_war_between_an_armed_side_and_an_unlisted_body_stays(parse):
    got = claims(
        parse("The war between Hamas and Fatah in 2007 left Gaza divided.", published="2024-05-10")
    )
    assert ("Hamas", "opposes", "Fatah") in got


# --- a war of a kind, a war in a novel's chapter, a contest for a thing ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A war between Iran and Saudi Arabia is the region's worst fear.",
        "A war between Russia and NATO is what the Kremlin wants, the minister claimed.",
        "A war between Venezuela and Guyana begins in the novel's first chapter.",
        "The clash between France and Germany over farm subsidies has escalated.",
        "The battle between Spain and Portugal for the 2030 World Cup is over.",
    ],
)
def test_a_war_of_a_kind_staged_or_a_contest_is_no_claim(parse, text):
    # before: each of the two opposes the other
    assert claims(parse(text, published="2024-05-10")) == set()


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The battle between Russian and Ukrainian forces for Bakhmut killed thousands.",
            "Russia",
            "Ukraine",
        ),
        (
            "The war between Iran and Saudi Arabia is a war by proxies fought in Yemen.",
            "Iran",
            "Saudi Arabia",
        ),
    ],
)
def test_a_battle_for_a_place_or_a_known_war_stays(parse, text, a, b):
    assert (a, "opposes", b) in claims(parse(text, published="2024-05-10"))


# --- a state's "rules" are regulations, not its rule over a land ----------------------------


def test_a_states_rules_name_no_state(parse):
    ex = parse(
        "Opposition parties fought Chinese rules on investment in court.", published="2024-05-10"
    )
    # before: opposition parties oppose the Chinese government [China]
    assert claims(ex) == set()


def test_a_states_rule_still_names_the_state(parse):
    ex = parse(
        "Rebels fighting Portuguese rule in Angola were armed by the Soviet Union in the 1960s.",
        published="2024-05-10",
    )
    assert ("Rebels", "opposes", "Portugal") in claims(ex)
