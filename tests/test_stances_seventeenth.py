"""The seventeenth pass on who backs whom, from a fresh batch of real news nobody had tuned on
(``benchmarks/data/stances_fresh``: Somalia in 2009, the M23 in 2013, South Sudan's talks in
Addis Ababa, Syria in 2015, Russia's arms to the Central African Republic): a foe the parser
glues into the helped's phrase; support told of by reports, or said to be outside, is not the
reader's; talks held in a third country are not its war; a headline above a dateline; a
dateline in the supplier's capital; a dateline far from the story; "the country" in conflict.
Each class on the batch's sentence and on sentences of other names written for the tests,
beside those that must not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a foe glued into the helped's phrase ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "not_claim"),
    [
        # before: the United States opposing the Somali government it arms
        (
            "U.S. sends weapons to help Somali government fight rebels",
            "2009-06-26",
            ("United States", "opposes", "rebels"),
            ("United States", "opposes", "Somali government"),
        ),
        # before: "Nigerian army fight insurgents" as the foe
        (
            "Britain sent trainers to help Nigerian army fight insurgents in the northeast.",
            "2015-03-03",
            ("United Kingdom", "opposes", "insurgents"),
            ("United Kingdom", "opposes", "Nigerian army fight insurgents"),
        ),
        # before: no backing (the helped hung on the verb as its compound)
        (
            "Chad sent 2,000 soldiers to help Cameroonian army fight Boko Haram.",
            "2015-03-03",
            ("Chad", "backs", "Cameroonian government"),
            ("Chad", "opposes", "Cameroonian government"),
        ),
    ],
)
def test_a_foe_glued_to_the_helped_is_read_after_its_verb(parse, text, date, claim, not_claim):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert not_claim not in claims(ex), claims(ex)


def test_a_help_parsed_apart_is_read_as_before(parse):
    # must not change
    ex = parse("Russia sent weapons to help Syria's government fight the rebels.", "2015-10-01")
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(ex), claims(ex)
    assert ("Russia", "opposes", "Syrian opposition") in claims(ex), claims(ex)


# --- support told of by reports, or someone else's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "power"),
    [
        # before: the United States backing the M23 (the fresh batch's sentence)
        (
            "US Secretary of State John Kerry chaired a special session of the UN Security "
            "Council on the matter and said he was deeply concerned by reports that outside "
            "support to the M23 had resumed.",
            "United States",
        ),
        # before: France backing the Seleka rebels
        (
            "France said it was worried by reports of outside support for the Seleka rebels.",
            "France",
        ),
        # before: the European Union backing the Houthis
        (
            "The EU foreign policy chief said she was alarmed by reports that foreign support "
            "to the Houthis had grown.",
            "European Union",
        ),
    ],
)
def test_support_reports_tell_of_is_not_the_readers(parse, text, power):
    ex = parse(text, "2013-07-25")
    assert not any(c[0] == power and c[1] == "backs" for c in claims(ex)), claims(ex)


@pytest.mark.parametrize(
    ("text", "claim", "negated"),
    [
        # must not change: the owner named
        ("Iran has stepped up its support for the Houthis.", ("Iran", "backs", "Houthis"), False),
        ("Rwanda rejected reports of its support for the M23.", ("Rwanda", "backs", "M23"), True),
    ],
)
def test_support_with_its_owner_named_stays(parse, text, claim, negated):
    ex = parse(text, "2013-07-25")
    assert claim in claims(ex, negated=negated), claims(ex, negated=negated)


# --- talks held in a third country -----------------------------------------------------------

IGAD = "Intergovernmental Authority on Development (IGAD)"


def test_talks_held_abroad_are_not_the_hosts_war(parse):
    # before: both claims in "Ethiopia (2010s)", and IGAD mediating Ethiopia
    ex = parse(
        "South Sudan peace talks resume in Addis Ababa\n\n"
        "ADDIS ABABA, Ethiopia - Peace talks between South Sudan's government and rebels "
        "resumed on Monday in Addis Ababa, with the Intergovernmental Authority on Development "
        "(IGAD) as mediator.\n\n"
        "IGAD's chief mediator, former Ethiopian foreign minister Seyoum Mesfin, still hopes "
        "the two sides will agree on a transitional government.",
        "2014-08-04",
    )
    assert theatre_of(ex, IGAD, "South Sudan") == {"South Sudan"}, claims(ex)
    assert theatre_of(ex, IGAD, "rebels") == {"South Sudan"}, claims(ex)
    assert not any(c[0] == IGAD and "Ethiopia" in c[2] for c in claims(ex)), claims(ex)


def test_talks_held_abroad_with_their_country_named_stay(parse):
    # must not change: Sudan's talks in Addis Ababa were Sudan's already (since sidesq25 in
    # the 2010s' war, not in the listed war of the army and the RSF, which began in 2023)
    ex = parse(
        "ADDIS ABABA, Ethiopia - Peace talks between Sudan's government and rebels from South "
        "Kordofan resumed on Monday in Addis Ababa, with the African Union as mediator.",
        "2016-05-03",
    )
    assert theatre_of(ex, "African Union", "rebels") == {"Sudan (2010s)"}, claims(ex)


# --- datelines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "power", "party"),
    [
        # before: in Lebanon (the headline's places read as the dateline's)
        (
            "75 US-trained rebels enter Syria from Turkey\n\n"
            "BEIRUT - A group of 75 rebels newly trained by the US and its coalition partners in "
            "Turkey to fight extremists entered northern Syria, a monitoring group said.",
            "United States",
            "Syrian opposition",
        ),
        (
            "Rebels enter Aleppo from Turkey\n\n"
            "BEIRUT - A column of 200 rebels trained by Turkey entered northern Syria on Sunday, "
            "a monitoring group said.",
            "Turkey",
            "Syrian opposition",
        ),
    ],
)
def test_a_headline_is_no_part_of_the_dateline_under_it(parse, text, power, party):
    ex = parse(text, "2015-09-20")
    assert theatre_of(ex, power, party) == {"Syria"}, claims(ex)


CAR_STORY = (
    "Russia delivers new batch of weapons to Central African Republic\n\n"
    "MOSCOW - Russia has delivered a second batch of weapons to the Central African Republic in "
    "two years, Foreign Minister Sergei Lavrov said on Thursday.\n\n"
    "Moscow gave hundreds of weapons and sent 175 instructors to the country early last year "
    "to strengthen the government's fight against armed militias.\n\n"
    "The country has been in near-constant conflict since 2013, when a mostly Muslim rebel "
    "coalition ousted the president and Christian militias took revenge."
)


def test_a_dateline_in_the_suppliers_capital_is_where_it_was_filed(parse):
    # before: the lead's supply in a war named "Russia"
    ex = parse(CAR_STORY, "2019-09-27")
    names = {t.id: t.name for t in ex.theatres}
    got = {names[s.theatre] for s in ex.stances if s.power == "Russia"}
    assert got == {"Central African Republic"}, claims(ex)


def test_the_country_in_conflict_is_the_one_named_before(parse):
    # before: the rebel coalition opposing "president (Russia)", in a war named "Russia"
    ex = parse(CAR_STORY, "2019-09-27")
    assert not any("Russia" in c[2] for c in claims(ex) if c[0] != "Russia"), claims(ex)


def test_a_dateline_far_from_the_story_and_strikes_say_who_strikes(parse):
    # before: Iran backing the "Russian government", in a war named "Russia"
    ex = parse(
        "Syrian rebels draw together against Russia\n\n"
        "GAZIANTEP, Turkey - Russia's military intervention in Syria is pushing the country's "
        "scattered rebel groups to fight together against the ground offensives launched this "
        "week by President Bashar al-Assad's forces in the centre and northwest.\n\n"
        "Commanders of insurgent battalions favoured by the West say the trend will grow as "
        "government soldiers and fighters of the Iranian-trained National Defence Forces go on "
        "the attack with Russian air strikes in support.",
        "2015-10-09",
    )
    iran = {c for c in claims(ex) if c[0] == "Iran"}
    assert iran == {("Iran", "backs", "Syrian government (Assad)")}, claims(ex)


def test_a_dateline_in_the_suppliers_capital_named_again_as_a_place_stays(parse):
    # must not change
    ex = parse(
        "China delivers armoured vehicles to South Sudan\n\n"
        "BEIJING - China has delivered armoured vehicles to the government of South Sudan, "
        "officials said. Beijing sent a first batch last year.",
        "2014-07-03",
    )
    assert theatre_of(ex, "China", "South Sudanese government") == {"South Sudan"}, claims(ex)


# --- a second organ with no words of its own ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "power", "party"),
    [
        # before: also backing "police" (the fresh batch's sentence)
        (
            "Obama is sending another 4,000 troops to Afghanistan, on top of the 17,000 he "
            "announced earlier, to train the Afghan army and police.",
            "United States",
            "Afghan government",
        ),
        (
            "Britain sent advisers to train the Iraqi army and police.",
            "United Kingdom",
            "Iraqi government",
        ),
    ],
)
def test_a_bare_second_organ_is_the_first_ones_states(parse, text, power, party):
    ex = parse(text, "2009-03-28")
    assert {c for c in claims(ex) if c[0] == power} == {(power, "backs", party)}, claims(ex)


# --- came to someone's aid ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wanted"),
    [
        # before: nothing (the fresh batch's sentence)
        (
            "Troops from Zimbabwe, Angola and Namibia came to Kabila's aid and stopped the "
            "rebels from taking Kinshasa.",
            "1998-09-29",
            {
                ("Zimbabwe", "backs", "Congolese government"),
                ("Angola", "backs", "Congolese government"),
                ("Namibia", "backs", "Congolese government"),
            },
        ),
        (
            "France rushed to the aid of the Ivorian government.",
            "2011-04-02",
            {("France", "backs", "Ivorian government")},
        ),
    ],
)
def test_who_comes_to_a_sides_aid_backs_it(parse, text, date, wanted):
    ex = parse(text, date)
    assert wanted <= claims(ex), claims(ex)


def test_aid_to_people_is_no_side(parse):
    # must not change: nothing
    ex = parse("Neighbours came to the aid of the flood victims.", "2011-04-02")
    assert not claims(ex), claims(ex)


# --- a state that accuses another of backing rebels -------------------------------------------

# the batch's story as its file holds it, less its date line (the reader takes that apart)
_CHAD_FILE = Path(__file__).resolve().parent.parent / "benchmarks/data/stances_fresh/docs"
CHAD_STORY = "\n".join(
    line
    for k, line in enumerate(
        (_CHAD_FILE / "q1-chad-sudan-2006.txt").read_text(encoding="utf-8").splitlines()
    )
    if k != 1
)


@pytest.mark.parametrize(
    ("text", "date", "power", "war"),
    [
        # before: the headline in a war named "Sudan" (the fresh batch's story)
        (CHAD_STORY, "2006-10-25", "Sudan", "Chad"),
        # before: "Conflict not stated"
        (
            "KINSHASA - Zaire accused Rwanda of arming the rebels.",
            "1996-10-25",
            "Rwanda",
            "Eastern DR Congo",
        ),
        (
            "BAMAKO - Mali accused Algeria of backing the rebels.",
            "2012-10-25",
            "Algeria",
            "Sahel insurgency",
        ),
    ],
)
def test_rebels_a_state_accuses_another_of_backing_are_its_own(parse, text, date, power, war):
    ex = parse(text, date)
    assert theatre_of(ex, power, "rebels") == {war}, claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # must not change: a place named
        (
            "Ethiopia accused Eritrea of backing rebels in Somalia.",
            "2006-10-25",
            "Eritrea",
            "rebels",
            "Somalia",
        ),
        # must not change: the accuser's country named as no place (it may fight abroad)
        (
            "Moscow accused Pakistan of arming the rebels.",
            "1986-10-25",
            "Pakistan",
            "rebels",
            "Conflict not stated",
        ),
    ],
)
def test_an_accusation_elsewhere_stays(parse, text, date, power, party, war):
    ex = parse(text, date)
    assert theatre_of(ex, power, party) == {war}, claims(ex)


# --- "with X as mediator" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wanted"),
    [
        # before: nothing (written after the batch's IGAD story, whose parse differs)
        (
            "Peace talks between the Afghan government and the Taliban opened in Doha on "
            "Monday, with Qatar as mediator.",
            "2019-05-04",
            {("Qatar", "mediates", "Afghan government"), ("Qatar", "mediates", "Taliban")},
        ),
        (
            "Talks between Colombia's government and the ELN opened, with Cuba and Norway as "
            "mediators.",
            "2016-05-04",
            {("Cuba", "mediates", "Colombia"), ("Norway", "mediates", "Colombia")},
        ),
    ],
)
def test_a_mediator_named_with_as_mediator(parse, text, date, wanted):
    ex = parse(text, date)
    assert wanted <= claims(ex), claims(ex)


def test_as_a_mediator_with_people_is_no_mediation(parse):
    # must not change: nothing
    ex = parse("He spoke with reporters as a mediator.", "2016-05-04")
    assert not claims(ex), claims(ex)
