"""A region named as a town's own, after it ("in Ludwigshafen, in the state of
Rhineland-Palatinate"), is where the town lies, not the event's place: the town is. On main
before this change the bomb of such a sentence was placed in the whole state (the parser hangs
the region on the verb and the town on a noun), and the story's one attempted bombing came out as
two events. Sentences of other countries here; the real spaCy pipeline and geoparser."""

from __future__ import annotations

import pytest

from tests.events_reading import places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2016-12-16")


@pytest.mark.parametrize(
    ("text", "etype", "town"),
    [
        (
            "Police said the man left a bag containing a pipe bomb at the bus station in"
            " Lyon, in the region of Auvergne-Rhone-Alpes, on Friday.",
            "bombing",
            "Lyon",
        ),
        (
            "Prosecutors said the student left a backpack containing a nail bomb at the"
            " Christmas market in Dortmund, in the state of North Rhine-Westphalia, on"
            " 26 November.",
            "bombing",
            "Dortmund",
        ),
    ],
)
def test_a_region_named_as_the_towns_own_places_the_town(read, text, etype, town):
    assert places_of(read, text, etype) == [town]
