"""A leader's men out of office are his faction, not his state.

"Yanukovych loyalists", "forces loyal to Ali Abdullah Saleh": while the leader holds office
they are his state's side; at a time the lexicon knows he did not (actors.json's
"in_office", compared with the article's day when the claim is of its year), they are his
own faction. Sentences from benchmarks/data/review55/sentences.txt and others written beside
them, of other leaders, wars and decades.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims


@pytest.mark.parametrize(
    ("text", "date", "wrong", "right"),
    [
        # before: Russia backs Ukraine (Yanukovych fled on 2014-02-22)
        (
            "Russia sheltered Yanukovych loyalists who fled Kiev.",
            "2014-03-01",
            ("Russia", "backs", "Ukraine"),
            ("Russia", "backs", "Viktor Yanukovych"),
        ),
        # before: the Houthis back the Yemeni government (Saleh left office in 2012)
        (
            "The Houthis fought beside forces loyal to Ali Abdullah Saleh in Aden.",
            "2015-03-01",
            ("Houthis", "backs", "Yemeni government"),
            ("Houthis", "backs", "Ali Abdullah Saleh"),
        ),
        # other leaders, years and verbs
        (
            "Russia sent weapons to forces loyal to Najibullah.",
            "1993-05-01",
            ("Russia", "supplies", "Afghan government"),
            ("Russia", "supplies", "Mohammad Najibullah"),
        ),
        (
            "Iran sent weapons to fighters loyal to Ali Abdullah Saleh.",
            "2016-06-01",
            ("Iran", "supplies", "Yemeni government"),
            ("Iran", "supplies", "Ali Abdullah Saleh"),
        ),
        (
            "Russia backed fighters loyal to Yanukovych in Donetsk.",
            "2015-01-10",
            ("Russia", "backs", "Ukraine"),
            ("Russia", "backs", "Viktor Yanukovych"),
        ),
        (
            "Iran armed Saddam loyalists in Fallujah.",
            "2004-02-01",
            ("Iran", "supplies", "Saddam Hussein government"),
            ("Iran", "supplies", "Saddam Hussein"),
        ),
    ],
)
def test_a_leaders_men_out_of_office_are_his_faction(parse, text, date, wrong, right):
    got = claims(parse(text, date))
    assert wrong not in got, got
    assert right in got, got


@pytest.mark.parametrize(
    ("text", "out", "held", "right", "faction"),
    [
        (
            "The Soviet Union sent weapons to forces loyal to Najibullah.",
            "1993-05-01",
            "1990-05-01",
            ("Soviet Union", "supplies", "Afghan government"),
            "Mohammad Najibullah",
        ),
        (
            "Iran sent weapons to fighters loyal to Ali Abdullah Saleh.",
            "2016-06-01",
            "2009-06-01",
            ("Iran", "supplies", "Yemeni government"),
            "Ali Abdullah Saleh",
        ),
        (
            "Russia backed fighters loyal to Yanukovych in Donetsk.",
            "2015-01-10",
            "2012-01-10",
            ("Russia", "backs", "Ukrainian government"),
            "Viktor Yanukovych",
        ),
        # in the year he left, before his last day: his state's still
        (
            "Russia backed Yanukovych loyalists in Kiev.",
            "2014-03-01",
            "2014-01-20",
            ("Russia", "backs", "Ukraine"),
            "Viktor Yanukovych",
        ),
    ],
)
def test_a_leaders_men_are_his_states_only_while_he_holds_office(
    parse, text, out, held, right, faction
):
    assert right in claims(parse(text, held))
    got = claims(parse(text, out))
    assert right not in got and (right[0], right[1], faction) in got, got


def test_loyalty_to_a_leader_out_of_office_names_no_backer(parse):
    # before: Syria backs the militias (Assad fled on 2024-12-08)
    got = claims(parse("Iran armed militias loyal to Assad.", "2025-03-01"))
    assert not {c for c in got if c[0] == "Syria"}, got
    got = claims(parse("Russia sent weapons to forces loyal to Najibullah.", "1993-05-01"))
    assert not {c for c in got if c[0] == "Afghanistan"}, got


def test_the_lexicon_knows_when_a_leader_held_office():
    from explorer.extract.lexicon import load_lexicon

    lex = load_lexicon()
    name = "Viktor Yanukovych"
    assert lex.out_of_office(name, "2015") and lex.out_of_office(name, "2014-03-01")
    assert not lex.out_of_office(name, "2014") and not lex.out_of_office(name, "2014-02-01")
    assert not lex.out_of_office("Vladimir Putin", "1990")  # no years: never known out


# --- a movement of a war the lexicon does not list fights at home ---------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "war"),
    [
        # before: [Morocco] (probe western-sahara-2020)
        (
            "The Polisario Front said it had resumed its armed struggle against Morocco after"
            " Moroccan troops broke up a protest at Guerguerat.",
            "2020-12-11",
            "Polisario Front",
            "Western Sahara",
        ),
        # others of the lexicon's movements, wars and decades (before: the state fought's)
        (
            "Polisario guerrillas fought Mauritanian troops.",
            "1979-06-01",
            "Polisario Front",
            "Western Sahara",
        ),
        ("SWAPO waged a guerrilla war against South Africa.", "1980-03-01", "SWAPO", "Namibia"),
        ("UNITA fought against Cuba.", "1987-03-01", "UNITA", "Angola"),
        ("Renamo waged war against Zimbabwe.", "1988-03-01", "Renamo", "Mozambique"),
        (
            "The LTTE waged war against India.",
            "1990-03-01",
            "Liberation Tigers of Tamil Eelam (LTTE)",
            "Sri Lanka",
        ),
    ],
)
def test_a_movement_fighting_is_in_its_homes_war(parse, text, date, power, war):
    ex = parse(text, date)
    names = {t.id: t.name for t in ex.theatres}
    got = {names[s.theatre] for s in ex.stances if s.power == power and s.relation == "opposes"}
    assert got == {war}, got
