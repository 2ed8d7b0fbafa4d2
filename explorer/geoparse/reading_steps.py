"""The first steps of ``Geoparser._recognise``: finding the names of one doc.

The entities the recogniser labelled, the blocked ones that are places after all, capitalised
words no entity holds, legislators' homes, one sense per text, and names read by their skeleton;
with :class:`_Recognition`, what the steps share while they read one doc.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from explorer.geoparse.headlines import (
    LOCAL_OFFICES,
    _article_forms,
    _dateline,
    _headline_word,
    _headlines,
    dateline_land,
)
from explorer.geoparse.joined import countries_across
from explorer.geoparse.names import norm
from explorer.geoparse.officer_units import unit_after_its_officer
from explorer.geoparse.person_rules import PersonRules
from explorer.geoparse.persons import (
    _firm_names,
    _nation_of_body_abroad,
    _person_elsewhere,
    _said_to_be_place,
    _speaks,
    town_ends_person_entity,
)
from explorer.geoparse.recognised import (
    ENTS,
    LOCATIVE,
    MIN_POP_BLOCKED,
    MIN_POP_COUNTRY,
    MIN_POP_FREE,
    NATURE_WORDS,
    REGION_WORDS,
    _DocContext,
    _Found,
    taken_by,
)
from explorer.geoparse.skeleton_region import skeleton_among_unknown, skeleton_in_named_region
from explorer.geoparse.spans import SpanRules
from explorer.geoparse.things import _ocean, _org_word_after
from explorer.geoparse.tokens import TokenView, is_cap, name_key, view
from explorer.geoparse.told_apart import administration_after, dateline_pieces, word_before_title
from explorer.geoparse.town_rules import TownRules
from explorer.geoparse.unit_rules import UnitRules
from explorer.geoparse.units import (
    _alternate_abroad,
    _beside_county,
    _elided_unit,
    _in_sentence_country,
    _kind_word,
    _natural_feature,
    _villages_abroad,
    island_of_its_town,
)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# entities whose words are not place names, unless a rule below says otherwise
BLOCK_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
MIN_POP_ORG_PREFIX = 5_000
# the word that heads a firm's name in Spanish, Portuguese, French and Italian ("Grupo Espírito
# Santo", "Groupe Casino", "Banco Santander"): the name right after it, with no "de" or "do"
# between, is the founders' or the brand's, not where the firm is ("Banco de Portugal" is)
FIRM_HEADS = frozenset(
    {"grupo", "groupe", "gruppo", "banco", "banca", "banque", "companhia", "compañía"}
    | {"compagnie", "compagnia", "empresa", "empresas", "sociedade", "sociedad", "société"}
    | {"corporación", "industrias", "indústrias", "construtora", "constructora"}
)


@dataclass
class _Recognition:
    """What the recogniser's steps share while it reads one doc: the names found and the
    tokens they took, the entities spaCy labelled, and what persons' names say."""

    tv: TokenView
    text: str
    taken: list[bool]
    found: list[_Found]
    blocked: list[tuple[int, int, str]]
    person_words: set[str]
    surnames: set[str]
    last_words: set[str]
    given_surnames: set[str]
    firm: Callable[[_Found], bool]
    claim: Callable[[_Found], None]
    ents: list
    labels: dict[str, set[str]]
    persons: set[str]
    named: Counter[str]

    @classmethod
    def start(cls, doc) -> _Recognition:
        tv = view(doc)
        text = tv.text
        taken = [False] * len(doc)
        found: list[_Found] = []
        blocked: list[tuple[int, int, str]] = []
        person_words: set[str] = set()
        surnames: set[str] = set()  # the last words of persons' names ("Anne Hidalgo")
        last_words: set[str] = set()  # the same for any name spaCy calls a person's
        # the second word of a two-word name spaCy calls a person's or a body's whose first
        # word is a given name ("her son Wilmer Rodriguez"), though the given name is a town too
        given_surnames: set[str] = set()

        firm = _firm_names(doc)

        def claim(f: _Found) -> None:
            found.append(f)
            for k in range(f.start, f.end):
                taken[k] = True

        ents = doc.user_data.get(ENTS)
        ents = list(doc.ents if ents is None else ents)
        # the names the recogniser calls a person at every mention it labels ("Welch")
        labels: dict[str, set[str]] = {}
        for ent in ents:
            labels.setdefault(name_key(doc, ent.start, ent.end), set()).add(ent.label_)
        persons = {k for k, v in labels.items() if v == {"PERSON"}}
        # how often the recogniser calls each name a person or an organisation
        named = Counter(
            name_key(doc, ent.start, ent.end)
            for ent in ents
            if ent.label_ in ("PERSON", "ORG") and len(ent) == 1
        )
        return cls(
            tv,
            text,
            taken,
            found,
            blocked,
            person_words,
            surnames,
            last_words,
            given_surnames,
            firm,
            claim,
            ents,
            labels,
            persons,
            named,
        )


def _pieces(i: int, j: int, cut: Callable[[int], int | None]) -> list[tuple[int, int]]:
    """Tokens [i, j) cut wherever ``cut(k)`` gives the end of the piece before token k's
    break; the next piece starts after k."""
    out, s = [], i
    for k in range(i, j):
        end = cut(k)
        if end is not None:
            if end > s:
                out.append((s, end))
            s = k + 1
    if j > s:
        out.append((s, j))
    return out


def _lines(doc, i: int, j: int) -> list[tuple[int, int]]:
    """Tokens [i, j) cut at line breaks, and at a dash with spaces around it ("won by Mr Trump
    - Wisconsin and Pennsylvania": a person, then a state)."""

    tv = view(doc)
    words, spaces = tv.words, tv.spaces

    def cut(k: int) -> int | None:
        # a token's trailing whitespace is one space or none: a line break is in its text
        if "\n" in words[k]:
            return k if words[k].isspace() else k + 1
        if words[k] in ("-", "–", "—") and k > i and spaces[k - 1] and spaces[k]:
            return k
        return None

    return _pieces(i, j, cut)


def _listed_names(doc, i: int, j: int) -> list[tuple[int, int]]:
    """ "Hargeisa and Burao", one entity spaCy calls a person: a person's name holds no "and"
    between two capitalised words ("Tom and Jerry" is two persons, "Hargeisa and Burao" two
    towns), so the entity is a list and each name is judged alone. Empty where there is no such
    "and"."""
    tv = view(doc)

    def joins(k: int) -> bool:
        return i < k < j - 1 and tv.lower[k] == "and" and tv.cap[k - 1] and tv.cap[k + 1]

    if not any(joins(k) for k in range(i, j)):
        return []
    return _pieces(i, j, lambda k: k if joins(k) else None)


def _parts(doc, i: int, j: int) -> list[tuple[int, int]]:
    """An entity cut at commas: "Alexandria, La." is two names."""
    words = view(doc).words
    return _pieces(i, j, lambda k: k if words[k] in {",", ";"} else None)


class ReadingSteps(SpanRules, PersonRules, TownRules, UnitRules):
    """The steps that find names, each filling the doc's :class:`_Recognition`."""

    def _read_entities(self, doc, r: _Recognition) -> None:
        """The entities spaCy labelled: places cut into names, demonyms, and the blocked ones
        (persons, bodies, works) kept for the steps after."""
        tv, text, taken, claim = r.tv, r.text, r.taken, r.claim
        # "the Senate of Trinidad" then "Tobago": the country whole (joined.countries_across)
        whole, r.ents = countries_across(self.gaz, doc, r.ents)
        for s, e, entries in whole:
            claim(_Found(s, e, entries, "ner", "GPE"))
        ents = r.ents
        blocked, person_words, surnames = r.blocked, r.person_words, r.surnames
        last_words, given_surnames = r.last_words, r.given_surnames
        joined_end = 0  # the end of the last entity lengthened over the next one's words
        for ent in ents:
            if ent.start < joined_end:
                continue  # "Tobago" of "Trinidad y Tobago", read with it
            if ent.label_ in PLACE_LABELS:
                end = self._before_office(doc, ent.start, self._joined_end(doc, ent.start, ent.end))
                joined_end = end
                for s, e in _parts(doc, ent.start, end):
                    segs = self._segment(doc, text, s, e, inside_entity=True)
                    if all(not f.entries for f in segs):  # "Sri Lankan" tagged as a place
                        segs = self._demonyms(doc, text, s, e, named=True) or segs
                    if all(not f.entries for f in segs):
                        # a town's body spaCy calls a facility ("the Mount Pleasant City
                        # Council's Ordinance Committee", "Mount Pleasant Civic Center"): the
                        # town, as in an organisation's name
                        segs = self._civic_lead(doc, text, s, e) or segs
                    for seg in segs:
                        claim(seg)
                for k in range(ent.start, ent.end):
                    taken[k] = True
            elif ent.label_ == "NORP" and dateline_pieces(tv.words, tv.spaces, ent.start, ent.end):
                # "KYIV - Russian missiles": the dateline left to the steps after, the people's
                # word read alone
                _, (s, e) = dateline_pieces(tv.words, tv.spaces, ent.start, ent.end)
                for seg in self._demonyms(doc, text, s, e):
                    claim(seg)
                for k in range(s, e):
                    taken[k] = True
            elif ent.label_ == "NORP":
                segs = self._demonyms(doc, text, ent.start, ent.end)
                if not segs:  # spaCy sometimes calls a city NORP ("neighbourhoods of Aleppo")
                    segs = [
                        f
                        for f in self._segment(doc, text, ent.start, ent.end, inside_entity=False)
                        if (
                            self._strong(f.entries, MIN_POP_ORG_PREFIX)
                            or self._news_spelling(doc, f, MIN_POP_FREE)
                            or self._before_container(doc, f)  # "Greer, South Carolina"
                        )
                        and not self._common_word(doc, f)
                    ]
                for seg in segs:
                    claim(seg)
                for k in range(ent.start, ent.end):
                    taken[k] = True
            elif ent.label_ in BLOCK_LABELS:
                # a headline and the dateline under it taken for one name ("Kills Self\n\n
                # ZNAMENSKOYE"): each line is a name of its own. A French article elided
                # before a capital after it goes with it: "Côte" of "Côte d’Ivoire", which
                # spaCy calls a person, is read with its article
                end = ent.end
                while end < len(doc) and tv.cap[end] and not tv.starts[end]:
                    end += 1
                person = ent.label_ == "PERSON"
                listed = person and bool(_listed_names(doc, ent.start, end))
                blocked.extend(
                    (s, e, ent.label_)
                    for a, b in _lines(doc, ent.start, end)
                    for s, e in ((person and _listed_names(doc, a, b)) or [(a, b)])
                )
                if listed:
                    # "visited Hargeisa and Burao", one person to spaCy: two names, no person
                    for k in range(ent.start, end):
                        taken[k] = True
                    continue
                if ent.label_ == "PERSON" and len(ent) >= 2 and is_cap(ent[-1]):
                    last_words.add(norm(ent[-1].text))  # "Treasurer Thomas Ravenel"
                if (
                    ent.label_ in ("PERSON", "ORG")
                    and len(ent) == 2
                    and all(is_cap(t) and t.is_alpha for t in ent)
                    and self.gaz.is_given_name(norm(ent[0].text))
                ):
                    given_surnames.add(norm(ent[1].text))
                if ent.label_ == "PERSON" and len(ent) >= 2 and self._looks_named(ent):
                    # the words after a full name's "of" are the person's town or employer,
                    # no word of the name ("Lena Ortiz of Kenora": not "Kenora" elsewhere)
                    of = next((i for i, t in enumerate(ent) if i >= 2 and t.lower_ == "of"), None)
                    named = ent if of is None else ent[:of]
                    person_words.update(norm(t.text) for t in named if is_cap(t))
                    if len(ent) <= 3 and all(t.is_alpha and is_cap(t) for t in ent):
                        surnames.add(norm(ent[-1].text))  # not "Trump - Wisconsin"
                elif (
                    ent.label_ == "ORG"
                    and len(ent) == 2
                    and all(is_cap(t) and t.is_alpha for t in ent)
                    and self.gaz.is_given_name(norm(ent[0].text))
                    and not self.gaz.has_name(norm(ent[0].text))
                ):
                    # "Yevgenia Petrova" called an organisation: her surname is no place
                    person_words.add(norm(ent[1].text))
                for k in range(ent.start, end):
                    taken[k] = True

    def _read_blocked(self, doc, r: _Recognition) -> tuple[_DocContext, list[tuple[_Found, str]]]:
        """Blocked entities that are a place after all, and the places named in bodies' names;
        the text's context then, and the entities of one place's name not taken."""
        text, found, blocked, claim = r.text, r.found, r.blocked, r.claim
        ents, labels, named, person_words = r.ents, r.labels, r.named, r.person_words
        ctx = _DocContext.of(found, doc)
        refused: list[tuple[_Found, str]] = []  # whole entities of one place's name, not taken
        for s, e, label in blocked:
            lead = s + (1 if doc[s].lower_ == "the" else 0)
            whole = self._segment(doc, text, lead, e, inside_entity=False)
            tail = e - (1 if e - 1 > lead and doc[e - 1].lower_ in {"'s", "’s"} else 0)
            if len(whole) == 1 and whole[0].start == lead and whole[0].end == tail:
                seg = whole[0]
                if (
                    not (len(seg.entries) and self._acronym(doc, seg))
                    and (
                        self._strong(seg.entries, MIN_POP_BLOCKED, blocked=True)
                        or self._news_spelling(doc, seg, MIN_POP_BLOCKED)
                        or self._knows_named(ctx, seg, doc, named, blocked, found)
                        or self._news_spelling(
                            doc, seg, MIN_POP_COUNTRY, ctx.countries | ctx.city_countries
                        )
                        or self._before_container(doc, seg)
                        or self._local_cue(doc, seg, found)
                        or self._works_named_for(doc, seg, ctx)
                        or self._listed_with_town(doc, seg, found, person_words)
                        or _elided_unit(doc, seg)
                        or _said_to_be_place(doc, seg, found, self.gaz.neighbours)
                        or (label == "ORG" and self._district_of_world_city(doc, seg, found))
                        or (label == "ORG" and unit_after_its_officer(doc, seg, ctx))
                    )
                    and not (label == "PERSON" and self._name_goes_on(doc, e, ents))
                    and not (label == "PERSON" and administration_after(r.tv.lower, e))
                ):
                    # a place after all, though spaCy called it a person or an organisation
                    seg.source, seg.label = "blocked", label
                    claim(seg)
                    continue
                if seg.entries:
                    # the entity is itself one place's name, not taken: no part of it is
                    # another place ("the mayor of St. Paul" is not Paul, Cape Verde); it may
                    # still be the place the text names so elsewhere (below)
                    refused.append((seg, label))
                    continue
            if label in ("ORG", "PERSON"):
                # "Dublin City Council", "University of Rochester": the place it is named for;
                # "Anderson County Sheriff Greg Taylor": the sheriff's county
                def org_part(f: _Found, s=s, e=e, label=label, lead=lead) -> bool:
                    if f.start == lead and f.end < e and self._civic_after(doc, f):
                        # "Veteran Sheriff John Doe": the title's word, no hamlet
                        return not (
                            f.end - f.start == 1
                            and f.end + 1 < len(doc)
                            and r.tv.lower[f.end] in LOCAL_OFFICES
                            and r.tv.cap[f.end + 1]
                            and r.tv.words[f.end + 1].isalpha()
                            and not ctx.knows(f, doc)
                            and word_before_title(
                                r.tv.lower[f.start], f.entries, ctx.countries | ctx.city_countries
                            )
                        )
                    if (
                        f.start == s
                        and f.end < e
                        and (  # no "the" before a person's name
                            (e - f.end >= 2 and _person_elsewhere(doc, f.end, e, labels))
                            or _person_elsewhere(doc, s, e, labels)
                        )
                        and not any(norm(t.text) in self._titles for t in doc[f.end : e])
                    ):
                        return False  # "Aung San Suu Kyi" beside "Suu Kyi", a person's name
                    if (
                        label == "PERSON"
                        and f.end == e
                        and not any(norm(t.text) in self._titles for t in doc[lead : f.start])
                        and town_ends_person_entity(doc, lead, f)
                    ):
                        return True  # "Lena Ortiz of Kenora", one person to spaCy: her town
                    if f.end == e and f.start > s and doc[f.start - 1].lower_ in LOCATIVE:
                        # "St. John's Lutheran School in Lombard": where the body is
                        return any(x.primary and 2 <= x.rank <= 4 for x in f.entries)
                    if (
                        label == "ORG"
                        and f.start == lead + 1
                        and doc[lead].lower_ in FIRM_HEADS
                        and not any(x.rank == 0 for x in f.entries)
                    ):
                        return False  # "Grupo Espírito Santo": a family's name, no state
                    return (
                        label == "ORG"
                        and (self._strong(f.entries, MIN_POP_FREE) or ctx.knows(f, doc))
                        and not self._common_word(doc, f)
                        and not _org_word_after(doc, f.end, e, self._org_words)
                        and not _ocean(doc, f)  # "Virgin Atlantic", "Pacific Decadal Oscillation"
                        # "the Council of Europe": a continent after "of" names the body
                        and not self._continent_after_of(doc, s, f)
                        and not self._continent_ends_name(doc, lead, e, f)
                        # "the U.S. Geological Survey" in a story of Japan: the body's nation
                        and not _nation_of_body_abroad(doc, f, e, found)
                    )

                for seg in self._segment(doc, text, s, e, inside_entity=False, accept=org_part):
                    if not (seg.start == lead and seg.end == e):
                        seg.source, seg.label = "org-part", label
                        claim(seg)
            for seg in self._demonyms(doc, text, s, e):
                # "American Airlines"; and a lone adjective spaCy calls a person ("Sri Lankan")
                if seg.start == lead and (label == "ORG" or seg.end == e):
                    claim(seg)
        return ctx, refused

    def _read_free_words(self, doc, r: _Recognition, ctx: _DocContext) -> None:
        """Capitalised words spaCy did not label, and a dateline's village beside its county."""
        tv, text, taken, found, claim = r.tv, r.text, r.taken, r.found, r.claim

        @cache
        def headlines() -> list[tuple[int, int]]:  # found once, when a name first needs them
            return _headlines(text)

        # one sense per text: the towns this pass took from a dateline that writes their
        # country ("WOLFSTHAL, Austria (Reuters) - Wolfsthal, some 50 km from Vienna"), each
        # with its readings there
        dated: dict[str, tuple] = {}

        def said_before(f: _Found) -> bool:
            entries = dated.get(name_key(doc, f.start, f.end))
            if entries:
                f.entries = entries
            return bool(entries)

        def countries(key: str) -> list[str | None]:
            # not a name a first-level region bears too ("ATHENS, Georgia (AP)")
            entries = self.gaz.lookup(key)
            if any(e.rank == 2 for e in entries):
                return []
            return [e.country for e in entries if e.rank == 0]

        # capitalised words spaCy did not label at all
        def free(f: _Found) -> bool:
            if _dateline(doc, text, f):
                # a dateline names a town ("HUME –" is no Australian district)
                f.entries = tuple(e for e in f.entries if e.rank == 4) or ()
                land = dateline_land(doc, f, countries)
                if land is not None:
                    # "WOLFSTHAL, Austria (Reuters) -": a town of the country written after
                    # it, whatever its size, and none of another
                    f.entries = tuple(e for e in f.entries if e.country == land)
                    if f.entries:
                        dated[name_key(doc, f.start, f.end)] = f.entries
                    return bool(f.entries)
                ok = bool(f.entries) and (
                    self._strong(f.entries, MIN_POP_ORG_PREFIX)
                    or self._news_spelling(doc, f, MIN_POP_FREE, dateline=True)
                    or ctx.knows(f, doc)
                )
                if f.entries and not ok:
                    villages.append(f)  # taken below if a county the text names is near
                return ok
            if self._common_word(doc, f):
                return False
            return (
                (
                    self._strong(f.entries, MIN_POP_FREE)
                    or self._news_spelling(doc, f, MIN_POP_FREE)
                    or ctx.knows(f, doc)
                    or self._news_spelling(
                        doc, f, MIN_POP_COUNTRY, ctx.countries | ctx.city_countries
                    )
                    or self._local_cue(doc, f, found)
                    or self._part_of_town(doc, f, found)
                    or self._district_of_world_city(doc, f, found)
                    or said_before(f)
                )
                and not _headline_word(doc, text, f, headlines(), ctx)
            ) or _said_to_be_place(doc, f, found, self.gaz.neighbours)

        villages: list[_Found] = []
        k = 0
        n = len(doc)
        starts, runs = tv.starts, tv.run
        while k < n:
            if taken[k] or not starts[k]:
                k += 1
                continue
            j = k
            while j < n and not taken[j] and runs[j]:
                j += 1
            for seg in self._segment(
                doc, text, k, j, inside_entity=False, accept=free, one_name=True
            ):
                seg.source = "gaz"
                claim(seg)
            for seg in self._demonyms(doc, text, k, j, named=True):
                if not any(taken[x] for x in range(seg.start, seg.end)):
                    claim(seg)
            k = max(j, k + 1)
        for f in villages:
            # "COMER - Madison County deputies": the dateline's village beside its county
            if _beside_county(f, found) and not any(taken[x] for x in range(f.start, f.end)):
                f.source = "gaz"
                claim(f)

    def _place_legislators(self, doc, r: _Recognition) -> None:
        """Each legislator's county or town written after the party's letter."""
        taken, found, claim = r.taken, r.found, r.claim
        for f in self._legislators_homes(doc, found):
            # "Delegates Harold Michael, D-Hardy; Ricky Moye, D-Raleigh": each one's county
            held = [g for g in found if g.start < f.end and f.start < g.end]
            if not held and not any(taken[x] for x in range(f.start, f.end)):
                claim(f)
            elif (
                held
                and all(f.start <= g.start and g.end <= f.end for g in held)
                and all((g.start, g.end) != (f.start, f.end) for g in held)
            ):
                # "D-Iowa City", one entity to spaCy, had given the state
                found[:] = [g for g in found if not any(g is h for h in held)]
                claim(f)
            elif len(held) == 1 and (held[0].start, held[0].end) == (f.start, f.end):
                # a name found already keeps its readings, and the text's context chooses
                # ("Rep. Barbara Lee, D-Oakland" beside "D-N.J." stays California's)
                g = held[0]
                g.entries += tuple(e for e in f.entries if e not in g.entries)

    def _one_sense(self, doc, r: _Recognition, refused: list[tuple[_Found, str]]) -> None:
        """A refused entity that the text names as a place elsewhere is that place."""
        text, found, person_words, last_words = r.text, r.found, r.person_words, r.last_words
        persons = r.persons
        # one sense per text: a name spaCy called a person or an organisation at one mention is
        # the place the text names so at another ("in Gainesville", "a Gainesville man"), unless
        # it is part of a person's name in the text or a given name spaCy calls so throughout
        placed = {
            name_key(doc, f.start, f.end)
            for f in found
            if f.entries and not f.demonym and f.source != "org-part"  # "Lakeview Board"
        }
        for seg, label in refused:
            key = name_key(doc, seg.start, seg.end)
            if _dateline(doc, text, seg) and _beside_county(seg, found):
                # "DANIELSVILLE - Madison County commissioners", one name to spaCy: the
                # dateline's village beside its county
                seg.entries = tuple(e for e in seg.entries if e.rank == 4)
                seg.source, seg.label = "blocked", label
                found.append(seg)
            elif (
                key in placed
                and key not in person_words
                and key not in last_words
                and not (label == "PERSON" and (key in persons or self.gaz.is_given_name(key)))
                and not (seg.start > 0 and doc[seg.start - 1].lower_ == "the")  # "the Duma"
                and not _speaks(doc, seg.end)  # "Edison said", "Ravenel, who"
                and not any(taken_by(found, seg.start, seg.end))
            ):
                seg.source, seg.label = "blocked", label
                found.append(seg)

    def _read_by_skeleton(self, doc, r: _Recognition) -> tuple[_DocContext, list[_Found]]:
        """Names with no reading read by their skeleton, the words beside them, and blocked
        one-word persons; the text's context then, and the villages abroad to empty."""
        tv, found, blocked = r.tv, r.found, r.blocked
        found = self._feature_words(doc, found)
        found = self._joined_units(doc, found)
        ctx = _DocContext.of(found, doc)
        abroad: list[_Found] = []
        skeletal: list[_Found] = []  # names read by their skeleton alone
        for f in found:
            if not f.entries and f.source == "ner":
                f.entries = _in_sentence_country(doc, f, found, self._by_skeleton(doc, f, ctx))
                # "Kulhudhuffushi Island", beside the bare "Kulhudhuffushi": the town's island
                f.entries = f.entries or island_of_its_town(doc, f, found)
                if f.end < len(doc) and doc[f.end].lower_ in REGION_WORDS:
                    f.entries = tuple(e for e in f.entries if e.rank in (2, 3))
                elif _kind_word(doc, f.end) in NATURE_WORDS:
                    # "the Zambezi valley" in a story of Zambia: the word that left the name
                    # with no reading (`_feature_words`) still says it is no town of the
                    # sentence's country, whatever its letters match; a city of the whole
                    # name, big enough to name its valley, stays ("the Kathmandu valley")
                    key = name_key(doc, f.start, f.end)
                    f.entries = _natural_feature(f.entries, found, f) + tuple(
                        e
                        for e in f.entries
                        if e.rank == 4 and e.population >= MIN_POP_FREE and norm(e.name) == key
                    )
                skeletal.append(f)
            elif f.source == "ner" and _villages_abroad(f.entries, ctx):
                # "in Hiran" beside "Somali forces": an Iraqi village of the name is no reading
                # where a region of the country the text names is spelled so (Hiiraan)
                regions = tuple(e for e in self._by_skeleton(doc, f, ctx) if e.rank in (2, 3))
                # nor a village abroad reached only by another of its names ("the Bagram air
                # base in Afghanistan" is no Bahram of Iran)
                if not regions and _alternate_abroad(f.entries, ctx):
                    abroad.append(f)  # no reading, once the filters below have read them
                f.entries = regions or f.entries
        joined: frozenset[str] | None = None  # the words written after "Al-" ("Al-Gaish")
        for s, e, label in blocked:
            # spaCy's small model often calls an unfamiliar foreign town a person
            if label == "PERSON" and e - s == 1 and not any(taken_by(found, s, e)):
                if joined is None:
                    joined = _article_forms(doc, found)
                if norm(tv.words[s]) in joined:
                    continue  # "for Gaish on 33 minutes" after "Al-Gaish beat Ittihad"
                f = _Found(s, e, (), "blocked", label)
                f.entries = self._by_skeleton(doc, f, ctx, min_pop=MIN_POP_FREE)
                if f.entries:
                    found.append(f)
                    skeletal.append(f)
        # "Ponnagyun ... in Rakhine State": no Peinnegon of Yangon by the skeleton
        found = skeleton_in_named_region(tv, found, skeletal)
        found = skeleton_among_unknown(tv, found, skeletal)
        for f in skeletal:
            f.spelled = True  # `skeleton_region.spelled_far` reads them once resolved
        r.found = found
        return ctx, abroad
