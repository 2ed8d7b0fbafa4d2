"""A name read only by its spelling's skeleton ("Ponnagyun" for Peinnegon) in a sentence that
names a first-level region ("in Ponnagyun Township, located in Rakhine State") lies in that
region or is read nowhere: a skeleton is weak evidence, and a town of the same skeleton 500 km
off in another state or province is a wrong place, not a reading. Its other mentions in the text
(a "Ponnagyun resident" two sentences on) are the same name and get no reading either. Nor
does such a name in a list of names the gazetteer lacks ("the Rusarabuye, Bungwe, Gatebe and
Rwerere sectors"): `skeleton_among_unknown`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from explorer.geoparse.comma_country import _PLACING_WORDS
from explorer.geoparse.found import F
from explorer.geoparse.names import is_compass, norm
from explorer.model import great_circle_km

ENDS = frozenset({".", "!", "?"})


class _Span:
    """A mention of a name in the text, found by its words."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _sentence(tv: Any, f: Any) -> tuple[int, int]:
    words = tv.words
    i = f.start
    while i > 0 and words[i - 1] not in ENDS and "\n" not in words[i - 1]:
        i -= 1
    j = f.end
    while j < len(words) and words[j] not in ENDS and "\n" not in words[j]:
        j += 1
    return i, j


def _regions_named(tv: Any, f: Any, found: list[F]) -> set[tuple[str | None, str]]:
    """The first-level regions the sentence of ``f`` names as such: another name whose first
    reading is a region, every reading in one country."""
    i, j = _sentence(tv, f)
    out: set[tuple[str | None, str]] = set()
    for g in found:
        if g is f or g.demonym or not g.entries or g.start < i or g.end > j:
            continue
        top = g.entries[0]
        if top.rank == 2 and len({e.country for e in g.entries}) == 1:
            out.add((top.country, top.admin1))
    return out


def _occurrences(words: list[str], name: list[str]) -> Iterator[int]:
    """Each k where ``words[k : k + len(name)] == name``: the name's first word found by the
    list's own search, not a slice made at every word."""
    if not name:
        yield from range(len(words) + 1)
        return
    first, size = name[0], len(name)
    stop = len(words) - size + 1
    k = -1
    while True:
        try:
            k = words.index(first, k + 1, stop)
        except ValueError:
            return
        if words[k : k + size] == name:
            yield k


def skeleton_in_named_region(tv: Any, found: list[F], skeletal: list[F]) -> list[F]:
    """``skeletal``: the names of ``found`` read by their skeleton alone. Each keeps only its
    readings in the first-level regions named in a sentence that writes the name (where such
    sentences name any); a name refused so is refused at every mention read by its
    skeleton."""
    refused: set[str] = set()
    words = tv.words
    for f in skeletal:
        name = words[f.start : f.end]
        # every sentence that writes the name, also inside a longer one ("Ponnagyun Township")
        regions: set[tuple[str | None, str]] = set()
        for k in _occurrences(words, name):
            at = _Span(k, k + len(name))
            regions |= _regions_named(tv, at, found)
        if not regions or not f.entries:
            continue
        kept = tuple(e for e in f.entries if (e.country, e.admin1) in regions)
        if not kept:
            refused.add(norm(" ".join(tv.words[f.start : f.end])))
        f.entries = kept
    if refused:
        for f in skeletal:
            if norm(" ".join(tv.words[f.start : f.end])) in refused:
                f.entries = ()
    return found


# how near a town read by its skeleton must lie to a place the text's other names were read as:
# the resolver's own measure of "near" (STRAY_NEAR_KM)
NEAR_KM = 300.0
# the same from a first-level region's point, which lies in the region's middle
REGION_KM = 2 * NEAR_KM


def _its_country_after(m: Any, mentions: list[Any], text: str) -> bool:
    """The text names the country of ``m``'s reading right after it: "the vote in Tiraspoll,
    Moldova", "kidnapped in Tetouane, northern Morocco", "aid to Mariupil in Ukraine". The
    writer has said where the place is, as far as its other places may lie."""
    nxt = min((o for o in mentions if o.start >= m.end), key=lambda o: o.start, default=None)
    if nxt is None or nxt.demonym or nxt.chosen is None or nxt.chosen.rank != 0:
        return False
    if nxt.chosen.country != m.chosen.country:
        return False
    gap = text[m.end : nxt.start]
    words = gap.replace(",", " ").casefold().split()
    if not (gap.lstrip().startswith(",") or words[:1] == ["in"]) or len(words) > 2:
        return False
    if not all(w == "in" or is_compass(w) for w in words):
        return False
    # "Botadi, India said": the country speaks, as `comma_country` reads it
    after = text[nxt.end : nxt.end + 30].split()
    nxt_word = after[0].strip(",.;:") if after else ""
    if text[nxt.end : nxt.end + 2] in ("'s", "’s"):
        return False
    return not (nxt_word.isalpha() and nxt_word.islower() and nxt_word not in _PLACING_WORDS)


def spelled_far(mentions: list[Any], spelled: list[bool], text: str = "") -> None:
    """``mentions`` once resolved; ``spelled[i]``: the i-th was read by its skeleton alone. A
    town so read lies near the text's other places where the text's other names were read as
    towns, districts or first-level regions: within NEAR_KM of one, within REGION_KM of a
    region's point, or in a region read. One that does not takes the reading of another
    mention of its name that does (one sense per text: a village named twice, read once near the
    story's province), or is left unplaced, its reading kept first among the alternatives: a
    spelling guess is a place near the story's places, not one a thousand km off. In a listing
    of Nepal's districts beside Dhangadhi, "Baitadi" (a district the gazetteer lacks) is no
    Botad of Gujarat, 1,150 km away, though the text names India once; "Botadi" beside
    Bhavnagar, 70 km off, is still Botad. A town the ``text`` names its country right after
    stays ("Journalists in Washington said the attack in Beslaan, Russia": Beslan). Only the
    chosen readings change, after resolution: the readings a skeleton proposed stay the
    context they were for the other names."""
    if not any(spelled):
        return
    anchors = [
        m.chosen
        for m, s in zip(mentions, spelled, strict=True)
        if not s and not m.demonym and m.chosen is not None and m.chosen.rank in (2, 3, 4)
    ]
    if not anchors:
        return
    regions = {(e.country, e.admin1) for e in anchors if e.rank == 2}

    def near(e: Any) -> bool:
        # a first-level region's point is its middle, and the region reaches hundreds of km
        # from it: a town across its edge is near it ("the village of Xinmo", Sichuan, read
        # as Xinmiao of Chongqing, over the border, stays a reading)
        return (e.country, e.admin1) in regions or any(
            great_circle_km(e.lat, e.lon, a.lat, a.lon) < (REGION_KM if a.rank == 2 else NEAR_KM)
            for a in anchors
        )

    far = [
        m
        for m, s in zip(mentions, spelled, strict=True)
        if s
        and m.chosen is not None
        and m.chosen.rank == 4
        and not near(m.chosen)
        and not _its_country_after(m, mentions, text)
    ]
    for m in far:
        e = m.chosen
        # one sense per text: another mention of the name read near the story's places is
        # this one's reading (a village named twice, read once near the story's province)
        same = next(
            (
                o
                for o in mentions
                if o is not m
                and o.chosen is not None
                and o.name.casefold() == m.name.casefold()
                and near(o.chosen)
            ),
            None,
        )
        if same is not None:
            m.alternatives = [(e, m.score), *m.alternatives][:5]
            m.chosen, m.score, m.confidence = same.chosen, same.score, same.confidence
            continue
        m.alternatives = [(e, m.score), *m.alternatives][:5]
        m.chosen, m.score, m.confidence = None, 0.0, 0.0


# the words that join the names of a list ("Rusarabuye, Bungwe, Gatebe and Rwerere")
LIST_JOINS = frozenset({",", "and", "or"})
# a list's other names that must all be unknown for a spelling's reading to be refused
UNKNOWN_MATES = 2


def _list_mates(tv: Any, f: Any) -> list[tuple[int, int]]:
    """The other names of the list ``f`` stands in: runs of capitalised words joined to it by
    commas, "and" or "or", on both sides ("the Rusarabuye, Bungwe, Gatebe and Rwerere
    sectors")."""
    words, cap, n = tv.words, tv.cap, len(tv.words)
    mates: list[tuple[int, int]] = []
    k = f.start  # leftwards: a join (", and" as one), then a run of capitals
    while k >= 2 and tv.lower[k - 1] in LIST_JOINS:
        e = k - 1
        if tv.lower[e] in {"and", "or"} and e >= 2 and words[e - 1] == ",":
            e -= 1
        if not cap[e - 1]:
            break
        j = e - 1
        while j > 0 and cap[j - 1]:
            j -= 1
        if e - j > 1 or tv.lower[j] not in STOP_WORDS:  # not "However, Bungwe and Gatebe"
            mates.append((j, e))
        k = j
    k = f.end  # rightwards
    while k + 1 < n and tv.lower[k] in LIST_JOINS:
        s = k + 1
        if tv.lower[k] == "," and s < n and tv.lower[s] in {"and", "or"}:
            s += 1
        if s >= n or not cap[s]:
            break
        e = s
        while e < n and cap[e]:
            e += 1
        if e - s > 1 or tv.lower[s] not in STOP_WORDS:
            mates.append((s, e))
        k = e
    return mates


def skeleton_among_unknown(tv: Any, found: list[F], skeletal: list[F]) -> list[F]:
    """A name read by its skeleton alone in a list whose other names (UNKNOWN_MATES or more)
    the gazetteer does not know by name (a reading by a skeleton does not count) has no
    reading: the list
    names places below what the gazetteer holds (a district's sectors, a commune's villages),
    and one of them spelled like a town elsewhere is a coincidence of letters, not that town
    ("the Rusarabuye, Bungwe, Gatebe and Rwerere sectors of Burera district" of Rwanda is no
    Bungu of Tanzania, though the story names Tanzania). A list with a name the gazetteer
    knows ("Hodeidah, Sanaa and Taiz") keeps its spellings' readings."""
    if not skeletal:
        return found
    spelled = {id(f) for f in skeletal}
    known = [
        (g.start, g.end) for g in found if g.entries and id(g) not in spelled and not g.demonym
    ]
    for f in skeletal:
        if not f.entries:
            continue
        mates = _list_mates(tv, f)
        if len(mates) >= UNKNOWN_MATES and not any(
            s < ke and ks < e for s, e in mates for ks, ke in known
        ):
            f.entries = ()
    return found
