"""Rules on regions and administrative units: counties, townships, a unit named by its kind's
word, a region's name read as an adjective or a speaker, a name's reading in its sentence's
country.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.headlines import _lower_words
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.recognised import (
    CAPITAL_KIND_WORDS,
    MIN_POP_COUNTRY,
    MIN_POP_FREE,
    NATURE_WORDS,
    REGION_WORDS,
    TOWNSHIP_WORDS,
    UNIT_KIND_BEFORE,
    UNIT_KIND_PLURALS,
    _DocContext,
    _Found,
)
from explorer.geoparse.resolve import TOGETHER_KM
from explorer.geoparse.tokens import name_key, opens_sentence, span_text, view
from explorer.model import great_circle_km


def _alternate_abroad(entries: tuple[Entry, ...], ctx: _DocContext) -> bool:
    """Every reading is a village reached only by another of its names, in a country no place
    of the text lies in ("the Bagram air base north of Kabul": GeoNames' Bahram of Iran). Only
    where the text puts something at a town or region: a people's adjective alone tells who
    acts, not where ("Russian troops seized the Chernobyl nuclear plant" is Ukraine's town).
    """
    if not (ctx.named_countries or ctx.city_countries or ctx.regions):
        return False
    known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
    return all(not e.primary and e.country not in known for e in entries)


def _villages_abroad(entries: tuple[Entry, ...], ctx: _DocContext) -> bool:
    """Every reading is a town of under MIN_POP_COUNTRY people outside the countries the text
    names, and it names one."""
    return bool(entries and ctx.countries) and all(
        e.rank in (3, 4) and e.population < MIN_POP_COUNTRY and e.country not in ctx.countries
        for e in entries
    )


# plurals after a sea's or a region's adjective that still mean the water or its shores
# ("Baltic ports", "Pacific islands", "Caribbean storms")
SEA_PLURALS = frozenset(
    {"ports", "waters", "islands", "isles", "coasts", "shores", "seas", "beaches", "ships"}
    | {"ferries", "fisheries", "storms", "hurricanes", "typhoons", "cables", "routes", "lanes"}
    | {"crossings"}
)


# a country's nouns: after a sea's or a region's adjective, singular too, they name one of
# the countries on its shores ("a Baltic state", "the Caribbean nation"), never the water
POLITY_NOUNS = frozenset({"state", "nation", "country", "republic"})


# the determiners of one such country before the adjective
POLITY_DETERMINERS = frozenset({"a", "an", "the", "another", "each", "every", "one", "this"})


def _region_adjective(doc, f: _Found) -> bool:
    """ "Baltic elections", "Balkan leaders", "Caribbean nations", "Pacific states": a sea's or a
    region's one-word name in its adjective's form ("-ic", "-an") before a plural noun in lower
    case qualifies the noun; the text names no place (the Baltic Sea, or Turkmenistan's Balkan
    province). The sea stays where the plural is one of the water's own ("Baltic ports",
    "Caribbean islands"); a name none of whose readings is a sea, a region or a continent, or
    one of which is a country or a city ("Taiwan elections", "Milan officials"), is no
    adjective (Baltic, Ohio, a village of 800, does not make "Baltic" a noun). Only a plural
    (no tagger runs): after a bare sea's name a singular word is as often the sentence going on
    ("crossed the Pacific yesterday"), so "Baltic security" keeps its reading; but a country's
    noun ("a Baltic state", "the Caribbean nation") is never the water's."""
    if f.demonym or f.end - f.start != 1 or f.end >= len(doc) or not f.entries:
        return False
    tv = view(doc)
    word, nxt = tv.lower[f.start], tv.words[f.end]
    if not (word.endswith("ic") or word.endswith("an")) or not tv.words[f.start].isalpha():
        return False
    if not any(e.rank in (1, 2, 5) for e in f.entries) or any(
        e.rank == 0 or (e.rank == 4 and e.population >= MIN_POP_FREE) for e in f.entries
    ):
        return False
    noun = nxt.lower()
    if nxt == noun and noun in POLITY_NOUNS:
        # "a Baltic state", "the Caribbean nation": a country of its shores; not a region's
        # own name ("Shan state") nor a noun qualifying another ("seven Pacific nation groups")
        return (
            f.start > 0
            and tv.lower[f.start - 1] in POLITY_DETERMINERS
            and not any(e.rank == 2 for e in f.entries)
        )
    if nxt != noun or not noun.isalpha() or len(noun) < 4 or noun[-1] != "s" or noun[-2] in "su":
        return False
    if doc[f.end].is_stop or noun in SEA_PLURALS or noun[:-1] in REGION_WORDS:
        return False
    return noun[:-1] not in NATURE_WORDS


def _curated_with_lower_word(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """A one-word curated name (a sea, an area) and the lower-case word after it that together
    are another curated feature's name, read as that feature: "the Baltic states" is the
    three countries' area, not the Baltic Sea. Recognition joins only capitalised words, and
    news writes the area's generic word in lower case as often as not."""
    tv = view(doc)
    for f in found:
        k = f.end
        if f.end - f.start != 1 or k >= len(doc) or f.demonym:
            continue
        if not any(e.rank == 5 for e in f.entries) or not tv.words[k].isalpha():
            continue
        if not tv.words[k].islower() or tv.spaces[f.start] is False:
            continue
        whole = gaz.curated(name_key(doc, f.start, k + 1))
        if whole and not {e.gid for e in whole} & {e.gid for e in f.entries}:
            # another feature ("Helmand province" is the feature "Helmand" reads already)
            f.end, f.entries = k + 1, whole
    return found


def _members_of(gaz, doc, f: _Found) -> bool:
    """ "the Knights of Columbus", "a Sons of Norway lodge", "the Daughters of Charity": a
    capitalised plural after an article and before "of", no place's name, is a body's name, and
    the town after it is part of that name, not a place of the story (Columbus, Ohio, in a
    story of Ohio's Williams County). A plural by its form (a consonant before the final "s":
    not "Texas", "Paris"), as the pipeline runs no tagger; a word that says what kind of place
    follows ("the Islands of Hawaii", "Falls of Clyde") or is a place's name ("Athens of ...",
    "Wells") is no body's; a country's, a first-level unit's or a curated area's name after it
    stays ("the Knights of Malta": the country the order is named for), and so does a county
    ("the Friends of Madison County Public Library": the county's own library)."""
    k = f.start - 2
    if k < 0 or f.demonym or not f.entries or not all(e.rank == 4 for e in f.entries):
        return False
    tv = view(doc)
    word = tv.lower[k]
    if tv.lower[k + 1] != "of" or not tv.cap[k] or len(word) < 4 or not word.isalpha():
        return False
    if k == 0 or tv.lower[k - 1] not in ("the", "a", "an"):
        return False  # "Residents of Springfield said": a sentence's or a headline's capital
    if word[-1] != "s" or word[-2] in "aeiousy":
        return False
    if word in REGION_WORDS or word in NATURE_WORDS or word[:-1] in NATURE_WORDS:
        return False
    return not gaz.has_name(word)


def _common_region(doc, f: _Found, found: list[_Found]) -> bool:
    """A region named by an English word, opening a sentence or a headline where its capital
    says nothing, that the text also writes in lower case, with no preposition before it, in
    a country none of the text's other places lies in: "Pool operators look to prevent ...",
    then "the pool", is no department of Congo. Not a country, nor a name the text writes
    capitalised elsewhere."""
    if f.end - f.start != 1 or not opens_sentence(view(doc), f.start):
        return False
    word = doc[f.start]
    if word.lower_ not in _lower_words(doc) or word.text.isupper():
        return False
    if any(e.rank in (0, 1) or e.alias for e in f.entries):
        return False
    key = norm(word.text)
    if any(g.start != f.start and name_key(doc, g.start, g.end) == key for g in found):
        return False
    near = {e.country for g in found if g.start != f.start for e in g.entries[:1]}
    return not any(e.country in near for e in f.entries)


# words of a region's name that many countries use for their own parts ("the Midlands")
PART_WORDS = frozenset({"midlands", "highlands", "lowlands", "central"})


def _compass_region_abroad(doc, f: _Found, found: list[_Found]) -> bool:
    """A first-level unit named by compass words or a country's part ("the North West", "the
    Midlands", "the Far North"), which many countries call their own parts, in a country none of
    the text's other places lies in: a British story's regions of England (no GeoNames units) are no
    provinces of South Africa and Zimbabwe. Left unplaced rather than put abroad."""
    key = name_key(doc, f.start, f.end)
    far = key.startswith("far ") and is_compass(key[4:])  # "Far North Queensland"
    plain = is_compass(key) or key in PART_WORDS or far
    if not (plain or _compass_compound(key)):
        return False
    ranks = (2,) if plain else (2, 3, 4)  # "Northland" is a village of New Zealand too
    if not any(e.rank in ranks for e in f.entries) or any(e.rank in (0, 1, 5) for e in f.entries):
        return False
    if not plain and any(e.rank == 4 and e.population >= MIN_POP_COUNTRY for e in f.entries):
        return False  # a city of the name ("Central Coast", 346,596 people): the resolver's
    near = {  # the countries of the other places' main readings
        e.country
        for g in found
        if name_key(doc, g.start, g.end) != key
        for e in g.entries
        if e.rank <= 2 or e.population >= MIN_POP_COUNTRY
    }
    return bool(near) and not any(
        e.country in near for e in f.entries if e.rank in ranks or e.population >= MIN_POP_COUNTRY
    )


# the last word of a compass-worded name that many countries give their own parts ("the
# Central Coast", "the Southern District", "North Central")
COMPASS_TAILS = frozenset({"coast", "district", "region", "central"})


def _compass_compound(key: str) -> bool:
    """A folded name of compass words then a part's generic word ("central coast", "southern
    district", "north central"), or a compass word run into "land" ("northland", "southland"):
    New Zealand's, Israel's and Australia's names for their parts, and other countries' too
    (Kansas City's Northland, southern California's Southland, British Columbia's Central
    Coast)."""
    words = key.split()
    if len(words) == 1:
        return key.endswith("land") and is_compass(key[:-4])
    return words[-1] in COMPASS_TAILS and all(is_compass(w) for w in words[:-1])


def _countries_of_others(
    doc, found: list[_Found], key: str, as_countries: bool = False
) -> set[str | None]:
    """The countries of the text's places of another name than ``key`` (their countries,
    first-level regions and towns of MIN_POP_COUNTRY people). ``as_countries``: a name that is
    a country counts as that country only ("Armenia" is no town of Colombia)."""
    return {
        e.country
        for g in found
        if name_key(doc, g.start, g.end) != key
        for country in [as_countries and any(x.rank == 0 for x in g.entries)]
        for e in g.entries
        if (e.rank <= 2 or e.population >= MIN_POP_COUNTRY) and (e.rank == 0 or not country)
    }


def _region_abroad(gaz: Gazetteer, doc, f: _Found, found: list[_Found]) -> bool:
    """None of the name's readings lies in a country of the text's other places (their
    countries, first-level regions and towns of MIN_POP_COUNTRY people), nor is a country
    bordering one, and the text has other places: "Georgia", a girl's given name in an
    Alberta story, is neither the country nor the US state; "Chad Smith reported that Chad's
    army fought in Niger and Nigeria" keeps the country, a neighbour of both."""
    key = name_key(doc, f.start, f.end)
    near = _countries_of_others(doc, found, key)
    if not near or any(e.country in near for e in f.entries):
        return False
    return not any(
        e.rank == 0 and e.country and near & gaz.neighbours.get(e.country, frozenset())
        for e in f.entries
    )


def _units_by_kind_word(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """A name before a plural unit word in lower case, alone or in a list joined by commas and
    "and" ("Magway and Mandalay regions"), or after "the" and a unit word and "of" ("the
    neighbouring state of Colima"): the unit of the name with that word where the gazetteer
    holds one ("Sagaing Region"), and that country's towns of the name are no reading
    (`_unit_over_its_town`)."""
    words = set(view(doc).words)
    if words.isdisjoint(UNIT_KIND_BEFORE) and words.isdisjoint(UNIT_KIND_PLURALS):
        return found  # both readings need a unit word
    for i, f in enumerate(found):
        if not f.entries or f.demonym:
            continue
        # "the Brazilian state of Amazonas", "Amazonas, a Brazilian state": the demonym says
        # whose unit it is; only readings in that country stay, when there are any
        iso = _unit_demonym(gaz, doc, found, i)
        if iso and any(e.country == iso for e in f.entries):
            f.entries = tuple(e for e in f.entries if e.country == iso)
        kind = _after_unit_word(doc, found, i) or _before_unit_plural(doc, found, i)
        kind = kind[:-1] if kind in UNIT_KIND_PLURALS else kind
        if not kind:
            continue
        named = {e.gid for e in f.entries}
        whole = tuple(
            e
            for e in gaz.lookup(norm(f"{span_text(doc, f.start, f.end)} {kind}"))
            if e.rank in (2, 3) and e.primary and e.gid not in named
        )
        f.entries = _unit_over_its_town(f.entries + whole)
    return found


def _unit_demonym(gaz: Gazetteer, doc, found: list[_Found], i: int) -> str | None:
    """The country a demonym gives the unit found[i] names: "the whole Brazilian state of
    Amazonas" (the demonym between "the" and the unit word before "of"), or "Amazonas, a
    Brazilian state" (after the name, a comma, an article and the demonym); None if none."""
    tv = view(doc)
    f = found[i]
    k = f.start
    if (
        k >= 3
        and tv.words[k - 1] == "of"
        and (tv.words[k - 2] in UNIT_KIND_BEFORE or tv.words[k - 2] in UNIT_KIND_EXTRA)
    ):
        for j in range(k - 3, max(-1, k - 6), -1):
            if tv.lower[j] in ("the", "a", "an"):
                break
            dem = gaz.demonym(tv.words[j]) if tv.words[j][:1].isupper() else None
            if dem is not None:
                return dem.country
    e = f.end
    if (
        e + 3 < len(doc)
        and tv.words[e] == ","
        and tv.lower[e + 1] in ("a", "an", "the")
        and tv.words[e + 2][:1].isupper()
        and (tv.words[e + 3] in UNIT_KIND_BEFORE or tv.words[e + 3] in UNIT_KIND_EXTRA)
    ):
        dem = gaz.demonym(tv.words[e + 2])
        if dem is not None:
            return dem.country
    return None


# unit words after a demonym that say whose unit a name is, beside UNIT_KIND_BEFORE's
UNIT_KIND_EXTRA = frozenset({"county", "district", "territory", "canton", "municipality"})


def _after_unit_word(doc, found: list[_Found], i: int) -> str:
    """The unit word of "the state of Colima" found[i] follows, if any; of a plural ("the
    departments of Chiquimula, El Progreso and Zacapa"), for each name of the list."""
    tv = view(doc)
    first = i
    while first > 0:
        between = tv.words[found[first - 1].end : found[first].start]
        if not between or any(w not in (",", "and") for w in between):
            break
        first -= 1
    k = found[first].start
    if k < 3 or tv.words[k - 1] != "of":
        return ""
    word = tv.words[k - 2]
    if word not in UNIT_KIND_BEFORE and word not in UNIT_KIND_PLURALS:
        return ""
    if word in UNIT_KIND_BEFORE and first != i:
        return ""  # "the state of Colima and Jalisco": the state is the first name's
    if not any(tv.lower[j] == "the" for j in range(max(0, k - 4), k - 2)):
        return ""
    return word


def _before_unit_plural(doc, found: list[_Found], i: int) -> str:
    """The plural unit word ending the list found[i] is a name of, if any: "regions" in
    "Magway and Mandalay regions" (each name followed by ",", "and" or the word itself)."""
    tv = view(doc)
    while i < len(found):
        e = found[i].end
        if e < len(doc) and tv.words[e] in UNIT_KIND_PLURALS:
            return tv.words[e]
        nxt = found[i + 1] if i + 1 < len(found) else None
        between = tv.words[e : nxt.start] if nxt else []
        if not nxt or not between or any(w not in (",", "and") for w in between):
            return ""
        i += 1
    return ""


def _world_region(e: Entry) -> bool:
    """A curated region of the world drawn as whole countries ("Latin America", "the Middle
    East"): an area of no one country, not a shape of the curated layer's own."""
    return e.rank == 5 and e.kind == "area" and not e.country and e.gid.startswith("curated:")


def _unit_over_its_town(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Before a region's word, a name that is a region and a town of one country is the region
    ("northern Nigeria's Bauchi state" is the state, not its capital; "the Kharkiv region" the
    oblast): the word says which of the two the text means. A town of another country stays,
    for the text's other names to weigh."""
    units = {e.country for e in entries if e.rank in (2, 3)}
    return tuple(e for e in entries if e.rank != 4 or e.country not in units) or entries


def _natural_feature(entries: tuple[Entry, ...], found: list[_Found], f: _Found):
    """The readings of a name before a natural feature's word ("Flores island", "the Zambezi
    valley") that can be that feature or hold it: countries, curated features, and the
    first-level units of a country the text's other names lie in; no town of the name."""
    others = {e.country for o in found if o is not f for e in o.entries}
    return tuple(e for e in entries if e.rank in (0, 1, 5) or (e.rank == 2 and e.country in others))


# the last word of an island's name that a town may fill whole ("Kulhudhuffushi Island")
ISLAND_WORDS = frozenset({"island", "isle"})


def island_of_its_town(doc, f: _Found, found: list[_Found]) -> tuple[Entry, ...]:
    """ "the northern island of Kulhudhuffushi ... left Kulhudhuffushi Island": a name ending
    in an island's word, which the gazetteer holds as nothing, is the island the town of its
    first words fills, where the text names that town by its bare name too and reads it so:
    the towns of that bare mention's readings bearing the name as their main name. Not a name
    with no bare mention ("Fraser Island" is no Fraser of Michigan), nor one whose bare
    mention the text reads as no town."""
    tv = view(doc)
    if f.entries or f.end - f.start < 2 or tv.lower[f.end - 1] not in ISLAND_WORDS:
        return ()
    key = name_key(doc, f.start, f.end - 1)
    return _one_town_only(
        tuple(
            e
            for g in found
            if g is not f and not g.demonym and name_key(doc, g.start, g.end) == key
            for e in g.entries
            if e.rank == 4 and e.primary and norm(e.name) == key
        )
    )


def _one_town_only(towns: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The towns :func:`island_of_its_town` would give an island, where they are one town
    (branch review91): "Kulhudhuffushi Island", "Kodiak Island", "Atauro Island" each have one
    town of their name. Where several towns bear the bare name ("Shannon Island" in the
    estuary, beside the town of Shannon in Ireland and two Shannons of the United States), the
    island is none of them the text can tell: handing it all of them makes the island and the
    bare town a pair the resolver reads together, and it took both to the United States."""
    return towns if len({e.gid for e in towns}) == 1 else ()


def _kind_word(doc, k: int) -> str:
    """The word at token k when it says what kind of place the name before it is, lower case:
    "region", "island", written so; capitalised only before a word in lower case or a stop
    ("the Hiran Region of Somalia"), since before another capitalised word it is the name of
    something else ("Tipperary District Court", "Youngstown State University")."""
    if k >= len(doc):
        return ""
    tv = view(doc)
    word = tv.lower[k]
    if word not in REGION_WORDS and word not in NATURE_WORDS:
        return ""
    if tv.words[k] == word:
        return word
    if word in CAPITAL_KIND_WORDS and not (k + 1 < len(doc) and tv.cap[k + 1]):
        return word
    return ""


def _beside_county(f: _Found, found: list[_Found]) -> bool:
    """A dateline's village within TOGETHER_KM of a county the text names ("DANIELSVILLE -
    Madison County commissioners"): a local paper's town and its county, each of which says
    which state the other is in; a village too small to be taken alone."""
    towns = [e for e in f.entries if e.primary and e.rank == 4]
    return any(
        c.primary and c.rank == 3 and great_circle_km(c.lat, c.lon, t.lat, t.lon) <= TOGETHER_KM
        for g in found
        if not g.demonym
        for c in g.entries
        for t in towns
    )


def _townships(doc, found: list[_Found]) -> list[_Found]:
    """ "Washington Township": a township is a town's unit, never a capital, a state or a
    country. Where the bare name is one of those (the reading resolution would favour), the
    township lies only in a state or county another name of the text names, else it stays a
    name with no reading: one of many Washington Townships is no Washington, D.C. The same
    where the text names a state or a county at all: "Lincoln Township, Michigan" is none of
    the towns called Lincoln elsewhere (Nebraska's capital, which GeoNames does not mark one);
    with no Lincoln of Michigan in the gazetteer, the township is left with no reading."""
    tv = view(doc)
    for f in found:
        last = tv.words[f.end - 1]
        if f.end - f.start < 2 or not (
            last in TOWNSHIP_WORDS or (last == "." and tv.words[f.end - 2] == "Twp")
        ):
            continue
        towns = tuple(e for e in f.entries if e.rank >= 3 and not e.capital)
        named = {
            (e.country, e.admin1)
            for o in found
            if o is not f
            for e in o.entries
            if e.rank in (2, 3) and e.primary
        }
        # a state or county the text names as such: another name's first reading
        states = {
            (o.entries[0].country, o.entries[0].admin1)
            for o in found
            if o is not f
            and o.entries
            and not o.demonym
            and o.entries[0].rank in (2, 3)
            and o.entries[0].primary
        }
        if states or any(e.capital or e.rank <= 2 for e in f.entries):
            towns = tuple(e for e in towns if (e.country, e.admin1) in named)
            f.entries, f.source = towns, f.source if towns else "ner"
    return found


def _elided_unit(doc, seg: _Found) -> bool:
    """ "Côte d’Ivoire", whose first word spaCy calls a person: a name with a French article
    elided before a capital in it is no person's name where it is a country's or a first-level
    unit's name, its own or another ("Côte d'Ivoire" is one of Ivory Coast's)."""
    tv = view(doc)
    return any(tv.cap[k] and not tv.starts[k] for k in range(seg.start + 1, seg.end)) and any(
        e.rank in (0, 2) for e in seg.entries
    )


# a generic word's abbreviation written in capitals before a name ("ST. PARIS —")
CAPS_ABBREVIATIONS = frozenset({"ST", "STE", "MT", "FT"})


def _capital_abbreviation(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "ST. PARIS — While hundreds of mourners ...", "MT. VERNON —": a dateline in capitals
    whose "ST." the recogniser took for a sentence's end; the name is the whole ("St. Paris",
    Ohio), not its last word (Paris, France), where the gazetteer has the whole."""
    tv = view(doc)
    for f in found:
        k = f.start
        if (
            f.demonym
            or k < 2
            or tv.words[k - 1] != "."
            or tv.words[k - 2] not in CAPS_ABBREVIATIONS
        ):
            continue
        if doc[k - 2].whitespace_ or not span_text(doc, f.start, f.end).isupper():
            continue
        entries = gaz.lookup(name_key(doc, k - 2, f.end))
        if entries:
            f.start, f.entries = k - 2, entries
    return found


def _county_of(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "the County of Brant OPP detachment": a county written "County of" and its name, which
    the gazetteer lists as "Brant County" or as the county's municipality "Brant", where the
    whole name is unknown to it: the name, read as the county (a district, else a town of the
    name), not left unplaced. The same for a city's, a town's, a shire's, a municipality's or a
    borough's council styled so ("the City of Logan": the district or town of the name)."""
    tv = view(doc)
    for f in found:
        k = f.start + (tv.lower[f.start] == "the")
        if f.entries or f.source != "ner" or f.end - k < 3:
            continue
        if tv.words[k] not in UNIT_OF_WORDS or tv.lower[k + 1] != "of" or not tv.cap[k + 2]:
            continue
        name = name_key(doc, k + 2, f.end)
        county = () if tv.words[k] != "County" else gaz.lookup(f"{name} county")
        f.entries = tuple(e for e in county if e.rank == 3) or tuple(
            e for e in gaz.lookup(name) if e.rank in (3, 4) and e.primary
        )
        if tv.words[k] != "County":
            # a town's name is shared the world over: only in a country the text names, or
            # whose first-level unit it names ("the City of Logan" beside Queensland; alone,
            # no reading)
            lands = {
                e.country
                for o in found
                if o is not f and not o.demonym
                for e in o.entries
                if e.rank <= 2 and e.primary
            }
            f.entries = tuple(e for e in f.entries if e.country in lands)
        if f.entries:
            f.start = k + 2  # the county's name, as "Brant County" names it
    return found


def _council_areas(doc, found: list[_Found]) -> list[_Found]:
    """ "Lachlan Shire Council", "Cassowary Coast Regional Council": a name before "Shire" or
    "Regional Council" is its council's second-level unit where the gazetteer has one (New
    South Wales' Lachlan, not Lachlan, a Tasmanian village of 825). Not before "Regional"
    alone: "Paris Regional Medical Center" is in Paris, Texas, no district of France."""
    tv = view(doc)
    for f in found:
        if f.end + 1 >= len(doc):
            continue
        word, nxt = tv.words[f.end], tv.words[f.end + 1]
        regional = word == "Regional" and nxt == "Council"
        if word == "Shire" or regional:
            # a regional council may govern a first-level region too (New Zealand's
            # "Canterbury Regional Council"): where the units are of several countries, the
            # text's other places choose, as for any name
            ranks = (2, 3) if regional else (3,)
            units = tuple(e for e in f.entries if e.rank in ranks and e.primary)
            if len({e.country for e in units}) == 1:
                f.entries = units
    return found


# a local government's word before "of" and its name, as councils style themselves ("the County
# of Brant", "the City of Logan", "the Town of Claremont", "the Shire of Broome")
UNIT_OF_WORDS = frozenset({"County", "City", "Town", "Shire", "Municipality", "Borough"})


def _county_abroad(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Essex County Council" in a story of Basildon and Lancashire: outside the United States
    a county is listed by its bare name ("Essex", "Wicklow") or as "County X" ("County Durham")
    and written "X County" all the same, so those second-level units abroad join the readings
    of "X County" (the gazetteer's "Essex County" are New Jersey's and Massachusetts'). As
    other names of the county, below the name's own readings: the text's other places
    choose."""
    for f in found:
        if f.demonym or f.end - f.start < 2 or doc[f.end - 1].text != "County":
            continue
        bare = name_key(doc, f.start, f.end - 1)
        abroad = {
            e.gid: replace(e, primary=False)
            for e in (*gaz.lookup(bare), *gaz.lookup(f"county {bare}"))
            if e.rank == 3 and e.primary and e.country != "US"
        }
        have = {e.gid for e in f.entries}
        f.entries += tuple(e for g, e in abroad.items() if g not in have)
    return found


def _in_sentence_country(doc, f: _Found, found: list[_Found], entries: tuple) -> tuple:
    """A name read only by its spelling (weak evidence, kept in a country the text names) in a
    sentence that names a region of a country, and no place of another, is a place of that
    country or none: "In Sagaing region, the military struck a school in Tabayin township" is
    no Tuban of Indonesia, though the text names Indonesia elsewhere. A region is a first-level
    unit whose every reading lies in one country; a sentence naming places of two countries
    leaves the readings as they are. With none left, a name written "in" a place of the sentence
    is read as that place."""
    if not entries:
        return entries
    tv = view(doc)
    words = tv.words
    i = f.start
    while i > 0 and not opens_sentence(tv, i):
        i -= 1
    j = f.end
    while j < len(words) and words[j] not in {".", "!", "?"} and "\n" not in words[j]:
        j += 1
    countries: set[str | None] = set()
    region = False
    for g in found:
        if g is f or g.demonym or not g.entries or g.start < i or g.end > j:
            continue
        countries |= {e.country for e in g.entries}
        region |= any(e.rank == 2 for e in g.entries) and len({e.country for e in g.entries}) == 1
    if not region or len(countries) != 1:
        return entries
    kept = tuple(e for e in entries if e.country in countries)
    if kept:
        return kept
    # "the villages of Nubl and Zahraa in Aleppo": a village the gazetteer lacks, written in a
    # place of the sentence, is read as that place, as a quarter of a town is read as the town
    k = f.end
    if k + 1 < j and words[k].lower() == "in":
        within = next((g for g in found if g.start == k + 1 and g.entries), None)
        if within is not None and not within.demonym:
            return tuple(e for e in within.entries if e.country in countries)
    return ()
