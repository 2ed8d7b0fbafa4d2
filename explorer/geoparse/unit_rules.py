"""Administrative units and natural features read by the words around their names.

Lists of units before a plural unit word, a region's or a feature's word after a name, a region
named with its word, and two names joined by "and" that are one unit's English name.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.names import norm
from explorer.geoparse.namesakes_abroad import towns_abroad_before_a_unit_word
from explorer.geoparse.parser_base import ParserBase
from explorer.geoparse.recognised import (
    LEAD_WORDS,
    MIN_POP_FREE,
    REGION_WORDS,
    UNIT_KIND_PLURALS,
    _Found,
)
from explorer.geoparse.things import _water_named
from explorer.geoparse.tokens import is_cap, name_key, span_text, view
from explorer.geoparse.units import (
    _kind_word,
    _natural_feature,
    _unit_over_its_town,
    _units_by_kind_word,
)

# "Barrow and Jackson counties": the unit each name of the list is
UNIT_PLURALS = {"counties": "county", "parishes": "parish"}
# a river's mouth: after a country named for the river ("the Niger Delta") it is the river's,
# most often in another country (Nigeria's delta), not the country nor its regions; not a
# basin, which the country lies in ("the Congo Basin")
RIVER_WORDS = frozenset({"delta"})
# a generic word that ends a longer name ("Twin Lakes", "Palm Springs"): alone, after another
# capitalised word, it is what is left of a name the gazetteer lacks, not a place of its own
GENERIC_TAILS = frozenset(
    {"lakes", "lake", "springs", "falls", "heights", "hills", "park", "beach", "gardens"}
    | {"woods", "meadows", "valley", "creek", "harbor", "harbour", "island", "islands"}
    | {"point", "ridge", "grove", "bay", "plains", "village", "river", "mills", "estates"}
    | {"peninsula"}  # "Mornington Peninsula Shire", spaCy's "Peninsula Shire": no Ohio village
)


class UnitRules(ParserBase):
    """Units and features by their kind's words."""

    def _unit_lists(self, doc, text: str, found: list[_Found]) -> list[_Found]:
        """ "Barrow, Jackson and Madison counties", "Rapides and Avoyelles parishes": each name
        of the list is that kind of unit ("Jackson County"), whatever it was read as alone;
        "Magway and Mandalay regions", "the state of Colima": each name is the unit of its bare
        name, not the unit's town (as "the Kharkiv region" is the oblast)."""
        found = _units_by_kind_word(self.gaz, doc, self._unit_kind_lists(doc, text, found))
        if not any(word in text for word in UNIT_PLURALS):
            return found
        out = list(found)
        tv = view(doc)  # each word's text as a string, no spaCy Token made for it
        for k, lower in enumerate(tv.lower):
            unit = UNIT_PLURALS.get(lower)
            if unit is None or tv.words[k] != lower:
                continue
            j = k
            while j > 0:
                # one name: capitalised words ending just before j
                e = j
                while j > 0 and is_cap(doc[j - 1]) and doc[j - 1].is_alpha:
                    j -= 1
                if j == e:
                    break
                key = norm(text[doc[j].idx : doc[e - 1].idx + len(doc[e - 1].text)])
                entries = tuple(x for x in self.gaz.lookup(f"{key} {unit}") if x.rank == 3)
                if entries:
                    out = [f for f in out if not (f.start < e and j < f.end)]
                    out.append(_Found(j, e, entries, "unit-list"))
                if j > 0 and doc[j - 1].text == ",":
                    j -= 1
                    if j > 0 and doc[j - 1].lower_ in {"and", "or"}:
                        j -= 1
                elif j > 0 and doc[j - 1].lower_ in {"and", "or"}:
                    j -= 1
                    if j > 0 and doc[j - 1].text == ",":
                        j -= 1
                else:
                    break
        out.sort(key=lambda f: f.start)
        return out

    def _unit_kind_lists(self, doc, text: str, found: list[_Found]) -> list[_Found]:
        """ "Bago and Sagaing regions": a name of a list of two or more before a plural unit
        word that no rule took is the unit of its bare name (or of the name with the word,
        "Sagaing Region"). Not a common word ("Southern states"), nor a name that is also a
        country or a curated place ("the Gulf states": the Gulf, not Papua New Guinea's)."""
        if not any(word in text for word in UNIT_KIND_PLURALS):
            return found
        out = list(found)
        words = view(doc).words
        for k in [k for k in range(1, len(words)) if words[k] in UNIT_KIND_PLURALS]:
            if any(f.start <= k < f.end for f in found):
                continue  # "the Gulf states": one name with its word
            names: list[tuple[int, int]] = []
            j = k
            while j > 0:
                e = j
                while j > 0 and is_cap(doc[j - 1]) and doc[j - 1].is_alpha:
                    j -= 1
                if j == e:
                    break
                names.append((j, e))
                if j > 0 and doc[j - 1].text == ",":
                    j -= 1
                    if j > 0 and doc[j - 1].lower_ == "and":
                        j -= 1
                elif j > 0 and doc[j - 1].lower_ == "and":
                    j -= 1
                else:
                    break
            if len(names) < 2:
                continue
            kind = doc[k].text[:-1]
            for j, e in names:
                if any(f.start < e and j < f.end for f in out):
                    continue
                key = norm(text[doc[j].idx : doc[e - 1].idx + len(doc[e - 1].text)])
                bare = self.gaz.lookup(key)
                if key in self._common or any(x.rank in (0, 5) for x in bare):
                    continue
                entries = tuple(
                    x
                    for x in bare + self.gaz.lookup(f"{key} {kind}")
                    if x.rank in (2, 3) and x.primary
                )
                if entries:
                    out.append(_Found(j, e, entries, "unit-list"))
        out.sort(key=lambda f: f.start)
        return out

    def _feature_words(self, doc, found: list[_Found]) -> list[_Found]:
        """What the words around a name say it is. A country's adjective is the country, not a
        region that shares its name ("Somali forces" are Somalia's, not those of Ethiopia's Somali
        region), unless a region's word follows ("Ethiopia's Somali region"). A region's word
        after a name keeps its regions and big towns ("the Hiran region" is not Hiran, an Iraqi
        village); a natural feature's word keeps its countries and curated features ("Flores
        island" is no Uruguayan department nor a Guatemalan town), and a region of a country
        another name of the text may lie in ("Bali island" in a story of Indonesia). A generic
        word after another capitalised word is the end of a longer name, no place alone ("Twin
        Lakes", which the gazetteer lacks, is not Lakes, South Sudan). A name so left with no
        reading stays a name the text gives, unplaced."""
        out = []
        for f in found:
            nxt = _kind_word(doc, f.end)
            surface = span_text(doc, f.start, f.end)
            if f.demonym and nxt in REGION_WORDS:
                regions = tuple(e for e in self.gaz.lookup(norm(surface)) if e.rank in (2, 3))
                if regions and not _describes_own(doc, found, f, regions):
                    f = _Found(f.start, f.end, regions, "ner")
            if (nxt in REGION_WORDS or nxt in RIVER_WORDS) and not f.demonym:
                # "Iraq's Kurdistan region", "the Niger delta": the region of that whole name,
                # where the gazetteer or the curated layer holds one, not the namesakes of its
                # first word
                whole = self._region_named(f"{surface} {nxt}")
                if not whole and nxt in REGION_WORDS and not any(e.rank == 2 for e in f.entries):
                    # "Gegharkunik Province": the unit GeoNames names "Geghark'unik'i Marz",
                    # by its English name, in a country of the bare name's readings
                    # (or "Krasnodar Krai" for "the Krasnodar region": the English name with
                    # the unit's own word, when the bare name is only a town)
                    countries = {e.country for e in f.entries}
                    key = norm(surface)
                    english = self.gaz.units_in_english(key)
                    if not english and nxt in REGION_WORDS:
                        english = self.gaz.units_in_english_with_word(key)
                    whole = tuple(e for e in english if e.country in countries)
                if whole:
                    # with the first-level units of the bare name: the text's other names choose
                    # ("North West province, South Africa" is not Cameroon's North-West Province)
                    units = tuple(e for e in f.entries if e.rank == 2 and e.primary)
                    units = _units_where_named(whole, units, f, found)
                    whole += tuple(e for e in units if e.gid not in {w.gid for w in whole})
                    f = _Found(f.start, f.end, whole, f.source, f.label)
            if f.demonym or not f.entries:
                out.append(f)
                continue
            country = self.gaz.demonym(surface)
            if (
                country is not None
                and nxt not in REGION_WORDS
                and not any(e.rank == 0 for e in f.entries)
            ):
                out.append(_Found(f.start, f.end, (country,), "demonym", demonym=True))
                continue
            if f.end - f.start == 1 and norm(surface) in GENERIC_TAILS and f.start > 0:
                prev = doc[f.start - 1]
                if is_cap(prev) and prev.is_alpha and prev.lower_ not in LEAD_WORDS:
                    continue
            entries = f.entries
            if nxt not in REGION_WORDS and _water_named(surface, entries):
                # "sank in the Red Sea": the sea, not Egypt's or Sudan's region named for it
                # (its region's word says so: "the Red Sea governorate")
                entries = tuple(e for e in entries if e.rank == 5 and e.kind == "sea")
            if nxt and not self.gaz.has_name(norm(f"{surface} {nxt}")):
                # the countries the text's other names may lie in
                others = {e.country for o in found if o is not f for e in o.entries}
                if nxt in REGION_WORDS:
                    entries = tuple(
                        e
                        for e in entries
                        if e.rank != 4 or e.population >= MIN_POP_FREE or e.country in others
                    )
                    entries = _unit_over_its_town(entries)
                    entries = towns_abroad_before_a_unit_word(entries, f, found)
                elif nxt in RIVER_WORDS and any(e.rank == 0 for e in entries):
                    entries = tuple(e for e in entries if e.rank == 5)
                else:
                    entries = _natural_feature(entries, found, f)
            if entries != f.entries:
                f.entries, f.source = entries, "ner" if not entries else f.source
            out.append(f)
        return out

    def _region_named(self, name: str) -> tuple[Entry, ...]:
        """The regions a name with its region's word is the main name or a curated alias of
        ("Kurdistan Region"): first- and second-level units and curated regions and areas."""
        return tuple(
            e
            for e in self.gaz.lookup(norm(name))
            if (e.rank in (2, 3) and e.primary) or (e.rank == 5 and e.kind in ("region", "area"))
        )

    def _joined_units(self, doc, found: list[_Found]) -> list[_Found]:
        """Two capitalised names joined by "and" that together are one first-level unit's
        English name ("Castile and León", CLDR's name of GeoNames' "Castille and Leon") are
        that unit, not a town of either ("León" of Nicaragua, "Castile" of New York). Not
        where either name is a country ("Chad and Sudan" is two places)."""
        if "and" not in view(doc).lower:
            return list(found)  # no two names joined
        out: list[_Found] = []
        skip: set[int] = set()
        for f in found:
            if id(f) in skip:
                continue
            joined = self._unit_joined_with(doc, f)
            if joined is None:
                out.append(f)
                continue
            out = [g for g in out if g.end <= joined.start or g.start >= joined.end]
            skip.update(id(g) for g in found if joined.start <= g.start < joined.end)
            out.append(joined)
        return out

    def _unit_joined_with(self, doc, f: _Found) -> _Found | None:
        if any(e.rank == 0 for e in f.entries) or f.end - f.start != 1:
            return None
        tv = view(doc)
        spans = []
        if f.start >= 2 and tv.lower[f.start - 1] == "and":
            spans.append((f.start - 2, f.end))
        if f.end + 1 < len(tv.words) and tv.lower[f.end] == "and":
            spans.append((f.start, f.end + 2))
        for a, b in spans:
            other = doc[a] if a < f.start else doc[b - 1]
            if not (tv.cap[other.i] and other.is_alpha):
                continue
            units = self.gaz.units_in_english(name_key(doc, a, b))
            if units and not any(e.rank == 0 for e in self.gaz.lookup(norm(other.text))):
                return _Found(a, b, units, f.source, f.label)
        return None


def _describes_own(doc, found: list[_Found], f: _Found, regions: tuple[Entry, ...]) -> bool:
    """``f``, a people's word before a region's word, is the adjective of an apposition that
    says what the name before it is, and that name may lie in the people's country but not in
    the country of the ``regions`` of the word's name: "Puntland, the semiautonomous Somali
    region" and "Bari, the northeastern Somali region" (Somalia's, or Italy's city) are regions
    of Somalia, not Ethiopia's Somali region; "Jijiga, a Somali region town" is in it. Only
    lower-case words between the article and the people's word."""
    own = {e.country for e in f.entries if e.rank == 0}
    theirs = {e.country for e in regions}
    k = f.start - 1
    while k > 0 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("a", "an", "the"):
        k -= 1
    if k < 2 or doc[k].lower_ not in ("a", "an", "the") or doc[k - 1].text != ",":
        return False
    before = next((g for g in found if g.end == k - 1), None)
    return (
        before is not None
        and not before.demonym
        and any(e.country in own for e in before.entries)
        and not any(e.country in theirs for e in before.entries)
    )


def _units_where_named(
    whole: tuple[Entry, ...], units: tuple[Entry, ...], f: _Found, found: list[_Found]
) -> tuple[Entry, ...]:
    """ "fled from Tete into Malawi, especially Mwanza district": where the unit of the whole
    name (Mwanza District) lies in a country the text names, by its name or its adjective, the
    bare name's first-level units (Tanzania's Mwanza Region) are kept only in countries the
    text names too; a neighbour of the named countries is no reason to read a unit abroad whose
    own word is another. Where no whole unit's country is named, all stay for the text's other
    names to choose ("North West province, South Africa")."""
    named = {e.country for g in found if g is not f for e in g.entries if e.rank == 0}
    if not any(e.country in named for e in whole):
        return units
    return tuple(e for e in units if e.country in named)
