"""Compact encodings of the bulky per-document arrays (offset maps, spans, candidates)."""

from __future__ import annotations

import json
from dataclasses import asdict

from explorer.model import Candidate, Span


def encode_offsets(offsets: list[int]) -> str | None:
    """Offset map -> JSON ``{"n": len, "runs": [i0, o0, i1, o1, ...]}``.

    Cleaning mostly deletes stretches of the raw text, so the map is a few runs where
    ``offsets[i + 1] == offsets[i] + 1``; each run is stored as (index, raw offset).
    """
    if not offsets:
        return None
    runs: list[int] = []
    previous = None
    for i, value in enumerate(offsets):
        if previous is None or value != previous + 1:
            runs += (i, value)
        previous = value
    return json.dumps({"n": len(offsets), "runs": runs}, separators=(",", ":"))


def decode_offsets(stored: str | None) -> list[int]:
    if not stored:
        return []
    data = json.loads(stored)
    runs, total = data["runs"], data["n"]
    out: list[int] = []
    for k in range(0, len(runs), 2):
        index, value = runs[k], runs[k + 1]
        end = runs[k + 2] if k + 2 < len(runs) else total
        out.extend(range(value, value + end - index))
    return out


def encode_spans(spans: list[Span]) -> str:
    flat: list[int] = []
    for span in spans:
        flat += (span.start, span.end)
    return json.dumps(flat, separators=(",", ":"))


def decode_spans(stored: str | None) -> list[Span]:
    flat = json.loads(stored) if stored else []
    return [Span(flat[k], flat[k + 1]) for k in range(0, len(flat), 2)]


def encode_candidates(candidates: list[Candidate]) -> str:
    return json.dumps([asdict(c) for c in candidates], ensure_ascii=False)


def decode_candidates(stored: str | None) -> list[Candidate]:
    return [Candidate(**c) for c in json.loads(stored)] if stored else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
