"""Events an analyst can use: what happened, who did it to whom, where and when, and one event
per happening however many sentences or articles tell it.

Short texts are parsed by the real spaCy pipeline with toponyms built by hand; the seed and
real-news tests use the real geoparser and skip when it cannot be loaded.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from explorer.extract import extract
from explorer.extract.merge import PlaceRef, event_title, merge_events
from explorer.model import Analysis, Candidate, Document, Event, Evidence, Place, Toponym
from explorer.store import Project

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def make_doc(text: str, doc_id: str = "t.txt", published: str | None = None) -> Document:
    return Document(id=doc_id, path="", title="", text=text, sha256="x", published=published)


def toponym(text: str, name: str, kind: str, country: str | None, gid: str, lat=0.0, lon=0.0):
    start = text.index(name)
    return Toponym(
        start, start + len(name), name, Candidate(gid, name, lat, lon, kind, country), 0.9
    )


def events_of(text: str, tops=(), published: str | None = None, doc_id: str = "t.txt"):
    return extract(make_doc(text, doc_id, published), list(tops))


def only(ex, etype: str) -> Event:
    found = [e for e in ex.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.label) for e in ex.events]
    return found[0]


@pytest.fixture(scope="module")
def geoparser():
    try:
        from explorer.geoparse import Geoparser, load_gazetteer

        return Geoparser.default(), load_gazetteer()
    except Exception as exc:  # the gazetteer is built by scripts/setup.sh
        pytest.skip(f"geoparser not available: {exc}")


# --- who did it, to whom ------------------------------------------------------------------


def test_the_target_is_not_an_actor():
    ex = events_of("Israeli jets struck Hezbollah positions near the border on Friday.")
    strike = only(ex, "air_strike")
    assert (strike.actors, strike.targets) == (["Israel"], ["Hezbollah"])
    ex = events_of("Hamas fighters attacked Israeli troops near the crossing.")
    attack = only(ex, "attack")
    assert (attack.actors, attack.targets) == (["Hamas"], ["Israel"])
    ex = events_of("The convoy was attacked by Houthi fighters.")
    assert only(ex, "attack").actors == ["Houthis"]


def test_victims_of_a_strike_are_its_targets_and_its_author_comes_from_by():
    text = (
        "Three Turkish soldiers were killed near the town in an air strike thought to have "
        "been carried out by Syrian government forces on Thursday."
    )
    strike = only(events_of(text), "air_strike")
    assert strike.actors == ["Syrian government (Assad)"]
    assert strike.targets == ["Turkey"]


def test_actors_the_lexicon_does_not_know_are_named_as_the_article_names_them():
    ex = events_of("Suspected Muslim militants detonated a car bomb outside the embassy.")
    assert only(ex, "bombing").actors == ["Muslim militants"]
    ex = events_of("Gunmen fired on a security patrol in the town, causing no injuries.")
    assert only(ex, "attack").actors == ["gunmen"]


def test_meetings_and_calls_list_every_party():
    ex = events_of(
        "Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart Sergey Lavrov "
        "spoke by telephone on Wednesday."
    )
    assert set(only(ex, "phone_call").actors) == {"Turkey", "Russia"}
    ex = events_of("US Secretary of State Hillary Clinton met Russian Foreign Minister Lavrov.")
    assert set(only(ex, "meeting").actors) == {"United States", "Russia"}


# --- when ---------------------------------------------------------------------------------


def test_a_year_of_another_clause_does_not_date_the_event():
    text = (
        "In 2013, Rosatom won a contract to build four reactors, but construction was halted "
        "after the downing of the Russian jet."
    )
    ex = events_of(text)
    assert only(ex, "agreement").date == "2013"
    downing = only(ex, "shoot_down")
    assert downing.date is None and downing.date_precision == "unknown"


def test_since_bounds_a_period_and_dates_nothing():
    ex = events_of("India has bought S-400 missiles from Russia since 2018.")
    buy = only(ex, "purchase")
    assert buy.date is None and (buy.actors, buy.targets) == (["India"], ["Russia"])


def test_coordinated_verbs_share_their_time():
    ex = events_of("The US cut ties with Cuba in 1961 and imposed an embargo on the island.")
    assert only(ex, "sanction").date == "1961"


def test_dateline_date_resolves_weekdays():
    text = "KHARTOUM, Sudan Sept. 19, 2004 - Sudanese troops attacked rebels in Darfur on Friday."
    attack = only(events_of(text), "attack")
    assert (attack.date, attack.date_basis) == ("2004-09-17", "sentence")


def test_publication_date_dates_the_news_but_not_its_background():
    text = (
        "Russian jets bombed rebel positions, residents said. "
        "Turkey had shot down a Russian jet near the border."
    )
    ex = events_of(text, published="2020-03-05")
    strike = only(ex, "air_strike")
    assert (strike.date, strike.date_basis) == ("2020-03-05", "published")
    assert only(ex, "shoot_down").date is None  # "had shot down": told as background
    ex = events_of(text)  # no publication date: nothing is invented
    assert only(ex, "air_strike").date is None


# --- fact, plan, wish ---------------------------------------------------------------------


def test_wishes_threats_and_denials_make_no_event_plans_are_kept_as_plans():
    assert events_of("The opposition called for direct talks with the government.").events == []
    assert events_of("Israel did not attend the summit.").events == []
    assert events_of("Washington said it could impose sanctions on Turkey.").events == []
    meet = only(events_of("Erdogan will meet Biden in Rome next month."), "meeting")
    assert meet.status == "planned" and meet.label.startswith("Planned meeting: ")
    bomb = only(events_of("A boy tried to blow up a Christmas market in the town."), "bombing")
    assert bomb.status == "attempted"


def test_ordinary_words_that_look_like_events_are_not_events():
    for text in (
        "No one was injured in a home invasion robbery on Friday night.",
        "A man recovers after a killer bee attack near his home.",
        "The city tried to speed up the work by deploying a portable wall system.",
        "The military has purchased more reliable surge protectors.",
        "The announcement effectively killed the massive trade deal.",
    ):
        assert events_of(text).events == [], text


# --- where --------------------------------------------------------------------------------


def test_place_from_the_sentence_then_the_paragraph_then_the_article():
    text = (
        "BAGHDAD — A car bomb exploded near a crowded market on Thursday, killing 20 people.\n\n"
        "Fighting broke out in Qamishli on Monday. Government jets later bombed the town."
    )
    tops = [
        toponym(text, "BAGHDAD", "city", "IQ", "geonames:98182"),
        toponym(text, "Qamishli", "city", "SY", "geonames:173576"),
    ]
    ex = events_of(text, tops)
    bomb = only(ex, "bombing")
    assert (bomb.place_id, bomb.place_basis) == ("place:geonames:98182", "article")
    fight = only(ex, "clash")
    assert (fight.place_id, fight.place_basis) == ("place:geonames:173576", "sentence")
    strike = only(ex, "air_strike")
    assert (strike.place_id, strike.place_basis) == ("place:geonames:173576", "paragraph")


def test_a_call_is_not_placed_by_its_context():
    text = "Fighting broke out in Qamishli. Erdogan and Putin spoke by phone on Friday."
    tops = [toponym(text, "Qamishli", "city", "SY", "geonames:173576")]
    call = only(events_of(text, tops), "phone_call")
    assert call.place_id is None and call.place_basis == ""


# --- one event, all its reports -----------------------------------------------------------

AFRIN = PlaceRef("Afrin", 36.51, 36.87, "SY", "city")
IDLIB = PlaceRef("Idlib", 35.93, 36.63, "SY", "city")


def _strike(doc: str, place: str | None, date: str | None, actors, targets, start=0) -> Event:
    return Event(
        id=f"event:{doc}:{start}:air_strike",
        type="air_strike",
        date=date,
        date_precision="day" if date else "unknown",
        place_id=place,
        actors=list(actors),
        targets=list(targets),
        evidence=[Evidence(doc, start, start + 10, "x" * 10)],
        place_basis="sentence" if place else "",
    )


def test_one_strike_reported_by_two_outlets_is_one_event_with_both_sources():
    where = {"place:afrin": AFRIN, "place:idlib": IDLIB}.get
    a = _strike("a.txt", "place:afrin", "2020-03-03", ["Russia"], ["Turkey"])
    b = _strike("b.txt", "place:afrin", "2020-03-03", ["Russia"], [])
    c = _strike("c.txt", "place:idlib", "2020-03-03", ["Russia"], ["Turkey"])
    swapped = _strike("d.txt", "place:afrin", "2020-03-03", ["Turkey"], ["Russia"])
    merged = merge_events([a, b, c, swapped], where)
    assert len(merged) == 3
    joined = next(e for e in merged if len(e.evidence) == 2)
    assert {x.doc for x in joined.evidence} == {"a.txt", "b.txt"}
    assert joined.id == a.id and set(joined.members) == {a.id, b.id}
    assert joined.label == "Air strike: Russia on Turkey in Afrin"
    assert a.evidence == [Evidence("a.txt", 0, 10, "x" * 10)]  # the input is left alone


def test_merging_across_articles_needs_more_than_an_actor():
    where = {"place:afrin": AFRIN}.get
    a = _strike("a.txt", None, None, ["Russia"], [])
    b = _strike("b.txt", None, None, ["Russia"], [])
    assert len(merge_events([a, b], where)) == 2


def test_sentences_of_one_article_about_one_attack_are_one_event():
    text = (
        "Gunmen attacked a police station in Karak on Sunday, killing four officers. "
        "There was no immediate claim of responsibility for the attack."
    )
    tops = [toponym(text, "Karak", "city", "JO", "geonames:250258")]
    ex = events_of(text, tops)
    attack = only(ex, "attack")
    assert len(attack.evidence) == 2
    assert attack.label == "Attack: gunmen in Karak"


def test_titles_say_what_happened():
    e = _strike("a.txt", "place:alb", None, ["Syrian government (Assad)"], ["Turkey"])
    assert event_title(e, "al-Bab") == "Air strike: Syrian government (Assad) on Turkey in al-Bab"
    e.actors = []
    assert event_title(e, "al-Bab") == "Air strike on Turkey in al-Bab"
    e.targets = []
    assert event_title(e, "al-Bab") == "Air strike in al-Bab"
    e.type, e.status, e.actors = "visit", "planned", ["Israel"]
    e.targets = ["Czech Republic"]
    assert event_title(e, "Prague") == "Planned visit: Israel to Czech Republic in Prague"
    assert event_title(e, "Czech Republic") == "Planned visit: Israel to Czech Republic"
    e.type, e.status, e.actors, e.targets = "meeting", "", ["Russia", "Turkey", "Russia"], []
    assert event_title(e, "Sochi", "city") == "Meeting: Russia – Turkey in Sochi"
    e.type = "agreement"
    assert event_title(e, "TurkStream", "route") == "Agreement: Russia – Turkey on TurkStream"
    e.type, e.actors = "meeting", ["Turkey", "Russia"]  # named the other way round
    assert event_title(e, "Istanbul", "city") == "Meeting: Russia – Turkey in Istanbul"


# --- the bundled articles and real news ---------------------------------------------------


def test_seed_strike_told_three_ways_is_one_event(geoparser):
    gp, gz = geoparser
    path = next((ROOT / "seeds").glob("004_*.txt"))
    doc = make_doc(path.read_text(encoding="utf-8"), path.name)
    ex = extract(doc, gp.parse(doc.text, include_demonyms=True), geometry_for=gz.geometry)
    about_bab = [
        e
        for e in ex.events
        if any("Turkish Soldiers" in x.text or "al-Bab" in x.text for x in e.evidence)
    ]
    assert len(about_bab) == 1
    strike = about_bab[0]
    assert strike.type == "air_strike" and len(strike.evidence) >= 2
    assert strike.actors == ["Syrian government (Assad)"] and strike.targets == ["Turkey"]
    assert strike.label == "Air strike: Syrian government (Assad) on Turkey in al-Bab"
    for e in ex.events:
        assert not set(e.actors) & set(e.targets)
        for x in e.evidence:
            assert doc.text[x.start : x.end] == x.text


def _eval_doc(doc_id: str) -> Document:
    path = EVAL / "trnews.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not beside the project")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] == doc_id:
                from explorer.corpus import document_from_text

                return document_from_text(doc_id, row["text"])
    pytest.skip(f"{doc_id} is not in {path}")


def test_real_news_bombing_told_by_many_sentences_is_one_event(geoparser):
    """The Cairo church bombing (TR-News): the blast, "the attack", "the bombing" in nine
    sentences are one event; the bombing in Giza two days before is another; "Sunday" with no
    publication date gives no date."""
    gp, _ = geoparser
    doc = _eval_doc("trnews-1030016")
    ex = extract(doc, gp.parse(doc.text, include_demonyms=True))
    church = [e for e in ex.events if any("Coptic church" in x.text for x in e.evidence)]
    assert len(church) == 1
    bomb = church[0]
    assert bomb.type == "bombing" and len(bomb.evidence) >= 5
    assert bomb.date is None
    giza = [e for e in ex.events if any("Giza" in x.text for x in e.evidence)]
    assert len(giza) == 1 and giza[0] is not bomb


# --- the project file ---------------------------------------------------------------------


def _analysis(*docs: tuple[str, Event]) -> Analysis:
    documents = [
        Document(
            id=d,
            path=d,
            title=d,
            text="x" * 40,
            sha256=hashlib.sha256(d.encode()).hexdigest(),
        )
        for d, _ in docs
    ]
    afrin = Place(
        id="place:afrin",
        name="Afrin",
        kind="city",
        geometry={"type": "Point", "coordinates": [36.87, 36.51]},
        country="SY",
        gazetteer_id="geonames:174186",
        evidence=[Evidence(d, 0, 10, "x" * 10) for d, _ in docs],
    )
    return Analysis(documents=documents, places=[afrin], events=[e for _, e in docs])


def test_project_keeps_roles_bases_and_status(tmp_path: Path):
    e = _strike("a.txt", "place:afrin", "2020-03-03", ["Russia"], ["Turkey"])
    e.date_basis, e.status, e.label = "published", "planned", "Planned air strike"
    with Project.open(tmp_path / "p.gpkg", create=True) as project:
        project.save(_analysis(("a.txt", e)))
        (loaded,) = project.load().events
    assert (loaded.actors, loaded.targets) == (["Russia"], ["Turkey"])
    assert (loaded.place_basis, loaded.date_basis, loaded.status) == (
        "sentence",
        "published",
        "planned",
    )


def test_projects_of_schema_1_are_upgraded(tmp_path: Path):
    path = tmp_path / "old.gpkg"
    e = _strike("a.txt", "place:afrin", None, ["Russia"], ["Turkey"])
    with Project.open(path, create=True) as project:
        project.save(_analysis(("a.txt", e)))
    conn = sqlite3.connect(path)  # make it the file an older explorer wrote
    later = ("layer", "precision", "country", "location", "outlets")  # schema 3
    for column in ("targets", "place_basis", "date_basis", "status", *later):
        conn.execute(f"ALTER TABLE events DROP COLUMN {column}")
    conn.execute("UPDATE explorer_meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        (loaded,) = project.load().events
    assert loaded.actors == ["Russia"] and loaded.targets == [] and loaded.status == ""
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM explorer_meta WHERE key = 'schema_version'").fetchone()
    assert "targets" in [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    conn.close()


def test_one_event_of_two_articles_is_joined_on_load_and_keeps_its_review(tmp_path: Path):
    a = _strike("a.txt", "place:afrin", "2020-03-03", ["Russia"], ["Turkey"])
    b = _strike("b.txt", "place:afrin", "2020-03-03", ["Russia"], [])
    with Project.open(tmp_path / "p.gpkg", create=True) as project:
        project.save(_analysis(("a.txt", a), ("b.txt", b)))
        (joined,) = project.load().events
        assert {x.doc for x in joined.evidence} == {"a.txt", "b.txt"}
        project.set_review(b.id, "rejected")  # a decision on one report holds for the event
        assert project.load().events == []
        assert len(project.load(include_rejected=True).events) == 1
