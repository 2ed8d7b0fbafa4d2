"""A news agency's dateline written in title case, with its date: "Kegalle, 3 March (LBN) –",
"Matale, Nov. 03 —", "Tarija, 12 October:".

Upper-case datelines ("BEIRUT (AP) —") are read in :mod:`explorer.geoparse.headlines`; many
national agencies write the town in title case and the day after it, and spaCy labels such a
town a body or nothing. The shape says it is the place the story is told from: a capitalised
name opening a paragraph, a comma, a day and a month (in either order, a year may follow) and
the dateline's colon, dash or agency bracket. Headings of other kinds have the same shape (a
ship's log under an officer's surname, a diary under a given name, "Friday, 9 April:"), so
the name is read only where every reading of it the gazetteer holds as a town or a region lies
in one country, a town of MIN_POP_DATELINE people or more among them, and it is no given name:
the surnames that are towns are towns of many lands ("Harrison", "Mercer").
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.headlines import DASHES
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

MIN_POP_DATELINE = 5_000
MAX_TOKENS = 4
TOWN_RANK = 4
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)


def _day(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31


def _month(word: str) -> bool:
    return word.rstrip(".").lower() in MONTHS


def _after_date(words: list[str], k: int) -> int | None:
    """The token after a day and a month written from token k ("3 November", "Nov. 03",
    "12 May 2019", "Aug 20, 2022"), or None."""
    n = len(words)
    if k + 1 >= n:
        return None
    if _day(words[k]) and _month(words[k + 1]):
        k += 2
    elif _month(words[k]):
        k += 1
        if k < n and words[k] == ".":
            k += 1
        if k >= n or not _day(words[k]):
            return None
        k += 1
    else:
        return None
    if k + 1 < n and words[k] == "," and words[k + 1].isdigit() and len(words[k + 1]) == 4:
        k += 2
    elif k < n and words[k].isdigit() and len(words[k]) == 4:
        k += 1
    return k


def _name_end(tv, k: int) -> int | None:
    """The end of a capitalised run from token k ("Martha's Vineyard" runs on through its
    possessive), when a comma follows it."""
    n, end = len(tv.words), k
    while end < n and end - k < MAX_TOKENS:
        w = tv.words[end]
        if (tv.cap[end] and w.isalpha()) or (end > k and w in ("'s", "’s", "-")):
            end += 1
        else:
            break
    if end == k or end >= n or tv.words[end] != ",":
        return None
    return end


def town_of_a_title_case_dateline(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the town or region of each title-case dateline nothing else read (module
    docstring)."""
    tv = view(doc)
    words, n = tv.words, len(tv.words)
    taken = {k for f in found for k in range(f.start, f.end)}
    added: list[_Found] = []
    for k in range(n):
        if k in taken or not tv.cap[k]:
            continue
        if k > 0 and "\n" not in tv.text[tv.idx[k - 1] : tv.idx[k]]:
            continue  # a paragraph's first word only (spaCy makes a line break a token)
        end = _name_end(tv, k)
        if end is None or any(i in taken for i in range(k, end)):
            continue
        after = _after_date(words, end + 1)
        if after is None or after >= n or words[after] not in {":", "("} | DASHES:
            continue
        key = name_key(doc, k, end)
        if gaz.is_given_name(key):
            continue
        entries = tuple(e for e in gaz.lookup(key) if e.primary and 2 <= e.rank <= TOWN_RANK)
        if len({e.country for e in entries}) == 1 and any(
            e.rank == TOWN_RANK and e.population >= MIN_POP_DATELINE for e in entries
        ):
            added.append(_Found(k, end, entries, "gaz", "GPE"))
            taken.update(range(k, end))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)
