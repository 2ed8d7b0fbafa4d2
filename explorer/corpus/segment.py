"""Paragraph and sentence spans over cleaned text.

Sentences come from sentencex (Wikimedia's rule-based segmenter: abbreviations such as "U.S.",
"Gen.", "Prof.Dr." and ellipses are handled, and its pieces concatenate back to the input, so
offsets are exact). It keeps a multi-sentence quotation together; such quotations are split
once more at clear boundaries (a word that is no abbreviation, a full stop, a capital) so
evidence stays one sentence long.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sentencex import segment as _sentencex_segment

from explorer.model import Span

_QUOTES = '"“”«»„'
_INNER_BOUNDARY = re.compile(r"(?<![^\W\d_])([a-z]{3,}|[A-Z][a-z]{5,})[.!?]+\s+(?=[\"“‘'«]?[A-Z])")
_LOWERCASE_ABBREVIATIONS = frozenset({"approx", "incl", "esp", "resp", "viz", "vol", "est", "dept"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, language: str = "en"
) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans into ``text``, trimmed of surrounding space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    position = start
    for piece in _sentencex_segment(language, text[start:end]):
        piece_start = position
        position += len(piece)
        if text[piece_start:position] != piece:  # never expected; stay safe by searching
            found = text.find(piece, piece_start, end)
            if found < 0:
                continue
            piece_start, position = found, found + len(piece)
        for a, b in _split_quotation(text, piece_start, position):
            span = _trim(text, a, b)
            if span is not None:
                spans.append(span)
    return spans


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs of text kept as given: blocks between blank lines when the text has blank
    lines, otherwise its lines."""
    breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else re.compile(r"\n")
    spans: list[Span] = []
    position = 0
    for match in breaks.finditer(text):
        span = _trim(text, position, match.start())
        if span is not None:
            spans.append(span)
        position = match.end()
    span = _trim(text, position, len(text))
    if span is not None:
        spans.append(span)
    return spans


def _split_quotation(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    if not any(quote in piece for quote in _QUOTES):
        return [(start, end)]
    cuts = [
        start + match.end()
        for match in _INNER_BOUNDARY.finditer(piece)
        if match.group(1) not in _LOWERCASE_ABBREVIATIONS
    ]
    bounds = [start, *cuts, end]
    return list(pairwise(bounds))


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
