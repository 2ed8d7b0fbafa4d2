"""Constants shared by the gazetteer builder and reader (neither imports the other)."""

from __future__ import annotations

import os
from pathlib import Path

from explorer.paths import geodata_dir

SCHEMA_VERSION = 15  # 10: admin1_names, a region's name by (country, code); 11: country_names;
# 12: admin1_names in English where CLDR names the unit (admin1_names.tsv), for every unit;
# 13: second-level units also under GeoNames' current name ("Mayo"; admin2_names.tsv), and
# first-level units under GeoNames' forms of their names ("Delta State"; admin1_forms.tsv);
# 14: a first-level unit that is a city shown by the city's English name ("Astana", not
# "Astana Qalasy"); 15: neighbours across a narrow sea for countries with no land neighbour
# (Trinidad and Tobago and Venezuela; sea_neighbours.py)

# Stored layout: points as integers of 1e-5 degree; entries without a GeoNames id get a row id
# from OTHER_ID_BASE up (GeoNames ids stay far below it) and their gazetteer id in other_ids.
COORD_SCALE = 100_000
OTHER_ID_BASE = 1_000_000_000

# Feature ranks: lower is broader. Used by recognition and resolution as a prior.
RANK_COUNTRY, RANK_CONTINENT, RANK_ADMIN1, RANK_ADMIN2, RANK_CITY, RANK_CURATED = 0, 1, 2, 3, 4, 5


def default_path() -> Path:
    """Where the built gazetteer lives; EXPLORER_GAZETTEER overrides it."""
    env = os.environ.get("EXPLORER_GAZETTEER")
    if env:
        return Path(env)
    return geodata_dir() / "build" / "gazetteer.sqlite"
