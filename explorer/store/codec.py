"""Compact encodings of the bulky per-document arrays (offset maps, spans, candidates)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import overload

from explorer.model import Candidate, OffsetRuns, Span


def encode_offsets(offsets: Sequence[int]) -> str | None:
    """Offset map -> JSON ``{"n": len, "runs": [i0, o0, i1, o1, ...]}``.

    Cleaning mostly deletes stretches of the raw text, so the map is a few runs where
    ``offsets[i + 1] == offsets[i] + 1``; each run is stored as (index, raw offset).
    """
    if not offsets:
        return None
    runs = offsets if isinstance(offsets, OffsetRuns) else OffsetRuns.of(offsets)
    flat = [v for run in runs.runs() for v in run]
    return json.dumps({"n": len(offsets), "runs": flat}, separators=(",", ":"))


def decode_offsets(stored: str | None) -> Sequence[int]:
    """The offset map, kept as its runs (:class:`explorer.model.OffsetRuns`)."""
    if not stored:
        return []
    data = json.loads(stored)
    runs = data["runs"]
    return OffsetRuns(runs[0::2], runs[1::2], data["n"])


def encode_spans(spans: Sequence[Span]) -> str:
    flat: list[int] = []
    for span in spans:
        flat += (span.start, span.end)
    return json.dumps(flat, separators=(",", ":"))


# a JSON list of whole numbers, two per span: what ``encode_spans`` writes
_SPANS = re.compile(r"\s*\[\s*(?:\d+\s*,\s*\d+(?:\s*,\s*\d+\s*,\s*\d+)*)?\s*\]\s*")


class StoredSpans(Sequence[Span]):
    """A document's spans as its project keeps them, made into ``Span``s when first read: a
    project's articles hold a hundred thousand sentences (2,000 articles of the 100,000-event
    project), which an open does not read (an article shown, or analysed again, does).
    Checked when read from the file, so that reading them later cannot fail."""

    __slots__ = ("_spans", "_stored")

    def __init__(self, stored: str) -> None:
        if not _SPANS.fullmatch(stored):
            raise ValueError("spans stored as something other than pairs of offsets")
        self._stored: str | None = stored
        self._spans: list[Span] = []

    def _made(self) -> list[Span]:
        if self._stored is not None:
            flat = json.loads(self._stored)
            self._spans = list(map(Span, flat[0::2], flat[1::2]))
            self._stored = None
        return self._spans

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...

    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        return self._made()[index]

    def __len__(self) -> int:
        return len(self._made())

    def __iter__(self) -> Iterator[Span]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredSpans | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._made())


def decode_spans(stored: str | None) -> Sequence[Span]:
    """The spans ``encode_spans`` wrote, made when first read (:class:`StoredSpans`)."""
    return StoredSpans(stored) if stored else []


def encode_candidates(candidates: list[Candidate]) -> str:
    return json.dumps([asdict(c) for c in candidates], ensure_ascii=False)


def decode_candidates(stored: str | None) -> list[Candidate]:
    return [Candidate(**c) for c in json.loads(stored)] if stored else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
