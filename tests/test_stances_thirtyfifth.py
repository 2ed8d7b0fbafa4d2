"""The thirty-fifth pass on who backs whom: the wrong claims of a thirteenth fresh batch of
real news (``benchmarks/stances_fresh13.py``) and the known ones of the stop before, each tried
on sentences of other wars. A role after "as" tells of the verb's object ("accepted Malaysia
as mediator": Malaysia mediates between those who accept it); a participle of mediation hung
on its talks or truce ("the truce, brokered by Egypt") mediates, and a host of talks is their
venue, not the war mediated; those a fight is fought beside to defend another are fellow
helpers, neither the side backed nor the war's place; support told as an adjunct of an act is
in that act's war; a fight in a clause that describes past wars ("the two world wars in which
Serbs fought Germany") is of those wars; a fight in a sporting contest is a game; a forecast
of another's act ("Analysts expect Egypt to back the army") is no fact.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a role after "as" is the object's -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        # before: Sudan mediates Ethiopia, South Sudan mediates Ethiopia
        (
            "Sudan and South Sudan agreed to Ethiopia as mediator.",
            "Ethiopia",
            {"South Sudan"},
        ),
        # before: nothing
        (
            "Ethiopia and Eritrea chose Algeria as mediator after the border war.",
            "Algeria",
            {"Ethiopia", "Eritrea"},
        ),
    ],
)
def test_a_mediator_accepted_as_such_mediates_between_who_accept_it(parse, text, mediator, sides):
    ex = parse(text, "2012-05-01")
    got = claims(ex)
    assert {(mediator, "mediates", s) for s in sides} <= got, got
    assert not any(p == mediator and r == "mediates" for _, r, p in got), got


def test_a_mediator_by_its_own_verb_still_mediates(parse):
    # guard: "served as mediator" has no object; the subject is the mediator
    ex = parse(
        "Kenya served as mediator between the government of South Sudan and the rebels.",
        "2014-02-01",
    )
    assert ("Kenya", "mediates", "rebels") in claims(ex), claims(ex)


# --- a participle of mediation on its talks; a host is a venue ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The truce between Israel and Hamas, brokered by Egypt, held through the night.",
        "The ceasefire brokered by Egypt between Israel and Hamas held.",
    ],
)
def test_a_truce_brokered_by_a_state_is_its_mediation(parse, text):
    ex = parse(text, "2014-08-20")
    assert {("Egypt", "mediates", "Israel"), ("Egypt", "mediates", "Hamas")} <= claims(ex), claims(
        ex
    )


def test_talks_hosted_by_a_state_are_not_its_war(parse):
    # before: United States mediates Saudi Arabia [Saudi Arabia]
    ex = parse(
        "Sudan's army and the Rapid Support Forces met in Jeddah. The talks, hosted by Saudi "
        "Arabia with the United States as a mediator, lasted a week.",
        "2023-05-20",
    )
    assert not any(p == "Saudi Arabia" for _, r, p in claims(ex) if r == "mediates"), claims(ex)


def test_talks_between_two_hosted_by_a_third(parse):
    # before: nothing
    ex = parse(
        "The talks between Armenia and Azerbaijan, hosted by Kazakhstan, ended on Friday.",
        "2024-05-11",
    )
    assert {("Kazakhstan", "mediates", "Armenia"), ("Kazakhstan", "mediates", "Azerbaijan")} <= (
        claims(ex)
    ), claims(ex)


# --- fellow fighters of a fight to defend another -------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "fellow"),
    [
        # before: Australia backs United Kingdom, and Australia backs Malaysia [United Kingdom]
        (
            "Australian troops fought beside British soldiers to defend Malaysia against "
            "Indonesian raids.",
            "1965-05-01",
            "Australia",
            "United Kingdom",
        ),
        # before: Cuba backs Soviet advisers [Soviet Union]
        (
            "Cuban troops fought beside Soviet advisers to defend Ethiopia against the Somali "
            "army.",
            "1978-02-01",
            "Cuba",
            "Soviet advisers",
        ),
    ],
)
def test_those_fought_beside_to_defend_another_are_not_the_side_backed(
    parse, text, date, power, fellow
):
    ex = parse(text, date)
    assert (power, "backs", fellow) not in claims(ex), claims(ex)


def test_the_war_of_a_fight_to_defend_another_is_not_the_fellow_fighters_home(parse):
    ex = parse(
        "Australian troops fought beside British soldiers to defend Malaysia against "
        "Indonesian raids.",
        "1965-05-01",
    )
    assert theatre_of(ex, "Australia", "Malaysia"), claims(ex)
    assert "United Kingdom" not in theatre_of(ex, "Australia", "Malaysia"), claims(ex)


def test_a_fight_beside_a_side_with_no_purpose_still_backs_it(parse):
    # guard: "fought beside Angolan soldiers against UNITA" backs Angola, as before
    ex = parse("Cuban troops fought beside Angolan soldiers against UNITA.", "1988-03-01")
    assert ("Cuba", "opposes", "UNITA") in claims(ex), claims(ex)
    assert any(p.startswith("Angola") for w, r, p in claims(ex) if (w, r) == ("Cuba", "backs"))


# --- support told as an act's adjunct -------------------------------------------------------


def test_support_of_an_act_is_in_the_acts_war(parse):
    # before: Soviet Union backs Cuban government [Cuba], apart from the arming's war
    ex = parse(
        "Katangese rebels invaded Zaire's Shaba province from Angola. The Angolans and the "
        "Cubans based in Angola had trained and armed the rebels, with the support of the "
        "Soviet Union.",
        "1977-04-25",
    )
    armed = theatre_of(ex, "Cuba", "rebels")
    soviet = {
        w for s in ex.stances if s.power == "Soviet Union" for w in theatre_of(ex, s.power, s.party)
    }
    assert armed and soviet, claims(ex)
    assert soviet <= armed, claims(ex)


# --- a fight told of past wars --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # before: Serbia opposes Germany (1991)
        "Radio Belgrade recalled the two world wars in which Serbs fought Germany.",
        # before: Greece opposes Italy
        "Athens recalled the Second World War, in which Greeks fought Italy.",
    ],
)
def test_a_fight_in_a_clause_that_describes_past_wars_is_not_todays(parse, text):
    ex = parse(text, "1991-12-23")
    assert not any(r == "opposes" for _, r, _ in claims(ex)), claims(ex)


def test_a_war_described_by_its_own_fight_stays(parse):
    # guard: one war, not described as past by "world" or as several
    ex = parse("It was the war in which Russia backed Serbia against Croatia.", "1995-01-01")
    assert ("Russia", "backs", "Serbia") in claims(ex), claims(ex)


# --- a fight in a sporting contest ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # before: Uruguay opposes Brazil, Argentina backs Uruguay
        "Uruguay, an ally of Argentina, fought Brazil in the World Cup final.",
        # before: Germany opposes France
        "Germany battled France in the Euro 2016 semi-final.",
        "Nigeria fought Cameroon in a bruising Africa Cup of Nations match.",
    ],
)
def test_a_fight_in_a_sporting_contest_sets_no_one_against_anyone(parse, text):
    ex = parse(text, "2016-07-08")
    got = claims(ex)
    assert not any(r == "opposes" for _, r, _ in got), got
    names = {t.id: t.name for t in ex.theatres}
    assert all("no conflict" in names[s.theatre] for s in ex.stances), got


def test_a_war_fought_in_a_place_named_after_no_contest_stays(parse):
    # guard: a battle is no match
    ex = parse("Argentina fought Britain in the Falklands in 1982.", "2012-04-02")
    assert ("Argentina", "opposes", "United Kingdom") in claims(ex), claims(ex)


def test_a_gas_war_is_no_war(parse):
    # guard (the same on the base): a trade war in all but name
    ex = parse(
        "A war between Russia and Ukraine over gas prices hit Europe's supplies.", "2009-01-10"
    )
    assert not any(r == "opposes" for _, r, _ in claims(ex)), claims(ex)


# --- a forecast is no fact ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # before: Egypt backs Sudanese Armed Forces (SAF) [Sudan]
        "Analysts expect Egypt to back Sudan's army in the war.",
        # before: Qatar mediates Israel, Qatar mediates Hamas
        "Diplomats expect Qatar to mediate between Israel and Hamas.",
    ],
)
def test_a_forecast_of_anothers_act_is_no_stance(parse, text):
    ex = parse(text, "2024-03-01")
    assert not claims(ex), claims(ex)


def test_the_act_forecast_when_told_as_done_stays(parse):
    ex = parse("Egypt backs Sudan's army in the war.", "2024-03-01")
    assert any(w == "Egypt" and r == "backs" for w, r, _ in claims(ex)), claims(ex)


# --- "their" after names joined as the subject ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "powers", "party"),
    [
        # before: nothing ("their" read as a side that is many, and two states' names are not)
        (
            "The United States and Britain have voiced their support for Guyana.",
            "2023-12-19",
            {"United States", "United Kingdom"},
            "Guyana",
        ),
        (
            "Iran and Russia reaffirmed their support for the Syrian government.",
            "2016-01-10",
            {"Iran", "Russia"},
            "Syrian government (Assad)",
        ),
    ],
)
def test_their_after_names_joined_as_the_subject_is_theirs(parse, text, date, powers, party):
    ex = parse(text, date)
    assert {(p, "backs", party) for p in powers} <= claims(ex), claims(ex)


def test_their_of_a_speaker_is_still_not_a_states(parse):
    # guard: "Russia backs the separatists, their commander said": not Russia's commander
    ex = parse("Russia backs the separatists, their commander said.", "2014-08-01")
    assert all(s.claimed_by != "Russia" for s in ex.stances), claims(ex)
