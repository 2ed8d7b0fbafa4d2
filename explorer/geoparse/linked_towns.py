"""A road named by the two towns it links names both towns.

"Trucks were stopped on the Kabul – Jalalabad highway": a town's name before a road's
word is read as the road's name and not shown ("Dublin Road", "Oxford Road"), and the base
showed the first town of the pair and hid the second. Joined by a dash to a place the text
names just before it, the name is the road's far end, a town of its own.
"""

from __future__ import annotations

from typing import Any

# the dashes and hyphens news writes between a road's two ends ("Kabul-Kandahar highway")
_DASHES = frozenset({"-", "‐", "‑", "–", "—"})
# the words of a road between towns (not a town's streets: "Main-Elm Street")
_ROAD_WORDS = frozenset({"highway", "hwy", "road", "rd"})


def road_between_two_places(tv: Any, found: list) -> None:
    """ "the Kabul – Jalalabad highway", "the Lusaka – Chirundu road": a name found right
    after a dash or hyphen that follows another place's name, before a road's word, is the
    road's far end, not the road's own name: shown again as a place (``street`` unset). Not a
    street of a town ("Dublin Road in Columbus", "Main-Elm Street"), nor a name after a dash
    that follows no place, nor one after a dateline's dash (a place opening its line)."""
    ends = {f.end: f for f in found if f.entries and not f.street and not f.demonym}
    for f in found:
        if not f.street or f.start < 2 or f.end >= len(tv.words):
            continue
        if tv.lower[f.end].rstrip(".") not in _ROAD_WORDS or tv.words[f.start - 1] not in _DASHES:
            continue
        before = ends.get(f.start - 1)
        if before is None or _opens_its_line(tv, before.start):
            continue
        if any(e.rank in (0, 2, 3, 4) for e in before.entries):
            f.street = False


def _opens_its_line(tv: Any, k: int) -> bool:
    """Whether token ``k`` opens its line: a dateline's place ("LAGOS — Ikorodu Road was
    shut"), whose dash opens the story, not a road's span between two towns (review93)."""
    at = tv.idx[k]
    return not tv.text[tv.text.rfind("\n", 0, at) + 1 : at].strip()
