"""Wrong events the window showed on a stances batch (benchmarks/data/stances_fresh10), as kinds
(review36).

The sentences here are of other wars and countries; events are found by the real spaCy pipeline
and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Truce\n\nA government spokesman told AFP that a meeting in Doha had reached a"
            " ceasefire agreement.\n",
            "AFP",
        ),
        (
            "Truce\n\nArmy spokesman Ahmed Khalil told AP that a meeting in Jeddah had reached a"
            " ceasefire agreement.\n",
            "AP",
        ),
    ],
)
def test_an_agency_told_by_its_letters_is_no_party(read, text, agency):
    """ "told AFP that a meeting ... had reached": an agency named by its letters, as
    datelines write it, is the press told of the talks, so neither it nor the speaker is a
    party (as "told Reuters" was already)."""
    for etype in ("meeting", "agreement"):
        for ev in events_of(read, text, etype):
            assert agency not in ev.actors
            assert not any("spokesman" in a or "Khalil" in a for a in ev.actors)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Embassy\n\nThe bombing of the US embassy in Nairobi in 1998 killed 213 people, and in"
            " 2001 bin Laden admitted responsibility for the attack.\n",
            "2001",
        ),
        (
            "Halabja\n\nIraq's part in the shelling of Halabja in 1988 led to sanctions, and in"
            " 2006 Saddam Hussein admitted responsibility for the attack.\n",
            "2006",
        ),
    ],
)
def test_an_act_owned_up_to_is_not_dated_by_the_admission(read, text, year):
    """ "in 2001 bin Laden admitted responsibility for the attack": the year is the
    admission's; "the attack" is the one told before, so one event, of its own year."""
    out = read(text)
    assert not [e for e in out.events if (e.date or "").startswith(year)], [
        (e.label, e.date) for e in out.events
    ]
    assert len(out.events) == 1, [e.label for e in out.events]


def test_responsibility_claimed_on_a_day_is_not_the_attack_day(read):
    """ "claimed responsibility on Tuesday for the attack on the hotel": Tuesday is the
    claim's day (the parser hangs "for" on the verb)."""
    text = (
        "Hotel\n\nThe Taliban claimed responsibility on Tuesday for the attack on the Kabul"
        " hotel, which killed 22 people on Saturday.\n"
    )
    assert "2011-03-08" not in [e.date for e in read(text).events]

    # beside it: "claimed responsibility for a suicide attack in Mogadishu on Monday that
    # killed ten soldiers": a day inside the act's own words is its own
    text = (
        "Blast\n\nAl-Shabaab claimed responsibility for a suicide attack in Mogadishu on Monday"
        " that killed ten soldiers.\n"
    )
    assert [e.date for e in read(text).events] == ["2011-03-07"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Invasion\n\nIraq invaded Kuwait in the early hours of August 2, after Saddam Hussein"
            " accused it of stealing oil.\n\nJordan is the only country that openly supported the"
            " invasion. It let Iraqi troops cross its roads, from where they attacked the town of"
            " Jahra in the north of Kuwait.\n",
            "Kuwait",
        ),
        (
            "Invasion\n\nVietnam invaded Cambodia in the last days of December, after months of"
            " border raids.\n\nThe Soviet Union was the only power that supported the invasion."
            " Vietnamese troops attacked the city of Kampong Cham in the east.\n",
            "Cambodia",
        ),
    ],
)
def test_a_country_invaded_is_placed_at_the_country(read, text, country):
    """ "Iraq invaded Kuwait ...", then an attack on a town joined to the invasion (an undated
    article): the invasion stays at the country its own sentence names; the town is a part of
    it, not its place."""
    out = read(text, None)
    invasions = [e for e in out.events if e.type == "incursion"]
    assert invasions, [e.label for e in out.events]
    for ev in invasions:
        tp = out.event_places.get(ev.id)
        assert tp is not None and tp.name == country, ev.label


@pytest.mark.parametrize(
    "text",
    [
        "Drills\n\nBefore the war Syria had hosted Iranian troops for a joint exercise, and many"
        " of them stayed.\n",
        "Drills\n\nIn 2019 Venezuela hosted Russian soldiers and two bombers for military"
        " drills.\n",
        "Bases\n\nDjibouti hosts French forces and an American base at Camp Lemonnier.\n",
    ],
)
def test_forces_hosted_are_no_meeting(read, text):
    """ "had hosted Iranian troops for a joint exercise": a state that hosts another's forces
    (or its base) lets them in; it holds no talks with them."""
    assert not events_of(read, text, "meeting"), [e.label for e in read(text).events]


def test_a_leader_hosted_is_still_a_meeting(read):
    """Beside the above, and failing on the base with it: forces hosted give no meeting while
    "Egypt hosted the Israeli prime minister in Cairo" still does."""
    assert events_of(
        read, "Talks\n\nEgypt hosted the Israeli prime minister in Cairo on Monday.\n", "meeting"
    )
    assert not events_of(
        read, "Drills\n\nLast year Cuba hosted Russian troops for naval drills.\n", "meeting"
    )


@pytest.mark.parametrize(
    ("text", "etype", "craft", "state"),
    [
        (
            "Ship taken\n\nPirates hijacked the MV Faina, a Ukrainian cargo carrier, off Somalia"
            " in September.\n",
            "hijacking",
            "MV Faina",
            "Ukraine",
        ),
        (
            "Airliner\n\nRussia shot down the MH17, a Malaysian airliner, over Ukraine in 2014.\n",
            "shoot_down",
            "MH17",
            "Malaysia",
        ),
    ],
)
def test_a_craft_named_with_an_apposition_is_the_craft(read, text, etype, craft, state):
    """ "hijacked the MV Faina, a Ukrainian cargo carrier" (eventsq29's "MV" prefix made it a
    hijacking): the ship by its name, not "Hijacking of Ukraine", the state of its flag."""
    ev = next(e for e in read(text).events if e.type == etype)
    assert craft in ev.targets
    assert state not in ev.targets
