"""The date of an event mention, from its own clause, the dateline or the sentences before."""

from __future__ import annotations

import datetime as dt
import re

from explorer.extract.dates import DateMention, find_dates, month_named
from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues_when import (
    _ENTRY_MARK,
    _HARM_VERBS,
    _a_measure_since,
    _approved_act,
    _counted_from,
    _days_ended,
    _month_of_span,
    _named_by_its_taking,
    _owned_up_to,
    _past_perfect,
    _punished_for,
    _recalled,
    _span_begun,
    _span_days,
    _times_of,
    _told_apart,
)
from explorer.extract.events.date_protest import a_time_of_what_is_protested, the_gatherings_times
from explorer.extract.events.readings import Trigger
from explorer.extract.events.words import _REPORT_VERBS
from explorer.extract.syntax import children, when_clause

_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


class _Date(_RulesBase):
    """The date of an event mention, from its own clause, the dateline or the sentences
    before."""

    # --- date -----------------------------------------------------------------------------
    def date(self, trig: Trigger, published: str | None) -> tuple[str | None, str, bool]:
        """(date, precision, whether the sentence states any time at all), from the dates of
        the trigger's own clause; "since 1982" bounds a period and dates nothing."""
        ctx = self.ctx
        year = self._own_year(trig)
        if year is not None:
            return year, "year", True  # "for the 1998 bombing of the embassy": not Monday's
        month = self._own_month(trig, published)
        if month is not None:
            return month, "month", True  # "comes after an April pact to end the shelling"
        label = self._entry_label(published)
        if label is not None and not self._set_before(trig):
            return label.date, label.precision, True  # "August 4, 2016:" told apart before it
        base = ctx.s.start
        every = find_dates(ctx.text, published, self.year_before)
        protested = [
            d for d in every if a_time_of_what_is_protested(self._tokens_of(d), trig.tok, trig.type)
        ]
        gathering = the_gatherings_times(trig.tok) if protested else set()
        if not any(
            d not in protested and any(t.i in gathering for t in self._tokens_of(d)) for d in every
        ):
            protested = []  # "protested against the new tax this week": the protest's week
        found: list[DateMention] = [
            d
            for d in every
            if not self.filed[0] <= base + d.start < self.filed[1]
            and not self._once_of_another(d, trig)
            and not self._the_matters_time(d, trig)
            and not _another_acts_time(self._tokens_of(d), trig.tok)
            and not _right_after_another_act(self._tokens_of(d), trig.tok)
            and d not in protested
        ]
        if not found:
            return None, "unknown", False
        if trig.is_noun and (
            _counted_from(trig.tok)
            or _recalled(trig.tok)
            or _owned_up_to(trig.tok)
            or _punished_for(trig.tok)
            or _named_by_its_taking(trig.tok)
        ):
            # "Forty years after the invasion, veterans marched in Buenos Aires on Sunday":
            # the day is the march's, the invasion was that long before it; "he would mention
            # the invasion in his sermon this Sunday": the day is the sermon's
            own = {t.i for t in trig.tok.subtree}
            found = [
                d
                for d in found
                if all(
                    t.i in own for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end
                )
            ]
            if not found:
                return None, "unknown", True
        when = self._when_of_date(trig.tok)
        if when is not None:
            # "the worst since March 3, when a car bomb went off outside a bank": the clause is
            # of the date it hangs on, though "since" bounds the main clause's period
            for d in found:
                if d.date and base + d.start <= ctx.s.char(when) < base + d.end:
                    return d.date, d.precision, True
        for d in found:
            if d.precision == "year" and ctx.text[d.start : d.end].isdigit() and d.start < 2:
                return d.date, "year", True  # "1968: Warsaw Pact armies invade": an entry
            if (
                d.date
                and d.start < 2
                and _ENTRY_MARK.match(ctx.text, d.end)
                and not self._set_before(trig)
            ):
                return d.date, d.precision, True  # "May 4, 2009: A contact group session"
        region = self._region(trig)
        light = self._light_verb(trig)
        if trig.is_noun and trig.tok.dep_ in ("nsubj", "nsubjpass") and light is not None:
            # "A truck bomb killed 27 people and injured over 80 on Friday": the time of
            # the verbs the event is the subject of, the second sharing it too, and a time the
            # parser hangs on their object ("over 80 on Friday")
            region |= _times_of(light)
        if trig.is_noun:
            # "a car bomb that killed 43 people on Sunday": the time of what it did is its own
            for v in trig.tok.children:
                if v.dep_ in ("relcl", "acl") and v.lemma_.lower() in _HARM_VERBS:
                    region |= _times_of(v)
        if not trig.is_noun and any(
            "declared" in v and v["lemma"] == trig.tok.lemma_.lower()
            for v in self.types[trig.type].get("verbs", ())
        ):
            # "declared two diplomats persona non grata on Monday": the parser makes a clause
            # of "persona non grata", whose time is the verb's
            region |= {
                t.i
                for x in children(trig.tok, "ccomp", "oprd")
                for c in x.children
                if c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            }
        if protested:
            # "gathered on Saturday to protest against police killings last week": the
            # gathering's day (see date_protest)
            region |= gathering
        if trig.is_noun:
            # "a coup that removed Robert Mugabe in 2017": the time of what it did is its own
            effect = {
                v for n in self.types[trig.type].get("nouns", ()) for v in n.get("effect_verbs", ())
            }
            region |= {
                t.i
                for r in trig.tok.children
                if r.dep_ == "relcl" and r.lemma_.lower() in effect
                for c in r.children
                if c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            }

        if _approved_act(trig):
            # "The Bundestag yesterday approved air raids in Syria": the day of the vote,
            # not of the strikes it allows (they are to come); a month or a year told of the
            # decision is coarse enough to hold the act too, mostly ("approved the deployment
            # in November 2022")
            own = {t.i for t in trig.tok.subtree}
            found = [
                d
                for d in found
                if d.precision != "day"
                or all(
                    t.i in own for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end
                )
            ]
            if not found:
                return None, "unknown", True
        reports = [d for d in found if self._a_report_day(d, trig)]
        chosen = self._pick_date(trig, [d for d in found if d not in reports], region, light)
        if chosen is None and reports and self._pick_date(trig, found, region, light) is not None:
            # "..., Euronews reported on Monday": the day of the report, not of what it
            # reports; the sentence tells no other time, so the event is told as news is
            return None, "unknown", False
        if chosen is None:
            return None, "unknown", True
        if self._a_day_as_name(chosen, trig, published):
            # "after the Sept. 11 attacks" in a story of June 2006: a famous day's name, whose
            # year the sentence does not give; the last 11 September is a guess
            return None, "unknown", True
        if (
            chosen.date
            and chosen.precision == "day"
            and not _days_ended(trig)
            and (span := _span_days(trig.tok)) > 1
            and not _span_begun(trig.tok)
        ):
            # "agreed on Wednesday after four days of talks": the day is one end of the
            # talks; only the month is theirs, when both ways it is the same
            month = _month_of_span(chosen.date, span)
            return month, "month" if month else "unknown", True
        if chosen.date and chosen.precision == "day" and (days := _days_ended(trig)):
            # "flew home today after the close of a three-day trip": it began two days before
            start = dt.date.fromisoformat(chosen.date) - dt.timedelta(days=days - 1)
            return start.isoformat(), "day", True
        return chosen.date, chosen.precision if chosen.date else "unknown", True

    def _pick_date(
        self, trig: Trigger, found: list[DateMention], region: set[int], light
    ) -> DateMention | None:
        """The date of ``found`` that is the event's: the most precise in its region, else the
        one its verb's first conjunct or its clause gives."""
        ctx = self.ctx
        base = ctx.s.start
        best: tuple | None = None
        found = [d for d in found if not self._of_an_earlier_time(d, trig)]
        for d in found:
            toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
            if not toks or d.bounds_a_period:
                continue
            if not any(t.i in region for t in toks):
                continue
            rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}[d.precision]
            key = (d.date is not None, rank, -min(abs(t.i - trig.tok.i) for t in toks))
            if best is None or key > best[0]:
                best = (key, d)
        if best is None:
            # "cut ties with Cuba in 1961 and imposed an embargo": one time for both verbs
            verb = trig.tok if not trig.is_noun else light
            if (
                verb is not None
                and verb.dep_ == "conj"
                and verb.head.pos_ in ("VERB", "AUX")
                and not _told_apart(verb.head, verb)
            ):
                first = verb.head
                own = {
                    t.i
                    for c in first.children
                    if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < verb.i
                    for t in c.subtree
                }
                for d in found:
                    toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
                    if toks and not d.bounds_a_period and any(t.i in own for t in toks):
                        return d
            if (
                not trig.is_noun
                and verb is not None
                and (same := self._as_it_happened(verb, found)) is not None
            ):
                return same  # a verb's own clause; not "while the border talks dragged on"
            if (
                not trig.is_noun
                and verb is not None
                and (same := self._when_it_happened(verb, found)) is not None
            ):
                return same  # "were killed during Friday prayers when a bomber attacked"
            # "were soured by the sinking of a corvette in March 2010": the parser
            # hangs the date on the verb; it is still this event's if the event is the only
            # one of its clause and the date sits in that clause ("the war, which began with
            # the U.S.-led invasion in March 2003")
            if trig.is_noun and _the_matter(trig.tok):
                # "cut ties on Monday over a militia raid", "protested on Friday
                # over the killing of a student": what an act is over came before it
                return None
            root = self._clause_root(trig.tok)
            if [self._clause_root(t.tok).i for t in self.triggers()].count(root.i) == 1:
                for d in found:
                    toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
                    if (
                        toks
                        and d.date
                        and not d.bounds_a_period
                        and all(self._clause_root(t).i == root.i for t in toks)
                    ):
                        return d
            return None
        return best[1]

    def _as_it_happened(self, verb, found: list[DateMention]) -> DateMention | None:
        """ "On Saturday at least 60 inmates died ... as rival gangs fought inside the
        jail": a clause that "as" or "while" joins, telling no time of its own, happened at
        the one time the rest of its sentence tells (none when it tells two)."""
        if verb.dep_ != "advcl" or not any(
            m.lower_ in ("as", "while") for m in children(verb, "mark")
        ):
            return None
        return self._one_time_outside(verb, found)

    def _one_time_outside(self, verb, found: list[DateMention]) -> DateMention | None:
        """The one dated time of ``found`` outside ``verb``'s clause, or None."""
        base = self.ctx.s.start
        own = {t.i for t in verb.subtree}
        told = []
        for d in found:
            toks = [
                t for t in self.ctx.s.sent if base + d.start <= self.ctx.s.char(t) < base + d.end
            ]
            if toks and d.date and not d.bounds_a_period and not any(t.i in own for t in toks):
                told.append(d)
        return told[0] if len(told) == 1 else None

    def _when_it_happened(self, verb, found: list[DateMention]) -> DateMention | None:
        """ "Worshippers were killed during Friday prayers when a suicide bomber attacked their
        mosque", "a truce that ended last week's unrest, when clashes ... left 30 dead": a
        clause that "when" joins to another, telling no time of its own, happened at the one
        time the rest of its sentence tells (``_as_it_happened``); not one in the past perfect
        ("when rebels had attacked the base" came before)."""
        if verb.dep_ != "advcl" or not any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") and c.i < verb.i
            for c in verb.children
        ):
            return None
        if _past_perfect(verb):
            return None
        return self._one_time_outside(verb, found)

    def _a_day_as_name(self, d: DateMention, trig: Trigger, published: str | None) -> bool:
        """Whether ``d`` is a day without its year that names the event noun it modifies ("the
        Sept. 11 attacks" in June 2006) and whose latest occurrence before the article falls in
        an earlier calendar year, more than a month before it: then its year may be any past
        one. A day of the article's own year ("the March 3 attack" in May, "the October 7
        attack" in December) or of the last few weeks is that day."""
        if not (trig.is_noun and d.date and d.precision == "day" and published):
            return False
        if re.search(r"\b(?:19|20)\d\d\b", self.ctx.text[d.start : d.end]):
            return False
        base = self.ctx.s.start
        toks = [t for t in self.ctx.s.sent if base + d.start <= self.ctx.s.char(t) < base + d.end]
        inside = {t.i for t in toks}
        if not toks or not all(t.head.i in inside or t.head.i == trig.tok.i for t in toks):
            return False
        try:
            day, pub = dt.date.fromisoformat(d.date), dt.date.fromisoformat(published[:10])
        except ValueError:
            return False
        return day.year < pub.year and (pub - day).days > 31

    def _tokens_of(self, d: DateMention) -> list:
        """The tokens of the sentence that ``d``'s words cover."""
        base, s = self.ctx.s.start, self.ctx.s
        return [t for t in s.sent if base + d.start <= s.char(t) < base + d.end]

    def _once_of_another(self, d: DateMention, trig: Trigger) -> bool:
        """Whether ``d`` is a "once" that makes another clause history, not the event's:
        "Crowds gathered near the walls, which once guarded the city against attacks": the
        attacks are of long ago, the gathering is not."""
        if d.date is not None or self.ctx.text[d.start : d.end].lower() != "once":
            return False
        base = self.ctx.s.start
        for t in self.ctx.s.sent:
            if base + d.start <= self.ctx.s.char(t) < base + d.end:
                verb = t.head
                return not verb.left_edge.i <= trig.tok.i <= verb.right_edge.i
        return False

    def _the_matters_time(self, d: DateMention, trig: Trigger) -> bool:
        """Whether ``d`` is a time owned by what the event is over or against
        (``_owned_by_the_matter``): "Police clashed with students over Sunday's killing of a
        student leader" states no time of the clash, which is then dated as an undated
        sentence's event is, not left out as one of another time."""
        base = self.ctx.s.start
        return any(
            _owned_by_the_matter(t, trig.tok)
            for t in self.ctx.s.sent
            if base + d.start <= self.ctx.s.char(t) < base + d.end
        )

    def _of_an_earlier_time(self, d: DateMention, trig: Trigger) -> bool:
        """Whether ``d`` dates what a "since" phrase or clause the event is not in names: "the
        largest assault since the end of the civil war in 1990", "the largest operation since
        the government was overthrown in 2014" (the measure's start, not the event's time)."""
        base = self.ctx.s.start
        for t in self.ctx.s.sent:
            if not base + d.start <= self.ctx.s.char(t) < base + d.end:
                continue
            for a in (t, *t.ancestors):
                if (a.lower_ == "since" and a.dep_ == "prep") or any(
                    c.dep_ == "mark" and c.lower_ == "since" for c in a.children
                ):
                    # a measure's start ("the biggest ... since"), not a period's ("held
                    # since the October 7 attack" began then)
                    return _a_measure_since(a) and not (
                        a.left_edge.i <= trig.tok.i <= a.right_edge.i
                    )
            if _owned_by_the_matter(t, trig.tok):
                return True  # "protesting against the outcome of last week's vote"
            # "struck Gaza after the October 7 attack", "following the 2003 invasion": a
            # date that names the noun of another time
            noun = t.head
            if (
                t.dep_ in ("compound", "nummod", "nmod", "amod", "npadvmod")
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("after", "following")
                and noun.i != trig.tok.i
                and not noun.head.left_edge.i <= trig.tok.i <= noun.head.right_edge.i
            ):
                return True
        return False

    def _entry_label(self, published: str | None) -> DateMention | None:
        """The date of a timeline's entry that the reader split off before the sentence
        ("August 4, 2016:" and then "The two sides agree to a ceasefire")."""
        prev = self.ctx.prev
        if prev is None or len(prev.text) > 40 or not prev.text.rstrip().endswith(":"):
            return None
        found = find_dates(prev.text, published, self.year_before)
        if len(found) == 1 and found[0].date and found[0].start < 2:
            return found[0]
        return None

    def _set_before(self, trig: Trigger) -> bool:
        """Whether the event is told as what came before ("..., after a nerve gas attack near
        Halabja kills thousands"): an "after" on its clause or its noun."""
        head = trig.tok if not trig.is_noun else (self._light_verb(trig) or trig.tok)
        root = self._clause_root(head)
        marks = [c for c in root.children if c.dep_ == "mark"]
        if trig.is_noun and trig.tok.dep_ == "pobj":
            marks.append(trig.tok.head)
        return any(m.lower_ in ("after", "following") for m in marks)

    def _report_dated(self, trig: Trigger, published: str | None) -> bool:
        """Whether every date of the sentence is the day of a report ("..., the military said
        on Friday")."""
        found = find_dates(self.ctx.text, published, self.year_before)
        return bool(found) and all(d.date and self._a_report_day(d, trig) for d in found)

    def _a_report_day(self, d: DateMention, trig: Trigger) -> bool:
        """Whether the date ``d`` is the day a report was made ("the military said on
        Friday", "Euronews reported on Monday"), of a verb of saying that is not the event's."""
        base = self.ctx.s.start
        toks = [t for t in self.ctx.s.sent if base + d.start <= self.ctx.s.char(t) < base + d.end]
        inside = {t.i for t in toks}
        for t in toks:
            h = t.head
            if h.i in inside:
                continue
            if h.pos_ == "ADP":
                h = h.head
            return h.pos_ == "VERB" and h.lemma_.lower() in _REPORT_VERBS and h.i != trig.tok.i
        return False

    def _when_of_date(self, tok):
        """The date a "when" clause hangs on ("since 2013, when rebels ousted the president
        and militias took revenge": 2013), or None."""
        root = self._clause_root(tok)
        for _ in range(4):
            if root.dep_ != "conj" or root.head.i == root.i:
                break
            root = self._clause_root(root.head)
        if when_clause(root) and root.head.ent_type_ == "DATE":
            return root.head
        return None

    @staticmethod
    def _own_year(trig: Trigger) -> str | None:
        """The year an event noun is named by ("the 1998 bombing", "a 2011 robbery")."""
        if not trig.is_noun:
            return None
        for c in trig.tok.children:
            if (
                c.i < trig.tok.i
                and c.dep_ in ("nummod", "compound", "amod", "npadvmod")
                and c.ent_type_ == "DATE"
                and re.fullmatch(r"(?:19|20)\d\d", c.text)
            ):
                return c.text
        return None

    def _own_month(self, trig: Trigger, published: str | None) -> str | None:
        """The month an event noun is named by ("a June agreement"), as "in June" would be
        read in its sentence; None when the article's date cannot place it."""
        if not trig.is_noun:
            return None
        base = self.ctx.s.start
        for c in trig.tok.children:
            if c.i < trig.tok.i and c.dep_ in ("compound", "npadvmod") and c.ent_type_ == "DATE":
                at = self.ctx.s.char(c) - base
                if month := month_named(self.ctx.text, at, at + len(c.text), published):
                    return month
        return None

    def _own_time(self, trig: Trigger, published: str | None) -> bool:
        """Whether the trigger's own clause states when ("On March 11, a teen killed"), even
        a time that cannot be dated without the year."""
        if self._own_year(trig) is not None:
            return True
        region = self._region(trig)
        noun = trig.tok.head if trig.tok.dep_ in ("compound", "amod") else trig.tok
        if (
            trig.is_noun
            and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.pos_ in ("VERB", "AUX")
        ):
            # "In May, a stabbing spree in Guizhou province left two dead": the time of the
            # verb the event is the subject of is the event's
            region |= {
                t.i
                for c in noun.head.children
                if c.dep_ in ("prep", "npadvmod") and c.i != noun.i
                for t in c.subtree
            }
        if any(
            t.i in region and t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE"
            for t in self.ctx.s.sent
        ):
            return True  # "began to shell Halabja again on Friday", in an undated story
        base = self.ctx.s.start
        for d in find_dates(self.ctx.text, published, self.year_before):
            if d.bounds_a_period:
                continue
            if any(
                t.i in region
                for t in self.ctx.s.sent
                if base + d.start <= self.ctx.s.char(t) < base + d.end
            ):
                return True
        return False


# prepositions of what an event is over or against: a time owned by a noun behind them is
# that noun's ("the outcome of last week's vote"), not the event's
_MATTER_PREPS = frozenset({"against", "over", "about"})


def _owned_by_the_matter(t, trigger) -> bool:
    """Whether ``t``, a time in the possessive ("last month's", "Sunday's"), owns a noun of
    what the event is against, over or about: "were protesting against the outcome of last
    week's referendum", "clashed over Sunday's vote" (the referendum's week, the vote's day).
    A time owned by the event's own noun or by where it happened ("the attack on Sunday's
    rally") is the event's."""
    if t.dep_ != "poss" or t.head.i == trigger.i:
        return False
    node = t.head
    for _ in range(6):
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in _MATTER_PREPS:
            return any(a.i == trigger.i for a in node.head.ancestors) or (
                node.head.head.i == trigger.i
            )
        node = node.head
    return False


def _the_matter(noun) -> bool:
    """Whether an event's noun is what the act of its clause is over, against or about
    ("cut ties on Monday over a militia raid on its border town"): the clause's time is
    the act's, not the noun's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _MATTER_PREPS


# nouns of an act that are not event triggers of ours: a time the parser hangs on one of them
# is that act's ("the arrest on Monday of a local commander")
_ACT_NOUNS = frozenset(
    {"arrest", "death", "murder", "capture", "abduction", "detention", "release", "execution"}
    | {"assassination", "election", "vote", "disappearance", "funeral", "burial", "trial"}
)


def _right_after_another_act(toks, trigger) -> bool:
    """Whether a time that the parser hangs on a verb ("followed ... on Monday") comes right
    after the noun of another act that is that verb's object, or the object of a preposition
    on it: "The ambush followed the execution on Monday of two Taliban prisoners", "came after
    the arrest on Tuesday". Read either way, the day may be the other act's, so it is not
    the event's ("The ambush on Monday followed the execution": the day on the event's own
    noun stays its)."""
    first = min(toks, key=lambda t: t.i, default=None)
    if first is None or first.i == 0:
        return False
    prep = first if first.dep_ == "prep" else first.head if first.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "in", "at", "during") or prep.i != first.i:
        return False
    verb = prep.head
    noun = first.doc[first.i - 1]
    if verb.pos_ not in ("VERB", "AUX") or noun.i == trigger.i or noun.pos_ != "NOUN":
        return False
    if not (noun.lower_ in _ACT_NOUNS or (noun.lower_.endswith("ing") and noun.tag_ == "NN")):
        return False
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


_TIMES_OF_DAY = frozenset({"morning", "evening", "night", "afternoon", "spring", "dawn", "dusk"})


def _another_acts_time(toks, trigger) -> bool:
    """Whether a time whose words are ``toks`` hangs by its preposition ("on Tuesday") on the
    noun of another act than the event's: "The bombing was likely payback for the shooting on
    Thursday of a militia leader", "The attack followed the arrest on Monday of a commander" (the
    killing's and the arrest's day, not the attack's). Another act's noun is a gerund ("the
    killing", "the shooting") or one of ``_ACT_NOUNS``; a time on a noun of no act ("killed
    four people on Tuesday", if the parser hangs it there) stays the clause's."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i in inside:
            continue
        prep = t if t.dep_ == "prep" else t.head if t.dep_ == "pobj" else None
        noun = prep.head if prep is not None and prep.dep_ == "prep" else None
        if (
            prep is None
            or noun is None
            or noun.i == trigger.i
            or noun.pos_ != "NOUN"
            or prep.lower_ not in ("on", "in", "at", "during")
            or noun.ent_type_ in ("DATE", "TIME")
            or noun.lower_ in _TIMES_OF_DAY
        ):
            continue  # "in the space of an hour on the evening of May 9": a time, no act
        word = noun.lower_
        if word in _ACT_NOUNS or (word.endswith("ing") and noun.tag_ == "NN"):
            return True
    return False
