"""Grammar the stance rules must read right in any article: a negated doubt that affirms, a
claim someone else makes, and a party named only by words that fit either side.

The sentences are written in the forms news uses (the real ones quoted are named); each class
is tried in several wordings and beside a plain claim that must still come out.
"""

from __future__ import annotations

import pytest


def claims(ex, negated=False):
    return {(s.power, s.relation, s.party) for s in ex.stances if s.negated == negated}


def by(ex, power):
    return {s.claimed_by for s in ex.stances if s.power == power and not s.negated}


ASSAD = ("Russia", "backs", "Syrian government (Assad)")
HOUTHIS = ("Iran", "supplies", "Houthis")
GNA = ("Turkey", "backs", "Government of National Accord (GNA)")


# --- a negated doubt, stop or denial affirms (litotes) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's support for Assad is not in doubt.",
        "Moscow's support for Assad has never been in doubt.",
        "Russia's backing of Assad is not in question.",
        "There is no question that Russia backs Assad.",
        "There is little doubt that Moscow supports Assad.",
        "Nobody doubts that Russia backs Assad.",
        "Few doubt that Russia backs Assad.",
        "Russia has never wavered in its support for Assad.",
        "Russia did not waver in backing Assad.",
        "Russia never stopped supporting Assad.",
        "Moscow did not withdraw its support for Assad.",
        "Russia never hesitated to back the Assad government.",
    ],
)
def test_a_negated_doubt_affirms_the_stance(parse, text):
    ex = parse(text)
    assert ASSAD in claims(ex), text
    assert not claims(ex, negated=True), text


@pytest.mark.parametrize(
    "text",
    [
        "No one denies that Iran arms the Houthis in Yemen.",
        "Nobody denies that Iran arms the Houthis in Yemen.",
        "Russia did not stop arming the separatists in eastern Ukraine.",
    ],
)
def test_a_negated_denial_or_stop_affirms_the_supply(parse, text):
    ex = parse(text)
    assert any(rel == "supplies" for _, rel, _ in claims(ex)), text
    assert not claims(ex, negated=True), text


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's support for Assad is in doubt.",
        "Analysts doubt that Russia backs Assad.",
        "There is some doubt that Russia backs Assad.",
        "Russia has wavered in its support for Assad.",
    ],
)
def test_a_doubt_not_negated_states_nothing(parse, text):
    ex = parse(text)
    assert not claims(ex) and not claims(ex, negated=True), text


def test_the_plain_negation_and_denial_still_deny(parse):
    for text in (
        "Russia does not back Assad.",  # the parser reads "Assad" as an adverb here
        "Moscow has stopped supporting Assad.",
        "Russia denied backing Assad.",
        "Moscow has repeatedly denied that it backs Assad.",
        "The claim that Russia backs Assad was denied by Moscow.",
    ):
        ex = parse(text)
        assert ASSAD in claims(ex, negated=True), text
        assert ASSAD not in claims(ex), text


def test_not_denying_is_neither_a_claim_nor_a_denial(parse):
    for text in (
        "Iran does not deny arming the Houthis in Yemen.",
        "The US has not ruled out arming the rebels in Syria.",
    ):
        ex = parse(text)
        assert not claims(ex) and not claims(ex, negated=True), text


@pytest.mark.parametrize(
    "text",
    [
        "The US has ruled out arming the rebels in Syria.",
        "France no longer supports the Malian junta.",
        "France does not support the Malian junta any longer.",
    ],
)
def test_ruled_out_and_no_longer_deny(parse, text):
    ex = parse(text)
    assert not claims(ex), text
    assert claims(ex, negated=True), text


def test_an_affirmed_doubt_leaves_the_other_clause_alone(parse):
    ex = parse(
        "Moscow's support for Assad is not in doubt, but Turkey does not back the rebels in Idlib."
    )
    assert ASSAD in claims(ex)
    assert ("Turkey", "backs", "Syrian opposition") in claims(ex, negated=True)


# --- reported speech: the speaker's claim, whichever side of it the speaker stands -------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Iran arms the Houthis in Yemen, a Pentagon spokesman said.", "United States"),
        ("Iran arms the Houthis in Yemen, said a spokesman for the Pentagon.", "United States"),
        ("Iran arms the Houthis in Yemen, according to U.S. officials.", "United States"),
        ("According to the Saudi government, Iran arms the Houthis in Yemen.", "Saudi Arabia"),
        ("Saudi Arabia says Iran arms the Houthis in Yemen.", "Saudi Arabia"),
        ("Iran, Riyadh said, arms the Houthis in Yemen.", "Saudi Arabia"),
        ("Iran arms the Houthis in Yemen, analysts said.", "analysts"),
        ("Iran arms the Houthis in Yemen, said Mark Thompson, a researcher.", "Mark Thompson"),
        ("Iran arms the Houthis in Yemen, a diplomat told reporters.", "a diplomat"),
    ],
)
def test_a_reported_claim_carries_its_speaker(parse, text, speaker):
    ex = parse(text)
    assert HOUTHIS in claims(ex), text
    assert by(ex, "Iran") == {speaker}, text


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will continue to back the GNA, Erdogan said.",
        "Turkey will continue to back the GNA in Libya, a Turkish official said.",
        "According to Ankara, Turkey backs the GNA in Libya.",
    ],
)
def test_a_power_speaking_for_itself_states_its_own_stance(parse, text):
    ex = parse(text)
    assert GNA in claims(ex), text
    assert by(ex, "Turkey") == {None}, text


def test_a_plain_claim_beside_a_reported_one_is_the_articles(parse):
    ex = parse(
        "Russia backs Assad in Syria's war. Iran also arms the Houthis in Yemen, a Saudi "
        "official said."
    )
    assert by(ex, "Russia") == {None}
    assert by(ex, "Iran") == {"Saudi Arabia"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran denied supplying weapons to the Houthis in Yemen.",
        "Iran denies arming the Houthis in Yemen.",
        "Iran has denied that it arms the Houthis in Yemen.",
        "Tehran rejected accusations that it arms the Houthis in Yemen.",
        "Iran says it does not supply weapons to the Houthis in Yemen.",
        "Iran has consistently denied arming the Houthis, though UN experts say the missiles"
        " are Iranian.",
    ],
)
def test_a_denied_supply_is_no_stance(parse, text):
    ex = parse(text)
    assert HOUTHIS not in claims(ex), text
    assert HOUTHIS in claims(ex, negated=True), text


# --- a party named only by words that fit either side -------------------------------------

# seeds/001: the militias are Turkey's side in Syria, the opposition
ALLIED = (
    "In October, Putin sent Erdogan a signal of his dissatisfaction when Russian fighter jets"
    " bombed militias allied with the Turkish military."
)
# seeds/002 (a Russian outlet): whose "terrorists" in Syria, the words do not say
TERRORISTS = (
    "The agreements with Erdogan allow Moscow to to fight more effectively against the"
    " US-backed terrorists in the Arab country."
)


def test_allied_with_a_state_names_its_side_in_the_war(parse):
    ex = parse(f"Turkey's troops are in northern Syria. {ALLIED}")
    got = claims(ex)
    assert ("Turkey", "backs", "Syrian opposition") in got
    assert not [c for c in got if c[2] == "militias"], got


@pytest.mark.parametrize(
    "phrase",
    [
        "militias allied with Turkey",
        "fighters loyal to Ankara",
        "militias aligned with the Turkish army",
        "fighters backed by Turkey",
        "Turkish-backed militias",
    ],
)
def test_a_patron_qualifier_names_the_side_as_a_glued_backer_does(parse, phrase):
    ex = parse(f"In Syria's war, Russian jets bombed {phrase} near Afrin.")
    assert ("Turkey", "backs", "Syrian opposition") in claims(ex), phrase


@pytest.mark.parametrize(
    "text",
    [
        "Saudi jets bombed militias allied with Iran near Sanaa in Yemen.",
        "Iran-backed fighters in Yemen fired missiles at Saudi Arabia.",
    ],
)
def test_a_patron_names_the_side_where_the_wars_sides_make_it_definite(parse, text):
    assert ("Iran", "backs", "Houthis") in claims(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        f"Russia's war in Syria goes on. {TERRORISTS}",
        "In Syria, American jets bombed militias allied with the United States by mistake.",
        "US-backed fighters captured the town of Tabqa in Syria.",
        "Russia backs armed groups in the Central African Republic's war.",
        "Iran sends foreign fighters to Syria's war.",
    ],
)
def test_armed_men_of_no_stated_side_make_no_stance(parse, text):
    got = claims(parse(text))
    generic = {"militias", "terrorists", "fighters", "armed groups", "foreign fighters"}
    assert not [c for c in got if c[0] in generic or c[2] in generic], got
    assert not [c for c in got if c[0] == "United States" and c[1] == "backs"], got


def test_named_groups_next_to_generic_words_still_stand(parse):
    got = claims(
        parse(
            "Witnesses said Russian jets bombed Kurdish fighters allied with the United States"
            " near Kobani, while Shiite militias backed the Syrian army near Aleppo."
        )
    )
    assert ("United States", "backs", "People's Protection Units (YPG)") in got, got
    assert ("Shiite militias", "backs", "Syrian government (Assad)") in got, got
    # a nationality says whose forces (benchmarks/data/stances_world, mali-2013): Mali's,
    # as "Malian forces" alone are (sidesfix35: not a group named "Malian forces")
    got = claims(parse("Chad sent soldiers to fight alongside French and Malian forces in Mali."))
    assert ("Chad", "backs", "Malian government (junta)") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied bombing militias allied with the Turkish military in Syria.",
        "Activists urged Russia to stop bombing rebels backed by Turkey in Syria.",
        "Russian jets bombed militias allied with the Turkish military in Syria, the monitor said.",
    ],
)
def test_a_description_in_a_noun_phrase_is_the_articles_whatever_the_clause(parse, text):
    # the denial, the request and the speaker are about the bombing, not the alliance
    ex = parse(text)
    assert ("Turkey", "backs", "Syrian opposition") in claims(ex), text
    assert by(ex, "Turkey") == {None}, text


def test_a_description_keeps_its_own_negation_and_time(parse):
    ex = parse("Militias not allied with Turkey fought the Kurds in Syria.")
    assert ("Turkey", "backs", "Syrian opposition") not in claims(ex)
    assert not [c for c in claims(ex) if c[0] == "Syrian opposition"]
    assert not claims(parse("Rebels once backed by Turkey surrendered in Syria."))


# an AG News item (agnews-test-4156): the president is Lebanon's, which the word alone does
# not say; the row names the conflict's place with it
LAHOUD = "BEIRUT (Reuters) - Lebanon's Prime Minister Rafik al-Hariri resigned Wednesday and said he would not form a new government, following a widely opposed constitutional change to keep the Syrian-backed president in office."  # noqa: E501


def test_an_office_with_no_name_is_shown_with_its_conflicts_place(parse):
    assert ("Syria", "backs", "president (Lebanon)") in claims(parse(LAHOUD))
    got = claims(parse("The Moscow-backed police officer won the vote in Chechnya."))
    assert ("Russia", "backs", "police officer (Chechnya)") in got
    # a named one is read by the name (a listed leader: his government)
    got = claims(parse("The Syrian-backed President Emile Lahoud stayed in office in Lebanon."))
    assert ("Syria", "backs", "Lebanese government") in got, got


def test_an_office_with_no_name_and_no_place_or_its_own_state_makes_no_stance(parse):
    assert not claims(parse("The Syrian-backed president was re-elected."))
    assert not claims(parse("Officials said the Iranian-backed governor resigned."))


# --- more of reported speech ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan said Turkey would continue to back the GNA in Libya.",
        "Erdogan told reporters that Turkey would keep backing the GNA in Libya.",
        "Ankara said it would never stop supporting the GNA in Libya.",
    ],
)
def test_would_in_reported_speech_is_the_speakers_will(parse, text):
    assert GNA in claims(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan said Turkey would back the GNA if Haftar attacked Tripoli.",
        "Turkey will back the GNA in Libya if Haftar attacks Tripoli.",
        "Erdogan said Turkey could back the GNA in Libya.",
        "Turkey would back the GNA in Libya.",
    ],
)
def test_a_condition_or_a_modal_still_states_nothing(parse, text):
    assert not claims(parse(text)), text


def test_even_if_is_no_condition(parse):
    assert ASSAD in claims(parse("Russia backs Assad even if it criticises his methods."))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rwanda is widely believed to back the M23 rebels.", "unnamed sources"),
        ("Rwanda is said to back the M23 rebels.", "unnamed sources"),
        ("The M23 rebels are believed to be backed by Rwanda.", "unnamed sources"),
        ("Rwanda is thought by Western diplomats to back the M23 rebels.", "Western diplomats"),
    ],
)
def test_a_claim_believed_or_said_in_the_passive_is_nobody_named(parse, text, speaker):
    ex = parse(text)
    assert ("Rwanda", "backs", "M23") in claims(ex), text
    assert by(ex, "Rwanda") == {speaker}, text


# --- parses that glue or drop words --------------------------------------------------------


def test_a_clause_glued_into_the_object_does_not_make_the_capital_the_foe(parse):
    # "the Houthis bombed Sanaa" read as one phrase headed by the capital: not the government
    got = claims(parse("The Saudi-led coalition fighting the Houthis bombed Sanaa."))
    assert ("Saudi Arabia", "opposes", "Yemeni government") not in got
    assert ("Saudi Arabia", "opposes", "Houthis") in got


def test_a_clause_glued_into_the_party_does_not_swap_the_party(parse):
    # "Azerbaijan angered Armenia" read as one phrase headed by Armenia
    got = claims(parse("Turkey's unwavering support for Azerbaijan angered Armenia."))
    assert ("Turkey", "backs", "Azerbaijan") in got
    assert not [c for c in got if c[2] == "Armenia"], got


def test_every_backer_of_a_list_with_a_determiner(parse):
    got = claims(parse("Egypt and the UAE back Haftar, while Turkey supports the GNA."))
    assert {p for p, rel, _ in got if rel == "backs"} == {"Egypt", "United Arab Emirates", "Turkey"}


def test_a_state_backing_rebels_with_no_place_named_is_no_war_at_home(parse):
    # the backer's own country is the only place: the conflict is not stated, not Rwanda's
    ex = parse("The rebels have been backed by Rwanda since 2012.")
    assert {(s.power, s.theatre) for s in ex.stances} == {("Rwanda", "unplaced")}
    ex = parse("Cuba has about 30,000 troops in Angola to support the MPLA government.")
    assert ("Cuba", "angola") in {(s.power, s.theatre) for s in ex.stances}


# --- whom the backing is against -----------------------------------------------------------


def test_backing_against_a_state_is_in_the_backed_sides_war(parse):
    # the state the backing is against may be fought far from home: the war is the backed
    # side's ("supports Ukraine against Russia" is the Russia-Ukraine war, not one in Russia)
    for text in (
        "Washington keeps supporting Ukraine against Russia.",
        "Poland supports Kyiv against Moscow.",
    ):
        ex = parse(text)
        got = {(s.relation, s.party, s.theatre) for s in ex.stances if not s.negated}
        assert ("backs", "Ukraine", "ukraine") in got, (text, got)
        assert ("opposes", "Russia", "ukraine") in got, (text, got)


def test_backing_against_a_state_keeps_a_conflict_the_words_name(parse):
    got = {
        (s.power, s.relation, s.party, s.theatre)
        for s in parse("Iran supports Hamas against Israel.").stances
    }
    assert ("Iran", "backs", "Hamas", "gaza") in got
    assert ("Iran", "opposes", "Israel", "gaza") in got
    # and a war of another decade is not today's: no side of Libya's civil war
    got = claims(parse("France supported Chad against Libya in the 1980s."))
    assert not [c for c in got if "National" in c[2]], got
