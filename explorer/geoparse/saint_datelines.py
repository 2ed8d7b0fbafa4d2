"""A dateline in capitals whose town's name begins with an abbreviated "ST.", "MT." or "FT.".

Agencies open a story with its town in capitals, a comma and its land or state, and a dash:
"ST. ANNE'S, Ruritania -", "MT. HOPE, Kan. -", "FT. BRAGG -". spaCy takes the stop after "ST" for
a sentence's end and marks the rest as a person or a body ("ANNE'S", "HOPE - The"), so nothing
is looked up; where it marks the name, :func:`explorer.geoparse.units._capital_abbreviation`
joins the abbreviation to it. Here a line that opens with such an abbreviation, its stop, one
to three words in capitals (a possessive "'S" among them) and then a dash, or a comma, at most
three words and a dash, is read as the name the gazetteer holds for the whole ("St. Anne's").
Where the words after the comma are a land or a state the text reads, or the first words of a
country's name ("Antigua" of "Antigua and Barbuda"), only the whole name's readings in that
land (and in that state, where it has some there) are kept; where it has none in the land, the
name written out ("Saint Anne's", "Mount Hope") is asked there, and none is read where that has
none either (the dateline says which place it is). A line
in capitals with no dash (a headline, "ST. ANNE'S FAIR CANCELLED") and a name the gazetteer
lacks ("ST. ANNE'S HOSPITAL -") read nothing.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.headlines import DASHES
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found, with_added
from explorer.geoparse.tokens import name_key, view

# a generic word's abbreviation written in capitals before a name
ABBREVIATIONS = frozenset({"ST", "STE", "MT", "FT"})
# each abbreviation written out, as the gazetteer may hold the land's own town
WRITTEN_OUT = {"ST": "saint", "STE": "sainte", "MT": "mount", "FT": "fort"}
# the most words of the name, and of the land or state after its comma
MAX_WORDS = 3


def _written_out(doc, k: int, j: int) -> str:
    """The folded name of tokens [k, j) with its abbreviation written out ("saint johns")."""
    rest = name_key(doc, k + 2, j)
    return f"{WRITTEN_OUT[view(doc).words[k]]} {rest}"


def _name_end(words: list[str], k: int) -> int:
    """The end of the words in capitals from ``k`` (a possessive's "'S" and "'" go on)."""
    j = k
    while j < len(words) and j - k < MAX_WORDS + 1:
        w = words[j]
        if w in ("'S", "’S", "'", "’") and j > k:
            j += 1
            continue
        if not (w.isupper() and w.replace("'", "").replace("-", "").isalpha()):
            break
        j += 1
    return j


def _land_words(words: list[str], j: int) -> int | None:
    """The dash's index after the name ending at ``j``: right after it, or after a comma and at
    most MAX_WORDS words on the same line; None where there is none."""
    if j < len(words) and words[j] in DASHES:
        return j
    if j >= len(words) or words[j] != ",":
        return None
    for d in range(j + 1, min(len(words), j + 2 + MAX_WORDS)):
        if words[d] in DASHES:
            return d if d > j + 1 else None
        if "\n" in words[d]:
            return None
    return None


def _lands(gaz: Gazetteer, doc, found: list[_Found], a: int, b: int) -> set[str]:
    """The lands the words [a, b) after the dateline's comma name: the countries of the found
    names there, and the countries whose name begins with those words."""
    out = {e.country for g in found if a <= g.start < b for e in g.entries[:1] if e.country}
    key = name_key(doc, a, b)
    if key:
        out |= {c for c, e in gaz.countries.items() if f"{norm(e.name)} ".startswith(f"{key} ")}
    return out


def saint_s_town_of_a_capitals_dateline(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the town of each dateline in capitals opened by "ST.", "MT." or "FT."
    read whole (module docstring)."""
    tv = view(doc)
    words = tv.words
    added = []
    for k, w in enumerate(words):
        if w not in ABBREVIATIONS or (k > 0 and "\n" not in words[k - 1]):
            continue
        if k + 2 >= len(words) or words[k + 1] != "." or tv.spaces[k]:
            continue
        j = _name_end(words, k + 2)
        dash = _land_words(words, j) if j > k + 2 else None
        if dash is None or any(g.entries and g.start < j and k < g.end for g in found):
            continue
        entries = list(gaz.lookup(name_key(doc, k, j)))
        if dash > j:
            lands = _lands(gaz, doc, found, j + 1, dash)
            if lands:
                entries = [e for e in entries if e.country in lands] or [
                    e for e in gaz.lookup(_written_out(doc, k, j)) if e.country in lands
                ]
            # "MT. HOPE, Kan.": the state's towns, where it has one of the name
            states = {
                (e.country, e.admin1)
                for g in found
                if j < g.start < dash
                for e in g.entries[:1]
                if e.rank == 2
            }
            entries = [e for e in entries if (e.country, e.admin1) in states] or entries
        if entries:
            added.append(_Found(k, j, tuple(entries), "gaz", "GPE"))
    return with_added(found, added)
