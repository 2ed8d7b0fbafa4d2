"""Rivers, mountain ranges and deserts by a name that also names a town, a country or a firm.

The curated layer (`geodata/curated/physical.geojson`) reads a feature by the names that say what
it is ("the Dnipro River", "the Maya Mountains", "the Danube"). Its other names ("Dnipro",
"Amazon", "Andes", "Mississippi") are a city's, a firm's, a town's, a state's as often; they are
read as the feature only where the text gives the feature's sense:

- the feature's own word follows the name, in any case ("the Dnipro river", "the Niger river",
  "the Andes mountains"), or
- "the" stands before the name and no noun it qualifies after it ("on the Dnipro", "across the
  Amazon", "into the Andes"): a town, a state or a firm takes no article ("DNIPRO, Ukraine", "the
  city of Dnipro", "Amazon workers", "the Amazon warehouse", "the Dnipro city council"). A
  country's name is never read so ("the Congo", "the Gambia").

A river's name repeats across the world ("the Jordan River" of Utah, the Yellow River of
Georgia): a river read here or by its own name is kept only where the text names no other place
or one within NEAR_KM of the river's point; else it is no reading (the name stays, unplaced).
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.longer_names import CALENDAR_WORDS
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import TokenView, name_key, opens_sentence, view
from explorer.model import great_circle_km

# the word of each feature's type that says it after its name
TYPE_WORDS = {"river": frozenset({"river"}), "range": frozenset({"mountains", "range"})}
TYPE_WORDS["desert"] = frozenset({"desert"})
# the words that may follow "the <name>" when the name stands alone (the model here tags no parts
# of speech): a preposition, a conjunction, a relative word, a verb of being or having; a
# lower-case word of another kind is the noun or adjective the name qualifies ("the Dnipro city
# council", "the Amazon warehouse"), or a verb read as one (the feature missed, never misread)
FOLLOWERS = frozenset(
    {"and", "or", "but", "nor", "in", "on", "at", "to", "from", "into", "near", "by", "for"}
    | {"with", "of", "as", "off", "over", "under", "along", "across", "through", "toward"}
    | {"towards", "between", "upstream", "downstream", "south", "north", "east", "west"}
    | {"is", "are", "was", "were", "has", "had", "have", "will", "would", "could", "can"}
    | {"which", "that", "where", "when", "while", "after", "before", "since", "until"}
    | {"itself", "region", "basin", "delta", "valley", "river", "mountains", "desert"}
)
# what a river's possessive names that is the river's own ("the Dnipro's left bank")
RIVER_PARTS = frozenset({"bank", "banks", "waters", "course", "mouth", "delta", "shore", "shores"})
# the capitalised words after a feature's name that still name the feature or a part of it ("the
# Nile Delta", "the Indus Valley"); another capitalised word makes the name part of a thing's
# named for it ("Alps Road", "Sahara Reporters", "Operation Euphrates Shield")
PART_WORDS = frozenset({"delta", "valley", "basin", "river", "mountains", "desert", "region"})
PART_WORDS |= {"gorge", "plateau", "range", "highlands", "lowlands", "floodplain", "estuary"}
PHYSICAL_TYPES = frozenset(TYPE_WORDS)
# the furthest a river lies from every other place a text names when it is that river
NEAR_KM = 2500.0
CURATED_RANK = 5
COUNTRY_RANK = 0


def _feature_type(e: Entry, gaz: Gazetteer) -> str:
    return str(gaz.curated_type(e.gid))


def _typed_after(tv: TokenView, end: int, entries: list[Entry], gaz: Gazetteer) -> list[Entry]:
    """The features whose type word follows the name ("the Dnipro river")."""
    if end >= len(tv.words):
        return []
    word = tv.lower[end]
    return [e for e in entries if word in TYPE_WORDS.get(_feature_type(e, gaz), ())]


def _article_sense(doc, tv: TokenView, start: int, end: int) -> bool:
    """ "the" before the name and no noun it qualifies after it (module docstring)."""
    if start == 0 or tv.lower[start - 1] != "the":
        return False
    if tv.words[start - 1] == "The" and not opens_sentence(tv, start - 1):
        return False  # "The Irrawaddy reported": a title's article, an outlet's name
    if end >= len(doc):
        return True
    nxt = tv.lower[end]
    if nxt in {"'s", "’s"}:
        return end + 1 < len(doc) and tv.lower[end + 1] in RIVER_PARTS
    if not tv.words[end].isalpha():
        return nxt not in {"-", "–"}  # a stop, a comma; not "the Amazon-owned"
    if tv.cap[end]:
        return False  # "the Amazon Prime"
    return nxt in FOLLOWERS or nxt.endswith("ed")  # "the Danube flooded"


def _sense(gaz: Gazetteer, doc, tv: TokenView, start: int, end: int) -> tuple[Entry, ...]:
    """The curated feature the name at [start, end) is where the text gives its sense."""
    entries = gaz.bare_features().get(name_key(doc, start, end), [])
    if not entries:
        return ()
    typed = _typed_after(tv, end, entries, gaz)
    if typed:
        return tuple(typed)
    return tuple(entries) if _article_sense(doc, tv, start, end) else ()


def _own_word_river(gaz: Gazetteer, tv: TokenView, doc, f: _Found) -> tuple[Entry, ...]:
    """ "the Niger river", "the Congo river": a name before a lower-case "river" that with it is
    a curated river's name (capitalised, the whole is read as that name already)."""
    if f.end >= len(doc) or tv.words[f.end] != "river":
        return ()
    named = gaz.curated(name_key(doc, f.start, f.end) + " river")
    return tuple(e for e in named if _feature_type(e, gaz) == "river")


def _named_for(gaz: Gazetteer, tv: TokenView, found: list[_Found]) -> None:
    """Empty a feature's reading where a capitalised word other than "the" stands before its
    name, or one other than a part's follows it and its parts' words: the name
    is part of a longer one, a region's, a street's, an outlet's, an operation's, a body's
    ("West Nile", "Spanish Sahara", "Alps Road", "Sahara Reporters", "the Mekong River
    Commission")."""
    n = len(tv.words)
    for f in found:
        if not any(_feature_type(e, gaz) in PHYSICAL_TYPES for e in f.entries):
            continue
        j = f.start - 1
        if j >= 0 and tv.cap[j] and tv.words[j].isalpha() and tv.lower[j] != "the":
            f.entries = ()  # "West Nile", "Spanish Sahara", "Open Development Mekong"
            continue
        k = f.end
        while k < n and tv.cap[k] and tv.lower[k] in PART_WORDS:
            k += 1  # "the Mekong River Commission", "the Nile Basin Initiative"
        if k >= n or not tv.cap[k] or not tv.words[k].isalpha():
            continue
        if tv.lower[k] not in PART_WORDS and tv.lower[k] not in CALENDAR_WORDS:
            f.entries = ()


def _far_rivers(gaz: Gazetteer, found: list[_Found]) -> None:
    """Empty a river's reading where the text names other places, all far from it."""
    for f in found:
        rivers = [
            e for e in f.entries if e.rank == CURATED_RANK and _feature_type(e, gaz) == "river"
        ]
        if not rivers or len(rivers) != len(f.entries):
            continue
        others = [
            e
            for o in found
            if o is not f and not o.demonym
            for e in o.entries[:1]
            if not (e.rank == CURATED_RANK and _feature_type(e, gaz) == "river")
        ]
        if others and not any(
            great_circle_km(r.lat, r.lon, e.lat, e.lon) <= NEAR_KM for r in rivers for e in others
        ):
            f.entries = ()


def read_features(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """The names of rivers, ranges and deserts the text gives the sense of (module docstring),
    read as those features: a name found is read so, one not found (spaCy tags few rivers) is
    added."""
    bare = gaz.bare_features()
    tv = view(doc)
    covered: dict[int, _Found] = {}
    for f in found:
        for k in range(f.start, f.end):
            covered[k] = f
    added: list[_Found] = []
    firsts = {key.split()[0] for key in bare}
    for k, low in enumerate(tv.lower):
        if low not in firsts or not tv.cap[k]:
            continue
        for end in (k + 2, k + 1):
            if end > len(doc) or not all(tv.cap[end - 1 : end]) or not tv.words[end - 1].isalpha():
                continue
            if name_key(doc, k, end) not in bare:
                continue
            hit = covered.get(k)
            if hit is not None and (hit.start != k or hit.end != end):
                break  # inside a longer name ("Rio Grande City", "River Nile State")
            if hit is not None and any(e.rank == COUNTRY_RANK for e in hit.entries):
                break  # "the Congo", "the Gambia": the country
            entries = _sense(gaz, doc, tv, k, end)
            if entries and hit is not None:
                hit.entries = entries
            elif entries:
                added.append(_Found(k, end, entries, "gaz"))
            break
    for f in found:
        own = _own_word_river(gaz, tv, doc, f)
        if own:
            f.entries = own
    found = sorted([*found, *added], key=lambda f: f.start) if added else found
    _named_for(gaz, tv, found)
    _far_rivers(gaz, found)
    return found
