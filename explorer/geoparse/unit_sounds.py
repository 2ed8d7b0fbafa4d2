"""A first-level unit named before its unit's word in another romanisation than the
gazetteer's: "Arkhangai and Bayankhongor aimags" for Arhangay and Bayanhongor, "Kustanai and
Akmolinsk oblasts", "Gobi-Altay aimag" for Govĭ-Altay.

Mongolian, Kazakh or Russian names reach English news through several romanisations: ö and ü
written o, u or not at all, х as kh or h, дз as dz or z, в and б both heard as v. The gazetteer
holds one or two of them, and a list of a land's provinces before their plural word ("aimags",
"provinces", "oblasts") is read name by name, so most of its names had no reading, or a town's
(a province named like a town of another province read as that town). The unit's word says what each
name is: a name of the list (or the name before the singular word) is read as the one
first-level unit whose name has the same sound key (its consonants, with kh as h, dz as z and b
as v) among the units of the lands the text names or whose units the text reads elsewhere. Two
units of one key, or none, leave the name as it was read.
"""

from __future__ import annotations

import re

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

# a first-level unit's word, singular and plural, as news writes it after the unit's name
UNIT_WORDS = frozenset({"aimag", "aimags", "province", "provinces", "oblast", "oblasts"})
PLURALS = frozenset({"aimags", "provinces", "oblasts"})
REGION_RANK = 2
COUNTRY_RANK = 0
MIN_KEY = 3  # consonants: shorter keys match too much
_VOWELS = re.compile(r"[aeiouy]")
_NOT_LETTERS = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")


def sound_key(name: str) -> str:
    """The consonants of a folded name, with kh as h, dz as z and b as v: "Bayankhongor",
    "Bayanhongor" and "Bayan-Khongor" all give "vnhngr"."""
    key = _NOT_LETTERS.sub("", norm(name))
    key = key.replace("kh", "h").replace("dz", "z").replace("b", "v")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", key))


def _names_before(tv, k: int) -> list[tuple[int, int]]:
    """The names before the unit's word at ``k``: one before a singular word, the whole list
    ("A, B and C") before a plural one."""
    out: list[tuple[int, int]] = []
    j = k
    while j > 0:
        e = j
        while j > 0 and tv.cap[j - 1] and tv.words[j - 1].isalpha():
            j -= 1
        if j == e:
            break
        out.append((j, e))
        if tv.lower[k] not in PLURALS:
            break
        if j > 0 and tv.words[j - 1] == ",":
            j -= 1
            if j > 0 and tv.lower[j - 1] in ("and", "or"):
                j -= 1
        elif j > 0 and tv.lower[j - 1] in ("and", "or"):
            j -= 1
        else:
            break
    return out


def _unit(gaz: Gazetteer, key: str, countries: set[str]) -> Entry | None:
    if len(key) < MIN_KEY:
        return None
    units = {
        (e.country, e.admin1): e
        for country in sorted(countries)
        for name, e in gaz.unit_names(country)
        if sound_key(name) == key
    }
    return next(iter(units.values())) if len(units) == 1 else None


def units_before_their_word_by_sound(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the names before a unit's word read as the units of their sound key
    (module docstring)."""
    tv = view(doc)
    words = [k for k in range(1, len(tv.words)) if tv.words[k] in UNIT_WORDS]
    if not words:
        return found
    countries = {
        f.entries[0].country
        for f in found
        if f.entries
        and not f.demonym
        and f.entries[0].rank in (COUNTRY_RANK, REGION_RANK)
        and f.entries[0].country
    }
    if not countries:
        return found
    out = list(found)
    for k in words:
        for j, e in _names_before(tv, k):
            over = [f for f in out if f.start < e and j < f.end]
            if any(f.demonym or (f.start, f.end) != (j, e) for f in over):
                continue  # a people's adjective, or a longer or shorter name found there
            if any(x.rank in (COUNTRY_RANK, REGION_RANK) for f in over for x in f.entries[:1]):
                continue  # read as a unit or a land already
            unit = _unit(gaz, sound_key(name_key(doc, j, e)), countries)
            if unit is None:
                continue
            out = [f for f in out if f not in over]
            out.append(_Found(j, e, (unit,), "unit-list", "GPE"))
    out.sort(key=lambda f: f.start)
    return out
