"""Name normalisation shared by the gazetteer builder and the recogniser.

Both sides must fold a name the same way, so "al-Ḥasakah", "Al Hasakah" and "AL-HASAKAH"
meet on one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus a mark.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "‐": " ",
        "‑": " ",
        "‒": " ",
        "–": " ",
        "—": " ",
        "-": " ",
        "’": "",
        "‘": "",
        "'": "",
        "`": "",
        "´": "",
        "ʼ": "",
        "ʻ": "",
        "ʿ": "",
        "ʾ": "",
        ".": "",
        ",": " ",
    }
)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Fold case, diacritics, apostrophes, dots and hyphens: the lookup key of a name."""
    if name.isascii():  # no letter to decompose, no combining mark (most names news writes)
        stripped = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_FOLD).casefold()).strip()


def is_latin(name: str) -> bool:
    """True when every letter is Latin script (names in other scripts never match English text).

    Latin Extended Additional counts ("Al Ḩasakah", "Ţarābulus": GeoNames' transliterations).
    """
    for ch in name:
        extended = 0x1E00 <= ord(ch) <= 0x1EFF
        if ch.isalpha() and ord(ch) >= 0x250 and ch not in "ʼʻʿʾ" and not extended:
            return False
    return any(ch.isalpha() for ch in name)


# Countries where place names carry the Arabic article ("Al Qamishli", "Ad Dawr", "El Arish"):
# Arabic-speaking states and their neighbours whose gazetteer names are transliterated Arabic.
ARABIC_NAME_COUNTRIES = frozenset(
    [
        "AE",
        "BH",
        "DJ",
        "DZ",
        "EG",
        "EH",
        "IL",
        "IQ",
        "JO",
        "KM",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SO",
        "SY",
        "TD",
        "TN",
        "YE",
    ]
)
ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "adh ", "ath ")
# generic words of administrative units, before or after the proper name
ADMIN_PREFIXES = (
    "muhafazat ",
    "mintaqat ",
    "mantiqat ",
    "wilayat ",
    "nahiyat ",
    "borough of ",
    "county of ",
    "city of ",
    "district of ",
    "province of ",
)
ADMIN_SUFFIXES = (
    " district",
    " governorate",
    " province",
    " municipality",
    " region",
    " autonomous region",
    # Chinese: province, municipality, autonomous region (with its people's name)
    " sheng",
    " shi",
    " zhuangzu zizhiqu",
    " huizu zizhiqu",
    " uygur zizhiqu",
    " zizhiqu",
)


# French and Spanish particles that North American names write joined to the word after
# them as often as apart ("DeSoto County" and "De Soto County", "DuPage"): only for the
# administrative units, whose names news writes whole with their generic word; a town's
# joined form is another word ("Lacrosse" is the sport, not La Crosse; "Leroy", "Dewitt"
# are names of people)
JOINED_PARTICLES = ("de ", "la ", "le ", "du ")
# countries whose place names are written so
JOINED_PARTICLE_COUNTRIES = frozenset({"US", "CA"})


# "Saint" and "Sainte" at the start of a folded name, and how news abbreviates them ("St."
# and "Ste.", folded without the dot)
SAINT_ABBREVIATIONS = (("saint ", "st "), ("sainte ", "ste "))


def name_variants(key: str, country: str | None, rank: int) -> set[str]:
    """Other spellings of a folded name that news uses for the same place: without the Arabic
    article in Arabic-speaking countries, an administrative unit (rank 2 or 3) without its
    generic word, and in North America a unit's particle joined to the word after it ("de soto
    county" is also "desoto county"), and a country's "Saint" as "St". The
    name itself is not included."""
    out: set[str] = set()
    names = {key}
    if country in JOINED_PARTICLE_COUNTRIES and rank in (2, 3):
        for p in JOINED_PARTICLES:
            if key.startswith(p) and len(key) > len(p) + 2:
                names.add(p.strip() + key[len(p) :])
    if rank in (2, 3):
        for p in ADMIN_PREFIXES:
            if key.startswith(p) and len(key) > len(p) + 2:
                names.add(key[len(p) :])
        for sfx in ADMIN_SUFFIXES:
            if key.endswith(sfx) and len(key) > len(sfx) + 2:
                names.add(key[: -len(sfx)])
    if rank == 0:
        # "St. Kitts and Nevis", "St. Vincent and the Grenadines": news abbreviates "Saint" in
        # countries' names. Not first-level units': "St. James", "St. Mary" and "St. Michael"
        # as parishes of Jamaica and Barbados took schools', a detention centre's and a
        # Louisiana parish's names in the LGL corpus (tried, dropped)
        for full, short in SAINT_ABBREVIATIONS:
            for n in list(names):
                if n.startswith(full):
                    names.add(short + n[len(full) :])
    if country in ARABIC_NAME_COUNTRIES:
        for n in list(names):
            for a in ARTICLES:
                if n.startswith(a) and len(n) > len(a) + 3:
                    names.add(n[len(a) :])
    names.discard(key)
    out.update(n for n in names if len(n) >= 3)
    return out


# Albanian-speaking lands, whose names GeoNames writes in the indefinite form ("Shkodër",
# "Vlorë", "Dibër") and English news as often in the definite ("Shkodra", "Vlora", "Dibra")
ALBANIAN_NAME_COUNTRIES = frozenset({"AL", "XK"})
# the indefinite ending (an unstressed "ë", or "ër") and the definite one that replaces it,
# before a generic word the name may carry ("Dibër County" -> "Dibra County")
_ALBANIAN_INDEFINITE = re.compile(r"(?<=\w\w)(ë|ër)(?=(?: (?:County|District|Municipality))?$)")


def definite_forms(name: str, country: str | None) -> dict[str, str]:
    """Branch geofix52's: the folded definite form of an Albanian place's name, which news
    writes as often as GeoNames' indefinite one: the final "ë" becomes "a" ("Vlorë" ->
    "vlora", "Korçë" -> "korca"), the final "ër" becomes "ra" ("Shkodër" -> "shkodra",
    "Dibër County" -> "dibra county" and "dibra"), only in :data:`ALBANIAN_NAME_COUNTRIES`
    and only where the name is written with its "ë" (not "Fier", whose definite form is
    "Fieri"). Each form maps to the folded indefinite name it stands for ("dibra" -> "diber"):
    a unit's name with its generic word gives the name alone too, which the builder takes only
    where the entry bears the indefinite name alone already. Empty elsewhere."""
    if country not in ALBANIAN_NAME_COUNTRIES or "ë" not in name:
        return {}
    m = _ALBANIAN_INDEFINITE.search(name)
    if m is None:
        return {}
    ending = "a" if m.group(1) == "ë" else "ra"
    return {
        norm(name[: m.start()] + ending + rest): norm(name[: m.end()] + rest)
        for rest in {name[m.end() :], ""}
    }


_VOWELS = re.compile(r"[aeiouyw]")
_WORD_END_H = re.compile(r"(?<=[aeiou])h\b")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """A transliteration-blind key of a folded name: its consonants, without the Arabic article,
    a final "h" after a vowel or doubled letters, so "Hodeidah", "Al Hudaydah" and "Hudayda"
    meet on "hdd", "Qamishli" and "Al Qamishli" on "qmshl". Many names share a skeleton: it
    proposes candidates, never decides alone."""
    for a in ARTICLES:
        if key.startswith(a):
            key = key[len(a) :]
            break
    key = key.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    key = _DOUBLE.sub(r"\1", _WORD_END_H.sub("", key).replace(" ", ""))
    # the first letter stays, vowel or not: "Ebstein" is not "Boston"
    return key[:1] + _VOWELS.sub("", key[1:])


# compass words of first-level units' names, as GeoNames writes them and as news does
# ("Northern Darfur" / "North Darfur", "South-West Province" / "Southwestern Province")
_COMPASS_PAIRS = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "north eastern": "north east",
    "north western": "north west",
    "south eastern": "south east",
    "south western": "south west",
    "northeastern": "northeast",
    "northwestern": "northwest",
    "southeastern": "southeast",
    "southwestern": "southwest",
}
_COMPASS_SWAP = {**_COMPASS_PAIRS, **{v: k for k, v in _COMPASS_PAIRS.items()}}
# GeoNames keeps French names of units where French is official ("Nord Kivu", "Sud Kivu");
# English news translates the compass word
_COMPASS_FRENCH = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}
_COMPASS_FRENCH |= {"centre": "central", "nord ouest": "north west", "sud ouest": "south west"}
_COMPASS_FRENCH |= {"nord est": "north east", "sud est": "south east"}
# longest first, so "north eastern darfur" is split after "north eastern", not after "north"
_COMPASS_WORDS = sorted({*_COMPASS_SWAP, *_COMPASS_FRENCH, "central"}, key=len, reverse=True)


def is_compass(key: str) -> bool:
    """A folded name made of a compass word only ("north west", "southern", "nord")."""
    return key in _COMPASS_SET


_COMPASS_SET = frozenset(_COMPASS_WORDS)
# what a name that opens with a compass word starts with
_COMPASS_OPENINGS = tuple(word + " " for word in _COMPASS_WORDS)


def compass_split(key: str) -> tuple[str, str] | None:
    """A folded name that opens with a compass word: (the word, the rest). "northern darfur" ->
    ("northern", "darfur"); None when the rest is shorter than four letters."""
    if not key.startswith(_COMPASS_OPENINGS):  # most names: one test in C, not one a word
        return None
    for word in _COMPASS_WORDS:
        if key.startswith(word + " ") and len(key) >= len(word) + 5:
            return word, key[len(word) + 1 :]
    return None


def compass_variants(key: str) -> set[str]:
    """The same name with the other forms of its compass word: "northern darfur" -> "north
    darfur", "south kordofan" -> "southern kordofan", "nord kivu" -> "north kivu" and
    "northern kivu"."""
    split = compass_split(key)
    if split is None:
        return set()
    word, rest = split
    words = {_COMPASS_FRENCH.get(word, word)}
    words |= {_COMPASS_SWAP[w] for w in words if w in _COMPASS_SWAP}
    words.discard(word)
    return {f"{w} {rest}" for w in words}


def spelled_alike(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one name: their skeletons are equal or differ
    by one letter when four letters or longer ("misrata" and "misratah", "hodeidah" and
    "al hudaydah", "kiev" and "kyiv"); not "ban" and "van", nor "bombay" and "mumbai"."""
    x, y = skeleton(a), skeleton(b)
    if x == y:
        return len(x) >= 2
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1:
        return False
    if len(x) > len(y):
        x, y = y, x
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    return any(x == y[:k] + y[k + 1 :] for k in range(len(y)))


class Guarded:
    """A regular expression searched only in texts that hold one of ``needles``, strings
    every match holds ("a.m." or "p.m." for a time written "9 a.m."), or that ``guard``, a
    simpler pattern every match also matches, finds. The same answers as
    ``pattern.search``: a pattern that begins with a word boundary, a look-behind or a class
    is tried at every position of the text (40-220 µs an article), a substring found in a
    few."""

    __slots__ = ("guard", "needles", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], *needles: str, guard: re.Pattern[str] | None = None
    ) -> None:
        if not needles and guard is None:
            raise ValueError("a guarded pattern needs strings or a guard pattern")
        self.pattern = pattern
        self.needles = needles
        self.guard = guard

    def search(self, text: str) -> re.Match[str] | None:
        if self.needles and not any(n in text for n in self.needles):
            return None
        if self.guard is not None and self.guard.search(text) is None:
            return None
        return self.pattern.search(text)
