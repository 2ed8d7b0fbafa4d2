"""A plain-text article's headline: the first line, unless its sentence runs on into the line
under it (a hard-wrapped lede is no headline). Real TR-News stories, written to files as
ingest reads them, and realistic lines; every excerpt must still be the file's own text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from explorer.corpus import read_file
from tests.articles import eval_article
from tests.test_cli import run_cli
from tests.test_corpus import assert_offsets_exact, assert_sentences_in_original, squash


def trnews_file(tmp_path: Path, doc_id: str) -> Path:
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(eval_article("trnews", doc_id), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("doc_id", "title"),
    [
        (
            "trnews-1020002",  # "... in an address to mark the" / "Thanksgiving holiday."
            "US President-elect Donald Trump has called for national unity in an address to mark "
            "the Thanksgiving holiday.",
        ),
        (
            "trnews-1020001",  # "... of part of the result" / "of the US election."
            "A former presidential candidate looks likely to spur a last-minute recount of part of "
            "the result of the US election.",
        ),
        (
            "trnews-1020009",  # "... off San Francisco's" / "roads."
            "Uber has been told its self-driving cars are illegal - but it is refusing to take "
            "them off San Francisco's roads.",
        ),
        (
            "trnews-1010001",  # "... in the Alberta legislature on" / "Tuesday, asking them"
            "MLA Sandra Jansen made an impassioned plea to her colleagues in the Alberta "
            "legislature on Tuesday, asking them to…",
        ),
    ],
)
def test_a_hard_wrapped_first_sentence_is_no_headline(tmp_path, doc_id, title):
    doc = read_file(trnews_file(tmp_path, doc_id))
    assert doc.title == title
    first = doc.excerpt(doc.sentences[0])
    assert first.startswith(title.rstrip("…")) and "\n" not in first
    assert_offsets_exact(doc)
    assert_sentences_in_original(doc)


def test_a_dateline_alone_on_its_line_opens_the_lede(tmp_path):
    """CNN's "Washington (CNN)" over the lede: no headline, and the agency is the outlet."""
    doc = read_file(trnews_file(tmp_path, "trnews-1030014"))
    assert doc.outlet == "CNN"
    assert doc.excerpt(doc.sentences[0]).startswith(
        "Washington (CNN) ExxonMobil Chairman and CEO Rex Tillerson is the leading candidate"
    )
    assert doc.title.startswith("Washington (CNN) ExxonMobil Chairman")
    assert_sentences_in_original(doc)


def test_a_line_that_ends_with_the_goes_on_in_the_next(tmp_path):
    doc = read_file(trnews_file(tmp_path, "trnews-1020014"))
    sentences = [doc.excerpt(s) for s in doc.sentences]
    assert (
        "Other films in the running include Australia's Tanna, which is set in the South "
        "Pacific and filmed in the Navhal and Nafe languages."
    ) in sentences
    assert_offsets_exact(doc)
    assert_sentences_in_original(doc)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rebels fight on", "The rebels said on Tuesday that they would not lay down their arms."),
        ("Germany top Group A", "Germany beat Hungary 2-0 in Stuttgart on Wednesday night."),
        ("Ceasefire talks open in Doha", "Mediators from Qatar and Egypt met both delegations."),
        ("Washington (CNN)", ""),  # alone, it is all there is to call the story
    ],
)
def test_a_headline_right_over_its_story_stays_the_title(tmp_path, first, second):
    article = tmp_path / "story.txt"
    body = f"{second}\nOfficials said more talks would follow next week in the capital.\n"
    article.write_text(f"{first}\n{body if second else ''}", encoding="utf-8")
    doc = read_file(article)
    assert doc.title == first
    if second:
        assert [doc.excerpt(p) for p in doc.paragraphs][:2] == [first, second]


def test_the_exports_name_the_article_by_its_whole_first_sentence(tmp_path):
    """The GeoPackage's ``sources`` title, and every excerpt of the GeoJSON the file's own
    characters at their place: joining the lede's two lines moved no evidence."""
    path = trnews_file(tmp_path, "trnews-1020009")
    gpkg, geojson = tmp_path / "x.gpkg", tmp_path / "x.geojson"
    for out, fmt in ((gpkg, "gpkg"), (geojson, "geojson")):
        result = run_cli("export", str(path), "-f", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
    with sqlite3.connect(gpkg) as db:
        titles = [row[0] for row in db.execute("SELECT title FROM sources")]
    assert titles == [
        "Uber has been told its self-driving cars are illegal - but it is refusing to take them "
        "off San Francisco's roads."
    ]
    doc = read_file(path)
    evidence = [
        e for f in json.loads(geojson.read_text())["features"] for e in f["properties"]["evidence"]
    ]
    assert any(e["start"] == 0 for e in evidence)  # the lede is quoted
    for e in evidence:
        assert e["text"] == doc.text[e["start"] : e["end"]]
        assert squash(e["text"]) in squash(doc.raw_text)
