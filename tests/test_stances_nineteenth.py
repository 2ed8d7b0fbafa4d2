"""The nineteenth pass on who backs whom, after a second fresh batch of real news
(``benchmarks/data/stances_fresh2``): a backing given as the reason for a penalty is the
penalised one's, a headline's claim before ", rebels say" is theirs, the people of "with the
help of" and a country's adjective on arms are who helps, not where, a country a place is
"near" is across a border, and a claim between a war's country and a state that wages it from
abroad is in that war. Each class on the batch's sentence and on sentences of other names,
beside those that must not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

_FRESH2 = Path(__file__).resolve().parent.parent / "benchmarks/data/stances_fresh2/docs"


def _story(name: str) -> str:
    return (_FRESH2 / f"{name}.txt").read_text(encoding="utf-8")


# --- a backing given as the reason for a penalty -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_power"),
    [
        # before: the EU backing Russia and opposing Ukraine (the batch's sentence)
        (
            "The European Union will impose new sanctions on Belarus and Iran for their support"
            " of Russia in its war against Ukraine, a spokesman said.",
            [("Belarus", "backs", "Russia"), ("Iran", "backs", "Russia")],
            "European Union",
        ),
        # before: Canada supplying Russia
        (
            "Canada imposed sanctions on North Korea for supplying shells to Russia.",
            [("North Korea", "supplies", "Russia")],
            "Canada",
        ),
        # before: the EU backing Russia
        (
            "The European Union punished Belarus for helping Russia invade Ukraine.",
            [("Belarus", "backs", "Russia")],
            "European Union",
        ),
        # must not change: "its" was the name before it already
        (
            "Britain imposed sanctions on Iran over its support for the Houthis.",
            [("Iran", "backs", "Houthis")],
            "United Kingdom",
        ),
    ],
)
def test_a_backing_that_is_a_penaltys_reason_is_the_penaliseds(parse, text, want, not_power):
    got = claims(parse(text, "2023-01-12"))
    for claim in want:
        assert claim in got, got
    assert not any(p == not_power for p, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # before: the Treasury backing Iran (the batch's sentence: the penalised are "entities
        # and people", no side)
        "The U.S. Treasury imposed sanctions on five entities and two people in China, Turkey,"
        " the United Arab Emirates and Iran for helping Iran buy parts for its drones.",
        # before: the United States backing Russia
        "The United States sanctioned Chinese firms for helping Russia build drones.",
    ],
)
def test_a_penalty_on_firms_makes_the_penaliser_no_backer(parse, text):
    got = claims(parse(text, "2023-09-28"))
    assert not any(r in ("backs", "supplies") for _, r, _ in got), got


def test_the_penalised_one_of_the_batchs_story(parse):
    ex = parse(_story("r08-eu-belarus-iran-2023"), "2023-01-12")
    got = claims(ex)
    assert ("Belarus", "backs", "Russia") in got, got
    assert not any(p == "European Union" and r == "backs" for p, r, _ in got), got
    assert ("European Union", "opposes", "Ukraine") not in got, got


# --- a headline's claim before ", rebels say" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "by"),
    [
        # before: the article's own claim (the batch's headline)
        (
            "Honduran troops aiding El Salvador, rebels say",
            "1982-06-29",
            ("Honduras", "backs", "El Salvador"),
            "rebels",
        ),
        # before: the article's own claims
        (
            "Rwandan troops helping M23 rebels, U.N. experts say",
            "2012-06-01",
            ("Rwanda", "backs", "M23"),
            "United Nations",
        ),
        (
            "Iranian advisers aiding Syrian army, rebels say",
            "2014-06-01",
            ("Iranian advisers", "backs", "Syrian government (Assad)"),
            "rebels",
        ),
        # must not change
        (
            "Iran arming Houthis, U.S. officials say",
            "2016-01-01",
            ("Iran", "supplies", "Houthis"),
            "United States",
        ),
    ],
)
def test_a_headlines_claim_before_its_speaker_is_the_speakers(parse, text, date, claim, by):
    got = claimed(parse(text, date))
    assert (*claim, by) in got, got


# --- who helps is not where ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # before: "Vietnamese government" in a war named "Vietnam" (the batch's sentence)
        (
            "In Cambodia, the government installed by Vietnam and backed by the Soviet Union"
            " holds power with the help of about 140,000 Vietnamese troops.",
            "1986-08-31",
            "Soviet Union",
            "Cambodian government",
            "Cambodia",
        ),
        # before: in "Germany"
        (
            "Ukraine will get more German air defence systems to keep fighting Russia.",
            "2023-03-01",
            "Ukraine",
            "Russia",
            "Russia–Ukraine war",
        ),
        # before: in "United Kingdom"
        (
            "Kyiv will receive British missiles to fight Russia.",
            "2023-03-01",
            "Ukraine",
            "Russia",
            "Russia–Ukraine war",
        ),
        # must not change
        (
            "The Afghan government survives with the support of 100,000 Soviet soldiers.",
            "1986-08-31",
            "Soviet Union",
            "Afghan communist government",
            "Soviet–Afghan War",
        ),
    ],
)
def test_who_helps_or_makes_the_arms_is_not_where(parse, text, date, power, party, war):
    ex = parse(text, date)
    assert theatre_of(ex, power, party) == {war}, ex.stances


# --- a country a place is near ------------------------------------------------------------


def test_a_country_a_place_is_near_is_not_the_war(parse):
    # before: in "Tunisia" (the batch's story: "the western mountains near Tunisia")
    ex = parse(_story("r01-britain-libya-tnc-2011"), "2011-07-27")
    assert theatre_of(ex, "United Kingdom", "rebels") == {"Libya"}, ex.stances
    # before: in "Turkey"
    text = (
        "Britain will give more support to the rebels and release frozen Syrian assets to"
        " them, a minister said. Rebel fighters may launch an offensive on a town in the hills"
        " near Turkey."
    )
    ex = parse(text, "2013-07-01")
    assert theatre_of(ex, "United Kingdom", "Syrian opposition") == {"Syria"}, ex.stances


def test_a_place_in_a_country_stays_where(parse):
    # must not change: "in the hills near Tunisia" is all the story says of where
    ex = parse("Britain backed the rebels, who fought in the hills near Tunisia.", "2011-07-27")
    assert theatre_of(ex, "United Kingdom", "rebels") == {"Tunisia"}, ex.stances


# --- a war's country against a state that wages the war from abroad ----------------------


@pytest.mark.parametrize(
    ("text", "date", "war"),
    [
        # before: in a war named "Russia" (the batch's sentence)
        (
            "Ukraine will get another round of U.S. military aid to keep fighting Russia.",
            "2023-11-21",
            "Russia–Ukraine war",
        ),
        # before: in "Russia"
        ("Kyiv vowed to keep fighting Russia.", "2023-03-01", "Russia–Ukraine war"),
        # must not change: before Russia waged the war (2014), no war of it (sidesfix37: a
        # state fought by a state with no place named is not filed in either's home)
        ("Kyiv vowed to keep fighting Russia.", "2010-03-01", "Conflict not stated"),
    ],
)
def test_a_claim_against_the_state_that_wages_the_war_is_that_war(parse, text, date, war):
    ex = parse(text, date)
    assert theatre_of(ex, "Ukraine", "Russia") == {war}, ex.stances


# --- recognised as who governs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "date", "power", "party"),
    [
        # before: nothing (the batch's three stories; the second's by its headline)
        ("r01-us-libya-tnc-2011", "2011-07-15", "United States", "Transitional National Council"),
        ("r01-britain-libya-tnc-2011", "2011-07-27", "United Kingdom", "Libyan rebels"),
        (
            "r01-us-formally-recognises-2011",
            "2011-07-16",
            "United States",
            "Transitional National Council",
        ),
    ],
)
def test_recognising_a_council_as_the_government_backs_it(parse, name, date, power, party):
    ex = parse(_story(name), date)
    assert (power, "backs", party) in claims(ex), ex.stances
    assert theatre_of(ex, power, party) == {"Libya"}, ex.stances


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # before: nothing
        (
            "The United States recognised opposition leader Juan Guaido as Venezuela's interim"
            " president.",
            "2019-01-24",
            ("United States", "backs", "Juan Guaido"),
        ),
        (
            "China recognised the Khmer Rouge as Cambodia's legitimate government.",
            "1979-01-01",
            ("China", "backs", "Khmer Rouge"),
        ),
    ],
)
def test_recognition_as_who_governs_in_other_wars(parse, text, date, claim):
    assert claim in claims(parse(text, date))


@pytest.mark.parametrize(
    "text",
    [
        # must not change: a right, a refusal, a recognition with no "as"
        "Israel recognised the right of the Palestinians to a state.",
        "Russia refused to recognise Guaido as president.",
        "Germany's early recognition of Croatia angered Belgrade.",
    ],
)
def test_other_recognitions_back_nobody(parse, text):
    assert not claims(parse(text, "2019-01-24")), text


# --- a lot of aid and who gets it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # before: nothing (the batch's headline and sentences)
        (
            "U.S. announces $100 million military package for Ukraine",
            ("United States", "supplies", "Ukraine"),
        ),
        (
            "The United States confirmed a new $1.3 billion military aid package for Ukraine.",
            ("United States", "supplies", "Ukraine"),
        ),
        (
            "The U.S. Defense Department announced a $400 million package of security"
            " assistance for Ukraine.",
            ("U.S. Defense Department", "supplies", "Ukraine"),
        ),
        (
            "Ukraine will get another round of U.S. military aid to keep fighting Russia.",
            ("United States", "backs", "Ukraine"),
        ),
        # before: nothing (other names)
        (
            "Germany approved a new tranche of military aid to Kyiv.",
            ("Germany", "supplies", "Ukraine"),
        ),
        ("The rebels received Iranian support.", ("Iran", "backs", "rebels")),
    ],
)
def test_a_lot_of_aid_backs_or_arms_its_receiver(parse, text, claim):
    got = claims(parse(text, "2023-07-19"))
    assert claim in got, got


@pytest.mark.parametrize(
    "text",
    [
        # must not change: a package of sanctions, talks, aid to no side
        "The EU agreed a sanctions package against Russia.",
        "Kyiv welcomed a round of talks with Moscow.",
        "Japan announced an aid package for earthquake victims in Turkey.",
    ],
)
def test_other_packages_back_nobody(parse, text):
    got = claims(parse(text, "2023-07-19"))
    assert not any(r in ("backs", "supplies") for _, r, _ in got), got


# --- hosting two sides' delegates; help of a people's troops -----------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "parties"),
    [
        # before: only "Colombia"
        (
            "Cuba is hosting the negotiators of the Colombian government and the FARC rebels in"
            " Havana.",
            "2016-03-01",
            "Cuba",
            {"Colombian government", "Revolutionary Armed Forces of Colombia (FARC)"},
        ),
        # before: nothing
        (
            "Qatar hosted representatives of the Taliban and of the Afghan government in Doha.",
            "2020-03-01",
            "Qatar",
            {"Taliban", "Afghan government"},
        ),
    ],
)
def test_hosting_two_sides_delegates_mediates_between_them(parse, text, date, power, parties):
    got = claims(parse(text, date))
    assert {(power, "mediates", p) for p in parties} <= got, got


def test_hosting_delegates_of_no_sides_mediates_nothing(parse):
    # must not change
    assert not claims(parse("Norway hosted the delegates of a trade fair.", "2020-03-01"))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # before: nothing
        (
            "In Lebanon, the Christian militias hold the east with the help of Israeli troops.",
            ("Israel", "backs", "Christian militias"),
        ),
        (
            "Government troops retook the port with Russian help.",
            ("Russia", "backs", "Government troops"),
        ),
    ],
)
def test_help_of_a_peoples_troops_backs_the_subject(parse, text, claim):
    assert claim in claims(parse(text, "1986-08-31"))


def test_help_of_people_who_are_no_side_backs_nobody(parse):
    # must not change
    assert not claims(
        parse("The rebels took the town with the help of local villagers.", "1986-08-31")
    )


# --- arms a possessive owns, passed on with no agent named --------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # before: nothing (the batch's sentence, whose parse hangs the clause on "parts")
        (
            "The U.S. Treasury imposed sanctions on five entities and two people in China,"
            " Turkey, the United Arab Emirates and Iran for helping Iran buy parts for its"
            " drones, which, Washington says, have been supplied to Russia for its war in"
            " Ukraine.",
            ("Iran", "supplies", "Russia", "United States"),
        ),
        # before: nothing
        ("Iran's drones have been supplied to Russia.", ("Iran", "supplies", "Russia", None)),
        (
            "North Korea's shells were shipped to Russia, officials say.",
            ("North Korea", "supplies", "Russia", "officials"),
        ),
    ],
)
def test_arms_an_owner_had_passed_on_are_its_supply(parse, text, claim):
    got = {(s.power, s.relation, s.party, s.claimed_by) for s in parse(text, "2023-09-28").stances}
    assert claim in got, got


@pytest.mark.parametrize(
    "text",
    [
        # must not change: goods that are no arms, arms of no named owner
        "Russia's grain was shipped to Egypt.",
        "Pyongyang has built up its stock of shells, which have been shipped to Russia.",
    ],
)
def test_other_goods_passed_on_are_no_supply(parse, text):
    assert not claims(parse(text, "2023-09-28")), text
