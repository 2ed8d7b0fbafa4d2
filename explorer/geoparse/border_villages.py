"""A village on the border in a story of one region (branch geofix65's).

A story told of one first-level region ("police in Sonora said", "the Sonora border") places a
village "on the border" or "along the border" on that region's edge. A name of that sentence
that the gazetteer holds only as another name of a town of another region of the same land,
far from every place the story reads there, is that town's namesake, not the village: it is
left unplaced (:func:`border_village_far_from_its_region`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.local_words import _sentence_around
from explorer.geoparse.names import norm
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

TOWN_RANK = 4
# a reading this far from every other reading of its land in the text is far from the story
FAR_KM = 500.0
_BORDER = re.compile(r"\bborders?\b", re.IGNORECASE)


def border_village_far_from_its_region(mentions: list[Mention], text: str) -> None:
    """ "Troops found arms near Kalvari on the border, the police of Sonora said": a name read
    as a town by another of its names only (the text's spelling is not the town's own: a
    village of the border spelled like an old name of a far town), in a sentence that tells of
    a border, where the text's other readings in the town's land all lie in one other
    first-level region and none within FAR_KM of the town, is left unplaced (its readings kept
    as alternatives): the village lies on the edge of the region the story tells of, and the
    far town's other name is a namesake. Not a town named by its own name ("Laredo", "Daman"),
    nor one a container places, nor one whose land the text reads nowhere else or reads in
    more than one region."""
    from explorer.geoparse.resolve import _leave_unplaced

    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != TOWN_RANK or e.primary:
            continue
        key = norm(m.name)
        if norm(e.name) == key or not e.admin1:
            continue
        if not _BORDER.search(_sentence_around(text, m.start, m.end)):
            continue
        others = [
            o.chosen
            for o in mentions
            if o.chosen is not None
            and not o.demonym
            and norm(o.name) != key
            and o.chosen.country == e.country
            and o.chosen.rank != 0
        ]
        regions = {o.admin1 for o in others}
        if len(regions) != 1 or e.admin1 in regions or None in regions or "" in regions:
            continue
        if any(great_circle_km(e.lat, e.lon, o.lat, o.lon) <= FAR_KM for o in others):
            continue
        for o in mentions:
            if o.chosen == e and norm(o.name) == key and not o.container:
                _leave_unplaced(o, [(e, o.score), *o.alternatives])
