"""``Gazetteer.unit_names`` reads every country's first-level unit names in one pass over the
names table (which has no index on its entry, so a join per country scanned all of it each
time: 0.85 s a country, 7.3 s for one TR-News story naming nine lands). The pass must give each
country exactly what that join gave, in the same order, beside the English names shown."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.schema import RANK_ADMIN1, default_path


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not default_path().exists():
        pytest.skip("the gazetteer is not built (scripts/setup.sh builds it)")
    return Gazetteer(default_path())


def _joined(country: str) -> list[tuple[str, str]]:
    """The names one query per country gives: (folded name, the unit's admin1 code)."""
    db = sqlite3.connect(default_path())
    try:
        rows = db.execute(
            "SELECT n.norm, e.admin1 FROM entries e JOIN names n ON e.id = n.entry"
            " WHERE e.rank = ? AND e.country = ?",
            (RANK_ADMIN1, country),
        ).fetchall()
    finally:
        db.close()
    return [(name, admin1 or "") for name, admin1 in rows]


@pytest.mark.parametrize("country", ["MN", "FR", "NG", "KH"])
def test_each_country_gets_the_names_its_own_join_gave(gaz, country):
    pairs = gaz.unit_names(country)
    own = [(name, e.admin1) for name, e in pairs[: len(_joined(country))]]
    assert own == _joined(country)
    assert {e.country for _, e in pairs} == {country}
    # the English names shown follow, each the name of one of the land's units
    english = pairs[len(own) :]
    assert english and {e.admin1 for _, e in english} <= {a for _, a in own}


def test_a_land_with_no_units_gets_nothing_and_the_read_is_kept(gaz):
    assert gaz.unit_names("XX") == ()
    first = gaz.unit_names("MN")
    assert gaz.unit_names("MN") is first  # read once, not again for each call
