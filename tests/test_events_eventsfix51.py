"""Kinds eventsq41 left on the twenty-second fresh batch (benchmarks/data/events_fresh22),
fixed as kinds (branch eventsfix51), each beside sentences of other senses written for it that
keep their reading:

- fans who fight fans clash, and a game's words around them do not make it a game; a fight
  "for" a thing is none, and the name fans are "of" is what they back, not where;
- a run of clashes told "with" a count of its dead or wounded is one report, not a sum;
- soldiers who detain, arrest or capture a head of state or government in office seize power
  (a coup); not a former one, not his son, not another land's soldiers;
- "after mutinying soldiers detained ...": the noun the parser took for a gerund's object is
  the subject of the verb after it.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 5838a317."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh22" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-05-05")


def _types(read, text: str) -> list[str]:
    return [e.type for e in read(text).events]


# --- a crowd's violence at a game ---------------------------------------------------------------


def test_fans_who_fight_fans_clash(read) -> None:
    # fresh22's Rio story: "fans of Vasco" back a club, no Vasco of India is where they fought
    out = read("Fights between fans of Vasco and fans of Fluminense broke out on Sunday.")
    [rio] = [e for e in out.events if e.type == "clash"]
    assert "fans" in rio.label and out.event_places.get(rio.id) is None
    [ours] = events_of(read, "Fans of the two teams clashed outside the stadium in Rio.", "clash")
    assert "fans" in ours.label
    for text in (
        "The two teams will clash in the final in Madrid on Sunday.",
        "Fans fought back tears as the team lost the final in Madrid.",
        "Supporters fought to save the club from bankruptcy in Leeds.",
        "The fight between fans of the two clubs for tickets turned ugly online.",
        "The coach said the fight between the two teams for the title would go on in Madrid.",
        "Fans watched the match in a bar in Lagos.",
        "The fight against corruption continues in Kenya.",
    ):
        assert _types(read, text) == [], text


# --- a run of clashes with its toll ---------------------------------------------------------------


def test_a_run_of_clashes_told_with_its_toll_is_one_report(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "guerrillas-elparaiso-latimes.txt")
    # "a series of clashes between government units and guerrillas in northern Morazon
    # province, with 50 rebels killed or wounded"
    [clash] = [e for e in out.events if e.type == "clash"]
    assert clash.label == "Fighting: guerrillas in Morazon"
    assert out.event_places[clash.id].candidate.country == "SV"
    assert events_of(
        read,
        "Police reported a series of clashes between rival gangs in Cali, with 12 dead.",
        "clash",
    )
    for text in (
        "A series of attacks has shaken the region in recent years.",
        "The region has seen a spate of kidnappings, the governor said.",
        "A series of attacks in Kano has left the city's markets empty, with 300 shops closed.",
    ):
        assert _types(read, text) == [], text


# --- soldiers who seize a ruler in office ---------------------------------------------------------


def test_soldiers_who_detain_a_ruler_in_office_stage_a_coup(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "coup-mali-standardmedia-2020.txt")
    [coup] = [e for e in out.events if e.type == "coup"]
    assert coup.label == "Coup: soldiers against Ibrahim Boubacar Keita"
    [ours] = events_of(
        read, "Soldiers arrested Prime Minister Abdalla Hamdok in Khartoum on Monday.", "coup"
    )
    assert "Abdalla Hamdok" in ours.label
    for text in (
        "Soldiers detained former President Jacob Zuma in Durban.",
        "Soldiers detained the president's son at a checkpoint in Bamako.",
        "US forces captured President Noriega in Panama in 1990.",
        "Soldiers detained the president of the football club in Lagos.",
        "The army accused rebels of plotting to detain the president.",
        "Soldiers arrested three protesters in Bamako.",
    ):
        assert _types(read, text) == [], text


def test_a_participle_read_as_a_gerunds_is_the_next_verbs_subject(read) -> None:
    from explorer.extract.nlp import nlp
    from explorer.extract.syntax import governing_subjects

    text = (DOCS / "coup-mali-standardmedia-2020.txt").read_text(encoding="utf-8")
    sent = next(line for line in text.splitlines() if "mutinying soldiers" in line)
    doc = nlp()(sent)
    [detained] = [t for t in doc if t.lower_ == "detained"]
    assert [s.lower_ for s in governing_subjects(detained)] == ["soldiers"]
    # a gerund with its object before a clause with its own subject keeps its reading
    doc = nlp()("After visiting troops in Kidal, the minister returned to Bamako.")
    [returned] = [t for t in doc if t.lower_ == "returned"]
    assert [s.lower_ for s in governing_subjects(returned)] == ["minister"]
    [visit] = events_of(
        read, "After visiting troops in Kidal, the minister returned to Bamako.", "visit"
    )
    assert "minister" in visit.label
