"""A place's initials, given in brackets after its name, and written alone after that.

News writes a long name once with its initials in brackets ("the Northern Territory (NT)",
"the Central African Republic (CAR)") and then the initials alone ("NT police", "the CAR
government"). The gazetteer holds only the best-known initials of lands (UAE, DRC); the rest
are the text's own, defined by the text. Here a found place's name followed by "(" initials ")",
where the initials are the capital letters of the name's capitalised words in order, makes the
initials a name of that place in the whole text: the bracketed ones and each later one alone,
written in the same capitals, are read as the place. Initials that are not the name's ("the
Kurdistan Region (KRG)") and initials of bodies ("the World Bank (WB)", no place found) read
nothing.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found, taken_by, with_added
from explorer.geoparse.tokens import view

# the fewest and most letters of a place's initials
MIN_LETTERS, MAX_LETTERS = 2, 6


def _initials(words: list[str]) -> str:
    """The capital letters the capitalised words of a name begin with ("Bosnia and
    Herzegovina": "BH")."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _defined(tv, found: list[_Found]) -> dict[str, _Found]:
    """The initials the text gives a found place in brackets right after its name."""
    out: dict[str, _Found] = {}
    n = len(tv.words)
    for f in found:
        k = f.end
        if not f.entries or f.demonym or k + 2 >= n:
            continue
        if tv.words[k] != "(" or tv.words[k + 2] != ")":
            continue
        abbr = tv.words[k + 1]
        if not (MIN_LETTERS <= len(abbr) <= MAX_LETTERS and abbr.isalpha() and abbr.isupper()):
            continue
        if f.end - f.start >= 2 and _initials(tv.words[f.start : f.end]) == abbr:
            out.setdefault(abbr, f)
    return out


def initials_in_brackets(doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each of a place's bracketed initials, and each later mention of them
    alone, read as the place (module docstring)."""
    tv = view(doc)
    if "(" not in tv.words:
        return found
    defined = _defined(tv, found)
    if not defined:
        return found
    added = []
    for k, w in enumerate(tv.words):
        f = defined.get(w)
        if f is None or k < f.end or any(taken_by(found, k, k + 1)):
            continue
        added.append(_Found(k, k + 1, f.entries, "gaz", f.label or "GPE"))
    return with_added(found, added)
