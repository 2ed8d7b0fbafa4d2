"""Kinds stop 37 left, fixed as kinds (branch eventsq36), each with sentences of other wars and
lands written for it and sentences of the same shape that keep their reading:

- one state's men in arms struck by another's, placed only by the story in the striker's land,
  have no place ("ISLAMABAD - ... India said the Pakistanis had killed two of its soldiers":
  not Pakistan; benchmarks/data/events_fresh3);
- a state's military works named by its people's word, told from a third land the sentence
  does not name, are not placed in the owner's land ("DAMASCUS - Israeli jets struck Iranian
  military infrastructure near the airport": not Iran);
- troops that pour, roll or stream into their own state's land are sent there, a deployment,
  not an incursion ("Ethiopian federal troops rolled into Mekelle").

The real spaCy pipeline, geoparser and gazetteer; the tests of the new readings fail on main
f9164094."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import countries_of, events_of, one_event, reader

ROOT = Path(__file__).resolve().parent.parent
FRESH3 = ROOT / "benchmarks" / "data" / "events_fresh3" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2019-02-28")


def _article(geoparsing, name: str):
    """The extraction of an article of events_fresh3, as an ingest reads it: its date line
    taken as its date, its dateline kept."""
    from explorer.corpus import article_files, iter_documents
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for

    gp, gz = geoparsing
    doc = next(iter_documents(article_files([FRESH3 / name], []), []))
    return extract(
        doc,
        gp.parse(doc.text, include_demonyms=True),
        geometry_for=gz.geometry,
        lexicon=lexicon_for(tuple(gz.country_facts())),
    )


# --- one state's men struck by another's, placed only in the striker's land ---------------------


def test_the_kashmir_killing_is_not_put_in_pakistan(geoparsing) -> None:
    out = _article(geoparsing, "border-kashmir-dispatch-2013.txt")
    attacks = [e for e in out.events if e.type == "attack"]
    assert [e.actors for e in attacks] == [["Pakistan"]]
    # India's soldiers, killed on India's side of the line by its account: not in Pakistan
    assert out.event_places.get(attacks[0].id) is None


def test_a_killing_in_a_story_of_kashmir_keeps_kashmir(geoparsing) -> None:
    """ "Pakistan said Indian troops killed a Pakistani soldier on Sunday", in a story of
    Kashmir filed from Jammu: the region the story names is no dateline's, and stands."""
    out = _article(geoparsing, "border-kashmir-gulftimes-2013.txt")
    attacks = [e for e in out.events if e.type == "attack"]
    assert [e.actors for e in attacks] == [["India"]]
    assert out.event_places[attacks[0].id].name == "Kashmir"


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING - India said Chinese troops had killed 20 of its soldiers in a brawl on "
        "Monday night.",
        "BEIJING - Chinese troops killed 20 Indian soldiers in a brawl on Monday night, "
        "India said.",
        "MOSCOW - Georgia said Russian troops had killed 30 of its soldiers on Saturday.",
        "ISLAMABAD - Pakistani troops killed two Indian soldiers on Wednesday, the army said.",
    ],
)
def test_men_of_another_state_struck_are_not_put_in_the_strikers_land(read, text) -> None:
    assert countries_of(read, text, "attack") == [None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state's fight with men of no state, at home
        (
            "ISLAMABAD - Pakistani troops killed 12 militants in a raid on Sunday, the army said.",
            "PK",
        ),
        ("ANKARA - Turkish troops killed 15 Kurdish militants on Thursday, the army said.", "TR"),
        # told from the victims' land
        (
            "NEW DELHI - Pakistani troops killed two Indian soldiers on Wednesday, the army said.",
            "IN",
        ),
        ("TBILISI - Georgia said Russian troops had killed 30 of its soldiers on Saturday.", "GE"),
    ],
)
def test_a_fight_at_home_or_told_from_the_victims_land_keeps_its_place(read, text, country) -> None:
    assert countries_of(read, text, "attack") == [country]


# --- a state's military works named by its people's word, told from a host ------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "DAMASCUS - Israeli jets struck Iranian military infrastructure near the airport "
            "overnight, a monitor said.",
            "SY",
        ),
        (
            "SANAA - American jets struck Iranian military infrastructure near the port "
            "overnight, a monitor said.",
            "YE",
        ),
    ],
)
def test_military_works_told_from_a_host_are_not_in_the_owners_land(read, text, country) -> None:
    assert countries_of(read, text, "air_strike") == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # works that are no forces', in the owner's land
        (
            "CAIRO - Egypt condemned Russia's bombing of Ukrainian energy infrastructure on "
            "Monday.",
            "UA",
        ),
        # told from the owner's land
        (
            "TEHRAN - Israeli jets struck Iranian military infrastructure overnight, state "
            "media said.",
            "IR",
        ),
        # the dateline's land tells it: no host
        (
            "CAIRO - Egypt condemned Israel's bombing of Iranian military infrastructure on "
            "Monday.",
            "IR",
        ),
    ],
)
def test_works_at_home_or_told_by_a_third_land_keep_the_owners_land(read, text, country) -> None:
    got = [e for e in read(text).events if e.type in ("air_strike", "bombing")]
    assert len(got) == 1
    assert countries_of(read, text, got[0].type) == [country]


# --- troops that pour or roll into their own land ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ADDIS ABABA - Ethiopian federal troops rolled into Mekelle on Saturday.", "Ethiopia"),
        ("MOSCOW - Russian troops poured into Chechnya on Sunday.", "Russia"),
        ("Indian troops poured into Goa on Tuesday.", "India"),
    ],
)
def test_troops_pouring_into_their_own_land_are_sent_there(read, text, actor) -> None:
    assert events_of(read, text, "incursion") == []
    assert one_event(read, text, "deployment").actors == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thousands of Iraqi troops poured into Kuwait early on Thursday.", "Iraq"),
        ("Russian tanks rolled into South Ossetia on Saturday.", "Russia"),
        ("Russian troops poured into Crimea on Saturday.", "Russia"),
        ("Soviet tanks rolled into Prague on Wednesday.", "Soviet Union"),
    ],
)
def test_troops_pouring_into_another_land_still_cross_into_it(read, text, actor) -> None:
    assert one_event(read, text, "incursion").actors == [actor]


# --- going on with an act is the act, under what governs it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Large parts of Syria fall outside the ceasefire, as the government and Russia asked to "
        "go on attacking the Islamic State and al Nusra, The Guardian reported.",
        "The rebels threatened to go on attacking convoys near Goma.",
    ],
)
def test_an_act_gone_on_with_under_a_request_or_a_threat_is_not_done(read, text) -> None:
    assert events_of(read, text, "attack") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebels went on attacking the town of Aleppo on Friday.", "attack"),
        ("Government troops kept on shelling the town of Homs on Friday.", "bombardment"),
    ],
)
def test_an_act_gone_on_with_is_done(read, text, etype) -> None:
    assert len(events_of(read, text, etype)) == 1
    assert events_of(read, text, etype)[0].status == ""
