"""The events of one document: every sentence's mentions placed, dated and passed over
(:func:`document_events`)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.context import SentenceContext
from explorer.extract.dates import times_told, year_told
from explorer.extract.events.clues import leaders_out_of_office
from explorer.extract.events.event_made import _date_for, _event_of
from explorer.extract.events.passes import _DOCUMENT_PASSES
from explorer.extract.events.place_steps import _one_scene_for_a_strike
from explorer.extract.events.placing import _place_for
from explorer.extract.events.readings import EventMention
from explorer.extract.events.rules import EventRules
from explorer.extract.events.story import _Story
from explorer.model import Document, Event, Toponym


def document_events(
    doc: Document,
    contexts: list[SentenceContext],
    published: str | None,
    before_places: Callable[[], None] | None = None,
) -> tuple[list[Event], dict[str, Toponym]]:
    """Every event of a document, placed, dated, titled and merged, with the toponym each is
    placed at. ``published`` (else a date in the dateline) resolves "on Monday" and dates
    events whose sentence states no time."""
    story = _Story.of(doc, contexts, published, before_places)
    pub = story.pub
    out_of_office = leaders_out_of_office(doc.text, contexts)
    events: list[Event] = []
    day_told: str | None = None  # the last day a sentence gave, for "Earlier in the day"
    history = False  # whether the sentence before dates only a month or year gone
    year: str | None = None  # the year the story told last, for "In August of that year"
    for ctx in contexts:
        day_before, after_history, year_before = day_told, history, year
        day, history = times_told(ctx.text, pub)
        day_told = day or day_told
        year = year_told(ctx.text, pub, year_before)
        if not ctx.full_parse:
            continue  # no trigger word (core.extract)
        mentions = EventRules(ctx, story.cut, out_of_office, year_before, story.filed).mentions(pub)
        for em in mentions:
            story.marks.placeless |= em.placeless
        placings = [_place_for(story, ctx, em) for em in mentions]
        _one_scene_for_a_strike(placings, story)
        for em, placing in zip(mentions, placings, strict=True):
            told_old = after_history and not _the_news_named_again(em, events, pub)
            date, prec, dbasis, status = _date_for(story, ctx, em, day_before, told_old)
            told = _the_one_told_before(em, events, pub) if dbasis == "published" else None
            if told is not None:
                # "The 1976 raid remains one of the worst atrocities ... the hundreds who
                # still limp from the attack": "the attack", undated, is the one told before,
                # of its year, not an act of the article's day
                date, prec, dbasis = told.date, told.date_precision, "sentence"
            ev = _event_of(story, ctx, em, placing, (date, prec, dbasis, status), events)
            events.append(ev)
            if placing.far_war and ev.place_id:
                story.marks.far_wars.add(ev.id)
            story.marks.record(ev, em, ctx, story)
    for step in _DOCUMENT_PASSES:
        events = step(events, story)
    toponym_of = story.marks.toponym_of
    places = {e.id: toponym_of[e.place_id] for e in events if e.place_id in toponym_of}
    return events, places


def _the_news_named_again(em: EventMention, events: list[Event], pub: str | None) -> bool:
    """Whether an act named again by its definite noun, in a sentence that dates nothing, is the
    news's act told before rather than the history the sentence before told: the last event
    of its type the story told is of no earlier month than the article's ("Troops retook
    Kidal on Sunday ... five people were killed in the fighting. [a mutiny in April] The clashes
    between the militiamen and the ex-rebels killed five": the day's fighting, not April's)."""
    if not em.anaphoric or em.sentence_dated or not pub:
        return False
    last = next((ev for ev in reversed(events) if ev.type == em.type), None)
    return last is not None and (last.date is None or last.date[:7] >= pub[:7])


def _the_one_told_before(em: EventMention, events: list[Event], pub: str | None) -> Event | None:
    """The event an anaphoric mention with no time of its own refers to ("the attack" after
    "The 1988 attack ..."), when the story dated it by its own words in an earlier year than
    the article's: the last event of its type told before it. None when there is none, or
    when that one is of the article's year (the article's day is as good a reading then)."""
    if not em.anaphoric or em.sentence_dated or not pub:
        return None
    for ev in reversed(events):
        if ev.type == em.type:
            if ev.date_basis == "sentence" and ev.date and ev.date[:4] < pub[:4]:
                return ev
            return None
    return None
