"""A place's name joined by a Persian, Arabic, Turkish or Urdu particle: "Bandar-e Jask",
"Qasr-e Shirin", "Mazar-i-Sharif", "Ras al-Khaimah"; and a name joined by a European
particle between hyphens: "Boulogne-sur-Mer", "Stratford-upon-Avon".

Persian writes a generic word ("bandar", a port; "qasr", a castle; "shahr", a town) before a
name with the ezafe particle ("-e", "-i", "-ye"), Arabic joins words with its article ("al-",
"el-", "es-"), Urdu with "ul" or "ud"; English news keeps the transliteration. spaCy reads such
a run as a law, a person or half a name ("Bandar-e" LAW, "Abbas" PERSON), so the gazetteer's
whole name ("bandar e jask", an alternate name of Jask) is never looked up. Here a run of
capitalised words joined by such a particle, held whole by the gazetteer as a first- or
second-level unit or a town of at least MIN_POP people, is read as that place. Persons and
bodies written the same way ("Abu Bakr al-Baghdadi", "Jaish-e Mohammed", "Hizb ut-Tahrir")
are no names the gazetteer holds for such a place. A smaller town is read too where the run
is joined only by European particles between hyphens ("Saint-Jean-de-Luz": no word of prose is
written so) and the text names the town's country by its name: the name, the hyphens and the
land together say which town it is, however few its people.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import JOINED_ARTICLES, name_key, view

# the ezafe, the Urdu and Turkish joins, the Arabic article in its transliterations
PARTICLES = frozenset({"e", "i", "ye", "ul", "ud", "ur", "ut"}) | JOINED_ARTICLES
# the particles that join without a hyphen too ("Ras al Khaimah", "Qasr e Shirin"): none is a
# word of English
SPACED_PARTICLES = frozenset({"e", "i", "ye", "al", "el", "ul", "ud", "es", "ez"})
# the particles of French, English, German, Italian, Spanish and Portuguese names, joined by a
# hyphen on both sides ("Boulogne-sur-Mer", "Stratford-upon-Avon", "Frankfurt-am-Main"); never
# read between spaces, where they are words of prose
HYPHENED_PARTICLES = frozenset(
    {"sur", "sous", "en", "au", "aux", "les", "lès", "lez", "le", "la", "de", "du", "des"}
    | {"upon", "on", "am", "an", "im", "in", "ob", "bei", "di", "del", "della", "da", "dos"}
    | {"das", "do", "et", "y"}
)
_ANY_PARTICLE = PARTICLES | HYPHENED_PARTICLES
MIN_POP = 10_000
MAX_TOKENS = 8
TOWN_RANK = 4
UNIT_RANKS = (2, 3)


def _places(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The first- and second-level units and the towns of at least MIN_POP people."""
    return tuple(
        e
        for e in entries
        if e.rank in UNIT_RANKS or (e.rank == TOWN_RANK and e.population >= MIN_POP)
    )


def _small_towns(entries: tuple[Entry, ...], lands: set[str | None]) -> tuple[Entry, ...]:
    """The towns of fewer than MIN_POP people in a land the text names."""
    return tuple(e for e in entries if e.rank == TOWN_RANK and e.country in lands)


def _hyphened_only(tv, k: int, end: int) -> bool:
    """Every particle of the run of tokens [k, end) is a European one between hyphens, and a
    hyphen joins each of its words to the next ("Villers-sur-Mer", not "Ras al Khaimah")."""
    words, lower = tv.words, tv.lower
    parts = [
        j for j in range(k + 1, end - 1) if lower[j] in _ANY_PARTICLE and _joins(words, lower[j], j)
    ]
    return (
        bool(parts)
        and all(lower[j] in HYPHENED_PARTICLES and _between_hyphens(words, j) for j in parts)
        and not any(tv.spaces[j] for j in range(k, end - 1))
    )


def _between_hyphens(words: list[str], j: int) -> bool:
    """Word j is joined by a hyphen on both sides ("sur" of "Boulogne-sur-Mer")."""
    return 0 < j < len(words) - 1 and words[j - 1] == "-" and words[j + 1] == "-"


def _joins(words: list[str], w: str, j: int) -> bool:
    """Word j (``w`` in lower case, j > 0) is a particle that joins the words around it."""
    hyphened = words[j - 1] == "-" or (j + 1 < len(words) and words[j + 1] == "-")
    return (w in PARTICLES and (hyphened or w in SPACED_PARTICLES) and words[j - 1] != w) or (
        _between_hyphens(words, j) and w in HYPHENED_PARTICLES
    )


def _joined_run_ends(tv, k: int) -> list[int]:
    """Where a run of capitalised words from token k, joined by particles, may end (each end
    after a capitalised word and after at least one particle), longest first."""
    words, lower, cap = tv.words, tv.lower, tv.cap
    ends: list[int] = []
    joined = False
    j = k + 1
    while j < len(words) and j - k < MAX_TOKENS:
        w = lower[j]
        if _joins(words, w, j):
            joined = True
        elif w == "-" and words[j - 1] != "-":
            pass
        elif cap[j] and words[j].isalpha():
            if joined:
                ends.append(j + 1)
        else:
            break
        j += 1
    return ends[::-1]


def _before_particles(tv) -> list[int]:
    """The words a run may start from, in order: a run ends only after a particle within
    MAX_TOKENS of its first word, so the particles are found first (a few words of a text)
    and only the words before them are tried."""
    words = tv.words
    return sorted(
        {
            k
            for j, w in enumerate(tv.lower)
            if j and w in _ANY_PARTICLE and _joins(words, w, j)
            for k in range(max(0, j - MAX_TOKENS + 1), j)
        }
    )


def particle_joined_names(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """Runs of capitalised words joined by a particle ("Bandar-e Jask", "Ras al-Khaimah") that
    the gazetteer holds whole as a unit or a town, added as found names in place of the pieces
    found inside them (module docstring)."""
    tv = view(doc)
    words = tv.words
    runs = {
        k: ends
        for k in _before_particles(tv)
        if tv.cap[k] and words[k].isalpha() and (ends := _joined_run_ends(tv, k))
    }
    if not runs:
        return found
    # the names asked, in one query (the scan's prefetch holds no run of these particles)
    gaz.prefetch(name_key(doc, k, end) for k, ends in runs.items() for end in ends)
    # the lands the text names by their names (a name whose first reading is a country's)
    lands = {
        f.entries[0].country
        for f in found
        if f.entries and not f.demonym and f.entries[0].rank == 0
    }
    added: list[_Found] = []
    k = 0
    while k < len(tv.words):
        hit = None
        if k in runs:
            for end in runs[k]:
                held = gaz.lookup(name_key(doc, k, end))
                entries = _places(held)
                if not entries and _hyphened_only(tv, k, end):
                    entries = _small_towns(held, lands)
                if entries:
                    hit = _Found(k, end, entries, "gaz", "GPE")
                    break
        if hit is None:
            k += 1
            continue
        inside = [f for f in found if f.start < hit.end and hit.start < f.end]
        if all(hit.start <= f.start and f.end <= hit.end for f in inside) and not any(
            f.start == hit.start and f.end == hit.end for f in inside
        ):
            added.append(hit)
        k = hit.end
    if not added:
        return found
    kept = [f for f in found if not any(a.start <= f.start and f.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda f: f.start)
