"""A capitalised compass word before a name that is a first-level region and towns ("Eastern
Washington", "Western New York", "Central and Eastern Oregon"): the words name a part of the
region, as a heading of regional news does, not a town or a capital of that name (Washington,
D.C.). Only capitalised, where the compass word is part of the name: "eastern Aleppo" in war
news is the east of the city. A whole name the gazetteer has ("West Virginia", "South
Sudan") was read as such before, and a country's reading stays ("Central Mexico"); an
abbreviation ("South L.A.") is a city's short form, not a state's code.

A whole name the gazetteer holds only as small towns ("North Wales", a borough of 3,000 in
Pennsylvania) whose compass word stands before a first-level region's or a country's name of
another country (Wales) is that region's part, as news names it, unless the text names the
towns' own region or country elsewhere ("North Wales, Pa.", a story of Montgomery County). The
region or country must be in sight: another name of the text may lie in its country, or names
a country that borders it ("Wrexham" beside "North Wales", "Israeli" beside "South Lebanon"); a
town beside its own country's places stays the town ("East Palestine", Ohio, near the
Pennsylvania line; "West Lebanon", New Hampshire, on the Connecticut River). With neither country
in sight ("South Jordan police arrested a teenager", "Hezbollah fighters in South Lebanon fired
rockets") the name is left unplaced: either reading may be on the wrong continent.
"""

from __future__ import annotations

from typing import Any

from explorer.geoparse.found import F
from explorer.geoparse.names import is_compass, norm
from explorer.model import great_circle_km

# the head of an armed body's name after a place's ("the South Lebanon Army"): the place's
# words are the body's, not a town of their own
ARMED_BODY_HEADS = frozenset(
    {"army", "front", "forces", "movement", "brigade", "brigades", "militia", "liberation"}
)
# the most people a town of a compass word's name may have and still yield to the region of
# another country ("North Wales", Pennsylvania): a bigger city is what its name means ("East
# London", South Africa)
SMALL_TOWN = 100_000


def compass_parts(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each name after a capitalised compass word read as its region."""
    for f in found:
        k = f.start - 1
        if f.demonym or k < 0 or not tv.cap[k] or not is_compass(tv.lower[k]):
            continue
        name = "".join(tv.words[f.start : f.end])
        if "." in name or name.isupper():
            continue  # "South L.A.", "East LA": the city's short form, not Louisiana
        wide = tuple(e for e in f.entries if e.rank in (0, 1, 2, 5))
        if any(e.rank == 2 and e.primary for e in wide) and len(wide) < len(f.entries):
            f.entries = wide
    return found


def compass_towns(tv: Any, gaz: Any, found: list[F]) -> list[F]:
    """``found`` with each small town named by a compass word and a region or country of
    another country read as that region's or country's part (see the module's words)."""
    for f in found:
        if f.demonym or f.end - f.start < 2 or not tv.cap[f.start]:
            continue
        if not is_compass(tv.lower[f.start]) or not f.entries:
            continue
        if not all(e.rank == 4 and e.population < SMALL_TOWN for e in f.entries):
            continue
        rest = norm(" ".join(tv.words[f.start + 1 : f.end]))
        towns = {e.country for e in f.entries}
        wide = tuple(
            e
            for e in gaz.lookup(rest)
            if ((e.rank == 2 and e.primary) or e.rank == 0) and e.country not in towns
        )
        if not wide or _towns_region_named(f, found):
            continue
        if _wide_in_sight(f, found, wide, gaz):
            f.entries = wide
        elif not _towns_country_in_sight(f, found):
            # neither the towns' country nor the other one in sight ("Hezbollah fighters in
            # South Lebanon fired rockets", "South Jordan police arrested a teenager"): no
            # reading beats one on the wrong continent
            f.entries = ()
    return found


def compass_regions_abroad(tv: Any, gaz: Any, found: list[F]) -> list[F]:
    """``found`` with a country's name after a compass word in lower case read as the
    first-level region of another country that the two words name ("snow in western
    Macedonia" beside Chania and Chios: West Macedonia of Greece, not North Macedonia), where
    another name of the text is a place below the country in that other country at every
    reading, and nothing else of the text lies in the first one: the region's country is in
    sight, the country of the bare name is not. A country or a people alone is no sight of the
    region ("Iran shelled villages in eastern Azerbaijan" is the country: Iran acts there). A
    story that names the country again ("fighting in eastern Azerbaijan ... Baku") keeps the
    country, and so does one with neither in sight."""
    for f in found:
        k = f.start - 1
        if f.demonym or k < 0 or tv.cap[k] or not is_compass(tv.lower[k]):
            continue
        lands = {e.country for e in f.entries if e.rank == 0}
        if not lands:
            continue
        key = norm(" ".join(tv.words[k : f.end]))
        regions = tuple(e for e in gaz.lookup(key) if e.rank == 2 and e.country not in lands)
        if not regions:
            continue
        homes = {e.country for e in regions}
        others = [g for g in found if g is not f and g.entries]
        if any(_lies_in(g, lands) for g in others):
            continue  # the country is named again: "eastern Azerbaijan" beside Baku
        if _region_in_sight(tv, others, homes, regions):
            f.entries = regions
    return found


def _region_in_sight(tv: Any, others: list[F], homes: set[Any], regions: tuple) -> bool:
    """The region's country is in sight: a name of the text lies below the country there at
    every reading, and either lies in the region itself ("a student died in Urmia" beside
    "western Azerbaijan") or has another name of that country beside it, the country's own
    name too ("Chios" and "Chania", "Greece" and "Chania" beside "western Macedonia"). One
    town elsewhere in that country says too little: "Tehran's guns shelled villages in
    eastern Azerbaijan" is the country, Tehran the state that acts; "Greek diplomats in
    Thessaloniki said ethnic Albanian parties won in western Macedonia" may be North
    Macedonia's west."""
    sights = [
        g
        for g in others
        if not g.demonym and all(e.country in homes and 2 <= e.rank <= 4 for e in g.entries)
    ]
    if not sights:
        return False
    inside = {(e.country, e.admin1) for e in regions}
    if any(all((e.country, e.admin1) in inside for e in g.entries) for g in sights):
        return True
    lands = [
        g
        for g in others
        if not g.demonym
        and (g in sights or any(e.rank == 0 and e.country in homes for e in g.entries))
    ]
    return len({norm(" ".join(tv.words[g.start : g.end])) for g in lands}) >= 2


def _lies_in(g: F, lands: set[Any]) -> bool:
    """``g`` names one of ``lands`` (the country, its people) or lies there at every reading,
    or has one reading only, there."""
    if all(e.country in lands for e in g.entries):
        return True
    return any(e.country in lands and (e.rank == 0 or len(g.entries) == 1) for e in g.entries)


def _towns_country_in_sight(f: F, found: list[F]) -> bool:
    """Another name of the text lies in the country of ``f``'s towns at every reading
    ("the Pennsylvania line" beside "East Palestine")."""
    countries = {e.country for e in f.entries}
    return any(
        g.entries and all(e.country in countries for e in g.entries) for g in found if g is not f
    )


def _towns_region_named(f: F, found: list[F]) -> bool:
    """Another name of the text is the first-level region of one of ``f``'s towns or their
    country, or lies in that region at every reading ("Bangor", in Maine, Wales and
    Pennsylvania, says nothing)."""
    homes = {(e.country, e.admin1) for e in f.entries}
    countries = {e.country for e in f.entries}
    for g in found:
        if g is f or g.demonym or not g.entries:
            continue
        if any(
            (e.rank == 0 and e.country in countries)
            or (e.rank == 2 and (e.country, e.admin1) in homes)
            for e in g.entries
        ):
            return True
        if all((e.country, e.admin1) in homes for e in g.entries):
            return True
    return False


def _wide_in_sight(f: F, found: list[F], wide: tuple[Any, ...], gaz: Any) -> bool:
    """Another name of the text has a reading in the country of one of ``wide`` (the region or
    country the compass word would make ``f``), or is a country bordering it."""
    countries = {e.country for e in wide}
    near = {n for c in countries for n in gaz.neighbours.get(c or "", ())}
    return any(
        e.country in countries or (e.rank == 0 and e.country in near)
        for g in found
        if g is not f
        for e in g.entries
    )


def compass_country_town(tv: Any, gaz: Any, k: int, end: int, whole: tuple[Any, ...]) -> bool:
    """Tokens [k, end) are a capitalised compass word and a country's name, a town's whole
    name in the gazetteer with ``whole`` its readings, every one a town ("East Palestine",
    Ohio; "South Jordan", Utah): the name as written, never the country alone. Never before a
    capitalised armed body's head ("the South Lebanon Army": a militia's name, no town's);
    `compass_towns` says later whether the text means the country's part ("South Lebanon"
    beside Israel)."""
    if end - k < 2 or not tv.cap[k] or not is_compass(tv.lower[k]):
        return False
    if end < len(tv.words) and tv.cap[end] and tv.lower[end] in ARMED_BODY_HEADS:
        return False
    if not all(e.rank == 4 for e in whole):
        return False  # "the Union of South America": a continent, in a body's name
    rest = gaz.lookup(norm(" ".join(tv.words[k + 1 : end])))
    return any(e.rank == 0 for e in rest)


def compass_country_towns(tv: Any, gaz: Any, found: list[F]) -> list[F]:
    """``found`` with a country's name lengthened over the capitalised compass word before it
    where the two words are a town's whole name in the gazetteer, as the scan reads them
    (`compass_country_town`): spaCy called "Jordan" of "Residents of West Jordan" a person and
    left the compass word out, and the country was read alone. `compass_towns` then says
    whether the text means the country's part."""
    starts = {f.start for f in found} | {f.end - 1 for f in found}
    for f in found:
        k = f.start - 1
        if f.demonym or k < 0 or k in starts or not tv.cap[k] or not is_compass(tv.lower[k]):
            continue  # the cheap test first: the lookup below is one query a name
        if not any(e.rank == 0 for e in f.entries):
            continue
        whole = gaz.lookup(norm(" ".join(tv.words[k : f.end])))
        if whole and compass_country_town(tv, gaz, k, f.end, whole):
            f.start, f.entries = k, whole
    return found


# how far a place said to lie "north of" a town may be from it with no distance written (the
# Kandahar air base, "south of Kabul", lies 450 km off); with
# one ("60 km north of Kabul"), that distance and this margin
NEAR_KM = 1000.0
MILE_KM = 1.609
# words of a site's phrase that may stand between its name and its bearing ("the Bagram air
# base, some 60 km north of Kabul"): a verb would begin another clause, whose subject may be a
# state that acts far away ("Moscow launched drones north of Kyiv")
_SITE_WORDS = frozenset(
    {"air", "airbase", "airfield", "airport", "base", "camp", "village", "town", "city"}
    | {"district", "dam", "plant", "field", "valley", "pass", "checkpoint", "bridge"}
    | {"crossing", "military", "naval", "outpost", "mine", "refinery", "port", "station"}
    | {"about", "some", "just", "nearly", "roughly", ",", "-", "–"}
)
_LENGTH_WORDS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": MILE_KM, "mi": MILE_KM}


def placed_by_bearing(doc: Any, found: list[F]) -> list[F]:
    """A name followed, within its own phrase, by a compass word, "of" and a town the text
    names ("the Bagram air base north of Kabul", "Tikrit, 150 km north of Baghdad") lies near
    one of that town's readings: a site placed from a town lies by it, in whatever country
    (Tijuana, south of San Diego), never in the country of the one who speaks of it ("Iran
    says the Bagram air base north of Kabul" is no Bahram of Iran). With no reading near, no
    reading: the name is shown unplaced. With one, the resolver weighs the town beside it."""
    starts = {g.start: g for g in found}
    for f in found:
        if f.demonym or not f.entries or any(e.rank not in (3, 4) for e in f.entries):
            continue  # a country or a region that acts ("Russia fired missiles north of Kyiv")
        anchor, limit = _bearing_anchor(doc, f, starts)
        if anchor is None or not anchor.entries or anchor is f:
            continue
        near = tuple(
            e
            for e in f.entries
            if any(great_circle_km(e.lat, e.lon, a.lat, a.lon) <= limit for a in anchor.entries)
        )
        if not near:
            # a reading near the town is left to the resolver, which weighs the town beside
            # it; narrowing here would change what the text's other names are read beside
            f.entries, f.source = (), "ner"  # unplaced, still a name of the text
    return found


def _bearing_anchor(doc: Any, f: F, starts: dict[int, F]) -> tuple[F | None, float]:
    """The name after "<compass word> of" within five words of ``f``'s phrase, and how far
    from it ``f`` may lie."""
    limit = NEAR_KM
    for k in range(f.end, min(f.end + 7, len(doc) - 2)):
        t = doc[k]
        if k in starts or t.text in (".", ";", ":", "(", ")"):
            return None, limit
        low = t.lower_
        if low in ("north", "south", "east", "west") or (
            is_compass(low) and not low.endswith("ern") and not t.is_title
        ):
            if doc[k + 1].lower_ == "of":
                return starts.get(k + 2), limit
            return None, limit
        if t.like_num and k + 1 < len(doc) and doc[k + 1].lower_ in _LENGTH_WORDS:
            try:
                limit = float(t.text.replace(",", "")) * _LENGTH_WORDS[doc[k + 1].lower_]
                limit += NEAR_KM / 4
            except ValueError:
                pass
        elif low not in _SITE_WORDS and low not in _LENGTH_WORDS:
            return None, limit
    return None, limit
