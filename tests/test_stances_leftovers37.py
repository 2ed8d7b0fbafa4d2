"""Wrong claims a probe of new wordings found, and the last stop's misses, each fixed as a kind
and tested on sentences of other wars: a phrasal stop ("cut off" the deliveries) and a
sending never made deny what they carry.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a stop told by a phrasal verb, a sending never made ------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Washington cut off arms shipments to the Saigon government in 1974.",
            "1974-08-01",
            ("United States", "supplies"),
        ),
        ("Libya cut off weapons deliveries to the IRA.", "1988-02-01", ("Libya", "supplies")),
        (
            "India never sent combat troops to fight for the Tamil rebels.",
            "1986-05-01",
            ("India", "backs"),
        ),
        (
            "The Soviet Union never sent soldiers to fight for the Viet Cong.",
            "1967-05-01",
            ("Soviet Union", "backs"),
        ),
    ],
)
def test_a_stop_or_a_sending_never_made_states_no_backing(parse, text, date, claim):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[:2] == claim], ex.stances
    assert [c for c in claims(ex, negated=True) if c[:2] == claim], ex.stances


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # a stop negated keeps the claim ("did not cut off" = went on)
        (
            "Moscow did not cut off arms deliveries to the Afghan government.",
            "1991-06-01",
            ("Soviet Union", "supplies"),
        ),
        # a hesitation never made keeps the purpose: the sending was made
        (
            "Iran never hesitated to send troops to fight for the Syrian government.",
            "2015-06-01",
            ("Iran", "backs"),
        ),
        # "cut off" on something else is no stop of the claim
        (
            "Iran armed the Houthis, who cut off the road to Aden.",
            "2015-06-01",
            ("Iran", "supplies"),
        ),
    ],
)
def test_a_stop_negated_or_elsewhere_keeps_the_claim(parse, text, date, claim):
    ex = parse(text, date)
    assert [c for c in claims(ex) if c[:2] == claim], ex.stances


# --- military advisers sent to a country -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power"),
    [
        ("Cuba sent military advisers to Ethiopia.", "1977-12-01", "Cuba"),
        ("Washington sent military advisers to Laos.", "1961-05-01", "United States"),
        ("Iran sent military advisers to Syria.", "2013-05-01", "Iran"),
    ],
)
def test_military_advisers_sent_to_a_country_supply_no_one(parse, text, date, power):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[:2] == (power, "supplies")], ex.stances


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # men sent to a side still supply it; arms named by an adjective still are arms
        ("Iran sent military advisers to the Houthis.", "2016-05-01", ("Iran", "supplies")),
        ("Poland sent armoured vehicles to Ukraine.", "2022-05-01", ("Poland", "supplies")),
        ("Germany sent military equipment to Ukraine.", "2022-05-01", ("Germany", "supplies")),
    ],
)
def test_men_sent_to_a_side_and_arms_sent_to_a_state_still_supply(parse, text, date, claim):
    ex = parse(text, date)
    assert [c for c in claims(ex) if c[:2] == claim], ex.stances


# --- the Falklands: a place, and the place of their war --------------------------------------


def test_the_falklands_are_a_place(geoparsing):
    gp, _ = geoparsing
    found = {
        t.name: t.candidate.country for t in gp.parse("Britain sent frigates to the Falklands.")
    }
    assert found.get("Falklands") == "FK", found


@pytest.mark.parametrize(
    "text",
    ["Britain rushed warships to the Falklands.", "Britain rushed destroyers to the Malvinas."],
)
def test_warships_sent_to_the_falklands_supply_no_one(parse, text):
    ex = parse(text, "1982-04-06")
    assert not [c for c in claims(ex) if c[1] == "supplies"], ex.stances


def test_a_claim_placed_on_the_falkland_islands_in_1982_is_of_the_falklands_war(parse):
    ex = parse(
        "Libya sent missiles to Argentina during the war over the Falkland Islands.", "1982-05-25"
    )
    assert theatre_of(ex, "Libya", "Argentina") == {"Falklands War"}, ex.stances


# --- a war is not where the ally's patron or a state fought lives ------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "home"),
    [
        # the patron of a tie is who stands with whom, no place of a war against a state
        (
            "Laos, an ally of Vietnam, fought Thailand.",
            "1987-12-01",
            "Laos",
            "Thailand",
            "Vietnam",
        ),
        (
            "Syria, a Soviet client state, fought Israel.",
            "1982-06-10",
            "Syria",
            "Israel",
            "Soviet Union",
        ),
        # a state fought with no place named is fought where its men are
        ("Libya fought Tanzania.", "1979-03-01", "Libya", "Tanzania", "Tanzania"),
        ("Cuba fought South Africa.", "1976-02-01", "Cuba", "South Africa", "South Africa"),
        (
            "China fought the United States and South Korea.",
            "1951-02-01",
            "China",
            "South Korea",
            "United States",
        ),
    ],
)
def test_a_war_is_not_filed_in_a_patrons_home_or_a_state_fought(
    parse, text, date, power, party, home
):
    ex = parse(text, date)
    wars = theatre_of(ex, power, party)
    assert wars, ex.stances
    # neither the patron's home nor the home of the state fought (nor the fighter's)
    assert not any(w.startswith((home, party, power)) for w in wars), wars


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # beside a fight against armed men, the patron's home may be where they fight
        (
            "France, Chad's ally, sent jets to fight the rebels.",
            "2015-05-01",
            "France",
            "Chad",
            "Chad",
        ),
        # a place named, or a listed war of the year, still files the fight
        ("Libya fought Tanzania near Kampala.", "1979-03-01", "Libya", "Tanzania", "Uganda"),
        ("Russia fought Ukraine.", "2023-03-01", "Russia", "Ukraine", "Russia–Ukraine war"),
        # an invasion is fought in the state invaded
        ("Iraq invaded Kuwait.", "1990-08-02", "Iraq", "Kuwait", "Kuwait"),
    ],
)
def test_a_fight_placed_or_listed_or_an_invasion_keeps_its_war(
    parse, text, date, power, party, war
):
    ex = parse(text, date)
    assert any(w.startswith(war) for w in theatre_of(ex, power, party)), ex.stances


def test_the_ally_that_fights_is_backed_by_its_patron_not_the_reverse(parse):
    ex = parse("Laos, an ally of Vietnam, fought Thailand.", "1987-12-01")
    assert ("Vietnam", "backs", "Laos") in claims(ex), ex.stances
    assert ("Laos", "backs", "Vietnam") not in claims(ex), ex.stances


# --- a war or clashes between two sides, told as happened --------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "a", "b"),
    [
        (
            "Clashes between Peru and Ecuador killed dozens of soldiers.",
            "1995-02-10",
            "Peru",
            "Ecuador",
        ),
        (
            "The war between Iraq and Iran has killed hundreds of thousands.",
            "1986-06-01",
            "Iraq",
            "Iran",
        ),
        (
            "Fighting between Libya and Chad broke out again in the north.",
            "1987-03-01",
            "Libya",
            "Chad",
        ),
        (
            "Border clashes between Thailand and Cambodia erupted on Friday.",
            "2011-02-05",
            "Thailand",
            "Cambodia",
        ),
        (
            "Hostilities between Eritrea and Djibouti ended in June.",
            "2008-06-20",
            "Eritrea",
            "Djibouti",
        ),
    ],
)
def test_a_war_or_clashes_between_two_states_set_each_against_the_other(parse, text, date, a, b):
    found = claims(parse(text, date))
    # a state may be named as its government in its own war ("Iraqi government")
    for power, party in ((a, b), (b, a)):
        assert [c for c in found if c[:2] == (power, "opposes") and c[2][:4] == party[:4]], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fears of a war between Greece and Turkey grew in the Aegean.", "1996-01-30"),
        ("Talks to end the war between Ethiopia and Eritrea opened in Algiers.", "2000-05-01"),
        ("A war between China and Japan would ruin both economies, analysts warned.", "2013-01-10"),
        ("There has been no war between India and China since 1962.", "2020-06-01"),
        ("Diplomats hope to prevent clashes between Serbia and Kosovo.", "2023-05-30"),
        ("Clashes between India and China could erupt again, officials said.", "2020-06-20"),
        ("The war between the two brothers over the estate went to court.", "2019-04-01"),
        ("A war between India and Pakistan was averted in 2002.", "2002-07-01"),
        ("A war between Venezuela and Guyana looms over the Essequibo.", "2023-12-05"),
        ("A war between Iran and Saudi Arabia is feared in the Gulf.", "2016-01-05"),
        ("A war between Morocco and Algeria is unlikely, diplomats said.", "2021-11-05"),
    ],
)
def test_a_war_feared_prevented_ended_by_talks_or_denied_sets_no_one_against_another(
    parse, text, date
):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[1] == "opposes"], ex.stances
    assert not [c for c in claims(ex, negated=True) if c[1] == "opposes"], ex.stances


def test_a_clash_between_two_armies_abroad_is_filed_where_it_is_told(parse):
    ex = parse("Fighting between Ugandan and Rwandan troops raged in Kisangani.", "2000-06-05")
    assert theatre_of(ex, "Uganda", "Rwanda") == {"Eastern DR Congo"}, ex.stances


# --- weapons supplied to another that struck, with no commas -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian missiles supplied to the Houthis struck Israel.",
        "Iranian drones supplied to the Houthis struck Israel.",
    ],
)
def test_weapons_supplied_to_another_are_not_their_makers_strike(parse, text):
    ex = parse(text, "2024-10-01")
    assert not [c for c in claims(ex) if c[:2] == ("Iran", "opposes")], ex.stances


def test_a_states_own_weapons_that_struck_still_oppose(parse):
    ex = parse("Iranian missiles struck Israel.", "2024-10-01")
    assert ("Iran", "opposes", "Israel") in claims(ex), ex.stances


# --- a political party named by no name of its own --------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The centrist party allied with the Social Democrats before the vote.", "2021-09-01"),
        ("The governing party backed the Liberals in the budget vote.", "2022-03-01"),
    ],
)
def test_a_party_of_politics_at_home_is_no_side(parse, text, date):
    ex = parse(text, date)
    assert not claims(ex), ex.stances


def test_a_party_named_by_its_name_stays_a_side(parse):
    ex = parse("The ruling Frelimo party is backed by troops from Zimbabwe.", "1987-01-01")
    assert [c for c in claims(ex) if c[:2] == ("Zimbabwe", "backs")], ex.stances


# --- "threw its weight behind" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        ("Libya threw its weight behind the Polisario Front.", "1976-03-01", ("Libya", "backs")),
        ("Iran has thrown its weight behind the Houthis.", "2015-04-01", ("Iran", "backs")),
    ],
)
def test_threw_its_weight_behind_a_side_backs_it(parse, text, date, claim):
    ex = parse(text, date)
    assert [c for c in claims(ex) if c[:2] == claim], ex.stances


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The senator threw her support behind the farm bill.", "2018-06-01"),
        ("The army threw the rebel leaders behind bars.", "2015-06-01"),
    ],
)
def test_thrown_behind_no_side_backs_nothing(parse, text, date):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[1] == "backs"], ex.stances


# --- a state's men whose state is never named --------------------------------------------------


def test_forces_of_no_named_state_are_no_party(parse):
    ex = parse("Moscow brokered a truce between the rebels and federal forces.", "1996-08-31")
    assert ("Russia", "mediates", "rebels") in claims(ex), ex.stances
    assert not [c for c in claims(ex) if c[2] == "forces"], ex.stances
