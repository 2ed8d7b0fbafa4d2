"""The date of a placed event mention, and the event made of it."""

import re

from explorer.extract.context import SentenceContext
from explorer.extract.dates import of_the_day_before
from explorer.extract.events.clues_when import (
    _an_act_charged,
    _month_of_span,
    _past_perfect,
    _precision_of,
    _simple_past,
    _span_days,
    _span_ended_before,
    _the_convicts_act,
    _told_as_earlier,
)
from explorer.extract.events.document_reads import (
    _the_pair,
)
from explorer.extract.events.readings import EventMention
from explorer.extract.events.story import _Placing, _Story
from explorer.ids import event_id
from explorer.model import Event, Evidence, place_id_for

# a part of a day that names no day of its own ("Before dawn, soldiers stormed ...", "at first
# light", "in the early hours"); not "at dawn the next day", "the early hours of Monday", nor a
# name written with a capital ("a reporter at Dawn", the newspaper; "Operation First Light")
_A_TIME_OF_DAY = re.compile(
    r"\b(?i:before|at|by)\s+(?:dawn|daybreak|first\s+light)\b"
    r"(?!\s+(?:the\s+)?(?:next|following|on|of)\b)"
    r"|\b(?i:in)\s+the\s+early\s+hours\b(?!\s+of\b)"
)


def _at_a_time_of_the_day_told(text: str, day_before: str | None, pub: str | None) -> bool:
    """Whether a sentence that dates nothing tells only a part of a day ("before dawn", "at
    daybreak", "in the early hours") after a sentence that told a day before the article's: the
    part is of that day ("The army overthrew the president on Sunday. Before dawn, soldiers
    stormed the palace", in Monday's paper: Sunday's dawn, not the date line's Monday)."""
    return bool(
        day_before and pub and day_before < pub[:10] and _A_TIME_OF_DAY.search(text) is not None
    )


def _date_for(
    story: _Story,
    ctx: SentenceContext,
    em: EventMention,
    day_before: str | None,
    after_history: bool,
) -> tuple[str | None, str, str, str]:
    """When the mention ``em`` happened (date, precision, basis) and its status: its sentence's
    date, else the day the sentence before told, the month of a span that ended then, or the
    article's day for news of the day; a date still to come is a plan."""
    pub = story.pub
    date, prec, dbasis = em.date, em.precision, em.date_basis
    trigger = ctx.s.sent.doc[em.trigger]
    if (
        date is None
        and not em.sentence_dated
        and day_before
        and (
            of_the_day_before(ctx.text)
            or (not em.status and _at_a_time_of_the_day_told(ctx.text, day_before, pub))
        )
    ):
        # "... met President Kagame on Friday. ... Earlier that day, the defence
        # minister had talks with his Rwandan peer": Monday, not the article's day
        date, prec, dbasis = day_before, "day", "sentence"
    spanned = (
        date is None
        and not em.sentence_dated
        and day_before is not None
        and _span_days(trigger) > 1
        and _span_ended_before(trigger)
    )
    if spanned and day_before is not None:
        # "Liberia's factions agreed on Tuesday ... The accord followed six
        # days of negotiations in Accra": the talks ended on the day told; their month,
        # when the span lies in one, and not the article's day either way
        date = _month_of_span(day_before, _span_days(trigger))
        prec, dbasis = ("month", "sentence") if date else ("unknown", "")
    if (
        date is None
        and not spanned
        and not em.sentence_dated
        and pub
        and not em.status
        and not em.background
        and not _past_perfect(trigger)
        and not _an_act_charged(trigger)
        and not _the_convicts_act(trigger)
        and not _told_as_earlier(trigger)
        and not (after_history and _simple_past(trigger))
    ):
        # an earlier incident the news is set against ("three years after a gunman
        # killed nine worshippers") did not happen on the day of publication
        date, prec, dbasis = pub, _precision_of(pub), "published"
    status = em.status
    if not status and pub and date and dbasis == "sentence" and date > pub[: len(date)]:
        # "the deputies will meet on May 12-13, then a session of the
        # defence ministers in July", told in May: a date still to come is a plan
        status = "planned"
    return date, prec, dbasis, status


def _event_of(
    story: _Story,
    ctx: SentenceContext,
    em: EventMention,
    p: _Placing,
    when: tuple[str | None, str, str, str],
    events: list[Event],
) -> Event:
    """The event of the mention ``em``, placed by ``p`` and dated by ``when`` (date,
    precision, basis, status), with its id and, for a pair told by a word ("the two sides"),
    the sides of the events told before it (``events``)."""
    date, prec, dbasis, status = when
    marks = story.marks
    base_id = event_id(story.doc.id, ctx.s.start, em.type)
    n = marks.seen_ids.get(base_id, 0)
    marks.seen_ids[base_id] = n + 1
    place_id = None
    if p.tp is not None and p.tp.candidate is not None:
        place_id = place_id_for(p.tp.candidate.gazetteer_id)
        marks.toponym_of.setdefault(place_id, p.tp)
    ev = Event(
        id=base_id if n == 0 else f"{base_id}:{n + 1}",
        type=em.type,
        date=date,
        date_precision=prec if date else "unknown",
        place_id=place_id,
        actors=em.actors,
        evidence=[Evidence(doc=story.doc.id, start=ctx.s.start, end=ctx.s.end, text=ctx.text)],
        targets=em.targets,
        place_basis=p.basis if place_id else "",
        date_basis=dbasis if date else "",
        status=status,
    )
    if em.pair and not any(a[:1].isupper() for a in ev.actors):
        symmetric = {k for k, v in story.contexts[0].lex.events.items() if v.get("symmetric")}
        ev.actors = _the_pair(events, ev, em.pair, symmetric)
        if ev.actors == [em.pair] and not p.spec.get("needs_sides"):
            # "The two camps held truce talks in Oman": a pair told of nothing before names
            # no one; a deal keeps its sides as written (it is nothing without them)
            ev.actors = []
    return ev
