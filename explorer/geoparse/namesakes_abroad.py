"""Namesakes abroad that the words beside a name rule out (branch geofix56's): a town of another
land before a first-level unit's word (:func:`towns_abroad_before_a_unit_word`), a small town
read for a name after a comma that is a region's or a country's too
(:func:`region_after_an_unplaced_town`), a town whose name a document bears where namesakes
abroad of like size share it (:func:`document_named_for_a_town`), a city reached by another
name that towns of several lands bear as their own (:func:`old_name_of_a_city_abroad`), and a
world city read as a village of its name that no name of the text is near
(:func:`world_city_over_a_lone_namesake`). The first filters a name's readings before the
scoring (``unit_rules``); the others run after the choice (``resolve._after_choosing``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm, spelled_alike
from explorer.geoparse.recognised import MIN_POP_FREE
from explorer.geoparse.senses_kept import (
    lower_case_document,
    old_name_in_its_own_years,
    town_far_from_the_unit,
)
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry
    from explorer.geoparse.recognised import _Found
    from explorer.geoparse.resolve import Mention


def towns_abroad_before_a_unit_word(
    entries: tuple[Entry, ...], f: _Found, found: list[_Found]
) -> tuple[Entry, ...]:
    """ "Russian shells hit Mariupol in Donetsk Oblast", "Russia claimed gains in the Donetsk
    region": before a unit's word, a name that is a first-level unit of one land (its main
    name) is no town of another land either (Donetsk of Rostov Oblast, Russia), whatever
    land the text names by its people or its own name: the word says the text means a unit,
    and a land at war is named beside its occupied regions. A town abroad stays where
    another name of the text reads a place of the town's own first-level region ("the Odessa
    region of West Texas"; "the town of Donetsk, in Rostov Oblast"), a city big enough to
    name its own region (MIN_POP_FREE: "the Charlotte region" is North Carolina's, not Saint
    Vincent's Charlotte parish), and where the name is a unit of the town's land too
    (``units._unit_over_its_town`` reads those)."""
    units = {e.country for e in entries if e.rank in (2, 3)}
    if not any(e.rank == 2 and e.primary for e in entries):
        return entries
    near = {
        (e.country, e.admin1)
        for o in found
        if o is not f and not o.demonym
        for e in o.entries
        if e.rank in (2, 3, 4) and e.admin1
    }
    kept = tuple(
        e
        for e in entries
        if e.rank != 4
        or e.country in units
        or (e.country, e.admin1) in near
        or e.population >= MIN_POP_FREE
        or town_far_from_the_unit(e, entries)
    )
    return kept or entries


def region_after_an_unplaced_town(mentions: list[Mention], final, text: str, km) -> None:
    """ "Divers searched the coast near Sutherland, Scotland": a name after a comma that closes
    another name is where that name lies; read as a small town (Scotland, Pennsylvania) while
    it is also a first-level region or a country of its main name (Scotland, Great Britain),
    and the name before it is left unplaced with no reading within TOGETHER_KM of that town,
    it is the region or the country: nothing of the text puts a place beside the town, and
    the unplaced name's readings elsewhere (Sutherlands of the United States) lent the town
    their country. Not a town the name before it lies beside ("Hollis, Jamaica, Queens"),
    a name before it that is placed ("Paris, Texas", "Perth, Scotland") or has no reading at
    all ("Iran Focus, Tehran": nothing lent), a famous city (a capital: Tehran, not its
    province), nor a region of the town's own land."""
    from explorer.geoparse.resolve import TOGETHER_KM, _famous, _km_cached, _take

    for j in range(1, len(mentions)):
        y, x = mentions[j], mentions[j - 1]
        e = y.chosen
        if e is None or y.demonym or x.demonym or x.chosen is not None or e.rank != 4:
            continue
        if text[x.end : y.start].strip() != ",":
            continue
        key = norm(y.name)
        wide = max(
            (
                (w, sc)
                for w, sc in final[j]
                if w.rank in (0, 2) and w.primary and norm(w.name) == key
            ),
            key=lambda r: r[1],
            default=None,
        )
        if wide is None or wide[0].population <= e.population or wide[0].country == e.country:
            continue
        readings = [a for a, _ in x.alternatives]
        if not readings or _famous(e) or any(_km_cached(km, a, e) <= TOGETHER_KM for a in readings):
            continue
        _take(y, final[j], wide[0].gid)


# the head word of a document's name taken from a town, right after the town's name and ending
# the name ("the Toledo Principles on teaching about religions"); not a building's or a body's
# longer name ("the Toledo Convention Center")
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:declaration|agreements?|accords?|protocol|conventions?|principles|treaty|charter"
    r"|consensus)\b(?![ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# a namesake abroad with at least this share of the chosen town's people is one the document's
# name may as well be named for (Toledo, Spain, 86,526, beside Toledo, Ohio, 265,638)
_LIKE_SIZE = 0.1


def document_named_for_a_town(mentions: list[Mention], final, text: str) -> None:
    """ "The United States endorsed the Toledo Principles": a town's name that opens a
    document's (a declaration, an agreement, a protocol, a charter, principles:
    :data:`_DOCUMENT_AFTER`) names where it was drafted or signed, not where the text says
    anything happens; read as a town with a namesake in another land of like size (a tenth
    of its people or more: Toledo, Spain, beside Toledo, Ohio), the name is left unplaced,
    its readings kept as alternatives: the document's name does not say which town it is
    named for, and a wrong continent is worse than none. Not a famous city ("the Minsk
    agreements", "the Kyoto Protocol"), a town its container places, a town with no namesake
    of like size ("the Belfast Agreement"), a town's own building ("the Toledo Convention
    Center"), nor where the text reads another place of the town's land below a country
    ("The Naples Declaration was signed in Florida")."""
    from explorer.geoparse.resolve import _leave_unplaced, _movable

    for i, m in enumerate(mentions):
        e = _movable(m)
        if e is None or not e.country or not _DOCUMENT_AFTER.match(text, m.end):
            continue
        if lower_case_document(text, m.end):
            continue
        key = norm(m.name)
        if any(
            n.chosen is not None
            and n.chosen.country == e.country
            and n.chosen.rank != 0
            and not n.demonym
            and norm(n.name) != key
            for n in mentions
        ):
            continue
        if any(
            x.primary
            and x.rank in (3, 4)
            and x.country != e.country
            and norm(x.name) == key
            and x.population >= _LIKE_SIZE * e.population
            for x, _ in final[i]
        ):
            _leave_unplaced(m, [(e, m.score), *m.alternatives])


# a town bearing a city's other name as its own, of at least this share of the city's people, is
# a town news names for itself (Salisbury, England, 44,748, beside Harare, 1,542,813)
_OWN_NAME_SHARE = 1 / 50


def old_name_of_a_city_abroad(mentions: list[Mention], final, text: str) -> None:
    """ "Salisbury's cathedral hosted a memorial": a name read as a big city that bears it only
    as another name, not a spelling of its own (Harare, once Salisbury), is a town that bears
    it as its main name, where towns of two lands or more other than the city's do (England's
    and America's Salisburys) and the biggest of them has a fiftieth of the city's people: a
    name many lands' towns use is theirs in today's news, and a renamed city is named by its
    name now. The best-scored such town is taken. Not where the text reads anything else in
    the city's land ("Salisbury, the capital of Rhodesia, was renamed Harare", "Ian Smith
    ruled from Salisbury ... Bulawayo"), a curated alias, a town its container places, a
    spelling of the city's name ("Kiev"), nor an old name one land's town bears (Allahabad:
    Pakistan's only) or towns far too small for it (Calcutta, Ohio)."""
    from explorer.geoparse.resolve import _take

    for m, cs in zip(mentions, final, strict=True):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4 or e.primary or e.alias:
            continue
        key = norm(m.name)
        if spelled_alike(key, norm(e.name)):
            continue
        if old_name_in_its_own_years(text, m.start, m.end):
            continue
        if any(
            o.chosen is not None and o.chosen.country == e.country
            for o in mentions
            if norm(o.name) != key
        ):
            continue
        towns = [
            (x, sc)
            for x, sc in cs
            if x.primary and x.rank in (3, 4) and x.country != e.country and norm(x.name) == key
        ]
        if len({x.country for x, _ in towns}) < 2:
            continue
        if max(x.population for x, _ in towns) < _OWN_NAME_SHARE * e.population:
            continue
        best = max(towns, key=lambda r: r[1])[0]
        if _a_seat_of_rule(text, m) or _the_text_near_the_city(mentions, key, e, best):
            continue
        _take(m, cs, best.gid)


# a government's or a ruler's words before "in" and a town, or after the town: the town is a
# seat of rule, named as it was when it was one ("the government in Salisbury", 1978)
_RULE_BEFORE = re.compile(
    r"\b(?:government|regime|authorities|junta|administration|rulers?|capital)\s+in\s+$",
    re.IGNORECASE,
)
_RULE_AFTER = re.compile(r"^\s+(?:government|regime|authorities|junta)\b", re.IGNORECASE)


def _a_seat_of_rule(text: str, m: Mention) -> bool:
    """The old name is told as the seat of a government ("Britain backed the Western-backed
    government in Salisbury against the guerrillas", 1978; "the Salisbury regime"): a city
    under the name it had while it was ruled from, not a namesake abroad."""
    return bool(
        _RULE_BEFORE.search(text[max(0, m.start - 40) : m.start])
        or _RULE_AFTER.match(text[m.end : m.end + 20])
    )


def _the_text_near_the_city(mentions: list[Mention], key: str, city, town) -> bool:
    """Another name the text reads lies nearer the renamed city than the namesake ("SALISBURY
    - Guerrillas based in Mozambique are fighting the Smith regime", 1977: Mozambique borders
    the land of Harare, once Salisbury): the text tells of the city's region under its old
    name."""
    for o in mentions:
        c = o.chosen
        if c is None or norm(o.name) == key:
            continue
        if great_circle_km(c.lat, c.lon, city.lat, city.lon) < great_circle_km(
            c.lat, c.lon, town.lat, town.lon
        ):
            return True
    return False


# a namesake of a world city with less than this share of its people is a village beside it
# (Vienna, Illinois, 1,647; Paris, Texas, 24,782 beside Paris's 2,138,551)
_VILLAGE_SHARE = 0.02
# a name of the text read this near the namesake speaks of the namesake's own country
_NEAR_KM = 200.0
# a city whose name news gives a symphony, a team or a choir, and that says nothing of its
# land's villages (Denver's 729,019 people and more; not Santa Claus, Indiana, nor Richmond,
# Kentucky, whose names place a local story)
_BIG_CITY = 500_000
# a street's word after a town's name: the street a local story's address names ("2517 Memphis
# St., Alexandria"), no city the text speaks of
_STREET_AFTER = re.compile(
    r"\s+(?:street|st|avenue|ave|road|rd|drive|boulevard|blvd|lane|highway|hwy|parkway|pkwy"
    r"|terrace|turnpike|pike)\b",
    re.IGNORECASE,
)


def villages_of_world_cities(mentions: list[Mention], final, km):
    """Each mention read as a namesake of a world city (``resolve._world_city``) with under
    _VILLAGE_SHARE of its people, the one test the world city's rules share, as (mention, its
    readings, the namesake, the world city's reading, the name's key)."""
    from explorer.geoparse.resolve import _movable, _world_namesake_of

    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None:
            continue
        world = _world_namesake_of(m, cs, e, km)
        if world is None or e.population >= _VILLAGE_SHARE * world[0].population:
            continue
        yield m, cs, e, world, norm(m.name)


def nothing_of_the_text_near(mentions: list[Mention], cs, e, world, key: str, km) -> bool:
    """No other name the text reads below the country holds the namesake or lies within
    _NEAR_KM of it, and no other town of the name lies within ``TOGETHER_KM`` of one
    ("Commuters from Vienna crowded the Washington Metro": Vienna, Virginia)."""
    from explorer.geoparse.resolve import TOGETHER_KM, _inside, _km_cached

    others = [
        o.chosen
        for o in mentions
        if o.chosen is not None and not o.demonym and norm(o.name) != key and o.chosen.rank
    ]
    if any(_inside(e, o) or _km_cached(km, e, o) <= _NEAR_KM for o in others):
        return False
    towns = [x for x, _ in cs if x.rank in (3, 4) and x.gid != world[0].gid]
    return not any(_km_cached(km, x, o) <= TOGETHER_KM for x in towns for o in others)


def world_city_over_a_lone_namesake(mentions: list[Mention], final, text: str, km) -> None:
    """ "The Chicago Symphony played at the Musikverein in Vienna", "Fans from Dallas watched
    the game in London": a world city (``resolve._world_city``) read as a namesake of its name
    with under a fiftieth of its people (Vienna, Illinois; London, Kentucky) is the world
    city where the only names the text reads in the namesake's land are big cities
    (_BIG_CITY), none within _NEAR_KM of the namesake, and no other name is read near it or
    as its first-level region: the big city, hundreds of kilometres away, lends the
    namesake only its country, and says nothing of a village of another of its regions.
    Not a local story's village, named with a small town or none of its land ("Alexandria
    woman charged ... Alexandria", "Alexandria ... Santa Claus": Indiana's towns) or with a
    big city's name only as its streets' ("2517 Memphis St., Alexandria"), nor a
    namesake its container places ("Vienna, Illinois"), one
    beside a county or a town the text names ("Vienna police in Johnson County"), nor where
    another namesake lies within TOGETHER_KM of a name of the text ("Commuters from Vienna
    crowded the Washington Metro": Vienna, Virginia), one of its region named, nor a
    namesake of a fiftieth of the city or more (Athens, Georgia: 6 per cent of Athens)."""
    from explorer.geoparse.resolve import _take

    for m, cs, e, world, key in villages_of_world_cities(mentions, final, km):
        lenders = [
            o.chosen
            for o in mentions
            if o.chosen is not None
            and o.chosen.country == e.country
            and not o.demonym
            and norm(o.name) != key
            and o.chosen.rank
            and not _STREET_AFTER.match(text, o.end)
        ]
        if not lenders or any(o.rank != 4 or o.population < _BIG_CITY for o in lenders):
            continue  # only a big city's name may lend a village its land
        if nothing_of_the_text_near(mentions, cs, e, world, key, km):
            _take(m, cs, world[0].gid)
