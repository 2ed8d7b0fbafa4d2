"""One story, one war for a pair: the claims of one power about one party that the
sentence-by-sentence filing put in two wars, when the text names only one of them.

Each sentence is filed alone: "Iran's military gives help to Hezbollah",
in a story that names Iran's ground, goes to the war there, and "units of the Revolutionary
Guard have trained Hezbollah commanders", in a sentence that names no place, to the war of
the party's home (Lebanon). A reader takes the story's pair as one tie in one war: the one
the text names; where it names none, the one most of the pair's claims were filed in, else
the first. Where it names two (a listed war each, two countries named as places where things
happen: "Iran backs Hezbollah in Lebanon and in Syria", or a war of another decade than the
story's), both stay.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.model import Stance


def one_war_per_pair(stances: list[Stance], finder) -> list[Stance]:
    """``stances`` of one document, each pair of power and party in the one war the text
    names when the sentences filed it in more (``finder``: the document's TheatreFinder)."""
    wars: dict[tuple[str, str], list[str]] = {}
    for st in stances:
        seen = wars.setdefault((st.power, st.party), [])
        if st.theatre not in seen:
            seen.append(st.theatre)
    into: dict[tuple[str, str], str] = {}
    for pair, tids in wars.items():
        if len(tids) < 2:
            continue
        named = [t for t in tids if _named(finder, t)]
        if len(named) == 1:
            into[pair] = named[0]
        elif not named:  # the war most of its claims were filed in, else the first
            told = [st.theatre for st in stances if (st.power, st.party) == pair]
            into[pair] = max(tids, key=told.count)
    if not into:
        return stances
    return [replace(st, theatre=into.get((st.power, st.party), st.theatre)) for st in stances]


def _named(finder, tid: str) -> bool:
    """Whether the text names the war ``tid``: a listed war, a war of a decade other than the
    story's ("Israel (1970s)" of Nixon's airlift in a story of 2023: its own time), or a
    country it names as a place where things happen."""
    ref = finder.chosen.get(tid)
    if ref is None:
        return tid in finder.lex.theatres
    if ref.definition is not None:
        return True
    year = finder.published_year
    if ref.decade is not None and (year is None or ref.decade != year // 10 * 10):
        return True
    return bool(ref.country) and finder.named_as_place(ref.country)
