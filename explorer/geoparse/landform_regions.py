"""A first-level region named by a landform's word ("Plateau", Nigeria's and Benin's) read in a
longer landform's or park's name that runs through it ("the Deccan Plateau Railway", "the
Ozark Plateau Trail").

GeoNames names first-level units after the land they lie on, and news writes the same word,
capitalised, as the middle or last word of a plateau's, a park's or a railway's name in any
land. spaCy often labels none of it, and the scan of free capitalised words then reads the
word alone as the unit, a million people strong, on another continent. Where the word before
it is a capitalised word, set off by a space only (no article, preposition or comma: "the
Plateau district", "of Plateau", "Bauchi and Plateau", "Bokkos, Plateau State" stay), the word
names part of that longer name, and the unit stays its reading only where the word before names
a place of the unit's own country in the gazetteer ("the Jos Plateau", Jos lying in Plateau
State). Runs once the names are resolved, on the chosen readings only, so the names beside it
are read as before.
"""

from __future__ import annotations

import re
from typing import Any

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import LEAD_WORDS

# landform words GeoNames gives first-level units as their whole name
LANDFORM_UNIT_WORDS = frozenset({"plateau"})
REGION_RANK = 2
_WORD_BEFORE = re.compile(r"(\w+) $")


def landform_word_inside_a_longer_name(mentions: list[Any], text: str, gaz: Gazetteer) -> None:
    """``mentions`` once resolved: a one-word unit named by a landform's word, written right
    after another capitalised word that names no place of the unit's country, is no reading
    (module docstring). Only the chosen readings change."""
    for m in mentions:
        e = m.chosen
        if (
            e is None
            or m.demonym
            or e.rank != REGION_RANK
            or norm(m.name) not in LANDFORM_UNIT_WORDS
        ):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is None:
            continue
        word = before.group(1)
        if not (word[:1].isupper() and word.isalpha()) or word.lower() in LEAD_WORDS:
            continue
        if any(x.country == e.country for x in gaz.lookup(norm(word))):
            continue  # "the Jos Plateau": a town of the unit before its word
        m.alternatives = [(e, m.score), *m.alternatives][:5]
        m.chosen, m.score, m.confidence = None, 0.0, 0.0
