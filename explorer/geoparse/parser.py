"""Toponym recognition (spaCy NER + gazetteer matching) and the pipeline that resolves them.

Recognition takes GPE/LOC/FAC entities from spaCy, cuts each into gazetteer names (so
"Alexandria, La." gives two toponyms and "northern Syria" gives "Syria"), then scans capitalised
words outside entities for names spaCy missed, and adjectives of countries ("Turkish troops").

``Geoparser`` is made of mixins by what they decide, each in its own module and each inheriting
only the mixins whose methods it calls: :mod:`~explorer.geoparse.parser_base` (the gazetteer and
word lists they read), :mod:`~explorer.geoparse.name_evidence` (what a name's spelling and its
neighbours say), :mod:`~explorer.geoparse.segments` (a run of tokens cut into names, demonyms),
:mod:`~explorer.geoparse.spans` (where a name ends), :mod:`~explorer.geoparse.person_rules`,
:mod:`~explorer.geoparse.town_rules`, :mod:`~explorer.geoparse.unit_rules`, and the steps of
``_recognise``: :mod:`~explorer.geoparse.reading_steps` (finding names) and
:mod:`~explorer.geoparse.sifting_steps` (dropping and re-reading them). This module keeps the
public frame, the list of steps and the names other modules import from it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from explorer.geoparse.bare_units import region_named_without_its_word
from explorer.geoparse.body_lands import land_inside_a_body_s_name
from explorer.geoparse.border_sides import town_on_its_side_of_the_border
from explorer.geoparse.bracketed_initials import initials_in_brackets
from explorer.geoparse.common_places import read_common_words
from explorer.geoparse.compass_part import (  # a name parser.py has always had
    ARMED_BODY_HEADS as _ARMED_BODY_HEADS,  # noqa: F401
)
from explorer.geoparse.council_names import council_named_places
from explorer.geoparse.far_hamlets import hamlets_far_abroad, small_town_across_the_sea
from explorer.geoparse.features import read_features
from explorer.geoparse.formal_names import formal_land_names
from explorer.geoparse.gazetteer import Gazetteer, load_gazetteer
from explorer.geoparse.given_name_lands import land_as_a_person_s_given_name
from explorer.geoparse.joined_units import first_name_of_a_joined_land, land_without_its_islands
from explorer.geoparse.landform_names import country_named_landform
from explorer.geoparse.landform_regions import landform_word_inside_a_longer_name
from explorer.geoparse.listed_towns import towns_listed_beside_towns
from explorer.geoparse.longer_names import (
    head_of_a_romance_name,
    other_name_before_a_capital,
    port_named_after_its_land,
)
from explorer.geoparse.metonymy import Metonymy
from explorer.geoparse.named_parts import settlements_parts
from explorer.geoparse.named_storms import storm_names_alone
from explorer.geoparse.names import norm
from explorer.geoparse.owned_names import owners_places
from explorer.geoparse.particle_names import particle_joined_names
from explorer.geoparse.people_listed import people_listed
from explorer.geoparse.person_rules import CODE_NAME_WORDS as CODE_NAME_WORDS
from explorer.geoparse.person_rules import PLACE_TAILS as PLACE_TAILS
from explorer.geoparse.prefixed_names import nguni_prefixed_names
from explorer.geoparse.reading_steps import BLOCK_LABELS as BLOCK_LABELS
from explorer.geoparse.reading_steps import FIRM_HEADS as FIRM_HEADS
from explorer.geoparse.reading_steps import MIN_POP_ORG_PREFIX as MIN_POP_ORG_PREFIX
from explorer.geoparse.reading_steps import PLACE_LABELS as PLACE_LABELS
from explorer.geoparse.reading_steps import ReadingSteps, _Recognition
from explorer.geoparse.reading_steps import _lines as _lines
from explorer.geoparse.reading_steps import _parts as _parts
from explorer.geoparse.reading_steps import _pieces as _pieces
from explorer.geoparse.recognised import ENTS as ENTS
from explorer.geoparse.recognised import MAX_TOKENS as MAX_TOKENS
from explorer.geoparse.recognised import MIN_POP_BLOCKED as MIN_POP_BLOCKED
from explorer.geoparse.recognised import _Found
from explorer.geoparse.resolve import Mention, resolve
from explorer.geoparse.saint_datelines import saint_s_town_of_a_capitals_dateline
from explorer.geoparse.saints_hamlets import saints_hamlet_next_door
from explorer.geoparse.saints_written_out import saints_name_written_out
from explorer.geoparse.segments import ADDRESS_TAILS as ADDRESS_TAILS
from explorer.geoparse.segments import GROUNDS_WORDS as GROUNDS_WORDS
from explorer.geoparse.shorter_names import tail_of_a_longer_name
from explorer.geoparse.sifting_steps import FIRM_NOUNS as FIRM_NOUNS
from explorer.geoparse.sifting_steps import LAW_TRADES as LAW_TRADES
from explorer.geoparse.sifting_steps import LAW_WORDS as LAW_WORDS
from explorer.geoparse.sifting_steps import TOWN_STREET_WORDS as TOWN_STREET_WORDS
from explorer.geoparse.sifting_steps import SiftingSteps
from explorer.geoparse.sifting_steps import _before_law as _before_law
from explorer.geoparse.skeleton_region import spelled_far
from explorer.geoparse.small_capitals import capital_of_a_named_land
from explorer.geoparse.soviet_lands import land_after_soviet
from explorer.geoparse.spans import ADMIN_WORDS as ADMIN_WORDS
from explorer.geoparse.title_datelines import town_of_a_title_case_dateline
from explorer.geoparse.title_words import names_in_titles
from explorer.geoparse.tokens import view
from explorer.geoparse.town_rules import MIN_POP_ALT_LOCAL as MIN_POP_ALT_LOCAL
from explorer.geoparse.town_rules import SETTLEMENT_WORDS as SETTLEMENT_WORDS
from explorer.geoparse.towns import _TOWN_OFFICES as _TOWN_OFFICES
from explorer.geoparse.unit_regions import regions_named_with_their_word
from explorer.geoparse.unit_rules import GENERIC_TAILS as GENERIC_TAILS
from explorer.geoparse.unit_rules import RIVER_WORDS as RIVER_WORDS
from explorer.geoparse.unit_rules import UNIT_PLURALS as UNIT_PLURALS
from explorer.geoparse.unit_sounds import units_before_their_word_by_sound
from explorer.geoparse.unit_spellings import region_with_its_word_by_spelling
from explorer.geoparse.whole_names import (
    county_named_after_its_seat,
    inner_possessive_names,
    korean_province_by_its_english_word,
    long_joined_name_read_whole,
    town_said_to_lie_in_its_land,
)
from explorer.geoparse.written_initials import initials_of_named_places
from explorer.limits import PIECE_CHARS, checkpoint, pieces
from explorer.model import Toponym
from explorer.paths import geodata_dir


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
            elsewhere=f.elsewhere,
        )
        for f in found
    ]
    for m in mentions:
        m.name = text[m.start : m.end]
    return mentions


# pieces of a long text read by the recogniser together: about the characters of a batch of
# :meth:`Geoparser.parse_many`'s 32 articles
PIECES_TOGETHER = 4


class Geoparser(ReadingSteps, SiftingSteps):
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
        # "Majia Township" of Pingtung County: no nameless village of Shaanxi
        hamlets_far_abroad(mentions)
        # "Yorkshire" in a story of the Channel Islands: no village of Virginia
        small_town_across_the_sea(mentions)
        # "St Andrew" in a story of Grenada's parishes: no nameless hamlet of another island
        saints_hamlet_next_door(mentions, [f.street for f in found])
        # a "St." town read on another continent, held as "Saint ..." near the story's places
        saints_name_written_out(mentions, self.gaz)
        # "the Ozark Plateau Trail": no Nigerian state of the landform's word
        landform_word_inside_a_longer_name(mentions, text, self.gaz)
        # "the Kenya Maritime Authority", "Sai Nimba Hkam of the Shan rebels said", "landed at
        # Kotoka": a title's or a person's word, an airport's other name, in a text of other lands
        names_in_titles(view(doc, text), text, found, mentions, self.gaz)
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
        owners_places(self, doc, r)
        ctx, refused = self._read_blocked(doc, r)
        # "Istria County", a body to spaCy: its towns are read as a named region's
        ctx = regions_named_with_their_word(ctx, doc, r.found)
        self._read_free_words(doc, r, ctx)
        self._place_legislators(doc, r)
        self._one_sense(doc, r, refused)
        ctx, abroad = self._read_by_skeleton(doc, r)
        read_common_words(self, doc, r, ctx)
        self._drop_not_places(doc, r, ctx, abroad)
        self._read_units_and_countries(doc, r)
        self._drop_persons_words(doc, r)
        r.found = people_listed(doc, r.ents, r.found)
        self._read_towns_by_context(doc, r)
        self._drop_firms(doc, r)
        self._read_seats_and_streets(doc, r)
        r.found = read_features(self.gaz, doc, r.found)
        # "the Jordan Valley": the valley, not the country
        r.found = country_named_landform(self.gaz, doc, r.found)
        # "eSwatini", "eThekwini": a name written with its lower-case prefix
        r.found = nguni_prefixed_names(self.gaz, doc, r.found)
        # "Bandar-e Jask", "Ras al-Khaimah": a name joined by a particle, held whole
        r.found = particle_joined_names(self.gaz, doc, r.found)
        # "Saint-Jean-de-Luz", marked whole by spaCy, longer than the scan's window
        r.found = long_joined_name_read_whole(self.gaz, doc, r.found)
        # "King's Lynn", cut by spaCy at its inner possessive
        r.found = inner_possessive_names(self.gaz, doc, r.found)
        # "Kangwo’n Province", held as "Kangwon-do"
        r.found = korean_province_by_its_english_word(self.gaz, doc, r.found)
        # "Orang County", a county GeoNames lacks, named after its seat
        r.found = county_named_after_its_seat(self.gaz, doc, r.found)
        # "La Fortuna lies in the north of the country", a person to spaCy
        r.found = town_said_to_lie_in_its_land(self.gaz, doc, r.found)
        # "the Town of Cobourg": a council named after its place
        r.found = council_named_places(self.gaz, doc, r.found)
        # "crowds gathered in Funafuti" in a story of Tuvalu: a small land's capital
        r.found = capital_of_a_named_land(self.gaz, doc, r.found)
        # "between Colfax, Pullman, and Moscow": a small town listed beside a town
        r.found = towns_listed_beside_towns(self.gaz, doc, r.found)
        # "Kegalle, 3 March (LBN) –": the town of a dateline written in title case
        r.found = town_of_a_title_case_dateline(self.gaz, doc, r.found)
        # "ash fell across Kamchatka" beside a town of it: the region held as "Kamchatka Krai"
        r.found = region_named_without_its_word(self.gaz, doc, r.found)
        # "a blizzard hit Newfoundland": the first name of "Newfoundland and Labrador"
        r.found = first_name_of_a_joined_land(self.gaz, doc, r.found)
        # "the Turks and Caicos": the land named without its "Islands"
        r.found = land_without_its_islands(self.gaz, doc, r.found)
        # "the Boston part of the slum": a quarter named after a far town
        r.found = settlements_parts(doc, r.found)
        # "the Chaman side of the border": a border town spaCy calls an organisation
        r.found = town_on_its_side_of_the_border(self.gaz, doc, r.found)
        # "Arkhangai and Bayankhongor aimags": each the unit of its sound, in another romanisation
        r.found = units_before_their_word_by_sound(self.gaz, doc, r.found)
        # "Kondoz province", the unit's word in spaCy's name: the unit by its skeleton
        r.found = region_with_its_word_by_spelling(self.gaz, doc, r.found)
        # "a week after Otis", after "Hurricane Otis": the storm, no village of the name
        r.found = storm_names_alone(doc, r.found)
        # "the abbey of Mont des Cats": the head of a longer name, no hamlet "Mont" of France
        r.found = head_of_a_romance_name(doc, r.found)
        # "the Commonwealth of Dominica", a body to spaCy: the land of its formal name
        r.found = formal_land_names(self.gaz, doc, r.found)
        # "Dunn State beat Rice": a name no place owns, another name of small towns, before a
        # capitalised word: the head of a longer name, no hamlet
        r.found = other_name_before_a_capital(self.gaz, doc, r.found)
        # "berthed at Port Tuvalu": the land's port, an unheld name, read whole in its land
        r.found = port_named_after_its_land(self.gaz, doc, r.found)
        # "the Northern Territory (NT)", then "NT police": the text's own initials of the place
        r.found = initials_in_brackets(doc, r.found)
        # "the Cape Verde Islands" in one line and "CVI fishermen" in another: the same place
        r.found = initials_of_named_places(doc, r.found)
        # "the Polder Islands" after "the Greater Polder Islands": the longer name's place
        r.found = tail_of_a_longer_name(self.gaz, doc, r.found)
        # "ST. ANNE'S, Ruritania -": a dateline in capitals whose "ST." spaCy took for a stop
        r.found = saint_s_town_of_a_capitals_dateline(self.gaz, doc, r.found)
        # "the Ruritanian Islands Police Department": the land, held only by longer names
        r.found = land_inside_a_body_s_name(self.gaz, doc, r.found)
        # "Kenya Haldorsen painted ...", then "Haldorsen moved": a person's given name
        r.found = land_as_a_person_s_given_name(self.gaz, doc, r.found)
        # "born in Soviet Latvia": the republic, no namesake elsewhere
        r.found = land_after_soviet(doc, r.found)
        return self._fit_and_shape(doc, r)


def load_nlp():
    """spaCy's small English model run with only its entity recogniser (its own tok2vec).

    The model is the process's one copy, shared with extraction (explorer.language).
    """
    from explorer.language import entities

    return entities()
