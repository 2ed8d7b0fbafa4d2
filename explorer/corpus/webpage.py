"""HTML pages: the article's main text and metadata through trafilatura, mapped back to the page.

trafilatura finds the article among navigation, sidebars and footers and reads the title, site
name, date and URL from the page's metadata. Its text has entities decoded and whitespace
collapsed, so each of its lines is located again in the page source (character data only, with
entity positions known from the standard library's HTML tokenizer) to give every character its
index in the decoded page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from explorer.corpus.errors import CorpusError
from explorer.corpus.textmap import MappedLine

_HIDDEN = frozenset({"script", "style", "template", "noscript"})
_FUZZY_WINDOW = 80


@dataclass(slots=True)
class Page:
    """What trafilatura made of a page, with its text mapped to the decoded source."""

    lines: list[MappedLine]
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    warnings: list[str] = field(default_factory=list)


def read_page(source: str, path: str) -> Page:
    """Extract the main text of ``source`` (decoded HTML); CorpusError when there is none."""
    import trafilatura  # heavy; only pages need it

    try:
        result = trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise CorpusError(path, f"the HTML could not be parsed ({exc})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise CorpusError(
            path, "no article text was found in this HTML page (it may be malformed or empty)"
        )
    index = _SourceIndex(source)
    lines, misses = index.align(text.split("\n"))
    warnings = []
    if misses:
        warnings.append(f"{misses} characters of the extracted text were not found in the page")
    return Page(
        lines=lines,
        title=_clean(getattr(result, "title", None)),
        outlet=_clean(getattr(result, "sitename", None)),
        published=_clean(getattr(result, "date", None)),
        url=_clean(getattr(result, "url", None)),
        warnings=warnings,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


class _SourceIndex(HTMLParser):
    """The page's visible character data, whitespace removed, with each character's index."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._chars: list[str] = []
        self._offsets: list[int] = []
        self._hidden_depth = 0
        self.body_start = 0
        self.feed(source)
        self.close()
        self.chars = "".join(self._chars)

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag == "body":
            self.body_start = len(self._chars)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self._hidden_depth:
            self._hidden_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        start = self._here()
        for i, char in enumerate(data):
            if not char.isspace():
                self._chars.append(char)
                self._offsets.append(start + i)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        if self._hidden_depth:
            return
        start = self._here()
        for char in html.unescape(reference):
            if not char.isspace():
                self._chars.append(char)
                self._offsets.append(start)

    def align(self, lines: list[str]) -> tuple[list[MappedLine], int]:
        """Map each extracted line into the source; returns the lines and how many characters
        could only be placed approximately."""
        mapped: list[MappedLine] = []
        cursor = self.body_start
        misses = 0
        for line in lines:
            key = "".join(char for char in line if not char.isspace())
            found = self.chars.find(key, cursor) if key else -1
            if found < 0 and key:
                found = self.chars.find(key)
            if found >= 0:
                positions = [self._offsets[found + k] for k in range(len(key))]
                cursor = found + len(key)
            else:
                positions, cursor, missed = self._fuzzy(key, cursor)
                misses += missed
            mapped.append(MappedLine(line, _spread(line, positions)))
        return mapped, misses

    def _fuzzy(self, key: str, cursor: int) -> tuple[list[int], int, int]:
        positions: list[int] = []
        missed = 0
        last = self._offsets[min(cursor, len(self._offsets) - 1)] if self._offsets else 0
        for char in key:
            found = self.chars.find(char, cursor, cursor + _FUZZY_WINDOW)
            if found >= 0:
                last = self._offsets[found]
                cursor = found + 1
            else:
                missed += 1
            positions.append(last)
        return positions, cursor, missed


def _spread(line: str, positions: list[int]) -> list[int]:
    """Offsets for every character of ``line`` from those of its non-space characters; a space
    takes the index just after the character before it."""
    offsets: list[int] = []
    remaining = iter(positions)
    previous = positions[0] if positions else 0
    for char in line:
        if char.isspace():
            offsets.append(previous + 1 if offsets else previous)
        else:
            previous = next(remaining)
            offsets.append(previous)
    return offsets
