"""What the last stop's stance passes left, each as a kind, on sentences of other wars: an
attack on a state's men with no place named is not filed at their home; an alliance named in
passing is a tie both ways (the one fought is backed), a client or proxy is backed by whom it
serves; a go-between acted on is no one's mediator; states' words joined on one noun of armed
men or weapons are each state's own; a strike by a state's weapons opposes the state struck
when the two are the principals of one listed war, and the false readings probed first.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- an attack on men is fought where they are, not at their home --------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "home"),
    [
        (
            "North Korean troops invaded South Korea, and Chinese troops later attacked"
            " American forces.",
            "1950-06-25",
            "China",
            "United States",
            "United States",
        ),
        (
            "North Vietnamese troops attacked American soldiers.",
            "1968-01-31",
            "North Vietnam",
            "United States",
            "United States",
        ),
        (
            "Cuban troops attacked South African forces.",
            "1988-03-23",
            "Cuba",
            "South Africa",
            "South Africa",
        ),
        (
            "Libyan troops attacked Chadian forces.",
            "1987-08-01",
            "Libya",
            "Chad",
            "Chad",
        ),
    ],
)
def test_an_attack_on_men_is_not_filed_at_their_home(parse, text, date, power, party, home):
    """The men's state says whose they are, not where they fight: with no place named, the
    claim is where else the text places the fighting, or not stated."""
    ex = parse(text, date)
    assert (power, "opposes", party) in claims(ex), claims(ex)
    assert home not in theatre_of(ex, power, party)


def test_an_attack_on_men_goes_where_the_text_places_the_war(parse):
    ex = parse(
        "North Korean troops invaded South Korea, and Chinese troops later attacked American"
        " forces.",
        "1950-06-25",
    )
    assert theatre_of(ex, "China", "United States") == {"South Korea"}
    ex = parse(
        "The battle for Cuito Cuanavale in southern Angola lasted for months. Cuban troops"
        " attacked South African forces.",
        "1988-03-23",
    )
    assert theatre_of(ex, "Cuba", "South Africa") == {"Angola"}


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # a place named, a listed war, a state attacked: as before
        ("Chinese troops attacked American forces in Korea.", "1950-11-25", "China",
         "United States", "North Korea"),
        ("Iraqi troops attacked American troops in Khafji.", "1991-01-29", "Iraq",
         "United States", "Saudi Arabia"),
        ("Ukrainian troops attacked Russian soldiers.", "2014-09-01", "Ukraine", "Russia",
         "Russia–Ukraine war"),
        ("Eritrean troops attacked Ethiopia.", "1998-05-06", "Eritrea", "Ethiopia",
         "Ethiopia (1990s)"),
    ],
)  # fmt: skip
def test_an_attack_placed_by_the_text_stays(parse, text, date, power, party, war):
    ex = parse(text, date)
    assert theatre_of(ex, power, party) == {war}


# --- an ally is a tie both ways; a client or proxy is backed by whom it serves ---------------


@pytest.mark.parametrize(
    ("text", "date", "patron", "ally", "war"),
    [
        (
            "Iraq invaded neighbouring Kuwait, an ally of the United States.",
            "1990-08-02",
            "United States",
            "Kuwait",
            "Kuwait",
        ),
        ("Libya invaded Chad, an ally of France.", "1983-08-01", "France", "Chad", "Chad"),
        (
            "Russia invaded Georgia, an ally of the United States.",
            "2008-08-08",
            "United States",
            "Georgia",
            "Georgia",
        ),
    ],
)
def test_the_ally_fought_is_the_one_backed(parse, text, date, patron, ally, war):
    ex = parse(text, date)
    assert (ally, "backs", patron) not in claims(ex), claims(ex)
    assert (patron, "backs", ally) in claims(ex), claims(ex)
    assert theatre_of(ex, patron, ally) == {war}


@pytest.mark.parametrize(
    ("text", "date", "power", "party"),
    [
        ("Pakistan, an ally of China, tested a missile.", "2024-01-01", "Pakistan", "China"),
        ("Cuba, a Soviet ally, sent troops to Angola.", "1985-01-01", "Cuba", "Soviet Union"),
    ],
)
def test_an_alliance_told_in_passing_is_no_war_at_the_allys_home(parse, text, date, power, party):
    ex = parse(text, date)
    assert theatre_of(ex, power, party) <= {f"{party} (no conflict stated)"}, theatre_of(
        ex, power, party
    )
    assert not [s for s in ex.stances if s.party == "Soviet government"]


def test_a_backing_of_its_own_tells_the_way_of_the_tie(parse):
    ex = parse("The United States armed Israel, its closest ally in the region.", "2024-01-01")
    assert ("Israel", "backs", "United States") not in claims(ex)
    assert ("United States", "supplies", "Israel") in claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Saudi jets bombed the Houthis, a proxy of Iran.",
            "2019-05-01",
            ("Iran", "backs", "Houthis"),
        ),
        (
            "Saudi jets bombed the Houthis, an Iranian proxy.",
            "2019-05-01",
            ("Iran", "backs", "Houthis"),
        ),
        (
            "Somalia attacked Ethiopia, a client of the Soviet Union.",
            "1978-01-01",
            ("Soviet Union", "backs", "Ethiopia"),
        ),
    ],
)
def test_a_proxy_or_client_is_backed_by_whom_it_serves(parse, text, date, claim):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert (claim[2], "backs", claim[0]) not in claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "kept"),
    [
        (
            "Moscow denied arming Hezbollah, an ally of Iran.",
            "2019-05-01",
            ("Hezbollah", "backs", "Iran"),
        ),
        ("Greece, a client of the IMF, cut pensions.", "2012-05-01", None),
        ("Germany, a partner of China, signed the deal.", "2022-01-01", None),
    ],
)
def test_ties_that_are_not_between_two_states(parse, text, date, kept):
    """An ally that is no state is read as before; a customer and a partner back no one."""
    got = claims(parse(text, date))
    assert got == ({kept} if kept else set()), got


# --- a go-between acted on is no one's mediator ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power"),
    [
        (
            "Kenya expelled two brokers during the war between the army and the RSF.",
            "2023-05-01",
            "Kenya",
        ),
        (
            "Uganda arrested two mediators in the talks between the government and the LRA.",
            "2006-08-01",
            "Uganda",
        ),
        (
            "Egypt welcomed the mediators between Israel and Hamas.",
            "2014-08-01",
            "Egypt",
        ),
    ],
)
def test_a_go_between_acted_on_is_not_the_subjects(parse, text, date, power):
    ex = parse(text, date)
    assert not [s for s in ex.stances if s.power == power], claims(ex)


def test_a_go_between_put_in_place_is_the_subjects(parse):
    ex = parse(
        "Kenya appointed two mediators in the war between the army and the RSF.", "2023-05-01"
    )
    assert any(p == "Kenya" and r == "mediates" for p, r, _ in claims(ex)), claims(ex)


# --- states' words joined on one noun of armed men are each state's own ----------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong"),
    [
        (
            "British and American jets shot down Iranian drones to help Israel.",
            "2024-04-14",
            ("United States", "backs", "Israel"),
            "American jets",
        ),
        (
            "Angolan and Zimbabwean troops entered Congo to defend Kabila.",
            "1998-08-02",
            ("Zimbabwe", "backs", "Congolese government"),
            "Zimbabwean troops",
        ),
        (
            "French and British warships supported the rebels in Libya.",
            "2011-03-20",
            ("United Kingdom", "backs", "rebels"),
            "British warships",
        ),
    ],
)
def test_joined_states_words_are_each_states_own(parse, text, date, claim, wrong):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert not [s for s in ex.stances if s.power == wrong]


# --- a strike by a state's weapons, between the two principals of a listed war --------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        (
            "Iranian drones struck Israel.",
            "2024-04-14",
            ("Iran", "opposes", "Israel"),
            "Iran–Israel war",
        ),
        (
            "The Israeli air force struck Iran.",
            "2024-10-26",
            ("Israel", "opposes", "Iran"),
            "Iran–Israel war",
        ),
        (
            "Russian missiles struck Ukraine.",
            "2022-03-01",
            ("Russia", "opposes", "Ukraine"),
            "Russia–Ukraine war",
        ),
        (
            "Russian jets struck Ukraine from Belarus.",
            "2022-03-01",
            ("Russia", "opposes", "Ukraine"),
            "Russia–Ukraine war",
        ),
        (
            "Ukrainian drones hit Russia.",
            "2023-05-30",
            ("Ukraine", "opposes", "Russia"),
            "Russia–Ukraine war",
        ),
        (
            "Azerbaijani drones struck Armenia.",
            "2020-10-01",
            ("Azerbaijan", "opposes", "Armenia"),
            "Nagorno-Karabakh",
        ),
    ],
)
def test_a_strike_by_a_states_weapons_opposes_the_state_struck(parse, text, date, claim, war):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {war}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a weapon fired by another than its maker
        ("Iranian drones struck Ukraine.", "2022-10-10"),
        ("American missiles hit Russia.", "2024-11-20"),
        # no two principals of one listed war: the Saudis back Yemen's government
        ("Saudi jets struck Yemen.", "2015-03-26"),
        ("Russian jets bombed Syria.", "2015-10-01"),
        ("Belarusian missiles hit Ukraine.", "2022-02-24"),
        # by mistake, not done, feared, denied, at home
        ("A Ukrainian missile hit Poland by accident.", "2022-11-15"),
        ("Russian missiles hit Belarus by mistake.", "2023-01-01"),
        ("Israeli jets did not strike Iran.", "2024-04-14"),
        ("Israeli jets could strike Iran.", "2024-04-14"),
        ("If Iranian drones struck Israel, the United States would respond.", "2024-04-14"),
        ("Iran denied that Iranian drones struck Israel.", "2024-04-14"),
        ("Russian missiles hit Belgorod in Russia.", "2023-01-01"),
        # not a state struck
        ("Israeli jets struck the Iranian embassy in Damascus.", "2024-04-01"),
        ("Russian shells hit Ukrainian positions.", "2022-06-01"),
    ],
)
def test_strikes_that_oppose_no_state(parse, text, date):
    ex = parse(text, date)
    assert not [s for s in ex.stances if s.relation == "opposes"], claims(ex)
    assert not claims(ex, negated=True)
