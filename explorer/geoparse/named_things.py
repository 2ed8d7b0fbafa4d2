"""Names that are a thing's, not a place's, by the words around them.

- A ship's or a weapon system's name: a capitalised name right after a vessel's word ("the
  submarine Kursk", "the frigate Admiral Grigorovich"), after a navy's prefix ("USS Portland"),
  after a merchant ship's word that a verb of a ship or a mark follows ("the cruise ship Aurora
  docked", "a bulk carrier Ostrava, which ..."), or right before "missile system", "rocket
  launchers" or a plural "rockets" or "missiles" ("the LEVENT missile system", "Grad rockets")
  is the ship's or the weapon's, not Kursk the city nor Levent of Istanbul. The vessel words and
  the prefixes are the assets lexicon's (``geodata/lexicons/assets.json``, ``named.ship_words``
  and ``named.ship_prefixes``, where their sources are said). A country's reading stays ("the
  submarine Russia lost" reads Russia). So is a name set beside "a" or "the" and a vessel's word
  in apposition ("the GINGA FALCON, a Japanese-operated chemical tanker"; "Kursk, the nuclear
  submarine"): the name is the vessel's, not Falcon of Venezuela. A merchant ship's words count
  here too (tanker, freighter, trawler, ...). Only a few describing words may stand between,
  none a function word ("Tartus, a port used by Russian warships", "Sevastopol, a base for
  warships" name places), and the vessel's word must end its phrase ("Ras Tanura, a tanker
  terminal" names a place).
- A neighbourhood's or a municipality part's word before a name ("Colonia Roma", "Colonia 4T",
  "Barrio Logan", "Bairro Alto", "Vereda La Esperanza", "Sitio Malinis"): the word is part of
  the name, so alone it is no town (no Colonia of New Jersey, no Vereda of Brazil). The whole
  is read if the gazetteer has it, else the word is left unplaced.
- Two names side by side with nothing between ("Vista Latina", an event's name; "Regina
  Park"), where neither is a country, a continent or a curated feature and no reading of one
  shares a country with a reading of the other: one name the gazetteer lacks, of a thing or a
  place, not a town of California beside a province of Italy. Both are left unplaced. Names of
  one country side by side ("Brooklyn New York") and a country beside a town ("Kabul
  Afghanistan", "US Iran talks") stay.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from explorer.geoparse.found import F, Named
from explorer.paths import geodata_dir

# the words after a name that make it a weapon system's ("the LEVENT missile system", "Grad
# rocket launchers", "Grad rockets": no Grad of Slovenia)
_SYSTEM_WORDS: tuple[tuple[str, ...], ...] = (
    ("missile", "system"),
    ("missile", "systems"),
    ("missile", "defense", "system"),
    ("missile", "defence", "system"),
    ("rocket", "system"),
    ("rocket", "systems"),
    ("rocket", "launcher"),
    ("rocket", "launchers"),
    ("missile", "launcher"),
    ("missile", "launchers"),
    ("multiple", "rocket", "launcher"),
    ("multiple", "rocket", "launchers"),
)
# A plural weapon's word right after a name ("fired Grad rockets", "Stinger missiles") makes it
# a weapon's name when no place big enough to fire from has it: a town or a district of fewer
# people than _SOURCE_PEOPLE (Grad, a town and a municipality of Slovenia; Tomahawk of
# Wisconsin) is dropped; a country, a curated feature or a city ("Gaza rockets hit Sderot": the
# rockets' source) is kept.
_PLURAL_WEAPONS = frozenset({"rockets", "missiles"})
_SOURCE_PEOPLE = 100_000
# the nouns a plural weapon's word may modify, then no head ("rockets fire", "missiles
# strikes"): the name before is the place the weapons are of or aimed at, kept
_AFTER_PLURAL_HEAD = frozenset(
    {"fire", "attack", "attacks", "strike", "strikes", "barrage", "barrages", "launch"}
    | {"launches", "site", "sites", "base", "bases", "defence", "defense", "threat"}
)
# The generic word of a part of a town or of a municipality that heads its proper name in
# Spanish, Portuguese and Philippine usage ("Colonia Roma", "Vereda El Salado", "Barangay San
# Roque"): alone it names no place. The words are the kinds of settlement of the countries' own
# nomenclatures: Mexico's postal catalogue of settlements (SEPOMEX "tipo de asentamiento":
# colonia, barrio, fraccionamiento), Brazil's (bairro, favela), Cuba's (reparto), Spain's and
# Venezuela's (urbanización), Colombia's and Panama's (vereda, corregimiento), Peru's
# (asentamiento humano, barriada), the Philippines' Local Government Code of 1991 (barangay,
# with its purok and sitio). Left out, the kinds that also begin ordinary towns' names (pueblo,
# rancho, hacienda, ejido, villa, vila, jardim, poblacion: "Ejido" and "Villa Gesell" are towns).
NEIGHBOURHOOD_WORDS = frozenset(
    {"colonia", "barrio", "fraccionamiento", "bairro", "favela", "reparto", "urbanización"}
    | {"urbanizacion", "vereda", "corregimiento", "asentamiento", "barriada", "barangay"}
    | {"purok", "sitio"}
)
# The head word of a building's or a venue's proper name, in English after the name ("Orange
# Grove Mall") and in Spanish and Portuguese before it ("Casa de Nariño", "Penitenciaría del
# Litoral", "Estádio do Maracanã"): a place's name among its other words is the building's.
BUILDING_HEADS = frozenset(
    {"mall", "palace", "prison", "penitentiary", "stadium", "hospital"}
    | {"casa", "palacio", "palácio", "penitenciaría", "penitenciaria", "penitenciária"}
    | {"cárcel", "carcel", "estadio", "estádio"}
)
# the last words of a place's name the gazetteer may lack, between a town's name and the head
# ("Orange Grove Mall", "Mountain View Hospital" are named for the place, not the town)
_PLACE_TAILS = frozenset(
    {"grove", "heights", "hills", "park", "gardens", "springs", "valley", "ridge", "village"}
    | {"estates", "point", "bay", "creek", "lakes", "lake", "woods", "meadows", "plains", "falls"}
    | {"beach", "harbour", "harbor", "view", "vista"}
)
# the joining words inside such a name ("Casa de Nariño", "Palace of Justice")
_NAME_LINKS = frozenset({"de", "del", "do", "da", "dos", "das", "of"})
# the first words of those: a name not followed by one of them is no weapon's
_SYSTEM_FIRST = frozenset(w[0] for w in _SYSTEM_WORDS)
# capitalised words a ship's name may have before the word found ("Admiral Grigorovich")
_MAX_NAME_WORDS = 3
# the words of a merchant or a small vessel, beside the warships' of the assets lexicon (which
# names assets, and merchant ships are none), for a name's apposition ("X, a chemical tanker")
_MERCHANT_VESSELS = frozenset(
    {"tanker", "freighter", "ship", "vessel", "trawler", "ferry", "yacht", "boat", "barge"}
    | {"tugboat", "tug", "dhow", "liner", "steamer", "carrier", "cruiser", "schooner"}
)
# the prepositions of a scene before a name, which then is where a vessel was, not its name
# ("In Odesa, a ship carrying grain"; "on" and "at" may come before a ship's own name: "the
# attack on Marlin Luanda, a tanker")
_SCENE_PREPS = frozenset({"in", "near", "off", "outside", "inside", "around", "from"})
# describing words an apposition may have between its article and the vessel's word
_MAX_APPOSITION_WORDS = 5
# words that end a describing phrase before a vessel's word: the phrase then names something
# else ("a port used by Russian warships", "a base for warships", "a town where the ship ...")
_PHRASE_BREAKS = frozenset(
    {"of", "for", "by", "in", "on", "at", "with", "from", "to", "and", "or", "where", "which"}
    | {"that", "who", "whose", "near", "than", "as", "its", "their", "his", "her"}
)
# what may follow the vessel's word that ends an apposition: a mark, or a word that describes
# the vessel further ("a tanker anchored off ...", "a ship carrying ..."); not a noun of which
# the vessel's word is a modifier ("a tanker terminal", "a ship-repair yard")
_AFTER_VESSEL = frozenset(
    {",", ".", ";", ":", ")", "anchored", "carrying", "bound", "owned", "operated", "managed"}
    | {"flagged", "registered", "chartered", "loaded", "sailing", "heading", "headed"}
    | {"that", "which", "with", "from", "off", "on", "at", "in", "near", "belonging"}
)


# the words that may stand right after a merchant ship's name written after its vessel's word
# ("the cruise ship Aurora, which", "the freighter Ostrava docked"): a mark, a word of
# _AFTER_VESSEL, or a verb of what a ship does or suffers; a noun after the name ("the boat
# Agadir fishermen found") makes the name a place's, the object of a relative clause
_AFTER_SHIP_NAME = _AFTER_VESSEL | frozenset(
    {"was", "is", "had", "has", "have", "were", "will", "would", "sank", "sinks", "docked"}
    | {"docks", "left", "leaves", "arrived", "arrives", "sailed", "sails", "ran", "struck"}
    | {"hit", "collided", "capsized", "caught", "called", "departed", "lay", "lies", "went"}
    | {"carried", "picked", "rescued", "set", "ferried", "reached", "entered", "berthed"}
)
# describing words a merchant vessel's word may have between "the" or "a" and itself ("the
# cruise ship", "a Panama-flagged bulk carrier")
_MAX_VESSEL_DESCRIBERS = 4


@cache
def _ship_lexicon() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The vessel words (lower case, as word tuples, with their plurals), by their last word,
    and navies' prefixes."""
    path = geodata_dir() / "lexicons" / "assets.json"
    named = json.loads(path.read_text(encoding="utf-8")).get("named", {})
    words: set[tuple[str, ...]] = set()
    for w in named.get("ship_words", []):
        parts = tuple(w.lower().split())
        words.add(parts)
        words.add((*parts[:-1], parts[-1] + "s"))
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for parts in sorted(words):
        by_last.setdefault(parts[-1], []).append(parts)
    return (
        {last: tuple(ws) for last, ws in by_last.items()},
        frozenset(named.get("ship_prefixes", {})),
    )


def _vessel_before(tv: Any, k: int, words: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """A vessel's word ends just before token k ("the submarine", "the aircraft carrier");
    ``words``, the vessel words by their last word: only those ending in token k - 1's."""
    if k == 0:
        return False
    return any(
        k >= len(w) and tuple(tv.lower[k - len(w) : k]) == w for w in words.get(tv.lower[k - 1], ())
    )


def _vessel_apposition(tv: Any, f: Named, words: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """The name at ``f`` (with a few more capitalised words of it) stands before ", a" or ",
    the", a few describing words and a vessel's word that ends the phrase ("the GINGA FALCON,
    a Japanese-operated chemical tanker anchored off ..."). Not a name after a preposition of
    place: "In Odesa, a ship carrying grain was hit", "Near Novorossiysk, a tanker, the Sig, was
    damaged" name the scene, and the vessel is the clause's subject."""
    lower, n = tv.lower, len(tv.words)
    if f.start > 0 and lower[f.start - 1] in _SCENE_PREPS:
        return False
    k = f.end
    while k < n and k - f.start < _MAX_NAME_WORDS and tv.cap[k]:
        k += 1
    if k + 2 >= n or lower[k] != "," or lower[k + 1] not in ("a", "an", "the"):
        return False
    for j in range(k + 2, min(n, k + 3 + _MAX_APPOSITION_WORDS)):
        w = lower[j]
        if w in _PHRASE_BREAKS or (not w.isalpha() and w != "-"):
            return False
        if w in _MERCHANT_VESSELS or _vessel_before(tv, j + 1, words):
            return j + 1 >= n or lower[j + 1] in _AFTER_VESSEL
    return False


def _ship_or_weapon(tv: Any, f: Named) -> bool:
    """The name at ``f`` is a ship's (after a vessel's word or a navy's prefix, with at most a
    few capitalised words of the same name between) or a weapon system's."""
    words, prefixes = _ship_lexicon()
    lower, n = tv.lower, len(tv.words)
    if (
        f.end < n
        and lower[f.end] in _SYSTEM_FIRST
        and any(
            f.end + len(w) <= n and tuple(lower[f.end : f.end + len(w)]) == w for w in _SYSTEM_WORDS
        )
    ):
        return True
    if _vessel_apposition(tv, f, words):
        return True
    k = f.start
    for _ in range(_MAX_NAME_WORDS):
        if k > 0 and tv.words[k - 1] in prefixes:
            return True
        if _vessel_before(tv, k, words) or _merchant_vessel_before(tv, k, f.end):
            return True
        if k == 0 or not tv.cap[k - 1] or tv.words[k - 1] in prefixes:
            return False
        k -= 1
    return False


def _merchant_vessel_before(tv: Any, k: int, end: int) -> bool:
    """A merchant vessel's word, a noun after "the", "a" or "an" and a few describing words,
    ends just before token k, and a word of _AFTER_SHIP_NAME follows the name ending at token
    ``end``: "the cruise ship Aurora docked", "a bulk carrier Ostrava, which". Not the verbs
    "ship" and "ferry" ("to ship Gdansk coal", no article), nor a name a noun follows ("the
    boat Agadir fishermen found")."""
    lower, n = tv.lower, len(tv.words)
    if k < 2 or lower[k - 1] not in _MERCHANT_VESSELS:
        return False
    if end < n and lower[end] not in _AFTER_SHIP_NAME:
        return False
    for j in range(k - 2, max(-1, k - 3 - _MAX_VESSEL_DESCRIBERS), -1):
        w = lower[j]
        if w in ("the", "a", "an"):
            return True
        if w in _PHRASE_BREAKS or not (w.isalpha() or w == "-"):
            return False
    return False


def _plural_weapon_after(tv: Any, f: Named) -> bool:
    """A plural weapon's word heads the phrase right after the name at ``f`` ("Grad
    rockets")."""
    lower, n = tv.lower, len(tv.words)
    return (
        f.end < n
        and lower[f.end] in _PLURAL_WEAPONS
        and (f.end + 1 >= n or lower[f.end + 1] not in _AFTER_PLURAL_HEAD)
    )


def ship_and_weapon_names(tv: Any, found: list[F]) -> list[F]:
    """``found`` without the towns and regions that are a ship's or a weapon system's name."""
    out = []
    vessels: set[tuple[str, ...]] = set()
    for f in found:
        if f.entries and not f.demonym and _ship_or_weapon(tv, f):
            vessels.add(tuple(tv.lower[f.start : f.end]))
            f.entries = tuple(e for e in f.entries if e.rank == 0)
            if not f.entries:
                continue
        elif f.entries and not f.demonym and _plural_weapon_after(tv, f):
            f.entries = tuple(
                e for e in f.entries if e.rank in (0, 5) or e.population >= _SOURCE_PEOPLE
            )
            if not f.entries:
                continue
        out.append(f)
    vessels |= _prefixed_vessels(tv)
    return [f for f in out if not _a_vessel_named_again(tv, f, vessels)]


def _prefixed_vessels(tv: Any) -> set[tuple[str, ...]]:
    """The names the text gives after a navy's prefix ("USS Monterey", "JS Kirishima"), as
    lower-case word tuples: up to _MAX_NAME_WORDS capitalised words."""
    _, prefixes = _ship_lexicon()
    found: set[tuple[str, ...]] = set()
    n = len(tv.words)
    for k, w in enumerate(tv.words):
        if w in prefixes:
            j = k + 1
            while j < n and j - k <= _MAX_NAME_WORDS and tv.cap[j]:
                j += 1
            if j > k + 1:
                found.add(tuple(tv.lower[k + 1 : j]))
    return found


def _a_vessel_named_again(tv: Any, f: Named, vessels: set[tuple[str, ...]]) -> bool:
    """The text named a ship ("the guided-missile cruiser USS Monterey seized ...") and tells of
    it again after "the" by its bare name ("The Monterey and a Coast Guard team found the
    cargo"): the ship, not the Californian town. Not before a place's word ("the Monterey
    area"), nor a country's name."""
    if not vessels or f.demonym or f.start == 0 or tv.lower[f.start - 1] != "the":
        return False
    if tuple(tv.lower[f.start : f.end]) not in vessels:
        return False
    after = tv.lower[f.end] if f.end < len(tv.words) else ""
    return after not in _PLACE_AFTER and not any(e.rank == 0 for e in f.entries)


# the words after a name that make it a place's again ("the Monterey area")
_PLACE_AFTER = frozenset({"area", "region", "city", "town", "county", "bay", "coast", "port"})


def neighbourhood_word(tv: Any, f: Named) -> bool:
    """``f`` is a lone neighbourhood's word ("Colonia", "Vereda") heading a name: a capitalised
    word or a number follows it, maybe inside the quotes that open before the word."""
    if f.end - f.start != 1 or tv.lower[f.start] not in NEIGHBOURHOOD_WORDS:
        return False
    k = f.end
    if k >= len(tv.words):
        return False
    w = tv.words[k]
    return tv.cap[k] or w[:1].isdigit()


def neighbourhood_names(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each lone neighbourhood's word that heads a name left unplaced."""
    for f in found:
        if f.entries and not f.demonym and neighbourhood_word(tv, f):
            f.entries, f.source = (), "ner"  # unplaced, still a name of the text
    return found


def _building_head(tv: Any, f: Named) -> str:
    """How ``f`` stands in a capitalised run (with "de", "del", "do", "da", "of" between its
    words) that begins or ends with a building's head word other than ``f``'s own words:
    "" (no such run); "whole" (``f`` is all the rest of the name, "Sorong Penitentiary",
    "Douglas County Hospital", "Hospital of Manitoba": the building's town or unit); "linked"
    (all the rest after a Spanish or Portuguese head and its "de", "Cárcel de Villahermosa",
    "Casa de Nariño", "Penitenciaría del Litoral": a town's name or a person's or a common
    noun's); "part" (the first word of a longer place's name the gazetteer lacks, "Orange
    Grove Mall"); "other" (another word of the name, "Princeton Community Hospital")."""
    n = len(tv.words)
    a = f.start
    while a > 0 and (tv.cap[a - 1] or (a > 1 and tv.lower[a - 1] in _NAME_LINKS and tv.cap[a - 2])):
        a -= 1
    b = f.end
    while b < n and (tv.cap[b] or (b + 1 < n and tv.lower[b] in _NAME_LINKS and tv.cap[b + 1])):
        b += 1
    if a < f.start and tv.lower[a] in BUILDING_HEADS:
        between = [tv.lower[k] for k in range(a + 1, f.start)]
        if b != f.end or not all(w in _NAME_LINKS for w in between):
            return "other"
        return "whole" if between == ["of"] else "linked"
    if b > f.end and tv.lower[b - 1] in BUILDING_HEADS:
        if a == f.start and b == f.end + 1:
            return "whole"
        tails = {tv.lower[k] for k in range(f.end, b - 1)}
        return "part" if a == f.start and tails & _PLACE_TAILS else "other"
    return ""


def building_names(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each place's name inside a building's or a venue's name read as the
    building's: the first word of a longer place's name before the head ("Orange" of "Orange
    Grove Mall", a place the gazetteer lacks) is no place; after a Spanish or Portuguese head
    and "de" only a town's reading stays ("Cárcel de Villahermosa"; no province in
    "Penitenciaría del Litoral"). A name that is all the rest of an English building's name
    keeps its readings ("Sorong Penitentiary", "Douglas County Hospital", "Hospital of
    Manitoba"), and so does a name among other words of it ("Princeton Community Hospital"):
    the building is named for where it stands. A country's reading stays."""
    if not any(w in BUILDING_HEADS for w in tv.lower):
        return found
    for f in found:
        if not f.entries or f.demonym or any(e.rank == 0 for e in f.entries):
            continue
        if any(tv.lower[k] in BUILDING_HEADS for k in range(f.start, f.end)):
            continue  # the gazetteer's own name with the word ("Palace Green")
        how = _building_head(tv, f)
        if how == "part":
            f.entries, f.source = (), "ner"  # unplaced, still a name of the text
        elif how == "linked":
            towns = tuple(e for e in f.entries if e.rank == 4)
            f.entries = towns
            if not towns:
                f.source = "ner"
    return found


# the head of an open-air site's name after a place's ("the Santa Catarina Viewpoint", "the
# Arlington Cemetery"): a site of a quarter, a saint or a town where the story is
SITE_HEADS = frozenset({"viewpoint", "cemetery", "lookout", "promenade"})


def site_names(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each place's name right before a capitalised site's head ("Santa Catarina
    Viewpoint") read only in a country where another name of the text has a reading: a
    viewpoint or a cemetery is named for a quarter, a saint or a town by it, never for a state
    of another continent (Lisbon's Santa Catarina Viewpoint is no Brazilian state). With no
    reading there, the name is left unplaced; with no other name in the text, its readings
    stay. A country's reading stays ("the Britain Cemetery")."""
    if not any(w in SITE_HEADS for w in tv.lower):
        return found
    n = len(tv.words)
    for f in found:
        if not f.entries or f.demonym or any(e.rank == 0 for e in f.entries):
            continue
        if f.end >= n or not tv.cap[f.end] or tv.lower[f.end] not in SITE_HEADS:
            continue
        lands = {e.country for g in found if g is not f for e in g.entries}
        if not lands:
            continue  # "buried at the Gettysburg Cemetery": no other name to place it by
        f.entries = tuple(e for e in f.entries if e.primary and e.country in lands)
        if not f.entries:
            f.source = "ner"  # unplaced, still a name of the text
    return found


def names_side_by_side(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each pair of names right beside each other, in no country together, left
    unplaced: together they are one name the gazetteer lacks."""
    by_start = {f.start: f for f in found}
    for f in found:
        g = by_start.get(f.end)
        if g is None or f.demonym or g.demonym or not f.entries or not g.entries:
            continue
        if any(e.rank in (0, 1, 5) for e in (*f.entries, *g.entries)):
            continue
        if not tv.spaces[f.end - 1] or not tv.cap[g.start]:
            continue  # "Batesburg-Leesville" is read by the hyphen's rule
        if {e.country for e in f.entries} & {e.country for e in g.entries}:
            continue
        f.entries, f.source = (), "ner"  # unplaced, still names of the text
        g.entries, g.source = (), "ner"
    return found
