"""Two readings of who did what, and where, found on a retold story of an invasion
(benchmarks/data/stances_fresh25) and fixed as kinds, each beside sentences of other senses
that keep their reading:

- a country's full name before a noun of taking a land names the land taken, not its taker
  ("the Kuwait invasion"); a people's word, a short form and an owner keep the doer ("the
  Soviet invasion", "the US invasion", "Iraq's invasion of Kuwait");
- where a prisoner was taken ("flew him to The Hague for trial") is not where the story's acts
  happened, so it lends them no place; things sent somewhere keep it.

The real spaCy pipeline, geoparser and gazetteer; each test fails on main a527931f."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, reader

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    ROOT
    / "benchmarks"
    / "data"
    / "stances_fresh25"
    / "docs"
    / "t19-bbc-panama-invasion-the-us-operation-that-ousted-noriega-2019.txt"
)


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def _roles(out, etype: str) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.targets)) for e in out.events if e.type == etype]


def test_a_lands_name_before_its_invasion_is_the_land_taken(geoparsing, read) -> None:
    out = article(geoparsing, STORY)
    # the headline's invasion was Panama's own; Panama is the land invaded
    assert not any("Panama" in actors for actors, _ in _roles(out, "incursion"))
    assert any("Panama" in targets for _, targets in _roles(out, "incursion"))
    kuwait = "Veterans met in London on Friday to recall the Kuwait invasion and the war after it."
    assert _roles(read(kuwait), "incursion") == [([], ["Kuwait"])]
    # ours, of other senses: a people's word, a short form and an owner keep the doer
    soviet = "Families in Kabul still speak of the Soviet invasion, which began in December 1979."
    assert [a for a, _ in _roles(read(soviet), "incursion")] == [["Soviet Union"]]
    us = (
        "Historians met in Washington to debate the US invasion and the years of fighting after it."
    )
    assert [a for a, _ in _roles(read(us), "incursion")] == [["United States"]]
    owner = "The United Nations condemned Iraq's invasion of Kuwait on Thursday."
    assert _roles(read(owner), "incursion") == [(["Iraq"], ["Kuwait"])]


def test_where_a_prisoner_was_taken_lends_no_place(geoparsing) -> None:
    out = article(geoparsing, STORY)
    places = {e.label: out.event_places.get(e.id) for e in out.events}
    # the serviceman was killed in Panama, not in the city the ruler was flown to for trial
    assert all(tp is None or tp.name != "Miami" for tp in places.values()), places
