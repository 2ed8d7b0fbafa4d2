"""Toponym recognition (spaCy NER + gazetteer matching) and the pipeline that resolves them.

Recognition takes GPE/LOC/FAC entities from spaCy, cuts each into gazetteer names (so
"Alexandria, La." gives two toponyms and "northern Syria" gives "Syria"), then scans capitalised
words outside entities for names spaCy missed, and adjectives of countries ("Turkish troops").
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from explorer.geoparse.comma_country import country_after_comma
from explorer.geoparse.compass_part import compass_country_towns, compass_parts, compass_towns
from explorer.geoparse.gazetteer import Entry, Gazetteer, load_gazetteer
from explorer.geoparse.headlines import (
    DASHES,
    _article_forms,
    _dateline,
    _dateline_country,
    _headline_word,
    _headlines,
    _language,
    _lower_words,
    _written_lower,
)
from explorer.geoparse.joined import hyphen_joined
from explorer.geoparse.metonymy import Metonymy
from explorer.geoparse.named_things import (
    building_names,
    names_side_by_side,
    neighbourhood_names,
    ship_and_weapon_names,
)
from explorer.geoparse.names import is_compass, norm, spelled_alike
from explorer.geoparse.persons import (
    LOCAL_BODIES,
    _church_saint,
    _electorate,
    _employer_of,
    _firm_names,
    _founded,
    _given_name_before,
    _initials,
    _kin_named,
    _kin_of,
    _named_event,
    _nation_of_body_abroad,
    _native_american,
    _nicknamed,
    _person_elsewhere,
    _person_of,
    _region_as_speaker,
    _renamed,
    _resident_of,
    _residents_open_sentence,
    _role_named,
    _said_to_be_outlet,
    _speaker_named_after_verb,
    _speaks,
)
from explorer.geoparse.recognised import (
    ENTS,
    LEAD_WORDS,
    LOCATIVE,
    MAX_TOKENS,
    MIN_POP_BLOCKED,
    MIN_POP_COUNTRY,
    MIN_POP_FREE,
    MIN_POP_REGION,
    NATURE_WORDS,
    REGION_WORDS,
    SAINT_WORDS,
    STREET_WORDS,
    TOWNSHIP_WORDS,
    UNIT_KIND_PLURALS,
    _DocContext,
    _Found,
    _named_region,
    news_spellings,
    taken_by,
)
from explorer.geoparse.resolve import Mention, resolve
from explorer.geoparse.skeleton_region import skeleton_in_named_region, spelled_far
from explorer.geoparse.things import (
    _building,
    _car_model,
    _car_model_again,
    _civic_building,
    _era,
    _house_number,
    _in_water_name,
    _named_process,
    _ocean,
    _org_word_after,
    _shares_street_word,
    _team_again,
    _teams,
    _water_named,
)
from explorer.geoparse.tokens import (
    CONNECTORS,
    TokenView,
    is_cap,
    joined_article,
    opens_sentence,
    span_text,
    view,
)
from explorer.geoparse.towns import (
    _STATE_BODIES,
    _country_as_town,
    _country_named_within,
    _county_short_names,
    _crown_court,
    _little_quarter,
    _nearby_in,
    _part_of_another_country,
    _part_of_world_city,
    _port_of,
    _quarter_of_town,
    _town_named_for_another_country,
    _town_not_world_city,
)
from explorer.geoparse.towns import _TOWN_OFFICES as _TOWN_OFFICES
from explorer.geoparse.units import (
    _alternate_abroad,
    _beside_county,
    _capital_abbreviation,
    _common_region,
    _compass_region_abroad,
    _council_areas,
    _county_abroad,
    _county_of,
    _curated_with_lower_word,
    _elided_unit,
    _in_sentence_country,
    _kind_word,
    _members_of,
    _natural_feature,
    _region_abroad,
    _region_adjective,
    _townships,
    _unit_of_named_country,
    _unit_over_its_town,
    _units_by_kind_word,
    _villages_abroad,
    _world_region,
)
from explorer.geoparse.word_forms import common_nouns
from explorer.limits import PIECE_CHARS, checkpoint, pieces
from explorer.model import Toponym
from explorer.paths import geodata_dir

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# entities whose words are not place names, unless a rule below says otherwise
BLOCK_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
MIN_POP_ORG_PREFIX = 5_000
MIN_POP_ALT_LOCAL = 20_000  # a town known by an alternate name, after "in", "near", ...
# words before a code name, which names no place even when a place's name is in it
CODE_NAME_WORDS = frozenset({"Operation", "Exercise"})
# a name right after one of these is the firm's, the club's or the paper's ("the Turkish
# company Kolin" is no town of Bohemia, "the developer Emaar" no place at all)
FIRM_NOUNS = frozenset(
    {"company", "firm", "conglomerate", "giant", "lender", "airline", "carrier", "maker"}
    | {"manufacturer", "contractor", "developer", "operator", "producer", "insurer", "retailer"}
    | {"supplier", "shipyard", "consortium", "subsidiary", "broadcaster", "newspaper", "band"}
)
# the word that heads a firm's name in Spanish, Portuguese, French and Italian ("Grupo Espírito
# Santo", "Groupe Casino", "Banco Santander"): the name right after it, with no "de" or "do"
# between, is the founders' or the brand's, not where the firm is ("Banco de Portugal" is)
FIRM_HEADS = frozenset(
    {"grupo", "groupe", "gruppo", "banco", "banca", "banque", "companhia", "compañía"}
    | {"compagnie", "compagnia", "empresa", "empresas", "sociedade", "sociedad", "société"}
    | {"corporación", "industrias", "indústrias", "construtora", "constructora"}
)
# capitalised generic words that belong to a region's name when they follow it ("Fars Province")
ADMIN_WORDS = frozenset({"Province", "Governorate", "Region", "Oblast", "Prefecture"})
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
# what a state or a country makes and who makes it: a name before them is no town's ("Oregon and
# Washington laws", "Georgia lawmakers")
LAW_WORDS = frozenset(
    {"law", "laws", "lawmakers", "legislature", "legislators", "statute", "statutes"}
)
# "law" as the first word of a trade, a school or a police ("a Washington law firm", "Dublin
# law enforcement"): no statute's
LAW_TRADES = frozenset(
    {"firm", "firms", "school", "schools", "enforcement", "professor", "professors", "student"}
    | {"students", "office", "offices", "partner", "partners", "clerk", "library", "degree"}
    | {"review", "journal", "practice", "graduate", "graduates", "center", "centre", "society"}
)


def _before_law(doc, f: _Found) -> bool:
    """The name is followed by a lawmaker's word ("Oregon and Washington laws", "Georgia
    lawmakers"), not by "law" of a trade ("a Washington law firm")."""
    if f.end >= len(doc) or doc[f.end].lower_ not in LAW_WORDS:
        return False
    return not (f.end + 1 < len(doc) and doc[f.end + 1].lower_ in LAW_TRADES)


# the last word of a settlement's name: a town's name before it is the settlement's ("Hampton
# Hills", an estate in Texas), not the town it is named for; not "Village", which names a
# shopping centre in the town ("Bicester Village")
SETTLEMENT_WORDS = frozenset(
    {"Colony", "Heights", "Hills", "Springs", "Falls", "Junction", "Crossing"}
    | {"Estates", "Gardens", "Meadows", "Woods", "Mills", "Grove", "Ridge", "Plains"}
)
# the words after a town's name that make the name of grounds or an estate named for it
GROUNDS_WORDS = frozenset({"park", "gardens", "estate", "estates"})
# more last words of a place's name that no person's name ends with
PLACE_TAILS = frozenset({"station", "square", "county", "township", "city", "center", "centre"})
# the last word of a street's, a quarter's or a building's name: a demonym before it is part
# of that name ("Indian Lake Road", "the French Quarter", "the Irish Pub"), not its country
ADDRESS_TAILS = GENERIC_TAILS | frozenset(
    {"road", "street", "avenue", "drive", "lane", "boulevard", "highway", "quarter", "square"}
    | {"pub", "restaurant", "cafe", "bakery", "church", "school", "academy", "garden", "trail"}
)
# a town's street named for a state or a county ("Pennsylvania Avenue", "Rivers Avenue"), where
# the state's own roads and services name the state ("the Ohio Turnpike", "Florida Highway Patrol")
TOWN_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd", "drive"})


@cache
def _word_list(name: str) -> frozenset[str]:
    path = geodata_dir() / "gazetteer" / name
    with open(path, encoding="utf-8") as fh:
        return frozenset(norm(x) for x in fh if x.strip() and not x.startswith("#"))


@cache
def _dotted_aliases() -> dict[str, frozenset[str]]:
    """Curated abbreviations written with dots ("Que.", "W. Va."), by folded name: every curated
    way of writing the name, spaces removed."""
    out: dict[str, set[str]] = {}
    path = geodata_dir() / "gazetteer" / "aliases.tsv"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            alias = line.split("\t", 1)[0].strip()
            if alias and not line.startswith("#"):
                out.setdefault(norm(alias), set()).add(alias.replace(" ", ""))
    # every curated way of writing a name that has a dotted form ("U.S." and "US")
    return {k: frozenset(v) for k, v in out.items() if any("." in a for a in v)}


def mentions_of(doc, text: str, found: list[_Found]) -> list[Mention]:
    """The names the rules found, as mentions of ``text`` for resolution."""
    tv = view(doc)
    mentions = [
        Mention(
            start=tv.idx[f.start],
            end=tv.idx[f.end - 1] + len(tv.words[f.end - 1]),
            entries=f.entries,
            demonym=f.demonym,
            source=f.source,
        )
        for f in found
    ]
    for m in mentions:
        m.name = text[m.start : m.end]
    return mentions


# pieces of a long text read by the recogniser together: about the characters of a batch of
# :meth:`Geoparser.parse_many`'s 32 articles
PIECES_TOGETHER = 4


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
            labels.setdefault(norm(span_text(doc, ent.start, ent.end)), set()).add(ent.label_)
        persons = {k for k, v in labels.items() if v == {"PERSON"}}
        # how often the recogniser calls each name a person or an organisation
        named = Counter(
            norm(span_text(doc, ent.start, ent.end))
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


# the head of an armed body's name after a place's ("the South Lebanon Army"): the place's
# words are the body's, not a town of their own
_ARMED_BODY_HEADS = frozenset(
    {"army", "front", "forces", "movement", "brigade", "brigades", "militia", "liberation"}
)


class Geoparser:
    """Finds place names in text and resolves each to one gazetteer entry."""

    _default: Geoparser | None = None
    _fast: Geoparser | None = None
    _default_lock = threading.Lock()

    def __init__(self, gazetteer: Gazetteer, nlp, ner_windows: bool = True) -> None:
        """``nlp``: a spaCy pipeline (or :class:`explorer.language.EntitiesOnly`); with an
        entity recogniser and ``ner_windows``, it reads only the parts of a text whose
        reading depends on it (see :mod:`explorer.geoparse.ner`), else the whole text."""
        self.gaz = gazetteer
        self.nlp = nlp
        self._windows = None
        pipeline = getattr(nlp, "_nlp", nlp)  # EntitiesOnly wraps the shared pipeline
        if ner_windows and "ner" in getattr(pipeline, "pipe_names", ()):
            from explorer.geoparse.ner import WindowedNER

            self._windows = WindowedNER(self, pipeline)
        self.metonymy = Metonymy.load()
        self._stop = _word_list("not_places.txt")
        self._common = _word_list("common_words.txt")
        self._org_words = _word_list("org_words.txt")
        self._titles = _word_list("titles.txt")
        self._civic = _word_list("civic_words.txt")
        self._dotted = _dotted_aliases()

    @classmethod
    def default(cls) -> Geoparser:
        """The shared parser: the gazetteer and the spaCy model are loaded once per process."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls(load_gazetteer(), load_nlp())
            return cls._default

    @classmethod
    def fast(cls) -> Geoparser:
        """A parser without the statistical model: gazetteer and rules over spaCy's tokenizer.

        About eight times faster and a few points of F1 weaker (it cannot tell a person from a
        town of the same name): for bulk runs where speed matters more.
        """
        with cls._default_lock:
            if cls._fast is None:
                import spacy

                cls._fast = cls(load_gazetteer(), spacy.blank("en"))
            return cls._fast

    # -- public API ---------------------------------------------------------------------------
    def parse(
        self, text: str, include_demonyms: bool = True, include_institutions: bool | None = None
    ) -> list[Toponym]:
        """Toponyms of ``text`` in order, offsets into ``text``.

        ``include_demonyms``: country adjectives ("Turkish troops") as references to the country
        (see :meth:`is_demonym`). ``include_institutions``: seats of government named for the
        government ("the Kremlin"), always metonymic; by default the same as include_demonyms.
        """
        nlp = self._windows or self.nlp
        if len(text) <= PIECE_CHARS:
            return self._from_doc(nlp(text), text, include_demonyms, include_institutions)
        # A long text in pieces of an article's size: spaCy's memory stays bounded and each
        # piece is resolved in its own context, with offsets moved back into the whole text.
        # The pieces go through the recogniser a few at a time, as many texts do.
        out: list[Toponym] = []
        spans = pieces(text, PIECE_CHARS)
        docs = nlp.pipe((text[a:b] for a, b in spans), batch_size=PIECES_TOGETHER)
        for start, end in spans:
            checkpoint()
            piece = text[start:end]
            doc = next(docs)
            for t in self._from_doc(doc, piece, include_demonyms, include_institutions):
                out.append(replace(t, start=t.start + start, end=t.end + start))
        return out

    def parse_many(
        self,
        texts: Iterable[str],
        include_demonyms: bool = False,
        include_institutions: bool | None = None,
        batch_size: int = 32,
    ) -> list[list[Toponym]]:
        """Like :meth:`parse` over many texts, through spaCy's batched pipe (long texts are
        parsed alone, in pieces). A budget or a cancel (``explorer.limits``) is looked at after
        each text: a smaller ``batch_size`` lets it be seen sooner."""
        texts = list(texts)
        short = [i for i, text in enumerate(texts) if len(text) <= PIECE_CHARS]
        nlp = self._windows or self.nlp
        docs = nlp.pipe((texts[i] for i in short), batch_size=batch_size)
        found: dict[int, list[Toponym]] = {}
        for i, doc in zip(short, docs, strict=True):
            checkpoint()
            found[i] = self._from_doc(doc, texts[i], include_demonyms, include_institutions)
        return [
            found[i] if i in found else self.parse(text, include_demonyms, include_institutions)
            for i, text in enumerate(texts)
        ]

    def is_demonym(self, toponym: Toponym) -> bool:
        """True when the toponym is a country adjective or demonym ("Turkish", "Russians")."""
        c = toponym.candidate
        if c is None or c.kind != "country":
            return False
        key = norm(toponym.name)
        iso = self.gaz.demonyms.get(key) or (key.endswith("s") and self.gaz.demonyms.get(key[:-1]))
        return iso == c.country

    # -- recognition --------------------------------------------------------------------------
    def _from_doc(
        self, doc, text: str, include_demonyms: bool, include_institutions: bool | None = None
    ) -> list[Toponym]:
        if include_institutions is None:
            include_institutions = include_demonyms
        view(doc, text)
        found = self._recognise(doc)
        mentions = mentions_of(doc, text, found)
        resolve(mentions, text, self.gaz)
        # "Baitadi" beside Dhangadhi: no Botad of Gujarat, 1,150 km off, by the skeleton
        spelled_far(mentions, [f.spelled for f in found], text)
        out = []
        for m, f in zip(mentions, found, strict=True):
            if (m.demonym and not include_demonyms) or f.street:
                continue
            if m.chosen is not None and m.chosen.institution and not include_institutions:
                continue  # "the Kremlin", "the White House": governments, not toponyms in gold data
            met = self.metonymy.is_metonymic(text, m)
            out.append(
                Toponym(
                    start=m.start,
                    end=m.end,
                    name=m.name,
                    candidate=m.chosen.candidate(m.score) if m.chosen else None,
                    confidence=round(m.confidence, 4),
                    metonymic=met,
                    alternatives=[e.candidate(s) for e, s in m.alternatives],
                )
            )
        return out

    def _recognise(self, doc) -> list[_Found]:
        r = _Recognition.start(doc)
        self._read_entities(doc, r)
        ctx, refused = self._read_blocked(doc, r)
        self._read_free_words(doc, r, ctx)
        self._place_legislators(doc, r)
        self._one_sense(doc, r, refused)
        ctx, abroad = self._read_by_skeleton(doc, r)
        self._drop_not_places(doc, r, ctx, abroad)
        self._read_units_and_countries(doc, r)
        self._drop_persons_words(doc, r)
        self._read_towns_by_context(doc, r)
        self._drop_firms(doc, r)
        self._read_seats_and_streets(doc, r)
        return self._fit_and_shape(doc, r)

    def _read_entities(self, doc, r: _Recognition) -> None:
        """The entities spaCy labelled: places cut into names, demonyms, and the blocked ones
        (persons, bodies, works) kept for the steps after."""
        tv, text, taken, claim, ents = r.tv, r.text, r.taken, r.claim, r.ents
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
                blocked.extend((s, e, ent.label_) for s, e in _lines(doc, ent.start, end))
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
                    person_words.update(norm(t.text) for t in ent if is_cap(t))
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
                        or self._listed_with_town(doc, seg, found, person_words)
                        or _elided_unit(doc, seg)
                    )
                    and not (label == "PERSON" and self._name_goes_on(doc, e, ents))
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
                        return True
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

        # capitalised words spaCy did not label at all
        def free(f: _Found) -> bool:
            if _dateline(doc, text, f):
                # a dateline names a town ("HUME –" is no Australian district)
                f.entries = tuple(e for e in f.entries if e.rank == 4) or ()
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
                self._strong(f.entries, MIN_POP_FREE)
                or self._news_spelling(doc, f, MIN_POP_FREE)
                or ctx.knows(f, doc)
                or self._news_spelling(doc, f, MIN_POP_COUNTRY, ctx.countries | ctx.city_countries)
                or self._local_cue(doc, f, found)
                or self._part_of_town(doc, f, found)
            ) and not _headline_word(doc, text, f, headlines(), ctx)

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
            norm(span_text(doc, f.start, f.end))
            for f in found
            if f.entries and not f.demonym and f.source != "org-part"  # "Lakeview Board"
        }
        for seg, label in refused:
            key = norm(span_text(doc, seg.start, seg.end))
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
                if f.end < len(doc) and doc[f.end].lower_ in REGION_WORDS:
                    f.entries = tuple(e for e in f.entries if e.rank in (2, 3))
                elif _kind_word(doc, f.end) in NATURE_WORDS:
                    # "the Zambezi valley" in a story of Zambia: the word that left the name
                    # with no reading (`_feature_words`) still says it is no town of the
                    # sentence's country, whatever its letters match; a city of the whole
                    # name, big enough to name its valley, stays ("the Kathmandu valley")
                    key = norm(span_text(doc, f.start, f.end))
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
        for f in skeletal:
            f.spelled = True  # `skeleton_region.spelled_far` reads them once resolved
        r.found = found
        return ctx, abroad

    def _drop_not_places(
        self, doc, r: _Recognition, ctx: _DocContext, abroad: list[_Found]
    ) -> None:
        """The filters: names that are persons', firms', cars', teams', buildings' and more."""
        tv, found = r.tv, r.found
        # before the filters that weigh a name's readings against the text's countries
        found = _unit_of_named_country(self.gaz, doc, found)
        found = _employer_of(doc, found)
        models = {norm(span_text(doc, f.start, f.end)) for f in found if _car_model(doc, f)}
        teams = _teams(doc, found)
        found = [
            f
            for f in found
            if not self._person(doc, f, ctx)
            and not self._saints(doc, f)
            and not (f.start > 0 and tv.lower[f.start - 1] in FIRM_NOUNS)
            and not _car_model(doc, f)
            and not (models and _car_model_again(doc, f, models))
            and not (teams and _team_again(doc, f, teams))
            and not _era(doc, f)
            and not _initials(doc, f)
            and not _church_saint(doc, f)
            and not _founded(doc, f)
            and not _nicknamed(doc, f)
            and not _members_of(self.gaz, doc, f)
            and not _region_adjective(doc, f)
            and not _building(doc, f)
            and not _civic_building(doc, f)
            and not self._surname(doc, f, found)
            and not _common_region(doc, f, found)
            and not _compass_region_abroad(doc, f, found)
            and not _region_as_speaker(doc, f, found)
            and not _speaker_named_after_verb(doc, f)
            and not _said_to_be_outlet(doc, f)
            and not self._title_abbreviation(doc, f)
            and not self._settlement_named_for(doc, f)
            and not _named_process(doc, f)
            and not _little_quarter(doc, f)
            and not _native_american(doc, f, found)
            and not _in_water_name(doc, f)
        ]
        for f in abroad:
            f.entries = ()
        r.found = found

    def _read_units_and_countries(self, doc, r: _Recognition) -> None:
        """Lists of units, and names read against the countries and units the text names."""
        text, found = r.text, r.found
        found = self._unit_lists(doc, text, found)
        found = _part_of_another_country(doc, found)
        found = _town_named_for_another_country(doc, found)
        found = _country_named_within(self.gaz, doc, found)
        found = _county_of(self.gaz, doc, found)
        found = _council_areas(doc, found)
        found = _county_abroad(self.gaz, doc, found)
        found = _part_of_world_city(self.gaz, doc, found)
        found = _capital_abbreviation(self.gaz, doc, found)
        r.found = found

    def _drop_persons_words(self, doc, r: _Recognition) -> None:
        """Single words of persons' names in this text, as surnames or given names."""
        tv, found = r.tv, r.found
        person_words, surnames, given_surnames = r.person_words, r.surnames, r.given_surnames
        # a single word that is part of a person's name in this text is that person; a region's
        # name only as the person's surname ("Paris Mayor Anne Hidalgo ... Hidalgo said": no
        # state of Mexico), not as a given name ("Georgia Smith" beside the state), unless the
        # region lies in no country of the text's other places ("Georgia Stevens" of Alberta)
        found = [
            f
            for f in found
            if not (
                f.end - f.start == 1
                and (key := norm(tv.words[f.start])) in person_words
                and not _renamed(doc, f)  # "renamed Nursultan ... Nursultan Nazarbaev"
                and (
                    key in surnames
                    or not any(_named_region(e) for e in f.entries)
                    or _region_abroad(self.gaz, doc, f, found)
                )
            )
        ]
        # "her son Wilmer Rodriguez ... but not Rodriguez, now 18": a town's one-word name the
        # text writes as a person's surname is the person at its other mentions (also a small
        # region's: Panama's Herrera), unless a preposition of place comes before it, it is a
        # country or a region news names (``_named_region``) or a city of MIN_POP_BLOCKED
        found = [
            f
            for f in found
            if not (
                f.end - f.start == 1
                and norm(tv.words[f.start]) in given_surnames
                and f.entries
                and not f.demonym
                and not any(_named_region(e) for e in f.entries)
                and all(e.population < MIN_POP_BLOCKED for e in f.entries)
                and not (f.start > 0 and tv.lower[f.start - 1] in LOCATIVE | {"to", "at"})
            )
        ]
        # "Georgia Hall won the Open ... Hall said": a country's or a state's name before a
        # surname the text then writes alone is the person's given name at that mention
        found = [f for f in found if not _given_name_before(doc, f, found)]
        r.found = found

    def _read_towns_by_context(self, doc, r: _Recognition) -> None:
        """Countries', world cities' and states' names the text's local words make towns or
        states, quarters of towns, courts, and counties' short names."""
        text, found = r.text, r.found
        # a country's name where local news names a town ("a Lebanon woman", "Palestine
        # Independent School District", "the city of Turkey", "400 S. Locust St., Lebanon") is
        # the town at every mention: a country is written as its adjective, and has no council
        found = _country_as_town(doc, found)
        # "Cairo's Abbasiya neighbourhood": a part of that town, not a place of its name abroad
        found = _quarter_of_town(doc, found)
        # "who lives nearby in Uptown": near the town the text has just named
        found = _nearby_in(doc, found)
        # "Kingston Crown Court": a court of England, Wales and Northern Ireland
        found = _crown_court(doc, found)
        # "Oregon and Washington laws": a name before a lawmaker's word is a state's or a
        # country's, which make laws, not a town's
        for f in found:
            if not f.demonym and _before_law(doc, f):
                f.entries = tuple(e for e in f.entries if e.rank in (0, 2)) or f.entries
        # "another was under control in Osceola" beside "Osceola County": the county's short name
        found = _county_short_names(doc, found)
        # "Dublin's city manager", "Athens Parks and Recreation Director": a world city's name
        # before a North American town's own body is that town's at every mention
        found = _town_not_world_city(doc, text, found)
        # "Georgia's newest utility regulator ... state ethics violations": a US state's own
        # public bodies make a name that is a country and a US state the state
        found = self._state_not_country(text, found)
        r.found = found

    def _drop_firms(self, doc, r: _Recognition) -> None:
        """Words of firms' names."""
        found, firm = r.found, r.firm
        # a word of a firm's name is the firm's ("Lakes Edge Apartments, LLC" is no town of
        # Alaska), but where the text names the place outside a firm's name ("Springfield
        # Performing Arts Development Corp." in a Springfield story), or the place is a
        # country or a state where the text's other places are ("Kansas Electric Cooperatives
        # Inc." beside Hutchinson, Kansas), or a country's own name ("USA Hauling and
        # Recycling Inc."; not its adjective: "Spanish Oaks Apartments")
        firm_less = [g for g in found if g.entries and not g.demonym and not firm(g)]
        outside = {norm(span_text(doc, g.start, g.end)) for g in firm_less}
        lands = {
            g.entries[0].country for g in firm_less if len({e.country for e in g.entries}) == 1
        }
        found = [
            f
            for f in found
            if not firm(f)
            or norm(span_text(doc, f.start, f.end)) in outside
            or (
                not f.demonym
                and any(
                    e.primary and (e.rank == 0 or (e.rank == 2 and e.country in lands))
                    for e in f.entries
                )
            )
        ]
        r.found = found

    def _read_seats_and_streets(self, doc, r: _Recognition) -> None:
        """Electorates, streets sharing a street word, and names that are streets'."""
        tv, found = r.tv, r.found
        # "the Federal Member for Kennedy": an electorate, no town to pin; read only in a
        # country the text's other places are in, and left out where it names none
        seats = [f for f in found if _electorate(doc, f)]
        for f in seats:
            ctx = _DocContext.of([g for g in found if g is not f], doc)
            known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
            f.entries = tuple(e for e in f.entries if e.country in known)
        found = [f for f in found if f.entries or not any(f is g for g in seats)]
        # "from Sherman to Bay Street", "Main and Elm streets": a street sharing the next name's
        # street word, no town to read the text's other places beside
        found = [f for f in found if not _shares_street_word(doc, f, found)]
        # a town's name before a street's word is the street's ("6016 Dublin Road", "Nordland
        # Ave."): not shown, but still what the text's other places are read beside (a Memphis
        # Street in an Alexandria of the United States)
        for f in found:
            after = tv.lower[f.end].rstrip(".") if f.end < len(doc) else ""
            f.street = (
                after in STREET_WORDS
                and not (f.end + 1 < len(doc) and doc[f.end + 1].like_num)  # "Oxford Road 5"
                and bool(f.entries)
                and (
                    all(
                        e.rank == 4 or (e.rank in (2, 3) and after in TOWN_STREET_WORDS)
                        for e in f.entries
                    )
                    or _house_number(doc, f)  # "the 900 block of Flanders Road"
                )
            )
        r.found = found

    def _fit_and_shape(self, doc, r: _Recognition) -> list[_Found]:
        """The last readings by the name's shape and neighbours, in the text's order."""
        tv, text, found = r.tv, r.text, r.found
        # "the Baltic states": the curated area of that name, not the sea
        found = _curated_with_lower_word(self.gaz, doc, found)
        for f in found:
            self._fit_span(doc, text, f)
        found = _townships(doc, found)
        # "Basra, southern Somalia": the comma's country, or no reading
        found = country_after_comma(tv, found)
        # "Dand-e-Patan", "Khoros-Harar": a hyphen-joined name is read whole, not by its tail
        found = hyphen_joined(
            self.gaz, tv, found, lambda a, b, x: _Found(a, b, x, "gaz" if x else "ner", "GPE")
        )
        # "the submarine Kursk", "USS Portland", "the LEVENT missile system": no town
        found = ship_and_weapon_names(tv, found)
        # "Colonia Roma", "Colonia 4T": the word heads a neighbourhood's name, no Colonia of NJ
        found = neighbourhood_names(tv, found)
        # "Orange Grove Mall", "Casa de Nariño": a building's name, no Orange nor Nariño
        found = building_names(tv, found)
        # "held Vista Latina 2025": two towns of different countries side by side are one name
        found = names_side_by_side(tv, found)
        # "Central and Eastern Washington:": the state's part, not the capital
        found = compass_parts(tv, found)
        # "Residents of West Jordan", spaCy's "Jordan" a person: the Utah city's whole name
        found = compass_country_towns(tv, self.gaz, found, _ARMED_BODY_HEADS)
        # "Police in North Wales": Wales's north, not the Pennsylvania borough
        found = compass_towns(tv, self.gaz, found)
        # "Rivers are running high", "Tsunami-swept signboard": common nouns, no Rivers State
        found = common_nouns(tv, found)
        found = [f for f in found if f.entries or f.source == "ner"]  # "dropped" goes
        found.sort(key=lambda f: f.start)
        return found

    def _state_not_country(self, text: str, found: list[_Found]) -> list[_Found]:
        """A name that is a country and a US state ("Georgia") is the state where the text
        names a US state's public bodies ("state lawmakers", "state ethics", "the Public
        Service Commission", "Gov. Sonny Perdue"), as no foreign country's news writes them;
        not where another name of the text lies in the country or a neighbour ("Georgia",
        "Tbilisi" and "Russia" in a US paper that also quotes a state senator)."""
        both = [
            f
            for f in found
            if not f.demonym
            and any(e.rank == 0 and e.primary for e in f.entries)
            and any(e.rank == 2 and e.primary and e.country == "US" for e in f.entries)
        ]
        if not both or not _STATE_BODIES.search(text):
            return found
        for f in both:
            country = next(e.country for e in f.entries if e.rank == 0 and e.primary)
            near = {country, *self.gaz.neighbours.get(country or "", ())}
            if any(
                g.entries and g.entries[0].country in near and g.entries[0].rank != 2
                for g in found
                if g not in both
            ):
                continue
            f.entries = tuple(e for e in f.entries if e.rank != 0)
        return found

    def _joined_end(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut before an Arabic article joined by a hyphen
        ("Deir" of "Deir ez-Zor"): the longer name when the gazetteer has it."""
        while j + 2 < len(doc) and joined_article(doc, j) and not doc[j].is_sent_start:
            if not self.gaz.has_name(norm(span_text(doc, i, j + 3))):
                break
            j += 3
        return self._longer_name(doc, i, self._joined_country(doc, i, j))

    def _longer_name(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut inside a long name of three words or more
        ("Vila" of "Vila Real de Santo António", whose head alone reads as Port Vila): the
        longer name when the gazetteer has it as a place's main name, its words capitalised or
        connectors, all in one sentence."""
        tv = view(doc)
        n = len(doc)
        if j >= n or not tv.run[j] or not tv.starts[i] or doc[j].is_sent_start:
            return j
        if not all(tv.run[i:j]):
            return j  # within one capitalised run, whose names a batch has looked up at once
        stop = j
        while stop < min(n, i + MAX_TOKENS) and tv.run[stop] and not doc[stop].is_sent_start:
            stop += 1
        for end in range(stop, max(j, i + 2), -1):
            if not tv.cap[end - 1]:
                continue
            if any(e.primary for e in self.gaz.lookup(norm(span_text(doc, i, end)))):
                return end
        return j

    def _joined_country(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut before a connector inside a country's or an
        administrative unit's name ("Trinidad" of "Trinidad y Tobago", "Trinité" of
        "Trinité-et-Tobago", "Lanao" of "Lanao del Sur province"): the longer name when the
        gazetteer has it as a country's, a first-level unit's or a second-level unit's (the
        Philippines' provinces are GeoNames' second level). An article spaCy took into the
        entity is not part of the name looked up."""
        tv = view(doc)
        n = len(doc)
        if i + 1 < j and tv.lower[i] == "the":
            # "the St. Vincent" of "the St. Vincent and the Grenadines Community College"
            i += 1
        k = j
        while k < n and k - j < 3 and not tv.cap[k] and tv.lower[k] in CONNECTORS:
            k += 1
        if k == j or k >= n or not tv.cap[k] or doc[k].is_sent_start or not tv.starts[i]:
            return j
        # within the span the gazetteer scan reads, whose names a batch has looked up at once
        stop = k
        while stop < min(n, k + 3, i + MAX_TOKENS) and tv.run[stop]:
            stop += 1
        for end in range(stop, k, -1):
            if not tv.cap[end - 1]:
                continue
            if any(e.rank in (0, 2, 3) for e in self.gaz.lookup(norm(span_text(doc, i, end)))):
                return end
        return j

    def _before_office(self, doc, i: int, j: int) -> int:
        """The end of a place entity that took in the first word of an office after it ("San
        Fernando City" of "San Fernando City Councilwoman", "Dublin City" of "Dublin City
        Council"): the town's own name, unless the longer one is a place's main name ("Carson
        City", "Quezon City")."""
        if j - i < 2 or j >= len(doc) or norm(doc[j - 1].text) not in self._civic:
            return j
        nxt = doc[j]
        word = norm(nxt.text)
        if not is_cap(nxt) or not (word in self._titles or word in self._civic or word == "hall"):
            return j  # "City Hall" too: "San Fernando City Hall" is San Fernando's
        if any(e.primary for e in self.gaz.lookup(norm(span_text(doc, i, j)))):
            return j
        if not any(e.primary for e in self.gaz.lookup(norm(span_text(doc, i, j - 1)))):
            return j
        return j - 1

    def _civic_lead(self, doc, text: str, s: int, e: int) -> list[_Found]:
        """The town at the start of tokens [s, e) (after "the") before its own body's word, as
        the only name of them: "Mount Pleasant" of "the Mount Pleasant Fire Department"."""
        lead = s + (1 if doc[s].lower_ == "the" else 0)
        segs = self._segment(
            doc,
            text,
            lead,
            e,
            inside_entity=False,
            accept=lambda f: f.start == lead and f.end < e and self._civic_after(doc, f),
        )
        return [
            _Found(f.start, f.end, f.entries, "org-part", "FAC")
            for f in segs[:1]
            if f.start == lead and f.end < e and f.entries
        ]

    def _knows_named(
        self, ctx: _DocContext, f: _Found, doc, named: Counter, blocked, found: list[_Found]
    ) -> bool:
        """:meth:`_DocContext.knows` for a name the recogniser called a person or an
        organisation: a town of a country the text names is no evidence for a given name that
        it calls so at every mention, more than once, with no mention where local news names a
        town ("Lincoln" the president, 16 times in a US story; not "Alexandria police")."""
        key = norm(span_text(doc, f.start, f.end))
        if key in ctx.names or named[key] < 2 or not self.gaz.is_given_name(key):
            return ctx.knows(f, doc)
        cued = any(
            self._local_cue(doc, _Found(s, e, f.entries, "blocked"), found)
            for s, e, _ in blocked
            if e - s == 1 and norm(doc[s].text) == key
        )
        return cued and ctx.knows(f, doc)

    def _fit_span(self, doc, text: str, f: _Found) -> None:
        """The span a reader would mark: an abbreviation with its dot ("Que.", which the
        tokenizer splits off) and only as written ("M.D." after a name is a degree, not
        Maryland's "Md."); a region with its capitalised generic word ("Fars Province")."""
        tv = view(doc)
        key = norm(span_text(doc, f.start, f.end))
        forms = self._dotted.get(key)
        if forms and any(e.alias for e in f.entries):
            surface = span_text(doc, f.start, f.end).replace(" ", "")
            if (
                f.end < len(doc)
                and tv.words[f.end] == "."
                and not tv.spaces[f.end - 1]
                and surface + "." in forms
            ):
                f.end += 1
            elif surface not in forms and (
                ("." in surface and surface + "." not in forms)
                or ("." not in surface and not (f.start > 1 and tv.words[f.start - 1] == ","))
            ):
                # "M.D." is not "Md."; a bare "PA" is a state only as in "Pittsburgh, PA"
                f.entries = tuple(e for e in f.entries if not e.alias)
                if not f.entries or self._acronym(doc, f):
                    f.entries = ()
                    f.source = "dropped"  # not the abbreviation: no place at all
        words = tv.words
        if (
            f.end < len(doc)
            and words[f.end] in TOWNSHIP_WORDS
            and any(e.rank == 4 for e in f.entries)
        ):
            f.end += 1  # "Hamilton Township": the township named for the town
            if f.end < len(doc) and words[f.end] == "." and words[f.end - 1] == "Twp":
                f.end += 1
        if (
            f.end < len(doc)
            and words[f.end] in ADMIN_WORDS
            and f.entries
            and all(e.rank in (2, 3) for e in f.entries if e.primary)
        ):
            f.end += 1

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
                if regions:
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
            units = self.gaz.units_in_english(norm(span_text(doc, a, b)))
            if units and not any(e.rank == 0 for e in self.gaz.lookup(norm(other.text))):
                return _Found(a, b, units, f.source, f.label)
        return None

    def _by_skeleton(self, doc, f: _Found, ctx: _DocContext, min_pop: int = 0) -> tuple:
        """Candidates for a name the gazetteer lacks, by its transliteration skeleton
        ("Hodeidah" for Al Hudaydah), kept only in a country the text names: a spelling alone
        is weak evidence. Not for an English word a headline capitalises ("Support in Ordeal"
        is no Oradell): one the text also writes in lower case. A town of fewer than
        MIN_POP_COUNTRY people only where the text names some first-level region, and not
        where the name is the end of a longer place's name in the text: countries and towns
        alone do not make a small town the reading of a spelling ("Headington, Oxford" of
        the UK is no Haddington in Scotland), nor does a region the name is part of ("a
        Bengal seat" in India, beside West Bengal, is no Bungal, a Punjab town of 5,000,
        1,500 km off)."""
        key = norm(span_text(doc, f.start, f.end))
        if key.startswith("the "):
            key = key[4:]
        if not ctx.countries or key in self._common or key in self._stop:
            return ()
        if _written_lower(doc, f):
            return ()
        candidates = self.gaz.by_skeleton(key)
        if not candidates:
            return ()
        longer = any(n.endswith(f" {key}") for n in ctx.names)  # "West Bengal"
        return tuple(
            e
            for e in candidates
            if e.country in ctx.countries
            and e.rank >= 2
            and e.population >= min_pop
            and (
                e.rank != 4 or e.population >= MIN_POP_COUNTRY or (not longer and bool(ctx.regions))
            )
        )

    def _person(self, doc, f: _Found, ctx: _DocContext) -> bool:
        """A title, or a name a title stands before ("Dr", "Gen. Miranda"), or a given name
        that the text does not show to be a place ("Olivia" alone, "Olivia Smith")."""
        tv = view(doc)
        if f.start > 0 and tv.words[f.start - 1] in CODE_NAME_WORDS:
            return True  # "Operation Falcon", "Operation Olive Branch": a code name
        if f.demonym:
            return False
        key = norm(span_text(doc, f.start, f.end))
        if key in self._titles:
            return True
        k = f.start - 1
        if k >= 0 and tv.words[k] == ".":
            k -= 1
        if k >= 0 and norm(tv.words[k]) in self._titles and tv.cap[k]:
            return not any(e.rank <= 2 or e.rank == 5 for e in f.entries)
        if _role_named(doc, f) and not any(e.rank in (0, 5) for e in f.entries):
            return True  # "The prosecutor, Lopez, said"
        if f.end - f.start != 1 or not self.gaz.is_given_name(key) or _kind_word(doc, f.end):
            return False  # "Flores island" is no person
        if (_kin_of(doc, f.start) or _kin_named(doc, f.start)) and not any(
            e.rank in (0, 1, 5) or e.alias for e in f.entries
        ):
            return True  # "a friend of Vladimir", "wife, Tonya": a person, not the town
        if any(e.rank <= 2 or e.rank == 5 or e.alias for e in f.entries if e.primary):
            return False  # "Georgia", "Victoria": a country or a state first
        if self._given_speaker(doc, f, ctx):
            return True
        if self._strong(f.entries, MIN_POP_FREE) or ctx.knows(f, doc):
            return False
        if self._before_container(doc, f):
            return False
        nxt = tv.words[f.end] if f.end < len(doc) else None
        if (
            nxt is not None
            and tv.cap[f.end]
            and nxt.isalpha()
            and self.gaz.is_given_name(norm(nxt)) is False
            and norm(nxt) not in self._org_words
            and not self.gaz.has_name(norm(nxt))
        ):
            return True  # "Olivia Smith"
        prev = tv.lower[f.start - 1] if f.start > 0 else ""
        return prev not in {"in", "near", "outside", "at"}

    def _given_speaker(self, doc, f: _Found, ctx: _DocContext) -> bool:
        """ "Brent told CTV Edmonton" in a Canadian story: a given name before a person's verb
        is the person where none of its readings lies in a country of the text's other places
        (Brent, a London borough and American towns), nor is a capital. Not after a
        preposition ("a Republican from Florence, who"); "Jackson said ..., officials in
        Mississippi" stays the city, as geoq9's regions do beside their country."""
        if not _speaks(doc, f.end):
            return False
        if f.start > 0 and doc[f.start - 1].lower_ in LEAD_WORDS | {",", "by"}:
            return False
        known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
        return not any(e.country in known or e.capital or e.rank == 5 for e in f.entries)

    def _surname(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "a top-10 golfer in Brooke Henderson": a town's one-word name right after a given
        name that is no place of the text is the person's surname, not Henderson, Nevada. Not
        a country's or a state's name ("Georgia", "Washington"), nor after a name the text
        reads as a place ("Dallas Fort Worth")."""
        if f.end - f.start != 1 or f.start == 0 or f.demonym or not f.entries:
            return False
        given = doc[f.start - 1]
        if not (given.is_alpha and is_cap(given) and self.gaz.is_given_name(norm(given.text))):
            return False
        if given.like_num or given.lower_ in LEAD_WORDS or given.lower_ in _lower_words(doc):
            return False  # "The Madison Central", "One Edmonton resident": words, not names
        if f.start >= 2 and doc[f.start - 2].text in SAINT_WORDS:
            return False  # "St. Joseph London": the saint's school, then the town
        if any(taken_by(found, f.start - 1, f.start)):
            return False
        return not any(e.rank <= 2 or e.rank == 5 for e in f.entries if e.primary)

    def _title_abbreviation(self, doc, f: _Found) -> bool:
        """A state's dotted abbreviation before a person's given name is a title: "Del. Brian
        Moran" is a delegate, not Delaware. Not after a comma ("Dover, Del. Brian Moran said")
        or a preposition ("a farm in Del. Brian Moran said"), where it is the state."""
        if f.end - f.start != 1:
            return False
        words = view(doc).words
        nxt_k = f.end
        if not words[f.start].endswith("."):  # "Del" and its dot apart
            if nxt_k >= len(doc) or words[nxt_k] != ".":
                return False
            nxt_k += 1
        word = words[f.start].rstrip(".")
        if not any("." in a for a in self._dotted.get(norm(word), ())):
            return False
        if any(e.rank == 0 for e in f.entries):
            return False  # "U.S. Marshal": a country's name is no title
        before = doc[f.start - 1].lower_ if f.start > 0 else ""
        if before in {",", "(", "-", "–", "—"} or before in LOCATIVE | {"to", "at"}:
            return False  # "in Del. Brian Moran said": the state
        if nxt_k + 1 >= len(doc):
            return False
        given, last = doc[nxt_k], doc[nxt_k + 1]
        return (
            is_cap(given)
            and given.is_alpha
            and self.gaz.is_given_name(norm(given.text))
            and is_cap(last)
            and last.is_alpha
        )

    def _saints(self, doc, f: _Found) -> bool:
        """ "St. Paul's Hospital", "St. Mary's Cathedral": a saint's possessive before a name
        is a church, a school or a hospital named after the saint, not the town ("St. Paul's
        mayor" and "St. Paul's Police Chief" stay the town's)."""
        words = view(doc).words
        k = f.end
        if k + 1 >= len(doc) or words[k] not in ("'s", "’s"):
            return False
        first = words[f.start]
        before = words[f.start - 1] if f.start > 0 else ""
        if first not in SAINT_WORDS and before not in SAINT_WORDS:
            return False
        nxt = doc[k + 1]
        word = norm(nxt.text)
        return is_cap(nxt) and nxt.is_alpha and word not in self._civic and word not in self._titles

    def _local_cue(self, doc, f: _Found, found: list[_Found]) -> bool:
        """What local news says around a town's name, however small the town: "in Lombard",
        "near Grapeland", or the town's own public body after it ("Whitestown Town Hall",
        "Oakdale Fire Department", "Dublin Mayor Marilee Chinnici-Zuercher"). A spelling that is
        only an alternate name counts after a preposition for a town of some size ("in Misrata",
        GeoNames' Misratah), when no place of its size bears it as its main name."""
        main = any(e.primary and 2 <= e.rank <= 4 for e in f.entries)
        if _renamed(doc, f):
            return True  # "the capital, renamed Nursultan in 2019": the place's other name
        if not main and not self._news_spelling(doc, f, MIN_POP_ALT_LOCAL):
            return False  # a small place's alternate name is no evidence ("Dr", "Olivia")
        tv = view(doc)
        if f.start > 0 and tv.cap[f.start - 1] and tv.words[f.start - 1].isalpha():
            return False  # inside a longer name ("Laurel County Fiscal Court")
        if main and self._civic_after(doc, f):
            return True
        if f.end < len(doc) and (tv.words[f.end] == "-" or doc[f.end].like_num):
            return False  # "in Talla 2": a room; "from Neo-classicism": a prefix
        joined = f.start > 0 and tv.words[f.start - 1] in ("-", "–")  # "Miami-Dade police"
        if main and not joined and (_resident_of(doc, f) or _residents_open_sentence(doc, f)):
            return True
        if main and _person_of(doc, f, found):
            return True  # "Tom Reed of Pharr", in a story of McAllen: where the person lives
        if main and not joined and f.end < len(doc) and tv.words[f.end] in LOCAL_BODIES:
            return True  # "arrested by Danbury police"
        if main and _port_of(doc, f):
            return True
        if main and _named_event(tv, f):
            return True  # "the Srebrenica genocide", spaCy's person
        return f.start > 0 and tv.lower[f.start - 1] in LOCATIVE | {"toward", "towards"}

    def _continent_after_of(self, doc, s: int, f: _Found) -> bool:
        """Inside an organisation's name from token s, the words from "of" to the name's end
        are a continent's name ("the Council of Europe", "the Union of South America": neither
        Europe nor the America of "South America" is where the body acts), or a world region's
        drawn as whole countries ("the Development Bank of Latin America")."""
        k = f.start - 1
        while k > s and f.start - k <= 2 and (is_compass(doc[k].lower_) or is_cap(doc[k])):
            k -= 1  # "of South America", "of Latin America": the whole name from "of"
        if k <= s or doc[k].lower_ != "of":
            return False
        entries = self.gaz.lookup(norm(span_text(doc, k + 1, f.end)))
        return bool(entries) and all(x.rank == 1 or _world_region(x) for x in entries)

    def _name_goes_on(self, doc, e: int, ents: list) -> bool:
        """ "Opposition leader Aung San Suu Kyi", spaCy's person "Aung San": a capitalised word
        that is no place's name and in no entity of spaCy's right after a person's name (in its
        sentence), without a title in it or the word after it, goes on with it, and the place's
        name is only its head."""
        if e >= len(doc) or opens_sentence(view(doc), e):
            return False
        t = doc[e]
        if not (t.is_alpha and is_cap(t)):
            return False
        if any(norm(x.text) in self._titles for x in doc[e : e + 2]):
            return False  # "Monroe Mayor Robert Routson", "Scott County Deputy Sgt. Bob"
        if any(x.primary for x in self.gaz.lookup(norm(t.text))):
            return False
        # "Clinton April 4", "Scott County Deputy Sgt. Bob Mulvehill"
        return not any(x.start <= e < x.end for x in ents)

    def _part_of_town(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "the American Legion Post 31 in Penacook": after "in" or "near", a name that is only
        an alternate name of a town of MIN_POP_ALT_LOCAL people, in a state (a first-level
        region) where another name of the text lies, is a part of that town GeoNames lists
        under it (Penacook, a village of Concord, New Hampshire, beside Epsom); not a given
        name nor an English word ("in Olivia", "near Dr"), nor a sentence's first word."""
        if f.end - f.start != 1 or not doc[f.start].is_alpha or any(e.primary for e in f.entries):
            return False
        if f.start == 0 or doc[f.start - 1].lower_ not in ("in", "near"):
            return False
        key = norm(doc[f.start].text)
        if key in self._common or key in self._stop or self.gaz.is_given_name(key):
            return False
        if _written_lower(doc, f):
            return False
        towns = {
            (e.country, e.admin1)
            for e in f.entries
            if e.rank == 4 and e.population >= MIN_POP_ALT_LOCAL and e.admin1
        }
        return any(
            (e.country, e.admin1) in towns
            for g in found
            if not g.demonym
            for e in g.entries
            if e.primary and 2 <= e.rank <= 4
        )

    def _legislators_homes(self, doc, found: list[_Found]) -> list[_Found]:
        """ "Ricky Moye, D-Raleigh", "Rep. Jay Roberts (R-Ocilla)": after a legislator's party
        letter, the town or county of the seat, in a state the text names (Raleigh County,
        West Virginia, in a story of its House of Delegates; not Raleigh, North Carolina):
        the name's towns and the counties of its name there. Nothing where the text names no
        state with such a reading."""
        states = {
            (e.country, e.admin1)
            for g in found
            if not g.demonym
            for e in g.entries
            if e.rank == 2 and e.primary
        }
        out: list[_Found] = []
        if not states:
            return out
        tv = view(doc)
        words, cap = tv.words, tv.cap
        n = len(doc)
        for k in range(1, n - 2):
            if (
                words[k] not in ("D", "R", "I")
                or words[k + 1] != "-"
                or words[k - 1] not in (",", "(")
            ):
                continue
            if doc[k].whitespace_ or doc[k + 1].whitespace_ or not cap[k + 2]:
                continue
            j = k + 2
            while j < n and j < k + 5 and cap[j] and doc[j].is_alpha:
                j += 1
            if j == k + 2:
                continue
            name = norm(span_text(doc, k + 2, j))
            if any(e.rank in (0, 1, 2) for e in self.gaz.lookup(name)):
                continue  # "Sen. John Cornyn, R-Texas": a senator's state, not Texas County
            entries = tuple(
                e
                for key in (name, f"{name} county")
                for e in self.gaz.lookup(key)
                if e.primary and e.rank in (3, 4) and (e.country, e.admin1) in states
            )
            if entries:
                out.append(_Found(k + 2, j, entries, "gaz"))
        return out

    def _settlement_named_for(self, doc, f: _Found) -> bool:
        """ "the Madison Creek and Hampton Hills apartment complexes": a town's name before a
        settlement's word that makes a longer name the gazetteer lacks is that place's (an
        estate, a quarter), not the town it is named for, which may lie in another state
        (Hampton, Virginia, had pulled a Texas story's Arlington there); where the gazetteer
        has the longer name the scan reads it ("Iowa Falls"). Not a state's or a country's
        name: "a Tennessee Colony man" keeps a reading, if a wrong one."""
        if f.demonym or f.end >= len(doc) or doc[f.end].text not in SETTLEMENT_WORDS:
            return False
        if any(e.rank in (0, 1, 2, 5) for e in f.entries):
            return False
        return not self.gaz.has_name(norm(span_text(doc, f.start, f.end + 1)))

    def _civic_after(self, doc, f: _Found) -> bool:
        tv = view(doc)
        if f.end >= len(doc) or not tv.cap[f.end]:
            return False
        if not any(e.primary and 2 <= e.rank <= 4 for e in f.entries):
            return False
        if f.end - f.start > 1 and norm(tv.words[f.end - 1]) in self._civic:
            return False  # "Dublin City Council": the council of Dublin, not of "Dublin City"
        word = norm(tv.words[f.end])
        if (
            word == "county"
            and f.end + 1 < len(doc)
            and norm(tv.words[f.end + 1]) in self._civic
            and any(e.rank == 3 for e in f.entries)
        ):
            return True  # "Westmeath County Council": the county's council, as "County Westmeath"
        if word == "regional":  # "Cassowary Coast Regional Council"; not "Paris Regional Medical"
            return f.end + 1 < len(doc) and tv.lower[f.end + 1] == "council"
        return word in self._civic or word in self._titles

    def _looks_named(self, ent) -> bool:
        """A person's name as news writes it: a given name first ("David Hopkins"), or a title
        before it ("Mayor Bingham"). spaCy also calls headlines and titles persons ("Freemason
        Bogdanov Joins Talks", "Erie GM"): their words are not a person's."""
        first = ent[0]
        last = ent[-1].lower_.rstrip(".")
        if last in STREET_WORDS or last in PLACE_TAILS:
            # "Greer Station": a place's name, not a person's (not "Park", "Woods" or "Mills",
            # which are surnames too)
            return False
        if any(t.text in DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_ for t in ent[1:-1]):
            # "Bayan-Ulgii - Kazakhstan's ambassador": a dateline and its lead joined by a
            # spaced dash, no one's name (a name's own hyphen is not spaced: "Bayan-Ulgii")
            return False
        if first.is_alpha and is_cap(first) and self.gaz.is_given_name(norm(first.text)):
            return True
        doc = ent.doc
        k = ent.start - 1
        if k >= 0 and doc[k].text == ".":
            k -= 1
        return k >= 0 and norm(doc[k].text) in self._titles

    def _before_container(self, doc, seg: _Found) -> bool:
        """ "Churchill, Man.": a name followed by a comma and a region it lies in."""
        if seg.end + 1 >= len(doc) or doc[seg.end].text != ",":
            return False
        nxt = doc[seg.end + 1]
        containers = []
        if is_cap(nxt):  # "Alexandria, La.", "Greer, South Carolina"
            for k in (seg.end + 2, seg.end + 3):
                if k <= len(doc):
                    key = norm(doc[seg.end + 1 : k].text)
                    containers += [c for c in self.gaz.lookup(key) if c.rank in (0, 2)]
        return any(
            e.country == c.country and (c.rank == 0 or e.admin1 == c.admin1)
            for e in seg.entries
            for c in containers
            if e.rank == 4
        )

    def _listed_with_town(self, doc, seg: _Found, found: list[_Found], person_words) -> bool:
        """ "supplies Perth, Kalgoorlie and the Goldfields": a name spaCy calls a person, listed
        (a comma or "and" between) beside a town it found, is a place where it is a town of
        MIN_POP_REGION people in the first-level region of that town's most populous namesake:
        names of one list are of one kind, and two towns of one state side by side are no
        chance. Only the most populous namesake counts: "Douglas, Lancaster and Sarpy"
        (Nebraska's counties) gives Douglas of the Isle of Man, so Lancaster, California is no
        reading to add. Not a given name, nor a word of a person's name in the text ("Perth
        and Jackson met")."""
        key = norm(span_text(doc, seg.start, seg.end))
        if key in person_words or self.gaz.is_given_name(key):
            return False
        words = view(doc).words
        beside = [
            g
            for g in found
            if g.entries
            and not g.demonym
            and g.source == "ner"
            and (
                (g.end == seg.start - 1 and words[g.end] in (",", "and"))
                or (g.start == seg.end + 1 and words[seg.end] in (",", "and"))
            )
        ]
        # each neighbour's most populous town: "Douglas" is read in many states, and one of
        # them is no evidence
        regions = {
            (top.country, top.admin1)
            for g in beside
            if (towns := [e for e in g.entries if e.rank == 4])
            for top in (max(towns, key=lambda e: e.population),)
        }
        return any(
            e.primary
            and e.rank == 4
            and e.population >= MIN_POP_REGION
            and (e.country, e.admin1) in regions
            for e in seg.entries
        )

    def _acronym(self, doc, seg: _Found) -> bool:
        """Two or three capitals that are no curated abbreviation nor a country ("BA")."""
        word = doc[seg.start].text
        return (
            seg.end - seg.start == 1
            and word.isalpha()
            and word.isupper()
            and len(word) <= 3
            and not any(e.alias or e.rank == 0 for e in seg.entries)
        )

    def _dotted_container(self, doc, k: int, end: int) -> bool:
        """A curated abbreviation with its dot after a town and a comma ("Churchill, Man.")."""
        tv = view(doc)
        if k == 0 or tv.words[k - 1] != "," or end >= len(doc) or tv.words[end] != ".":
            return False
        if tv.spaces[end - 1]:
            return False
        forms = self._dotted.get(norm(span_text(doc, k, end)), frozenset())
        return span_text(doc, k, end).replace(" ", "") + "." in forms

    def _common_word(self, doc, seg: _Found) -> bool:
        if self._dotted_container(doc, seg.start, seg.end):
            return False
        key = norm(span_text(doc, seg.start, seg.end))
        if key in self._common:
            return not self._before_container(doc, seg)  # "Victoria, B.C." is the town
        if seg.end - seg.start != 1 or not view(doc).words[seg.start].isupper():
            return False
        if _dateline_country(doc, seg):
            return False  # "NAIROBI, KENYA:": the dateline's country
        # an upper-case word is a heading or an acronym ("BA cabin crew"), unless it is a
        # curated abbreviation ("UK") or a country's name ("USA")
        return len(key) > 3 or not any(e.alias or e.rank == 0 for e in seg.entries)

    def _news_spelling(
        self,
        doc,
        f: _Found,
        min_pop: int,
        countries: set[str | None] | None = None,
        dateline: bool = False,
    ) -> bool:
        """A name that is only an alternate name, but the way news spells a place of
        ``min_pop`` people or more (of one of ``countries`` when given): a transliteration of
        its main name ("Misrata" for Misratah, "Hodeidah" for Al Hudaydah, "Khan Younis" for
        Khan Yunis) that no place of its size bears as its main name. Not a different name
        ("Ban" is one of Van's), nor an English word or a given name that only looks like one
        ("Drug" for Durg, "From" for Frome, "Antoine"): capitalised at the start of a
        sentence, written in lower case elsewhere in the text, beside another capitalised word
        or before a hyphen ("Champs-Elysees")."""
        key = norm(span_text(doc, f.start, f.end))
        alternates = [
            e
            for e in news_spellings(f.entries, min_pop)
            if spelled_alike(key, norm(e.name)) and (countries is None or e.country in countries)
        ]
        if not alternates:
            return False
        if key in self._common or key in self._stop or self.gaz.is_given_name(key):
            return False
        if f.end < len(doc) and doc[f.end].text in {"-", "–"} and not doc[f.end - 1].whitespace_:
            return False
        if not dateline and opens_sentence(view(doc), f.start):
            return False
        for k in (f.start - 1, f.end):
            if 0 <= k < len(doc) and is_cap(doc[k]) and doc[k].is_alpha and not dateline:
                return False  # a word of a longer name or a title ("Sun Media", "My Soul")
        return not _written_lower(doc, f)

    def _strong(self, entries: tuple[Entry, ...], min_pop: int, blocked: bool = False) -> bool:
        """Whether a name is a place even without NER's word for it."""
        for e in entries:
            if not e.primary:
                continue
            if e.rank <= 2 or e.rank == 5 or e.alias:
                return True
            # US counties are named "X County"; elsewhere a second-level unit's bare name is
            # evidence only when no town shares it ("Lancashire", not "As" or "Waterford")
            if e.rank == 3 and (
                e.country == "US"
                or (e.population >= min_pop and not any(o.rank == 4 for o in entries))
            ):
                return True
            if e.rank == 4 and e.population >= min_pop:
                return True
        return False

    def _compass_country_town(self, tv, k: int, end: int, entries: tuple[Entry, ...]) -> bool:
        """Tokens [k, end) are a capitalised compass word and a country's name, a town's whole
        name in the gazetteer, every reading a town ("East Palestine", Ohio; "South Jordan",
        Utah): the name as written, never the country alone; `compass_part.compass_towns`
        says later whether the text means the country's part ("South Lebanon" beside
        Israel)."""
        if end - k < 2 or not tv.cap[k] or not is_compass(tv.lower[k]):
            return False
        if end < len(tv.words) and tv.cap[end] and tv.lower[end] in _ARMED_BODY_HEADS:
            return False  # "the South Lebanon Army": a militia's name, no town's
        if not all(e.rank == 4 for e in entries):
            return False  # "the Union of South America": a continent, in a body's name
        rest = self.gaz.lookup(norm(" ".join(tv.words[k + 1 : end])))
        return any(e.rank == 0 for e in rest)

    def _segment(
        self, doc, text: str, i: int, j: int, inside_entity: bool, accept=None, one_name=False
    ) -> list[_Found]:
        """Cut tokens [i, j) into the longest gazetteer names, left to right. With ``one_name``, a
        name ``accept`` refuses takes its first words with it: "Ho" of "the Ho Chi Minh trail"
        (a variant of Ho Chi Minh City, refused, and a person's name) is no town of Ghana."""
        out: list[_Found] = []
        # the tokens' text, lower case, capitalisation and offsets as lists: spaCy makes a new
        # Token object on each doc[k], and this loop reads up to six of them per start
        tv = view(doc)
        starts, words, lower, cap, idx = tv.starts, tv.words, tv.lower, tv.cap, tv.idx
        k = i
        # the last longer name refused here (too small a place for the scan, or one inside a
        # longer entity): a word inside it is part of that name ("Mary" in "Lake Mary", a Florida
        # town refused in a Minnesota story, is no city of Turkmenistan), unless it names a
        # country ("the Gulf of Mexico")
        refused = (i, i)  # (start, end) of the last name refused
        while k < j:
            if not starts[k]:
                k += 1
                continue
            hit = None
            for end in range(min(j, k + MAX_TOKENS), k, -1):
                last = end - 1
                if not (cap[last] or (words[last] in {".", "'s"} and last > k)):
                    continue
                if lower[last] in CONNECTORS:
                    continue
                surface = text[idx[k] : idx[last] + len(words[last])]
                key = norm(surface)
                if key in self._stop:
                    break
                entries = self.gaz.lookup(key)
                whole = k == i and end == j
                if entries and self._dotted_container(doc, k, end):
                    entries = tuple(e for e in entries if e.alias)  # "Churchill, Man."
                elif (
                    entries
                    and key in self._common
                    and not any(e.rank in (0, 1, 5) for e in entries)
                    # "Victoria, B.C.": a town before a region it lies in is no word
                    and not self._before_container(doc, _Found(k, end, entries, "gaz"))
                ):
                    entries = ()  # "the West", "Central": words, not the places so named
                if (
                    entries
                    and inside_entity
                    and not whole
                    and not self._strong(entries, MIN_POP_FREE)
                    # a country by any of its names ("the Democratic Republic of Congo's")
                    and not any(e.rank == 0 for e in entries)
                    and not (k == i and self._civic_after(doc, _Found(k, end, entries, "ner")))
                    # "Lahj province", "Raqqa province", one entity to spaCy: a province named
                    # for its town; the region's word that ends the entity says what it is, and
                    # `_feature_words` keeps only readings that fit it
                    and not (end == j - 1 and _kind_word(doc, end) in REGION_WORDS)
                    # "Novoberde/Novo Brdo", one entity to spaCy: a town's two names joined
                    and not ((k > i and words[k - 1] == "/") or (end < j and words[end] == "/"))
                ):
                    entries = ()  # kept: "Cottonport Fire Station", "Whitestown Town Hall"
                    if end > refused[1]:
                        refused = (k, end)
                elif (
                    entries
                    and inside_entity
                    and end < j
                    and lower[end] in GROUNDS_WORDS
                    and not any(e.rank in (0, 2) for e in entries)
                ):
                    # "his Regina Park home", "Windsor Gardens": grounds or an estate named for
                    # a town, a name the gazetteer lacks, not the town (Regina, Saskatchewan, in
                    # a story of County Armagh)
                    entries = ()
                    if end > refused[1]:
                        refused = (k, end)
                if entries and inside_entity and not whole and key in self._common:
                    entries = ()
                if entries and refused[0] < k < refused[1]:
                    entries = tuple(e for e in entries if e.rank == 0)
                if entries:
                    cand = _Found(k, end, entries, "ner" if inside_entity else "gaz")
                    if (
                        accept is not None
                        and not accept(cand)
                        and not self._compass_country_town(tv, k, end, entries)
                    ):
                        if end > refused[1]:
                            refused = (k, end)
                        if one_name and end - k > 1:
                            break
                        continue  # a shorter name may still do ("Dublin" in "Dublin City ...")
                    hit = cand
                    break
            if hit is None:
                k += 1
                continue
            # a possessive "'s" stays outside the name
            while hit.end > hit.start + 1 and lower[hit.end - 1] in {"'s", "’s"}:
                hit.end -= 1
            out.append(hit)
            k = hit.end
        # a compass word's province before another name qualifies it: "North West England" is
        # no North West of South Africa, "South West Africa" no region of Cameroon (most runs
        # hold no name: no list made for them)
        if out:
            out = [
                f
                for f in out
                if f.end >= j
                or not cap[f.end]
                or not is_compass(norm(span_text(doc, f.start, f.end)))
            ]
        if inside_entity and not out:
            # unknown to the gazetteer: keep the whole entity (the caller may still show it)
            s, e = i, j
            while s < e and doc[s].lower_ in {"the"}:
                s += 1
            while e > s and (doc[e - 1].lower_ in {"'s", "’s"} or doc[e - 1].is_punct):
                e -= 1
            key = norm(span_text(doc, s, e))
            if e > s and key not in self._stop and key not in self._common:
                out.append(_Found(s, e, (), "ner"))
        return out

    def _demonyms(self, doc, text: str, i: int, j: int, named: bool = False) -> list[_Found]:
        """The demonyms of tokens [i, j); with ``named``, none inside the name of a street, a
        quarter or a building the tokens end with ("an Indian Lake Road residence", "the French
        Quarter", "the Irish Pub on Main Street"): part of that name, not its country."""
        tv = view(doc)
        if named and j - i > 1 and tv.lower[j - 1] in ADDRESS_TAILS:
            return []
        out = []
        words, idx = tv.words, tv.idx
        k = i
        while k < j:
            if not words[k][:1].isupper():  # no demonym starts here, of one word or two
                k += 1
                continue
            hit = None
            for end in range(min(j, k + 2), k, -1):
                surface = text[idx[k] : idx[end - 1] + len(words[end - 1])]
                if not surface[:1].isupper() or not words[end - 1].isalpha():
                    continue
                country = self.gaz.demonym(surface)
                if country is None and surface.endswith("s"):
                    country = self.gaz.demonym(surface[:-1])  # "Russians", "Palestinians"
                if country is not None:
                    hit = _Found(k, end, (country,), "demonym", demonym=True)
                    break
            if hit is not None:
                # "Latin American", "Central American", "Northern Irish": a region's people,
                # not the US's or Ireland's; a two-word demonym ("South Korean") was matched
                # from the first word above; not "southern Sudanese", Sudan's south
                region = (
                    k > 0
                    and tv.cap[k - 1]
                    and (tv.lower[k - 1] == "latin" or is_compass(tv.lower[k - 1]))
                )
                if not _language(doc, hit) and not region:
                    out.append(hit)
                k = hit.end
            else:
                k += 1
        return out


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


def _parts(doc, i: int, j: int) -> list[tuple[int, int]]:
    """An entity cut at commas: "Alexandria, La." is two names."""
    words = view(doc).words
    return _pieces(i, j, lambda k: k if words[k] in {",", ";"} else None)


def load_nlp():
    """spaCy's small English model run with only its entity recogniser (its own tok2vec).

    The model is the process's one copy, shared with extraction (explorer.language).
    """
    from explorer.language import entities

    return entities()
