"""An eighth fresh batch's wrong events, as kinds (eventsq26).

benchmarks/data/events_fresh8, judged on main 4a8beab before any change, found a hijacking "in
the Indian Ocean off Somalia" pinned at the ocean's centre point and pirates' fire "off East
Africa" pinned at Africa's, on land; "A land mine killed an Azerbaijani officer" read as an
attack with no attacker, and "a landmine ... exploded" not at all; "Police have met the growing
protests ... with deadly force" read as a meeting; "the rebels have stepped up attacks on mines
and plantations", a campaign's course, read as one attack; "Sixteen crew members the pirates had
held hostage were rescued" read as a kidnapping (the news is the rescue); "police have killed at
least 20 people since the unrest began", a toll, read as an attack; and "near Mulondo in Lanao
del Sur province" put at Lanao, a village of another island. The sentences here are of other
coasts, wars and provinces; events are found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


def _places(read, text: str, *types: str) -> list[tuple[str, str | None]]:
    out = read(text)
    got = []
    for e in out.events:
        if e.type in types:
            tp = out.event_places.get(e.id)
            got.append((e.type, tp.candidate.gazetteer_id if tp and tp.candidate else None))
    assert got, [e.label for e in out.events]
    return got


@pytest.mark.parametrize(
    "text, types",
    [
        (
            "Pirates seize ship\n\nSomali pirates hijacked a cargo ship in the Indian"
            " Ocean off Kenya on Sunday, the European Union's naval force said.\n",
            ("hijacking", "ship_seizure"),
        ),
        (
            "Invasion\n\nArgentine forces invaded the islands in the South Atlantic on Friday,"
            " the British government said.\n",
            ("incursion",),
        ),
        (
            "Trawler attacked\n\nPirates in a speedboat fired on a fishing trawler off West"
            " Africa on Tuesday, the ship's owners said.\n",
            ("attack",),
        ),
    ],
)
def test_an_ocean_or_a_coast_of_a_continent_is_no_pin(read, text, types):
    places = [gid for _, gid in _places(read, text, *types)]
    assert not any(gid and gid.endswith("_ocean") for gid in places), places
    assert "geonames:6255146" not in places, places  # Africa's centre point


def test_a_sea_named_keeps_its_pin(read):
    text = (
        "Ship seized\n\nHouthi fighters hijacked a cargo ship in the Red Sea on Sunday, the"
        " ship's operator said.\n"
    )
    places = [gid for _, gid in _places(read, text, "hijacking", "ship_seizure")]
    assert "curated:red_sea" in places, places


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed\n\nA land mine killed three Colombian soldiers in Antioquia on Friday,"
        " the army said.\n",
        "Deminers wounded\n\nTwo deminers were wounded when a landmine exploded near Jaffna on"
        " Saturday, the police said.\n",
    ],
)
def test_a_land_mines_blast_is_a_bombing(read, text):
    assert events_of(read, text, "bombing"), [e.label for e in read(text).events]
    assert not events_of(read, text, "attack"), [e.label for e in read(text).events]


def test_landmines_cleared_are_no_bombing(read):
    text = (
        "Fields cleared\n\nArmy engineers cleared 300 landmines near Jaffna on Saturday, the"
        " police said.\n"
    )
    assert not events_of(read, text, "bombing")


def test_protests_met_with_force_are_no_meeting(read):
    text = (
        "Crackdown\n\nRiot police met the demonstrations in Caracas with tear gas on"
        " Saturday, witnesses said.\n"
    )
    assert not events_of(read, text, "meeting"), [e.label for e in read(text).events]


def test_a_minister_who_met_protest_leaders_held_a_meeting(read):
    text = (
        "Talks\n\nThe prime minister met protest leaders in Bangkok on Monday, his office said.\n"
    )
    assert events_of(read, text, "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "Delta\n\nSince January the insurgents have stepped up attacks on oil pipelines in the"
        " Niger Delta to press their demands.\n",
        "Campaign\n\nThe rebels are intensifying raids on army posts in Kivu, a UN report said.\n",
    ],
)
def test_attacks_stepped_up_over_a_span_are_no_one_attack(read, text):
    assert not events_of(read, text, "attack"), [e.label for e in read(text).events]


def test_air_strikes_intensified_on_a_day_stay(read):
    text = (
        "Strikes\n\nIsrael intensified air strikes on Gaza on Monday, killing 20 people,"
        " medics said.\n"
    )
    assert events_of(read, text, "air_strike")


@pytest.mark.parametrize(
    "text",
    [
        "Clash\n\nMarines clashed with gunmen in Lanao del Norte on Sunday, the army said.\n",
        "Ambush\n\nGunmen ambushed an army truck in Lanao del Norte province on Sunday, the"
        " army said.\n",
    ],
)
def test_a_province_named_with_del_is_the_province_not_a_village(read, text):
    out = read(text)
    names = [
        out.event_places[e.id].candidate.name
        for e in out.events
        if e.type in ("clash", "attack") and out.event_places.get(e.id) is not None
    ]
    assert names and all("Lanao del Norte" in n for n in names), [e.label for e in out.events]


def test_captives_held_hostage_and_rescued_are_no_kidnapping(read):
    text = (
        "Sailors rescued\n\nNine sailors the gunmen had held hostage were rescued on Friday in"
        " the Niger Delta, the navy said.\n"
    )
    assert not events_of(read, text, "kidnapping"), [e.label for e in read(text).events]


def test_people_held_hostage_in_a_bank_are_a_kidnapping(read):
    text = "Siege\n\nGunmen held 20 people hostage in a bank in Lagos for six hours on Monday.\n"
    assert events_of(read, text, "kidnapping")


@pytest.mark.parametrize(
    "text",
    [
        "Toll\n\nRights groups say soldiers have killed at least 40 people since the protests"
        " began two weeks ago.\n",
        "Toll\n\nThe junta has killed more than 900 civilians since it seized power in a coup"
        " last year.\n",
    ],
)
def test_a_toll_counted_since_a_time_is_no_one_attack(read, text):
    assert not events_of(read, text, "attack"), [e.label for e in read(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Crackdown\n\nSecurity forces killed 12 protesters in Kinshasa on Monday, rights groups"
        " said.\n",
        "Raid\n\nGunmen have killed five villagers in an attack near Maiduguri, officials said.\n",
    ],
)
def test_a_killing_told_as_the_news_stays(read, text):
    assert events_of(read, text, "attack")
