"""A name the text puts in a country: "Ghana's Central Region", "Zaire's southern Shaba
region", "the Shaba province of Zaire", "Shaba, in southern Zaire". Its readings there are its
readings, through the whole text; with none there, it is left unplaced rather than read on
another continent.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.recognised import REGION_WORDS, _Found
from explorer.geoparse.resolve import _world_city
from explorer.geoparse.tokens import name_key, view


def _unit_of_named_country(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Ghana's Central Region", "the Northern Region, Ghana": a name tied to a country by its
    possessive before it, or a unit's name tied to one by a comma after it, is a place of that
    country. Its readings there are kept (Uganda's "Central Region" is no reading beside
    Ghana's); a unit's name with none there is read as that country's unit of the bare name
    (GeoNames lists Ghana's as "Central", "Northern"), else left unplaced rather than put on
    another continent ("Ghana's Savannah region" is no Savannah, Georgia: the gazetteer lacks
    the region made in 2018). A unit's name found with no reading, one whose bare name also
    names another thing (admin1_other_senses.tsv: "Tanganyika province, Congo", a lake's and
    a former state's name), is so read too: the country says which. A name without a unit word
    and no reading in the country keeps its readings (a territory: "Denmark's Greenland"). The
    country must be no region's name as well ("Georgia's Fulton County"), unless the name has
    no reading in that region's country either ("Zaire's Shaba region": Zaire is also a
    province of Angola, which has no Shaba). A name with no reading in the country that ends
    the English name of one of its units is that unit ("Pakistan's Kashmir": Azad Kashmir,
    not the neighbour's Kashmir). The other ties of :func:`_lands_said` are read
    the same, and the name keeps the sense through the text (:func:`_one_sense_in_land`)."""
    tv = view(doc)
    n = len(tv.words)
    ends = {g.end: g for g in found}
    starts = {g.start: g for g in found}
    said: dict[str, list[tuple[frozenset[str], tuple[Entry, ...]]]] = {}
    tied: set[int] = set()
    for f in found:
        if f.demonym or (f.entries and f.entries[0].rank == 0):
            continue
        unit = tv.lower[f.end - 1] in REGION_WORDS or (
            f.end < n and tv.lower[f.end] in REGION_WORDS
        )
        if not f.entries and not unit:
            continue
        tie = _lands_said(doc, f, ends, starts, unit)
        if tie is None:
            continue
        lands, placing = tie
        kept = tuple(e for e in f.entries if e.country in lands)
        if not kept and unit:
            words = f.end - f.start - (tv.lower[f.end - 1] in REGION_WORDS)
            bare = name_key(doc, f.start, f.start + words) if words else ""
            kept = tuple(
                e
                for e in (*gaz.lookup(bare), *gaz.units_in_english(bare))
                if bare and e.country in lands and e.rank in (2, 3)
            )
        # a land the country lost or split from it ("Sudan's southern Equatoria region", South
        # Sudan's since 2011): a unit or a curated area of a neighbour, by its own name; or an
        # area no one country holds, which may take in the one named ("Mali's Sahel region")
        # the country's unit named by the name and a word before it ("Pakistan's Kashmir" is
        # Azad Kashmir, not India's unit beside it)
        kept = (
            kept
            or tuple(
                e for e in gaz.units_in_english_ending(_bare_key(doc, f)) if e.country in lands
            )
            or _beside(gaz, f.entries, lands)
            or tuple(e for e in f.entries if e.country is None)
        )
        if kept:
            f.entries = tuple({e.gid: e for e in kept}.values())
        elif unit or (placing and not any(_world_city(e) for e in f.entries)):
            # "Zaire's Shaba region", "Shaba, in southern Zaire": there, with no reading there;
            # not a world city, which a text names for itself ("Moscow, in Syria as in Ukraine")
            f.entries = ()
        else:
            continue
        tied.add(id(f))
        said.setdefault(_bare_key(doc, f), []).append((lands, f.entries))
    if said:
        _one_sense_in_land(doc, found, said, tied)
    _sites_in_a_unit(doc, found)
    return found


# words between a country's possessive and a unit's name that describe the unit ("Zaire's
# southern Shaba region", "Kenya's western Nyanza province", "Zaire's copper-rich Shaba
# province"): at most two, lower-case, none a function word
DESCRIBING_WORDS = 2


def _lands_said(
    doc, f: _Found, ends: dict[int, _Found], starts: dict[int, _Found], unit: bool
) -> tuple[frozenset[str], bool] | None:
    """The countries the text's words put a name in, and whether those words place it ("in")
    rather than own it (a possessive, which a territory of another code may follow: "Denmark's
    Greenland"): a country's possessive before it, compass words between ("Zaire's southern
    Shaba"), or other describing words before a unit's word ("Kenya's restive Nyanza
    province"); a comma and the country after a unit's name ("Nyanza province, Kenya"); "of"
    or "in" and the country after a unit's word ("the Shaba province of Zaire", "the Shaba
    region in southern Zaire"); a comma, "in" and the country ("Shaba, in southern Zaire").
    Not a country whose possessive follows ("the Shaba region of Zaire's south"): that names
    a part of it, as the unit word does."""
    tv = view(doc)
    n = len(tv.words)
    j = f.start
    between = 0
    while j > 1 and between < DESCRIBING_WORDS:
        w = tv.words[j - 1]
        if is_compass(norm(w)) or (
            unit and w.replace("-", "").isalpha() and w.islower() and not doc[j - 1].is_stop
        ):
            j -= 1
            between += 1
        else:
            break
    if j >= 2 and tv.lower[j - 1] in ("'s", "’s"):
        lands = _country_alone(ends.get(j - 1), f)
        if lands:
            return lands, False
    if unit and f.end + 1 < n and tv.words[f.end] == ",":
        lands = _country_alone(starts.get(f.end + 1), f)
        if lands:
            return lands, False
    k = f.end + (tv.lower[f.end - 1] not in REGION_WORDS)
    if unit and k < n and tv.lower[k] in ("of", "in"):
        lands = _country_after(tv, starts, k + 1, f)
        if lands:
            return lands, True
    if f.end + 1 < n and tv.words[f.end] == "," and tv.lower[f.end + 1] == "in":
        lands = _country_after(tv, starts, f.end + 2, f)
        if lands:
            return lands, True
    return None


def _country_after(tv, starts: dict[int, _Found], k: int, f: _Found) -> frozenset[str] | None:
    """The country named from token ``k`` on ("the Zaire", "southern Zaire"), not owning a
    part of itself after ("Zaire's south")."""
    n = len(tv.words)
    if k < n and tv.lower[k] == "the":
        k += 1
    while k < n and k not in starts and is_compass(norm(tv.words[k])):
        k += 1
    g = starts.get(k)
    if g is None or (g.end < n and tv.lower[g.end] in ("'s", "’s")):
        return None
    return _country_alone(g, f)


def _bare_key(doc, f: _Found) -> str:
    """The name without its unit word: "Shaba region" and "Shaba" are one name."""
    tv = view(doc)
    unit = f.end - f.start > 1 and tv.lower[f.end - 1] in REGION_WORDS
    return name_key(doc, f.start, f.end - unit)


def _one_sense_in_land(
    doc,
    found: list[_Found],
    said: dict[str, list[tuple[frozenset[str], tuple[Entry, ...]]]],
    tied: set[int],
) -> None:
    """One sense per text: where the text puts a name in a country ("Zaire's southern Shaba
    region"), the name elsewhere in it ("the rebels took copper-rich Shaba") is read there too:
    its readings in that country, else the readings the tie gave it, else none (left unplaced,
    its readings kept as alternatives: the gazetteer lacks Zaire's Shaba, the province's name
    of 1971 to 1997, and China's Shaba is not it). Not where the text ties the name to two
    countries ("India's Punjab", "Pakistan's Punjab"), nor where the name's own words place it
    ("Alexandria, in Egypt, held a festival; Alexandria, Virginia held another")."""
    tv = view(doc)
    starts = {g.start: g for g in found}
    for f in found:
        if id(f) in tied or f.demonym or not f.entries or f.entries[0].rank == 0:
            continue
        if _placed_after(tv, starts, f):
            continue
        ties = said.get(_bare_key(doc, f))
        if not ties or len({lands for lands, _ in ties}) > 1:
            continue
        lands, given = ties[0]
        there = tuple(e for e in f.entries if e.country in lands) or given
        if there:
            f.entries = there
        else:
            f.elsewhere = True


def _placed_after(tv, starts: dict[int, _Found], f: _Found) -> bool:
    """A name followed by a comma or "in" and a country or a first-level unit ("Alexandria,
    Virginia", "Alexandria in northern Egypt"): the text places it there itself."""
    k = f.end + (f.end < len(tv.words) and tv.words[f.end] == ",")
    if k < len(tv.words) and tv.lower[k] == "in":
        k += 1
    if k == f.end or k >= len(tv.words):
        return False
    if tv.lower[k] == "the":
        k += 1
    while k < len(tv.words) and k not in starts and is_compass(norm(tv.words[k])):
        k += 1
    g = starts.get(k)
    return g is not None and not g.demonym and any(e.rank in (0, 2) for e in g.entries)


def _beside(gaz: Gazetteer, entries: tuple[Entry, ...], lands: frozenset[str]) -> tuple[Entry, ...]:
    """The readings that are a first-level unit or a curated area, by its own name, of a
    country that borders one of ``lands``."""
    near = set().union(*(gaz.neighbours.get(c, frozenset()) for c in lands))
    return tuple(e for e in entries if e.country in near and e.primary and e.rank in (2, 5))


def _country_alone(g: _Found | None, f: _Found) -> frozenset[str] | None:
    """The country a found name is, where it is one and no first-level unit's name too; or
    the countries of its readings as a country and as a unit, where the name ``f`` tied to it
    has no reading in a unit's country ("Zaire's Shaba region": Zaire is also Angola's
    province, and Angola has no Shaba; "Georgia's Fulton County" is the state's)."""
    if g is None or g.demonym or not g.entries or g.entries[0].rank != 0:
        return None
    units = {e.country for e in g.entries if e.rank == 2}
    if units and any(e.country in units for e in f.entries):
        return None
    lands = {e.country for e in g.entries if e.rank in (0, 2)} if units else set()
    return frozenset(c for c in lands | {g.entries[0].country} if c)


# the works and grounds a name may own, told as lying in a country's unit ("the Slavyansk oil
# refinery in Russia's Krasnodar region", "the Grasberg copper mine in Indonesia's Papua
# province"); not people ("Kharkiv residents in Russia's Belgorod region" came from Kharkiv)
SITE_WORDS = frozenset(
    {"refinery", "refineries", "plant", "plants", "mine", "mines", "airfield", "airfields"}
    | {"airbase", "dam", "dams", "factory", "factories", "oilfield", "oilfields", "depot"}
    | {"depots", "terminal", "terminals", "port", "airport", "reactor", "station"}
)
# lower-case words between the name and its site word ("oil", "copper", "military")
_SITE_MODIFIERS = 2


def _sites_in_a_unit(doc, found: list[_Found]) -> None:
    """ "the Ilsky and Slavyansk oil refineries in Russia's Krasnodar region", "the Kamsar
    bauxite mine in the Boke region of Guinea": a name that owns works the text puts in a
    country's first-level unit lies in that unit. Its readings there are kept, else its
    readings in that country when the unit is not known; with none there, it is told to lie
    elsewhere (its readings kept as alternatives, none chosen) rather than be read in another
    country (Sloviansk, Ukraine). The name keeps that sense through the text ("The Slavyansk
    refinery can process ...")."""
    tv = view(doc)
    starts = {g.start: g for g in found}
    said: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for f in found:
        if f.demonym or not f.entries or f.entries[0].rank in (0, 1, 2):
            continue
        where = _site_unit(tv, starts, f)
        if where is not None:
            said.setdefault(_bare_key(doc, f), where)
    if not said:
        return
    for f in found:
        where = said.get(_bare_key(doc, f))
        if where is None or f.demonym or not f.entries or _placed_after(tv, starts, f):
            continue
        lands, units = where
        there = tuple(
            e for e in f.entries if e.country in lands and (not units or e.admin1 in units)
        )
        if there:
            f.entries = there
        else:
            f.elsewhere = True


def _site_unit(
    tv, starts: dict[int, _Found], f: _Found
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The countries, and the codes of the first-level unit (none when the unit has no reading
    there), that the site a name owns is put in: the name (or the last of "X and Y"), at most
    two lower-case words and a site word, "in", then a country's possessive and a unit's name
    and word ("in Russia's southern Krasnodar region"), or a unit's name and word, "of" and a
    country ("in the Boke region of Guinea")."""
    n = len(tv.words)
    k = f.end
    if k + 1 < n and tv.lower[k] == "and" and k + 1 in starts:
        k = starts[k + 1].end
    j = k
    while j < n and j - k < _SITE_MODIFIERS and tv.lower[j] not in SITE_WORDS:
        if not (tv.words[j].isalpha() and tv.words[j].islower()):
            return None
        j += 1
    if j + 1 >= n or tv.lower[j] not in SITE_WORDS or tv.lower[j + 1] != "in":
        return None
    k = j + 2 + (j + 2 < n and tv.lower[j + 2] == "the")
    g = starts.get(k)
    if g is None:
        return None
    if g.end + 1 < n and tv.lower[g.end] in ("'s", "’s"):
        lands = _country_alone(g, f)
        k = g.end + 1
        while k < n and k - g.end <= DESCRIBING_WORDS and k not in starts and tv.words[k].islower():
            k += 1
        unit = starts.get(k)
    else:
        unit = g
        k = _unit_end(tv, g)
        lands = _country_after(tv, starts, k + 1, f) if k < n and tv.lower[k] == "of" else None
    if lands is None or unit is None or _unit_end(tv, unit) == 0:
        return None
    units = frozenset(e.admin1 for e in unit.entries if e.country in lands and e.admin1)
    return lands, units


def _unit_end(tv, g: _Found) -> int:
    """The token after a unit's name and its word ("Krasnodar region"), 0 when no unit's
    word ends it or follows it."""
    if tv.lower[g.end - 1] in REGION_WORDS:
        return g.end
    if g.end < len(tv.words) and tv.lower[g.end] in REGION_WORDS:
        return g.end + 1
    return 0
