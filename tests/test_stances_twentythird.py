"""The twenty-third pass on who backs whom: wrong claims found on news nobody tuned on, fixed
as kinds. The object "it" of "accusing it of" is the one accused, and so is whoever does what
the accused is charged with by some means ("by arming"); a noun the parse joins to an object
but that runs into a verb of its own is that verb's subject, no second party; a plural
speaker's own "they" is the speaker; the one arrested on a charge is who the charge is about;
a broadcaster paid for is no side. Each kind on sentences of several names, beside those that
must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- "accusing it of ...": the accused, never the accuser ----------------------------------


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the fourth batch's Sudan story (before: Sudan supplying the RSF)
        (
            "In March Sudan took the UAE to the International Court of Justice, accusing it of "
            "complicity in genocide by arming the RSF.",
            ("United Arab Emirates", "supplies", "Rapid Support Forces (RSF)"),
            ("Sudan", "supplies", "Rapid Support Forces (RSF)"),
        ),
        # before: Ukraine supplying Russia
        (
            "Ukraine summoned Iran's envoy, accusing it of supplying drones to Russia.",
            ("Iran", "supplies", "Russia"),
            ("Ukraine", "supplies", "Russia"),
        ),
        # before: Mali supplying the Tuareg rebels
        (
            "Mali accused Algeria of meddling by arming the Tuareg rebels.",
            ("Algeria", "supplies", "Tuareg rebels"),
            ("Mali", "supplies", "Tuareg rebels"),
        ),
    ],
)
def test_the_accused_does_it(parse, text, right, wrong):
    got = claims(parse(text, "2024-04-01"))
    assert right in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # one's own means stay one's own
        ("Iran helped Russia by supplying drones.", ("Iran", "backs", "Russia")),
        (
            "Congo recalled its ambassador from Kigali, accusing Rwanda of arming the M23 rebels.",
            ("Rwanda", "supplies", "M23"),
        ),
    ],
)
def test_own_means_and_named_accused_unchanged(parse, text, claim):
    assert claim in claims(parse(text, "2024-04-01"))


# --- a noun that runs into its own verb is no second party ---------------------------------


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # sidesq21's check (before: the Soviet Union backing Cuba)
        (
            "The Soviet Union sided with the Ethiopian government and Cuba sent troops to "
            "Ethiopia.",
            ("Soviet Union", "backs", "Ethiopian government"),
            ("Soviet Union", "backs", "Cuba"),
        ),
        # before: Russia backing Iran
        (
            "Russia sided with the Syrian government and Iran sent fighters to Syria.",
            ("Russia", "backs", "Syrian government (Assad)"),
            ("Russia", "backs", "Iran"),
        ),
        # before: Iran backing Saudi Arabia
        (
            "Iran sided with the Houthis and Saudi Arabia bombed Yemen.",
            ("Iran", "backs", "Houthis"),
            ("Iran", "backs", "Saudi Arabia"),
        ),
        # before: the United States supplying Turkey
        (
            "The United States sent weapons to the Kurds and Turkey protested.",
            ("United States", "supplies", "Kurds"),
            ("United States", "supplies", "Turkey"),
        ),
    ],
)
def test_a_next_verbs_subject_is_no_party(parse, text, right, wrong):
    got = claims(parse(text, "2019-05-01"))
    assert right in got
    assert wrong not in got


def test_joined_subjects_stay_powers(parse):
    got = claims(parse("Russia and Iran sent troops to help the Syrian government.", "2019-05-01"))
    assert {
        ("Russia", "backs", "Syrian government (Assad)"),
        ("Iran", "backs", "Syrian government (Assad)"),
    } <= got


# --- a plural speaker's own "they" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the fourth batch's Kashmir story (before: Pakistan opposing the militants)
        (
            "India accused Pakistan's military of being behind militant attacks on its army "
            "posts in Indian-controlled Jammu and Kashmir.\n\n"
            "Defence Minister Nirmala Sitharaman said the militants belonged to a group based in "
            "Pakistan, and that Pakistan was breaking the ceasefire to help them cross.\n\n"
            "Officers of the Central Reserve Police Force said on Tuesday they were still "
            "fighting militants who had tried to storm one of their camps in Srinagar.",
            ("Pakistan", "opposes", "Kashmiri militants"),
        ),
        # before: Rwanda opposing the rebels
        (
            "Rwanda backs the M23. Army officers in Goma said they were still fighting the rebels.",
            ("Rwanda", "opposes", "rebels"),
        ),
    ],
)
def test_they_of_a_speaker_is_no_other_side(parse, text, wrong):
    assert wrong not in claims(parse(text, "2018-02-13"))


def test_they_of_a_speaker_is_whose_the_speaker_is(parse):
    text = (
        "Eritrea has been accused of arming al-Shabaab. Kenyan police officers said they were "
        "still fighting al-Shabaab militants near the border."
    )
    assert ("Kenya", "opposes", "al-Shabaab") in claims(parse(text, "2019-05-01"))


def test_they_of_a_named_speaker_unchanged(parse):
    got = claims(parse("The Houthis said they were fighting Saudi Arabia.", "2019-05-01"))
    assert ("Houthis", "opposes", "Saudi Arabia") in got


# --- the one arrested on a charge ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the events batch's Maldives story (before: "Police opposes Maldivian government")
        (
            "Police in the Maldives have arrested opposition leader Qasim Ibrahim on a charge of "
            "plotting to overthrow the government and remanded him for six days.",
            ("Police", "opposes", "Maldivian government"),
        ),
        # before: Turkey opposing the government
        (
            "Turkish police detained twelve army officers on charges of plotting to overthrow "
            "the government.",
            ("Turkey", "opposes", "government"),
        ),
        # before: Ethiopia backing the rebels
        (
            "Ethiopian security forces arrested the journalists on suspicion of supporting the "
            "rebels.",
            ("Ethiopia", "backs", "rebels"),
        ),
    ],
)
def test_who_arrests_is_not_who_is_charged(parse, text, wrong):
    assert wrong not in claims(parse(text, "2017-07-01"))


def test_accused_of_arming_unchanged(parse):
    got = claims(
        parse("Moldova accuses Russia's 14th Army of arming the separatists.", "1992-05-01")
    )
    assert ("Russia", "supplies", "separatists") in got


# --- a broadcaster paid for ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the places batch's Minembwe story (before: the United Nations backing Radio Okapi)
        "Gunfire was heard near Minembwe, where the UN-funded Radio Okapi reported that three "
        "militiamen were killed in fighting with troops.",
        "The US-funded Radio Free Asia said the junta had arrested dozens.",
    ],
)
def test_a_broadcaster_is_no_party(parse, text):
    assert not {c for c in claims(parse(text, "2021-05-01")) if c[1] == "backs"}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The Iran-backed Houthis fired missiles at Riyadh.", ("Iran", "backs", "Houthis")),
        (
            # in May 2021 the government in Tripoli was the Government of National Unity,
            # not the GNA (sidesfix59: the GNA's last year, 2020)
            "The UN-backed government in Tripoli asked Turkey for help.",
            ("United Nations", "backs", "Libyan government"),
        ),
    ],
)
def test_backed_sides_unchanged(parse, text, claim):
    assert claim in claims(parse(text, "2021-05-01"))
