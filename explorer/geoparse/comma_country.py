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


# two-letter postal codes of the US states (GeoNames' first-level codes there) and of Canada's
# provinces and territories (their GeoNames codes): "Moscow, ID", "Athens, OH", "London, ON"
_US_CODES = frozenset([
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
])  # fmt: skip
_CA_CODES = {
    "AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08",
    "PE": "09", "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14",
}  # fmt: skip
# codes that are English words too ("Aleppo, OK, so what?"): they place a town that has a
# reading there, and unplace none
_WORD_CODES = frozenset({"OK", "OR", "IN", "ME", "HI", "OH"})


def _postal_region(tv: Any, k: int) -> tuple[str, str] | None:
    """The (country, first-level code) a postal code at token ``k`` writes, where the code ends
    its phrase: punctuation or a word in lower case after it, or the text's end ("Moscow, ID,
    local news"); not a word of an upper-case heading ("BAGHDAD, IN SHOCK")."""
    words, n = tv.words, len(tv.words)
    code = words[k]
    if k + 1 < n and (words[k + 1][:1].isupper() or words[k + 1][:1].isdigit()):
        return None
    if code in _US_CODES:
        return "US", code
    if code in _CA_CODES:
        return "CA", _CA_CODES[code]
    return None


def town_before_postal_code(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each town followed by a comma and a US state's or a Canadian province's
    two-letter postal code read only in that state or province: "Moscow, ID" is Idaho's
    Moscow, "Athens, OH" Ohio's, never the world city of the name. Where the gazetteer has no
    town of the name there, the name is left unplaced: a wrong continent is worse than none;
    but a code that is an English word too ("OK", "IN") unplaces nothing, nor does one that
    goes on into the sentence ("Paris, ME and the kids"). A code that is a country's ISO code
    too, where the name has a reading ("Toronto, CA", "Lima, PE", "Tel Aviv, IL" in a list of
    offices), is that country's; with a reading in the state as well, the name is unsure and
    left unplaced."""
    words, n = tv.words, len(tv.words)
    for f in found:
        if f.demonym or not f.entries or any(e.rank == 0 for e in f.entries):
            continue
        k = f.end
        if k + 1 >= n or words[k] != "," or len(words[k + 1]) != 2:
            continue
        where = _postal_region(tv, k + 1)
        if where is None or _a_word_going_on(tv, k + 1):
            continue
        there = tuple(e for e in f.entries if (e.country, e.admin1) == where and e.rank in (3, 4))
        abroad = tuple(e for e in f.entries if e.country == words[k + 1] and e.primary)
        if abroad:
            f.entries = () if there else abroad  # "Toronto, CA": Canada's; both: unsure
        elif there or words[k + 1] not in _WORD_CODES:
            f.entries = there
        if not f.entries:
            f.source = "ner"  # unplaced, still a name of the text
    return found


def _a_word_going_on(tv: Any, k: int) -> bool:
    """The code at token ``k`` is an English word that goes on into the sentence ("She flew to
    Paris, ME and the kids stayed home"): no code at all."""
    return tv.words[k] in _WORD_CODES and k + 1 < len(tv.words) and tv.words[k + 1][:1].islower()
