"""What the last stop's stance passes left, each kind tried on sentences of other wars.

A stop belongs to the one got, forced or ordered to make it (object control), never to the
main clause's subject, and an order is no stop made. A claim is filed in the war where the
fighting is: where armed men were sent to fight, where a place a country owns lies ("in
Ethiopia's Ogaden"), never in the countries a flight passes over. The exchanges of strikes
between Iran and Israel from 2024 on are a war of their own, not Gaza's or Syria's.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a stop is the stopped one's -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "stopped", "wrong"),
    [
        # "got X to stop", parsed as a clause of purpose on "got" (an advcl)
        (
            "Qatar got Turkey to stop its support for the Syrian rebels.",
            "2014-05-01",
            ("Turkey", "backs", "Syrian opposition"),
            ("Qatar", "backs", "Syrian opposition"),
        ),
        (
            "Algeria got Libya to stop its support for the Polisario Front.",
            "1984-05-01",
            ("Libya", "backs", "Polisario Front"),
            ("Algeria", "backs", "Polisario Front"),
        ),
        # "forced", "compelled": stated as done, the stop was made
        (
            "Washington forced Pretoria to stop arming UNITA.",
            "1988-05-01",
            ("South Africa", "supplies", "UNITA"),
            ("United States", "supplies", "UNITA"),
        ),
        (
            "Kenya compelled Eritrea to end its support for al-Shabaab.",
            "2009-05-01",
            ("Eritrea", "backs", "al-Shabaab"),
            ("Kenya", "backs", "al-Shabaab"),
        ),
    ],
)
def test_a_stop_got_or_forced_is_the_stopped_ones(parse, text, date, stopped, wrong):
    ex = parse(text, date)
    assert stopped in claims(ex, negated=True), claims(ex, negated=True)
    assert stopped not in claims(ex), claims(ex)
    assert wrong not in claims(ex, negated=True) | claims(ex), ex.stances


@pytest.mark.parametrize(
    ("text", "date", "ordered", "orderer"),
    [
        (
            "Washington ordered Managua to stop arming the Salvadoran rebels.",
            "1986-05-01",
            ("Nicaragua", "supplies", "Salvadoran rebels"),
            ("United States", "supplies", "Salvadoran rebels"),
        ),
        (
            "Washington ordered Ankara to stop arming the Syrian rebels.",
            "2020-05-01",
            ("Turkey", "supplies", "Syrian opposition"),
            ("United States", "supplies", "Syrian opposition"),
        ),
    ],
)
def test_an_order_to_stop_is_no_stop_made(parse, text, date, ordered, orderer):
    """An order tells what was asked, not what was done: no one's denial, and what was to
    stop is the ordered one's (it goes on), never the orderer's."""
    ex = parse(text, date)
    assert not claims(ex, negated=True), claims(ex, negated=True)
    assert orderer not in claims(ex), claims(ex)
    assert ordered in claims(ex), claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # a thing got for a purpose does not act ("aid to keep fighting": Ukraine fights)
        (
            "Ukraine will get another round of U.S. military aid to keep fighting Russia.",
            "2023-05-01",
            ("Ukraine", "opposes", "Russia"),
        ),
        # men ordered with no name of their own are the commander's; an order to act is the
        # orderer's will
        (
            "Putin ordered troops to help the separatists in eastern Ukraine.",
            "2014-05-01",
            ("Russia", "backs", "Donbas separatists"),
        ),
        (
            "Russia has ordered its 201st Division in Dushanbe to defend the government of "
            "Tajikistan.",
            "1992-05-01",
            ("Russia", "backs", "Tajik government"),
        ),
        ("Riyadh ordered the Yemeni army to fight the Houthis.", "2016-05-01", None),
    ],
)
def test_what_object_control_leaves_alone(parse, text, date, claim):
    ex = parse(text, date)
    if claim is None:
        assert ("Saudi Arabia", "opposes", "Houthis") in claims(ex), claims(ex)
    else:
        assert claim in claims(ex), claims(ex)
    assert not claims(ex, negated=True), claims(ex, negated=True)


# --- the war is where the fighting is ------------------------------------------------------


def test_men_sent_into_another_country_fight_there_whatever_war_home_lists(parse):
    """Libya's listed war (of 2011 on, named with no years) is not where Libyan troops
    sent into Uganda in 1979 fought."""
    ex = parse("Tanzania fought Libyan troops sent into Uganda to support Amin.", "1979-03-01")
    assert ("Tanzania", "opposes", "Libya") in claims(ex), claims(ex)
    assert theatre_of(ex, "Tanzania", "Libya") == {"Uganda"}, ex.theatres
    assert theatre_of(ex, "Libya", "Amin") == {"Uganda"}, ex.theatres


def test_men_moved_to_help_help_where_they_were_moved(parse):
    """The Ogaden war was fought in Ethiopia: the Cubans sent there fought Somalia there,
    not in Somalia, the foe's country the sentence also names."""
    ex = parse(
        "Angola protested against Cuban soldiers sent to Ethiopia to help the Derg fight Somalia.",
        "1978-01-01",
    )
    assert ("Cuba", "backs", "Derg") in claims(ex), claims(ex)
    wars = {t.name for t in ex.theatres if any(s.theatre == t.id for s in ex.stances)}
    assert wars == {"Ethiopia (1970s)"}, wars


def test_a_place_a_country_owns_is_in_that_country(parse):
    """ "in Ethiopia's Ogaden": the gazetteer does not know the Ogaden, its owner says where
    it is (not the foe's Somalia)."""
    ex = parse("Cuban troops fought Somali forces in Ethiopia's Ogaden.", "1978-02-01")
    got = {names for s in ex.stances for names in theatre_of(ex, s.power, s.party)}
    assert got == {"Ethiopia (1970s)"}, got


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "not_in"),
    [
        (
            "Soviet transport planes flying over Yugoslavia and Hungary airlifted weapons to "
            "Syria to help it fight Israel.",
            "1973-10-15",
            "Soviet Union",
            None,
            {"Hungary", "Yugoslavia"},
        ),
        (
            "Britain and France helped Israel shoot down Iranian missiles over Jordan and Iraq.",
            "2024-10-02",
            "United Kingdom",
            "Israel",
            {"Iraq", "Jordan"},
        ),
        (
            "Jordanian jets downed Iranian drones over Iraq and Syria to protect Israel.",
            "2024-10-02",
            "Jordan",
            "Israel",
            {"Iraq", "Syria"},
        ),
    ],
)
def test_countries_flown_over_are_not_the_war(parse, text, date, power, party, not_in):
    ex = parse(text, date)
    got = {
        t.name
        for t in ex.theatres
        for s in ex.stances
        if s.theatre == t.id and s.power == power and party in (None, s.party)
    }
    assert got, ex.stances
    assert not got & not_in, got


# --- the Iran-Israel war -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        (
            "Britain and France helped Israel shoot down Iranian missiles over Jordan and Iraq.",
            "2024-10-02",
            ("France", "backs", "Israel"),
        ),
        (
            "The United States backs Israel in its war with Iran.",
            "2025-06-20",
            ("United States", "backs", "Israel"),
        ),
        (
            "Russia and China back Iran against Israel, diplomats said.",
            "2025-06-20",
            ("China", "backs", "Iran"),
        ),
        (
            "American bombers struck the Fordow enrichment site to support Israel's campaign "
            "against Iran.",
            "2025-06-22",
            ("United States", "opposes", "Iran"),
        ),
    ],
)
def test_claims_of_the_iran_israel_war_are_filed_there(parse, text, date, claim):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {"Iran–Israel war"}, ex.theatres


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        (
            "Iran backs Hamas in its war with Israel in Gaza.",
            "2024-03-01",
            "Iran",
            "Hamas",
            "Israel–Gaza conflict",
        ),
        (
            "Iran backs Hezbollah, which has fought Israel across the Lebanese border since "
            "October.",
            "2024-10-01",
            "Iran",
            "Hezbollah",
            "Lebanon",
        ),
        (
            "The United States supplies Israel with bombs used in Gaza.",
            "2024-03-01",
            "United States",
            "Israel",
            "Israel–Gaza conflict",
        ),
    ],
)
def test_irans_other_wars_stay_theirs(parse, text, date, power, party, war):
    """Guards: Iran's allies' wars and Gaza's are not the Iran-Israel war."""
    ex = parse(text, date)
    assert theatre_of(ex, power, party) == {war}, ex.theatres


# --- an invasion or an attack between two named states -------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        ("Turkey invaded Cyprus.", "1974-07-25", ("Turkey", "opposes", "Cyprus"), "Cyprus"),
        (
            "Iraq invaded Kuwait in August 1990.",
            "1990-08-05",
            ("Iraq", "opposes", "Kuwait"),
            "Kuwait",
        ),
        (
            "Ugandan troops invaded Tanzania.",
            "1978-11-01",
            ("Uganda", "opposes", "Tanzania"),
            "Tanzania",
        ),
        # the war is in the invaded state, not where the invaders came from
        (
            "Russian forces invaded Ukraine from Belarus.",
            "2022-02-24",
            ("Russia", "opposes", "Ukraine"),
            "Russia–Ukraine war",
        ),
        (
            "Eritrean forces attacked Ethiopian troops near Badme.",
            "1998-06-05",
            ("Eritrea", "opposes", "Ethiopian government"),
            "Ethiopia (1990s)",
        ),
        (
            "Russian forces attacked Georgian troops in South Ossetia.",
            "2008-08-09",
            ("Russia", "opposes", "Georgian government"),
            "Georgia",
        ),
    ],
)
def test_an_invasion_or_an_attack_between_two_states_opposes(parse, text, date, claim, war):
    ex = parse(text, date)
    assert claim in claims(ex), claims(ex)
    assert theatre_of(ex, claim[0], claim[2]) == {war}, ex.theatres


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the invader came on the side the listed war names for the invaded state
        ("The Soviet Union invaded Afghanistan in December 1979.", "1979-12-30"),
        # the ground a listed war is fought over is no side
        ("Argentina invaded the Falkland Islands.", "1982-04-03"),
        # feared, planned, threatened, denied: not done
        ("Washington fears Russia will invade Ukraine.", "2022-01-20"),
        ("Iraq threatened to invade Kuwait.", "1990-07-20"),
        ("Russia denied that its troops had attacked Ukrainian forces.", "2022-01-20"),
        # an attack of words; a capital; a people; positions; no armed men on either side
        ("Trump attacked China over its trade policy.", "2020-01-20"),
        ("China attacked Washington's policy on Taiwan.", "2001-05-01"),
        ("Saudi warplanes struck Sanaa.", "2015-04-01"),
        ("Israeli troops attacked Palestinian protesters at the Gaza fence.", "2018-05-14"),
        ("Indian troops attacked Pakistani positions near Lahore.", "1965-09-06"),
    ],
)
def test_acts_that_name_no_two_states_at_war_oppose_nothing(parse, text, date):
    ex = parse(text, date)
    assert not {c for c in claims(ex) if c[1] == "opposes"}, claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "state"),
    [
        ("Israeli troops invaded Lebanon to drive out the PLO.", "1982-06-06", "Lebanon"),
        (
            "Ethiopian troops invaded Somalia to help the interim government fight the "
            "Islamic Courts.",
            "2006-12-24",
            "Somalia",
        ),
        (
            "Pakistan has armed the Taliban since Soviet troops invaded Afghanistan.",
            "1995-05-01",
            "Afghanistan",
        ),
    ],
)
def test_an_invasion_with_an_armed_side_in_sight_is_no_war_on_the_state(parse, text, date, state):
    """With an armed side of the invaded country named, the invasion may be against that
    side or for it: not read as against the state."""
    ex = parse(text, date)
    assert not {c for c in claims(ex) if c[1] == "opposes" and c[2] == state}, claims(ex)


def test_a_war_of_two_states_alone_is_shown_only_by_its_own_words(tmp_path):
    """With no claim in it, the Iran-Israel war is shown only by a sentence naming its own
    places or operations, never by one on Israel and the Palestinians, or on Iran's weapons,
    in an undated story (which could be of any year)."""
    from explorer.pipeline import analyse_sources

    stories = {
        "peace": "Abbas on Jerusalem\n\nPalestinian leaders said there would be no peace in"
        " the Middle East without a Palestinian state, as Israeli troops raided towns in the"
        " West Bank.\n",
        "nuclear": "Worries over Tehran\n\nIsrael fears Iran is developing nuclear weapons and"
        " missiles, officials said.\n",
        "natanz": "June 22, 2025\n\nStrikes on Iran\n\nIsraeli jets struck the Natanz site and"
        " Iranian missiles hit Tel Aviv in the war between Israel and Iran.\n",
    }
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    found = {
        t.id: {e.doc.removesuffix(".txt") for e in t.evidence}
        for t in analyse_sources([tmp_path]).theatres
    }
    assert found.get("iran-israel", set()) == {"natanz"}, found
