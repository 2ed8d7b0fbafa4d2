"""A place's initials written alone in a text that names the place whole.

A long name of three capitalised words or more is written whole once and by its initials
elsewhere ("the Papua New Guinea government" and "PNG police"; "New South Wales" and "NSW
farmers"), often with no brackets to define them, and often in a headline before the whole
name comes. The gazetteer holds only the best-known initials of lands (UAE, DRC); the rest are
the text's own. Here a word of three to six capitals that are the capital letters of a placed
name's capitalised words, in order, found in the same text, is read as that place, wherever it
stands. Two-letter initials are left alone (too many other things are written so), and so is a
word in a line written all in capitals ("CAR BOMB KILLS SIX"), where capitals say nothing.
Bracketed initials are ``bracketed_initials``'s.
"""

from __future__ import annotations

from explorer.geoparse.bracketed_initials import _initials
from explorer.geoparse.recognised import _Found, taken_by, with_added
from explorer.geoparse.tokens import view

# the fewest and most letters of initials read without brackets
MIN_LETTERS, MAX_LETTERS = 3, 6


def _capitals(word: str) -> bool:
    return MIN_LETTERS <= len(word) <= MAX_LETTERS and word.isalpha() and word.isupper()


def _in_capitals(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` stands beside another word in capitals (a line in capitals)."""
    side = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
    return any(len(w) >= 2 and w.isalpha() and w.isupper() for w in side)


def initials_of_named_places(doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each word that is the initials of a placed name of the text read as that
    place (module docstring)."""
    tv = view(doc)
    named: dict[str, _Found] = {}
    for f in found:
        if not f.entries or f.demonym or f.street or f.end - f.start < MIN_LETTERS:
            continue
        abbr = _initials(tv.words[f.start : f.end])
        if _capitals(abbr):
            named.setdefault(abbr, f)
    if not named:
        return found
    added = []
    for k, w in enumerate(tv.words):
        whole = named.get(w)
        if whole is None or any(taken_by(found, k, k + 1)) or _in_capitals(tv.words, k):
            continue
        added.append(_Found(k, k + 1, whole.entries, "gaz", whole.label or "GPE"))
    return with_added(found, added)
