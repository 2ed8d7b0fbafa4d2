"""Wrong events the window showed on a stances batch (benchmarks/data/stances_fresh10), as kinds
(review36).

The sentences here are of other wars and countries; events are found by the real spaCy pipeline
and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Truce\n\nA government spokesman told AFP that a meeting in Doha had reached a"
            " ceasefire agreement.\n",
            "AFP",
        ),
        (
            "Truce\n\nArmy spokesman Ahmed Khalil told AP that a meeting in Jeddah had reached a"
            " ceasefire agreement.\n",
            "AP",
        ),
    ],
)
def test_an_agency_told_by_its_letters_is_no_party(read, text, agency):
    """ "told AFP that a meeting ... had reached": an agency named by its letters, as
    datelines write it, is the press told of the talks, so neither it nor the speaker is a
    party (as "told Reuters" was already)."""
    for etype in ("meeting", "agreement"):
        for ev in events_of(read, text, etype):
            assert agency not in ev.actors
            assert not any("spokesman" in a or "Khalil" in a for a in ev.actors)
