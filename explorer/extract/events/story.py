"""What one document tells every sentence's events: its marks (:class:`_Marks`), the story around
it (:class:`_Story`) and where one mention is placed (:class:`_Placing`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from explorer.extract.context import SentenceContext
from explorer.extract.dates import dateline_date, dateline_date_at
from explorer.extract.events.document_reads import (
    _country_named,
    _lands,
    _lede,
    _place_name,
    _Support,
    _supports_told,
)
from explorer.extract.events.readings import EventMention
from explorer.extract.events.words import event_words
from explorer.extract.focus import PlaceContext, dateline_end, place_context
from explorer.extract.merge import PlaceRef
from explorer.model import Candidate, Document, Event, Toponym


@dataclass(slots=True)
class _Marks:
    """What a document's mentions tell of its events besides the events themselves, by event
    id, for the merge and the passes around it."""

    toponym_of: dict[str, Toponym] = field(default_factory=dict)  # place id: the toponym read
    seen_ids: dict[str, int] = field(default_factory=dict)  # events given so far per base id
    anaphoric: set[str] = field(default_factory=set)  # "the attack": one told before
    plural: set[str] = field(default_factory=set)  # "the kidnappings": told before as many
    distinct: set[str] = field(default_factory=set)  # told as another occasion, or background
    background: set[str] = field(default_factory=set)
    timed: set[str] = field(default_factory=set)  # dated by their own words
    dating: set[str] = field(default_factory=set)  # "The ambush happened early Sunday"
    lands: dict[str, frozenset[str]] = field(default_factory=dict)  # countries their sentence says
    headlines: set[str] = field(default_factory=set)
    ledes: set[str] = field(default_factory=set)
    offices: dict[str, dict[str, str]] = field(default_factory=dict)  # victims' offices by state
    placeless: set[str] = field(default_factory=set)  # targets that are no place entered
    passing: set[str] = field(default_factory=set)  # only referred to
    reported: dict[str, int] = field(default_factory=dict)  # dated only by their report: its end
    far_wars: set[str] = field(default_factory=set)  # fights of no side at a capital's dateline
    paragraphs: dict[str, int] = field(default_factory=dict)  # each report's paragraph

    def record(self, ev: Event, em: EventMention, ctx: SentenceContext, story: _Story) -> None:
        """What the mention ``em`` of sentence ``ctx`` tells of ``ev``, made from it."""
        if em.in_passing:
            self.passing.add(ev.id)
        if em.target_offices:
            self.offices[ev.id] = em.target_offices
        if em.anaphoric:
            self.anaphoric.add(ev.id)
            tok = ctx.s.sent.doc[em.trigger]
            if tok.tag_ == "NNS" and not _the_doer_of_a_deed_told(tok):
                self.plural.add(ev.id)
        if em.distinct or em.background:
            self.distinct.add(ev.id)
        if em.background:
            self.background.add(ev.id)
        if em.own_time:
            self.timed.add(ev.id)
        if em.dates_the_one_before:
            self.dating.add(ev.id)
        if not em.anaphoric:
            self.lands[ev.id] = _lands(ctx)
        first_line = story.first_line
        if ctx.s.start == 0 and first_line and first_line[-1] not in ".!?\"'":
            self.headlines.add(ev.id)
        elif story.lede[0] <= ctx.s.start < story.lede[1]:
            self.ledes.add(ev.id)
        if em.report_dated:
            self.reported[ev.id] = ctx.s.end
        self.paragraphs[ev.id] = story.paragraph_of(ctx)


def _filed(text: str) -> tuple[int, int]:
    """Where a dateline states its day, as (start, end); (0, 0) when it states none."""
    at = dateline_date_at(text)
    return (at[1], at[2]) if at else (0, 0)


@dataclass(slots=True)
class _Story:
    """A document as its events are read: its text and sentences, its day, where its dateline
    ends, and the marks its mentions leave."""

    doc: Document
    contexts: list[SentenceContext]
    pub: str | None  # the article's day, else its dateline's
    cut: int  # where the dateline ends
    # the characters of the day a dateline states: the day the story was filed, never one a
    # sentence tells (``EventRules.filed``)
    filed: tuple[int, int]
    before_places: Callable[[], None] | None
    first_line: str
    lede: tuple[int, int]
    supported: list[_Support]  # its sentences' "in support of X": read before any event
    marks: _Marks = field(default_factory=_Marks)
    focus_read: PlaceContext | None = None  # read once an event needs it

    @classmethod
    def of(
        cls,
        doc: Document,
        contexts: list[SentenceContext],
        published: str | None,
        before_places: Callable[[], None] | None,
    ) -> _Story:
        return cls(
            doc,
            contexts,
            published or dateline_date(doc.text),
            dateline_end(doc.text),
            _filed(doc.text),
            before_places,
            doc.text.split("\n", 1)[0].rstrip(),
            _lede(doc.text),
            _supports_told(contexts),
        )

    def focus(self) -> PlaceContext:
        """The places of the story, read the first time an event needs one."""
        if self.focus_read is None:
            if self.before_places is not None:
                self.before_places()
            self.focus_read = place_context(self.doc, self.contexts, event_words())
        return self.focus_read

    def paragraph_of(self, ctx: SentenceContext) -> int:
        """The index of the paragraph a sentence lies in (-1: none)."""
        return next(
            (k for k, p in enumerate(self.doc.paragraphs) if p.start <= ctx.s.start < p.end), -1
        )

    def where(self, place_id: str) -> PlaceRef | None:
        tp = self.marks.toponym_of.get(place_id)
        if tp is None or tp.candidate is None:
            return None
        c = tp.candidate
        land = self.contexts[0].lex.state_name(c.country) if c.country and self.contexts else None
        return PlaceRef(_place_name(tp), c.lat, c.lon, c.country, c.kind, land)


@dataclass(slots=True)
class _Placing:
    """Where one event mention happened, as it is read: the toponym, how it was found
    (``basis``: "sentence", "paragraph", "article" or ""), and what the vetoes ask of it."""

    ctx: SentenceContext
    em: EventMention
    spec: dict
    tp: Toponym | None
    basis: str
    earlier: bool  # dated in a year before the article's
    history: bool  # an undated article's month or year
    far_war: bool = False  # a fight of no side that only a capital's dateline places
    struck_elsewhere: bool = False  # a fight on sides at war in another country, told afar

    @property
    def candidate(self) -> Candidate | None:
        return self.tp.candidate if self.tp is not None else None

    @property
    def trigger(self):
        return self.ctx.s.sent.doc[self.em.trigger]

    def unplace(self, story: _Story) -> None:
        self.tp, self.basis = None, ""

    def to_its_country(self, story: _Story) -> None:
        """The place's country, when the article names it; else no place."""
        c = self.candidate
        self.tp = _country_named(story.contexts, c.country if c is not None else None)
        self.basis = self.basis if self.tp is not None else ""


def _the_doer_of_a_deed_told(tok) -> bool:
    """Whether an act's plural noun is the subject of a verb in the past tense ("The clashes
    between the militiamen and the ex-rebels killed five"): the acts of one occasion told
    again by what they did, not acts told as many ("no tolerance for the kidnappings ...
    carried out by criminal gangs": no deed of theirs told)."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.tag_ == "VBD"
