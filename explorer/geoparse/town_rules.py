"""Towns and seats read by what local news says around them.

A country that is a US state, a given name the text knows as a place, local cues ("in", a town's
police), a part of a town, legislators' homes, an estate named for a town, and a name listed
beside a town of the same state.
"""

from __future__ import annotations

from collections import Counter

from explorer.geoparse.headlines import _written_lower
from explorer.geoparse.name_evidence import NameEvidence
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.persons import (
    LOCAL_BODIES,
    _named_event,
    _person_of,
    _renamed,
    _resident_of,
    _residents_open_sentence,
)
from explorer.geoparse.recognised import LOCATIVE, MIN_POP_REGION, _DocContext, _Found
from explorer.geoparse.skeleton_region import _sentence
from explorer.geoparse.tokens import name_key, view
from explorer.geoparse.towns import _STATE_BODIES, _port_of
from explorer.model import great_circle_km

MIN_POP_ALT_LOCAL = 20_000  # a town known by an alternate name, after "in", "near", ...
# a world city's size (resolve.FAMOUS_POP) and how near its district lies (resolve.TOGETHER_KM)
WORLD_CITY_POP = 1_000_000
DISTRICT_KM = 40.0
# the last word of a settlement's name: a town's name before it is the settlement's ("Hampton
# Hills", an estate in Texas), not the town it is named for; not "Village", which names a
# shopping centre in the town ("Bicester Village")
SETTLEMENT_WORDS = frozenset(
    {"Colony", "Heights", "Hills", "Springs", "Falls", "Junction", "Crossing"}
    | {"Estates", "Gardens", "Meadows", "Woods", "Mills", "Grove", "Ridge", "Plains"}
)


# the last word of a works' name that is mostly its town's: a power station, a base, a
# refinery ("the Balaklava thermal power station", "the Saky air base"); not a mine, a dam or
# a shipyard, named as often for a flower, a person or a firm ("the Columbine mine", "the
# Hoover dam")
WORKS_NOUNS = frozenset(
    {"station", "plant", "base", "airbase", "airfield", "airport", "refinery", "depot"}
    | {"terminal"}
)


# nouns after "a" and a country's name that name its national side, not a thing of a state of
# its name ("a Georgia side", "a Georgia win"): the country's reading stays
SIDE_NOUNS = frozenset(
    {"side", "team", "squad", "win", "victory", "defeat", "try", "goal", "player", "players"}
)


def _state_thing(doc, f: _Found) -> bool:
    """ "A Georgia choir", "a Georgia company": the name between "a" or "an" and a noun in
    lower case, as a state's name qualifies its people and things."""
    tv = view(doc)
    if f.start == 0 or f.end >= len(doc) or tv.lower[f.start - 1] not in ("a", "an"):
        return False
    nxt = doc[f.end]
    return nxt.is_lower and nxt.is_alpha and nxt.lower_ not in SIDE_NOUNS


# the nouns of a settlement's or an island's kind before "of" and its name ("the town of
# Hillegom", "the Aegean islands of Andros, Mykonos and Tinos"): the text says what the name is
# a region's word after its name ("Durango state", "Tavush province")
REGION_WORDS = frozenset({"state", "province", "region", "governorate", "department", "oblast"})
KIND_OF_NOUNS = frozenset(
    {"town", "towns", "village", "villages", "city", "cities", "island", "islands"}
    | {"municipality", "municipalities", "commune", "communes", "port", "ports"}
    # an atoll is an island's kind ("the atoll of Funafuti")
    | {"atoll", "atolls"}
)


def _country_in_sight(doc, f: _Found, found: list[_Found]) -> bool:
    """Another name of the text (a people's adjective too) has a reading in the country of one
    of ``f``'s towns: "the Dutch town of Hillegom", "the islands of Andros and Tinos" in a
    story of Greece; not "the city of David" (Jerusalem's) in a story naming nothing of Panama,
    nor "the cities of Gog and Magog" in one naming nothing of Canada. Where the text names
    first-level regions of that country (names that are nothing else there, or written with a
    region's word: "Durango state", not "Kirkuk", a city too), the town lies in one of them:
    "the municipality of El Mezquital" in a story of Durango state is no village of Hidalgo,
    700 km off."""
    tv = view(doc)
    others = [g for g in found if g is not f]
    named = {
        (e.country, e.admin1)
        for g in others
        if not g.demonym
        for e in g.entries
        if e.rank == 2
        and e.primary
        and (
            all(x.rank == 2 for x in g.entries if x.country == e.country)
            or (g.end < len(doc) and tv.lower[g.end] in REGION_WORDS)
        )
    }
    lands = {e.country for g in others for e in g.entries}
    return any(
        e.country in lands
        and ((e.country, e.admin1) in named or all(c != e.country for c, _ in named))
        for e in f.entries
        if e.primary and 2 <= e.rank <= 4
    )


def _named_after_kind(tv, f: _Found) -> bool:
    """``f`` follows a settlement's or an island's kind and "of" ("the island of Andros"), or
    is a later name of a list after them, each name set off by a comma or "and" ("the islands
    of Andros, Mykonos and Tinos"), with capitalised words only between: a list of the noun's
    kind. Not after a capitalised kind ("the City of Westminster", a body's name)."""
    k = f.start - 1
    while k >= 1:
        if tv.lower[k] == "of":
            return tv.lower[k - 1] in KIND_OF_NOUNS and not tv.cap[k - 1]
        if tv.words[k] not in (",", "and"):
            return False
        k -= 1  # the list's earlier name, capitalised words only
        if k < 1 or not tv.cap[k]:
            return False
        while k >= 1 and tv.cap[k]:
            k -= 1
    return False


# how far a town said to lie "south of" another may be from it, no distance written
BEARING_KM = 100.0


def _by_bearing(tv, gaz, f: _Found, found: list[_Found]) -> bool:
    """``f``, a comma and a compass word in lower case, "of" and a town the text names
    ("Hillegom, south of Haarlem"): a town of ``f``'s name lies within BEARING_KM of one of
    that town's readings (the name found, or the capitalised words there as the gazetteer
    reads them, where the scan has not reached them yet). The text places it by its
    neighbour; a person's name so placed ("Smith, north of Boston") has no town of its name
    beside Boston."""
    k, n = f.end, len(tv.words)
    if k + 3 >= n or tv.words[k] != "," or tv.cap[k + 1] or not is_compass(tv.lower[k + 1]):
        return False
    if tv.lower[k + 2] != "of":
        return False
    near = _readings_at(tv, gaz, found, k + 3)
    return any(
        great_circle_km(e.lat, e.lon, a.lat, a.lon) <= BEARING_KM
        for e in f.entries
        if e.primary and e.rank == 4
        for a in near
    )


def _readings_at(tv, gaz, found: list[_Found], k: int) -> tuple:
    """The readings of the name that starts at token ``k``: the found name's, or the
    capitalised words there as the gazetteer reads them (primary names of regions and towns),
    where the scan has not reached them yet."""
    anchor = next((g for g in found if g.start == k and not g.demonym), None)
    if anchor is not None:
        return anchor.entries
    end, n = k, len(tv.words)
    while end < n and end < k + 3 and tv.cap[end] and tv.words[end].isalpha():
        end += 1
    if end == k:
        return ()
    return tuple(
        e for e in gaz.lookup(norm(" ".join(tv.words[k:end]))) if e.primary and 2 <= e.rank <= 4
    )


# how near a listed town lies to the town listed beside it ("a bid by Bournemouth,
# Christchurch and Poole": Bournemouth, 10 km from Christchurch, Dorset)
LISTED_KM = 60.0


def _listed_beside_town(tv, gaz, f: _Found, found: list[_Found]) -> bool:
    """``f`` listed right before another name with a comma between, a list of three or more
    ("a bid by Bournemouth, Christchurch and Poole", "Lovejoy, Jonesboro, Mundy's Mill and
    North Clayton high schools"), has a town reading within LISTED_KM of one of that name's
    towns: towns of one list lie together, and two namesakes side by side are no chance. Not
    a pair joined by "and" alone ("the Gaston and Swansea area schools"), which says less.
    People's names listed before a town ("Smith, Jones and Boston") have no town of theirs
    beside it."""
    k, n = f.end, len(tv.words)
    if k + 1 >= n or tv.words[k] != "," or _a_given_name(tv, gaz, f):
        return False
    k += 1
    near = _readings_at(tv, gaz, found, k)
    return any(
        great_circle_km(e.lat, e.lon, a.lat, a.lon) <= LISTED_KM
        for e in f.entries
        if e.primary and e.rank == 4
        for a in near
        if a.rank == 4
    )


def _a_given_name(tv, gaz, f: _Found) -> bool:
    """``f`` is a given name too ("Lincoln, Washington and Jefferson", "Jackson, Madison and
    Monroe"): a list of people's names as often as of towns, and two namesakes of famous men
    lie near each other by chance in a land of namesakes; the list places no such name."""
    return bool(gaz.is_given_name(norm(" ".join(tv.words[f.start : f.end]))))


class TownRules(NameEvidence):
    """Towns, seats and states read by their local context."""

    def _state_not_country(self, doc, text: str, found: list[_Found]) -> list[_Found]:
        """A name that is a country and a US state ("Georgia") is the state where the text
        names a US state's public bodies ("state lawmakers", "state ethics", "the Public
        Service Commission", "Gov. Sonny Perdue", "the lieutenant governor"), as no foreign
        country's news writes them, or the name itself qualifies a thing after "a" ("A Georgia
        choir": a country's is written as its adjective, "a Georgian choir");
        not where another name of the text lies in the country or a neighbour ("Georgia",
        "Tbilisi" and "Russia" in a US paper that also quotes a state senator)."""
        both = [
            f
            for f in found
            if not f.demonym
            and any(e.rank == 0 and e.primary for e in f.entries)
            and any(e.rank == 2 and e.primary and e.country == "US" for e in f.entries)
        ]
        if not both:
            return found
        bodies = _STATE_BODIES.search(text) is not None
        for f in both:
            if not bodies and not _state_thing(doc, f):
                continue
            country = next(e.country for e in f.entries if e.rank == 0 and e.primary)
            near = {country, *self.gaz.neighbours.get(country or "", ())}
            if any(
                g.entries and g.entries[0].country in near and g.entries[0].rank != 2
                for g in found
                if g not in both
            ):
                continue
            f.entries = tuple(e for e in f.entries if e.rank != 0)
        return found

    def _knows_named(
        self, ctx: _DocContext, f: _Found, doc, named: Counter, blocked, found: list[_Found]
    ) -> bool:
        """:meth:`_DocContext.knows` for a name the recogniser called a person or an
        organisation: a town of a country the text names is no evidence for a given name that
        it calls so at every mention, more than once, with no mention where local news names a
        town ("Lincoln" the president, 16 times in a US story; not "Alexandria police")."""
        key = name_key(doc, f.start, f.end)
        if key in ctx.names or named[key] < 2 or not self.gaz.is_given_name(key):
            return ctx.knows(f, doc)
        cued = any(
            self._local_cue(doc, _Found(s, e, f.entries, "blocked"), found)
            for s, e, _ in blocked
            if e - s == 1 and norm(doc[s].text) == key
        )
        return cued and ctx.knows(f, doc)

    def _works_named_for(self, doc, f: _Found, ctx: _DocContext) -> bool:
        """ "The Balaklava thermal power station was attacked": a name between "the" and a
        works' noun, past up to three words in lower case that say its kind ("thermal power",
        "naval"), is the town the works stand at, as it is after "near": a town's main name
        of ``MIN_POP_REGION`` people or more, in a country the text names otherwise. Not an
        English word or a given name ("the Shell refinery", "the Marathon refinery": a
        firm's), nor a town of a country the text does not name ("the Tata power plant" of an
        Indian story is no town of Hungary)."""
        tv = view(doc)
        if f.start == 0 or tv.lower[f.start - 1] != "the" or f.end - f.start > 2:
            return False
        k = f.end
        while k < len(doc) and k - f.end < 4 and tv.lower[k] not in WORKS_NOUNS:
            if not (doc[k].is_lower and doc[k].is_alpha) and tv.words[k] != "-":
                return False
            k += 1
        if k >= len(doc) or tv.lower[k] not in WORKS_NOUNS or not doc[k].is_lower:
            return False
        key = name_key(doc, f.start, f.end)
        if key in self._common or key in self._stop or self.gaz.is_given_name(key):
            return False
        named = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
        return not _written_lower(doc, f) and any(
            e.primary and e.rank == 4 and e.population >= MIN_POP_REGION and e.country in named
            for e in f.entries
        )

    def _local_cue(self, doc, f: _Found, found: list[_Found]) -> bool:
        """What local news says around a town's name, however small the town: "in Lombard",
        "near Grapeland", or the town's own public body after it ("Whitestown Town Hall",
        "Oakdale Fire Department", "Dublin Mayor Marilee Chinnici-Zuercher"). A spelling that is
        only an alternate name counts after a preposition for a town of some size ("in Hodeidah",
        GeoNames' Al Hudaydah), when no place of its size bears it as its main name."""
        main = any(e.primary and 2 <= e.rank <= 4 for e in f.entries)
        if _renamed(doc, f):
            return True  # "the capital, renamed Nursultan in 2019": the place's other name
        if not main and not self._news_spelling(doc, f, MIN_POP_ALT_LOCAL):
            return False  # a small place's alternate name is no evidence ("Dr", "Olivia")
        tv = view(doc)
        if f.start > 0 and tv.cap[f.start - 1] and tv.words[f.start - 1].isalpha():
            return False  # inside a longer name ("Laurel County Fiscal Court")
        if main and self._civic_after(doc, f):
            return True
        if f.end < len(doc) and (tv.words[f.end] == "-" or doc[f.end].like_num):
            return False  # "in Talla 2": a room; "from Neo-classicism": a prefix
        joined = f.start > 0 and tv.words[f.start - 1] in ("-", "–")  # "Miami-Dade police"
        if main and not joined and (_resident_of(doc, f) or _residents_open_sentence(doc, f)):
            return True
        if main and _person_of(doc, f, found):
            return True  # "Tom Reed of Pharr", in a story of McAllen: where the person lives
        if main and not joined and f.end < len(doc) and tv.words[f.end] in LOCAL_BODIES:
            return True  # "arrested by Danbury police"
        if main and _port_of(doc, f):
            return True
        if main and _named_event(tv, f):
            return True  # "the Srebrenica genocide", spaCy's person
        if main and _by_bearing(tv, self.gaz, f, found):
            return True  # "Hillegom, south of Haarlem"
        if main and _listed_beside_town(tv, self.gaz, f, found):
            return True  # "Bournemouth, Christchurch and Poole"
        if main and _named_after_kind(tv, f) and _country_in_sight(doc, f, found):
            return True  # "the island of Andros", "the islands of Andros, Mykonos and Tinos"
        return f.start > 0 and tv.lower[f.start - 1] in LOCATIVE | {"toward", "towards"}

    def _part_of_town(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "the American Legion Post 31 in Penacook": after "in" or "near", a name that is only
        an alternate name of a town of MIN_POP_ALT_LOCAL people, in a state (a first-level
        region) where another name of the text lies, is a part of that town GeoNames lists
        under it (Penacook, a village of Concord, New Hampshire, beside Epsom); not a given
        name nor an English word ("in Olivia", "near Dr"), nor a sentence's first word."""
        if any(e.primary for e in f.entries) or not self._word_after(doc, f, ("in", "near")):
            return False
        towns = {
            (e.country, e.admin1)
            for e in f.entries
            if e.rank == 4 and e.population >= MIN_POP_ALT_LOCAL and e.admin1
        }
        return any(
            (e.country, e.admin1) in towns
            for g in found
            if not g.demonym
            for e in g.entries
            if e.primary and 2 <= e.rank <= 4
        )

    def _word_after(self, doc, f: _Found, words: tuple[str, ...]) -> bool:
        """A single capitalised word right after one of ``words``, neither a given name nor an
        English word, and not written in lower case elsewhere in the text."""
        if f.end - f.start != 1 or not doc[f.start].is_alpha or f.start == 0:
            return False
        if doc[f.start - 1].lower_ not in words:
            return False
        key = norm(doc[f.start].text)
        if key in self._common or key in self._stop or self.gaz.is_given_name(key):
            return False
        return not _written_lower(doc, f)

    def _district_of_world_city(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "Ontario fans travelled to London to watch the game at Wembley": after "at", "in"
        or "near", a single word spaCy left unlabelled or called an organisation, whose own
        name is a place of MIN_POP_ALT_LOCAL people within DISTRICT_KM of a city of a million
        that another name of its sentence may be read as (London, England), is that city's
        district or landmark, read as a place, and evidence of which city the text means; not
        a given name ("the game at Chelsea") nor an English word, nor a sentence's first
        word."""
        if not self._word_after(doc, f, ("at", "in", "near")):
            return False
        key = norm(doc[f.start].text)
        own = [
            e
            for e in f.entries
            if e.primary
            and e.rank == 4
            and e.population >= MIN_POP_ALT_LOCAL
            and norm(e.name) == key
        ]
        if not own:
            return False
        i, j = _sentence(view(doc), f)
        return any(
            great_circle_km(e.lat, e.lon, w.lat, w.lon) <= DISTRICT_KM
            for g in found
            if g is not f and not g.demonym and i <= g.start and g.end <= j
            for w in g.entries
            if w.rank == 4 and w.population >= WORLD_CITY_POP
            for e in own
        )

    def _legislators_homes(self, doc, found: list[_Found]) -> list[_Found]:
        """ "Ricky Moye, D-Raleigh", "Rep. Jay Roberts (R-Ocilla)": after a legislator's party
        letter, the town or county of the seat, in a state the text names (Raleigh County,
        West Virginia, in a story of its House of Delegates; not Raleigh, North Carolina):
        the name's towns and the counties of its name there. Nothing where the text names no
        state with such a reading."""
        states = {
            (e.country, e.admin1)
            for g in found
            if not g.demonym
            for e in g.entries
            if e.rank == 2 and e.primary
        }
        out: list[_Found] = []
        if not states:
            return out
        tv = view(doc)
        words, cap = tv.words, tv.cap
        n = len(doc)
        for k in range(1, n - 2):
            if (
                words[k] not in ("D", "R", "I")
                or words[k + 1] != "-"
                or words[k - 1] not in (",", "(")
            ):
                continue
            if doc[k].whitespace_ or doc[k + 1].whitespace_ or not cap[k + 2]:
                continue
            j = k + 2
            while j < n and j < k + 5 and cap[j] and doc[j].is_alpha:
                j += 1
            if j == k + 2:
                continue
            name = name_key(doc, k + 2, j)
            if any(e.rank in (0, 1, 2) for e in self.gaz.lookup(name)):
                continue  # "Sen. John Cornyn, R-Texas": a senator's state, not Texas County
            entries = tuple(
                e
                for key in (name, f"{name} county")
                for e in self.gaz.lookup(key)
                if e.primary and e.rank in (3, 4) and (e.country, e.admin1) in states
            )
            if entries:
                out.append(_Found(k + 2, j, entries, "gaz"))
        return out

    def _settlement_named_for(self, doc, f: _Found) -> bool:
        """ "the Madison Creek and Hampton Hills apartment complexes": a town's name before a
        settlement's word that makes a longer name the gazetteer lacks is that place's (an
        estate, a quarter), not the town it is named for, which may lie in another state
        (Hampton, Virginia, had pulled a Texas story's Arlington there); where the gazetteer
        has the longer name the scan reads it ("Iowa Falls"). Not a state's or a country's
        name: "a Tennessee Colony man" keeps a reading, if a wrong one."""
        if f.demonym or f.end >= len(doc) or doc[f.end].text not in SETTLEMENT_WORDS:
            return False
        if any(e.rank in (0, 1, 2, 5) for e in f.entries):
            return False
        return not self.gaz.has_name(name_key(doc, f.start, f.end + 1))

    def _listed_with_town(self, doc, seg: _Found, found: list[_Found], person_words) -> bool:
        """ "supplies Perth, Kalgoorlie and the Goldfields": a name spaCy calls a person, listed
        (a comma or "and" between) beside a town it found, is a place where it is a town of
        MIN_POP_REGION people in the first-level region of that town's most populous namesake:
        names of one list are of one kind, and two towns of one state side by side are no
        chance. Only the most populous namesake counts: "Douglas, Lancaster and Sarpy"
        (Nebraska's counties) gives Douglas of the Isle of Man, so Lancaster, California is no
        reading to add. Not a given name, nor a word of a person's name in the text ("Perth
        and Jackson met")."""
        key = name_key(doc, seg.start, seg.end)
        if key in person_words or self.gaz.is_given_name(key):
            return False
        words = view(doc).words
        beside = [
            g
            for g in found
            if g.entries
            and not g.demonym
            and g.source == "ner"
            and (
                (g.end == seg.start - 1 and words[g.end] in (",", "and"))
                or (g.start == seg.end + 1 and words[seg.end] in (",", "and"))
            )
        ]
        # each neighbour's most populous town: "Douglas" is read in many states, and one of
        # them is no evidence
        regions = {
            (top.country, top.admin1)
            for g in beside
            if (towns := [e for e in g.entries if e.rank == 4])
            for top in (max(towns, key=lambda e: e.population),)
        }
        return any(
            e.primary
            and e.rank == 4
            and e.population >= MIN_POP_REGION
            and (e.country, e.admin1) in regions
            for e in seg.entries
        )
