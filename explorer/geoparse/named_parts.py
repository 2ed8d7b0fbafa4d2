"""A named part of a settlement the text is about: "the Boston part of the slum", "the Brooklyn
section of the camp".

Slums, camps and townships name their quarters after far cities ("Boston" and "Brooklyn" in
Haiti's Cite Soleil, "Texas" in a camp of Sudan); a story tells them as "the NAME part of the
slum". The name stands before a word of a part and "of" a settlement's common noun: the
quarter's name, not the far city, whose reading would put the story on another continent.
Such a name is left unplaced, and so are the text's other mentions of it. A part "of" a
named place ("the Boston part of Lincolnshire") or of a thing that is no settlement ("the
Moscow part of the tour", "the Gaza part of the deal") keeps its reading.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found
from explorer.geoparse.senses_narrowed import part_the_text_places
from explorer.geoparse.tokens import name_key, view

PART_WORDS = frozenset({"part", "section", "quarter", "sector", "corner", "end", "side"})
SETTLEMENT_NOUNS = frozenset(
    {"slum", "slums", "camp", "township", "shantytown", "settlement", "neighbourhood"}
    | {"neighborhood", "town", "city", "village", "capital", "favela", "barrio", "district"}
)
DETERMINERS = frozenset({"the", "this", "that"})


def _a_settlements_part(tv, f: _Found) -> bool:
    """Found name f is told as "the F part of the slum" (module docstring)."""
    lower, n = tv.lower, len(tv.words)
    j = f.end
    if f.start == 0 or lower[f.start - 1] not in DETERMINERS or j + 3 >= n:
        return False
    if lower[j] not in PART_WORDS or lower[j + 1] != "of" or lower[j + 2] not in DETERMINERS:
        return False
    k = j + 3
    # an adjective before the noun: "the Boston part of the sprawling slum"
    if k + 1 < n and not tv.cap[k] and lower[k] not in SETTLEMENT_NOUNS:
        k += 1
    return lower[k] in SETTLEMENT_NOUNS and not tv.cap[k]


def settlements_parts(doc, found: list[_Found]) -> list[_Found]:
    """The found names told as a named part of a settlement ("the Boston part of the slum"),
    dropped, and the text's other mentions of the same name with them ("the raid on Boston in
    Cite Soleil"): a quarter's name, not the far town (module docstring)."""
    tv = view(doc)
    parts = {
        name_key(doc, f.start, f.end)
        for f in found
        if _a_settlements_part(tv, f) and not part_the_text_places(doc, f, found)
    }
    if not parts:
        return found
    return [f for f in found if name_key(doc, f.start, f.end) not in parts]
