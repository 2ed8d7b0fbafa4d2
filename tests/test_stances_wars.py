"""Stances in news from more wars and decades (Kosovo, Chad, Mozambique, Somalia, Sudan, Angola,
Nicaragua, Libya): a pronoun the grammar ties to the object, an action standing for its power,
a host state's forces beside a foreign intervention, an object fronted by a relative clause,
aid owned by a power, talks hosted between named or unnamed sides, one state named two ways,
and a war filed where it is fought, not where the story was filed. Each class is tested on
sentences written for the tests, in the forms news uses, beside a wording that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- a pronoun the grammar gives, and an action that speaks for its power -------------------


def test_it_after_a_plural_subject_is_the_object(parse):
    ex = parse(
        "NATO air strikes backed the Kosovo Liberation Army in 1999 as it fought Serbian forces."
    )
    got = claims(ex)
    assert ("NATO", "backs", "Kosovo Liberation Army") in got
    assert ("Kosovo Liberation Army", "opposes", "Serbia") in got
    assert not any(p == "Kosovo" for p, _, _ in got)  # before: Kosovo opposing Serbia
    # the backed side's fight is in the backing's war
    assert theatre_of(ex, "NATO", "Kosovo Liberation Army") == theatre_of(
        ex, "Kosovo Liberation Army", "Serbia"
    )


def test_it_after_a_singular_subject_is_still_the_subject(parse):
    ex = parse("Russia backed the rebels in 2014 as it fought the Ukrainian army.")
    assert ("Russia", "opposes", "Ukraine") in claims(ex)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "US drones supported Kurdish fighters as they advanced on Raqqa.",
            ("United States", "backs", "People's Protection Units (YPG)"),
        ),
        (
            "French jets backed Chadian government forces as they drove Libyan troops out.",
            ("France", "backs", "Chadian government"),
        ),
    ],
)
def test_weapons_named_by_their_state_still_speak_for_it(parse, text, claim):
    # read so before this pass as well: the means-as-subject rule must not lose them
    assert claim in claims(parse(text)), text


def test_a_means_with_no_owner_backs_nobody(parse):
    ex = parse("Ethiopian troops, backed by MiG-23 jets, broke through Eritrean lines.")
    assert not ex.stances  # before: "MiG-23 jets" backing Ethiopia


# --- a host state's forces beside a foreign intervention ------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "French troops backed by Malian soldiers attacked jihadist positions near Gao.",
            ("France", "backs", "Malian government (junta)"),
        ),
        (
            "Kenyan troops, supported by Somali government soldiers, pushed toward the "
            "al-Shabaab stronghold of Kismayo.",
            ("Kenya", "backs", "Somali government"),
        ),
        (
            "Rwandan troops, backed by Mozambican soldiers, retook the port town of Mocimboa "
            "da Praia from Islamist insurgents.",
            ("Rwanda", "backs", "Mozambican government"),
        ),
    ],
)
def test_host_forces_beside_a_foreign_intervention(parse, text, claim):
    got = claims(parse(text))
    assert claim in got, text
    power, _, _ = claim
    assert not any(party.startswith(power) or party == power for _, _, party in got), text


def test_a_local_militia_backing_an_invader_is_kept_as_written(parse):
    ex = parse(
        "Israeli forces, backed by Christian militias, reached the outskirts of Beirut in 1982."
    )
    assert ("Christian militias", "backs", "Israel") in claims(ex)


# --- a relative clause's fronted object; aid owned by a power -------------------------------


def test_an_object_fronted_by_a_relative_clause(parse):
    ex = parse("The RSF, which the UAE is accused of arming, seized the town of Wad Madani.")
    assert claimed(ex) == {
        (
            "United Arab Emirates",
            "supplies",
            "Rapid Support Forces (RSF)",
            "unnamed sources",
        )
    }


def test_has_read_as_the_verb_keeps_its_subject_and_speaker(parse):
    ex = parse(
        "Eritrea has armed Oromo rebels fighting the Ethiopian government, Addis Ababa charged."
    )
    assert ("Eritrea", "supplies", "Oromo", "Ethiopia") in claimed(ex)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The United States resumed covert aid to UNITA in 1986.",
            ("United States", "backs", "UNITA"),
        ),
        (
            "Washington's military aid to the Contras was approved by Congress in 1986.",
            ("United States", "backs", "Contras"),
        ),
    ],
)
def test_aid_with_a_power_as_its_owner(parse, text, claim):
    assert claim in claims(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The European Union sent humanitarian aid to Gaza.",
        # a budget, in an article that names a war elsewhere
        "Iraq's invasion of Kuwait was rolled back by a coalition. US assistance to Egypt "
        "has helped rebuild its roads and ports.",
    ],
)
def test_aid_nobody_owns_or_not_for_a_war_is_no_stance(parse, text):
    # (the war's own sentence may oppose: "Iraq's invasion of Kuwait" is Iraq's, sidesfix73)
    aid = [s for s in parse(text).stances if s.relation in ("backs", "supplies")]
    assert not aid, text


def test_a_wish_that_someone_arm_a_side_is_no_stance(parse):
    assert not parse("Poland and the Baltic states want NATO to arm Kyiv.").stances
    # the plain claim still comes out
    got = claims(parse("The United States has armed Kyiv since 2022."))
    assert ("United States", "supplies", "Ukraine") in got


# --- talks hosted between sides -------------------------------------------------------------


def test_talks_between_the_two_sides_in_a_venue(parse):
    ex = parse(
        "Fighting between the army and the RSF has killed thousands in Sudan since April. "
        "Qatar hosted peace talks between the two sides in Doha."
    )
    assert ("Qatar", "mediates", "Sudan") in claims(ex)  # before: nothing (Doha read a side)


# --- one state named two ways; where a war is fought ----------------------------------------


def test_a_state_and_its_government_are_one_party_with_no_conflict_in_sight(parse):
    ex = parse("Russia supports Serbia, and Moscow has stood by the Serbian government.")
    assert claims(ex) == {("Russia", "backs", "Serbia")}
    assert theatre_of(ex, "Russia", "Serbia") == {"Serbia (no conflict stated)"}


def test_a_dateline_under_a_headline_is_where_the_story_was_filed(parse):
    text = (
        "Congress approves aid to rebels\nJune 25, 1986\n\n"
        "WASHINGTON (AP) - The House voted on Wednesday to send $100 million in military aid "
        "to the Contra rebels fighting Nicaragua's Sandinista government."
    )
    ex = parse(text)
    assert theatre_of(ex, "Contras", "Nicaragua") == {"Nicaragua"}


def test_a_dateline_named_again_in_the_story_is_a_place_of_it(parse):
    text = (
        "Israel advances\nJune 14, 1982\n\n"
        "SIDON, Lebanon - Israeli troops, backed by Christian militias, pushed north of Sidon "
        "on Monday. Syria has sent tanks to help PLO fighters."
    )
    assert theatre_of(parse(text), "Christian militias", "Israel") == {"Lebanon"}


def test_a_state_arming_a_foreign_organisation_is_not_a_war_at_home(parse):
    ex = parse("UNITA, which Washington began arming in 1986, took the town of Cuito Cuanavale.")
    # sidesfix41: UNITA is listed with its home, Angola, where Cuito Cuanavale is
    assert theatre_of(ex, "United States", "UNITA") == {"Angola"}


def test_it_after_a_plural_name_is_that_state(parse):
    # "the United Arab Emirates" is tagged plural, and is one state
    ex = parse(
        "The United Arab Emirates backs the Southern Transitional Council in Yemen's south, "
        "while in Sudan it is accused of arming the Rapid Support Forces."
    )
    assert ("United Arab Emirates", "supplies", "Rapid Support Forces (RSF)") in {
        (p, r, q) for p, r, q, _ in claimed(ex)
    }


def test_a_possessor_left_as_the_object_is_not_backed(parse):
    ex = parse("Germany was the first to back Slovenia's and Croatia's independence.")
    assert not ex.stances  # before: Germany backing Slovenia, in Bosnia's war
    assert ("Iran", "backs", "Hezbollah") in claims(
        parse("Iran backs Hezbollah's fighters in Syria.")
    )
