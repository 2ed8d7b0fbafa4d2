"""Names the scan found and cut or left unread though the gazetteer holds them whole (branch
geofix59): a long name joined by particles between hyphens that spaCy marks whole as a place
(:func:`long_joined_name_read_whole`: "Saint-Jean-de-Luz", seven tokens, one more than the
scan's window), and a name whose own main name ends in its possessive
(:func:`keeps_its_possessive`: "St. John's", "St. George's", no longer cut to "St. John").
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.particle_names import HYPHENED_PARTICLES, _places
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view


def _joined_by_hyphened_particles(tv, start: int, end: int) -> bool:
    """Tokens [start, end) are capitalised words joined by hyphens, with at least one particle
    between hyphens ("Saint-Jean-de-Luz", "Saint-Germain-en-Laye")."""
    words, cap = tv.words, tv.cap
    if end - start < 5 or not (cap[start] and cap[end - 1]):
        return False
    particle = False
    for k in range(start, end):
        w = words[k]
        if (k - start) % 2 == 1:
            if w != "-":
                return False
        elif tv.lower[k] in HYPHENED_PARTICLES and start < k < end - 1:
            particle = True
        elif not (cap[k] and w.isalpha()):
            return False
    return particle


def long_joined_name_read_whole(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "The festival in Saint-Jean-de-Luz drew thousands", "Police in Saint-Germain-en-Laye":
    a name of capitalised words joined by hyphens and a particle between hyphens, which spaCy
    marks whole as a place and the scan kept with no reading (seven tokens, longer than its
    window; :mod:`~explorer.geoparse.particle_names` adds only names no found span holds
    already), is the place the gazetteer holds under that whole name, where it is a first- or
    second-level unit or a town of :data:`~explorer.geoparse.particle_names.MIN_POP` people.
    Persons, works and quarters written so ("Jean-Baptiste-de-La-Salle",
    "Notre-Dame-de-Paris", "Saint-Germain-des-Prés") are no such name and stay unread."""
    tv = view(doc)
    out = []
    for f in found:
        if not f.entries and not f.demonym and _joined_by_hyphened_particles(tv, f.start, f.end):
            entries = _places(gaz.lookup(name_key(doc, f.start, f.end)))
            if entries:
                f = _Found(f.start, f.end, entries, f.source, f.label or "GPE")
        out.append(f)
    return out


def keeps_its_possessive(doc, start: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """ "St. John's residents dug out", "Fishermen in St. John's, Newfoundland": a name found
    with its "'s" (tokens [start, end), folded "st johns"), where one of its readings bears it
    as its own main name (St. John's, Newfoundland), keeps it: the "'s" is the name's, not a
    possessive. Not before a capitalised word, where the "'s" begins a longer name ("St.
    John's Hospital", "St. Andrew's Day": cut as before). "Jordan's king", "London's mayor"
    are found without it (no place bears "Jordans" or "Londons" as its main name), and cut as
    before."""
    tv = view(doc)
    if end < len(tv.words) and tv.cap[end]:
        return False
    key = name_key(doc, start, end)
    return any(e.primary and not e.alias and norm(e.name) == key for e in entries)
