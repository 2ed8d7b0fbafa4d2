"""A reviewer's read of the thirty-second pass's event rules on sentences of their other senses
(review47).

Each rule of eventsq32 makes or drops events on words; here those words mean something else: a
witness's "they" after a sentence whose armed men are the victims, an "after" clause put first
with the news in the main clause, soldiers crossing a border to defect, tanks "coming into
service", a state's army in its own capital, a demonstration against something held at a fair,
a crowd that remembers and demands, crowds attacking while a state lodges a complaint. Every
test but the guards fails on main 6beee39. Events are found by the real spaCy pipeline and the
real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 10 June 2015."""
    return reader(geoparsing, "2015-06-10")


# --- a witness's "they" --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nigeria\n\nGunmen killed three soldiers in Maiduguri on Monday. Villagers said they"
        " opened fire on a bus.\n",
        "Syria\n\nRebels shot down two army helicopters near Aleppo on Monday. Witnesses said they"
        " fired rockets at the base.\n",
    ],
)
def test_a_witness_s_they_is_never_the_victims_of_the_sentence_before(read, text):
    """The armed men a witness's "they" takes are the ones who acted in the sentence before
    (its subject or its passive's agent), never the soldiers killed or the army's helicopters
    shot down."""
    for e in events_of(read, text, "attack"):
        assert not {"soldiers", "army"} & set(e.actors), e.actors


def test_a_witness_s_they_still_takes_the_troops_who_entered(read):
    """Guard: "Russian troops entered Gori. Residents said they opened fire on cars" stays
    Russia's attack."""
    text = (
        "Georgia\n\nRussian troops entered Gori on Sunday. Residents said they opened fire on"
        " cars.\n"
    )
    got = [e for e in events_of(read, text, "attack", "2008-08-12")]
    assert got and "Russia" in got[0].actors


# --- an "after" clause put first -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Chad\n\nAfter the 2008 siege of N'Djamena failed, rebels attacked Abeche this week.\n",
        "Iraq\n\nAfter the rebels were defeated in 1999, the army attacked the town again this"
        " week.\n",
        "Sudan\n\nFighting broke out after the peace deal signed in 2005 collapsed, and rebels"
        " shelled Kadugli.\n",
    ],
)
def test_the_main_clause_after_an_old_after_clause_is_news(read, text):
    """Only what the "after" clause tells is the old history: the main clause put after it,
    or a clause with a subject of its own, tells the news."""
    out = read(text)
    assert [e for e in out.events if e.type in ("attack", "bombardment")], [
        e.label for e in out.events
    ]


def test_the_after_clause_s_own_second_act_stays_history(read):
    """Guard: "... after militants took over the embassy in 1979 and held 52 Americans
    hostage" (its second verb shares the clause's subject): no event."""
    text = (
        "Iran\n\nThe break came after militants took over the U.S. Embassy in Tehran on November"
        " 4, 1979, and held 52 Americans hostage for 444 days.\n"
    )
    assert not [e for e in read(text, "2003-05-01").events if e.type in ("kidnapping", "attack")]


# --- crossing a border ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on"),
    [
        (
            "Turkey\n\nHundreds of Syrian soldiers crossed into Turkey on Monday to defect.\n",
            "2012-06-10",
        ),
        (
            "Bangladesh\n\nDozens of Myanmar soldiers crossed into Bangladesh on Sunday seeking"
            " refuge.\n",
            "2017-09-10",
        ),
    ],
)
def test_soldiers_crossing_to_defect_or_seek_refuge_invade_no_one(read, text, on):
    assert not events_of(read, text, "incursion", on)


def test_tanks_coming_into_service_are_no_deployment(read):
    """ "Came into service" takes no place: the tanks went nowhere."""
    text = "Russia\n\nNew Russian tanks came into service in Moscow on Monday.\n"
    assert not [e for e in read(text).events if e.type in ("deployment", "incursion")]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand\n\nThe army's tanks entered the capital in a coup on Tuesday.\n",
        "Thailand\n\nThai army tanks entered Bangkok on Tuesday as the military seized power.\n",
    ],
)
def test_an_army_s_tanks_in_its_own_capital_make_no_incursion(read, text):
    assert not events_of(read, text, "incursion", "2006-09-20")
    assert events_of(read, text, "deployment", "2006-09-20")


def test_foreign_tanks_entering_a_capital_still_invade(read):
    """Guard: "Soviet tanks entered Prague" stays the Soviet Union's incursion."""
    e = one_event(
        read,
        "Czechoslovakia\n\nSoviet tanks entered Prague on Wednesday.\n",
        "incursion",
        "1968-08-21",
    )
    assert "Soviet Union" in e.actors


# --- demonstrations and gatherings ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "France\n\nFarmers held a demonstration at the agricultural fair in Paris against the"
        " trade deal on Saturday.\n",
        "Bangladesh\n\nCompany workers held a demonstration in Dhaka on Monday over unpaid"
        " wages.\n",
        "Argentina\n\nThousands marched in Buenos Aires on Tuesday to mark the anniversary of the"
        " coup, demanding justice.\n",
        "Turkey\n\nCrowds gathered in Istanbul on Sunday to mourn the victims and chanted slogans"
        " against the government.\n",
    ],
)
def test_a_demonstration_against_something_or_a_crowd_that_demands_protests(read, text):
    assert events_of(read, text, "protest")


@pytest.mark.parametrize(
    "text",
    [
        "France\n\nThe company will hold a product demonstration at its store in Paris on"
        " Friday.\n",
        "Czech Republic\n\nCrowds gathered in Lidice on Sunday to remember the villagers killed"
        " in 1942.\n",
    ],
)
def test_a_showing_and_a_remembrance_stay_no_protest(read, text):
    """Guards: the firm's showing and the crowd that only remembers."""
    assert not events_of(read, text, "protest")


# --- a state that protests -----------------------------------------------------------------------
def test_a_state_protesting_as_crowds_attack_its_people_lodges_a_complaint(read):
    """Crowds attacking Japanese shops in Beijing are not Japan's people in the street."""
    text = "China\n\nJapan protested on Tuesday as crowds attacked Japanese shops in Beijing.\n"
    assert not [e for e in events_of(read, text, "protest", "2012-09-18") if "Japan" in e.actors]


def test_a_state_protesting_for_days_as_crowds_fill_a_square_still_protests(read):
    """Guard: "Egypt protested for a fifth day as crowds filled Tahrir Square" is its people."""
    text = (
        "Egypt\n\nEgypt protested for a fifth day on Saturday as crowds filled Tahrir Square in"
        " Cairo.\n"
    )
    assert events_of(read, text, "protest", "2011-01-29")


# --- an act the clause counts from ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Iraq\n\nDays after the invasion, US troops attacked Fallujah on Monday.\n", "attack"),
        (
            "Nigeria\n\nTwo years after the kidnapping, gunmen attacked a church in Kano on"
            " Sunday.\n",
            "attack",
        ),
    ],
)
def test_the_act_counted_from_does_not_swallow_the_clause_s_own(read, text, etype):
    """ "Days after the invasion" is the time the attack is counted from, another act: the
    attack of Monday is the news, not folded into the invasion (which then went as history)."""
    assert events_of(read, text, etype)
