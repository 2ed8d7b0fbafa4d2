"""A name followed by its country: "Basra, southern Somalia", "Hyderabad, in southern Pakistan",
"Basra, Somalia". The phrase says in which country the place lies, so only readings there stay;
where the gazetteer has none (no Somali Basra), the name is left unplaced rather than read as
the famous namesake abroad (Iraq's Basra): a wrong country is worse than none.

A country that speaks is no place's country: in "Rebels captured Goma, Rwanda said" and "retook
Mosul, Iran's army said" the comma closes the clause and the country is the subject of the next
one, so when a possessive or a lower-case word (a verb) follows it, not a preposition nor a
compass word ("Goma, Congo, on Tuesday", "Basra, Somalia near the border"), the phrase places
nothing.
"""

from __future__ import annotations

from typing import Any

from explorer.geoparse.found import F, Named
from explorer.geoparse.names import is_compass

# the lower-case words (prepositions, conjunctions, relatives) after "X, COUNTRY" that go on
# placing X ("Goma, Congo, in 2012", "Basra, Somalia near the border"); any other lower-case
# word there is the country's verb
_PLACING_WORDS = frozenset(
    {"in", "on", "at", "near", "of", "from", "to", "by", "after", "before", "during", "since"}
    | {"until", "with", "for", "along", "across", "into", "over", "under", "between", "and"}
    | {"or", "where", "which", "when", "as", "amid", "around", "close"}
)


def _country(g: Named) -> str | None:
    """The country a name is, when every reading of it is a country's ("Somalia"; not
    "Georgia" or "Mexico", also a state)."""
    if g.demonym or not g.entries or any(e.rank != 0 for e in g.entries):
        return None
    codes = {e.country for e in g.entries}
    return next(iter(codes)) if len(codes) == 1 else None


def _listed(tv: Any, g: Named, starts: set[int]) -> bool:
    """The country goes on a list ("Basra, Syria and Jordan", "Basra, Syria, Jordan"): the
    comma before it lists names, it does not place the first."""
    words, n = tv.words, len(tv.words)
    k = g.end
    if k < n and words[k].lower() in ("and", "or", "&"):
        return True
    return k + 1 < n and words[k] == "," and k + 1 in starts


def _speaks(tv: Any, g: Named) -> bool:
    """The country is the subject of what follows ("Rwanda said", "Iran's army said")."""
    words, n = tv.words, len(tv.words)
    k = g.end
    if k >= n:
        return False
    w = words[k]
    if w in ("'s", "’s", "'", "’"):
        return True
    return w[:1].islower() and w.lower() not in _PLACING_WORDS and not is_compass(w.lower())


def country_after_comma(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each name that a comma ties to a country read only in that country."""
    by_start = {g.start: g for g in found}
    starts = set(by_start)
    words, lower, n = tv.words, tv.lower, len(tv.words)
    for f in found:
        if f.demonym or not f.entries or any(e.rank == 0 for e in f.entries):
            continue
        k = f.end
        if k >= n or words[k] != ",":
            continue
        k += 1
        cued = False
        if k < n and lower[k] == "in":
            k, cued = k + 1, True
        if k < n and is_compass(lower[k]):
            k, cued = k + 1, True
        g = by_start.get(k)
        if g is None or (code := _country(g)) is None:
            continue
        if not cued and (_listed(tv, g, starts) or _speaks(tv, g)):
            continue
        there = tuple(e for e in f.entries if e.country == code)
        if there != f.entries:
            f.entries = there
            if not there:
                f.source = "ner"  # unplaced, still a name of the text
    return found
