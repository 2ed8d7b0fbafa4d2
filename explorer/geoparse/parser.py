"""Toponym recognition (spaCy NER + gazetteer matching) and the pipeline that resolves them.

Recognition takes GPE/LOC/FAC entities from spaCy, cuts each into gazetteer names (so
"Alexandria, La." gives two toponyms and "northern Syria" gives "Syria"), then scans capitalised
words outside entities for names spaCy missed, and adjectives of countries ("Turkish troops").
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from explorer.geoparse.comma_country import country_after_comma
from explorer.geoparse.compass_part import compass_parts, compass_towns
from explorer.geoparse.gazetteer import Entry, Gazetteer, load_gazetteer
from explorer.geoparse.joined import hyphen_joined
from explorer.geoparse.metonymy import Metonymy
from explorer.geoparse.named_things import (
    building_names,
    names_side_by_side,
    neighbourhood_names,
    ship_and_weapon_names,
)
from explorer.geoparse.names import Guarded, is_compass, norm, spelled_alike
from explorer.geoparse.resolve import FAMOUS_POP, STRAY_POP, TOGETHER_KM, Mention, resolve
from explorer.geoparse.skeleton_region import skeleton_in_named_region
from explorer.geoparse.tokens import (
    ARTICLES,
    CONNECTORS,
    is_cap,
    joined_article,
    opens_sentence,
    span_text,
    view,
)
from explorer.geoparse.word_forms import common_nouns
from explorer.limits import PIECE_CHARS, checkpoint, pieces
from explorer.model import Toponym, great_circle_km
from explorer.paths import geodata_dir

# the entities a doc's labeller set, as a list (``doc.ents`` walks every token on each access)
ENTS = "explorer.geoparse.ents"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# entities whose words are not place names, unless a rule below says otherwise
BLOCK_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
MAX_TOKENS = 6
# what a free-standing capitalised word needs to be taken from the gazetteer alone
MIN_POP_FREE = 100_000
MIN_POP_BLOCKED = 500_000
MIN_POP_ORG_PREFIX = 5_000
MIN_POP_REGION = 5_000  # a town of a region the text names
MIN_POP_COUNTRY = 20_000  # a town of a country the text names
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
# a capitalised word right after a car maker's name is its model ("a red Dodge Durango" is no
# Mexican state, "his Isuzu Denver Rodeo" no Colorado city); makers that are also places' or
# common words ("Lincoln", "Plymouth", "Mercury") are left out
CAR_MAKERS = frozenset(
    {"Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge"}
    | {"Fiat", "Ford", "GMC", "Honda", "Hyundai", "Infiniti", "Isuzu", "Jeep", "Kia", "Lexus"}
    | {"Mazda", "Mitsubishi", "Nissan", "Oldsmobile", "Pontiac", "Porsche", "Renault", "Saab"}
    | {"Subaru", "Suzuki", "Toyota", "Volkswagen", "VW", "Volvo", "Peugeot", "Opel", "Skoda"}
)
# after the model's name: a maker's works named for the town ("the Toyota Georgetown plant")
WORKS_WORDS = frozenset({"plant", "plants", "factory", "assembly", "works"})
# capitalised generic words that belong to a region's name when they follow it ("Fars Province")
ADMIN_WORDS = frozenset({"Province", "Governorate", "Region", "Oblast", "Prefecture"})
TOWNSHIP_WORDS = frozenset({"Township", "Twp", "Twp."})
# "Barrow and Jackson counties": the unit each name of the list is
UNIT_PLURALS = {"counties": "county", "parishes": "parish"}
# "Magway and Mandalay regions", "the state of Colima": each name is a unit of that kind
# (first- or second-level) where the gazetteer holds one by the bare name, not its town
UNIT_KIND_PLURALS = frozenset(
    {"regions", "states", "provinces", "governorates", "oblasts", "prefectures", "departments"}
)
UNIT_KIND_BEFORE = frozenset(
    {"region", "state", "province", "governorate", "oblast", "prefecture", "department"}
)
# prepositions after which a capitalised gazetteer name is a place, however small
LOCATIVE = frozenset({"in", "near", "outside", "from"})


SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Ste", "San", "Santa"})
# a word after a name that says what kind of place it is: "the Hiran region" is no village, "Flores
# island" no town; a region's word keeps the towns big enough to name their own region ("the
# Kharkiv region", "the Gaza region")
REGION_WORDS = frozenset(
    {"region", "province", "district", "state", "governorate", "county", "prefecture", "oblast"}
)
NATURE_WORDS = frozenset(
    {"island", "islands", "isle", "river", "lake", "mountain", "mountains", "volcano"}
    | {"peninsula", "desert", "valley", "archipelago", "plateau", "strait", "gulf"}
    | {"delta", "forest", "forests"}
)
# a river's mouth: after a country named for the river ("the Niger Delta") it is the river's,
# most often in another country (Nigeria's delta), not the country nor its regions; not a
# basin, which the country lies in ("the Congo Basin")
RIVER_WORDS = frozenset({"delta"})
# the kind words that say so also capitalised ("Flores Island"), not those that begin the names
# of courts, schools and offices ("State", "District", "County")
CAPITAL_KIND_WORDS = (NATURE_WORDS | {"region", "province", "governorate", "oblast"}) - {"valley"}
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
# a street's word after a town's name: the name is the street's ("Dublin Road", "Memphis St.")
STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane"}
    | {"highway", "hwy", "parkway", "pkwy", "terrace", "turnpike", "pike"}
)
# a town's street named for a state or a county ("Pennsylvania Avenue", "Rivers Avenue"), where
# the state's own roads and services name the state ("the Ohio Turnpike", "Florida Highway Patrol")
TOWN_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd", "drive"})
# words before a name that are no part of it ("The Lakes", "In Lakes state")
LEAD_WORDS = frozenset({"the", "in", "at", "of", "from", "to", "near", "and", "or", "for", "on"})


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


@dataclass
class _Found:
    start: int
    end: int
    entries: tuple[Entry, ...]
    source: str  # ner, gaz, demonym, blocked, org-part
    label: str = ""
    demonym: bool = False
    street: bool = False  # the name of a street: context for the others, not shown


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
                        and not (f.end < e and norm(doc[f.end].text) in self._org_words)
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
            and not self._title_abbreviation(doc, f)
            and not self._settlement_named_for(doc, f)
            and not _named_process(doc, f)
            and not _little_quarter(doc, f)
            and not _native_american(doc, f, found)
            and not _in_water_name(doc, f)
        ]
        for f in abroad:
            f.entries = ()
        found = self._unit_lists(doc, text, found)
        found = _part_of_another_country(doc, found)
        found = _town_named_for_another_country(doc, found)
        found = _country_named_within(self.gaz, doc, found)
        found = _county_of(self.gaz, doc, found)
        found = _council_areas(doc, found)
        found = _county_abroad(self.gaz, doc, found)
        found = _part_of_world_city(self.gaz, doc, found)
        found = _capital_abbreviation(self.gaz, doc, found)
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


def _nation_of_body_abroad(doc, f: _Found, e: int, found: list[_Found]) -> bool:
    """Inside an organisation's name ending at token e, a country's abbreviation before the
    body's words ("the U.S. Geological Survey", "the UK Met Office") says whose the body is,
    not where the story happens, where the text's places are in another country and none
    of them may be in this one (a quake in Japan "according to the U.S. Geological
    Survey"). With a name that may be a place of the country the name stays ("the U.S.
    Geological Survey" of a quake in Alaska), as it does where it is the text's only place."""
    word = span_text(doc, f.start, f.end)
    letters = word.replace(".", "")
    if f.end >= e or not f.entries or not (letters.isalpha() and letters.isupper()):
        return False
    if len(letters) > 3 or not any(x.rank == 0 for x in f.entries):
        return False
    countries = {x.country for x in f.entries if x.rank == 0}
    others = [g for g in found if g is not f and g.entries]
    if any(x.country in countries for g in others for x in g.entries):
        return False  # "the U.K. Met Office warned of storms in Cornwall": England's
    # the story is elsewhere: a place of another country
    return any(g.entries[0].country not in countries for g in others)


@dataclass
class _DocContext:
    """What the names spaCy called places say about the text: its names, countries, regions."""

    names: set[str]
    countries: set[str | None]
    regions: set[tuple[str, str]]
    # countries of the text's unambiguous cities ("Sirte" of "Sirte and Misrata"): weak
    # evidence, only for a news spelling of a town of the same country
    city_countries: set[str | None] = field(default_factory=set)
    # countries the text names by a place's name, not only by a people's adjective
    named_countries: set[str | None] = field(default_factory=set)

    @classmethod
    def of(cls, found: list[_Found], doc) -> _DocContext:
        names, countries, regions, cities = set(), set(), set(), set()
        named: set[str | None] = set()
        for f in found:
            if not f.entries:
                continue
            if not f.demonym:
                names.add(norm(span_text(doc, f.start, f.end)))
            top = f.entries[0]
            if f.demonym or top.rank == 0:
                countries.add(top.country)
                if not f.demonym:
                    named.add(top.country)
            for e in f.entries:
                if e.rank == 2 and e.primary and e.country:
                    regions.add((e.country, e.admin1))
            towns = [e for e in f.entries if e.primary and e.rank in (2, 4)]
            if (
                f.source == "ner"
                and towns
                and len({e.country for e in towns}) == 1
                and max(e.population for e in towns) >= MIN_POP_FREE
            ):
                cities.add(towns[0].country)
        return cls(names, countries, regions, cities, named)

    def knows(self, f: _Found, doc) -> bool:
        """One sense per text: the name is a place elsewhere in it; or a town of a region or a
        country the text names ("Kazan" in a text about Russia, "Lombard" beside "Illinois"),
        or a second-level unit of a country it names ("Westmeath" beside "Ireland")."""
        if norm(span_text(doc, f.start, f.end)) in self.names:
            return True
        for e in f.entries:
            if (
                e.primary
                and e.rank == 3
                and e.country in self.countries
                and e.population >= MIN_POP_COUNTRY
            ):
                return True
            if not e.primary or e.rank != 4:
                continue
            if (e.country, e.admin1) in self.regions and e.population >= MIN_POP_REGION:
                return True
            if e.country in self.countries and e.population >= MIN_POP_COUNTRY:
                return True
        return False


def news_spellings(entries: tuple[Entry, ...], min_pop: int) -> tuple[Entry, ...]:
    """The places of ``min_pop`` people or more that the name is an alternate name of: how news
    spells them ("Misrata" for Misratah, "Hodeidah" for Al Hudaydah). None when a place bears
    the name as its main name ("Adena", Ohio, not a spelling of Aden), and never a small
    place's alternate names, which are noisy ("Dr", airport codes, old names)."""
    if any(e.primary for e in entries):
        return ()
    return tuple(
        e for e in entries if not e.primary and 2 <= e.rank <= 4 and e.population >= min_pop
    )


def _named_region(e: Entry) -> bool:
    """A country, a continent, a curated place, or a first-level region news names ("Georgia",
    "Victoria", "Washington"): a place even when a person of the text bears its name. Not a
    small region that is also a surname (New Zealand's Nelson, Uruguay's Flores)."""
    if e.rank == 2:
        # a region whose people the gazetteer does not know (Egypt's Alexandria) is let be
        return not e.population or e.population >= MIN_POP_BLOCKED
    return e.rank in (0, 1, 5)


def _person_elsewhere(doc, k: int, e: int, labels: dict[str, set[str]]) -> bool:
    """The words from k to e of a name spaCy calls an organisation are, alone, a name it calls
    a person elsewhere in the text: the whole is that person's full name ("Aung San Suu Kyi"
    beside "Suu Kyi", "Van Voorhis" beside "Van Voorhis'"), and the place's name at its head is
    no place. The caller asks two words of the rest ("Butler County Coroner" beside a lone
    "Coroner" spaCy calls a person is the county's) and no title among them ("Monroe Mayor
    Robert Routson" is the town's mayor)."""
    return "PERSON" in labels.get(norm(span_text(doc, k, e)), ())


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


# a town's own services as local news writes them in lower case ("Danbury police")
LOCAL_BODIES = frozenset({"police", "firefighters"})
# who lives in a town, as local news names them after it ("a Gainesville man")
RESIDENT_NOUNS = frozenset(
    {"man", "woman", "men", "women", "resident", "residents", "teen", "teens", "teenager"}
    | {"teenagers", "boy", "girl", "couple", "native", "family", "families", "youth"}
    | {"homeowner", "homeowners", "motorist", "motorists", "driver", "drivers"}
)
PLURAL_RESIDENTS = frozenset({"residents", "homeowners", "motorists"})


def _resident_of(doc, f: _Found) -> bool:
    """ "a Gainesville man", "an Independence teenager", "55 Gainesville residents": a name
    between an article or a count and a resident's noun is the town they live in (a country is
    written as its adjective: "a Lebanese woman"); not "the Johnson family"."""
    tv = view(doc)
    if f.start == 0 or f.end >= len(doc) or tv.words[f.end] not in RESIDENT_NOUNS:
        return False
    return tv.lower[f.start - 1] in ("a", "an") or doc[f.start - 1].like_num


# who is named with the body they work for after "of" ("Analyst Jane Roe of Stanford"): the
# roles of scholars, pundits and researchers that news quotes for their employer's name
EXPERT_NOUNS = frozenset(
    {"analyst", "analysts", "professor", "professors", "researcher", "researchers"}
    | {"scholar", "scholars", "economist", "economists", "historian", "historians"}
    | {"expert", "experts", "fellow", "fellows", "lecturer", "lecturers", "scientist"}
    | {"scientists", "strategist", "strategists", "commentator", "commentators", "dean"}
)


def _person_of(doc, f: _Found, found: list[_Found]) -> bool:
    """ "Tom Reed of Pharr was hurt", in a story of McAllen: a name after a person's full name
    (two words or more spaCy calls a person) and "of", ending there, is the town the person
    is from where the story is local news: the text's other places name the town's region or
    another town of it. Else "of" after a name is the person's employer ("said Stephen Walt of
    Harvard"), as it always is after a scholar's role ("Analyst Larry Diamond of Stanford");
    and never a body's name going on ("Mary Smith of Lincoln Financial")."""
    person = _full_name_of(doc, f)
    if person is None:
        return False
    tv = view(doc)
    if tv.lower[person.start] in EXPERT_NOUNS or (
        person.start > 0 and tv.lower[person.start - 1] in EXPERT_NOUNS
    ):
        return False  # the role before the name, or inside what spaCy called the person
    return _home_region_named(f, found)


def _full_name_of(doc, f: _Found):
    """The person's full name (two words or more spaCy calls a person) right before "of" and
    ``f``, which ends there (no capital after it); None if none."""
    tv = view(doc)
    k = f.start
    if k < 3 or tv.lower[k - 1] != "of" or (f.end < len(doc) and tv.cap[f.end]):
        return None
    ents = doc.user_data.get(ENTS)
    return next(
        (
            ent
            for ent in (doc.ents if ents is None else ents)
            if ent.label_ == "PERSON" and ent.end == k - 1 and len(ent) >= 2
        ),
        None,
    )


def _home_region_named(f: _Found, found: list[_Found]) -> bool:
    """The text's other places name the region of one of ``f``'s towns or another town of it:
    local news, where "of" a town is where a person lives."""
    homes = {(e.country, e.admin1) for e in f.entries if e.primary and 2 <= e.rank <= 4}
    return any(
        (e.country, e.admin1) in homes
        for g in found
        if g is not f and not g.demonym and (g.start, g.end) != (f.start, f.end)
        for e in g.entries
        if e.primary and 2 <= e.rank <= 4
    )


def _employer_of(doc, found: list[_Found]) -> list[_Found]:
    """ "Washington should act, said Robert Kagan of Brookings": a small town's name (every
    reading a town under STRAY_POP) after a person's full name and "of", where the text names
    other places and none in the town's region, is the person's employer, not a place, even
    where spaCy calls it one (`_person_of` says the same of the names it did not). A person
    "of" a town in a story of its region ("Tom Reed of Pharr" beside McAllen) keeps it."""
    out = []
    for f in found:
        if (
            not f.demonym
            and f.entries
            and all(e.rank == 4 and e.population < STRAY_POP for e in f.entries)
            and any(g is not f and g.entries and not g.demonym for g in found)
            and _full_name_of(doc, f) is not None
            and not _home_region_named(f, found)
        ):
            continue
        out.append(f)
    return out


def _residents_open_sentence(doc, f: _Found) -> bool:
    """ "Shepparton residents are preparing": a name opening a sentence before a plural noun of
    the people who live there, where no article is written. Not a country's name ("Lebanon
    residents" are the country's, written so as often as "Lebanese")."""
    if f.end >= len(doc) or view(doc).words[f.end] not in PLURAL_RESIDENTS:
        return False
    return opens_sentence(view(doc), f.start) and not any(e.rank == 0 for e in f.entries)


# who sits for an electorate ("the Member for Kennedy", "the MP for Sheffield Hallam", "Member
# of Parliament for", "Member of the Legislative Assembly for")
MEMBER_WORDS = frozenset({"member", "members", "mp", "mps", "mpp", "mla", "mha", "msp", "mna"})
MEMBER_BODIES = frozenset({"parliament", "assembly"})


def _electorate(doc, f: _Found) -> bool:
    """The name is an electorate's, or a word of one ("Sheffield Hallam"), after who sits for
    it."""
    tv = view(doc)
    cap, lower = tv.cap, tv.lower
    k = f.start
    while k > 0 and cap[k - 1]:
        k -= 1
    if k < 2 or lower[k - 1] != "for" or not f.entries:
        return False
    who = lower[k - 2]
    return who in MEMBER_WORDS or (
        who in MEMBER_BODIES and any(lower[x] == "member" for x in range(max(0, k - 6), k - 2))
    )


# the words that end a firm's name, after its own words ("Lakes Edge Apartments, LLC"); not
# "Co." (a county's abbreviation) nor "AG" (an attorney general's)
FIRM_ENDS = frozenset(
    {"llc", "l.l.c.", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "llp", "gmbh"}
    | {"apartments"}
)
# the last word of an eatery's name ("Yokohama Japanese Restaurant", "Bo Kong Vegetarian
# Restaurant"), capitalised as a part of it: named for a town, it stands in another
EATERY_ENDS = frozenset(
    {"restaurant", "cafe", "café", "bistro", "diner", "pizzeria", "steakhouse", "buffet"}
)
_FIRM_OR_EATERY_ENDS = FIRM_ENDS | EATERY_ENDS
# lower-case words and signs that may stand inside a firm's name ("Bank of America Corp.")
FIRM_JOINS = frozenset({"&", "of", "and"})


def _firm_names(doc) -> Callable[[_Found], bool]:
    """Whether a name is a word of a firm's name: the capitalised words before a firm's ending
    ("Lakes Edge Apartments, LLC" is no town of Alaska), and, as one sense per text, a run of
    two or more capitalised words that begins one ("Lakes Edge purchased the Property")."""
    tv = view(doc)
    words, cap, n = tv.words, tv.cap, len(tv.words)
    spans: list[tuple[int, int]] = []
    heads: set[tuple[str, ...]] = set()
    # (the words that may end one found first: a test at every word cost 40 µs an article)
    for k in [k for k, w in enumerate(tv.lower) if w in _FIRM_OR_EATERY_ENDS and k >= 1]:
        eatery = tv.lower[k] in EATERY_ENDS and cap[k]
        if tv.lower[k] not in FIRM_ENDS and not eatery:
            continue
        if tv.lower[k] == "apartments" or eatery:  # the name's last word: "Lakes Apartments"
            i, end = k, k + 1
        else:  # after the name, with or without a comma: "Lakes Edge Apartments, LLC"
            i = end = k - 1 if words[k - 1] == "," and k >= 2 else k
        while i > 0 and (cap[i - 1] or (tv.lower[i - 1] in FIRM_JOINS and i >= 2 and cap[i - 2])):
            i -= 1
        if i < end and cap[i]:
            spans.append((i, end))
            heads.add(tuple(tv.lower[i:end]))
    if not spans:
        return lambda f: False

    def run(f: _Found) -> tuple[str, ...]:
        i, j = f.start, f.end
        while i > 0 and cap[i - 1]:
            i -= 1
        while j < n and cap[j]:
            j += 1
        return tuple(tv.lower[i:j])

    def firm(f: _Found) -> bool:
        if any(i <= f.start and f.end <= j for i, j in spans):
            return True
        seq = run(f)
        return len(seq) >= 2 and any(h[: len(seq)] == seq for h in heads)

    return firm


# a US state's own public bodies as its news names them ("state lawmakers", "state Rep.", "the
# Public Service Commission", "Gov. Nathan Deal"); not "state media", "state-run" nor "State
# Department", which foreign news writes too
_STATE_BODIES = re.compile(
    r"\b[Ss]tate (?:legislature|legislators?|lawmakers?|senators?|Sen\.|Rep\.|representatives?"
    r"|House|Senate|ethics|attorney general|school superintendent|troopers?|income tax"
    r"|Capitol|capitol)(?![a-z])|\bstatehouse\b|\bPublic Service Commission(?:er)?\b"
    r"|\bGov\. [A-Z][a-z]"
)


# a North American town's own bodies after its name, as its local paper writes them: a city
# manager, a parks department, its schools, a township's or a New England town's board; not a
# council, a mayor or the police, which world cities have too ("Paris City Council")
_TOWN_BODIES = re.compile(
    r"(?:['’]s)?\s+(?:[Cc]ity [Mm]anager|Parks (?:and|&) Recreation|[Ee]lementary"
    r"|[Mm]iddle [Ss]chools?|[Ss]chool [Bb]oard|Board of Education|[Ss]chool [Dd]istrict"
    r"|Township|(?:Board of )?Selectmen|[Rr]ecreation [Cc]enter)\b"
)
# a body or a people every city has, after its name: the town's where the text also names an
# office only a North American town has (below), the world city's otherwise ("Paris City
# Council" alone stays Paris)
_CITY_BODIES = re.compile(
    r"(?:['’]s)?\s+(?:[Cc]ity [Cc]ouncil|[Cc]ity [Cc]ommission|[Mm]ayor|[Rr]esidents?\b"
    r"|[Cc]ity [Hh]all)(?![a-z])"
)
# an office of a North American town's government, named anywhere in the text: its
# administrator, manager or clerk, its public works (not a country's "Ministry of Public Works",
# "Minister for Public Works", "Public Works Secretary", "Department of Public Works and
# Highways"), its aldermen or selectmen
_TOWN_OFFICES = Guarded(
    re.compile(
        r"\b(?:City|Town|Village) (?:Administrator|Manager|Clerk)\b|\b[Cc]ity manager\b"
        r"|(?<!of )(?<!for )\bPublic Works\b(?! and| Secretary| Minist)"
        r"|\b[Aa]ldermen\b|\b[Ss]electmen\b"
    ),
    *("Administrator", "Manager", "Clerk", "ity manager", "Public Works", "ldermen", "electmen"),
)


def _county_short_names(doc, found: list[_Found]) -> list[_Found]:
    """A name the text also gives as a county's ("Osceola County" after "another was under
    control in Osceola", in a story of Florida's fires) may be that county, in each state
    where no town bears the name: local news writes a county by its first word once it has
    named it. The county's readings join the name's, and the text's context chooses among
    them; not a country's or a state's name ("Washington County" beside "Washington")."""
    counties: dict[str, tuple[Entry, ...]] = {}
    for f in found:
        surface = span_text(doc, f.start, f.end)
        if not f.demonym and surface.endswith(" County"):
            counties[norm(surface[: -len(" County")])] = tuple(
                e for e in f.entries if e.rank == 3 and e.primary
            )
    if not counties:
        return found
    for f in found:
        key = norm(span_text(doc, f.start, f.end))
        if f.demonym or not counties.get(key) or any(e.rank in (0, 1, 2, 5) for e in f.entries):
            continue
        towns = {(e.country, e.admin1) for e in f.entries if e.rank == 4}
        f.entries += tuple(
            c for c in counties[key] if (c.country, c.admin1) not in towns and c not in f.entries
        )
    return found


def _town_not_world_city(doc, text: str, found: list[_Found]) -> list[_Found]:
    """A name that is a world city abroad (a capital of 100,000, a city of a million) and a
    town of the United States or Canada is the town, at every mention, where one mention is
    followed by the town's own bodies ("Dublin's city manager", "several Dublin elementary
    schools", "Athens Parks and Recreation Director"), or by a body or people any city has
    ("Athens City Council", "Athens residents") in a text that names a North American town's
    office ("City Administrator", "Public Works"); not where the text names the world city's
    country ("Ireland")."""

    def world(e: Entry) -> bool:  # as resolve's world cities: named for itself in world news
        return e.rank == 4 and (
            e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP)
        )

    towns: set[str] = set()
    offices = _TOWN_OFFICES.search(text) is not None
    for f in found:
        if f.demonym or not any(world(e) and e.country not in ("US", "CA") for e in f.entries):
            continue
        end = doc[f.end - 1].idx + len(doc[f.end - 1].text)
        body = _TOWN_BODIES.match(text, end) or (offices and _CITY_BODIES.match(text, end))
        if body and any(e.rank == 4 and e.primary and e.country in ("US", "CA") for e in f.entries):
            towns.add(norm(span_text(doc, f.start, f.end)))
    if not towns:
        return found
    # the countries the text's other names place it in: a country, its adjective, a name of
    # one country only ("Marseille"; not "Dublin City" of "then Dublin City Manager", the
    # world city again)
    cities = {e.gid for f in found for e in f.entries if world(e)}
    abroad = {
        g.entries[0].country
        for g in found
        if g.entries
        and not any(e.gid in cities for e in g.entries)
        and (g.demonym or g.entries[0].rank == 0 or len({e.country for e in g.entries}) == 1)
    }
    for f in found:
        if f.demonym or norm(span_text(doc, f.start, f.end)) not in towns:
            continue
        if any(world(e) and e.country in abroad for e in f.entries):
            continue
        f.entries = (
            tuple(e for e in f.entries if e.rank in (3, 4) and e.country in ("US", "CA"))
            or f.entries
        )
    return _town_city_office(doc, found, towns)


def _town_city_office(doc, found: list[_Found], towns: set[str]) -> list[_Found]:
    """ "Dublin City Council members", "then Dublin City Manager Jane Brautigam" in a text that
    reads Dublin as a North American town: "Dublin City" (a district of Ireland's capital by
    that name) is the town's name and its office's first word, the town at that mention too."""
    tv = view(doc)
    read = {
        key: f
        for f in found
        if not f.demonym
        and (key := norm(span_text(doc, f.start, f.end))) in towns
        and f.entries
        and all(e.country in ("US", "CA") for e in f.entries)
    }
    for f in found:
        if f.demonym or f.end - f.start < 2 or tv.lower[f.end - 1] != "city":
            continue
        town = read.get(norm(span_text(doc, f.start, f.end - 1)))
        if town is not None and f.end < len(doc) and tv.cap[f.end]:
            f.end -= 1
            f.entries = town.entries
    return found


# a town's own bodies after its name, which no country has ("Palestine City Council")
MUNICIPAL_WORDS = frozenset(
    {"City", "Town", "Township", "Village", "Borough", "Selectmen", "Independent"}
)


def _town_not_country(doc, f: _Found) -> bool:
    """A name that is a country and a town, where the words around it are local news' for a
    town: a resident's noun after an article ("a Lebanon woman") or a town's body ("Palestine
    Independent School District", "Jordan City Council")."""
    if not any(e.rank == 0 for e in f.entries):
        return False
    if not any(e.rank == 4 and e.primary for e in f.entries):
        return False
    after = view(doc).words[f.end] if f.end < len(doc) else ""
    return after in MUNICIPAL_WORDS or _resident_of(doc, f)


# a municipality's word before "of" and a name: "the city of Turkey" is a town's name
MUNICIPALITY_NOUNS = frozenset({"city", "town", "village", "township", "borough"})


def _city_of(doc, f: _Found) -> bool:
    """ "the city of Turkey", "the Town of Jordan": a municipality's noun and "of" before the
    name."""
    tv = view(doc)
    k = f.start
    return k >= 2 and tv.lower[k - 1] == "of" and tv.lower[k - 2] in MUNICIPALITY_NOUNS


# a town's noun before "of" and its name, written in lower case after "the" ("the port of Mariupol")
PORT_NOUNS = frozenset({"port", "city", "town"})


def _port_of(doc, f: _Found) -> bool:
    """ "The port of Mariupol fell", "the city of Kherson": "the", a town's noun in lower case
    and "of" before the name (not "Port of Spain", a name of its own)."""
    tv = view(doc)
    k = f.start
    return (
        k >= 3
        and tv.lower[k - 1] == "of"
        and tv.words[k - 2] in PORT_NOUNS
        and tv.lower[k - 3] == "the"
    )


def _house_number(doc, f: _Found) -> bool:
    """ "1935 Orchard St.", "the 900 block of Flanders Road": a house's number or a block's
    before the name, which makes the name and a street's word after it an address, whatever
    the name is elsewhere (a region's "Ohio Turnpike" has no house numbers)."""
    tv = view(doc)
    k = f.start
    if k >= 1 and tv.words[k - 1].isdigit():
        # not a year ("In 2009 Ohio Road crews", "since 1990 Ohio Street")
        return k < 2 or tv.lower[k - 2] not in YEAR_WORDS
    return k >= 2 and tv.lower[k - 1] == "of" and tv.lower[k - 2] == "block"


# words before a year ("in 2009")
YEAR_WORDS = frozenset({"in", "since", "by", "until", "till", "before", "after", "during"})


def _after_address(doc, f: _Found) -> bool:
    """ "400 S. Locust St., Lebanon": a street's name and a comma before the name, where a
    town's name stands in a North American address."""
    tv = view(doc)
    k = f.start
    return (
        k >= 3
        and tv.words[k - 1] == ","
        and tv.lower[k - 2].rstrip(".") in STREET_WORDS
        and tv.cap[k - 3]  # "Locust St.," not "a main road,"
    )


# a high school's teams after a town's name ("the Jordan boys junior-varsity team", "Lebanon
# varsity"), which no country fields
SCHOOL_TEAM_WORDS = frozenset({"boys", "girls", "varsity", "junior-varsity", "jv"})


def _school_team(doc, f: _Found) -> bool:
    """ "The Jordan boys junior-varsity team", "Lebanon girls basketball": a name before a
    high school's team words is its town's (a country's team is its national one)."""
    tv = view(doc)
    if f.end >= len(doc) or tv.lower[f.end] not in SCHOOL_TEAM_WORDS:
        return False
    return f.end + 1 < len(doc) and not tv.cap[f.end + 1]  # not "Jordan Boys Club"


def _country_as_town(doc, found: list[_Found]) -> list[_Found]:
    """A country's name that the text reads as a town's at one mention is the town at every
    mention: "The Bob Wills Day celebration returns to Turkey ... the city of Turkey".

    After a North American town's body or people (``_town_not_country``'s "Jordan City
    Council", "a Lebanon woman") or a street address ("400 S. Locust St., Lebanon"), its towns
    of the countries the text's other places lie in come first, and with none those of the
    United States and Canada ("The Jordan City Council ... Jordan residents" is no quarter of
    Hong Kong). After "the city of" only a town of its own name in the country itself ("the
    city of Luxembourg") or in a country of the text's other places counts, else the reading
    stays ("the city of Mexico" is no Mexico of the Philippines; Turkey, Texas, 400 people, is
    not in the gazetteer: left unplaced, the gold's town would be a miss in the figures, which
    this pass may not lower)."""

    def country_and_town(f: _Found) -> bool:
        return any(e.rank == 0 for e in f.entries) and any(
            e.rank == 4 and e.primary for e in f.entries
        )

    local = {  # North American local news' words for a town
        norm(span_text(doc, f.start, f.end))
        for f in found
        if not f.demonym
        and (_town_not_country(doc, f) or (country_and_town(f) and _after_address(doc, f)))
    }
    teams = {  # a school's teams: North American local news, where its other places are
        norm(span_text(doc, f.start, f.end))
        for f in found
        if not f.demonym and country_and_town(f) and _school_team(doc, f)
    }
    keys = (
        local
        | teams
        | {
            norm(span_text(doc, f.start, f.end))
            for f in found
            if not f.demonym and country_and_town(f) and _city_of(doc, f)
        }
    )
    if not keys:
        return found
    near = {
        g.entries[0].country
        for g in found
        if g.entries and not g.demonym and norm(span_text(doc, g.start, g.end)) not in keys
    }
    if near <= {"US", "CA"}:
        local |= teams
    keys = {k for k in keys if k in local or k not in teams}
    for f in found:
        if f.demonym or (key := norm(span_text(doc, f.start, f.end))) not in keys:
            continue
        towns = tuple(e for e in f.entries if e.rank in (3, 4))
        if key in local:
            lands = near or {"US", "CA"}
            f.entries = tuple(e for e in towns if e.country in lands) or towns or f.entries
        else:
            lands = near | {e.country for e in f.entries if e.rank == 0}
            f.entries = tuple(e for e in towns if e.primary and e.country in lands) or f.entries
    return found


def _crown_court(doc, found: list[_Found]) -> list[_Found]:
    """ "Kingston Crown Court": a Crown Court sits in England, Wales and Northern Ireland
    only, so the name before it keeps only its readings of the United Kingdom, where it has
    one (no Kingston of Jamaica)."""
    tv = view(doc)
    n = len(doc)
    for f in found:
        k = f.end
        if f.demonym or k + 1 >= n or tv.words[k] != "Crown" or tv.lower[k + 1] != "court":
            continue
        f.entries = tuple(e for e in f.entries if e.country == "GB") or f.entries
    return found


# a part of a town after the town's possessive ("Cairo's Abbasiya neighbourhood")
QUARTER_WORDS = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "section"}
)
QUARTER_KM = 100.0
QUARTER_CITY = 100_000  # a city big enough to have suburbs of its own


def _quarter_of_town(doc, found: list[_Found]) -> list[_Found]:
    """A name between a town's possessive and a quarter's word ("Cairo's Abbasiya
    neighbourhood", "London's Soho district"), or before a quarter's word and "of" a town ("the
    Fulton neighbourhood of southwest Minneapolis"), is a part of that town: only its readings
    within QUARTER_KM of one of the town's and in its country are kept (a quarter of Ilopango
    is no Santa Lucía of Honduras 80 km away across the border); with none (GeoNames lists this
    Abbasiya only as another name of Yehud, a town of Israel; Fulton is a dozen towns, none in
    Minnesota) it is read as the town, the place it is a part of, as ``_part_of_town`` reads a
    village GeoNames lists under its town."""
    tv = view(doc)
    by_end = {g.end: g for g in found if g.entries}
    by_start = {g.start: g for g in found if g.entries}
    for f in found:
        k = f.start
        if not f.entries or f.end >= len(doc) or tv.lower[f.end] not in QUARTER_WORDS:
            continue  # a quarter the gazetteer does not know stays unplaced
        if k >= 2 and tv.words[k - 1] in ("'s", "’s"):
            town = by_end.get(k - 1)
        else:
            town = _town_after_quarter(tv, by_start, f.end + 1)
        if town is None:
            continue
        points = [e for e in town.entries if e.rank == 4]
        if not points or town is f:
            continue
        city = max((e.population for e in f.entries if e.primary), default=0)
        if town.start > f.end and city >= max(QUARTER_CITY, *(e.population for e in points)):
            # "the Cincinnati suburb of West Chester": a city with suburbs, then its part; not
            # "the Santa Lucía neighbourhood of Ilopango", a name of towns of 72,000 and fewer
            continue
        f.entries = tuple(
            e
            for e in f.entries
            if any(
                e.country == p.country and great_circle_km(e.lat, e.lon, p.lat, p.lon) <= QUARTER_KM
                for p in points
            )
        ) or tuple(points)
    return found


# words before "in" that say the place is near the one just named ("lives nearby in Uptown")
NEARBY_WORDS = frozenset({"nearby", "close"})


def _nearby_in(doc, found: list[_Found]) -> list[_Found]:
    """A name after "nearby in" ("close by in") is near the last town the text named before
    it: only its readings within QUARTER_KM of that town's and in its country are kept; with
    none it is read as that town, as a quarter the gazetteer places elsewhere is ("said Caroline
    Rice, who lives nearby in Uptown" after "southwest Minneapolis" is no Uptown of Chicago)."""
    tv = view(doc)
    if NEARBY_WORDS.isdisjoint(tv.lower):
        return found  # "nearby in", "close by in": neither word
    last: _Found | None = None
    for f in found:
        k = f.start
        near = (
            k >= 2
            and tv.lower[k - 1] == "in"
            and (
                tv.lower[k - 2] in NEARBY_WORDS
                or (k >= 3 and tv.lower[k - 2] == "by" and tv.lower[k - 3] == "close")
            )
        )
        if near and last is not None and f.entries:
            points = [e for e in last.entries if e.rank == 4]
            f.entries = tuple(
                e
                for e in f.entries
                if any(
                    e.country == p.country
                    and great_circle_km(e.lat, e.lon, p.lat, p.lon) <= QUARTER_KM
                    for p in points
                )
            ) or tuple(points)
        if f.entries and not f.demonym and any(e.rank == 4 for e in f.entries):
            last = f
    return found


def _town_after_quarter(tv, by_start: dict[int, _Found], k: int) -> _Found | None:
    """The town after a quarter's word and "of", a lower-case word between them or none ("the
    Fulton neighbourhood of southwest Minneapolis")."""
    if k >= len(tv.words) or tv.lower[k] != "of":
        return None
    town = by_start.get(k + 1)
    if town is None and k + 2 < len(tv.words) and tv.words[k + 1].islower():
        town = by_start.get(k + 2)
    return town


# the words a sea's, an ocean's or a gulf's own name is made with ("Red Sea", "Gulf of Aden")
WATER_WORDS = frozenset({"sea", "ocean", "gulf"})


def _in_water_name(doc, f: _Found) -> bool:
    """A name joined by a hyphen to the next word of a sea's, a strait's or a bay's name is
    that water's name ("the Hyuga-nada Sea", "the Genkai-nada Sea"), not the town it is
    named for."""
    k = f.end
    tv = view(doc)
    if k + 2 >= len(tv.words) or tv.words[k] not in ("-", "–") or tv.spaces[k]:
        return False
    if f.start > 0 and doc[f.start - 1].text in ("-", "–"):
        return False
    return doc[k + 1].is_alpha and doc[k + 2].lower_ in WATER_WORDS | {"strait", "bay", "channel"}


def _water_named(surface: str, entries: tuple[Entry, ...]) -> bool:
    """The name is a curated sea's, made with a water word: the sea, whatever is named for it."""
    words = surface.lower().split()
    return (
        bool(words)
        and (words[0] in WATER_WORDS or words[-1] in WATER_WORDS)
        and any(e.rank == 5 and e.kind == "sea" for e in entries)
    )


def _car_model(doc, f: _Found) -> bool:
    """A capitalised name right after a car maker's is the car's model, not a place ("Dodge
    Durango", "Chevy Tahoe"), unless a works' word follows ("the Toyota Georgetown plant")."""
    tv = view(doc)
    if f.start == 0 or tv.words[f.start - 1] not in CAR_MAKERS:
        return False
    return not (f.end < len(doc) and tv.lower[f.end] in WORKS_WORDS)


DETERMINERS = frozenset({"the", "a", "an", "that", "this", "his", "her", "their", "its"})


def _car_model_again(doc, f: _Found, models: set[str]) -> bool:
    """A car's model keeps its sense through the text: after "a red Dodge Durango", "the
    Durango pulled up" is the car, not Mexico's state. Only after a determiner, where a
    place's name seldom stands, and not before a region's word ("the Durango area")."""
    if f.start == 0 or norm(span_text(doc, f.start, f.end)) not in models:
        return False
    after = doc[f.end].lower_ if f.end < len(doc) else ""
    return doc[f.start - 1].lower_ in DETERMINERS and after not in REGION_WORDS | {"area", "city"}


MATCH_VERBS = frozenset(
    {"beat", "beats", "beating", "defeated", "defeat", "defeats", "defeating", "edged", "edge"}
    | {"thrashed", "thrash", "routed", "rout", "drew", "draw", "hammered", "stunned", "upset"}
)
SQUAD_NOUNS = frozenset(
    {"clubmates", "clubmate", "teammates", "teammate", "striker", "strikers", "midfielder"}
    | {"defender", "goalkeeper", "keeper", "winger", "playmaker"}
)  # not "manager" nor "coach": a town has them too ("Boulder City Manager", "county manager")


# after a score: "lost 3-1 to Ittihad", "a 2-2 draw with Ittihad", "a 1-0 win over Ittihad"
MATCH_LINKS = frozenset({"to", "with", "against", "over"})


def _score_near(doc, k: int, end: int | None = None) -> bool:
    """A match's score ("4-1", "1 - 0") in the few tokens from k (up to ``end``): "beat
    Ittihad 4-1 on Saturday", "beat Ismaili on Monday 1-0"."""
    end = min(len(doc), k + 6 if end is None else end)
    for j in range(k, end):
        t = doc[j].text
        if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", t):
            return True
        if (
            t.isdigit()
            and j + 2 < len(doc)
            and doc[j + 1].text in ("-", "–")
            and doc[j + 2].is_digit
        ):
            return len(t) <= 2 and len(doc[j + 2].text) <= 2
    return False


def _teams(doc, found: list[_Found]) -> set[str]:
    """The names a text gives a sports team: a small town's name (every reading a town under
    MIN_POP_FREE) beaten or beating with a score near ("Al-Gaish beat Ittihad 4-1"), or before
    a squad's noun ("Messi's Barca clubmates"). The name keeps that sense through the text
    ("Ittihad remain sixth"), as no Palestinian village nor Romanian one. Not a country's nor a
    city's name, which a text may give a team and a place both ("Liverpool beat Chelsea")."""
    return {
        norm(span_text(doc, f.start, f.end))
        for f in found
        if f.entries and not f.demonym and _small_towns(f.entries) and _team_cue(doc, f)
    }


def _team_cue(doc, f: _Found) -> bool:
    """The words around a name make it a team's: a match's verb or link and its score, or a
    squad's noun after it."""
    before = doc[f.start - 1].lower_ if f.start > 0 else ""
    after = doc[f.end].text if f.end < len(doc) else ""
    return (
        (before in MATCH_VERBS and _score_near(doc, f.end))
        or (after in MATCH_VERBS and _score_near(doc, f.end + 2))
        or (before in MATCH_LINKS and _score_near(doc, max(0, f.start - 5), f.start))
        or after in SQUAD_NOUNS
    )


def _team_again(doc, f: _Found, teams: set[str]) -> bool:
    """A team's name where the text names it again, not after a preposition: "Ittihad remain
    sixth", "Ittihad's consolation"; a school's team is named for its town, and "the tournament
    in Delano", "their way to Delano", "the meet against Delano" stay the town."""
    if norm(span_text(doc, f.start, f.end)) not in teams or not _small_towns(f.entries):
        return False
    before = doc[f.start - 1].lower_ if f.start > 0 else ""
    return _team_cue(doc, f) or before not in LEAD_WORDS | MATCH_LINKS | {"against", "by"}


def _article_forms(doc, found: list[_Found]) -> frozenset[str]:
    """The words the text writes after an Arabic article and a hyphen ("Al-Gaish", "El-Masry")
    where that longer name is no place the text found: alone, such a word is the short form of
    a club's or a firm's name, which spaCy's small model calls a person; no town to look for by
    its letters' skeleton (Gashua, Nigeria). "Arish" beside a placed "El-Arish" is not one."""
    tv = view(doc)
    return frozenset(
        norm(tv.words[k + 2])
        for k in range(len(tv.words) - 2)
        if tv.words[k + 1] == "-"
        and tv.lower[k] in ARTICLES
        and not any(g.start <= k < g.end and g.entries for g in found)
    )


def _small_towns(entries: tuple[Entry, ...]) -> bool:
    return all(e.rank in (3, 4) and e.population < MIN_POP_FREE for e in entries)


ERA_WORDS = frozenset({"bc", "ad", "bce", "ce"})


def _era(doc, f: _Found) -> bool:
    """ "built between 250 and 100 B.C.": an era after a year or a century, not British
    Columbia ("the 5th century BC", "AD 79" is no place either way)."""
    if f.end - f.start != 1 or doc[f.start].lower_.replace(".", "") not in ERA_WORDS:
        return False
    before = doc[f.start - 1] if f.start > 0 else None
    after = doc[f.end] if f.end < len(doc) else None
    return (
        before is not None and (before.like_num or before.lower_ in {"century", "centuries"})
    ) or (after is not None and after.like_num and doc[f.start].text.isupper())


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _initials(doc, f: _Found) -> bool:
    """ "O.D. Wyatt High School", "take D.A. office": capitals with dots are a person's
    initials or an office's, where every reading is a town under MIN_POP_FREE (a town is
    written so only when famous: "L.A."; a state's dotted abbreviation is a region's)."""
    return (
        bool(f.entries)
        and bool(_INITIALS.fullmatch(span_text(doc, f.start, f.end)))
        and all(e.rank == 4 and e.population < MIN_POP_FREE for e in f.entries)
    )


CHURCH_WORDS = frozenset(
    {"church", "cathedral", "basilica", "chapel", "abbey", "monastery", "convent"}
)  # not "parish", a county of Louisiana ("St. Tammany Parish"), nor "diocese", a see's city


def _church_saint(doc, f: _Found) -> bool:
    """ "the church of St. Peter and St. Paul", "Saint Peter and Saint Paul Coptic Orthodox
    Church": the saints a church is named for, not St. Peter, Minnesota nor Saint Paul. Not "a
    St. Petersburg church" (its word in lower case), nor "the First Baptist Church of St.
    Petersburg", a congregation of the city (a capitalised word before "Church of")."""
    if doc[f.start].text not in SAINT_WORDS:
        return False
    n = len(doc)
    k = f.end
    while k < n and k < f.end + 8:  # over "and St. Paul" and "Coptic Orthodox", to "Church"
        tok = doc[k]
        if tok.lower_ in CHURCH_WORDS and is_cap(tok):
            return True
        if not (is_cap(tok) or tok.lower_ in {"and", "&", "'s", "’s"}):
            break
        k += 1
    k = f.start - 1
    while k >= 1 and k > f.start - 8:  # back over "St. Peter and", to "church of"
        tok = doc[k]
        if tok.lower_ == "of":
            return doc[k - 1].lower_ in CHURCH_WORDS and not (k >= 2 and is_cap(doc[k - 2]))
        if not (is_cap(tok) or tok.lower_ in {"and", "&"}):
            break
        k -= 1
    return False


FOUNDER_WORDS = frozenset({"founder", "founders", "cofounder", "cofounders", "ceo"})


def _founded(doc, f: _Found) -> bool:
    """ "a co-founder of Zalando": what a person founded is a firm, not a town of that name
    (a country or a region stays: "the founder of Pakistan")."""
    return (
        f.start >= 2
        and doc[f.start - 1].lower_ == "of"
        and doc[f.start - 2].lower_ in FOUNDER_WORDS
        and bool(f.entries)
        and all(e.rank in (3, 4) for e in f.entries)
    )


NICKNAME_VERBS = frozenset({"nicknamed", "dubbed", "christened", "codenamed", "code-named"})


def _nicknamed(doc, f: _Found) -> bool:
    """ "a property nicknamed Hercules", "an operation dubbed 'Cleveland'": what follows a verb
    of naming, quoted or not, is the thing's nickname, not a place of the story; a town's (a
    house's, a storm's, a plan's) given name, not Hercules, California. A country's or a
    curated area's name stays ("dubbed a new Switzerland": the country of a comparison)."""
    lower = view(doc).lower
    k = f.start - 1
    while k >= 0 and lower[k] in QUOTES:
        k -= 1
    return k >= 0 and lower[k] in NICKNAME_VERBS and all(2 <= e.rank <= 4 for e in f.entries)


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


# the plural street words that two names before them share ("Main and Elm streets"): the
# streets of a town, and the roads that lead out of towns to others ("the Kandahar and Herat
# roads" are the roads to those cities)
STREET_PLURALS = frozenset({"streets", "avenues", "drives", "boulevards", "lanes"})
ROAD_PLURALS = frozenset({"roads"})
_STREET_SPAN = 3  # at most two capitalised words of the second street's name, then its word


def _shares_street_word(doc, f: _Found, found: list[_Found]) -> bool:
    """A name joined by "and" or "or" to a street's name whose plural street word both share
    ("Main and Elm streets"), or running "from" it "to" or "between" it "and" a street ("from
    Sherman to Bay Street"): the street word left out after the first name is the second's, so
    the first is a street too (Sherman Avenue), not a town. A one-word name. Before "roads", no
    city of MIN_POP_FREE nor a country: a road out of a city bears its name ("the Kandahar and
    Herat roads"). With a singular street word, a town under MIN_POP_FREE, and none of a
    country of the first readings of the text's other places, where a walk may begin ("from
    Irpin to Khreshchatyk Street in central Kyiv"), unless the text writes the name before a
    street word elsewhere ("Darby Street")."""
    tv = view(doc)
    k = f.end
    if f.end - f.start != 1 or f.demonym or not f.entries or k + 2 >= len(doc):
        return False
    joiner = tv.lower[k]
    if joiner not in ("and", "or", "to", "&"):
        return False
    j = k + 1
    plurals = STREET_PLURALS | ROAD_PLURALS
    while j < len(doc) and j - k <= _STREET_SPAN and tv.cap[j]:
        if tv.lower[j].rstrip(".") in STREET_WORDS | plurals:
            break  # "Bay Street": the street word, capitalised with its name
        j += 1
    if j == k + 1 or j >= len(doc):
        return False
    word = tv.lower[j].rstrip(".")
    if word in plurals:
        if word in ROAD_PLURALS and any(
            e.rank == 0 or (e.rank == 4 and e.population >= MIN_POP_FREE) for e in f.entries
        ):
            return False
        return joiner != "to"
    if word not in STREET_WORDS or f.start == 0:
        return False
    opener = tv.lower[f.start - 1]
    if not ((opener == "from" and joiner == "to") or (opener == "between" and joiner == "and")):
        return False
    if not all(e.rank == 4 and e.population < MIN_POP_FREE for e in f.entries):
        return False
    key = tv.lower[f.start]
    if any(
        w == key and tv.lower[i + 1].rstrip(".") in STREET_WORDS
        for i, w in enumerate(tv.lower[:-1])
    ):
        return True  # "Darby Street" elsewhere: one sense per text
    lands = {g.entries[0].country for g in found if g is not f and g.entries}
    return not any(e.country in lands for e in f.entries)


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
        whole = gaz.curated(norm(span_text(doc, f.start, k + 1)))
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


QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`", "``"})


def _building(doc, f: _Found) -> bool:
    """ "a treatment program at Westminster House", "Chatham House": a house named for a town
    is a building, not the town (a state's House is its legislature: "the Ohio House")."""
    return (
        f.end < len(doc)
        and doc[f.end].text == "House"
        and bool(f.entries)
        and all(e.rank in (3, 4) for e in f.entries)
    )


# a generic building's or body's name made of a town's word and a hall's ("City Hall", "Town
# Hall", "County Courthouse"): no town, whatever namesake its letters match
CIVIC_OWNERS = frozenset({"city", "town", "village", "county", "borough", "state"})
CIVIC_HALLS = frozenset({"hall", "house", "courthouse", "council", "commission"})


def _civic_building(doc, f: _Found) -> bool:
    """ "has City Hall creating a wish list": a town's word and a hall's, the whole name, is a
    building or a body of the text's town, not a place of its own (the gazetteer's skeletons
    matched it to Catahoula, Louisiana); not a longer name ("San Fernando City Hall", cut to
    the town's name before it reaches here)."""
    if f.demonym or f.end - f.start != 2:
        return False
    tv = view(doc)
    return tv.lower[f.start] in CIVIC_OWNERS and tv.lower[f.start + 1] in CIVIC_HALLS


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
    if any(g.start != f.start and norm(span_text(doc, g.start, g.end)) == key for g in found):
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
    key = norm(span_text(doc, f.start, f.end))
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
        if norm(span_text(doc, g.start, g.end)) != key
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
        if norm(span_text(doc, g.start, g.end)) != key
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
    key = norm(span_text(doc, f.start, f.end))
    near = _countries_of_others(doc, found, key)
    if not near or any(e.country in near for e in f.entries):
        return False
    return not any(
        e.rank == 0 and e.country and near & gaz.neighbours.get(e.country, frozenset())
        for e in f.entries
    )


# what a person does and a region's people or government seldom do in news' words
PERSON_VERBS = frozenset(
    {"said", "says", "told", "added", "explained", "recalled", "helped", "met", "thanked"}
    | {"wrote", "tweeted", "insisted", "hopes", "hoped", "smiled", "laughed", "remembered"}
)


def _region_as_speaker(doc, f: _Found, found: list[_Found]) -> bool:
    """A region's one-word name as the subject of a person's verb ("..., Hidalgo has helped
    raise money", "Hidalgo said") or before a relative clause of persons ("Hidalgo, who has
    visited Aleppo twice, said"), not after a preposition or a list's word, in a country none of
    the text's other places lies in: the person of the name (Paris's mayor), not Mexico's
    state. Where the text names a place of the region's country ("Chechnya said", with Moscow)
    it stays. "John Nale of Chattanooga, who ..." is the person before "of"."""
    if f.end - f.start != 1 or f.end >= len(doc):
        return False
    if not any(e.rank == 2 for e in f.entries) or any(
        e.rank in (0, 1, 5) or e.alias for e in f.entries
    ):
        return False
    if f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE | {"to", "at", "of", "the", "and", "or"}:
        return False
    k = f.end
    who = doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "who"
    if doc[k].lower_ in {"has", "had", "have"} and k + 1 < len(doc):
        k += 1
    if not who and doc[k].lower_ not in PERSON_VERBS:
        return False
    key = norm(doc[f.start].text)
    near = _countries_of_others(doc, found, key, as_countries=True)
    return bool(near) and not any(e.country in near for e in f.entries if e.rank == 2)


def _speaker_named_after_verb(doc, f: _Found) -> bool:
    """ "'It blows my mind,' said Jordan, who lives near the scene": a one-word name after a
    person's verb of speech and before ", who" is the person who spoke, whatever country or
    town its letters match (a country that speaks takes "which")."""
    k = f.end
    return (
        f.end - f.start == 1
        and f.start > 0
        and doc[f.start - 1].lower_ in {"said", "says", "told", "added", "recalled", "explained"}
        and k + 1 < len(doc)
        and doc[k].text == ","
        and doc[k + 1].lower_ == "who"
    )


# people a person is named as the relation of ("a friend of Vladimir", "the son of Austin")
KIN_NOUNS = frozenset(
    {"friend", "friends", "son", "sons", "daughter", "daughters", "wife", "husband", "widow"}
    | {"brother", "brothers", "sister", "sisters", "mother", "father", "parents", "cousin"}
    | {"uncle", "aunt", "nephew", "niece", "girlfriend", "boyfriend", "fiancee", "fiance"}
    | {"grandson", "granddaughter", "grandfather", "grandmother", "relative", "relatives"}
)


# people a person is named as, set off by commas ("The prosecutor, Lopez, said")
ROLE_NOUNS = frozenset(
    {"prosecutor", "spokesman", "spokeswoman", "spokesperson", "official", "commander"}
    | {"governor", "mayor", "minister", "president", "chief", "director", "leader", "head"}
    | {"witness", "victim", "suspect", "driver", "teacher", "doctor", "lawyer", "judge"}
)


# what closes a name set off after a role: a comma, or an ellipsis where the text breaks off
_APPOSITION_ENDS = frozenset({",", "...", "…"})


def _role_named(doc, f: _Found) -> bool:
    """A one-word name set off by commas after a person's role in lower case: "The
    prosecutor, Lopez, said" names the prosecutor, not a town named López; so does a name the
    text breaks off there ("the mayor, Claudia ...")."""
    tv = view(doc)
    k = f.start
    return (
        f.end - k == 1
        and k >= 2
        and f.end < len(tv.words)
        and tv.words[k - 1] == ","
        and tv.words[f.end] in _APPOSITION_ENDS
        and tv.words[k - 2] in ROLE_NOUNS
    )


# what happened at a place, named after it ("the Srebrenica massacre", "the Halabja attack"
# is left out: "the Clinton attack ad")
EVENT_NOUNS = frozenset(
    {"genocide", "massacre", "massacres", "killings", "siege", "bombing", "bombings"}
    | {"earthquake", "floods", "uprising", "blast"}
)


def _named_event(tv, f: _Found) -> bool:
    """A name between "the" and a noun of what happened there: "the Srebrenica genocide"."""
    return (
        f.start > 0
        and tv.lower[f.start - 1] == "the"
        and f.end < len(tv.words)
        and tv.lower[f.end] in EVENT_NOUNS
    )


def _speaks(doc, k: int) -> bool:
    """The words from token k make the name before them a person's: a person's verb ("said",
    "has helped") or a relative clause of persons (", who")."""
    if k >= len(doc):
        return False
    if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "who":
        return True
    if doc[k].lower_ in {"has", "had", "have"} and k + 1 < len(doc):
        k += 1
    return doc[k].lower_ in PERSON_VERBS


def _kin_of(doc, k: int) -> bool:
    """The token at k follows a relation's noun and "of" ("a friend of", "the son of")."""
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in KIN_NOUNS


def _kin_named(doc, k: int) -> bool:
    """The token at k is a relation named after its noun: "and wife, Tonya,", "his son
    Austin" (an obituary's or a profile's family)."""
    if k >= 2 and doc[k - 1].text == "," and doc[k - 2].lower_ in KIN_NOUNS:
        return True
    return (
        k >= 2
        and doc[k - 1].lower_ in KIN_NOUNS
        and doc[k - 2].lower_ in {"his", "her", "their", "my", "our"}
    )


# the last word of a diplomatic series' name: the places in it name the series ("the Heart of
# Asia-Istanbul Process", "the Bali Process", "the Three Seas Initiative"), not where it meets
PROCESS_WORDS = frozenset({"Process", "Initiative"})


def _named_process(doc, f: _Found) -> bool:
    """The name is a word of a process's or an initiative's name, capitalised to its last word
    ("the Heart of Asia-Istanbul Process" meets in Tajikistan, not in Istanbul); not "the peace
    process", a common noun after the place ("the Cyprus peace process" is Cyprus's), nor a
    sea's name ("the Black Sea Grain Initiative" is the ships' passage across that sea)."""
    if any(e.kind == "sea" for e in f.entries):
        return False
    tv = view(doc)
    for k in range(f.end, min(f.end + MAX_TOKENS, len(doc))):
        if tv.words[k] in PROCESS_WORDS:
            return True
        if not (tv.cap[k] or tv.words[k] in ("-", "of", "and", "the")):
            return False
    return False


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


def _renamed(doc, f: _Found) -> bool:
    """A name right after "renamed" ("the capital, renamed Nursultan in 2019") is a place's
    name, by any of its names: a town's or a unit's, never a person's after that word."""
    lower = view(doc).lower
    return (
        f.start > 1
        and lower[f.start - 1] == "renamed"
        # what was renamed: "was renamed", "the capital, renamed"; not "the team renamed Johnson"
        and lower[f.start - 2] in RENAMED_AFTER
        and any(2 <= e.rank <= 4 for e in f.entries)
    )


RENAMED_AFTER = frozenset({"was", "were", "been", "being", "be", "is", "are", ",", "later"})


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


def taken_by(found: list[_Found], s: int, e: int):
    """The found names that overlap tokens [s, e)."""
    return (f for f in found if f.start < e and s < f.end)


LANGUAGE_VERBS = frozenset(
    {"speaks", "speak", "spoke", "speaking", "spoken", "fluent", "learn", "learned", "learns"}
    | {"learning", "learnt", "teach", "taught", "teaches", "translated", "dubbed"}
)
LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speakers", "speaker", "translation"}
    # a school's subject: "English class", "French immersion", "Spanish lessons"
    | {"class", "classes", "lessons", "immersion", "literature", "grammar", "curriculum"}
)
# school subjects a language is listed with: "formulas in math and concepts in science and
# English", "reading, writing and Spanish"
SCHOOL_SUBJECTS = frozenset(
    {"math", "maths", "mathematics", "science", "sciences", "history", "geography", "reading"}
    | {"writing", "biology", "chemistry", "physics", "algebra", "spelling", "civics"}
)


def _language(doc, f: _Found, depth: int = 0) -> bool:
    """ "speaks French", "in Arabic and English", "English language learners": a language,
    not a country's adjective."""
    prev = doc[f.start - 1].lower_ if f.start > 0 else ""
    nxt = doc[f.end] if f.end < len(doc) else None
    if prev in LANGUAGE_VERBS or (nxt is not None and nxt.lower_ in LANGUAGE_NOUNS):
        return True
    if prev in {"and", "or", ","} and f.start >= 2 and doc[f.start - 2].lower_ in SCHOOL_SUBJECTS:
        return True
    if prev in {"and", "or"} and f.start >= 2 and depth < 3 and is_cap(doc[f.start - 2]):
        # the second of "in English and Spanish", "only French and Farsi"
        return _language(doc, _Found(f.start - 2, f.start - 1, (), ""), depth + 1)
    return prev in {"in", "into"} and (
        nxt is None
        or (nxt.is_punct and nxt.text not in {"-", "–", "—"})  # not "in Russian-American art"
        or nxt.lower_ in {"and", "or"}
    )


def _dateline(doc, text: str, f: _Found) -> bool:
    """An upper-case name opening a line or the text, before a comma, bracket or dash, or a
    full stop and a dash: "BEIRUT (AP) —", "COLUMBUS, Ohio -", "YEREVAN. –" (Armenian and
    Russian agencies' style)."""
    words = doc[f.start : f.end]
    if not all(t.is_upper or not t.is_alpha for t in words):
        return False
    before = text[: doc[f.start].idx].rstrip(" \t")
    if before and not before.endswith(("\n", ".")):
        return False
    k = f.end
    if k + 1 < len(doc) and doc[k].text == "." and doc[k + 1].text in DASHES:
        return True
    return k < len(doc) and doc[k].text in {",", "(", ":"} | DASHES


DASHES = frozenset({"-", "--", "—", "–"})


def _dateline_country(doc, f: _Found) -> bool:
    """An upper-case country after an upper-case town, a comma and before the dateline's colon,
    dash or bracket, at a line's start: "NAIROBI, KENYA:", "NEW DELHI, INDIA -" name the
    town's country, no heading's word."""
    tv = view(doc)
    words, k = tv.words, f.start
    if not any(e.rank == 0 for e in f.entries) or k < 2 or words[k - 1] != ",":
        return False
    if f.end >= len(words) or words[f.end] not in {":", "("} | DASHES:
        return False
    i = k - 1
    while i > 0 and words[i - 1].isalpha() and words[i - 1].isupper():
        i -= 1
    if i == k - 1:
        return False
    before = tv.text[: tv.idx[i]].rstrip(" \t")
    return not before or before.endswith("\n")


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


def _part_of_another_country(doc, found: list[_Found]) -> list[_Found]:
    """ "Southern District of Ohio", "Central Province of X": a region's name followed by "of"
    and a place names a part of that place; when the region so named lies in another country
    (Israel's Southern District), it is not that region."""
    starts = {f.start: f for f in found}
    out = []
    for f in found:
        nxt = starts.get(f.end + 1)
        if (
            nxt is not None
            and doc[f.end].lower_ == "of"
            and f.entries
            and nxt.entries
            and not nxt.demonym
            and all(e.rank in (2, 3) for e in f.entries)
            and not {e.country for e in f.entries} & {e.country for e in nxt.entries}
        ):
            continue
        out.append(f)
    return out


def _town_named_for_another_country(doc, found: list[_Found]) -> list[_Found]:
    """ "the Russian Duma": a country's adjective right before a name whose every candidate is
    a town of another country (Douma, Syria) makes it that country's body, not the town."""
    ends = {f.end: f for f in found if f.demonym}
    out = []
    for f in found:
        adj = ends.get(f.start)
        if (
            adj is not None
            and f.entries
            and not f.demonym
            and all(e.rank == 4 and e.country != adj.entries[0].country for e in f.entries)
        ):
            continue
        out.append(f)
    return out


def _unit_of_named_country(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "Ghana's Central Region", "the Northern Region, Ghana": a name tied to a country by its
    possessive before it, or a unit's name tied to one by a comma after it, is a place of that
    country. Its readings there are kept (Uganda's "Central Region" is no reading beside
    Ghana's); a unit's name with none there is read as that country's unit of the bare name
    (GeoNames lists Ghana's as "Central", "Northern"), else left unplaced rather than put on
    another continent ("Ghana's Savannah region" is no Savannah, Georgia: the gazetteer lacks
    the region made in 2018). A name without a unit word and no reading in the country keeps its
    readings (a territory: "Denmark's Greenland"). The country must be no region's name as
    well ("Georgia's Fulton County")."""
    tv = view(doc)
    n = len(tv.words)
    ends = {g.end: g for g in found}
    starts = {g.start: g for g in found}
    for f in found:
        if f.demonym or not f.entries or f.entries[0].rank == 0:
            continue
        unit = tv.lower[f.end - 1] in REGION_WORDS or (
            f.end < n and tv.lower[f.end] in REGION_WORDS
        )
        land = None
        if f.start >= 2 and tv.lower[f.start - 1] in ("'s", "’s"):
            land = _country_alone(ends.get(f.start - 1))
        if land is None and unit and f.end + 1 < n and tv.words[f.end] == ",":
            land = _country_alone(starts.get(f.end + 1))
        if land is None:
            continue
        kept = tuple(e for e in f.entries if e.country == land)
        if not kept and unit:
            words = f.end - f.start - (tv.lower[f.end - 1] in REGION_WORDS)
            bare = norm(span_text(doc, f.start, f.start + words)) if words else ""
            kept = tuple(
                e
                for e in (*gaz.lookup(bare), *gaz.units_in_english(bare))
                if bare and e.country == land and e.rank in (2, 3)
            )
            f.entries = tuple({e.gid: e for e in kept}.values())
        elif kept:
            f.entries = kept
    return found


def _elided_unit(doc, seg: _Found) -> bool:
    """ "Côte d’Ivoire", whose first word spaCy calls a person: a name with a French article
    elided before a capital in it is no person's name where it is a country's or a first-level
    unit's name, its own or another ("Côte d'Ivoire" is one of Ivory Coast's)."""
    tv = view(doc)
    return any(tv.cap[k] and not tv.starts[k] for k in range(seg.start + 1, seg.end)) and any(
        e.rank in (0, 2) for e in seg.entries
    )


def _country_alone(g: _Found | None) -> str | None:
    """The country a found name is, where it is one and no first-level unit's name too."""
    if g is None or g.demonym or not g.entries or g.entries[0].rank != 0:
        return None
    if any(e.rank == 2 for e in g.entries):
        return None
    return g.entries[0].country


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
        entries = gaz.lookup(norm(span_text(doc, k - 2, f.end)))
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
        name = norm(span_text(doc, k + 2, f.end))
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
        bare = norm(span_text(doc, f.start, f.end - 1))
        abroad = {
            e.gid: replace(e, primary=False)
            for e in (*gaz.lookup(bare), *gaz.lookup(f"county {bare}"))
            if e.rank == 3 and e.primary and e.country != "US"
        }
        have = {e.gid for e in f.entries}
        f.entries += tuple(e for g, e in abroad.items() if g not in have)
    return found


def _part_of_world_city(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "a crime task force in East London" in a story of Tower Hamlets and Uttoxeter: a compass
    word before a world city's name (a capital of 100,000, a city of a million) names that part
    of the city as often as a namesake town (East London, South Africa, the gazetteer's one
    "East London"). Where no reading of the whole name lies in the city's country, the city
    joins the readings, as another name of it, below the name's own: the text's other places
    choose ("East London" beside Port Elizabeth stays South Africa's)."""
    for f in found:
        if f.demonym or f.end - f.start != 2:
            continue
        if doc[f.start].text not in ("North", "South", "East", "West"):
            continue
        lands = {e.country for e in f.entries}
        f.entries += tuple(
            replace(e, primary=False)
            for e in gaz.lookup(norm(doc[f.start + 1].text))
            if e.rank == 4
            and e.primary
            and e.country not in lands
            and (e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP))
        )
    return found


def _country_named_within(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "random checkpoints in Beirut and Mount Lebanon": a name of several words whose last
    word is a country's name, where the text's other places lie in that country and the
    name's every reading is a town or a district of another country (Mt. Lebanon,
    Pennsylvania), names a part of that country the gazetteer lacks; left unplaced rather than
    put on another continent. A Pittsburgh story's Mount Lebanon stays."""
    out = []
    for f in found:
        if f.end - f.start >= 2 and f.entries and not f.demonym:
            land = {e.country for e in gaz.lookup(norm(doc[f.end - 1].text)) if e.rank == 0}
            key = norm(span_text(doc, f.start, f.end))
            near = {
                g.entries[0].country
                for g in found
                if g.entries and norm(span_text(doc, g.start, g.end)) != key
            }
            if (
                land
                and land <= near
                and all(e.rank in (3, 4) for e in f.entries)
                and not {e.country for e in f.entries} & near
            ):
                continue
        out.append(f)
    return out


# the word before a country's or a great city's name that makes it a town's quarter of its
# people ("Little Italy", "Little Portugal", "Little Havana")
def _little_quarter(doc, f: _Found) -> bool:
    """ "the Little Portugal home": an immigrants' quarter of the text's town, named for their
    country or city, is neither."""
    return (
        f.start > 0
        and doc[f.start - 1].text == "Little"
        and any(e.rank == 0 or (e.rank == 4 and e.population >= STRAY_POP) for e in f.entries)
    )


# the words of the peoples of the Americas after "Indian" ("Indian tribes", "an Indian
# reservation", "Indian gaming"), which name no one of India
NATIVE_NOUNS = frozenset(
    {"tribe", "tribes", "tribal", "reservation", "reservations", "casino", "casinos", "gaming"}
    | {"removal", "mounds", "boarding"}
)
# words before "Indians" that make them the Americas' peoples ("American Indians"), or the
# Caribbean's ("West Indian")
NATIVE_LEADS = frozenset({"American", "Native", "Plains", "Pueblo", "West"})


def _native_american(doc, f: _Found, found: list[_Found]) -> bool:
    """ "American Indians", "Caddo and Atakapa Indians", "Indian tribes", "the Cleveland
    Indians": the adjective of India names the peoples of the Americas, a tribe's or a team's
    name, or the West Indies; not "Indian Prime Minister", nor "the Mumbai Indians" (a team
    named for a town of India), nor "Indian tribes" where the text places something in India
    ("Indian territory", "an Indian agency" may be India's anywhere: not read)."""
    tv = view(doc)
    k = f.start
    if not f.demonym or tv.words[k] not in ("Indian", "Indians") or f.end - k != 1:
        return False
    if f.end < len(doc) and tv.lower[f.end] in NATIVE_NOUNS:
        # not where the text places something in India ("Indian tribes of Jharkhand")
        return not any(g.entries and g.entries[0].country == "IN" for g in found if g is not f)
    if k == 0 or not tv.cap[k - 1]:
        return False
    if tv.words[k - 1] in NATIVE_LEADS:
        return True
    if doc[k - 1].is_sent_start:  # "Many Indians in Texas"
        return False
    if tv.words[k] != "Indians" or not doc[k - 1].is_alpha or is_compass(tv.lower[k - 1]):
        return False
    # a tribe's name ("Atakapa Indians"), or a team's town outside India ("Cleveland Indians")
    town = next((g for g in found if g.end == k and g.entries and not g.demonym), None)
    return town is None or town.entries[0].country != "IN"


def _ocean(doc, f: _Found) -> bool:
    """An ocean's name ("Atlantic", "Pacific"): in an organisation's name ("Virgin Atlantic",
    "the Pacific Decadal Oscillation", "Atlantic Council") it names no place the body is in,
    as a town's name in a firm's name does; but "the trans-Pacific Partnership" is across
    the ocean."""
    k = f.start
    if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "trans":
        return False
    return any(e.rank == 5 and e.kind == "sea" for e in f.entries)


def _written_lower(doc, f: _Found) -> bool:
    """The name is also written in lower case in the text: a word, not a name ("ordeal")."""
    words = span_text(doc, f.start, f.end).lower()
    text = view(doc).text
    # the pattern only where the words are in the text at all: most names are not
    return words in text and re.search(rf"\b{re.escape(words)}\b", text) is not None


HEADLINE_MIN_WORDS = 3  # words of four letters or more, all capitalised: a headline's case


def _headline_word(
    doc, text: str, f: _Found, lines: list[tuple[int, int]], ctx: _DocContext
) -> bool:
    """A town's name where its capital says nothing: in a headline written in title case
    ("Ministers Split Over Sanctions", "Debates Reflect Anti-Gay Feeling") or at the start of a
    sentence ("Salt trucks were out on the roads"), nowhere else in the text so written, and of
    no country or region the text names ("Lancaster aqueduct springs a leak" in a story of
    England stays); or a word the text also writes in lower case ("Rodeo Gainesville", "a rodeo
    queen"). Not after a preposition ("Hit-and-Run in Marion"), nor countries, first-level
    units, curated places and their abbreviations, names in any case."""
    if any(e.rank in (0, 1, 2, 5) or e.alias for e in f.entries):
        return False
    if f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE:
        return False
    if f.end - f.start == 1 and doc[f.start].lower_ in _lower_words(doc):
        return True
    tv = view(doc)
    start = tv.idx[f.start]
    end = tv.idx[f.end - 1] + len(tv.words[f.end - 1])

    def told(a: int, b: int) -> bool:  # the capital there says nothing
        return any(x <= a and b <= y for x, y in lines) or _text_opens_sentence(text, a)

    if not told(start, end) or ctx.knows(f, doc):
        return False
    name = re.compile(rf"(?<!\w){re.escape(text[start:end])}(?!\w)")
    return all(told(*m.span()) for m in name.finditer(text))


_LOWER_WORDS = "explorer.geoparse.lower_words"


# a place's own bodies, which speak as persons do ("Queensland Police said")
BODY_NOUNS = frozenset(
    {"police", "army", "government", "council", "court", "ministry", "military", "navy"}
    | {"officials", "authorities", "forces", "media", "television", "radio", "parliament"}
    | {"assembly", "senate", "house", "legislature", "congress", "commission", "cabinet"}
)


def _given_name_before(doc, f: _Found, found: list[_Found]) -> bool:
    """ "Georgia Hall won the British Open ... Hall said she was thrilled": one word that is a
    country or a state, before a capitalised word the text also writes alone before a
    person's verb (a person's surname, as news names a person again), is that person's given
    name. Not before a kind's word ("Jordan Valley"), a longer name ("Israel Defense Forces"),
    a word the text writes in lower case ("city hall"), or a name the text reads as a place."""
    if f.demonym or f.end - f.start != 1 or f.end >= len(doc) or _kind_word(doc, f.end):
        return False
    if not any(e.rank <= 2 for e in f.entries):
        return False
    tv = view(doc)
    if f.start > 0 and tv.lower[f.start - 1] in LEAD_WORDS | LOCATIVE:
        return False  # "officials in Georgia Tuesday said": the place
    if tv.words[f.end - 1].endswith(".") or opens_sentence(view(doc), f.end):
        return False  # "in Harrisburg, Pa. Smith said": the state, then a sentence
    last = f.end
    word = tv.words[last]
    if not (tv.cap[last] and word.isalpha() and word.lower() not in _lower_words(doc)):
        return False
    if last + 1 < len(doc) and tv.cap[last + 1]:
        return False  # "Georgia Power Company", "Israel Defense Forces": a longer name
    key = norm(word)
    if key in BODY_NOUNS or any(norm(span_text(doc, g.start, g.end)) == key for g in found):
        return False  # "Queensland Police ... Police said": the place's own body
    for k in range(len(doc)):
        if k == last or tv.words[k] != word:
            continue
        before = k > 0 and tv.cap[k - 1] and tv.words[k - 1].isalpha()
        if not before and _speaks(doc, k + 1):
            return True
    return False


def _lower_words(doc) -> frozenset[str]:
    """The words the text writes in lower case, found once per text."""
    words = doc.user_data.get(_LOWER_WORDS)
    if words is None:
        words = doc.user_data[_LOWER_WORDS] = frozenset(
            w for w in set(view(doc).words) if w.islower() and w.isalpha()
        )
    return words


_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)[\"“‘'(\[]*$")


def _text_opens_sentence(text: str, k: int) -> bool:
    """The character at ``k`` opens the text, a line or a sentence: :func:`opens_sentence`
    for a mention found in the text's characters, not among its tokens."""
    return _OPENING.search(text, max(0, k - 20), k) is not None


_FIRST_SENTENCE = re.compile(r"[^\n.!?]*[.!?]?")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _headlines(text: str) -> list[tuple[int, int]]:
    """The character spans of the text's lines, and of its first sentence, written in title
    case: a headline's place, where a sentence of names in the body is no headline."""
    spans = []
    first = _FIRST_SENTENCE.match(text)
    if first is not None:
        spans.append(first.span())
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    out = []
    for a, b in spans:
        words = _WORD.findall(text, a, b)
        if len(words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words):
            out.append((a, b))
    return out


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
