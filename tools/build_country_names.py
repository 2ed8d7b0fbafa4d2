"""Derive ``geodata/gazetteer/country_names.tsv``: each country's name in the other languages
whose news English readers meet most (Spanish, French, German, Portuguese, Italian), so that a
country written in its own or its neighbours' language ("Trinidad y Tobago", "Costa do Marfim",
"Reino Unido") is the country, not a town sharing its first word.

Source: Unicode CLDR's territory names (Unicode License v3, see admin1_names.LICENSE-Unicode.txt),
as shipped in the PyPI package ``babel`` (BSD), which the project already installs (a dependency
of courlan). Only two-letter territory codes (countries and territories, not "Latin America").
The gazetteer build decides which of these names it takes (``_foreign_country_names``).

Usage: python tools/build_country_names.py
The output is committed; the gazetteer build reads it and never runs this script.
"""

from __future__ import annotations

from pathlib import Path

import babel
from babel import Locale

LANGUAGES = ("es", "fr", "de", "pt", "it")
OUT = Path(__file__).resolve().parent.parent / "geodata" / "gazetteer" / "country_names.tsv"


def main() -> int:
    english = Locale.parse("en").territories
    rows: set[tuple[str, str, str]] = set()
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code != "ZZ" and name != english.get(code):
                rows.add((code, lang, name))
    header = (
        "# ISO alpha-2<TAB>language<TAB>the country's name in that language\n"
        f"# Written by tools/build_country_names.py from Unicode CLDR's territory names in PyPI "
        f"babel=={babel.__version__}\n"
        "# (CLDR: Copyright (c) Unicode, Inc., Unicode License v3; babel: BSD)\n"
    )
    body = "".join(f"{c}\t{lang}\t{n}\n" for c, lang, n in sorted(rows))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
