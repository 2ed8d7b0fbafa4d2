"""The gazetteer: GeoNames-derived entries in SQLite plus the curated layer from geodata/curated.

Entries are plain tuples inside this module and :class:`~explorer.model.Candidate` outside it.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from explorer.geoparse.names import norm, skeleton
from explorer.geoparse.schema import (
    COORD_SCALE,
    RANK_ADMIN1,
    RANK_ADMIN2,
    RANK_CITY,
    RANK_CONTINENT,
    RANK_COUNTRY,
    RANK_CURATED,
    SCHEMA_VERSION,
    default_path,
)
from explorer.model import Candidate, Country, great_circle_km
from explorer.paths import geodata_dir


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry, as the resolver sees it."""

    gid: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str | None
    admin1: str
    population: int
    rank: int  # 0 country, 1 continent, 2 admin1, 3 admin2, 4 city, 5 curated
    capital: bool = False
    primary: bool = True  # the name looked up is the entry's main name or a curated alias
    institution: bool = False  # "the Kremlin": a seat of government, named for the government
    alias: bool = False  # the name looked up is a curated alias (geodata/gazetteer/aliases.tsv)

    def candidate(self, score: float = 0.0) -> Candidate:
        return Candidate(
            gazetteer_id=self.gid,
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            kind=self.kind,
            country=self.country or None,
            population=self.population,
            score=round(score, 4),
            admin1=self.admin1 or "",
        )


# the people of a town that makes it a city whose wards and streets are no towns of their own
CITY_POP = 100_000


class Gazetteer:
    """Name lookups over the built SQLite file and the curated GeoJSON layer."""

    def __init__(self, path: Path, curated_dir: Path | None = None) -> None:
        self.path = Path(path)
        # one connection per thread: the app may geoparse from a worker thread
        self._local = threading.local()
        db = self._db()
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise RuntimeError(
                f"{path} is an old gazetteer: rebuild with python -m explorer.geoparse.build"
            )
        self.demonyms: dict[str, str] = dict(db.execute("SELECT norm, country FROM demonyms"))
        self.neighbours: dict[str, frozenset[str]] = {}
        pairs: dict[str, set[str]] = {}
        for a, b in db.execute("SELECT country, neighbour FROM neighbours"):
            pairs.setdefault(a, set()).add(b)
        self.neighbours = {k: frozenset(v) for k, v in pairs.items()}
        self._given: frozenset[str] = frozenset(
            r[0] for r in db.execute("SELECT norm FROM given_names")
        )
        self.countries: dict[str, Entry] = {}
        for r in db.execute(f"{_SELECT} WHERE e.kind='country'"):
            e = _entry(r, True)
            if e.country:
                self.countries[e.country] = e
        self._curated: dict[str, list[Entry]] = {}
        self._curated_by_id: dict[str, tuple[Entry, dict]] = {}
        self._bare: dict[str, list[Entry]] = {}
        self._curated_types: dict[str, str] = {}  # a curated id's type: "river", "lake", "base"
        self._load_curated(curated_dir or geodata_dir() / "curated")
        # what each name looked up gave: most names a text holds are asked more than once,
        # and most of them (85%) are no gazetteer name
        self._found: dict[str, tuple[Entry, ...]] = {}
        self._by_skeleton: dict[str, tuple[Entry, ...]] = {}
        self._cities: list[tuple[float, float]] | None = None  # see :meth:`city_within`
        # the first-level units' rows by folded English name, read once; their entries made
        # when a name is asked, and the names by all their words but the last
        self._english_rows: dict[str, list[tuple]] | None = None
        self._english_units: dict[str, tuple[Entry, ...]] = {}
        self._english_heads: dict[str, list[str]] = {}
        # those names' heads by the first-level region of their rows, made when first asked
        self._english_heads_by_region: dict[tuple[str | None, str], frozenset[str]] | None = None
        # each country's first-level units by every folded name, read when first asked
        self._unit_names: dict[str, tuple[tuple[str, Entry], ...]] = {}

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def _load_curated(self, folder: Path) -> None:
        for f in sorted(folder.glob("*.geojson")):
            for feat in json.loads(f.read_text(encoding="utf-8"))["features"]:
                p, geom = feat["properties"], feat["geometry"]
                lat, lon = _representative(p, geom)
                e = Entry(
                    gid=f"curated:{p['id']}",
                    name=p["name"],
                    lat=lat,
                    lon=lon,
                    kind=p["kind"],
                    country=p.get("country"),
                    admin1="",
                    population=0,
                    rank=RANK_CURATED,
                    institution=bool(p.get("institution")),
                )
                self._curated_by_id[e.gid] = (e, geom)
                self._curated_types[e.gid] = p.get("type", "")
                # a name that also names a town, a country or a firm is read as the feature
                # only where the text gives its sense (`features.read_features`)
                bare = p.get("bare", [])
                for name in bare:
                    self._bare.setdefault(norm(name), []).append(e)
                for alias in {p["name"], *p.get("aliases", [])}.difference(bare):
                    key = norm(alias)
                    if key.startswith("the "):
                        key = key[4:]
                    bucket = self._curated.setdefault(key, [])
                    if e not in bucket:
                        bucket.append(e)

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded name is ``key``; curated ones first, one per entry."""
        found = self._found.get(key)
        if found is None:
            rows = self._db().execute(f"{_SELECT_NAMES} WHERE n.norm = ?", (key,))
            found = self._entries(key, rows)
            spelled = _written_out(key)
            if spelled != key:
                found = _merged(found, self.lookup(spelled))
            found = self._keep(key, found)
        return found

    def prefetch(self, keys: Iterable[str]) -> None:
        """Look up many names in a few queries, so that :meth:`lookup` answers them from
        memory: one query per name costs about four times as much as a name of a query of
        hundreds (mostly the statement's own cost; the file is in the OS's cache)."""
        todo = [k for k in dict.fromkeys(keys) if k not in self._found]
        # a "st" name held in no form is asked again as "sint" (``_dutch_saint``): those are
        # fetched with the batch, not one by one after it
        saints = [f"sint {k[3:]}" for k in todo if k.startswith("st ")]
        if saints:
            self.prefetch(saints)
        # "mt pleasant" is also "mount pleasant": the names written out are asked first
        spelled = {k: s for k in todo if (s := _written_out(k)) != k}
        if spelled:
            self.prefetch(s for s in spelled.values())
            todo = [k for k in todo if k not in spelled]
            for k in spelled:
                self.lookup(k)
        db = self._db()
        for at in range(0, len(todo), PREFETCH_CHUNK):
            part = todo[at : at + PREFETCH_CHUNK]
            # the rows of the names that have any (most asked have none: no empty list made
            # for each, a container Python's collector would count)
            rows: dict[str, list[tuple]] = {}
            marks = ",".join("?" * len(part))
            for r in db.execute(f"{_SELECT_NAMES} WHERE n.norm IN ({marks})", part):
                rows.setdefault(r[-1], []).append(r)
            for k in part:
                self._keep(k, self._entries(k, rows.get(k, ())))

    def _keep(self, key: str, found: tuple[Entry, ...]) -> tuple[Entry, ...]:
        if not found and key.startswith("st "):
            found = self._dutch_saint(key)
        if len(self._found) >= LOOKUPS_KEPT:
            self._found.clear()  # a bound on memory over a long run; answers stay the same
        self._found[key] = found
        return found

    def _dutch_saint(self, key: str) -> tuple[Entry, ...]:
        """ "St. Eustatius", "St. Niklaas": English writes "St." for the Dutch "Sint" too, and
        GeoNames holds such places only under "Sint". Asked only of a name held in no other
        form, and read only as a place whose main name is the "Sint" one and that is a land, a
        region or a town of DUTCH_SAINT_POP people or more: a saint's chapel or day ("the
        chapel of St. Joris") is not a village of Brabant."""
        return tuple(
            e
            for e in self.lookup("sint " + key[3:])
            if e.primary and (e.rank < RANK_CITY or e.population >= DUTCH_SAINT_POP)
        )

    def _entries(self, key: str, rows: Iterable[tuple]) -> tuple[Entry, ...]:
        """The entries of ``key`` from its rows of the names table (one row per entry, its
        is_primary at index 11)."""
        out = list(self._curated.get(key, ()))
        # Countries first, then continents, towns and regions: recognition reads the first.
        ordered = sorted(rows, key=lambda r: (_RANK_ORDER.get(r[9], 9), r[0]))
        if ordered:
            spelled = _unabbreviated(key)
            out.extend(
                _entry(r, bool(r[11]) or _unabbreviated(norm(r[2])) == spelled, r[11] == 2)
                for r in ordered
            )
        return tuple(out)

    def city_within(self, lat: float, lon: float, km: float) -> bool:
        """Whether a town of CITY_POP people or more lies within ``km`` of the point (its
        towns read once, at the first question: a few thousand rows)."""
        if self._cities is None:
            rows = self._db().execute(
                "SELECT lat, lon FROM entries WHERE rank = 4 AND population >= ?", (CITY_POP,)
            )
            self._cities = [(a / COORD_SCALE, b / COORD_SCALE) for a, b in rows]
        # a box of degrees first: a degree of latitude is 111 km, of longitude that by cos(lat)
        box_lat = km / 111.0
        box_lon = km / (111.0 * max(math.cos(math.radians(lat)), 0.01))
        return any(
            abs(a - lat) <= box_lat
            and abs(b - lon) <= box_lon
            and great_circle_km(lat, lon, a, b) <= km
            for a, b in self._cities
        )

    def units_in_english(self, key: str) -> tuple[Entry, ...]:
        """The first-level units whose English name (CLDR's, the one shown: admin1_names) is
        ``key``, where GeoNames' own differs ("Gegharkunik" for "Geghark'unik'i Marz"). The
        rows are read once, on the first call (a few thousand), a name's entries when it is
        first asked (a text asks a handful)."""
        rows = self._english_rows
        if rows is None:
            rows = self._read_english_units()
        if key not in rows:
            return ()
        found = self._english_units.get(key)
        if found is None:
            found = self._english_units[key] = tuple(_entry(r, True) for r in rows[key])
        return found

    def _read_english_units(self) -> dict[str, list[tuple]]:
        units: dict[str, list[tuple]] = {}
        rows = self._db().execute(
            _SELECT_ANY.format(extra=", a.name")
            + " JOIN admin1_names a ON a.country = e.country AND a.admin1 = e.admin1"
            f" WHERE e.rank = {RANK_ADMIN1}"
        )
        for r in rows:
            units.setdefault(norm(r[-1]), []).append(r)
        heads: dict[str, list[str]] = {}
        for name in units:  # in the rows' order, as the units are listed
            if " " in name:
                heads.setdefault(name.rsplit(" ", 1)[0], []).append(name)
        self._english_heads, self._english_rows = heads, units
        return units

    def unit_names(self, country: str) -> tuple[tuple[str, Entry], ...]:
        """Every folded name of ``country``'s first-level units (GeoNames' main and other names,
        and the English one shown), each with its unit's entry: a few dozen rows a country, for
        names matched by a looser key than the lookup's. Every country's are read at the first
        call, in one pass (:meth:`_read_unit_names`)."""
        if not self._unit_names:
            self._unit_names = self._read_unit_names()
        return self._unit_names.get(country, ())

    def _read_unit_names(self) -> dict[str, tuple[tuple[str, Entry], ...]]:
        """The names of every first-level unit, by country. ``names`` has no index on its
        entry, so any query that joins it to a few entries scans all of it (about 0.8 s, once
        for each country asked before): here it is scanned once for every unit at once."""
        db = self._db()
        units = {
            r[0]: _entry(r, False)
            for r in db.execute(_SELECT_ANY.format(extra="") + f" WHERE e.rank = {RANK_ADMIN1}")
        }
        pairs: dict[str, list[tuple[str, Entry]]] = {}
        for entry, name in db.execute(
            "SELECT entry, norm FROM names"
            f" WHERE entry IN (SELECT id FROM entries WHERE rank = {RANK_ADMIN1})"
        ):
            e = units[entry]
            pairs.setdefault(e.country or "", []).append((name, e))
        self.units_in_english("")  # read the English names once
        for name, unit_rows in (self._english_rows or {}).items():
            for r in unit_rows:
                e = _entry(r, False)
                pairs.setdefault(e.country or "", []).append((name, e))
        return {country: tuple(found) for country, found in pairs.items()}

    def units_in_english_with_word(self, key: str) -> tuple[Entry, ...]:
        """The first-level units whose English name is ``key`` and one word more, the unit's
        own word ("Krasnodar Krai", "Zabaykalsky Krai" for "the Krasnodar region")."""
        self.units_in_english("")  # read them once
        found: list[Entry] = []
        for name in self._english_heads.get(key, ()):
            found += self.units_in_english(name)
        return tuple(found)

    def english_heads_in(self, region: tuple[str | None, str]) -> frozenset[str]:
        """The keys for which :meth:`units_in_english_with_word` gives a unit of ``region`` (its
        country and first-level code): the region's folded English names but their last word
        ("krasnodar" of "Krasnodar Krai"). A key outside them gives no unit of the region, so a
        rule that wants only the units of a few regions needs to fold and ask no other name.
        Made for every region at once, from the rows read once, on the first call."""
        by_region = self._english_heads_by_region
        if by_region is None:
            rows = self._english_rows
            if rows is None:
                rows = self._read_english_units()
            heads: dict[tuple[str | None, str], set[str]] = {}
            for name, units in rows.items():
                if " " in name:
                    head = name.rsplit(" ", 1)[0]
                    for r in units:  # country, admin1: as :func:`_entry` reads them
                        heads.setdefault((r[6], r[7] or ""), set()).add(head)
            by_region = {k: frozenset(v) for k, v in heads.items()}
            self._english_heads_by_region = by_region
        return by_region.get(region, frozenset())

    def units_joined_by_hyphens(self, head: str) -> tuple[tuple[str, Entry], ...]:
        """The first-level units whose name joins its parts by hyphens and whose English name
        opens with the folded word ``head`` ("Souss-Massa-Draa" for "souss"), each with its
        folded English name (the rows read once, as by :meth:`units_in_english`)."""
        self.units_in_english("")  # read them once
        out: list[tuple[str, Entry]] = []
        for name in self._english_rows or ():
            if name.split(" ", 1)[0] == head:
                out += [(name, e) for e in self.units_in_english(name) if "-" in e.name]
        return tuple(out)

    def units_in_english_ending(self, key: str) -> tuple[Entry, ...]:
        """The first-level units whose English name is words before ``key`` ("Azad Kashmir"
        for "kashmir", "West Bengal" for "bengal")."""
        rows = self._english_rows
        if rows is None:
            rows = self._read_english_units()
        found: list[Entry] = []
        tail = " " + key
        for name in rows:
            if key and name.endswith(tail):
                found += self.units_in_english(name)
        return tuple(found)

    def by_skeleton(self, key: str) -> tuple[Entry, ...]:
        """Entries whose main name has the transliteration skeleton of ``key`` (see
        :func:`~explorer.geoparse.names.skeleton`): candidates for a spelling the gazetteer
        lacks ("Hodeidah" for Al Hudaydah). Kept by skeleton: half of the names asked are asked
        again (517 questions, 262 skeletons, for 318 articles), and a common one has hundreds."""
        sk = skeleton(key)
        if len(sk) < 3:
            return ()
        found = self._by_skeleton.get(sk)
        if found is None:
            rows = self._db().execute(
                f"{_SELECT} JOIN skeletons s ON e.id = s.entry WHERE s.key = ?", (sk,)
            )
            found = tuple(_entry(r, False) for r in rows)
            if len(self._by_skeleton) >= SKELETONS_KEPT:
                self._by_skeleton.clear()  # a bound on memory, as for the names
            self._by_skeleton[sk] = found
        return found

    def spelled_like(self, key: str) -> bool:
        """Whether some main name has the skeleton of ``key``: ``bool(by_skeleton(key))``
        without reading the entries (a common skeleton has hundreds)."""
        sk = skeleton(key)
        if len(sk) < 3:
            return False
        row = self._db().execute("SELECT 1 FROM skeletons WHERE key = ? LIMIT 1", (sk,))
        return row.fetchone() is not None

    def is_given_name(self, key: str) -> bool:
        """A first name in the given-name list built into the gazetteer ("olivia")."""
        return key in self._given

    def has_name(self, key: str) -> bool:
        return bool(self.lookup(key))

    def curated(self, key: str) -> tuple[Entry, ...]:
        """The curated features (seas, areas, sites) named ``key``, read from memory: no query."""
        return tuple(self._curated.get(key, ()))

    def curated_type(self, gazetteer_id: str) -> str:
        """A curated feature's type ("river", "range", "lake", "power_plant"), else ""."""
        return self._curated_types.get(gazetteer_id, "")

    def bare_features(self) -> dict[str, list[Entry]]:
        """The curated rivers, ranges and deserts by their names of other senses ("dnipro",
        "amazon", "andes"): read only where the text gives the feature's sense."""
        return self._bare

    def demonym(self, text: str) -> Entry | None:
        iso = self.demonyms.get(norm(text))
        return self.countries.get(iso) if iso else None

    def country_facts(self) -> list[Country]:
        """Every country with its demonyms and capital: the states extraction recognises."""
        dems: dict[str, list[str]] = {}
        for folded, iso in sorted(self.demonyms.items()):
            # folded keys are lower case; news writes demonyms capitalised ("Sudanese")
            dems.setdefault(iso, []).append(" ".join(w.capitalize() for w in folded.split()))
        capitals: dict[str, tuple[int, str]] = {}
        for name, iso, pop in self._db().execute(
            "SELECT name, country, population FROM entries WHERE capital = 1 AND kind = 'city'"
        ):
            if iso and pop >= capitals.get(iso, (-1, ""))[0]:
                capitals[iso] = (pop, name)
        return [
            Country(iso, e.name, tuple(dems.get(iso, ())), capitals.get(iso, (0, None))[1])
            for iso, e in sorted(self.countries.items())
        ]

    def get(self, gazetteer_id: str) -> Candidate:
        e = self.entry(gazetteer_id)
        if e is None:
            raise KeyError(gazetteer_id)
        return e.candidate()

    def entry(self, gazetteer_id: str) -> Entry | None:
        if gazetteer_id in self._curated_by_id:
            return self._curated_by_id[gazetteer_id][0]
        src, _, rest = gazetteer_id.partition(":")
        if src == "geonames" and rest.isdigit():
            row_id = int(rest)
        else:
            found = (
                self._db()
                .execute("SELECT id FROM other_ids WHERE gid = ?", (gazetteer_id,))
                .fetchone()
            )
            if found is None:
                return None
            row_id = found[0]
        r = self._db().execute(f"{_SELECT} WHERE e.id = ?", (row_id,)).fetchone()
        return _entry(r, True) if r else None

    def geometry(self, gazetteer_id: str) -> dict:
        """GeoJSON geometry: the curated line or polygon when there is one, else a Point.

        Countries come back as a Point at a representative interior point; their ``kind`` is
        "country" so that the map can draw them as countries rather than as a located point.
        """
        if gazetteer_id in self._curated_by_id:
            return dict(self._curated_by_id[gazetteer_id][1])
        if gazetteer_id.startswith("country:"):
            from explorer.outlines import country_shape

            shape = country_shape(gazetteer_id.removeprefix("country:"))
            if shape is None:
                raise KeyError(gazetteer_id)
            return shape
        e = self.entry(gazetteer_id)
        if e is None:
            raise KeyError(gazetteer_id)
        return {"type": "Point", "coordinates": [e.lon, e.lat]}


_RANK_ORDER = {RANK_COUNTRY: 0, RANK_CONTINENT: 1, RANK_CITY: 2, RANK_ADMIN1: 3, RANK_ADMIN2: 4}

# entries with the gazetteer id of those that have no GeoNames id
_SELECT = (
    "SELECT e.id, o.gid, e.name, e.lat, e.lon, e.kind, e.country, e.admin1, e.population, "
    "e.rank, e.capital{extra} FROM entries e LEFT JOIN other_ids o ON o.id = e.id"
)
# with each name's row of the names table: is_primary at index 11, the folded name last
_SELECT_ANY = _SELECT
_SELECT, _SELECT_NAMES = (
    _SELECT.format(extra=""),
    _SELECT.format(extra=", n.is_primary, n.norm") + " JOIN names n ON e.id = n.entry",
)
# names a prefetch query asks at once (SQLite allows 32,766 parameters)
PREFETCH_CHUNK = 500
LOOKUPS_KEPT = 200_000
SKELETONS_KEPT = 20_000


# the fewest people of a town named "Sint ..." read from an English "St." (see
# ``Gazetteer._dutch_saint``)
DUTCH_SAINT_POP = 10_000

# abbreviations of a name's generic word that news and GeoNames each write their own way
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _unabbreviated(key: str) -> str:
    """A folded name with its generic words written out: "St. Petersburg" is the main name of
    the city GeoNames calls "Saint Petersburg", not one of its alternate names."""
    return " ".join(_ABBREVIATIONS.get(w, w) for w in key.split())


# the abbreviations whose places GeoNames does not all list under the short form: "Mt." and
# "Ft." are a mountain's and a fort's word in any town named for one; "St." is not looked up
# written out ("St. Patrick's Day", "St. Michael's Hospital" are a saint's, and GeoNames lists
# the "St." form of most towns named for a saint)
_WRITTEN_OUT = {"mt": "mount", "ft": "fort"}


def _written_out(key: str) -> str:
    """ "mt pleasant" -> "mount pleasant"."""
    return " ".join(_WRITTEN_OUT.get(w, w) for w in key.split())


def _merged(found: tuple[Entry, ...], spelled: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The entries of an abbreviated name ("Mt. Pleasant") and of the name written out
    ("Mount Pleasant"): GeoNames lists the abbreviation as another name of only some of its
    places (Michigan's Mount Pleasant, not Iowa's), and news writes it for any of them."""
    have = {e.gid for e in found}
    return found + tuple(e for e in spelled if e.gid not in have)


# Entry's fields written straight into its slots: a frozen dataclass's ``__init__`` sets each
# through ``object.__setattr__``, some 5 µs an entry with keywords against under 2 µs so, and
# a first pass over 318 articles makes about 13,600 entries. The same values in every field:
# equal entries, the same hashes.
_NEW = object.__new__
(
    _PUT_GID,
    _PUT_NAME,
    _PUT_LAT,
    _PUT_LON,
    _PUT_KIND,
    _PUT_COUNTRY,
    _PUT_ADMIN1,
    _PUT_POPULATION,
    _PUT_RANK,
    _PUT_CAPITAL,
    _PUT_PRIMARY,
    _PUT_INSTITUTION,
    _PUT_ALIAS,
) = (Entry.__dict__[f.name].__set__ for f in fields(Entry))


def _entry(r: tuple, primary: bool, alias: bool = False) -> Entry:
    # id, gid (None for a GeoNames entry), name, lat, lon, kind, country, admin1, population,
    # rank, capital
    e = _NEW(Entry)
    _PUT_GID(e, r[1] or f"geonames:{r[0]}")
    _PUT_NAME(e, r[2])
    _PUT_LAT(e, r[3] / COORD_SCALE)
    _PUT_LON(e, r[4] / COORD_SCALE)
    _PUT_KIND(e, r[5])
    _PUT_COUNTRY(e, r[6])
    _PUT_ADMIN1(e, r[7] or "")
    _PUT_POPULATION(e, r[8])
    _PUT_RANK(e, r[9])
    _PUT_CAPITAL(e, bool(r[10]))
    _PUT_PRIMARY(e, primary)
    _PUT_INSTITUTION(e, False)
    _PUT_ALIAS(e, alias)
    return e


def _representative(props: dict, geom: dict) -> tuple[float, float]:
    if props.get("point"):
        return float(props["point"][0]), float(props["point"][1])
    if geom["type"] == "Point":
        lon, lat = geom["coordinates"][:2]
        return float(lat), float(lon)
    coords = geom["coordinates"][0] if geom["type"] == "Polygon" else geom["coordinates"]
    if geom["type"] == "LineString":
        lon, lat = coords[len(coords) // 2]
        return float(lat), float(lon)
    return (
        sum(c[1] for c in coords) / len(coords),
        sum(c[0] for c in coords) / len(coords),
    )


_lock = threading.Lock()
_cache: dict[str, Gazetteer] = {}


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer, built on first use when the file is missing; cached per path."""
    p = Path(path) if path else default_path()
    with _lock:
        gaz = _cache.get(str(p))
        if gaz is None:
            if not p.exists():
                from explorer.geoparse.build import build

                build(p, verbose=False)
            gaz = Gazetteer(p)
            _cache[str(p)] = gaz
        return gaz


__all__ = ["RANK_ADMIN1", "RANK_CITY", "Entry", "Gazetteer", "load_gazetteer"]
