"""Which lines of a scraped page are article text and which are page furniture.

The rules look at features of a line, not at known lines: a sentence ends with punctuation and
has words, furniture is short, shouting, mostly numbers, a date alone, a call to action, a
phrase from the boilerplate pattern file (``geodata/boilerplate.txt``), a copy of the title, or
repeated across the articles of one corpus. Headings (short non-sentences between paragraphs)
are kept; short non-sentences left after the last paragraph are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from explorer import paths
from explorer.corpus.dates import is_date_line, opens_with_day

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_MAX_PHRASE_WORDS = 30
_MAX_PROMPT_WORDS = 6
_MAX_SHORT_WORDS = 3
_MAX_HEADING_WORDS = 15
# words no sentence and no headline ends with, as written ("Group A" ends a headline)
_NEVER_LAST = frozenset(
    {
        *("a", "an", "the", "its", "their", "our", "your", "my", "whose"),
        *("and", "or", "nor", "but", "than"),
        # prepositions that are never a verb's particle ("rebels fight on" ends a headline)
        *("of", "to", "for", "with", "from", "at", "into", "onto", "via", "amid", "among"),
        *("between", "during", "against", "toward", "towards"),
        *("Mr", "Mrs", "Ms", "Dr"),  # a title before a name
    }
)
_BEFORE_A_DAY = frozenset({"on", "by", "in", "since", "until"})  # "... on" / "Tuesday"
# a dateline alone on its line, its dash (if any) left at the end: "Washington (CNN)"
_DATELINE_ALONE = re.compile(r"[A-Z][\w.,' -]{0,40}\([A-Z][A-Za-z .-]{1,30}\)\s*(?:--|[-–—:])?")


@dataclass(frozen=True, slots=True)
class Patterns:
    """Boilerplate phrases (anywhere in a line) and prompts (at the start of a short line)."""

    phrases: tuple[re.Pattern[str], ...]
    prompts: tuple[re.Pattern[str], ...]

    @classmethod
    def parse(cls, text: str) -> Patterns:
        sections: dict[str, list[re.Pattern[str]]] = {"phrases": [], "prompts": []}
        current = "phrases"
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]") and line[1:-1] in sections:
                current = line[1:-1]
                continue
            sections[current].append(re.compile(line, re.IGNORECASE))
        return cls(tuple(sections["phrases"]), tuple(sections["prompts"]))


@cache
def default_patterns() -> Patterns:
    path: Path = paths.geodata_dir() / "boilerplate.txt"
    return Patterns.parse(path.read_text(encoding="utf-8"))


def line_key(line: str) -> str:
    """A comparison key: case, accents of quotes, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    return "".join(char for char in folded if char.isalnum())


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def runs_on(line: str, following: str) -> bool:
    """``line``'s sentence goes on in ``following``, the line right under it: it ends with no
    sentence end and the next line starts in lower case, or it ends with a word cut at its
    hyphen or a word no sentence or headline ends with ("... to mark the" / "Thanksgiving
    holiday."), or with "on" before a day ("... in the legislature on" / "Tuesday, asking"); a
    dateline alone ("Washington (CNN)") opens the sentence under it. A comma is not enough:
    "on Friday, February 3," ends a paragraph too."""
    line = line.rstrip()
    if not line or not following or ends_sentence(line):
        return False
    if _DATELINE_ALONE.fullmatch(line):
        return True  # the lede goes on under it
    if following[:1].islower() or (line[-2:-1].isalpha() and line[-1] in "-‐"):
        return True
    last = line.split()[-1].strip("\"'“”‘’()«»")
    return last in _NEVER_LAST or (last in _BEFORE_A_DAY and opens_with_day(following))


def is_sentence(line: str) -> bool:
    """Ends like a sentence, or is too long to be anything else."""
    return ends_sentence(line) or len(_WORD.findall(line)) >= 25


def repeated_keys(documents: Iterable[Sequence[str]], min_documents: int = 2) -> set[str]:
    """Keys of short or non-sentence lines found in at least ``min_documents`` documents."""
    counts: Counter[str] = Counter()
    for lines in documents:
        counts.update({line_key(line) for line in lines if _repeatable(line)})
    counts.pop("", None)
    return {key for key, count in counts.items() if count >= min_documents}


def _repeatable(line: str) -> bool:
    return not is_sentence(line) or len(_WORD.findall(line)) <= 4


@dataclass(frozen=True, slots=True)
class Selection:
    """The verdict on a document's lines: ``keep[i]``, the title line's index (or None), and a
    short reason for each dropped line (kept lines have ``""``)."""

    keep: list[bool]
    title_index: int | None
    reasons: list[str]


def select_lines(
    lines: Sequence[str],
    *,
    patterns: Patterns | None = None,
    repeated: frozenset[str] | set[str] = frozenset(),
    title: str | None = None,
    running: Sequence[bool] = (),
) -> Selection:
    """Decide which lines are article text. ``title`` is known metadata (HTML); without it the
    title is the first line that is not furniture, unless its sentence runs on into the line
    under it (``running[i]``: line ``i``'s does, with no blank line between): a hard-wrapped
    first sentence is no headline."""
    patterns = patterns or default_patterns()
    shouting_allowed = _mostly_upper(lines)
    in_document = Counter(line_key(line) for line in lines)
    reasons = [
        _hard_reason(line, patterns, repeated, in_document, shouting_allowed) for line in lines
    ]
    title_index = _find_title(lines, reasons, title, running)
    title_key = (
        line_key(title)
        if title is not None
        else line_key(lines[title_index])
        if title_index is not None
        else ""
    )
    content = [index for index, reason in enumerate(reasons) if not reason]
    for position, index in enumerate(content):
        line = lines[index]
        if index == title_index:
            continue
        if title_key and line_key(line) == title_key:
            reasons[index] = "copy of the title"
        elif (
            _is_short(line)
            and not _between_sentences(lines, content, position)
            and not (index < len(running) and running[index])  # "Washington (CNN)" over a lede
        ):
            reasons[index] = "short line, not a sentence"
    _drop_trailing_non_sentences(lines, reasons, title_index)
    keep = [not reason for reason in reasons]
    return Selection(keep, title_index, reasons)


def _hard_reason(
    line: str,
    patterns: Patterns,
    repeated: frozenset[str] | set[str],
    in_document: Counter[str],
    shouting_allowed: bool,
) -> str:
    words = _WORD.findall(line)
    letters = sum(char.isalpha() for char in line)
    visible = sum(not char.isspace() for char in line)
    sentence = is_sentence(line)
    if letters == 0:
        return "no words"
    if letters < visible / 2 and len(words) <= 8:
        return "mostly numbers or symbols"
    if is_date_line(line):
        return "date line"
    if not shouting_allowed and _is_shouting(line, words):
        return "all capitals"
    if len(words) <= _MAX_PHRASE_WORDS and any(p.search(line) for p in patterns.phrases):
        return "boilerplate phrase"
    if (
        len(words) <= _MAX_PROMPT_WORDS
        and (not sentence or line.rstrip().endswith("!") or len(words) <= 2)
        and any(p.match(line) for p in patterns.prompts)
    ):
        return "call to action or navigation"
    key = line_key(line)
    if _repeatable(line) and key in repeated:
        return "repeated across documents"
    if in_document[key] > 1 and not sentence and len(words) <= 8:
        return "repeated within the document"
    return ""


def _is_short(line: str) -> bool:
    return len(_WORD.findall(line)) <= _MAX_SHORT_WORDS and not is_sentence(line)


def _between_sentences(lines: Sequence[str], content: list[int], position: int) -> bool:
    """A short heading of two or three words between two paragraphs of sentences."""
    line = lines[content[position]]
    if len(_WORD.findall(line)) < 2 or not line.lstrip("'\"‘“«")[:1].isupper():
        return False
    neighbours = content[position - 1 : position + 2 : 2] if position > 0 else []
    return len(neighbours) == 2 and all(is_sentence(lines[i]) for i in neighbours)


def _is_shouting(line: str, words: list[str]) -> bool:
    lettered = [word for word in words if any(char.isalpha() for char in word)]
    if len(lettered) < 2:
        return False
    letters = [char for char in line if char.isalpha()]
    upper = sum(char.isupper() for char in letters)
    return len(letters) >= 6 and upper >= 0.9 * len(letters)


def _mostly_upper(lines: Sequence[str]) -> bool:
    """Some wire feeds are entirely in capitals; then capitals say nothing about furniture."""
    letters = [char for line in lines for char in line if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= 0.7 * len(letters)


def _find_title(
    lines: Sequence[str], reasons: list[str], title: str | None, running: Sequence[bool]
) -> int | None:
    if title is not None:
        key = line_key(title)
        for index, line in enumerate(lines):
            if not reasons[index] and key and line_key(line) == key:
                return index
        return None
    for index, line in enumerate(lines):
        if not reasons[index] and len(_WORD.findall(line)) >= 2:
            return None if index < len(running) and running[index] else index
    return None


def _drop_trailing_non_sentences(
    lines: Sequence[str], reasons: list[str], title_index: int | None
) -> None:
    for index in range(len(lines) - 1, -1, -1):
        if reasons[index] or index == title_index:
            continue
        if is_sentence(lines[index]) or len(_WORD.findall(lines[index])) > _MAX_HEADING_WORDS:
            return  # a sentence, or article text cut off before its full stop
        reasons[index] = "nothing after this heading"
