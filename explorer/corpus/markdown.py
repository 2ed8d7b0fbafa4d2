"""Light Markdown stripping that keeps every remaining character mapped to the original.

Only markup that would otherwise end up inside sentences is removed: heading hashes, quote and
list markers, emphasis, inline code ticks, link and image syntax, rules and fences. Characters are
dropped, never rewritten, so offsets stay exact.
"""

from __future__ import annotations

import re

from explorer.corpus.textmap import MappedLine, source_lines

_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_HEADING_TAIL = re.compile(r"\s+#+\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"(\[)[^\]]+(\]\([^)]*\)|\]\[[^\]]*\])")
_AUTOLINK = re.compile(r"(<)(?:https?://|mailto:)[^>\s]+(>)")
_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])")
_CODE_TICKS = re.compile(r"`+")


def markdown_lines(raw: str) -> list[MappedLine | None]:
    """One entry per source line: the line without markup, or None for a line with no text."""
    lines: list[MappedLine | None] = []
    in_fence = False
    for start, end in source_lines(raw):
        text = raw[start:end]
        if _FENCE.match(text):
            in_fence = not in_fence
            lines.append(None)
            continue
        if in_fence:
            lines.append(MappedLine.from_source(raw, start, end))
            continue
        if _RULE.match(text) or _LINK_DEFINITION.match(text):
            lines.append(None)
            continue
        lines.append(_strip_line(raw, start, end))
    return lines


def _strip_line(raw: str, start: int, end: int) -> MappedLine:
    text = raw[start:end]
    drop = [False] * len(text)

    def cut(a: int, b: int) -> None:
        drop[a:b] = [True] * (b - a)

    block = False
    position = 0
    for prefix in (_QUOTE, _BULLET, _HEADING):
        match = prefix.match(text, position)
        if match and match.end() > position:
            cut(position, match.end())
            position = match.end()
            block = True
            if prefix is _HEADING and (tail := _HEADING_TAIL.search(text, position)):
                cut(tail.start(), tail.end())
    for match in _IMAGE.finditer(text, position):
        cut(match.start(), match.end())
    for pattern in (_LINK, _AUTOLINK):
        for match in pattern.finditer(text, position):
            cut(match.start(1), match.end(1))
            cut(match.start(2), match.end(2))
    for pattern in (_EMPHASIS, _CODE_TICKS):
        for match in pattern.finditer(text, position):
            cut(match.start(), match.end())
    chars = [c for c, dropped in zip(text, drop, strict=True) if not dropped]
    offsets = [start + i for i, dropped in enumerate(drop) if not dropped]
    return MappedLine("".join(chars), offsets, starts_block=block)
