"""The lead's mend of stop 41: Biafra, the secessionist republic of 1967-70 in south-eastern
Nigeria, is a curated area (geodata/curated/areas.geojson), so its name is no longer read
through its consonant skeleton as Boufféré, a French village, in a story that names France
("Did France arm Biafra's bid to break away from Nigeria?"). Fails on main 5907e99b."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh18" / "docs"


def test_biafra_is_nigerias_not_a_french_village(geoparsing):
    gp = geoparsing[0]
    story = (DOCS / "k01-allafrica-rfi-france-armed-biafra-2017.txt").read_text(encoding="utf-8")
    found = readings(gp.parse(story), "Biafra")
    assert found and set(found) == {"NG"}
    text = "Britain armed Nigeria against the Biafran secession; Biafra fell in January 1970."
    assert readings(gp.parse(text), "Biafra") == ["NG"]
    # the town of Boufféré keeps its own name
    assert readings(gp.parse("The fire in Boufféré, in the Vendée, was put out."), "Boufféré") == [
        "FR"
    ]
