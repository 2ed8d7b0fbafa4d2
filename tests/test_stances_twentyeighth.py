"""The twenty-eighth pass on who backs whom: three wrong claims a reviewer listed after
sidesfix30, each fixed as a kind and tried on sentences of other wars. A participle set off by
commas after a noun accuses that noun, not the clause's subject; an organisation of states
glued to an ally noun ("a NATO ally", "its EU partners") tells the body the ally belongs to,
not a side it backs; an organisation's demonym on a plural noun ("its European allies") names
states of a continent, not the union. Each wrong claim becomes no claim, or the sentence's own
reading; the true readings beside them stay.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a participle set off after a noun accuses that noun ------------------------------------


@pytest.mark.parametrize(
    ("text", "accuser", "claim"),
    [
        # the reviewer's (before: the United Kingdom supplies the Houthis)
        (
            "Britain named Iran, accused of supplying the Houthis, in its report.",
            "United Kingdom",
            ("Iran", "supplies", "Houthis"),
        ),
        # parsed the other way (the participle on the verb): before, Kenya supplies
        (
            "Kenya named Eritrea, accused of arming al-Shabaab, in its complaint.",
            "Kenya",
            ("Eritrea", "supplies", "al-Shabaab"),
        ),
    ],
)
def test_a_participle_set_off_accuses_the_noun_before_it(parse, text, accuser, claim):
    got = claims(parse(text, "2015-05-01"))
    assert not any(p == accuser for p, _, _ in got), got
    assert claim in got, got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the participle before the subject, or set off after it, is still the subject's
        ("Accused of arming the rebels, Sudan denied the charge.", ("Sudan", "supplies", "rebels")),
        (
            "Sudan, accused of arming the rebels, denied the charge.",
            ("Sudan", "supplies", "rebels"),
        ),
        (
            "Ukraine summoned Iran's envoy, accusing it of supplying drones to Russia.",
            ("Iran", "supplies", "Russia"),
        ),
        (
            "Moldova accuses Russia's 14th Army of arming the separatists.",
            ("Russia", "supplies", "separatists"),
        ),
    ],
)
def test_the_accused_read_as_before(parse, text, claim):
    assert claim in claims(parse(text, "2015-05-01"))


def test_people_set_off_by_commas_are_still_persons(parse):
    text = "The panel named three Liberians, accused of supplying the RUF, in its report."
    assert not claims(parse(text, "2001-05-01"))


# --- an organisation glued to an ally noun is membership ------------------------------------


@pytest.mark.parametrize(
    ("text", "power", "org"),
    [
        # the reviewer's (before: France backs NATO)
        ("France, a NATO ally, sent jets to Libya.", "France", "NATO"),
        ("Spain, a NATO ally, sent troops to Latvia.", "Spain", "NATO"),
        ("Poland, an EU ally of Kyiv, sent tanks to Ukraine.", "Poland", "European Union"),
    ],
)
def test_a_member_does_not_back_its_alliance(parse, text, power, org):
    got = claims(parse(text, "2015-05-01"))
    assert not any(p == power and party == org for p, _, party in got), got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("France, a NATO ally, sent jets to Libya.", ("France", "supplies", "Libya")),
        ("France, Chad's ally, sent jets to fight the rebels.", ("France", "backs", "Chad")),
        ("Russia backs Armenia, a CSTO ally.", ("Russia", "backs", "Armenia")),
    ],
)
def test_the_act_and_a_named_ally_stay(parse, text, claim):
    assert claim in claims(parse(text, "2015-05-01"))


# --- an organisation's demonym on a plural noun is no party ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's (before: the United States backs the European Union)
        "The United States backs Ukraine and its European allies.",
        "Britain backs Kyiv and its European partners.",
        "Washington supports Ukraine and other European countries.",
    ],
)
def test_european_allies_are_not_the_union(parse, text):
    got = claims(parse(text, "2022-05-01"))
    assert not any("European Union" in (p, party) for p, _, party in got), got
    assert any(party == "Ukraine" for _, _, party in got), got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The European Union backs Ukraine.", ("European Union", "backs", "Ukraine")),
        ("The EU sent weapons to Ukraine.", ("European Union", "supplies", "Ukraine")),
        (
            "The United States backs Israel and its Arab allies against Iran.",
            ("United States", "backs", "Israel"),
        ),
    ],
)
def test_the_union_named_stays(parse, text, claim):
    assert claim in claims(parse(text, "2022-05-01"))


# --- a miss: armed men under a foreign state's command --------------------------------------


@pytest.mark.parametrize(
    ("text", "claim", "published"),
    [
        # the sixth batch's Cambodia story of 1981 (before: no backing)
        (
            "Cambodian government forces under Vietnamese command fought Khmer Rouge"
            " guerrillas with tanks.",
            ("Vietnam", "backs", "Cambodian government"),
            "1981-05-01",
        ),
        (
            "Iraqi militias under Iranian command fought Islamic State near Tikrit.",
            ("Iran", "backs", "Popular Mobilization Forces (PMF)"),
            "2015-03-10",
        ),
    ],
)
def test_armed_men_under_a_states_command_are_backed_by_it(parse, text, claim, published):
    assert claim in claims(parse(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces under Ukrainian command held the town.",
        "Nepalese troops under UN command patrolled the border.",
        "Towns under Russian control were shelled.",
    ],
)
def test_own_command_a_mission_or_territory_is_no_backing(parse, text):
    assert not any(r == "backs" for _, r, _ in claims(parse(text, "2015-05-01")))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Afghan militias led by Iranian officers fought in Syria.",
            ("Iran", "backs", "Afghan militias"),
        ),
        # "commanders" and "fighters" alone tell a nationality, not a state: an organ of the
        # state must lead them (sidesfix31, tests/test_stances_review31.py)
        (
            "Government forces led by commanders of Iran's Revolutionary Guard moved on Aleppo.",
            ("Iran", "backs", "Syrian government (Assad)"),
        ),
    ],
)
def test_armed_men_led_by_a_states_officers_are_backed_by_it(parse, text, claim):
    assert claim in claims(parse(text, "2016-02-05"))


def test_led_by_officers_of_their_own_state_is_no_backing(parse):
    text = "Syrian troops led by Syrian officers retook the town."
    assert not any(r == "backs" for _, r, _ in claims(parse(text, "2016-02-05")))


# --- a miss: "both" as a subject, the two states named just before --------------------------


@pytest.mark.parametrize(
    ("text", "published", "powers", "party"),
    [
        (
            "The war alarmed Britain. The Soviet Union saw a chance to gain influence. Both"
            " sent arms to the Nigerian government.",
            "1968-05-01",
            {"United Kingdom", "Soviet Union"},
            "Nigerian government",
        ),
        (
            "The fighting worried Iran. Russia saw an opening. Both countries armed the Syrian"
            " government.",
            "2015-10-01",
            {"Iran", "Russia"},
            "Syrian government (Assad)",
        ),
    ],
)
def test_both_are_the_two_states_named_before(parse, text, published, powers, party):
    got = claims(parse(text, published))
    assert {p for p, r, q in got if r == "supplies" and q == party} == powers, got


@pytest.mark.parametrize(
    "text",
    [
        # three states before: "both" could be any two of them
        "Iran, Russia and Turkey met in Astana. Both sent arms to the Syrian government.",
        # one state before
        "Pakistan backs the Taliban. Both sent arms to the Afghan government.",
        "The talks in Geneva failed. Both of them sent arms to the Syrian government.",
    ],
)
def test_both_without_a_pair_of_states_is_no_one(parse, text):
    got = claims(parse(text, "2015-10-01"))
    assert not any(r == "supplies" for _, r, _ in got), got
