"""What a phrase set off by a comma after a name says the name is, and where.

"Adelaide, a nurse from Kumasi" says Adelaide is a person from somewhere; "Shiloh, a settlement
in the occupied West Bank" says where Shiloh is; "Frankfurt, a city on the Oder" names the
river that Frankfurt (Oder) holds in its full name.
"""

from __future__ import annotations

import re

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.persons import (
    APPOSITION_CLOSES,
    APPOSITION_ENDS,
    APPOSITION_SPAN,
    BORDER_WORDS,
    PLACE_HEADS,
)
from explorer.geoparse.recognised import REGION_WORDS, _Found
from explorer.geoparse.tokens import view
from explorer.geoparse.told_apart import owns_a_force

# nouns that measure how far a place is ("a short drive from Accra", "an hour's ride from"):
# a place is said to lie that far from another, no person to come from it
MEASURE_NOUNS = frozenset(
    {"drive", "walk", "ride", "flight", "journey", "trip", "hour", "hours", "minutes", "away"}
    | {"km", "kilometres", "kilometers", "miles", "metres", "meters", "distance", "sail"}
    | {"way", "mile", "kilometre", "kilometer", "metre", "meter", "yard", "yards", "block"}
    | {"blocks", "day", "days", "night", "week", "step", "steps", "throw", "cry", "world"}
)
# nouns of a place one goes to from another ("Lviv, a refuge from the war", "Dubai, an escape
# from the heat"): the place shelters what comes from elsewhere, it comes from nowhere
SHELTER_NOUNS = frozenset(
    {"refuge", "haven", "shelter", "sanctuary", "escape", "respite", "retreat", "getaway"}
    | {"break", "departure", "destination", "stop", "stopover"}
)
# words that say how a place stands apart from another, no noun of what came from it
# ("Lebanon, a country far from peace", "Kosovo, a nation born from war")
APART_WORDS = frozenset({"far", "away", "apart", "removed", "born", "free", "safe", "distant"})
# nouns of a country or a land ("Congo, formerly Zaire, a country still recovering from a civil
# war"): what recovers, emerges or suffers from something is then the land itself
LAND_NOUNS = frozenset(
    {"country", "nation", "state", "land", "republic", "kingdom", "territory", "emirate"}
    | {"region", "island", "islands", "archipelago", "enclave", "monarchy", "democracy"}
)
# words that open a relative clause: what it says happens there, not where the place lies
# ("a region where most people are ethnic Armenians")
RELATIVE_WORDS = frozenset({"where", "which", "that", "who", "whose", "whom", "when"})
# the words of a phrase that make it say where a place is, not where something came from; the
# words before "from" that say the place is that far or apart from another (made once, not at
# each word read)
_PLACE_OR_LAND = PLACE_HEADS | LAND_NOUNS
_FAR_OR_APART = MEASURE_NOUNS | SHELTER_NOUNS | APART_WORDS


def _said_to_be_from(doc, f: _Found) -> bool:
    """ "Ghana's president praised Adelaide, a nurse from Kumasi", "Orlando, a club from South
    Africa, beat Al Ahly": a name set off by a comma and "a", "an" or "the", then up to three
    words with no noun of a place (PLACE_HEADS) and "from", is said to come from somewhere: a
    person or a team, not the town its letters match. A place lies in, on or near another;
    what comes from one is what moves ("Jordan, a striker from Ghana"). Not a distance
    ("Kumasi, a short drive from Accra", "Sderot, a mile from Gaza"), a shelter ("Lviv, a refuge
    from the war"), a word of standing apart ("a country far from peace", "a nation born from
    war"), nor a country's or a land's noun ("Zaire, a country still recovering from a civil
    war"), nor a relative clause ("Lebanon, a land from which thousands fled" says what left
    the place)."""
    tv = view(doc)
    words = tv.lower
    k = f.end
    if k + 3 >= len(doc) or words[k] != "," or words[k + 1] not in {"a", "an", "the"}:
        return False
    for j in range(k + 2, min(k + 6, len(doc))):
        w = words[j]
        if w in _PLACE_OR_LAND:
            return False
        if w == "from":
            return (
                j > k + 2
                and words[j - 1] not in _FAR_OR_APART
                and words[j - 1].isalpha()
                and (j + 1 == len(doc) or words[j + 1] not in {"which", "where", "whom"})
            )
        if not w.replace("-", "").isalnum():
            return False
    return False


def _apposition_phrase(doc, f: _Found) -> tuple[int, int] | None:
    """The tokens of the phrase that says a name is a place ("Galkayo, a divided city in
    central Somalia,"): from after the comma's article to the phrase's close, where a noun of a
    place (PLACE_HEADS) heads the phrase within its first four words; else None."""
    words = view(doc).lower
    k = f.end
    if k + 2 >= len(doc) or words[k] != "," or words[k + 1] not in {"a", "an", "the"}:
        return None
    for j in range(k + 2, min(k + 6, len(doc))):
        if words[j] in PLACE_HEADS:
            if j + 1 == len(doc) or words[j + 1] in APPOSITION_ENDS:
                break
            return None
        if words[j] in {"of", "in", "at", "from", "near", "outside", "to"}:
            return None
        if not words[j].replace("-", "").isalpha():
            return None
    else:
        return None
    close = next(
        (
            j
            for j in range(k + 2, min(k + APPOSITION_SPAN, len(doc)))
            if words[j] in APPOSITION_CLOSES
        ),
        min(k + APPOSITION_SPAN, len(doc)),
    )
    return k + 2, close


def _lands(names: list[_Found]) -> set[str]:
    """The countries of names that name one: a country, its people, a first-level region or a
    curated area that lies in one."""
    lands: set[str] = set()
    for g in names:
        if not g.entries or not (g.demonym or g.entries[0].rank in (0, 2, 5)):
            continue
        # an area drawn across borders or held apart ("the Sahel", the curated Crimea) says
        # no one country: the place's readings are not narrowed by it
        if g.entries[0].country is not None:
            lands.add(g.entries[0].country)
    return lands


def _names_no_land(tv, g: _Found) -> bool:
    """A country named inside an apposition for what it does or owns, not for where the place
    lies: a people's word joined to a participle ("a city in Russian-annexed Crimea", "a town
    in Saudi-led coalition hands") names the actor; a country's possessive before a common noun
    that is no part of it ("a city in Russia's orbit", "a port in China's sights") names a
    thing of the country. A possessive before a compass word, a region's word or a name ("a
    town in Syria's north", "a village in Armenia's Gegharkunik Province") still places."""
    n = len(tv.words)
    if g.end >= n:
        return False
    if owns_a_force(tv.words, g.end):
        return True  # "Stuttgart, headquarters of U.S. Africa Command": whose force, not where
    after = tv.words[g.end]
    if g.demonym:
        return after in ("-", "\u2013")
    if after not in ("'s", "\u2019s") or g.end + 1 >= n:
        return False
    nxt = tv.words[g.end + 1]
    return (
        nxt.isalpha()
        and not tv.cap[g.end + 1]
        and not is_compass(norm(nxt))
        and nxt.lower() not in REGION_WORDS | PLACE_HEADS | {"part", "parts", "side"}
    )


def _placed_by_apposition(
    doc, found: list[_Found], neighbours: dict[str, frozenset[str]] | None = None
) -> list[_Found]:
    """ "The US consul visited Shiloh, a settlement in the occupied West Bank": where the phrase
    that says a name is a place names a country (a country, its people, a first-level region),
    only the name's readings there are its readings, and none is chosen where it has none (the
    gazetteer lacks the settlement; the Shilohs of the United States stay its alternatives and
    the context they were, as for "Palma, a town in Cabo Delgado province"); readings by the
    name's own name in a country that borders the one named stand for it, where the name has
    none there (the gazetteer files the West Bank's settlements under Israel: "Ariel, a
    settlement in the occupied West Bank" is Israel's Ariel, not Jerusalem, whose alias it is).
    A phrase of a border names the other side too and is not read so ("a town on the border
    with Ukraine"). Where the phrase holds a capitalised word that no place found holds, a reading
    whose full name holds that word is the one meant: "Frankfurt, a city on the Oder" is
    Frankfurt (Oder), not Frankfurt am Main; "Newcastle, a city on the Tyne" is Newcastle upon
    Tyne."""
    tv = view(doc)
    n = len(tv.words)
    for f in found:
        # a town the gazetteer may lack; not a country, a region or an area it holds
        # ("Puntland, the semiautonomous Somali region"; "South Ossetia, a region where
        # most people are ethnic Ossetians"); a comma after it first, which the phrase
        # needs and most names lack
        if f.end >= n or tv.words[f.end] != ",":
            continue
        if f.demonym or not any(e.rank in (3, 4) for e in f.entries):
            continue
        span = _apposition_phrase(doc, f)
        if span is None:
            continue
        start, close = span
        # "a city taken by British troops": the agent's country is not where the place lies,
        # nor are the people a relative clause says live there ("a city where Kurds live")
        close = next(
            (j for j in range(start, close) if tv.lower[j] in RELATIVE_WORDS | {"by"}), close
        )
        if any(tv.lower[j] in BORDER_WORDS for j in range(start, close)):
            continue
        inside = [g for g in found if start <= g.start < close and not _names_no_land(tv, g)]
        said = _lands(inside)
        if said:
            there = tuple(e for e in f.entries if e.country in said)
            if not there and neighbours:
                # a land whose towns the gazetteer files under the country beside it ("Ariel, a
                # settlement in the occupied West Bank" is filed in Israel): the same place
                # place, by its own name: not the big city an alias names ("Ariel" is also
                # Jerusalem's)
                near = set().union(*(neighbours.get(c, frozenset()) for c in said))
                there = tuple(e for e in f.entries if e.country in near and e.primary)
            f.entries = there or f.entries
            f.elsewhere = not there
            continue
        taken = {j for g in inside for j in range(g.start, g.end)}
        proper = {
            norm(tv.words[j])
            for j in range(start, close)
            if tv.cap[j] and j not in taken and tv.words[j].isalpha()
        }
        if not proper:
            continue
        named = tuple(e for e in f.entries if proper & set(re.split(r"\W+", norm(e.name))))
        if named and len(named) < len(f.entries):
            f.entries = named
    return found


# a settlement's words in a title before its name ("the French city of Paris", "the Italian
# capital, Rome", "Russia's second city, Saint Petersburg")
TITLE_HEADS = frozenset(
    {"city", "town", "village", "port", "capital", "resort", "hamlet", "suburb", "borough"}
)


def _placed_by_title(doc, found: list[_Found]) -> list[_Found]:
    """ "Texas officials toured the French city of Paris", "a choir sang in the Italian capital,
    Rome", "the Georgia city of Rome": a country's people's word after "the", or a country's or
    a state's name (its possessive, or after "the"), then up to two words in lower case and a
    settlement's word (TITLE_HEADS), then "of", a comma or nothing, then a name: only the name's
    readings that the country or the state holds are its readings ("the Georgia city of Rome"
    is Georgia's in the United States, the state holding a Rome, not the country holding none).
    Where none of its readings lies there, they stay as they were: a people's word may name no
    one country ("the Kurdish city of Kobani"), and the gazetteer may lack the town; so too
    where the readings there bear the name only as another name of theirs and a reading
    elsewhere bears it as its own ("the Serbian town of Mitrovica" in Kosovo is not Sremska
    Mitrovica, once called Mitrovica: a people's word may name who lives there, not the land)."""
    tv = view(doc)
    words, lower = tv.words, tv.lower
    ends = {g.end: g for g in found if g.entries}
    for f in found:
        if f.demonym or not any(e.rank in (3, 4) for e in f.entries):
            continue
        j = f.start - 1
        if j >= 0 and lower[j] in ("of", ","):
            j -= 1
        if j < 1 or lower[j] not in TITLE_HEADS:
            continue
        k = j  # the land's word ends before the head and up to two words in lower case
        while k > 0 and k not in ends and j - k < 2 and words[k - 1].isalpha():
            if not words[k - 1].islower():
                break
            k -= 1
        g = ends.get(k)
        if g is None and k > 0 and words[k - 1] in ("'s", "\u2019s"):
            g = ends.get(k - 1)  # "Russia's second city"
        elif g is not None and (g.start == 0 or lower[g.start - 1] != "the"):
            g = None  # "the French city of"; not "French city officials of ..."
        if g is None or g is f:
            continue
        lands = [c for c in g.entries if c.rank in (0, 2)]
        there = tuple(e for e in f.entries if any(_holds(c, e) for c in lands))
        if there and (any(e.primary for e in there) or not any(e.primary for e in f.entries)):
            f.entries = there
    return found


def _holds(c: Entry, e: Entry) -> bool:
    """The country or state c holds the place e."""
    return c.country == e.country and (c.rank == 0 or c.admin1 == e.admin1)
