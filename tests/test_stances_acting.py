"""A country named only as who acts is not where the war is: the adjective of an invasion or an
occupation names the invader, a backer's own country is not the conflict of the side it
backs, and a government named by its ruling party ("the MPLA government") does not become the
government of whichever country was left. No conflict beats a wrong one. Also: a party's home
among its listed wars, a named union that is no anaphora, the one accused who arms, an agent
two participles share, and weapons rushed or funnelled to a side. Each class on sentences
written for the tests, beside a wording that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

NOT_STATED = "Conflict not stated"

# --- who wages an invasion or an occupation is not where it is ------------------------------


def test_the_invaders_adjective_is_no_place(parse):
    ex = parse("Cuba sent troops to back the MPLA government against the South African invasion.")
    # before: Cuba backing the "South African government", in "South Africa"
    # sidesfix41: the lexicon lists the MPLA (Angola's), so its government is Angola's
    assert ("Cuba", "backs", "Angolan government") in claims(ex)
    assert not any("South Africa" in p for _, _, p in claims(ex))
    assert theatre_of(ex, "Cuba", "Angolan government") == {"Angola"}


@pytest.mark.parametrize(
    ("text", "war"),
    [
        # before: "United States"
        ("Iran backed Shiite militias during the American occupation.", NOT_STATED),
        # the occupation's object is where it is: as before
        ("Iran backed Shiite militias during the American occupation of Iraq.", "Iraq"),
    ],
)
def test_the_occupiers_adjective_is_no_place(parse, text, war):
    assert theatre_of(parse(text), "Iran", "Shiite militias") == {war}


# --- a country the article names only as an actor gives no conflict --------------------------


def test_an_actor_of_another_sentence_gives_no_conflict(parse):
    ex = parse(
        "Cuba sent troops to back the MPLA government against the South African invasion.\n\n"
        "Zaire and the United States backed the FNLA in the north."
    )
    # before: "Congolese government" in "Eastern DR Congo" (Zaire acts in the next sentence),
    # and the FNLA's backers in Zaire's own listed war
    # sidesfix41: the lexicon lists the MPLA (Angola's), so its government is Angola's
    assert ("Cuba", "backs", "Angolan government") in claims(ex)
    assert theatre_of(ex, "Cuba", "Angolan government") == {"Angola"}
    assert theatre_of(ex, "Zaire", "FNLA") == {NOT_STATED}
    assert theatre_of(ex, "United States", "FNLA") == {NOT_STATED}


def test_a_backers_own_country_is_not_the_war_of_those_fought(parse):
    ex = parse(
        "SALISBURY (Reuters) - Mozambique's Frelimo government backs Robert Mugabe's ZANLA"
        " guerrillas fighting the Smith regime."
    )
    # before: "Zimbabwe opposes Mozambican government" in "Mozambique"
    assert not any(p == "Mozambican government" for _, _, p in claims(ex))


@pytest.mark.parametrize(
    ("text", "power", "party", "war"),
    [
        # the government fought, named in the claim's sentence: as before
        (
            "Eritrea has armed Oromo rebels fighting the Ethiopian government, Addis Ababa"
            " charged.",
            "Eritrea",
            "Oromo",
            "Tigray war (Ethiopia)",  # undated: the country's listed war
        ),
        # a place said outright: as before
        ("Iran backs Shiite militias in Iraq.", "Iran", "Shiite militias", "Iraq"),
    ],
)
def test_a_country_named_otherwise_still_places_the_claim(parse, text, power, party, war):
    assert theatre_of(parse(text), power, party) == {war}


# --- a party listed in several wars is at home in its first ---------------------------------


def test_a_listed_party_is_placed_at_home_on_a_tie(parse):
    ex = parse(
        "Iran-backed Hezbollah has traded fire with Israel since Hamas attacked on October 7."
    )
    assert theatre_of(ex, "Iran", "Hezbollah") == {"Lebanon"}  # before: "Syria"


def test_a_named_war_of_two_states_is_found_by_its_keyword(parse):
    ex = parse(
        "The United States has sided with Britain in the Falklands conflict, offering"
        " intelligence and fuel to the British task force.",
        "1982-05-12",
    )
    # before: "United Kingdom"
    assert theatre_of(ex, "United States", "United Kingdom") == {"Falklands War"}


# --- a named union is not "the union" of an anaphora -----------------------------------------


def test_a_named_union_after_an_organisation_is_itself(parse):
    ex = parse(
        "Chinese troops poured across the Yalu River to support North Korea against United"
        " Nations forces.\n\nThe Soviet Union supplied the North Korean army with tanks and"
        " aircraft."
    )
    got = claims(ex)
    assert ("Soviet Union", "supplies", "North Korean government") in got
    assert not any(p == "United Nations" and r == "supplies" for p, r, _ in got)  # before


def test_the_alliance_still_names_the_organisation_before(parse):
    ex = parse(
        "NATO foreign ministers met on Tuesday.\n\nThe alliance is arming Ukraine against"
        " Russian forces."
    )
    assert claims(ex) == {("NATO", "supplies", "Ukraine")}
    # whom the arming is against is not where the war is: before, "Russia"
    assert theatre_of(ex, "NATO", "Ukraine") == {"Russia–Ukraine war"}


def test_a_title_naming_the_country_places_the_claim(parse):
    ex = parse(
        "Angola\n\nCuba sent troops to back the MPLA government against the South African invasion."
    )
    # before: the South African government; the invader's country is not the war's
    assert claims(ex) == {("Cuba", "backs", "Angolan government")}
    assert theatre_of(ex, "Cuba", "Angolan government") == {"Angola"}


# --- the one accused arms, not the accuser ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "of arming" on "Army": before, Moldova arming the separatists
        "Moldova accuses Russia's 14th Army of arming the separatists in Transnistria.",
        "Moldova accuses Russia of arming the separatists in Transnistria.",  # as before
    ],
)
def test_the_accused_arms(parse, text):
    assert claimed(parse(text)) == {("Russia", "supplies", "separatists", "Moldova")}


# --- an agent two participles share; weapons rushed or funnelled -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "by the CIA" on "armed" only: before, no claim
        "The Contra rebels, financed and armed by the CIA, attacked a farming cooperative in"
        " northern Nicaragua.",
        "The Contra rebels, armed by the CIA, attacked a farming cooperative in northern"
        " Nicaragua.",  # as before
    ],
)
def test_an_agent_shared_by_two_participles(parse, text):
    assert ("CIA", "supplies", "Contras") in claims(parse(text))  # listed since sidesfix41


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Washington has rushed munitions to Israel for its war against Hamas in Gaza.",
            ("United States", "supplies", "Israel"),
        ),
        (
            "Iran funnels weapons to the Houthis through Oman.",
            ("Iran", "supplies", "Houthis"),
        ),
    ],
)
def test_weapons_rushed_or_funnelled_are_supplied(parse, text, claim):
    assert claim in claims(parse(text))  # before: no claim


def test_troops_rushed_are_no_supply(parse):
    assert claims(parse("The Pentagon rushed troops to the region.")) == set()
