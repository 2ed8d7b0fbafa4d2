"""Wrong and lost claims a reviewer found in the last session's stance rules (sidesfix31), each
fixed as a kind and tried on sentences of other wars: armed men led by foreign nationals are
not backed by their state unless an organ of it leads them; a participle set off by commas
describes the verb's own object, not any noun before the comma; a backing the sentence says
has since grown stays a backing; arms listed beside relief stay arms; an accuser is never the
one accused.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- "led by" foreign commanders: a nationality is not a state -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's (before: Tunisia, Libya, Kosovo back the fighters)
        "Jihadist fighters led by Tunisian and Saudi commanders seized Raqqa.",
        "Rebel fighters led by Libyan commanders attacked an army post in northern Mali.",
        "Albanian guerrillas led by Kosovar commanders attacked a police station in Macedonia.",
        # other wars
        "Chechen rebels led by Jordanian commanders attacked a convoy near Grozny.",
        "Government forces led by Iranian commanders moved on Aleppo.",
        "Syrian government forces led by Iranian, Hezbollah and other Shiite fighters"
        " moved on Aleppo.",
        "Mujahideen fighters led by Egyptian commanders ambushed Soviet troops in Kunar.",
    ],
)
def test_led_by_foreign_commanders_is_no_backing(parse, text):
    assert not any(r == "backs" for _, r, _ in claims(parse(text, "2015-05-01"))), text


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Rebel fighters led by officers of the Rwandan army attacked Goma.",
            ("Rwanda", "backs", "Rebel fighters"),
        ),
        (
            "Shiite militias led by commanders of Iran's Revolutionary Guard fought near Aleppo.",
            ("Iran", "backs", "Shiite militias"),
        ),
        (
            "Separatist fighters led by Russian army officers seized the airport in Donetsk.",
            ("Russia", "backs", "Separatist fighters"),
        ),
    ],
)
def test_led_by_an_organ_of_a_state_is_its_backing(parse, text, claim):
    assert claim in claims(parse(text, "2015-05-01"))


# --- a participle set off by commas describes a verb's own subject or object -----------------


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's (before: the United Nations, Ethiopia supply al-Shabaab)
        "Kenya filed a complaint against Eritrea with the United Nations, accused of arming"
        " al-Shabaab.",
        "Kenya raised the case of Eritrea with Ethiopia, accused by Nairobi of arming al-Shabaab.",
        # other wars (before: Russia, the United Kingdom: the accuser)
        "Moscow sent a protest to Poland over the visit of Ukraine's envoy to Warsaw, accused"
        " of arming the separatists.",
        "Britain raised the conduct of Liberia with Sierra Leone, accused by Freetown of arming"
        " the RUF.",
    ],
)
def test_a_prepositions_object_is_not_the_one_accused(parse, text):
    assert not any(r == "supplies" for _, r, _ in claims(parse(text, "2015-05-01"))), text


def test_a_conjunct_past_the_closing_comma_is_not_accused(parse):
    text = "The report named Eritrea, accused of arming al-Shabaab, and Djibouti."
    assert ("Eritrea", "supplies", "Djibouti") not in claims(parse(text, "2015-05-01"))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Kenya named Eritrea, accused of arming al-Shabaab, in its complaint.",
            ("Eritrea", "supplies", "al-Shabaab"),
        ),
        (
            "Eritrea, accused of arming al-Shabaab, denied the charge.",
            ("Eritrea", "supplies", "al-Shabaab"),
        ),
    ],
)
def test_the_verbs_object_or_subject_set_off_is_accused(parse, text, claim):
    assert claim in claims(parse(text, "2015-05-01"))


# --- accusations: officials act for their state; the accuser is never the one accused -------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Uganda accused three Rwandan officials of supplying the M23 rebels.",
            ("Rwanda", "supplies", "M23"),
        ),
        (
            "Colombia accused two Venezuelan army officers of arming the FARC.",
            ("Venezuela", "supplies", "Revolutionary Armed Forces of Colombia (FARC)"),
        ),
    ],
)
def test_officials_accused_act_for_their_state(parse, text, claim):
    assert claim in claims(parse(text, "2015-05-01"))


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's (before: France backs the Wagner Group)
        "France accused businessmen close to the junta of funding the Wagner Group.",
        "Ukraine accused traders close to the Kremlin of financing the separatists.",
    ],
)
def test_the_accuser_is_never_the_one_accused(parse, text):
    got = claims(parse(text, "2015-05-01"))
    accuser = text.split()[0]
    assert not any(p == accuser for p, _, _ in got), got
