"""The pipeline over real articles: ingest, cancel, names, places that are not pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.pipeline import Cancelled, analyse_sources, ingest, load_source, rule_sources
from explorer.store import Project

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_cancelled_ingest_leaves_the_project_as_it_was(tmp_path):
    project = tmp_path / "p.gpkg"
    ingest([SEEDS / "000_fac6017f9c5b3381.txt"], project)
    before = project.read_bytes()
    with pytest.raises(Cancelled):
        ingest([SEEDS], project, is_cancelled=lambda: True)
    assert project.read_bytes() == before
    with Project.open(project, create=False) as opened:
        assert list(opened.known_hashes()) == ["000_fac6017f9c5b3381.txt"]


def test_places_carry_the_articles_spelling_and_honest_precision(tmp_path):
    analysis = analyse_sources([SEEDS])
    by_name = {p.name: p for p in analysis.places}
    assert "Afrin" in by_name  # as the article spells it, not the gazetteer's transliteration
    assert by_name["Turkey"].precision == "country"
    assert by_name["Black Sea"].precision == "area"
    assert by_name["Sochi"].precision == "point"
    assert by_name["Nagorno-Karabakh"].precision == "area"
    assert by_name["TurkStream"].precision == "line"
    # "Ankara supports ..." names a government: Ankara is a mention, its place has evidence
    # only from literal mentions.
    ankara = [m for m in analysis.mentions if m.name == "Ankara"]
    assert any(m.metonymic for m in ankara)
    literal = [m for m in ankara if not m.metonymic]
    for ev in by_name["Ankara"].evidence if "Ankara" in by_name else []:
        assert any(ev.doc == m.doc and ev.start <= m.start < ev.end for m in literal)


def test_a_datelines_capitals_are_typography_not_a_spelling(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "Shelling hits port city\n\nHODEIDAH, Yemen (Reuters) - Shelling hit the port of the"
        " city on Tuesday, residents said. Aid groups said the shelling near Sanaa stopped.\n",
        encoding="utf-8",
    )
    (tmp_path / "agency.txt").write_text(
        "Blast in capital\n\nBEIRUT -- A blast shook the Lebanese capital on Monday, the"
        " army said. Later in Beirut the army closed the port.\n",
        encoding="utf-8",
    )
    names = {p.name for p in analyse_sources([tmp_path]).places}
    assert "Beirut" in names and "BEIRUT" not in names  # the text's own spelling elsewhere
    assert not any(n.isupper() and len(n) > 3 for n in names), names
    assert "Hodeidah" in names  # only capitals: written in the usual case


def test_a_project_is_the_same_whichever_batches_saved_it(tmp_path):
    # an asset named by several articles keeps every operator they name, whether the articles
    # came in one ingest or one at a time (Akkuyu: Russia in one article, Rosatom in another)
    whole, parts = tmp_path / "whole.gpkg", tmp_path / "parts.gpkg"
    ingest([SEEDS], whole)
    for path in sorted(SEEDS.glob("*.txt")):
        ingest([path], parts)

    def operators(project):
        with Project.open(project, create=False) as opened:
            return {a.id: sorted(a.operators) for a in opened.load().assets}

    got = operators(parts)
    assert got == operators(whole)
    akkuyu = next(ops for aid, ops in got.items() if "akkuyu" in aid.lower())
    assert {"Russia", "Rosatom"} <= set(akkuyu), got


def test_a_project_loads_as_it_was_saved(tmp_path):
    project = tmp_path / "p.gpkg"
    ingest([SEEDS], project)
    loaded = load_source(project)
    fresh = analyse_sources([SEEDS])
    assert {p.id for p in loaded.places} == {p.id for p in fresh.places}
    assert {e.id for e in loaded.events} == {e.id for e in fresh.events}
    assert len(loaded.documents) == 5


def test_a_newer_analysis_reads_every_article_again_and_keeps_reviews(tmp_path, monkeypatch):
    """An upgraded app (other rules or lexicons) re-analyses a project's articles, those of
    the folder opened and those added before, and the analyst's reviews stay."""
    import explorer.pipeline as pipeline

    project = tmp_path / "p.gpkg"
    first, second = SEEDS / "000_fac6017f9c5b3381.txt", sorted(SEEDS.glob("*.txt"))[1]
    ingest([first, second], project)
    with Project.open(project) as p:
        place = p.load().places[0].id
        p.set_review(place, "rejected")
    assert ingest([first], project).added == []  # same analysis: nothing to do
    monkeypatch.setattr(pipeline, "ANALYSIS_RULES", "a newer release")
    summary = ingest([first], project)
    assert sorted(summary.added) == sorted([first.name, second.name])
    with Project.open(project) as p:
        assert p.analysis_version() == pipeline.analysis_version()
        assert p.reviews()[place]["state"] == "rejected"


def test_analysis_version_counts_the_readers_subpackages():
    # the stance and events readers are packages of their own: a change to their rules must
    # make known folders analysed again, as a change to any other rule module does
    package = Path(ingest.__code__.co_filename).resolve().parent
    hashed = {p.relative_to(package).as_posix() for p in rule_sources()}
    for sub in ("extract/stances", "extract/events"):
        modules = {p.relative_to(package).as_posix() for p in (package / sub).glob("*.py")}
        assert modules and modules <= hashed
    assert "geoparse/resolve.py" in hashed and "pipeline.py" not in hashed
