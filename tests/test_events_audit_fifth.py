"""The events audit's sixth pass: a title written short does not end the sentence, a meeting
of states is not put in the article's town, and an event whose sentence names no place is not
put at the article's place when the article tells that kind of event somewhere else."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, with sentences cut by the reader, as an ingest reads a file."""
    from explorer.corpus.reading import document_from_text
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for

    gp, gz = geoparsing
    lex = lexicon_for(tuple(gz.country_facts()))

    def run(text: str, published: str | None = "2017-04-21"):
        doc = document_from_text("t.txt", text)
        doc.published = published
        return extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )

    return run


def _of_type(read, text: str, etype: str):
    return [e for e in read(text).events if e.type == etype]


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
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import FULL, parse, tokenised_sentences

    doc = document_from_text("t.txt", text)
    units = tokenised_sentences(doc)
    parse(units, [FULL] * len(units))
    roots = [t.text for u in units for t in u.sent if t.dep_ == "ROOT"]
    assert len(roots) == len(units), roots


def test_a_sentence_still_ends_after_a_street():
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import FULL, parse, tokenised_sentences

    text = "Police found the car at 601 SW 75th St. The driver was arrested on Monday."
    doc = document_from_text("t.txt", text)
    units = tokenised_sentences(doc)
    parse(units, [FULL] * len(units))
    assert len(units) == 2, [u.sent.text for u in units]


# --- no place rather than the dateline's ---------------------------------------------------


def _place_of(out, event):
    tp = out.event_places.get(event.id)
    return (tp.candidate.name, tp.candidate.country) if tp is not None and tp.candidate else None


def test_an_event_is_not_put_at_a_dateline_when_its_kind_happened_abroad(read):
    text = (
        "GEORGETOWN, Ky. — A Kentucky doctor on vacation in France saw the attack from a cafe.\n\n"
        "A gunman opened fire on police on the Champs-Elysees in Paris, France, on Thursday "
        "night.\n\n"
        "The attack left one officer dead and three people wounded before police shot and "
        "killed the attacker.\n\n"
        "Dr. Maggard returned to Georgetown on Sunday."
    )
    out = read(text)
    attacks = [e for e in out.events if e.type == "attack"]
    assert any(_place_of(out, e) == ("Paris", "FR") for e in attacks), attacks
    assert all(_place_of(out, e) in (None, ("Paris", "FR")) for e in attacks), [
        (e.label, _place_of(out, e)) for e in attacks
    ]


def test_an_event_still_takes_the_dateline_when_nothing_says_otherwise(read):
    text = (
        "PESHAWAR, Pakistan — Police said the attack began at dawn.\n\n"
        "Gunmen killed two guards at a checkpoint on Monday, police said."
    )
    out = read(text)
    attacks = [e for e in out.events if e.type == "attack"]
    assert attacks and _place_of(out, attacks[0]) == ("Peshawar", "PK"), [
        (e.label, _place_of(out, e)) for e in out.events
    ]


def test_a_meeting_of_states_is_not_put_at_the_dateline(read):
    text = (
        "MAKHACHKALA, Russia (AP) — Police fatally shot four men on Friday in Makhachkala after "
        "they fired at a checkpoint.\n\n"
        "Underscoring the seriousness of the fighting, state television showed a meeting Friday "
        "between Prime Minister Vladimir Putin and Dagestan's leader, Mukhu Aliyev."
    )
    out = read(text)
    meetings = [e for e in out.events if e.type == "meeting"]
    assert meetings and all(e.place_id is None for e in meetings), [
        (e.label, _place_of(out, e)) for e in meetings
    ]


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
    out = read(text)
    meetings = [e for e in out.events if e.type == "meeting"]
    assert meetings and _place_of(out, meetings[0]) == place, [
        (e.label, _place_of(out, e)) for e in meetings
    ]


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
