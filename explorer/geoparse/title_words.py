"""Names read inside another thing's longer name, or as a small town where the text speaks of
a famous site, in a text that reads nothing else of the reading's land (geofix63):

- a region's one-word name that is a common English word, inside a longer capitalised name of
  a body, a law, a paper or a brand ("the Kenya Maritime Authority", "the Taste of the Plateau
  range" of a Quebec dairy): :func:`_region_word_in_title`;
- a region's or a small town's one-word name inside a person's name of several capitalised
  words, before a verb of speech or "of the" and a body ("Sai Nimba Hkam of the Shan rebels
  said"): :func:`_persons_name_word`;
- a small town's main name that is also an airport's other name, in a sentence of aircraft:
  the airport ("landed at Kotoka" is no hamlet of another land): :func:`_airport_reading`;
- a town's one-word name read alone before a capitalised "Town" or "City" that the gazetteer
  holds no longer name with ("the rebels stormed Marble Town"): :func:`_word_before_town`
  (the lead's, stop 48).

Each runs once the names are resolved, on the chosen readings, and only where the text reads
places of another land and nothing of the reading's land: a reading on another continent is
worse than none, so the first two leave the name unplaced (its reading kept first among the
alternatives); the third chooses the airport.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.longer_names import UNIT_WORDS
from explorer.geoparse.recognised import NATURE_WORDS, _Found
from explorer.geoparse.tokens import TokenView

# a town smaller than this may be a reading of a word of a title or of a person's name
READ_TOWN_POP = 10_000
_REGION_RANK = 2
_TOWN_RANKS = (3, 4)
# lower-case words that may stand inside a body's, a law's or a brand's name
_TITLE_CONNECTORS = frozenset({"and", "of", "the", "for", "&"})
# capitalised words that open a title without naming anything ("The Maritime Review")
_TITLE_ARTICLES = frozenset({"The", "A", "An"})
# a name's word after which the name is the region's own feature or unit ("the Volta River
# Authority", "the Plateau State Police"): the region, or its namesake, is meant
_PLACE_HEADS = UNIT_WORDS | NATURE_WORDS | {"city", "town", "county", "island", "islands"}
# what may follow a person's name: a verb of speech, or "of" before the body the person speaks
# for
_SPEECH = frozenset({"said", "says", "told", "added", "stated", "warned", "explained"})
# a sentence's words of aircraft and their flights
_FLIGHT_WORDS = frozenset(
    {"landed", "landing", "lands", "flight", "flights", "flew", "flown", "flying", "plane"}
    | {"planes", "jet", "jets", "airliner", "airliners", "aircraft", "pilot", "pilots"}
    | {"runway", "runways", "airport", "airline", "airlines", "touched", "diverted", "take-off"}
)
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# capitalised words that qualify a place's name before it ("Southern Punjab")
_QUALIFIERS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"}
    | {"north", "south", "east", "west", "inner", "outer", "coastal", "rural"}
)


def _local(e: Entry) -> bool:
    """A first-level region, or a town or district smaller than READ_TOWN_POP, or a reading by
    another name than the entry's main one (a town abroad held under the word as an old name)."""
    return (
        not e.primary
        or e.rank == _REGION_RANK
        or (e.rank in _TOWN_RANKS and e.population < READ_TOWN_POP)
    )


def _title_word(tv: TokenView, k: int) -> bool:
    return tv.cap[k] and tv.words[k].isalpha()


def _title_run(tv: TokenView, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words around tokens start..end, through connectors between two
    capitalised words ("Harbour and Maritime Board", "Taste of the Plateau")."""
    n = len(tv.words)
    a = start
    while a > 0:
        j = a - 1
        while j >= 0 and tv.lower[j] in _TITLE_CONNECTORS and not tv.cap[j]:
            j -= 1
        if j >= 0 and _title_word(tv, j) and j < a:
            a = j
        else:
            break
    b = end
    while b < n:
        j = b
        while j < n and tv.lower[j] in _TITLE_CONNECTORS and not tv.cap[j]:
            j += 1
        if j < n and _title_word(tv, j):
            b = j + 1
        else:
            break
    return a, b


def _region_word_in_title(tv: TokenView, f: _Found, people: Callable[[int], bool]) -> bool:
    """ "The Kenya Maritime Authority fined a tanker's owner near Mombasa": a one-word name
    every reading of which is a first-level region or a town under READ_TOWN_POP, at least one
    a region, that is a common English word (:func:`explorer.language.a_word_of_english`),
    inside a run of capitalised words (through "and", "of", "the", "for") with another
    capitalised word than an article, none of them a unit's or a feature's word, is a word of
    a body's, a law's, a paper's or a brand's name, no place, where the text reads places of
    another land and nothing of the reading's land. Kept: "the Maritime region" and "the Volta
    River Authority" (a unit's or a feature's word follows), "the Bank of Plateau" (a body of
    the place: "of" right before it), "Southern Punjab" and "Indian Kashmir" (a compass word or
    a people's adjective before it qualifies the place), a name that opens the run with no "the"
    or owner's "'s" before it ("Darfur Rebels said": a side named for its region), "the
    Plateau Police Command" beside a town of Nigeria (its land is read), and a title in a text
    that reads no other place ("The Maritime Review said freight rates had doubled")."""
    from explorer.language import a_word_of_english

    if f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    if not all(_local(e) for e in f.entries) or not any(e.rank == _REGION_RANK for e in f.entries):
        return False
    if not a_word_of_english(tv.lower[f.start]):
        return False
    if f.end < len(tv.words) and tv.lower[f.end] in _PLACE_HEADS:
        return False
    if f.start > 0 and tv.lower[f.start - 1] == "of":
        return False  # "the University of Ontario": a body of the place, named for it
    if (
        f.start > 0
        and tv.cap[f.start - 1]
        and (tv.lower[f.start - 1] in _QUALIFIERS or people(f.start - 1))
    ):
        return False  # "Southern Punjab", "Indian Kashmir": the place, qualified
    a, b = _title_run(tv, f.start, f.end)
    owned = f.start > 0 and tv.words[f.start - 1] in ("'s", "\u2019s", "'", "the")
    if not owned and not any(tv.cap[k] for k in range(a, f.start)):
        return False  # "Darfur Rebels said": a body or a side named for its region speaks
    words = [
        k for k in range(a, b) if k != f.start and tv.cap[k] and tv.words[k] not in _TITLE_ARTICLES
    ]
    return bool(words) and not any(tv.lower[k] in _PLACE_HEADS for k in words)


def _persons_name_word(tv: TokenView, f: _Found, places: set[int]) -> bool:
    """ "Khamphoui Margibi Sisavath told reporters in Savannakhet": a one-word name every reading
    of which is a first-level region or a town under READ_TOWN_POP, in a run of capitalised
    words none other of which is a place the text reads and one of which is no English word
    (a name), right before a verb of speech or "of the", is a word of the person's name, where
    the text reads places of another land and nothing of the reading's land. Kept: "Elders in
    Margibi County said" beside a town of Liberia, "Officials of Nimba County said", and a name
    that opens the run ("Balochistan Levies said": a body named for its region)."""
    from explorer.language import a_word_of_english

    if f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    if not all(_local(e) for e in f.entries):
        return False
    n = len(tv.words)
    a, b = f.start, f.end
    while a > 0 and _title_word(tv, a - 1):
        a -= 1
    while b < n and _title_word(tv, b):
        b += 1
    others = [k for k in range(a, b) if k != f.start]
    if not others or b >= n or any(k in places for k in others):
        return False
    word = tv.words[f.start]
    if a == f.start and not (word.isupper() and len(word) <= 3):
        return False  # "Balochistan Levies said": a body named for its region speaks; initials
        # open a name ("MD Yusuf said")
    if all(a_word_of_english(tv.lower[k]) for k in others):
        return False
    after = tv.lower[b]
    return after in _SPEECH or (after == "of" and b + 1 < n and tv.lower[b + 1] == "the")


def _sentence(tv: TokenView, k: int) -> range:
    n = len(tv.words)
    a = k
    while a > 0 and tv.words[a - 1] not in _SENTENCE_ENDS and "\n" not in tv.words[a - 1]:
        a -= 1
    b = k
    while b < n and tv.words[b] not in _SENTENCE_ENDS:
        b += 1
    return range(a, b)


def _airport_reading(tv: TokenView, f: _Found) -> tuple[Entry, ...]:
    """ "the jet was diverted and landed at Kotoka" in a story of Greece and Kenya: a name
    the gazetteer holds as an airport's other name and otherwise as towns only, each under
    READ_TOWN_POP where the name is its main one (a hamlet of Côte d'Ivoire), in a sentence of
    flights (:data:`_FLIGHT_WORDS`), is the airport where the text reads places of another land and
    nothing of the towns' lands. Kept: "Wine makers in Laguardia, near Logrono in Spain,
    flew their casks abroad" (the town's land is read)."""
    if f.demonym or not f.entries:
        return ()
    airports = tuple(e for e in f.entries if e.gid.startswith("airport:"))
    rest = [e for e in f.entries if not e.gid.startswith("airport:")]
    if not airports or not rest:
        return ()
    if not all(
        e.rank in _TOWN_RANKS and (e.population < READ_TOWN_POP or not e.primary) for e in rest
    ):
        return ()
    if not any(tv.lower[k] in _FLIGHT_WORDS for k in _sentence(tv, f.start)):
        return ()
    return airports


_TOWN_WORDS = frozenset({"Town", "City"})
# a city's name before "City" or "Town" is most often its club's or its own ("Manchester City",
# "Ipswich Town"): only a smaller town is taken for a word of an unheld name
_SMALL_TOWN_POP = 50_000


def _word_before_town(tv: TokenView, f: _Found, e: Entry) -> bool:
    """ "the rebels stormed Marble Town, the island's old quarter": a one-word name read as a
    town under _SMALL_TOWN_POP, written right before a capitalised "Town" or "City" with which
    the recogniser found no longer name (the gazetteer holds "Cape Town" and "Kuwait City"
    whole), is a word of the unheld name, not a town of another land, where the text reads
    places of another land and no place of the town's land (a people's adjective aside). Kept:
    "Yeovil Town beat Luton" in a story of England's towns, "Manchester City" (a city)."""
    return (
        not f.demonym
        and f.end - f.start == 1
        and e.rank in _TOWN_RANKS
        and e.population < _SMALL_TOWN_POP
        and f.end < len(tv.words)
        and tv.words[f.end] in _TOWN_WORDS
    )


def _inside_a_name(text: str, start: int) -> bool:
    """The name at ``start`` follows another capitalised word and a space ("Royal Danish")."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1][:1].isupper()


def _lands_unread(
    lands: set[str | None], m: Any, mentions: list[Any], text: str, demonyms: bool = True
) -> bool:
    """The text reads a place of another land beside ``m`` and none of ``lands`` (a people's
    adjective counts, not one inside a longer name: "the Royal Danish Navy"; none counts when
    ``demonyms`` is false)."""
    key = m.name.casefold()
    read = {
        o.chosen.country
        for o in mentions
        if o is not m
        and o.chosen is not None
        and o.chosen.country
        and o.name.casefold() != key
        and not (o.demonym and (not demonyms or _inside_a_name(text, o.start)))
    }
    return bool(read) and not (read & lands)


def names_in_titles(
    tv: TokenView, text: str, found: list[_Found], mentions: list[Any], gaz: Any = None
) -> None:
    """``mentions`` once resolved (``found`` their names, in the same order): the readings of
    :func:`_region_word_in_title`, :func:`_persons_name_word` and :func:`_word_before_town`
    left unplaced (kept first among the alternatives), and :func:`_airport_reading`'s airport
    chosen, where the text reads places of another land and nothing of the reading's land."""
    places = {
        k for f, m in zip(found, mentions, strict=True) if m.chosen for k in range(f.start, f.end)
    }
    demonyms = {k for f in found if f.demonym for k in range(f.start, f.end)}

    def people(k: int) -> bool:
        """Token k is a people's adjective: found as one, or a word the gazetteer holds as a
        demonym (asked only of the word before a candidate, not of every word of the text)."""
        return k in demonyms or (
            gaz is not None and tv.cap[k] and gaz.demonym(tv.words[k]) is not None
        )

    for f, m in zip(found, mentions, strict=True):
        e = m.chosen
        if e is None or m.demonym:
            continue
        if _word_before_town(tv, f, e):
            # the capitalised word after it says a longer name is meant: a people's adjective
            # of the town's land ("British traders") is no sign of the town
            if _lands_unread({x.country for x in f.entries}, m, mentions, text, demonyms=False):
                m.alternatives = [(e, m.score), *m.alternatives][:5]
                m.chosen, m.score, m.confidence = None, 0.0, 0.0
            continue
        if _region_word_in_title(tv, f, people) or _persons_name_word(tv, f, places):
            if _lands_unread({x.country for x in f.entries}, m, mentions, text):
                m.alternatives = [(e, m.score), *m.alternatives][:5]
                m.chosen, m.score, m.confidence = None, 0.0, 0.0
            continue
        air = _airport_reading(tv, f)
        if air and e not in air:
            rest = {x.country for x in f.entries if x not in air}
            if _lands_unread(rest, m, mentions, text):
                m.alternatives = [(e, m.score), *m.alternatives][:5]
                m.chosen = max(air, key=lambda x: x.population)
