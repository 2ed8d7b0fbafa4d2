"""The corpus reader on real files: the seed articles, encoding fixtures, an HTML page, and bad
input. Every check reads files from disk and calls the real libraries."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest

from explorer.corpus import (
    CorpusError,
    document_from_text,
    read_file,
    read_sources,
    source_span,
)
from explorer.model import Document, Span

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "corpus"
TRNEWS = ROOT.parent / "shared" / "eval" / "trnews.jsonl"


def squash(text: str) -> str:
    """Whitespace-insensitive form: every run of whitespace (NBSP included) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def original_of(doc: Document, start: int, end: int) -> str:
    span = source_span(doc, Span(start, end))
    return doc.raw_text[span.start : span.end]


def assert_offsets_exact(doc: Document) -> None:
    """Each cleaned character comes from the original at its offset (spaces may have been
    collapsed, characters composed by NFC)."""
    assert len(doc.offsets) == len(doc.text)
    for index, char in enumerate(doc.text):
        if char.isspace():
            continue
        at = doc.offsets[index]
        found = unicodedata.normalize("NFC", doc.raw_text[at : at + 3])
        assert found.startswith(char), (doc.id, index, char, doc.raw_text[at : at + 10])


def assert_sentences_in_original(doc: Document) -> None:
    """Each sentence is in the original (whitespace aside); in Markdown, markup characters may
    sit between its characters, which must still appear in order."""
    assert doc.sentences, doc.id
    for sentence in doc.sentences:
        excerpt = doc.excerpt(sentence)
        assert excerpt == excerpt.strip() and excerpt
        original = original_of(doc, sentence.start, sentence.end)
        if doc.id.endswith(".md"):
            rest = iter(squash(original))
            assert all(char in rest for char in squash(excerpt)), (excerpt, original)
        else:
            assert squash(original) == squash(excerpt)
            assert squash(excerpt) in squash(doc.raw_text)


# --- the five seed articles -------------------------------------------------------------------

# First three words of every sentence the reader must keep, in order (titles and section
# headings count as sentences of their own).
SEED_SENTENCES = {
    "000_fac6017f9c5b3381.txt": [
        "Putin, Erdoğan meet",
        "Russian President Vladimir",
        "Putin and Erdoğan",
        "Russia and Turkey",
        "Over the past",
        "Russian jets have",
        "It considers the",
        "Syria is set",
        "Afghanistan, Libya and",
        "The two leaders",
        "But troubles in",
        "Russia is building",
        "Turkish construction firms",
        "Russia is also",
        "Some seven million",
        "The lira has",
        "Putin is also",
        "Ankara’s acquisition of",
        "Washington has told",
        "The Turkish president",
        "Erdoğan is set",
    ],
    "001_5b6c0bbc9ae811f1.txt": [
        "The Opportunistic Relationship",
        "Russian leader Vladimir",
        "NATO and the",
        "Indeed: to the",
        "The Relationship Between",
        "The recent war",
        "Although both Putin",
        "In 2004, Putin",
        "Russia has long",
        "For the Kremlin,",
        "The pipeline recently",
        "For Erdogan, the",
        "He can ignore",
        "Turkey and Russia",
        "However, Erdogan and",
        "Turkey, which seeks",
        "The fall of",
        "Moscow had granted",
        "After the change",
        "That is why",
        "Above all, mercenaries",
        "However, when one",
        "When Russia entered",
        "Moscow’s goal was",
        "Ankara, on the",
        "The confrontation escalated",
        "It then took",
        "Erdogan was concerned",
        "Putin saw the",
        "With the Kremlin’s",
        "In the last",
        "While Putin supports",
        "In October, Putin",
        "In the Nagorno-Karabakh",
        "Nothing came of",
        "Regardless of these",
    ],
    "002_10704649d781fc34.txt": [
        "Putin’s Visit to",
        "Russia and Turkey",
        "On October 10,",
        "The event, which",
        "Russian President Vladimir",
        "Judging by the",
        "Warming of the",
        "The Russian Gazprom",
        "The tactical partnership",
        "It is remarkable",
        "The fact that",
        "The agreements with",
        "For sure, Ankara,",
        "In turn, the",
        "Deliveries of arms",
        "This is why",
        "This may indicate",
    ],
    "003_ac4ef8d3c62bd1ee.txt": [
        "In a recent",
        "Following the call,",
        "The Kremlin echoed",
        "Notably, Türkiye’s position",
        "This diplomatic balancing",
        "Türkiye’s economic ties",
        "Despite these robust",
        "Reports indicate that",
        "The complexity of",
        "Russian Foreign Minister",
        "The discussions between",
        "The two leaders",
        "Erdogan has also",
        "The Kremlin, as",
        "The ongoing complexities",
        "Türkiye’s role as",
        "While Ankara seeks",
        "Erdogan’s administration is",
        "The import-export dynamics",
        "While Erdogan aims",
        "Ultimately, the Erdogan-Putin",
        "As Türkiye navigates",
        "The future of",
    ],
    "004_50bc96e38ec6e41a.txt": [
        "Turkish-Russian Relations: Erdogan,",
        "Turkish President Recep",
        "Three Turkish soldiers",
        "Russia is among",
        "Erdogan told Putin",
        "Both leaders agreed",
        "Turkey-Russia relations on",
        "Turkey has stepped",
        "Turkey has been",
        "Progress on Syria,",
        "Erdogan described the",
        "Both men said",
        "“We have a",
        "The only issue",
        "Member of the",
        "“Let’s remember the",
        "This time, the",
        "All these developments",
        "Our relations with",
        "A new page",
        "Turkish President Tayyip",
        "“Today has been",
        "The warming relations",
        "Putin said Moscow",
        "They signed a",
        "The plan for",
        "Erdogan also said",
        "Time lost on",
        "In 2013, Russia’s",
        "Russia May Block",
        "The strategic agreement",
    ],
}

# Page furniture that must be gone from the cleaned text: every line of the seed file that is
# not a kept paragraph, in file order.
SEED_REMOVED = {
    "000_fac6017f9c5b3381.txt": [
        "This block is broken or missing. You may be missing content or you might need to "
        "enable the original module.",
    ],
    "001_5b6c0bbc9ae811f1.txt": [],
    "002_10704649d781fc34.txt": [
        "0 $",
        "2,500 $",
        "5,000 $",
        "2,037 $",
        "14 DAYS LEFT UNTIL THE END OF APRIL",
        "Support SouthFront",
        # the title repeated under the lede, with straight quotes this time
        "Putin's Visit to Turkey: Russian-Turkish 'Consensus' on Syria Remains in Effect",
        "Support SouthFront",
        "SouthFront",
        "Do you like this content? Consider helping us!",
        "ONE TIME SUPPORT 20 USD",
        "ONE TIME SUPPORT 50 USD",
        "ONE TIME SUPPORT 100 USD",
        "ONE TIME SUPPORT 500 USD",
    ],
    "003_ac4ef8d3c62bd1ee.txt": [
        "Thursday, July 31",
        "Share.",
        "Leave A Reply",
        "Exit mobile version",
    ],
    "004_50bc96e38ec6e41a.txt": [],
}

SEED_TITLES = {
    "000_fac6017f9c5b3381.txt": "Putin, Erdoğan meet in Sochi to bolster unwieldy alliance",
    "001_5b6c0bbc9ae811f1.txt": "The Opportunistic Relationship Between Putin and Erdogan",
    "002_10704649d781fc34.txt": (
        "Putin’s Visit to Turkey: Russian-Turkish ‘Consensus’ on Syria Remains in Effect"
    ),
    "004_50bc96e38ec6e41a.txt": (
        "Turkish-Russian Relations: Erdogan, Putin Discuss Attack on Turkish Soldiers in Syria"
    ),
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    result = read_sources([SEEDS])
    assert result.problems == []
    return {doc.id: doc for doc in result.documents}


def test_seed_folder_is_read_in_order_with_file_names_as_ids(seeds):
    assert list(seeds) == sorted(p.name for p in SEEDS.iterdir())


@pytest.mark.parametrize("doc_id", sorted(SEED_SENTENCES))
def test_seed_keeps_every_sentence(seeds, doc_id):
    doc = seeds[doc_id]
    starts = [" ".join(doc.excerpt(s).split()[:3]) for s in doc.sentences]
    assert starts == SEED_SENTENCES[doc_id]


@pytest.mark.parametrize("doc_id", sorted(SEED_SENTENCES))
def test_seed_removes_furniture_and_nothing_else(seeds, doc_id):
    doc = seeds[doc_id]
    raw_lines = [line.strip() for line in doc.raw_text.splitlines() if line.strip()]
    kept = {squash(doc.excerpt(p)) for p in doc.paragraphs}
    removed = [line for line in raw_lines if squash(line) not in kept]
    assert removed == SEED_REMOVED[doc_id]
    for line in SEED_REMOVED[doc_id]:
        assert squash(line) not in squash(doc.text)


@pytest.mark.parametrize("doc_id", sorted(SEED_SENTENCES))
def test_seed_sentences_are_found_in_the_original(seeds, doc_id):
    doc = seeds[doc_id]
    assert_offsets_exact(doc)
    assert_sentences_in_original(doc)
    assert doc.raw_text == (SEEDS / doc_id).read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", sorted(SEED_SENTENCES))
def test_seed_paragraphs_hold_the_sentences(seeds, doc_id):
    doc = seeds[doc_id]
    inside = [
        any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs) for s in doc.sentences
    ]
    assert all(inside)
    assert [p.start for p in doc.paragraphs] == sorted(p.start for p in doc.paragraphs)


def test_seed_titles_and_dates(seeds):
    for doc_id, title in SEED_TITLES.items():
        assert seeds[doc_id].title == title
    # 003 opens with a paragraph: its title is that sentence, shortened
    assert seeds["003_ac4ef8d3c62bd1ee.txt"].title.startswith("In a recent phone conversation")
    assert len(seeds["003_ac4ef8d3c62bd1ee.txt"].title) <= 121
    # "Thursday, July 31" has no year: no date is invented
    assert all(doc.published is None for doc in seeds.values())
    assert all(doc.outlet is None and doc.url is None for doc in seeds.values())


def test_seed_sentence_boundaries_respect_abbreviations(seeds):
    sentences = [d.excerpt(s) for d in seeds.values() for s in d.sentences]
    assert any("Prof.Dr. Andrey Manoylo said" in s for s in sentences)
    assert any("U.S. President Joe Biden" in squash(s) for s in sentences)
    assert any(s.startswith("Reports indicate that the U.S. has placed") for s in sentences)
    assert not any(s.endswith(("U.S.", "Prof.Dr.", "Gen.")) for s in sentences)


def test_sha256_is_of_the_raw_bytes(seeds):
    import hashlib

    for doc_id, doc in seeds.items():
        assert doc.sha256 == hashlib.sha256((SEEDS / doc_id).read_bytes()).hexdigest()


# --- encodings and formats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "phrase"),
    [
        ("russian_cp1251.txt", "cp1251", "Министр иностранных дел России прибыл в Анкару"),
        ("western_cp1252.txt", "cp1252", "“We made progress,” the envoy said – adding that"),
        ("utf16_bom.txt", "utf-16-le", "signed the pipeline agreement in Istanbul"),
        ("utf8_bom.md", "utf-8", "Foreign ministers met in Baku on Tuesday"),
        ("decomposed_nfd.txt", "utf-8", "The talks in Montréal ended on Friday."),
    ],
)
def test_encodings_are_detected(name, encoding, phrase):
    doc = read_file(DATA / name)
    assert doc.encoding == encoding
    assert phrase in doc.text
    assert not doc.raw_text.startswith("\ufeff")
    assert_offsets_exact(doc)
    assert_sentences_in_original(doc)


def test_cp1252_details():
    doc = read_file(DATA / "western_cp1252.txt")
    assert doc.title == "Café talks in Montréal"
    assert doc.published == "2021-03-03"  # from the dateline, which leaves the text
    assert "Published" not in doc.text
    assert "\r" not in doc.text and "\r\n" in doc.raw_text
    assert [doc.excerpt(s) for s in doc.sentences][-2:] == [
        "Officials from the U.S. and France joined the session.",
        "Gen. Martin arrived on Jan. 5 and left the next day.",
    ]


def test_nfc_keeps_offsets():
    doc = read_file(DATA / "decomposed_nfd.txt")
    assert unicodedata.is_normalized("NFC", doc.text)
    assert not unicodedata.is_normalized("NFC", doc.raw_text)
    first = doc.sentences[0]
    assert doc.excerpt(first) == "Erdoéan and José met in São Paulo."
    span = source_span(doc, first)
    assert (
        doc.raw_text[span.start : span.end]
        == "Erdoe\u0301an and Jose\u0301 met in Sa\u0303o Paulo."
    )
    assert [doc.excerpt(s) for s in doc.sentences][1:] == [
        "The talks in Montréal ended on Friday.",
        "Both sides were pleased.",
    ]


def test_markdown_markup_is_stripped_with_offsets_kept():
    doc = read_file(DATA / "utf8_bom.md")
    assert doc.title == "Ministers meet in Baku"
    assert [doc.excerpt(p) for p in doc.paragraphs] == [
        "Ministers meet in Baku",
        "Foreign ministers met in Baku on Tuesday to discuss the ceasefire agreement. "
        "They agreed to meet again.",
        "Next steps",  # a short heading between paragraphs stays
        "Talks will resume in Tbilisi next month.",
        "Observers will be sent to the region.",
        '"We are hopeful," one minister said.',
    ]
    assert_offsets_exact(doc)
    span = source_span(doc, doc.paragraphs[1])
    assert "[ceasefire](https://example.org/c)" in doc.raw_text[span.start : span.end]


def test_html_main_text_and_metadata():
    doc = read_file(DATA / "news_page.html")
    assert doc.title == "Turkey and Russia agree on grain corridor"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.published == "2022-07-22"
    assert doc.url == "https://harbour-gazette.example/world/grain-corridor"
    for furniture in (
        "Home",
        "Subscribe",
        "Share on",
        "Related articles",
        "Leave a comment",
        "All rights reserved",
        "Privacy",
        "dataLayer",
        "font-family",
    ):
        assert furniture not in doc.text
    assert "inspect ships & cargo. “This is a step for peace,” the U.S. ambassador" in doc.text
    assert "Prof. Ayşe Demir of Koç University" in doc.text
    assert "Ships to sail within weeks" in doc.text  # a section heading between paragraphs
    assert doc.excerpt(doc.sentences[-1]).startswith("Insurers in London")
    assert doc.warnings == []
    # every sentence is found in the page source once tags and entities are read
    for sentence in doc.sentences:
        span = source_span(doc, sentence)
        source = doc.raw_text[span.start : span.end]
        assert squash(html.unescape(re.sub(r"<[^>]*>", " ", source))) == squash(
            doc.excerpt(sentence)
        )
    for index, char in enumerate(doc.text):
        if not char.isspace():
            at = doc.offsets[index]
            found = doc.raw_text[at]
            if found == "&":  # a character reference: read it
                found = html.unescape(doc.raw_text[at : doc.raw_text.index(";", at) + 1])
            assert found == char


def test_html_declared_charset_is_used(tmp_path):
    page = tmp_path / "ru.htm"
    page.write_bytes(
        (
            '<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body>'
            "<article><h1>Переговоры в Анкаре</h1><p>Министр иностранных дел России прибыл в "
            "Анкару во вторник для переговоров. Стороны обсудили положение в Сирии.</p>"
            "</article></body></html>"
        ).encode("cp1251")
    )
    doc = read_file(page)
    assert doc.encoding == "cp1251"
    assert doc.excerpt(doc.sentences[-1]) == "Стороны обсудили положение в Сирии."
    assert_sentences_in_original(doc)


def test_html_with_unclosed_tags_is_still_read():
    doc = read_file(DATA / "unclosed_tags.html")
    assert doc.title == "Talks continue in Geneva"
    assert len(doc.sentences) == 3
    assert_sentences_in_original(doc)


# --- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.txt", "empty"),
        ("binary.txt", "PNG image"),
        ("malformed.html", "no article text"),
    ],
)
def test_bad_files_raise_with_the_file_named(name, words):
    with pytest.raises(CorpusError) as caught:
        read_file(DATA / name)
    message = str(caught.value)
    assert name in message and words in message


def test_binary_without_magic_and_undecodable_bytes(tmp_path):
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CorpusError, match=r"noise\.txt.*binary"):
        read_file(noise)
    bad_bom = tmp_path / "bad_bom.txt"
    bad_bom.write_bytes(b"\xff\xfeA\x00\x00\xd8")  # UTF-16 BOM, then a lone surrogate
    with pytest.raises(CorpusError, match=r"bad_bom\.txt"):
        read_file(bad_bom)


def test_size_limit_is_configurable():
    with pytest.raises(CorpusError, match="too large"):
        read_file(DATA / "news_page.html", max_bytes=1000)
    result = read_sources([DATA / "news_page.html"], max_bytes=1000)
    assert result.documents == [] and "too large" in result.problems[0][1]


def test_unsupported_and_missing_paths(tmp_path):
    other = tmp_path / "table.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(CorpusError, match="unsupported"):
        read_file(other)
    result = read_sources([tmp_path / "absent", tmp_path])
    assert result.problems == [
        (str(tmp_path / "absent"), "no such file or folder"),
        (str(tmp_path), "no .txt, .md or .html files were found in this folder"),
    ]


def test_folder_reading_collects_problems_and_goes_on():
    result = read_sources([DATA])
    failed = {Path(path).name for path, _ in result.problems}
    assert failed == {"empty.txt", "binary.txt", "malformed.html"}
    assert [doc.id for doc in result.documents] == [
        "decomposed_nfd.txt",
        "news_page.html",
        "russian_cp1251.txt",
        "unclosed_tags.html",
        "utf16_bom.txt",
        "utf8_bom.md",
        "western_cp1252.txt",
    ]


# --- folders, ids, repetition across documents ----------------------------------------------------


ARTICLE = (
    "{title}\n\n"
    "Regional Desk Weekly\n\n"
    "Officials met in {city} on Monday to discuss the border. They agreed to meet again.\n\n"
    "The talks lasted three hours.\n\n"
    "Regional Desk Weekly\n"
)


def test_lines_repeated_across_documents_are_dropped(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.format(title="Talks in Baku", city="Baku"))
    (tmp_path / "b.txt").write_text(ARTICLE.format(title="Talks in Yerevan", city="Yerevan"))
    result = read_sources([tmp_path])
    for doc in result.documents:
        assert "Regional Desk Weekly" not in doc.text
        # sentences shared by both documents are still article text
        assert "The talks lasted three hours." in doc.text
    alone = read_file(tmp_path / "a.txt")
    assert "The talks lasted three hours." in alone.text


def test_recursive_sorted_hidden_skipped_and_clashing_ids(tmp_path):
    (tmp_path / "b.txt").write_text("Second article\n\nTroops moved to the border on Friday.\n")
    (tmp_path / "a.md").write_text("# First article\n\nShips left the port of Odesa.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNot to be read at all today.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too\n\nNot to be read either.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Other article\n\nA meeting was held in Geneva.\n")
    (tmp_path / "notes.csv").write_text("ignored\n")
    result = read_sources([tmp_path])
    assert result.problems == []
    assert [doc.id for doc in result.documents] == ["a.md", "b.txt", "sub/b.txt"]
    assert result.documents[2].path == str(tmp_path / "sub" / "b.txt")


def test_hard_wrapped_text_joins_lines_into_paragraphs(tmp_path):
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(
        "Ceasefire holds in the north\n\n"
        "The ceasefire agreed in Moscow held through the night,\n"
        "officials said on Sunday. Observers reported no shelling\n"
        "near the front line.\n\n"
        "Aid convoys are expected to cross\n"
        "into the region this week.\n"
    )
    doc = read_file(wrapped)
    assert [doc.excerpt(s) for s in doc.sentences] == [
        "Ceasefire holds in the north",
        "The ceasefire agreed in Moscow held through the night, officials said on Sunday.",
        "Observers reported no shelling near the front line.",
        "Aid convoys are expected to cross into the region this week.",
    ]
    assert len(doc.paragraphs) == 3
    assert_offsets_exact(doc)
    assert_sentences_in_original(doc)


def test_short_sentences_broken_lines_and_cut_off_endings_are_kept(tmp_path):
    article = tmp_path / "broken.txt"
    article.write_text(
        "Election recount requested in three states\n\n"
        "The candidate asked for a recount in Michigan, Pennsylvania and\n"
        "Wisconsin. Officials said the count would start on Sunday.\n\n"
        "Not this year.\n\n"
        "Timeline:\n\n"
        "The committee will publish its findings after the count, which could take until the\n"
        "middle of next month, and lawyers for both campaigns said they would watch it closely as"
        "\n"
    )
    doc = read_file(article)
    assert [doc.excerpt(s) for s in doc.sentences] == [
        "Election recount requested in three states",
        "The candidate asked for a recount in Michigan, Pennsylvania and Wisconsin.",
        "Officials said the count would start on Sunday.",
        "Not this year.",
        "The committee will publish its findings after the count, which could take until the "
        "middle of next month, and lawyers for both campaigns said they would watch it closely as",
    ]
    assert_sentences_in_original(doc)


def test_a_sentence_running_on_to_a_lower_case_line_is_joined(tmp_path):
    article = tmp_path / "runon.txt"
    long_line = (
        "Officials in Ankara and Moscow said on Monday that talks on the pipeline would " * 2
    )
    article.write_text(f"Pipeline talks\n\n{long_line}continue\nnext week in Istanbul.\n")
    doc = read_file(article)
    assert len(doc.paragraphs) == 2
    assert doc.excerpt(doc.sentences[-1]).endswith("would continue next week in Istanbul.")


def test_everything_furniture_is_a_problem(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("0 $\n\n2,500 $\n\nSUBSCRIBE NOW FOR 5 USD\n")
    with pytest.raises(CorpusError, match=r"junk\.txt.*no article text"):
        read_file(junk)


# --- text given in memory -------------------------------------------------------------------------


def test_document_from_text_keeps_text_exactly():
    text = "  Gen. Haftar met envoys in Tripoli.  “We agreed… mostly.” Talks end.\n\nNext day"
    doc = document_from_text("id1", text)
    assert doc.id == "id1" and doc.path == "" and doc.text == text and doc.raw_text == text
    assert doc.offsets == list(range(len(text)))
    assert [doc.excerpt(s) for s in doc.sentences] == [
        "Gen. Haftar met envoys in Tripoli.",
        "“We agreed… mostly.”",
        "Talks end.",
        "Next day",
    ]
    assert [doc.excerpt(p) for p in doc.paragraphs] == [
        "Gen. Haftar met envoys in Tripoli.  “We agreed… mostly.” Talks end.",
        "Next day",
    ]


@pytest.mark.skipif(not TRNEWS.exists(), reason="shared evaluation data not present")
def test_document_from_text_on_news_corpus():
    for line in TRNEWS.read_text(encoding="utf-8").splitlines()[:40]:
        record = json.loads(line)
        doc = document_from_text(record["id"], record["text"])
        assert doc.text == record["text"]
        assert doc.sentences
        previous_end = 0
        for sentence in doc.sentences:
            assert previous_end <= sentence.start < sentence.end <= len(doc.text)
            assert doc.excerpt(sentence).strip() == doc.excerpt(sentence)
            previous_end = sentence.end
