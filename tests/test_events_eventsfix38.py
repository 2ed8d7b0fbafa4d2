"""Events still drawn in the wrong place (branch eventsfix38), three kinds, each with its real
article (benchmarks/data/events_fresh16), sentences of other wars, lands and bodies written for
it, and a sentence of the same shape that keeps its place:

- a name that owns works the text puts in a country's unit lies in that unit ("the Slavyansk oil
  refinery in Russia's Krasnodar region" is not Sloviansk in Ukraine);
- a place word inside the name of a body of states is not where the body meets ("the Community
  of Latin American and Caribbean States ... was held in Honduras": not the Caribbean Sea);
- a scene the sentence puts in a unit of the dateline's country that does not hold the
  dateline's town is in that unit ("MOSCOW - ... a refinery in the Volgograd region after a
  drone attack": not Moscow).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main e4cb5c48."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import reader

ROOT = Path(__file__).resolve().parent.parent
FRESH16 = ROOT / "benchmarks" / "data" / "events_fresh16" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 16 June 2025."""
    return reader(geoparsing, "2025-06-16")


def _where(read, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    """(name as written, country code) of the place of each event of type ``etype``."""
    out = read(text)
    tps = [out.event_places.get(e.id) for e in out.events if e.type == etype]
    return [
        (None, None) if tp is None or tp.candidate is None else (tp.name, tp.candidate.country)
        for tp in tps
    ]


def _countries(geoparsing, text: str, name: str) -> list[str | None]:
    """The country of each reading of ``name`` in ``text`` (None: left unplaced)."""
    gp, _ = geoparsing
    return [
        tp.candidate.country if tp.candidate is not None else None
        for tp in gp.parse(text)
        if tp.name == name
    ]


# --- a name owning works put in a country's unit lies in that unit ------------------------------


def test_the_slavyansk_refinery_is_not_read_in_ukraine(geoparsing) -> None:
    text = (FRESH16 / "drone-slavyansk-aol.txt").read_text()
    got = _countries(geoparsing, text, "Slavyansk")
    assert len(got) == 3
    # the gazetteer has no "Slavyansk" in the Krasnodar region: unplaced, each time, rather
    # than Sloviansk in Ukraine or Slavyanka on the Pacific
    assert got == [None, None, None]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "British miners from Durham and Leeds shipped coal from the Newcastle coal "
            "terminal in Australia's New South Wales state.",
            "Newcastle",
            "AU",
        ),
        (
            "Scottish investors from Glasgow and Edinburgh bought the Hamilton steel plant "
            "in Canada's Ontario province.",
            "Hamilton",
            "CA",
        ),
        (
            "The Ukrainian drones struck the Slavyansk refinery in the Krasnodar region of Russia.",
            "Slavyansk",
            None,
        ),
    ],
)
def test_works_put_in_a_unit_keep_its_land(geoparsing, text, name, country) -> None:
    assert _countries(geoparsing, text, name) == [country]
    # people from a town are not its works: they may be anywhere
    kept = "Kharkiv residents in Russia's Belgorod region fled the shelling."
    assert _countries(geoparsing, kept, "Kharkiv") == ["UA"]


def test_the_drone_strikes_on_krasnodar_refineries_are_in_russia(read) -> None:
    text = (FRESH16 / "drone-slavyansk-aol.txt").read_text()
    places = _where(read, text, "air_strike")
    assert ("Krasnodar", "RU") in places
    assert all(country != "UA" for _, country in places), places


# --- a place word inside a body's name is not where it meets ------------------------------------


def test_the_celac_summit_is_in_honduras(read) -> None:
    text = (FRESH16 / "summit-celac-csactu.txt").read_text()
    places = _where(read, text, "summit")
    # one summit, joined to the headline's; at Honduras, where the lede says it was held
    # (eventsfix40: no longer the headline's "in Latin America", an area that holds Honduras)
    assert places == [("Honduras", "HN")], places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "World news\n\nA summit of the Community of Sahel and Saharan States opened in Chad "
            "on Monday.",
            ("Chad", "TD"),
        ),
        (
            "World news\n\nThe summit of the Community of Latin American and Caribbean States "
            "was held in Honduras with the 33 member countries present.",
            ("Honduras", "HN"),
        ),
    ],
)
def test_a_bodys_name_is_not_where_it_meets(read, text, place) -> None:
    assert _where(read, text, "summit") == [place]
    # the region itself, named as such, is where its leaders met
    kept = "World news\n\nLeaders of the Caribbean met in Jamaica for a summit on Monday."
    assert _where(read, kept, "summit") == [("Jamaica", "JM")]


# --- a scene in a unit of the dateline's country, not at its town -------------------------------


def test_the_volgograd_refinery_attack_is_not_in_moscow(read) -> None:
    text = (FRESH16 / "drone-volgograd-frontierpost.txt").read_text()
    places = _where(read, text, "attack")
    assert ("MOSCOW", "RU") not in places, places
    assert ("Volgograd", "RU") in places, places


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        (
            "World news\n\nMOSCOW - A fire broke out at an oil depot in the Belgorod region "
            "after a drone attack, the governor said.",
            "attack",
            ("Belgorod", "RU"),
        ),
        (
            "World news\n\nANKARA - Two soldiers died at an outpost in the southeastern "
            "Hakkari province after a rocket attack, the ministry said.",
            "attack",
            ("Hakkari", "TR"),
        ),
    ],
)
def test_a_scene_in_a_unit_of_the_dateline_country(read, text, etype, place) -> None:
    assert _where(read, text, etype) == [place]
    # the unit that holds the dateline's town: the town stands
    kept = (
        "World news\n\nNOVOSIBIRSK - A blast hit a factory in the Novosibirsk region after a "
        "drone attack, officials said."
    )
    assert _where(read, kept, "attack") == [("NOVOSIBIRSK", "RU")]
