"""A land named by the first of the two names its full name joins with "and": "Newfoundland" of
"Newfoundland and Labrador", "Sistan" of "Sistan and Baluchestan", "Saint Kitts" of "Saint
Kitts and Nevis".

GeoNames names such a first-level unit or country only in full, and news names it by its
first part, most often the island or the half where its people live ("a blizzard hit
Newfoundland"). spaCy reads the part as a place and the gazetteer holds nothing by it, so it
was left unplaced and said nothing of the text's other names ("St. John's" was then
Antigua's capital). Here such a found name with no reading is the unit, where the part is
held by no entry of its own.
"""

from __future__ import annotations

import functools

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import ENTS, _Found
from explorer.geoparse.tokens import name_key, view

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# words of a name's place or rank, never a land's first name alone ("Central and Western" of Hong
# Kong, "the Federation of Bosnia and Herzegovina"); "Newfoundland" is an English word too
# (the dog's), so a dictionary cannot tell
_GENERAL_WORDS = frozenset(
    {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"upper", "lower", "federation", "heard", "greater", "new", "old", "city", "county"}
)


def _joined_lands(gaz: Gazetteer, key: str) -> tuple[Entry, ...]:
    """The first-level units and countries whose full name is ``key``, "and" and more."""
    head = key + " and"
    units = tuple(e for e in gaz.units_in_english_with_word(head) if e.rank == 2)
    lands = tuple(e for e in gaz.countries.values() if norm(e.name).startswith(head + " "))
    return units + lands


def _first_names(gaz: Gazetteer) -> frozenset[str]:
    """The first names of the lands whose full name joins two with "and" (one word or two:
    "newfoundland", "sistan", "saint kitts"), read once per gazetteer."""
    names = _FIRST_NAMES.get(id(gaz))
    if names is None:
        gaz.units_in_english("")  # read the units' English names once
        heads = {
            h[: -len(" and")]
            for h in (gaz._english_heads or {})
            if h.endswith(" and") and " and " not in h[: -len(" and")]
        }
        heads |= {
            norm(e.name).split(" and ")[0]
            for e in gaz.countries.values()
            if " and " in norm(e.name)
        }
        names = _FIRST_NAMES[id(gaz)] = frozenset(
            h for h in heads if h and len(h.split()) <= 2 and h not in _GENERAL_WORDS
        )
    return names


_FIRST_NAMES: dict[int, frozenset[str]] = {}


@functools.cache
def _openings(names: frozenset[str]) -> frozenset[str]:
    """The first two letters of each folded name of ``names``."""
    return frozenset(name[:2] for name in names)


def _may_open(word: str, openings: frozenset[str]) -> bool:
    """Whether a name whose first word is ``word`` may fold to one whose first two letters are
    in ``openings``: a word that opens with two ASCII letters folds to them in lower case
    (:func:`~explorer.geoparse.names.norm` changes no such letter), so the name is folded only
    where they are there; a word that opens otherwise may fold to anything."""
    head = word[:2]
    return not (len(head) == 2 and head.isascii() and head.isalpha()) or head.lower() in openings


def _in_another_entity(doc, i: int, j: int) -> bool:
    """Whether spaCy labelled words of [i, j) a person, a people, a body or anything but a
    place ("Wallis Simpson", "Turks", "Saint Kitts" read as a person)."""
    ents = doc.user_data.get(ENTS)
    if ents is None:
        ents = list(doc.ents)
    return any(e.label_ not in _PLACE_LABELS and e.start < j and i < e.end for e in ents)


def first_name_of_a_joined_land(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "St. John's residents dug out after a blizzard hit Newfoundland": one or two capitalised
    words no name was found on, or found with no reading, that are the first of two names
    joined by "and" in one first-level unit's or country's full name (:func:`_joined_lands`),
    held by no entry of their own and not followed by "and", are that unit: Newfoundland and
    Labrador (module docstring). Not a word of a place's rank ("Central" of "Central and
    Western": :data:`_GENERAL_WORDS`), a people's name, nor words spaCy calls a person, a
    people or a body ("Turks", "Wallis Simpson")."""
    firsts = _first_names(gaz)
    opening = _openings(firsts)
    tv = view(doc)
    words = tv.words
    taken = {k: f for f in found for k in range(f.start, f.end)}
    added: list[_Found] = []
    replaced: dict[int, _Found] = {}
    for i in range(len(words)):
        if not tv.cap[i] or (i > 0 and tv.cap[i - 1]) or not _may_open(words[i], opening):
            continue
        for j in (i + 2, i + 1):
            if j > len(words) or not all(tv.cap[k] for k in range(i, j)):
                continue
            if j < len(words) and (tv.cap[j] or tv.lower[j] == "and"):
                continue
            key = name_key(doc, i, j)
            if key not in firsts or gaz.lookup(key) or gaz.demonym(key):
                continue
            owners = {id(taken[k]) for k in range(i, j) if k in taken}
            mine = [f for f in found if id(f) in owners]
            if any(f.entries or (f.start, f.end) != (i, j) for f in mine):
                continue
            if _in_another_entity(doc, i, j):
                continue
            lands = _joined_lands(gaz, key)
            if len({e.gid for e in lands}) != 1:
                continue
            new = _Found(i, j, lands, "gaz", "GPE")
            if mine:
                replaced[id(mine[0])] = new
            else:
                added.append(new)
            break
    if not added and not replaced:
        return found
    out = [replaced.get(id(f), f) for f in found] + added
    return sorted(out, key=lambda f: f.start)


def _islands_stems(gaz: Gazetteer) -> dict[str, Entry]:
    """The countries and lands named "... Islands" by their names without that word ("turks
    and caicos", "cayman", "faroe"), read once per gazetteer. Whether an entry holds the
    shorter name ("Cook", "Marshall", "Solomon", "Falkland" and "Aland" are towns' or persons')
    is asked only of a name a text writes, so that a text asks the database for no name more."""
    stems = _ISLANDS_STEMS.get(id(gaz))
    if stems is None:
        stems = {
            name[: -len(" islands")]: e
            for e in gaz.countries.values()
            if (name := norm(e.name)).endswith(" islands")
        }
        _ISLANDS_STEMS[id(gaz)] = stems
    return stems


_ISLANDS_STEMS: dict[int, dict[str, Entry]] = {}


def land_without_its_islands(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Hurricane Irma struck Anguilla, the British Virgin Islands and the Turks and Caicos":
    a land whose full name ends in "Islands" (:func:`_islands_stems`), written without that
    word, where no entry holds the shorter name, is the land. Its words are capitalised but for
    a joining "and", with no capitalised word before or after them but "The" ("Grand Cayman",
    "Cayman Airways" are other names). A one-word name ("Cayman") counts only where spaCy
    calls none of it a person, a people or a body; two words or more ("Turks and Caicos")
    whatever spaCy calls their parts ("Turks" a people). Names found inside it with no
    reading, or as a people's word, give way."""
    stems = _islands_stems(gaz)
    opening = _openings(frozenset(stems))
    tv = view(doc)
    n = len(doc)
    out = list(found)
    for i in range(n):
        if not tv.cap[i] or (i > 0 and tv.cap[i - 1] and tv.lower[i - 1] != "the"):
            continue  # "The Turks and Caicos saw" opens its sentence with its article
        if not _may_open(tv.words[i], opening):
            continue
        for j in range(min(i + 5, n), i, -1):
            if not tv.cap[j - 1] or (j < n and tv.cap[j]):
                continue
            if not all(tv.cap[k] or tv.lower[k] == "and" for k in range(i, j)):
                continue
            key = name_key(doc, i, j)
            land = stems.get(key)
            if land is None or (j == i + 1 and _in_another_entity(doc, i, j)):
                continue
            if gaz.lookup(key) or gaz.demonym(key):
                continue  # "Cook", "Falkland": held by an entry of its own
            if _a_firm_after_a_people_s_word(tv, out, i, j):
                continue  # "the British Virgin founder": the firm's
            inside = [f for f in out if f.start < j and i < f.end]
            if any(f.entries and not f.demonym for f in inside):
                break
            out = [f for f in out if not (f.start < j and i < f.end)]
            out.append(_Found(i, j, (land,), "gaz", "GPE"))
            break
    return sorted(out, key=lambda f: f.start)


# the words after a firm's name that say it is the firm ("the British Virgin founder", "its US
# Virgin arm"), never a land's
_FIRM_WORDS = frozenset(
    {"founder", "founders", "cofounder", "ceo", "boss", "tycoon", "chairman", "chairwoman"}
    | {"owner", "brand", "arm", "subsidiary", "unit", "airline", "shares", "venture"}
)
_ISLAND_WORDS = frozenset({"islands", "island", "isles"})


def _a_firm_after_a_people_s_word(tv, found: list[_Found], i: int, j: int) -> bool:
    """ "The British Virgin founder Richard Branson", "Virgin Records' British Virgin arm": a
    land's name without its "Islands" that opens with a people's word or a country's name
    (tokens [i, j), "British Virgin", "US Virgin") is that people's arm of a firm named by the
    rest where a firm's word follows it (:data:`_FIRM_WORDS`) or the text writes the rest
    alone as a name elsewhere ("Virgin Records", "Virgin said"), not before "Islands" (branch
    review91). "The British Virgin premier", "the US Virgin delegate", "the Turks and
    Caicos" (no people's word first) stay the land."""
    lead = [f for f in found if f.start == i and f.end <= j]
    if not any(f.demonym or any(e.rank == 0 for e in f.entries) for f in lead):
        return False
    if j < len(tv.words) and tv.lower[j] in _FIRM_WORDS:
        return True
    last = tv.lower[j - 1]
    return any(
        tv.lower[k] == last
        and tv.cap[k]
        and (k == 0 or tv.lower[k - 1] != tv.lower[i])
        and not (k + 1 < len(tv.words) and tv.lower[k + 1] in _ISLAND_WORDS)
        for k in range(len(tv.words))
        if not i <= k < j
    )
