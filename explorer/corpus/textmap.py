"""Text that remembers, for every character, where it came from in the original.

Cleaning drops markup and boilerplate, collapses whitespace and normalises Unicode; every later
stage quotes evidence by offsets into the cleaned text, and the user must still find that
evidence in the file they opened. So cleaned text travels with ``offsets``: ``offsets[i]`` is the
index in the decoded original of ``text[i]`` (see ``Document.offsets``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Invisible characters that only get in the way of matching: zero-width space/joiners, soft
# hyphen, word joiner and a stray byte-order mark.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u00ad\u2060\ufeff")


@dataclass(slots=True)
class MappedLine:
    """One line of cleaned text and the original index of each of its characters."""

    text: str
    offsets: list[int]
    starts_block: bool = False  # a heading, list item or quote: never joined to the line above

    @classmethod
    def from_source(cls, raw: str, start: int, end: int) -> MappedLine:
        return cls(raw[start:end], list(range(start, end)))


def tidy(line: MappedLine) -> MappedLine:
    """Collapse each run of whitespace to one space, drop invisible and control characters,
    and strip both ends; a collapsed run maps to its first character."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = True  # drops leading whitespace
    for char, offset in zip(line.text, line.offsets, strict=True):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                offsets.append(offset)
                in_space = True
            continue
        if char in _INVISIBLE or unicodedata.category(char) == "Cc":
            continue
        chars.append(char)
        offsets.append(offset)
        in_space = False
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return MappedLine("".join(chars), offsets, line.starts_block)


def nfc(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """NFC-normalise ``text`` keeping ``offsets`` aligned.

    Normalisation works on clusters (a character and the marks that combine with it); a cluster
    whose length changes maps every output character to the cluster's first original character.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, offsets
    out: list[str] = []
    out_offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _joins(text[j - 1], text[j]):
            j += 1
        cluster = text[i:j]
        normal = unicodedata.normalize("NFC", cluster)
        out.append(normal)
        if len(normal) == len(cluster):
            out_offsets.extend(offsets[i:j])
        else:
            out_offsets.extend([offsets[i]] * len(normal))
        i = j
    return "".join(out), out_offsets


def _joins(previous: str, char: str) -> bool:
    if unicodedata.combining(char):
        return True
    pair = unicodedata.normalize("NFC", previous + char)
    return len(pair) != len(unicodedata.normalize("NFC", previous)) + len(
        unicodedata.normalize("NFC", char)
    )


def source_lines(raw: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line in ``raw``, without its line break (\\n, \\r\\n or \\r)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((start, start + len(body)))
        start += len(line)
    return spans


def source_range(raw: str, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The range of ``raw`` that cleaned ``[start, end)`` came from: from the first character's
    index to just past the last one, including marks composed into it (NFC) and the rest of a
    character reference (``&amp;``) it was decoded from."""
    if end <= start:
        at = offsets[start] if start < len(offsets) else len(raw)
        return at, at
    first, last = offsets[start], offsets[end - 1]
    stop = last + 1
    if raw[last] == "&":
        semicolon = raw.find(";", last, last + 12)
        if semicolon > 0:
            stop = semicolon + 1
    while stop < len(raw) and unicodedata.combining(raw[stop]):
        stop += 1
    return first, stop
