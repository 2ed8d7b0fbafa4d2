"""Where the article says a meeting was held ("The summit ... was held in Honduras", "The
talks, which began on Monday in the Kenyan capital, Nairobi"): the venue that a
mention of the same meeting, placed only at a region its phrase names or at the story's own
land, is moved to."""

from __future__ import annotations

from explorer.extract.events.story import _Placing, _Story
from explorer.model import Toponym

# verbs that, said of a meeting, tell where it sits: "held in", "opened in", "hosted by"
_VENUE_VERBS = frozenset({"hold", "open", "convene", "host", "begin", "start", "take"})
# the meeting words whose venue is read, by event type
_MEETING_TYPES = frozenset({"meeting", "summit"})
# words that make "the summit" another one than the story's ("the next summit")
_ANOTHER = frozenset(
    {"next", "last", "previous", "first", "second", "third", "earlier", "future", "upcoming"}
)
# words of a town whose name may follow them ("the Gabonese capital, Libreville")
_TOWN_WORDS = frozenset({"capital", "city", "town", "port", "village", "resort"})
# what a meeting's phrase may name that its venue is finer than
_WIDE_KINDS = frozenset({"region", "area", "continent", "sea"})


def _toponym_at(ctx, tok) -> Toponym | None:
    for tp in ctx.toponyms:
        c = tp.candidate
        if c is None or tp.metonymic or c.kind in _WIDE_KINDS:
            continue
        head = ctx.head_of(tp)
        if head is not None and head.i == tok.i:
            return tp
    return None


def _named_after(ctx, obj) -> Toponym | None:
    """ "in the Gabonese capital, Libreville": the town's name set beside the word of a town,
    whether the parser made it an apposition or not."""
    if obj.lemma_.lower() not in _TOWN_WORDS:
        return None
    doc = obj.doc
    after = [a for a in obj.children if a.dep_ == "appos"]
    if obj.i + 2 < len(doc) and doc[obj.i + 1].text == ",":
        after.append(doc[obj.i + 2])
    for tok in after:
        for tp in ctx.toponyms:
            if tp.candidate is not None and ctx.s.char(tok) == tp.start:
                return tp if tp.candidate.kind not in _WIDE_KINDS else None
    return None


def _place_of_verb(ctx, verb) -> Toponym | None:
    """The town or the country a venue verb puts its meeting in ("in Honduras", "in the
    Gabonese capital, Libreville", "hosted by Ghana")."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "at", "by"):
            continue
        if prep.lower_ == "by" and verb.lemma_.lower() != "host":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            tp = _toponym_at(ctx, obj) or _named_after(ctx, obj)
            if tp is not None:
                return tp
    return None


def _told_now(verb) -> bool:
    """A venue told as done or under way, not one planned ("will be held in Bogota")."""
    return (
        not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in ("will", "would", "shall", "to", "could")
            for a in verb.children
        )
        and verb.dep_ != "xcomp"
    )


def _venues(story: _Story, noun: str) -> list[Toponym]:
    """The places the article says "the <noun>" was held in, one per saying."""
    out: dict[tuple, Toponym] = {}
    for ctx in story.contexts:
        for tok in ctx.s.sent:
            if tok.lemma_.lower() != noun or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in tok.children):
                continue
            if any(m.lower_ in _ANOTHER for m in tok.children if m.dep_ in ("amod", "compound")):
                continue
            verbs = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
            if tok.dep_ in ("nsubj", "nsubjpass"):
                verbs.append(tok.head)
            for verb in verbs:
                if verb.lemma_.lower() not in _VENUE_VERBS or not _told_now(verb):
                    continue
                if verb.lemma_.lower() == "take" and not any(
                    c.lower_ == "place" for c in verb.children
                ):
                    continue
                tp = _place_of_verb(ctx, verb)
                if tp is not None and tp.candidate is not None:
                    out.setdefault((tp.candidate.country, tp.candidate.kind, tp.name), tp)
    return list(out.values())


def _held_elsewhere(p: _Placing, story: _Story) -> bool:
    """A meeting placed only at a region its phrase names or at the story's land, when the
    article tells one venue of "the" meeting of its own word: there."""
    c = p.candidate
    if p.em.type not in _MEETING_TYPES or c is None:
        return False
    if not (p.basis in ("paragraph", "article") or c.kind in _WIDE_KINDS):
        return False
    venues = _venues(story, p.trigger.lemma_.lower())
    if len(venues) != 1:
        return False  # none, or two meetings held in two places: which one is unclear
    (tp,) = venues
    return tp.candidate is not None and tp.candidate.country is not None and tp is not p.tp


def _to_the_venue(p: _Placing, story: _Story) -> None:
    (tp,) = _venues(story, p.trigger.lemma_.lower())
    own = p.ctx.s.start <= tp.start < p.ctx.s.end
    p.tp, p.basis = tp, "sentence" if own else "paragraph"
