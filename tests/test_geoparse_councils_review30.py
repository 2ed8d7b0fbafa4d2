"""A regional council may govern a first-level region: New Zealand's "Canterbury Regional
Council" and "Wellington Regional Council" are New Zealand's regions, not Australian districts
of the same name (a reviewer found geoq25's council rule had made them Australia's)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wellington Regional Council said bus services in Lower Hutt and Porirua would be"
            " cut next month.",
            "Wellington",
        ),
        (
            "Canterbury Regional Council warned farmers near Christchurch and Timaru about"
            " nitrate levels in groundwater.",
            "Canterbury",
        ),
    ],
)
def test_a_regional_council_of_new_zealand_stays_there(geoparsing, text, name):
    gp, _gz = geoparsing
    got = {t.name: t.candidate.country for t in gp.parse(text) if t.candidate}
    assert got.get(name) == "NZ", got


def test_an_australian_shire_stays_a_shire(geoparsing):
    gp, _gz = geoparsing
    text = "Lachlan Shire Council closed roads near Condobolin after the floods."
    got = {t.name: t.candidate.country for t in gp.parse(text) if t.candidate}
    assert got.get("Lachlan") == "AU", got
