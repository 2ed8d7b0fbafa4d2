"""A name of the common-words list that the text plainly uses as a place of the land it names.

`geodata/gazetteer/common_words.txt` keeps words such as "Victoria", "Mobile" or "Unity" from
being read alone: they are persons', streets' and ordinary words far more often than the towns
so named. Where the text writes the word as a place, alone after a preposition of place ("in
Victoria", "coming to Victoria", "the city of Victoria"), and names the first-level region of
one of its towns (Texas, for Victoria, Texas), the country of one of its first-level units
(Australia, for the state of Victoria; South Sudan, for Unity) or the country whose capital it
is, the word is that place, there and wherever the text writes it alone again ("Victoria is
growing"). Elsewhere it stays unread, as before: a guess among the world's Victorias would put
it on the wrong continent.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.longer_names import CALENDAR_WORDS
from explorer.geoparse.parser_base import ParserBase
from explorer.geoparse.reading_steps import _Recognition
from explorer.geoparse.recognised import _DocContext, _Found
from explorer.geoparse.tokens import TokenView, opens_sentence, view

# the words before a name that say it is where something is, comes from or goes to
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "from", "to", "into", "across", "at"})
# a place noun and "of" before a name: "the city of Victoria"
PLACE_NOUNS = frozenset({"city", "town", "village", "state", "port", "province", "county"})


def _of_named_land(entries: tuple[Entry, ...], ctx: _DocContext) -> tuple[Entry, ...]:
    """The readings in a land the text names: a town of a named first-level region, a unit or
    the capital of a named country."""
    return tuple(
        e
        for e in entries
        if e.primary
        and (
            (e.rank == 4 and (e.country, e.admin1) in ctx.regions)
            or ((e.rank == 2 or (e.rank == 4 and e.capital)) and e.country in ctx.named_countries)
        )
    )


def _alone(tv: TokenView, k: int) -> bool:
    """A capitalised word with no capitalised word beside it ("Queen Victoria", "Victoria
    Nuland", "Victoria Town Center" are other names) and no hyphen after it."""
    n = len(tv.words)
    if not tv.cap[k] or not tv.words[k].isalpha() or tv.words[k].isupper():
        return False
    if k > 0 and tv.cap[k - 1] and not opens_sentence(tv, k):
        return False
    return not (k + 1 < n and (tv.cap[k + 1] or tv.words[k + 1] in {"-", "–"}))


def _said_a_place(tv: TokenView, k: int) -> bool:
    """The word right after a preposition of place, or a place noun and "of"."""
    if k > 0 and tv.lower[k - 1] in PLACE_PREPOSITIONS:
        return True
    return k > 1 and tv.lower[k - 1] == "of" and tv.lower[k - 2] in PLACE_NOUNS


def read_common_words(gp: ParserBase, doc, r: _Recognition, ctx: _DocContext) -> None:
    """Add the common words the text writes as places of a land it names (module docstring)."""
    tv = view(doc)
    # the list's words the text writes at all, found at once (one pass in C, not in Python)
    words = gp._common.intersection(tv.lower).difference(CALENDAR_WORDS)
    if not words:
        return
    # where the text writes one capitalised (``_alone`` needs a capital): most are lower case
    cap = tv.cap
    at = [k for k, low in enumerate(tv.lower) if low in words and cap[k]]
    if not at:
        return
    taken = [False] * len(doc)
    for f in r.found:
        for k in range(f.start, f.end):
            taken[k] = True
    readings: dict[str, tuple[Entry, ...]] = {}
    for k in at:
        low = tv.lower[k]
        if taken[k] or low in readings:
            continue
        if _said_a_place(tv, k) and _alone(tv, k) and gp.gaz.demonym(tv.words[k]) is None:
            entries = _of_named_land(gp.gaz.lookup(low), ctx)
            if entries:
                readings[low] = entries
    if not readings:
        return
    added = [
        _Found(k, k + 1, readings[low], "gaz")
        for k, low in enumerate(tv.lower)
        if low in readings and not taken[k] and _alone(tv, k)
    ]
    r.found = sorted([*r.found, *added], key=lambda f: f.start)
