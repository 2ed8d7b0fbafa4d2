"""Wrong claims left after the third reading of every event of the 706 LGL and TR-News articles
(benchmarks/events_audit.py) and in news sentences written for this pass, each fixed as a class
of wording: one person told by his nationality read as his state; a firm or a rebel front named
for a country read as the state; a rank written short cutting a sentence so that the victim
reads as the attacker; a trade, a search or a denial read as an attack or a meeting; and one
incident told twice in a story, first by its victim's office and then by his name. Each case
quotes the real sentence that showed it, or one written from other wars, decades and outlets,
beside a right event that must still come out."""

from __future__ import annotations

import pytest

from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file."""
    return reader(geoparsing, "2016-12-20")


def _of_type(read, text: str, etype: str, published: str | None = "2016-12-20"):
    return [e for e in read(text, published).events if e.type == etype]


# --- one person by his nationality is not his state -------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "person", "state"),
    [
        (
            "A Turkish policeman fatally shot Russia's ambassador to Turkey in Ankara on Monday.",
            "attack",
            "Turkish policeman",
            "Turkey",
        ),
        ("A Syrian refugee stabbed two people in Ansbach, Germany.", "attack", "Syrian", "Syria"),
        (
            "An Israeli settler attacked a Palestinian farmer near Nablus on Saturday.",
            "attack",
            "Israeli settler",
            "Israel",
        ),
        (
            "A Pakistani taxi driver was stabbed by a teenager in Bradford on Saturday night.",
            "attack",
            "Pakistani taxi driver",
            "Pakistan",
        ),
        (
            "A Nigerian pastor was kidnapped by gunmen in Kaduna state on Sunday.",
            "kidnapping",
            "Nigerian pastor",
            "Nigeria",
        ),
        (
            "An Afghan insurgent attacked a police checkpoint in Kandahar on Friday.",
            "attack",
            "Afghan insurgent",
            "Afghanistan",
        ),
        (
            "A Palestinian militant fired a rocket at Sderot on Monday.",
            "attack",
            "Palestinian militant",
            "Palestine",
        ),
    ],
)
def test_one_person_by_his_nationality_is_not_his_state(read, text, etype, person, state):
    events = _of_type(read, text, etype)
    assert events, text
    sides = events[0].actors + events[0].targets
    assert state not in sides, sides
    assert any(person in s for s in sides), sides


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Russian soldier shot a Ukrainian civilian in Bucha in March.", "Russia"),
        ("Russian President Vladimir Putin met Turkish President Erdogan in Sochi.", "Turkey"),
        ("An Iranian diplomat met with Iraqi officials in Baghdad on Sunday.", "Iran"),
        ("A Russian bomber struck targets near Aleppo on Monday.", "Russia"),
    ],
)
def test_a_soldier_or_an_office_still_stands_for_his_state(read, text, state):
    events = read(text).events
    assert events and state in events[0].actors, events


# --- a firm or a rebel front named for a country is not the state -----------------------------


_NAMED_FOR_A_COUNTRY = [
    ("Malaysia Airlines signed a deal with Boeing in Kuala Lumpur.", "Malaysia Airlines"),
    ("Ethiopian Airlines signed an agreement with Boeing in Addis Ababa.", "Ethiopian Airlines"),
    ("Air India and Lufthansa signed an agreement in Frankfurt.", "Air India"),
    (
        "The Sudan People's Liberation Army attacked government positions in Malakal.",
        "Sudan People's Liberation Army",
    ),
    (
        "Rwandan Patriotic Front rebels attacked government troops in Ruhengeri on 23 January"
        " 1991.",
        "Rwandan Patriotic Front",
    ),
    (
        "SARAJEVO, Bosnia (AP) - Bosnian Serb gunners shelled the Sarajevo suburb of Dobrinja "
        "on Monday.",
        "Bosnian Serb gunners",
    ),
]
_STATES = {"Malaysia", "Ethiopia", "India", "Sudan", "Rwanda", "Serbia", "Bosnia and Herzegovina"}


@pytest.mark.parametrize(("text", "name"), _NAMED_FOR_A_COUNTRY)
def test_a_name_that_holds_a_country_is_not_the_state(read, text, name):
    events = read(text).events
    assert events and name in events[0].actors, events
    assert not _STATES & set(events[0].actors), events


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Syrian Arab Army attacked rebel positions in Homs on Tuesday.", "Syrian government"),
        ("Turkish Armed Forces shelled Kurdish positions near Afrin on Sunday.", "Turkey"),
    ],
)
def test_a_state_organ_by_its_name_stays_the_state(read, text, state):
    events = read(text).events
    assert events and any(state in a for a in events[0].actors), events


# --- a rank written short does not cut the sentence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "victim"),
    [
        (
            "Authorities say Eberhart, 45, attacked Sgt. Courtney Gale with a kitchen knife on "
            "Dec. 11, 2007, repeatedly stabbing the uniformed officer in the Kroger store.",
            "Eberhart",
            "Courtney Gale",
        ),
        (
            "Authorities said Pvt. Ramirez attacked Sgt. Maj. Collins at Fort Hood, Texas, on "
            "Wednesday.",
            "Ramirez",
            "Collins",
        ),
        (
            "Police said Cpl. Nathan Cirillo was shot by a gunman at the National War Memorial "
            "in Ottawa.",
            "gunman",
            "Nathan Cirillo",
        ),
    ],
)
def test_a_rank_written_short_does_not_make_the_victim_the_attacker(read, text, attacker, victim):
    attacks = _of_type(read, text, "attack")
    assert attacks, text
    assert attacks[0].actors == [attacker], attacks
    assert victim in attacks[0].targets, attacks
    assert all(victim not in a for e in attacks for a in e.actors), attacks


def test_a_rank_written_short_is_one_token():
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import tokenised_sentences

    doc = document_from_text("t.txt", "Eberhart attacked Sgt. Courtney Gale in Dallas.")
    (unit,) = tokenised_sentences(doc)
    assert "Sgt." in [t.text for t in unit.sent], [t.text for t in unit.sent]


# --- no incident: a thing named for an act, a question, a trip of one's own, a search ----------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Wal-Mart shooting threat dubious.", "attack"),
        ("Israel expressed strong reservations about any negotiations with Tehran.", "meeting"),
        (
            "Controller Gord Hume asked for $1,200 to visit Nanjing while on a personal trip to "
            "Beijing.",
            "visit",
        ),
        ("She was caught after a raid on her home last November.", "attack"),
        (
            "Officers seized 1,248 bags of heroin and three guns in raids in the city, Hartford "
            "police said Thursday, and arrested 13 people.",
            "attack",
        ),
    ],
)
def test_no_incident_is_told(read, text, etype):
    assert not _of_type(read, text, etype), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police said militants raided a village near Maiduguri on Sunday.", "attack"),
        ("Israeli troops raided the Jenin refugee camp on Wednesday.", "attack"),
        ("Russian attack helicopters struck rebel positions near Idlib.", "air_strike"),
    ],
)
def test_a_raid_by_a_side_is_still_one(read, text, etype):
    assert _of_type(read, text, etype), text


def test_a_suicide_bomber_is_no_aircraft(read):
    text = "KABUL (Reuters) - A Taliban suicide bomber struck a NATO convoy in Kabul on Thursday."
    assert not _of_type(read, text, "air_strike")


def test_what_a_sentence_dates_years_before_the_article_is_no_plan(read):
    text = (
        "Hartmann is scheduled to die April 7 for the fatal stabbing and mutilation of "
        "46-year-old Wanda Snipes in Akron on Sept. 9, 1997."
    )
    attacks = _of_type(read, text, "attack", "2009-03-05")
    assert attacks and attacks[0].status == "" and attacks[0].date == "1997-09-09", attacks


# --- two incidents of one sentence, one incident of two ---------------------------------------


def test_what_came_before_in_an_after_clause_is_another_incident(read):
    text = "Police shot a suspect in downtown Portland on Friday after he attacked an officer."
    attacks = _of_type(read, text, "attack")
    shot = [e for e in attacks if "police" in e.actors]
    assert shot and "officer" not in shot[0].targets, attacks


_ENVOY_THEN_HIS_NAME = (
    "A Turkish policeman fatally shot Russia's ambassador to Turkey in Ankara on Monday.\n\n"
    "Witnesses watched as the gunman fired at least eight shots, walking around Ambassador "
    "Andrei Karlov as he lay motionless.\n\n"
    "The spectacle of 62-year-old Karlov's assassination by a member of the Turkish security "
    "forces reinforced the sense of unease over the region's conflict."
)


def test_the_envoy_then_his_name_is_one_incident(read):
    attacks = _of_type(read, _ENVOY_THEN_HIS_NAME, "attack", "2016-12-19")
    assert len(attacks) == 1, attacks
    # the ambassador shot is the man, by the name the article titles him with, not Russia
    # (eventsq12)
    assert attacks[0].targets == ["Andrei Karlov"], attacks
    # told by name, it takes no unnamed second author from the other report
    assert attacks[0].actors == ["Turkish policeman"], attacks


def test_a_person_the_article_gives_no_such_office_stays_apart(read):
    text = (
        "A Turkish policeman fatally shot Russia's ambassador to Turkey in Ankara on Monday.\n\n"
        "Witnesses said Mehmet Kaya, a photographer, filmed the scene.\n\n"
        "Kaya's assassination by a member of the Turkish security forces came a week later."
    )
    attacks = _of_type(read, text, "attack", "2016-12-19")
    assert len(attacks) == 2, attacks


# --- a people's group in another country, a habit --------------------------------------------


def test_a_peoples_fighters_in_another_country_are_not_the_group_of_that_name(read):
    iraqi = _of_type(
        read, "Iraqi Kurdish fighters attacked Islamic State positions near Mosul.", "attack"
    )
    assert iraqi and iraqi[0].actors == ["Iraqi Kurdish fighters"], iraqi
    syrian = _of_type(
        read, "Syrian Kurdish fighters attacked Islamic State positions near Raqqa.", "attack"
    )
    assert syrian and "YPG" in syrian[0].actors[0], syrian


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has become accustomed to deadly attacks.",
        "Residents of Sderot are used to rocket attacks from Gaza.",
    ],
)
def test_what_one_is_used_to_is_no_incident(read, text):
    assert not _of_type(read, text, "attack"), text
