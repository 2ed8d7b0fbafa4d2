"""People's names listed as an agent or a likeness's sitters: "Maps drawn by Columbus, Magellan
and Cook", "Statues of Nelson, Wellington and Churchill". Where spaCy reads one of the list as a
person, its towns' names are the others' surnames, not towns.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found

# a word for a likeness of people before "of" ("statues of", "portraits of")
_LIKENESS = frozenset(
    {"statue", "statues", "bust", "busts", "portrait", "portraits", "likeness", "likenesses"}
    | {"painting", "paintings", "photos", "photographs", "tombs", "graves", "memoirs"}
)
_JOINS = frozenset({",", "and", "or", "&"})


def _list_around(doc, k: int) -> tuple[int, int]:
    """The tokens of the list of capitalised words holding token ``k``, joined by commas and
    "and" or "or": (first, last + 1)."""

    def word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper()

    lo = k
    while word(lo - 1) or (lo >= 2 and doc[lo - 1].lower_ in _JOINS and word(lo - 2)):
        lo -= 1
    hi = k + 1
    while word(hi) or (hi < len(doc) and doc[hi].lower_ in _JOINS and word(hi + 1)):
        hi += 1
    return lo, hi


def _names_people(doc, persons: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """The list ``doc[lo:hi]`` names people: it follows an agent's "by" or a likeness's "of"
    ("drawn by", "statues of"), and spaCy reads one of its words as a person's (``persons``:
    the persons' token spans)."""
    if lo < 1 or not any(lo <= s and e <= hi for s, e in persons):
        return False
    # surnames alone, one word each ("Columbus, Magellan and Cook"; not "attended by
    # Massachusetts Governor Deval Patrick, Boston Mayor Martin Walsh and others")
    if any(doc[i].text[:1].isupper() and doc[i + 1].text[:1].isupper() for i in range(lo, hi - 1)):
        return False
    before = doc[lo - 1].lower_
    return before == "by" or (before == "of" and lo >= 2 and doc[lo - 2].lower_ in _LIKENESS)


def people_listed(doc, ents, found: list[_Found]) -> list[_Found]:
    """ "Maps drawn by Columbus, Magellan and Cook hung in the hall in Lisbon": a one-word name
    with only towns' and regions' readings, listed after an agent's "by" or a likeness's "of"
    with a word spaCy reads as a person's, is a person's surname, as its list-mates are; the
    list places nothing (no Columbus of Ohio to pull Lisbon to the US). Kept: a country's name
    ("attacks by Israel, Hezbollah and Nasrallah"), a list with no person ("backed by
    Columbus, Cleveland and Toledo"), a list after "in" ("statues of whales stand in Nelson,
    Wellington and Picton"). ``ents``: spaCy's entities of the text."""
    persons = [(x.start, x.end) for x in ents if x.label_ == "PERSON"]
    if not persons:
        return found
    out = []
    for f in found:
        if (
            f.end - f.start == 1
            and not f.demonym
            and f.entries
            and all(e.rank in (2, 3, 4) for e in f.entries)
            and _names_people(doc, persons, *_list_around(doc, f.start))
        ):
            continue
        out.append(f)
    return out
