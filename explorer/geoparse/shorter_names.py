"""A name the gazetteer lacks that is the last words of a longer place's name in the same text.

News names a place whole once and then shortens it by its first word ("the Upper Harrow
Valley" then "Harrow Valley"; "Greater Polder Islands" then "Polder Islands"). When the shorter
form is held by no gazetteer entry at all, it is found and left with no reading, though the
text has said which place it is. Here a found name of two words or more, with no reading, whose
words are the last words of a longer found name read as a place, is read as that place, where
every such longer name of the text is that one place and no other longer name the text writes
and the gazetteer holds is another ("Polder Islands" after both "Upper Polder Islands" and
"Lower Polder Islands" is left unread, whether or not both were found). A shorter name the
gazetteer holds keeps its own readings, and so does a one-word name ("Republic", "Heights").
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found, with_added
from explorer.geoparse.tokens import view

# the fewest words of a shorter name
MIN_WORDS = 2


def _other_places(gaz: Gazetteer, words: list[str], tail: list[str], gid: str) -> bool:
    """Whether the text writes, as a capitalised word before ``tail``, a longer name the
    gazetteer holds that cannot be the place ``gid``."""
    n = len(tail)
    for p in range(1, len(words) - n + 1):
        if words[p : p + n] == tail and words[p - 1][:1].isupper():
            held = {e.gid for e in gaz.lookup(norm(" ".join(words[p - 1 : p + n])))}
            if held and gid not in held:
                return True
    return False


def tail_of_a_longer_name(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each unread name that ends a longer placed name of the text read as that
    place (module docstring)."""
    tv = view(doc)
    words = tv.words
    placed = [f for f in found if f.entries and not f.demonym and not f.street]
    added = []
    for f in found:
        n = f.end - f.start
        if f.entries or f.demonym or f.street or n < MIN_WORDS or not words[f.start][:1].isupper():
            continue
        tail = words[f.start : f.end]
        longer = [g for g in placed if g.end - g.start > n and words[g.end - n : g.end] == tail]
        places = {g.entries[0].gid for g in longer}
        if len(places) != 1:
            continue
        g = longer[0]
        if _other_places(gaz, words, tail, g.entries[0].gid):
            continue
        added.append(_Found(f.start, f.end, g.entries, "gaz", g.label or "GPE"))
    return with_added(found, added)
