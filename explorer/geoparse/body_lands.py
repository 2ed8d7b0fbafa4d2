"""A land's name, in a short form the gazetteer does not hold, at the head of a body's name.

A territory's police, port or bank is named after the territory in the form its people use,
which may be shorter than any name a gazetteer holds: two lands are "the Ruritanian Islands"
to their own people when the gazetteer holds only "North Ruritanian Islands" and "South
Ruritanian Islands". spaCy marks "the Ruritanian Islands Police Department" whole, no name in it
is held, and the body's land is left unread. A body works in its land: here a found name of
three words or more with no reading whose first two or more words, not held alone, end the
names of countries, and whose other words are capitalised (the body's), is read at those words
as the one such country the text's other places lie in, only where the text places nothing in
another such country (a text of both lands, or of neither, leaves it unread).
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found, with_added
from explorer.geoparse.tokens import name_key, view

# the fewest words of the land's short form, and of the body's words after it
MIN_LAND_WORDS = 2
MIN_BODY_WORDS = 1


def _lands_ending_with(gaz: Gazetteer, key: str) -> set[str]:
    """The countries whose main name ends with the folded words ``key``, not equal to them."""
    tail = f" {key}"
    return {c for c, e in gaz.countries.items() if norm(e.name).endswith(tail)}


def land_inside_a_body_s_name(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the land's short form at the head of each unread body's name read as the
    land the text's places lie in (module docstring)."""
    tv = view(doc)
    words = tv.words
    added = []
    text_lands: set[str] | None = None
    for f in found:
        s = f.start + (tv.lower[f.start] == "the")
        if f.entries or f.demonym or f.street or f.end - s < MIN_LAND_WORDS + MIN_BODY_WORDS:
            continue
        if not all(w[:1].isupper() for w in words[s : f.end]):
            continue
        for p in range(f.end - s - MIN_BODY_WORDS, MIN_LAND_WORDS - 1, -1):
            key = name_key(doc, s, s + p)
            if gaz.lookup(key):
                break
            lands = _lands_ending_with(gaz, key)
            if not lands:
                continue
            if text_lands is None:
                text_lands = {
                    e.country
                    for g in found
                    if g.entries and not g.demonym
                    for e in g.entries[:1]
                    if e.country
                }
            told = lands & text_lands
            if len(told) == 1:
                (land,) = told
                added.append(_Found(s, s + p, (gaz.countries[land],), "gaz", "GPE"))
            break
    return with_added(found, added)
