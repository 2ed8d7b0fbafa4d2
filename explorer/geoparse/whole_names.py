"""Names the scan found and cut, or left unread, though the gazetteer holds them whole or the
words around say what they are (branch geofix59): a long name joined by particles between
hyphens that spaCy marks whole as a place (:func:`long_joined_name_read_whole`:
"Saint-Jean-de-Luz", seven tokens, one more than the scan's window); a name whose own main
name ends in its "'s" (:func:`keeps_its_possessive`: "St. John's", no longer cut to "St.
John"); a town's name joined by an inner "'s" (:func:`inner_possessive_names`: "King's
Lynn"); a Korean province by its English word (:func:`korean_province_by_its_english_word`:
"Kangwo’n Province", GeoNames's "Kangwon-do"); a county GeoNames lacks, named after its seat
(:func:`county_named_after_its_seat`: "Orang County"); a town said to lie in a part of its
land (:func:`town_said_to_lie_in_its_land`: "La Fortuna lies in the north of the country").
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.particle_names import HYPHENED_PARTICLES, _places
from explorer.geoparse.recognised import _Found, with_added
from explorer.geoparse.tokens import name_key, view


def _joined_by_hyphened_particles(tv, start: int, end: int) -> bool:
    """Tokens [start, end) are capitalised words joined by hyphens, with at least one particle
    between hyphens ("Saint-Jean-de-Luz", "Saint-Germain-en-Laye")."""
    words, cap = tv.words, tv.cap
    if end - start < 5 or not (cap[start] and cap[end - 1]):
        return False
    particle = False
    for k in range(start, end):
        w = words[k]
        if (k - start) % 2 == 1:
            if w != "-":
                return False
        elif tv.lower[k] in HYPHENED_PARTICLES and start < k < end - 1:
            particle = True
        elif not (cap[k] and w.isalpha()):
            return False
    return particle


def long_joined_name_read_whole(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "The festival in Saint-Jean-de-Luz drew thousands", "Police in Saint-Germain-en-Laye":
    a name of capitalised words joined by hyphens and a particle between hyphens, which spaCy
    marks whole as a place and the scan kept with no reading (seven tokens, longer than its
    window; :mod:`~explorer.geoparse.particle_names` adds only names no found span holds
    already), is the place the gazetteer holds under that whole name, where it is a first- or
    second-level unit or a town of :data:`~explorer.geoparse.particle_names.MIN_POP` people.
    Persons, works and quarters written so ("Jean-Baptiste-de-La-Salle",
    "Notre-Dame-de-Paris", "Saint-Germain-des-Prés") are no such name and stay unread."""
    tv = view(doc)
    out = []
    for f in found:
        if not f.entries and not f.demonym and _joined_by_hyphened_particles(tv, f.start, f.end):
            entries = _places(gaz.lookup(name_key(doc, f.start, f.end)))
            if entries:
                f = _Found(f.start, f.end, entries, f.source, f.label or "GPE")
        out.append(f)
    return out


def keeps_its_possessive(doc, start: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """ "St. John's residents dug out", "Fishermen in St. John's, Newfoundland": a name found
    with its "'s" (tokens [start, end), folded "st johns"), where one of its readings bears it
    as its own main name (St. John's, Newfoundland), keeps it: the "'s" is the name's, not a
    possessive. Only for a name of two words at least before the "'s" (a saint's town: one
    capitalised word and its "'s", "the Sixaola River's floods", is a possessive, "River's"
    no Rivers State), and not before a capitalised word, where the "'s" begins a longer name
    ("St. John's Hospital", "St. Andrew's Day": cut as before). "Jordan's king", "London's
    mayor" are found without it (no place bears "Jordans" or "Londons" as its main name), and
    cut as before."""
    tv = view(doc)
    if end - start < 3 or (end < len(tv.words) and tv.cap[end]):
        return False
    key = name_key(doc, start, end)
    return any(e.primary and not e.alias and norm(e.name) == key for e in entries)


# words that place a name: a preposition before it
_PLACING = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "across"})


def _placed_around(tv, start: int, end: int) -> bool:
    """A preposition of place comes before tokens [start, end), or "in" or a comma and a
    capitalised word (its container) after them."""
    if start > 0 and tv.lower[start - 1] in _PLACING:
        return True
    words = tv.words
    return (
        end + 1 < len(words)
        and (tv.lower[end] == "in" or words[end] == ",")
        and bool(tv.cap[end + 1])
    )


def inner_possessive_names(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Floods reached King's Lynn in Norfolk", "Police in Bishop's Stortford": two or three
    capitalised words joined by an inner "'s", which spaCy cuts into a person ("Lynn") or a
    body ("Bishop"), are the town the gazetteer holds under the whole name (King's Lynn,
    England) as its main name, of :data:`~explorer.geoparse.particle_names.MIN_POP` people at
    least, or the first- or second-level unit so named, where the words around place it (a
    preposition of place before it, or "in" or a comma and its container after it) and no
    step read it. A show, a college, a day or a firm so named ("Hell's Kitchen contestants",
    "Queen's College", "Queen's Birthday", "Lloyd's Bank") is no such place or is not placed
    by its words."""
    tv = view(doc)
    words, cap = tv.words, tv.cap
    # the runs the words around place, longest first, their names asked in one query (the
    # scan's prefetch holds no run with an inner "'s")
    runs = {
        k: ends
        for k in range(len(words) - 2)
        if cap[k] and words[k].isalpha() and words[k + 1] in {"'s", "’s"}
        if (
            ends := [
                end
                for end in (k + 4, k + 3)
                if end <= len(words)
                and all(cap[j] and words[j].isalpha() for j in range(k + 2, end))
                and _placed_around(tv, k, end)
            ]
        )
    }
    if not runs:
        return found
    gaz.prefetch(name_key(doc, k, end) for k, ends in runs.items() for end in ends)
    added: list[_Found] = []
    k = 0
    while k < len(words):
        hit = None
        for end in runs.get(k, ()):
            entries = tuple(
                e for e in _places(gaz.lookup(name_key(doc, k, end))) if e.primary and not e.alias
            )
            if entries:
                hit = _Found(k, end, entries, "gaz", "GPE")
                break
        if hit is None or any(f.entries and f.start < hit.end and hit.start < f.end for f in found):
            k += 1
            continue
        added.append(hit)
        k = hit.end
    return with_added(found, added)


# the generic word a Korean province's name takes in GeoNames ("Kangwon-do"), written
# "Province" in English news
_KOREAN_PROVINCE = "do"


def korean_province_by_its_english_word(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Floods hit Kangwo’n Province after the storm that struck Ch’o’ngjin": a name and
    "Province" that no step read, where the gazetteer holds the name with Korean's "-do" (a
    province: "Kangwon-do") as a first-level unit, is that province, where another name of
    the text is read in the province's country (Ch’o’ngjin, North Korea): GeoNames gives
    North Korea's Kangwon no English name, and spells the South's Gangwon otherwise, though
    old texts wrote the South's "Kangwon" too. "Gyeongsang Province" (a province of old, now
    two) and "Hebei Province" are no such name."""
    tv = view(doc)
    out = []
    for f in found:
        if _unread_before(tv, f, "province"):
            key = name_key(doc, f.start, f.end - 1) + " " + _KOREAN_PROVINCE
            units = tuple(e for e in gaz.lookup(key) if e.rank == 2)
            lands = {e.country for e in units}
            if units and a_place_read_in_the_land(found, f, lands):
                f = _Found(f.start, f.end, units, f.source, f.label or "GPE")
        out.append(f)
    return out


def _unread_before(tv, f: _Found, word: str) -> bool:
    """``f`` is a name no step read, of a word or more and then ``word`` ("Orang County")."""
    return not f.entries and not f.demonym and f.end - f.start >= 2 and tv.lower[f.end - 1] == word


def a_place_read_in_the_land(found: list[_Found], f: _Found, lands: set[str | None]) -> bool:
    """Another name of ``found`` than ``f`` is a place read in one of ``lands``, not a people's
    word (branch review86): "North Korean shells fell near Cheorwon in Kangwon Province, South
    Korea's military said" names the North's soldiers, not a place of the North, and the
    province is the South's (written "Kangwon" in older texts); "after the storm that struck
    Ch’o’ngjin" names a town of the North."""
    return any(
        o.entries and not o.demonym and o.entries[0].country in lands for o in found if o is not f
    )


# lands whose second- or third-level units English news calls counties (North Korea's "kun",
# South Korea's "gun", China's and Taiwan's "xian", Liberia's, Kenya's, South Sudan's and
# Uganda's counties, the British Isles' and North America's, Hungary's "megye", Croatia's
# "županija", the Nordic and Baltic lands', Romania's "județ", Poland's "powiat"): curated
_COUNTY_LANDS = frozenset(
    {"KP", "KR", "CN", "TW", "LR", "KE", "SS", "UG", "IE", "GB", "US", "CA"}
    | {"HU", "HR", "EE", "LV", "LT", "SE", "NO", "RO", "PL"}
)
# a county's seat is a town, not a nameless hamlet
_SEAT_MIN_POP = 1_000


def county_named_after_its_seat(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Storm damage was worst in Orang County, North Hamgyong Province": a name and "County"
    that no step read (GeoNames holds no counties of North Korea, China or Taiwan), where the
    gazetteer holds the name as a town of a land whose units are called counties
    (:data:`_COUNTY_LANDS`) and another name of the text is read in that land, is read at that
    town, the county's seat and namesake (Ŏrang). Not a land without counties ("Paris County
    officials met French ministers", "Moscow County farmers"), nor a land the text reads no
    other name in ("Lanark County, Ontario" is no Scottish town); a county the gazetteer holds
    ("Orange County") or a body after it ("Kerry County Council") is read as before."""
    tv = view(doc)
    out = []
    for f in found:
        if _unread_before(tv, f, "county"):
            key = name_key(doc, f.start, f.end - 1)
            lands = {
                o.entries[0].country
                for o in found
                if o.entries and not o.demonym and name_key(doc, o.start, o.end) != key
            }
            towns = tuple(
                e
                for e in gaz.lookup(key)
                if e.rank == 4
                and e.primary
                and e.population >= _SEAT_MIN_POP
                and e.country in lands
                and e.country in _COUNTY_LANDS
            )
            if towns:
                f = _Found(f.start, f.end, towns, f.source, f.label or "GPE")
        out.append(f)
    return out


# "NAME lies in the north of": the verbs and the parts of a land
_LIES = frozenset({"lies", "sits"})
_SITUATED = frozenset({"located", "situated"})
_LAND_PARTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "centre", "center", "heart"}
)
_MAX_WORDS = 3


def _lies_in_a_part(lower: list[str], end: int) -> bool:
    """Tokens from ``end`` read "lies (sits, is located, is situated) in the PART of"."""
    k = end
    if k < len(lower) and lower[k] in _LIES:
        k += 1
    elif k + 1 < len(lower) and lower[k] == "is" and lower[k + 1] in _SITUATED:
        k += 2
    else:
        return False
    return (
        lower[k : k + 2] == ["in", "the"]
        and k + 3 < len(lower)
        and lower[k + 2] in _LAND_PARTS
        and lower[k + 3] == "of"
    )


def _a_part_of_a_town(found: list[_Found], lower: list[str], end: int) -> bool:
    """The part named after the name (tokens from ``end``: "lies in the heart of Hanoi") is a
    part of a name read as a town (branch review86): a town lies in a part of its land, not
    of another town; what lies in the heart of a town is a grave, a building or a statue ("In
    Vietnam, Ho Chi Minh lies in the heart of Hanoi, in a granite mausoleum", "In Turkey,
    Ataturk lies in the heart of Ankara")."""
    of = next((j for j in range(end, min(end + 7, len(lower))) if lower[j] == "of"), None)
    if of is None:
        return False
    after = of + 2 if of + 1 < len(lower) and lower[of + 1] == "the" else of + 1
    return any(f.start == after and f.entries and f.entries[0].rank == 4 for f in found)


def town_said_to_lie_in_its_land(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "For those who have not been here before, La Fortuna lies in the north of the
    country": a name that no step read (spaCy calls "La Fortuna" a person), before "lies (sits,
    is located, is situated) in the north (south, centre, heart ...) of", is a place the
    sentence places in a land: the town of that name, 1,000 people at least, in a country the
    text reads (Costa Rica). A name of one word must not open its sentence, where a word of
    prose takes a capital ("Power lies in the north of Nigeria", "Hope lies in the south of
    Haiti", "Lenin lies in the centre of Moscow"); a person's name of two words is no town of
    the text's lands ("Maria Lopez lies in the south of Colombia's hospital ward")."""
    tv = view(doc)
    words, lower, cap = tv.words, tv.lower, tv.cap
    lands = {e.country for f in found for e in f.entries[:1] if e.rank == 0 and not f.demonym}
    if not lands:
        return found
    added: list[_Found] = []
    for k in range(len(words)):
        if not (cap[k] and words[k].isalpha()) or (k > 0 and cap[k - 1] and words[k - 1].isalpha()):
            continue
        end = k
        while end < len(words) and end - k < _MAX_WORDS and cap[end] and words[end].isalpha():
            end += 1
        if not _lies_in_a_part(lower, end) or _a_part_of_a_town(found, lower, end):
            continue
        opens = k == 0 or words[k - 1] in {".", "!", "?", ":"} or not words[k - 1].strip()
        if end - k == 1 and opens:
            continue
        if any(f.entries and f.start < end and k < f.end for f in found):
            continue
        towns = tuple(
            e
            for e in gaz.lookup(name_key(doc, k, end))
            if e.rank == 4 and e.country in lands and e.population >= _SEAT_MIN_POP
        )
        if towns:
            added.append(_Found(k, end, towns, "gaz", "GPE"))
    return with_added(found, added)
