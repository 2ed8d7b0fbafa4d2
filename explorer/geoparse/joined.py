"""Names joined by hyphens ("Dand-e-Patan", "Qala-i-Naw", "Khoros-Harar"): one name, not its
parts.

spaCy cuts such a name at its hyphens, and recognition then finds a part of it alone: a tail
that is also a town elsewhere ("Patan" of Nepal or Gujarat, "Harar" of Ethiopia, "Qala" of
Azerbaijan). The rule here reads the whole first: looked up as written, and with the other
common spellings of the Persian and Pashto ezafe (the "-i-", "-e-" or "-ye-" that joins a
name's words: GeoNames writes "Qala i Naw" where news writes "Qala-e-Naw"). Failing that:

- a name joined by an ezafe is one name the gazetteer lacks, and no part of it is a place;
- a part after a hyphen, where the capitalised word before it is no place the gazetteer knows,
  is a word of one unknown name ("Khoros-Harar"), not the town of that name; only a country's
  reading stays (a combining form before it: "Indo-Pakistan border", "Pan-Africa"); where a
  reading lies in a first-level region of the text's other places, the readings are left to
  resolution as before ("Zorra-Tavistock", "Chabad-Shadyside" in stories of their regions);
  a party's letter or an acronym ("D-Raleigh", "DFL-Minneapolis") and a lower-case prefix
  ("trans-Pacific", "mid-Ohio") are no such word;
- where every part is a place ("Paktia-Parachinar trade route", "Syria-Turkey border"), each
  part is read alone, as before.

A country named by two parts joined by "and" or "&" ("Trinidad and Tobago", "Antigua &
Barbuda") is cut the same way when spaCy ends a body's name at the first part ("the Senate of
Trinidad" then "Tobago", "the Prime Minister of Antigua" then "Barbuda"): the first part then
reads as a town abroad, the second as the island. ``countries_across`` reads the country whole
and cuts the entities around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from weakref import WeakKeyDictionary

from explorer.geoparse.found import F
from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.tokens import CONNECTORS, name_key, view

# the ezafe as English-language news transliterates Dari, Pashto and Persian names
# ("Mazar-i-Sharif", "Sar-e-Pol", "Bandar-e-Abbas", GeoNames' "Qal'ah-ye Now")
EZAFE = ("i", "e", "ye")
AND_WORDS = frozenset({"and", "&"})
HYPHENS = frozenset({"-", "‐", "‑"})


def chain(tv: Any, s: int, e: int) -> tuple[int, int]:
    """The tokens [s, e) widened to the whole run of words joined by hyphens with no space
    ("Dand", "-", "e", "-", "Patan")."""
    words, spaces, n = tv.words, tv.spaces, len(tv.words)

    def joined(k: int) -> bool:  # words[k] is a hyphen between two words, no space around it
        return (
            0 < k < n - 1
            and words[k] in HYPHENS
            and not spaces[k - 1]
            and not spaces[k]
            and words[k - 1].isalpha()
            and words[k + 1].isalpha()
        )

    while joined(s - 1):
        s -= 2
    while joined(e):
        e += 2
    return s, e


def spellings(parts: list[str]) -> list[str]:
    """The lookup keys of a hyphen-joined name: as written, then with each ezafe spelled the
    other common ways."""
    keys = [norm(" ".join(parts))]
    if any(p.lower() in EZAFE for p in parts[1:-1]):
        for z in EZAFE:
            keys.append(norm(" ".join(z if p.lower() in EZAFE else p for p in parts)))
    return list(dict.fromkeys(keys))


def whole_readings(gaz: Gazetteer, parts: list[str]) -> tuple[Entry, ...]:
    """The gazetteer's readings of the whole name, under any of its spellings."""
    for key in spellings(parts):
        entries = tuple(gaz.lookup(key))
        if entries:
            return entries
    return ()


def hyphen_joined(
    gaz: Gazetteer, tv: Any, found: Iterable[F], make: Callable[[int, int, tuple[Entry, ...]], F]
) -> list[F]:
    """``found`` with every name cut from a hyphen-joined name read by the rule of the module
    docstring; ``make(start, end, entries)`` makes the whole name's finding."""
    found = list(found)
    chains = {id(f): chain(tv, f.start, f.end) for f in found}
    # the names asked below, in one query ("Rwanda-backed", "Texas-based": no name's tail)
    gaz.prefetch(
        key
        for s, e in set(chains.values())
        if e - s > 1 and tv.words[e - 1][:1].isupper() and HYPHENS.intersection(tv.words[s:e])
        for key in spellings([w for w in tv.words[s:e] if w not in HYPHENS])
        + [norm(w) for w in tv.words[s:e:2]]
    )
    out: list[F] = []
    done: set[tuple[int, int]] = set()
    for f in found:
        s, e = chains[id(f)]
        if (s, e) != (f.start, f.end) and not tv.words[e - 1][:1].isupper():
            out.append(f)  # "Rwanda-backed rebels": a word made of a name, not a name
            continue
        words = tv.words[s:e]
        parts = [w for w in words if w not in HYPHENS]
        ezafe = any(p in EZAFE for p in parts[1:-1])  # lower case, inside the name
        if (s, e) == (f.start, f.end):
            if ezafe and not f.entries:  # "Qala-e-Naw", GeoNames' "Qala i Naw"
                f.entries = whole_readings(gaz, parts)
            out.append(f)
            continue
        if ezafe or (s, e) in done:
            if (s, e) in done:
                continue  # another part of a whole already read
            done.add((s, e))
            out.append(make(s, e, whole_readings(gaz, parts)))
            continue
        whole = whole_readings(gaz, parts)
        if whole and all(x.primary for x in whole[:1]):
            done.add((s, e))
            out.append(make(s, e, whole))
            continue
        heads = [tv.words[k] for k in range(s, f.start - 1, 2)]
        if (
            f.start > s
            # a capitalised word, not a party's letter or an acronym ("D-Raleigh",
            # "DFL-Minneapolis") nor a prefix ("trans-Pacific", "mid-Ohio")
            and all(h[:1].isupper() and not h.isupper() for h in heads)
            and not any(gaz.lookup(norm(h)) for h in heads)
        ):
            # "Khoros-Harar": a word of one name the gazetteer lacks, unless a reading lies
            # where the text's other places are ("Zorra-Tavistock" beside towns of Ontario)
            near = {
                (x.country, x.admin1)
                for g in found
                if g is not f and g.entries and not g.demonym
                for x in g.entries[:1]
            }
            if not any((x.country, x.admin1) in near for x in f.entries):
                f.entries = tuple(x for x in f.entries if x.rank == 0)
            if not f.entries:
                done.add((s, e))
                out.append(make(s, e, ()))
                continue
        out.append(f)
    # a whole read from one part: the name's other parts found alone go
    return [
        f
        for f in out
        if not any(a <= f.start and f.end <= b and (f.start, f.end) != (a, b) for a, b in done)
    ]


# each gazetteer's countries named with "and", by folded name (its countries are read once, when
# it is opened)
_WITH_AND: WeakKeyDictionary[Gazetteer, dict[str, Entry]] = WeakKeyDictionary()


def _named_with_and(gaz: Gazetteer) -> dict[str, Entry]:
    """The countries' own names with "and" (a dozen), asked without a query per pair of words;
    found once per gazetteer, not per text (a pass over its 248 countries, 0.04 ms)."""
    named = _WITH_AND.get(gaz)
    if named is None:
        named = _WITH_AND[gaz] = {
            norm(e.name): e for e in gaz.countries.values() if " and " in norm(e.name)
        }
    return named


def countries_across(gaz: Gazetteer, doc: Any, ents: list) -> tuple[list[tuple], list]:
    """Countries whose name of parts joined by "and" or "&" spaCy's entities cut or swallow
    (module docstring), as (start, end, readings), and ``ents`` without the country's tokens:
    an entity over it keeps its words before and after, each a span of the same label. A
    country's name written with "and" that is one entity of its own, or in none, is left to
    the usual reading."""
    from spacy.tokens import Span

    tv = view(doc)
    n = len(doc)
    lower, cap = tv.lower, tv.cap
    # each "and" or "&" between capitalised words, found in one pass; none, nothing else made
    joins = [k for k in range(1, n - 1) if lower[k] in AND_WORDS and cap[k - 1] and cap[k + 1]]
    if not joins:
        return [], ents
    named = _named_with_and(gaz)
    covered = {k: ent for ent in ents for k in range(ent.start, ent.end)}
    found: list[tuple] = []
    for k in joins:
        amp = tv.lower[k] == "&"  # a form the gazetteer lacks: read here, whatever spaCy says
        if not amp and k - 1 not in covered and k + 1 not in covered:
            continue
        best = None
        for i in range(k - 1, max(k - 4, -1), -1):
            if not (tv.cap[i] or tv.lower[i] in CONNECTORS) or (found and i < found[-1][1]):
                break
            for j in range(min(k + 4, n), k + 1, -1):
                if not tv.cap[j - 1] or not all(
                    tv.cap[x] or tv.lower[x] in CONNECTORS for x in range(k + 1, j)
                ):
                    continue
                if not tv.cap[i]:
                    continue  # a name opens with a capital, not a connector ("- Bosnia")
                country = named.get(name_key(doc, i, j).replace(" & ", " and "))
                if country is not None and (best is None or j - i > best[1] - best[0]):
                    best = (i, j, (country,))
        if best is None:
            continue
        i, j = best[0], best[1]
        if not amp and any(ent.start == i and ent.end == j for ent in ents):
            continue  # one entity of its own: read as before
        found.append(best)
    if not found:
        return [], ents
    out: list = []
    for ent in ents:
        pieces = [(ent.start, ent.end)]
        for i, j, _ in found:
            pieces = [p for a, b in pieces for p in ((a, min(b, i)), (max(a, j), b)) if p[0] < p[1]]
        out.extend(Span(doc, a, b, label=ent.label_) for a, b in pieces)
    return found, out
