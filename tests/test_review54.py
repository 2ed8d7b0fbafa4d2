"""A reviewer's finds in this stop's events rules (branch review54), each a kind with
sentences of other wars, places and decades, and one of the same shape that must keep its
reading: works a land owns, struck by people of no other land in a story filed from another
land, may be its works abroad ("KARACHI - gunmen attacked China's power plant"); a disease
kills no one as an attacker ("Covid killed thousands of people"); an event whose sentence's
only time is owned by what it is over is not left out ("Police clashed with students over
Sunday's killing of a student leader"). The real spaCy pipeline and geoparser; every test
fails on main e4cb5c48."""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 20 September 2023."""
    return reader(geoparsing, "2023-09-20")


def _countries(read, text: str, etype: str) -> list[str | None]:
    """The countries of the places of the events of type ``etype`` (None: no place)."""
    out = read(text)
    tps = [out.event_places.get(e.id) for e in out.events if e.type == etype]
    return [None if tp is None or tp.candidate is None else tp.candidate.country for tp in tps]


def _story(dateline: str, sentence: str) -> str:
    return f"World news\n\n{dateline} - {sentence}"


# a listed party, or a state, of another land strikes across: the owner's land
_CROSSED = (
    (
        _story(
            "SANAA",
            "Houthi rebels attacked Saudi Arabia's oil facilities with drones, the group said.",
        ),
        "attack",
        "SA",
    ),
    (
        _story("CAIRO", "Egypt on Tuesday condemned Russia's bombing of Ukraine's power plants."),
        "bombing",
        "UA",
    ),
    # no side but craft: told by what it struck
    (
        _story("LONDON", "Drones struck Ukraine's power plants overnight, officials said."),
        "air_strike",
        "UA",
    ),
)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            _story(
                "KARACHI",
                "Separatist gunmen attacked China's coal-fired power plant on Tuesday, "
                "police said.",
            ),
            "CN",
        ),
        (
            _story(
                "LAGOS", "Armed men attacked Italy's oil installation on Sunday, the company said."
            ),
            "IT",
        ),
    ],
)
def test_works_a_land_owns_may_lie_abroad(read, text, owner):
    places = _countries(read, text, "attack")
    assert places and owner not in places
    for crossed, etype, land in _CROSSED:
        assert _countries(read, crossed, etype) == [land]


@pytest.mark.parametrize(
    "text",
    [
        "Covid killed thousands of people in India in April.",
        "Dengue killed 40 children in Bangladesh this month.",
    ],
)
def test_a_disease_attacks_no_one(read, text):
    assert events_of(read, text, "attack") == []
    for other in (
        "Coronavirus killed hundreds of residents of Wuhan in January 2020.",
        "A stampede killed dozens of pilgrims near Mecca on Thursday.",
    ):
        assert events_of(read, other, "attack") == []
    # armed men who kill people counted still attack
    for armed in (
        "Soldiers killed dozens of protesters in Khartoum on Monday.",
        "Gunmen killed 40 villagers in Zamfara state on Sunday.",
    ):
        assert len(events_of(read, armed, "attack")) == 1


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            _story(
                "DHAKA", "Police clashed with students over Sunday's killing of a student leader."
            ),
            "clash",
        ),
        (
            _story(
                "MALE", "Thousands were protesting against the result of last month's elections."
            ),
            "protest",
        ),
    ],
)
def test_a_matters_time_leaves_the_event(read, text, etype):
    assert [e.date for e in events_of(read, text, etype)] == ["2023-09-20"]
    # a time of its own stands
    own = _story(
        "DHAKA",
        "Police clashed with students on Tuesday over Sunday's killing of a student leader.",
    )
    assert [e.date for e in events_of(read, own, "clash")] == ["2023-09-19"]
