"""A reviewer's guards on sidesmiss43's rules: "armed" right before the common noun it
modifies is that noun's adjective, not a clause folded into a subject ("Colombia armed forces
and police killed ..."); and the "by" after a supply noun that another noun acts on may be
that noun's agent ("the strikes on arms deliveries to Ukraine by Russia").

Sentences from benchmarks/data/review57/sentences.tsv (written before any run), of other
wars and decades, each beside one the rule must still read.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- "armed" an adjective of the noun right after it, in a joined subject -------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Colombia armed forces and police killed 17 FARC rebels near the border.", "2008-03-02"),
        ("Nigeria armed forces and Chadian troops attacked Boko Haram camps.", "2015-01-25"),
        ("Mali armed forces and French troops retook Diabaly.", "2013-01-20"),
        ("Kenya armed police and soldiers crossed into Somalia.", "2011-10-16"),
        ("Iraq armed forces and Iranian troops clashed near Basra.", "1980-10-01"),
        ("The United States armed forces and Britain attacked Iraq.", "1991-01-17"),
    ],
)
def test_armed_before_its_noun_in_a_joined_subject_is_no_arming(parse, text, date):
    # before: "Colombia --supplies--> Colombia armed forces", the state arming its own army
    got = claims(parse(text, date))
    assert not any(rel == "supplies" for _, rel, _ in got), got


def test_a_subject_with_armed_forces_keeps_its_claims(parse):
    # before: the subject cut to "American advisers", the Philippine forces' fight lost
    got = claims(
        parse(
            "The Philippines armed forces and American advisers fought the Maute group in Marawi.",
            "2017-06-05",
        )
    )
    assert not any(rel == "supplies" for _, rel, _ in got), got
    assert any(rel == "opposes" and "Philippines" in p for p, rel, _ in got), got


def test_two_clauses_alike_are_still_read_as_two(parse):
    # the guard keeps the folded reading where the verb repeats ("Libya armed rebels and
    # France armed the army"), beside the adjective it must leave
    got = claims(
        parse("Libya armed Goukouni's rebels and France armed the Chadian army.", "1983-08-09")
    )
    assert {p for p, rel, _ in got if rel == "supplies"} == {"Libya", "France"}, got
    got = claims(parse("Libya armed rebels and France armed the Chadian army.", "1983-08-09"))
    assert {p for p, rel, _ in got if rel == "supplies"} == {"Libya", "France"}, got
    got = claims(parse("Chad armed forces and France fought the rebels.", "1983-08-09"))
    assert not any(rel == "supplies" for _, rel, _ in got), got


# --- the "by" of a noun acting on the supply --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        (
            "The strikes on arms deliveries to Ukraine by Russia continued through the winter.",
            "2023-02-01",
            ("Russia", "supplies", "Ukraine"),
        ),
        (
            "The suspension of arms exports to Israel by Spain angered Jerusalem.",
            "2024-05-01",
            ("Spain", "supplies", "Israel"),
        ),
    ],
)
def test_the_agent_of_a_noun_acting_on_a_supply_is_no_supplier(parse, text, date, wrong):
    assert wrong not in claims(parse(text, date))


def test_the_agent_of_a_supply_noun_is_still_its_supplier(parse):
    got = claims(
        parse("The strikes on arms deliveries to Ukraine by Russia continued.", "2023-02-01")
    )
    assert ("Russia", "supplies", "Ukraine") not in got, got
    got = claims(
        parse(
            "The delivery of Exocet missiles to Argentina by France came before the war.",
            "1982-05-10",
        )
    )
    assert ("France", "supplies", "Argentina") in got, got


# --- a name joined straight after the object runs into the sentence's own verb ----------------


def test_a_name_joined_to_the_object_before_a_verb_with_no_subject_is_its_subject(parse):
    # "[China armed Pakistan and India] mobilised", the first clause the complement of the
    # second verb: before, China armed India
    got = claims(parse("China armed Pakistan and India mobilised.", "1965-09-05"))
    assert ("China", "supplies", "Pakistan") in got, got
    assert ("China", "supplies", "India") not in got, got
    # a list set off by a comma before a verb of saying keeps its reading
    got = claims(parse("Iran arms the Houthis, the United States and Britain said.", "2016-10-01"))
    assert ("Iran", "supplies", "Houthis") in got, got
    assert not any(p == "Iran" and party != "Houthis" for p, _, party in got), got
    # the joined name's own words with a phrase set off by a comma that says it: still joined
    got = claims(
        parse(
            "KABUL (Reuters) - The United States has brokered a cease-fire between a renegade "
            "Afghan militia leader and the embattled governor of the western province of "
            "Herat, Washington's envoy to Kabul said Tuesday.",
            "2004-08-17",
        )
    )
    assert ("United States", "mediates", "governor of Herat") in got, got


# --- a gapped clause after the "of" name of a verb's object ----------------------------------


def test_a_gapped_clause_after_the_objects_of_name_is_no_joined_name(parse):
    # before: "the government of [Bashar al-Assad and the United States]", Russia backed the
    # United States
    got = claims(
        parse(
            "Russia backed the government of Bashar al-Assad and the United States the Syrian "
            "Democratic Forces.",
            "2016-10-01",
        )
    )
    assert ("Russia", "backs", "United States") not in got, got
    assert ("Russia", "backs", "Syrian government (Assad)") in got, got
    assert ("United States", "backs", "Syrian Democratic Forces (SDF)") in got, got
    # the verb's own object's gap, read as before
    got = claims(
        parse("India supported the Northern Alliance and Pakistan the Taliban.", "1999-10-01")
    )
    assert ("Pakistan", "backs", "Taliban") in got, got
