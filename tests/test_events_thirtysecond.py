"""The fourteenth fresh batch's wrong events and the known ones left before it (eventsq32).

On main 02212a2 commandos storming a hijacked airliner made an incursion, an attack recalled at
its anniversary was dated on the day of the story that recalls it, and a meeting was placed in
the town a hijacked plane had taken off from. Each kind is tested here on sentences of other
wars and places; guards keep what must stay. Events are found by the real spaCy pipeline and
the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 10 June 2015."""
    return reader(geoparsing, "2015-06-10")


# --- a craft stormed -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on"),
    [
        (
            "Malta\n\nEgyptian commandos stormed the hijacked EgyptAir jet at Luqa airport in"
            " Malta on Sunday and freed the passengers.\n",
            "1985-11-25",
        ),
        (
            "Somalia\n\nGerman commandos stormed a hijacked Lufthansa airliner at Mogadishu"
            " airport on Tuesday.\n",
            "1977-10-18",
        ),
    ],
)
def test_commandos_storming_a_hijacked_plane_attack_it_and_cross_no_border(read, text, on):
    """A plane, a ship or a train stormed is an attack on whoever holds it, not an incursion
    into a land."""
    assert not events_of(read, text, "incursion", on)
    assert one_event(read, text, "attack", on).actors


def test_troops_storming_into_a_town_still_cross_into_it(read):
    e = one_event(
        read,
        "Georgia\n\nRussian troops stormed into the Georgian town of Gori on Monday.\n",
        "incursion",
        "2008-08-12",
    )
    assert "Russia" in e.actors


# --- an act recalled years after -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "on"),
    [
        (
            "Scotland\n\nHundreds gathered on Friday to mark 30 years since the bombing of the"
            " airliner over Lockerbie.\n",
            "bombing",
            "2018-12-22",
        ),
        ("Croatia\n\nFor several years after the attack Vukovar stood empty.\n", "attack", None),
        (
            "Guatemala\n\nFor years after the massacre the village of Dos Erres stood empty.\n",
            "attack",
            None,
        ),
        (
            "Guatemala\n\nMourners stood in silence on Sunday to remember the 300 villagers killed"
            " when soldiers attacked Dos Erres.\n",
            "attack",
            None,
        ),
        (
            "Iraq\n\nPeople stood in silence for five minutes to remember the villagers killed"
            " when the troops of the late dictator attacked the town with poison gas.\n",
            "attack",
            None,
        ),
    ],
)
def test_an_act_counted_from_by_years_or_remembered_is_no_news_of_the_day(read, text, etype, on):
    """ "to mark 30 years since the bombing", "for years after the attack", "to remember the
    villagers killed when soldiers attacked": history recalled, never an event of the article's
    day."""
    got = events_of(read, text, etype, on or "2015-06-10")
    assert not got, [(e.label, e.date) for e in got]


def test_an_act_days_before_stays_news(read):
    e = one_event(
        read,
        "Afghanistan\n\nThree days after the bombing in Kabul, police arrested two men"
        " on Monday.\n",
        "bombing",
    )
    assert e.date is None or e.date.startswith("2015")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Rwanda\n\nIn April the government hanged the former general for the bombing of the"
            " market in Kigali.\n",
            "bombing",
        ),
        (
            "Peru\n\nIn April the court jailed the militia leader for the massacre in the"
            " village.\n",
            "attack",
        ),
    ],
)
def test_what_one_is_punished_for_is_not_dated_by_the_punishment(read, text, etype):
    for e in events_of(read, text, etype):
        assert e.date != "2015-04", e.label


def test_the_act_told_again_keeps_the_year_told_before(read):
    """ "The 1988 attack is among ... the thousands who still suffer from the attack": the
    second "the attack" is the first, of 1988, not an attack of the article's day."""
    got = events_of(
        read,
        "Iraq\n\nIraqi Kurds marked the anniversary on Tuesday. The 1988 attack is among the most"
        " notorious massacres of the Anfal campaign. Iraqi Kurds have asked the government for"
        " help for the thousands who still suffer from the attack.\n",
        "attack",
        "2010-03-16",
    )
    assert got
    assert all(e.date == "1988" for e in got), [(e.label, e.date) for e in got]


# --- where a plane took off from -----------------------------------------------------------------
def test_where_a_hijacked_plane_took_off_from_places_nothing(read):
    """ "half an hour after it took off from Dubai", "when it left Dubai": where the plane set
    out from is no place of the raid that ended its hijacking."""
    text = (
        "Hijacked plane stormed\n\nThree people were killed when Pakistani commandos stormed a"
        " hijacked airliner today. Gunmen seized the plane half an hour after it took off from"
        " Dubai. Officials said they decided to raid the plane after consulting the Indian"
        " government. The plane had 150 people on board when it left Dubai.\n"
    )
    out = read(text, None)
    places = [out.event_places.get(e.id) for e in out.events]
    assert out.events
    assert all(tp is None or tp.name != "Dubai" for tp in places), [e.label for e in out.events]


# --- an act after "after", all of whose times are years gone -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iran\n\nU.S. planes landed at Kerman on Sunday with aid. Soldiers unloaded the aid at"
        " Kerman airport.\n\nThe break came after militants took over the U.S. Embassy in Tehran"
        " on November 4, 1979, and held 52 Americans hostage for 444 days.\n",
        "Afghanistan\n\nRelations soured after rebels attacked the embassy in Kabul on May 5,"
        " 2011, and killed two guards.\n",
    ],
)
def test_an_act_after_after_years_gone_is_history(read, text):
    out = read(text, "2015-06-10" if "Kabul" in text else "2003-12-29")
    got = [e for e in out.events if e.type in ("attack", "kidnapping")]
    assert not got, [(e.label, e.date) for e in got]


def test_the_news_day_before_after_keeps_it_news(read):
    """ "Protests broke out in Ferguson on Monday after ...": the protest is Monday's news."""
    e = one_event(
        read,
        "United States\n\nProtests broke out in Ferguson on Monday after police shot a man on"
        " March 3, 2013.\n",
        "protest",
    )
    assert e.date == "2015-06-08"


# --- armour crossing a border --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on", "actor"),
    [
        (
            "Georgia\n\nRussia pushed 150 tanks into South Ossetia on Friday.\n",
            "2008-08-09",
            "Russia",
        ),
        (
            "Ukraine\n\nThe spokesman said a convoy of 32 tanks, 16 howitzers and 30 lorries"
            " carrying troops had crossed the border on Thursday into the Lugansk region.\n",
            "2014-11-07",
            None,
        ),
        (
            "Ukraine\n\nRussian tank column enters eastern Ukraine, Kiev says\n",
            "2014-11-07",
            "Russia",
        ),
    ],
)
def test_tanks_pushed_or_crossing_into_a_land_are_an_incursion(read, text, on, actor):
    e = one_event(read, text, "incursion", on)
    if actor is not None:
        assert actor in e.actors, e.label


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine\n\nA convoy of Russian aid lorries crossed the border into Ukraine on Friday.\n",
        "Kosovo\n\nSerb forces pushed thousands of ethnic Albanians across the border into Albania"
        " on Friday.\n",
    ],
)
def test_aid_lorries_or_people_driven_out_cross_into_no_incursion(read, text):
    assert not events_of(read, text, "incursion")


def test_a_states_own_tanks_come_into_its_capital_are_deployed(read):
    text = "Egypt\n\nEgyptian army tanks came into Cairo on Friday night.\n"
    assert not events_of(read, text, "incursion", "2011-01-28")


# --- a craft named by its hijacking --------------------------------------------------------------
def test_a_hijacked_airliner_tells_a_hijacking_whose_owner_is_no_hijacker(read):
    out = read(
        "Malta\n\nEgyptian commandos stormed the hijacked EgyptAir jet at Luqa airport in Malta"
        " on Sunday.\n",
        "1985-11-25",
    )
    got = [e for e in out.events if e.type == "hijacking"]
    assert len(got) == 1, [e.label for e in out.events]
    assert "EgyptAir" not in got[0].actors


def test_a_craft_named_by_its_hijacking_is_not_dated_by_its_release(read):
    e = one_event(
        read,
        "Somalia\n\nThe hijacked tanker was released by pirates off Somalia on Monday.\n",
        "hijacking",
    )
    assert e.date != "2015-06-08", e.label


# --- gatherings and showings that are no protest -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Colorado\n\nThe company will hold a product demonstration at its store in Denver on"
        " Friday.\n",
        "California\n\nApple gave a product demonstration in Cupertino on Tuesday.\n",
        "Czech Republic\n\nCrowds gathered in Lidice on Sunday to remember the villagers killed by"
        " German troops.\n",
        "Argentina\n\nThousands marched in Buenos Aires on Sunday to celebrate the victory.\n",
    ],
)
def test_a_showing_or_a_remembrance_is_no_protest(read, text):
    got = events_of(read, text, "protest")
    assert not got, [e.label for e in got]


@pytest.mark.parametrize(
    "text",
    [
        "Michigan\n\nWorkers held a demonstration outside the company's offices in Detroit on"
        " Friday.\n",
        "Ukraine\n\nProtesters gathered in Kiev on Sunday to mark the anniversary of the"
        " uprising.\n",
    ],
)
def test_workers_and_protesters_still_protest(read, text):
    assert events_of(read, text, "protest")


# --- a country protesting day after day ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on", "actor"),
    [
        (
            "Egypt\n\nEgypt protested for a twelfth day on Saturday as crowds filled Tahrir Square"
            " in Cairo.\n",
            "2011-02-05",
            "Egypt",
        ),
        (
            "Bahrain\n\nBahrain protested for a third day on Thursday as crowds filled the Pearl"
            " roundabout in Manama.\n",
            "2011-02-17",
            "Bahrain",
        ),
    ],
)
def test_a_country_protesting_for_days_is_its_people_in_the_street(read, text, on, actor):
    e = one_event(read, text, "protest", on)
    assert actor in e.actors, e.label


def test_a_states_complaint_is_still_no_street_protest(read):
    text = "Myanmar\n\nJapan protested the killing of a Japanese photographer.\n"
    assert not events_of(read, text, "protest", "2007-09-28")


# --- a witness's "they" after armed men named the sentence before --------------------------------
@pytest.mark.parametrize(
    ("text", "on", "actor"),
    [
        (
            "Georgia\n\nRussian troops entered Gori on Sunday. Residents said they opened fire on"
            " cars.\n",
            "2008-08-12",
            "Russia",
        ),
        (
            "Nigeria\n\nSoldiers entered the village of Baga on Saturday. Villagers said they"
            " opened fire on a market.\n",
            "2015-06-10",
            "soldiers",
        ),
    ],
)
def test_a_witness_s_they_is_the_armed_men_of_the_sentence_before(read, text, on, actor):
    e = one_event(read, text, "attack", on)
    assert actor in e.actors, e.label
    assert "residents" not in e.actors and "villagers" not in e.actors, e.label


def test_a_witness_s_they_on_them_still_names_no_one(read):
    text = (
        "Georgia\n\nRussian troops entered Gori on Sunday. Villagers said they had fired on them.\n"
    )
    for e in events_of(read, text, "attack", "2008-08-12"):
        assert not e.actors, e.label


# --- forces leaving a war through a border -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on"),
    [
        (
            "Kuwait\n\nThe last convoy of US troops to leave Iraq has entered Kuwait on Sunday.\n",
            "2011-12-26",
        ),
        (
            "Uzbekistan\n\nSoviet troops leaving Afghanistan crossed into Uzbekistan on"
            " Wednesday.\n",
            "1989-02-15",
        ),
    ],
)
def test_forces_leaving_a_war_through_a_border_invade_no_one(read, text, on):
    assert not events_of(read, text, "incursion", on)
