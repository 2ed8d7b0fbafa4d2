"""The events audit's sixth pass: a title written short does not end the sentence, a meeting
of states is not put in the article's town, and an event whose sentence names no place is not
put at the article's place when the article tells that kind of event somewhere else."""

from __future__ import annotations

import pytest

from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file."""
    return reader(geoparsing, "2017-04-21")


def _of_type(read, text: str, etype: str):
    return [e for e in read(text).events if e.type == etype]


def _units(text: str):
    """The parse units of ``text`` as an ingest reads it, parsed."""
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import FULL, parse, tokenised_sentences

    units = tokenised_sentences(document_from_text("t.txt", text))
    parse(units, [FULL] * len(units))
    return units


# --- a title written short before a name does not end the sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Two gunmen shot Const. Daniel Woodall outside his home in Derry.", "Daniel Woodall"),
        ("Insurgents killed Staff Sgt. Ryan Maseth at a checkpoint near Kirkuk.", "Ryan Maseth"),
        ("Militants ambushed Supt. Ray Brown and two guards near Peshawar.", "Ray Brown"),
    ],
)
def test_a_title_written_short_keeps_the_victim_in_the_sentence(read, text, victim):
    attacks = _of_type(read, text, "attack")
    assert attacks, text
    assert any(victim in t for e in attacks for t in e.targets), attacks
    assert all(victim not in a for e in attacks for a in e.actors), attacks


@pytest.mark.parametrize(
    "text",
    [
        "Winnipeg police Const. Jason Michalyshen said police made the arrest on Monday.",
        "The group will present the petition to U.S. Sens. Barbara Boxer and Dianne Feinstein.",
        "Protesters met Pres. Obama at Ft. Campbell on Monday.",
    ],
)
def test_a_title_written_short_does_not_cut_the_parse(text):
    units = _units(text)
    roots = [t.text for u in units for t in u.sent if t.dep_ == "ROOT"]
    assert len(roots) == len(units), roots


def test_a_sentence_still_ends_after_a_street():
    units = _units("Police found the car at 601 SW 75th St. The driver was arrested on Monday.")
    assert len(units) == 2, [u.sent.text for u in units]


# --- no place rather than the dateline's ---------------------------------------------------


def _placed(read, text: str, etype: str) -> list[tuple[str, tuple[str, str] | None]]:
    """(label, (place name, country) or None) of each event of ``etype`` in ``text``."""
    out = read(text)
    places = {e.id: out.event_places.get(e.id) for e in out.events}
    return [
        (e.label, (tp.candidate.name, tp.candidate.country) if tp and tp.candidate else None)
        for e in out.events
        if e.type == etype
        for tp in [places[e.id]]
    ]


def test_an_event_is_not_put_at_a_dateline_when_its_kind_happened_abroad(read):
    text = (
        "GEORGETOWN, Ky. — A Kentucky doctor on vacation in France saw the attack from a cafe.\n\n"
        "A gunman opened fire on police on the Champs-Elysees in Paris, France, on Thursday "
        "night.\n\n"
        "The attack left one officer dead and three people wounded before police shot and "
        "killed the attacker.\n\n"
        "Dr. Maggard returned to Georgetown on Sunday."
    )
    attacks = _placed(read, text, "attack")
    assert ("Paris", "FR") in [p for _, p in attacks], attacks
    assert all(p in (None, ("Paris", "FR")) for _, p in attacks), attacks


def test_an_event_still_takes_the_dateline_when_nothing_says_otherwise(read):
    text = (
        "PESHAWAR, Pakistan — Police said the attack began at dawn.\n\n"
        "Gunmen killed two guards at a checkpoint on Monday, police said."
    )
    attacks = _placed(read, text, "attack")
    assert attacks and attacks[0][1] == ("Peshawar", "PK"), attacks


def test_a_meeting_of_states_is_not_put_at_the_dateline(read):
    text = (
        "MAKHACHKALA, Russia (AP) — Police fatally shot four men on Friday in Makhachkala after "
        "they fired at a checkpoint.\n\n"
        "Underscoring the seriousness of the fighting, state television showed a meeting Friday "
        "between Prime Minister Vladimir Putin and Dagestan's leader, Mukhu Aliyev."
    )
    meetings = _placed(read, text, "meeting")
    assert meetings and all(p is None for _, p in meetings), meetings


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # one party, a person: the story's town
        (
            "CHARLESTON, W.Va. — The owner of the track in Nitro wants to build a hotel there.\n\n"
            "Dan Adkins said he met with Gov. Joe Manchin on Thursday to talk about the track.",
            ("Charleston", "US"),
        ),
        # the sentence's own place
        ("Talks between Israel and Hamas in Cairo collapsed on Monday.", ("Cairo", "EG")),
    ],
)
def test_a_meeting_keeps_a_place_its_sentence_or_a_person_gives(read, text, place):
    meetings = _placed(read, text, "meeting")
    assert meetings and meetings[0][1] == place, meetings


# --- a plot is no attack ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A southwest Ohio man who admitted to having plotted to execute a U.S. military base "
        "employee and then attack a local police station in support of Islamic State was "
        "sentenced on Wednesday to 20 years in prison.",
        "The men plotted to kidnap a judge and then attack a courthouse in Lagos.",
    ],
)
def test_a_plotted_attack_is_no_attack(read, text):
    assert not [e for e in read(text).events if e.type == "attack"], text


def test_an_attack_after_another_act_is_still_one(read):
    attacks = _of_type(
        read, "Rebels seized the town and then attacked a police station in Goma.", "attack"
    )
    assert attacks and attacks[0].actors == ["rebels"], attacks


# --- "in the province": the place named before -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KABUL, Afghanistan — Taliban fighters overran two checkpoints in Helmand on Sunday, "
            "officials said.\n\nFighting has raged for weeks. A suicide bomber attacked a police "
            "convoy in the province on Monday, killing six officers.",
            ("Helmand", "AF"),
        ),
        (
            "SIMFEROPOL — Russia moved more troops into Crimea on Friday.\n\nUkrainian officials "
            "said gunmen attacked a military base on the peninsula.",
            ("Crimea", "UA"),
        ),
    ],
)
def test_the_province_is_the_one_named_before(read, text, place):
    attacks = _placed(read, text, "attack")
    assert attacks and attacks[-1][1] == place, attacks


def test_the_city_of_two_named_before_is_none_of_them(read):
    text = (
        "BAGHDAD — Gunmen attacked a checkpoint in Mosul and in Kirkuk on Monday.\n\n"
        "Later a car bomb exploded in the city, killing four."
    )
    bombings = _placed(read, text, "bombing")
    assert bombings and bombings[0][1] is None, bombings


# --- an anniversary remembers an event, it does not report one ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Survivors marked the 20th anniversary of the attack on the World Trade Center in New "
        "York.",
        "Hundreds gathered in Oklahoma City on Sunday to mark the anniversary of the bombing.",
    ],
)
def test_an_anniversary_is_no_event(read, text):
    assert not [e for e in read(text).events if e.type in ("attack", "bombing")], text


def test_an_attack_at_a_vigil_is_one(read):
    attacks = _of_type(
        read,
        "A gunman opened fire on mourners at a vigil in Kabul on Friday, killing five.",
        "attack",
    )
    assert attacks, attacks


# --- a city before the event's noun, or before a building, is where, not who -----------------


@pytest.mark.parametrize(
    ("text", "etype", "place", "state"),
    [
        ("The Madrid train bombings killed 191 people in 2004.", "bombing", "Madrid", "Spain"),
        ("A Kabul car bombing killed ten people on Tuesday.", "bombing", "Kabul", "Afghanistan"),
        ("Gunmen attacked a Paris concert hall on Friday night.", "attack", "Paris", "France"),
    ],
)
def test_a_city_before_the_event_is_its_place_not_its_state(read, text, etype, place, state):
    out = read(text)
    events = [e for e in out.events if e.type == etype]
    assert events, text
    assert all(state not in e.actors + e.targets for e in events), events
    assert any(
        (tp := out.event_places.get(e.id)) is not None
        and tp.candidate is not None
        and tp.candidate.name == place
        for e in events
    ), events


def test_a_capitals_government_is_still_the_state(read):
    attacks = _of_type(
        read, "The Damascus government attacked rebel positions near Homs.", "attack"
    )
    assert attacks and any("Syria" in a for a in attacks[0].actors), attacks
