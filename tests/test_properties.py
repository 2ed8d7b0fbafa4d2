"""Any text, any bytes: the reader, the geoparser and the extractor never raise, never hang
(each example runs under a budget whose watchdog would stop it), and every offset they give
lies inside the text. Long texts are parsed in pieces with the same offsets."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.corpus import CorpusError, document_from_text, read_file
from explorer.limits import PIECE_CHARS, Budget

ROOT = Path(__file__).resolve().parent.parent
NO_HANG = 60.0  # seconds one example may take before the watchdog calls it a hang

# Words that reach the interesting paths (places, actors, triggers, clause breaks, quotes)
# mixed with any characters at all.
WORDS = [
    "Ankara", "Turkey", "Turkish", "backs", "supports", "rebels", "in", "Syria", "Idlib", "the",
    "Russia", "met", "Putin", "Erdoğan", "Sochi", "air", "strike", "near", "al-Bab", "TurkStream",
    "pipeline", "U.S.", "Gen.", "said", "'s", "-", "—", ";", ":", ",", ".", "!", "?", "\n", "\n\n",
    "“", "”", "\"", "(", ")", "Washington", "New York", "Black Sea", "Kremlin", "2019",
    "on Monday", "Libya", "GNA", "Haftar", "S-400", "Akkuyu", "troops", "deployed",
]  # fmt: skip
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=60).map(" ".join)
PROFILE = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def geoparser():
    from explorer.geoparse import Geoparser

    return Geoparser.default()


def _inside(start: int, end: int, text: str) -> bool:
    return 0 <= start <= end <= len(text)


@PROFILE
@given(
    data=st.one_of(st.binary(max_size=600), TEXT.map(lambda t: t.encode("utf-8"))),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_the_reader_reads_or_refuses_any_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        with Budget("reader example", NO_HANG):
            try:
                doc = read_file(path)
            except CorpusError as exc:
                assert exc.reason
                return
    assert len(doc.offsets) == len(doc.text)
    assert all(0 <= o < len(doc.raw_text) for o in doc.offsets)
    for span in [*doc.paragraphs, *doc.sentences]:
        assert _inside(span.start, span.end, doc.text) and span.end > span.start


@PROFILE
@given(text=TEXT)
def test_the_geoparser_gives_toponyms_inside_any_text(text):
    with Budget("geoparser example", NO_HANG):
        toponyms = geoparser().parse(text)
    for t in toponyms:
        assert _inside(t.start, t.end, text) and t.end > t.start
        assert text[t.start : t.end] == t.name


@settings(PROFILE, max_examples=20)
@given(text=TEXT)
def test_the_extractor_gives_evidence_inside_any_text(text):
    from explorer.extract import extract

    doc = document_from_text("any.txt", text)
    with Budget("extractor example", NO_HANG):
        found = extract(doc, geoparser().parse(text))
    items = [*found.events, *found.assets, *found.stances, *found.theatres]
    for item in items:
        for e in item.evidence:
            assert _inside(e.start, e.end, text)
            assert e.text == text[e.start : e.end]


def _long_text() -> str:
    """The seed articles three times over: about 60,000 characters, three pieces and more."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds * 3)
    assert len(text) > 2.5 * PIECE_CHARS
    return text


def test_a_long_text_is_geoparsed_in_pieces_with_offsets_into_the_whole():
    text = _long_text()
    toponyms = geoparser().parse(text)
    assert len(toponyms) > 50
    assert all(text[t.start : t.end] == t.name for t in toponyms)
    assert [t.start for t in toponyms] == sorted(t.start for t in toponyms)
    # parse_many sends it through the same pieces
    assert [
        (t.start, t.name) for t in geoparser().parse_many([text], include_demonyms=True)[0]
    ] == [(t.start, t.name) for t in toponyms]


def test_a_long_text_and_a_sentence_without_end_are_analysed_in_pieces(tmp_path):
    from explorer.pipeline import analyse_sources

    text = _long_text()
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "run-on.txt").write_text(
        "Turkish troops entered Afrin " + "and moved on " * 3000 + "to Aleppo", encoding="utf-8"
    )
    analysis = analyse_sources([tmp_path])
    assert analysis.problems == []
    docs = {d.id: d for d in analysis.documents}
    assert set(docs) == {"long.txt", "run-on.txt"}
    evidence = [
        e for kind in (analysis.places, analysis.events, analysis.theatres) for i in kind
        for e in i.evidence
    ]  # fmt: skip
    assert {e.doc for e in evidence} == {"long.txt", "run-on.txt"}
    for e in evidence:
        assert docs[e.doc].text[e.start : e.end] == e.text
        assert e.end - e.start <= 2 * 2_000  # never a whole run-on text as an excerpt
    assert {"Afrin", "Aleppo"} <= {p.name for p in analysis.places}
