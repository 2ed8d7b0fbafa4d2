"""A council named after its place: "the Town of Cobourg", "the Village of Hemingford", "the
City of Athens", "the Municipality of Clarington".

North American and Australian councils are written "Town of", "City of", "Village of",
"Municipality of" and the like before their place's name, capitalised as a title. spaCy reads
the words as a body's name, or "the City of" alone as a place, and a small town's name then
has nothing to lift it. Here a capitalised council word and "of" before one to three
capitalised words the gazetteer holds as a unit or a town make those words the place's name.
A nickname or a body's name written the same way ("the City of Canals", "the City of Hope")
has a word of English after "of", not a place's name; "the Village of the Damned" no capital.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

COUNCIL_WORDS = frozenset(
    {"Town", "City", "Village", "Municipality", "Township", "Borough", "Shire", "County"}
)
MAX_NAME_TOKENS = 3
PLACE_RANKS = (2, 3, 4)


def _held_name(gaz: Gazetteer, doc, start: int) -> tuple[int, tuple[Entry, ...]] | None:
    """The longest run of capitalised words from token start (hyphens inside) that the
    gazetteer holds as a unit or a town, and not one word of English: its end and entries."""
    from explorer.language import a_word_of_english

    tv = view(doc)
    end = start
    while (
        end < len(tv.words)
        and end - start < MAX_NAME_TOKENS
        and ((tv.cap[end] and tv.words[end].isalpha()) or (tv.words[end] == "-" and end > start))
    ):
        end += 1
    for j in range(end, start, -1):
        if tv.words[j - 1] == "-" or (j < len(tv.words) and tv.words[j] == "-"):
            continue  # never a piece of a hyphened name ("Chatham" of "Chatham-Kent")
        if j - start == 1 and a_word_of_english(tv.lower[start]):
            continue
        entries = tuple(e for e in gaz.lookup(name_key(doc, start, j)) if e.rank in PLACE_RANKS)
        if entries:
            return j, entries
    return None


def council_named_places(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """The place's name after a capitalised council word and "of" ("the Town of Cobourg"),
    added as a found name where nothing found overlaps it; an unplaced "City of" found before
    it is dropped (module docstring)."""
    tv = view(doc)
    words = tv.words
    added: list[_Found] = []
    dropped: set[int] = set()
    councils = [
        k for k in range(len(words) - 2) if words[k] in COUNCIL_WORDS and words[k + 1] == "of"
    ]
    if not councils:
        return found
    # the names asked, in one query
    gaz.prefetch(
        name_key(doc, k + 2, j) for k in councils for j in range(k + 3, k + 3 + MAX_NAME_TOKENS)
    )
    for k in councils:
        held = _held_name(gaz, doc, k + 2)
        if held is None:
            continue
        end, entries = held
        overlapping = [i for i, f in enumerate(found) if f.start < end and k < f.end]
        if any(found[i].start >= k + 2 or found[i].entries for i in overlapping):
            continue
        dropped.update(overlapping)
        added.append(_Found(k + 2, end, entries, "gaz", "GPE"))
    if not added:
        return found
    kept = [f for i, f in enumerate(found) if i not in dropped]
    return sorted([*kept, *added], key=lambda f: f.start)
