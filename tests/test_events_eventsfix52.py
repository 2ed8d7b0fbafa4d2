"""Kinds eventsq41 and eventsfix51 left on the twenty-second fresh batch
(benchmarks/data/events_fresh22), fixed as kinds (branch eventsfix52), each beside sentences of
other senses written for it that keep their reading:

- a dateline's act whose next sentence has its victim on his way somewhere when a doer struck
  him ("was driving toward his office in Ghazni city when the bomber rammed ...") is there; not
  where he lived, nor where he was taken after, nor a "when" of something else, nor a town of
  another country;
- an act told "also", with no time of its own, right after a sentence that ends on an act of
  its kind told as the time counted from ("since January, when rebels attacked ...") goes on
  with that history: not the news.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 077e5275."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh22" / "docs"

_LEDE = (
    "Official killed by car bomb\n\nKABUL, Afghanistan -- A suicide car bomber killed the deputy"
    " governor of a volatile eastern Afghan province on Tuesday, police said.\n\n"
)
_BAGHDAD = (
    "Colonel killed by bomb\n\nBAGHDAD -- A roadside bomb killed a police colonel on Sunday,"
    " police said.\n\n"
)


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2010-09-28")


def _places(out) -> list[str | None]:
    places = out.event_places
    return [places[e.id].name if e.id in places else None for e in out.events]


def test_the_victim_on_his_way_when_struck(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "carbomb-ghazni-gaeatimes-2010.txt")
    [bomb] = [e for e in out.events if e.type == "bombing"]
    tp = out.event_places[bomb.id]
    assert tp.name == "Ghazni" and tp.candidate.country == "AF"  # was the KABUL dateline
    ours = read(
        _BAGHDAD + "The colonel was driving to his office in Basra when the bomb exploded under"
        " his car."
    )
    assert _places(ours) == ["Basra"]
    for body, where in (
        (
            "The official, who lived in Ghazni city with his family, had served for seven years.",
            "KABUL",
        ),
        (
            "The official was taken to a hospital in Ghazni city, where he died of his wounds.",
            "KABUL",
        ),
        ("The official had been living in Ghazni city when he was appointed to the post.", "KABUL"),
    ):
        assert _places(read(_LEDE + body))[0] == where, body
    for body in (
        "The colonel was travelling to a conference in Basra when his family last heard from him.",
        "The colonel was driving to a meeting in Amman when the bomb exploded under his car.",
    ):
        assert _places(read(_BAGHDAD + body))[0] == "BAGHDAD", body


def test_an_act_told_also_after_a_time_since(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "guerrillas-sanmiguel-latimes-1986.txt")
    assert "Juayua" not in _places(out)  # January's plant attack, no place of June's
    assert [e.label for e in out.events if "Juayua" in e.label] == []
    history = (
        "It was the largest attack since January, when rebels attacked a base in Gao. Rebels"
        " also attacked a convoy near Mopti."
    )
    assert read(history, "1986-06-20").events == []
    for text in (
        # another kind of act counted from; no "also"; a time of its own; another type
        "It was the worst violence since May, when the truce collapsed. Rebels also attacked a"
        " convoy near Gao.",
        "It was the largest attack since January, when rebels attacked a base in Gao. Guerrillas"
        " attacked a convoy near Mopti.",
    ):
        assert _places(read(text, "1986-06-20")) in (["Gao"], ["Mopti"]), text
