"""Place names that hold an owner's possessive ("Hawke's Bay", "Prince George's County", "Cox's
Bazar"), which the recogniser cuts at the owner: it calls "Hawke" a person, or "Hawke's" a
work, and leaves "Bay" to be read alone, a common word, so the region was never found.
"""

from __future__ import annotations

from explorer.geoparse.recognised import MAX_TOKENS, MIN_POP_FREE, _Found
from explorer.geoparse.tokens import name_key

_POSSESSIVE = frozenset({"'s", "’s"})


def owners_places(parser, doc, r) -> None:
    """Each entity the recogniser refused (a person, a body, a work) that ends with an owner's
    possessive, or stands right before one, is the start of a place where the entity, the
    possessive and the capitalised words after it are a name the gazetteer holds for a place
    that is one without the recogniser's word (``parser._strong``: a country, a first-level
    region, a US county, a curated place, a town of MIN_POP_FREE people): "Hawke's Bay
    residents" (a person's "Hawke"), "Hawke's Bay has" (a work's "Hawke's"). Not where the
    words after the possessive are taken by another name or make no such place ("Hawke's
    Bay Hotel" is read as far as the region; "George's Bay" of no gazetteer is left)."""
    tv = r.tv
    n = len(doc)
    for s, e, label in list(r.blocked):
        k = e - 1 if tv.lower[e - 1] in _POSSESSIVE else e
        if k <= s or k >= n or tv.lower[k] not in _POSSESSIVE:
            continue
        best = None
        end = k + 1
        while end < n and end - s < MAX_TOKENS and tv.cap[end] and tv.words[end].isalpha():
            if r.taken[end]:
                break
            end += 1
            entries = parser.gaz.lookup(name_key(doc, s, end))
            if entries and parser._strong(entries, MIN_POP_FREE):
                best = (end, entries)
        if best is None:
            continue
        r.blocked.remove((s, e, label))
        r.claim(_Found(s, best[0], best[1], "blocked", label))
