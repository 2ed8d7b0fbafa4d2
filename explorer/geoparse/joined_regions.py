"""A first-level region named by its parts joined with hyphens, in a form the gazetteer lacks.

A land that renames its regions with fewer parts leaves GeoNames' older, longer names behind
(Morocco's regions of 2015: "Souss-Massa" is GeoNames' "Souss-Massa-Draa"). Cut at its hyphens,
such a name reads as its parts, and a part alone may be a town of another land. Where the
text's joined words are, in order and from the same first word, words of a region's
hyphen-joined name, the whole is that region.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from explorer.geoparse.found import F
from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.joined import HYPHENS, chain
from explorer.geoparse.names import norm

# words after a joined name that make it a route between its parts, not a region: "the
# Rijeka-Zagreb motorway", "the Tangier-Tetouan road" (review93)
_ROUTE_WORDS = frozenset(
    {"road", "roads", "highway", "motorway", "expressway", "railway", "railroad", "rail"}
    | {"line", "route", "corridor", "axis", "pipeline", "border", "train", "trains", "bus"}
    | {"buses", "flight", "flights", "ferry", "ferries"}
)


def _before_a_route_word(tv: Any, end: int) -> bool:
    """Whether the token at ``end`` (just after a joined name) is a route's word in lower case:
    the name is then a road or a line between two towns ("the Split-Sinj road"), each its own
    place, not the region whose joined name holds both."""
    return end < len(tv.words) and tv.words[end] in _ROUTE_WORDS


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` are words of ``name`` in the same order (others may lie between)."""
    it = iter(name)
    return all(w in it for w in words)


def _run_end(tv: Any, e: int) -> int:
    """The end of a hyphen-joined name's run from token ``e``: capitalised words one space
    apart and more words joined by hyphens ("Souss-Massa-Draa" or "Beni Mellal-Khenifra")."""
    words, spaces, n = tv.words, tv.spaces, len(tv.words)
    k = e
    while k < n:
        if (
            words[k].isalpha()
            and words[k][:1].isupper()
            and spaces[k - 1]
            and "\n" not in words[k - 1]
        ):
            k += 1
        elif k + 1 < n and chain(tv, k - 1, k)[1] > k:
            k = chain(tv, k - 1, k)[1]
        else:
            break
    return k


def region_of_joined_words(
    gaz: Gazetteer, tv: Any, found: Iterable[F], make: Callable[[int, int, tuple[Entry, ...]], F]
) -> list[F]:
    """``found`` with each hyphen-joined name (its first part found as a place, the whole not
    in the gazetteer) whose folded words are, from the same first word and in order, words of
    one first-level region's hyphen-joined name, read as that region: one finding over the
    whole name, its parts' findings dropped. The capitalised words one space after the last
    hyphen's word are the name's too where the region's name holds them ("El Hamra"). Not a
    town's name held whole ("Baden-Baden"), nor a joined name of a port or a route whose other
    words are no words of a region ("Tanger-Med"), nor one matching regions of two lands, nor
    one before a route's word (a road or a line between two towns the region is named for)."""
    found = list(found)
    out: list[F] = []
    done: list[tuple[int, int]] = []
    for f in found:
        s, e = chain(tv, f.start, f.end)
        if s != f.start or e <= f.end or not f.entries or f.demonym:
            continue
        head = norm(tv.words[s])
        units = gaz.units_joined_by_hyphens(head)
        if not units:
            continue
        best = None
        for end in range(_run_end(tv, e), e - 1, -1):
            words = norm(" ".join(w for w in tv.words[s:end] if w not in HYPHENS)).split()
            hits = {x.gid: x for name, x in units if _in_order(words, name.split())}
            if len(hits) == 1 and len({x.country for x in hits.values()}) == 1:
                best = (end, next(iter(hits.values())))
                break
        if best is None or _before_a_route_word(tv, best[0]):
            continue
        done.append((s, best[0]))
        out.append(make(s, best[0], (best[1],)))
    if not done:
        return found
    kept = [f for f in found if not any(a <= f.start and f.end <= b for a, b in done)]
    return sorted(kept + out, key=lambda f: f.start)
