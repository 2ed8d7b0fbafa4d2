"""Compact encodings of the bulky per-document arrays (offset maps, spans, candidates)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

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


def encode_spans(spans: list[Span]) -> str:
    flat: list[int] = []
    for span in spans:
        flat += (span.start, span.end)
    return json.dumps(flat, separators=(",", ":"))


def decode_spans(stored: str | None) -> list[Span]:
    flat = json.loads(stored) if stored else []
    if len(flat) % 2:
        raise ValueError("spans stored as an odd number of offsets")
    return list(map(Span, flat[0::2], flat[1::2]))


def encode_candidates(candidates: list[Candidate]) -> str:
    return json.dumps([asdict(c) for c in candidates], ensure_ascii=False)


def decode_candidates(stored: str | None) -> list[Candidate]:
    return [Candidate(**c) for c in json.loads(stored)] if stored else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
