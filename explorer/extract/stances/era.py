"""When a claim holds: the sentence's date, the year or decade it tells of, and reversals.

A backing "until 1991" or "but since 2014" is not one of today; a clause's own year or
decade, a timeline's label or an earlier sentence of the same story dates it.
"""

from __future__ import annotations

import re

from explorer.extract.stances.base import RulesBase
from explorer.extract.stances.claim import _SUBCLAUSE, _clause_tokens, _purpose
from explorer.extract.syntax import NOW_RE as _NOW_RE
from explorer.extract.syntax import children, infinitive, preps, when_clause
from explorer.model import Evidence

# a year, not a decade ("the 1980s"), an amount ("1,980") or part of a longer number; a comma
# after it ends a clause ("since 2013, when rebels ousted the president"), unless a digit follows
_DECADE = re.compile(r"(?:(?:early|mid|late)-)?(?:1[89]|20)\d0s")


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|,\d|['’]?s\b)")


# a timeline's entry that carries its own label: "1979: The Soviet Union ...", "1989 - ..."
_TIMELINE_LABEL = re.compile(r"\s*(1[89]\d\d|20\d\d)\s*(?::|[-–—]{1,2})\s")


# a decade a clause is set in ("during the 1980s", "in the 1970s"; not "since the 1980s")
_DECADE_RE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout) the (1[89]\d0)s\b")


def _then(trigger, clause: set[int]) -> bool:
    """ "Nixon then ordered an airlift to help Israel": "then" in the claim's own clause or
    on a verb above it, the time the sentence before told of."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    return any(
        t.lower_ == "then" and t.dep_ == "advmod" and (t.i in clause or t.head.i in above)
        for t in trigger.sent
    )


def _decade(tok) -> int | None:
    """The decade a "1980s" token sets its clause in ("during the 1980s"; "in the mid-1990s",
    "in the late 1970s": a part of it is of it too), or None."""
    m = re.fullmatch(r"(?:(?:early|mid|late)-)?(1[89]\d0|20\d0)s", tok.text)
    if m is None or tok.i < 2:
        return None
    doc = tok.doc
    k = tok.i - 1
    if doc[k].lower_ in ("early", "mid", "late") and k >= 2:
        k -= 1  # "the late 1970s"
    before, prep = doc[k].lower_, doc[k - 1].lower_
    return int(m.group(1)) if before == "the" and prep in ("in", "during", "throughout") else None


def _describes_a_noun(tok) -> bool:
    """Whether a token sits in a clause that describes a noun ("Yugoslavia, whose heir
    today is Serbia"; "a militia formed after the 1972 massacres"): such a clause tells of that
    noun's time, not of the time of the clause the noun is in."""
    up = tok
    for _ in range(12):
        if up.dep_ in ("acl", "relcl"):
            return True
        if up.head.i == up.i:
            return False
        up = up.head
    return False


def _now_in_own_clauses(sent) -> bool:
    """Whether a sentence speaks of the days of now (``_NOW_RE``) in its own clauses, not
    only in one that describes a noun ("Yugoslavia, whose heir today is Serbia, was
    the Bosnian Serbs' chief backer": the backing is not of today)."""
    base = sent.start_char
    for m in _NOW_RE.finditer(sent.text):
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if tok is None or not _describes_a_noun(tok[0]):
            return True
    return False


# "the war" a story has told of: a definite "war", with up to two words between ("the
# eight-year war", "during the war"); read on the surface, as sentences before the claim's
# are not parsed
_THE_WAR = re.compile(r"\b[Tt]he (?:[\w'-]+ ){0,2}war\b")
_WAR_RE = re.compile(r"\bwar\b", re.IGNORECASE)


def _told_in_past(trigger) -> bool:
    """Whether the verb a trigger hangs on tells of the past ("sent", "had decided to give",
    "was armed"), not of now ("has sent", "sends")."""
    verb = trigger
    for _ in range(8):
        # "ordered an airlift to help Israel": an infinitive of purpose is told in the
        # tense of the verb it serves
        purpose = verb.dep_ == "advcl" and verb.tag_ == "VB" and infinitive(verb)
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "xcomp" and not purpose:
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _done_before(trigger) -> bool:
    """ "thankful to Oman for its mediation work that brought about the release": a noun whose
    own relative clause tells it in the past is a past act, whatever the tense of the clause
    the noun sits in."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in noun.children)


def _same_act(word: str, other: str) -> bool:
    """Whether two lower-cased words (lemmas where the parse gives them) name one act:
    "mediation" and "mediated", "backing" and "back"."""
    if word == other:
        return True
    if min(len(word), len(other)) >= 4 and (word.startswith(other) or other.startswith(word)):
        return True
    return len(word) >= 6 and len(other) >= 6 and word[:6] == other[:6]


def _clause_years(sent) -> set[int]:
    """The years that date a sentence's own clauses: not one inside a clause that describes
    a noun ("Burundi says its goal is to crush a militia formed after the 1972 massacres"),
    which tells of that noun's past only."""
    out: set[int] = set()
    for t in sent:
        found = _YEAR.findall(t.text)
        if found and not _describes_a_noun(t):
            out.update(int(y) for y in found)
    return out


# the turn that sets a past clause against now: "but have since lost patience", "but now
# backs", "but no longer" (a backing marked former by its own word, "once backed", is the
# modality reader's, by the lexicon's past_markers)
_SINCE_TURN = ("since", "now", "no longer")


# words after the turn that say the backing goes on or grows ("but has since stepped up its
# support", "but now also arms them", "has since sent its own troops too")
_GOES_ON = frozenset(
    ("also", "still", "even", "too", "well", "more", "step", "increase", "expand", "deepen")
)


# words after the turn that end a tie ("lost patience", "cut ties", "made peace with",
# "broke with"), beside the lexicon's stop and opposing verbs the caller gives
_TIE_ENDS = frozenset(("cut", "lose", "break", "sever", "peace", "switch", "distance"))


def _left_since(trigger, reversing: frozenset[str], switching: frozenset[str]) -> bool:
    """Whether a trigger tells of a backing its power has since left: a clause of the past
    that the sentence turns against the present ("Syria and Libya, which helped Amin
    seize power two years ago but have since lost faith in him", "Libya, which
    armed the rebels in the 1980s but now backs the government"). The clause is read on the
    surface, from the trigger's verb to the next comma (but the one before "but"), semicolon
    or "which": the parser often hangs the "but" clause on another verb of the sentence.
    A turn counts only when the words after it reverse the backing: a negation ("no
    longer"), a word that ends a tie, a verb of ``reversing`` (the lexicon's stop and
    opposing verbs), "turned against" the one backed (a pronoun), or a verb of
    ``switching`` (backing, supplying) with another side for object ("but now backs the
    government"); never beside a word that says it goes on ("but has since stepped up its
    support", "sent its own troops too")."""
    doc = trigger.doc
    sent = trigger.sent
    verb = trigger
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    near = [verb, trigger, *verb.children, *trigger.children]
    if not (verb.tag_ == "VBD" or trigger.tag_ == "VBD" or "ago" in {t.lower_ for t in near}):
        return False
    words = []
    for t in doc[max(verb.i, trigger.i) + 1 : sent.end]:
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if t.text == "," and nxt in ("but", "yet"):
            continue  # "backed Hamas for years, but has since cut ties": the same turn
        if t.text in (",", ";", ".", ":") or t.lower_ == "which":
            break
        words.append(t)
    for k, w in enumerate(words):
        if w.lower_ not in ("but", "yet"):
            continue
        after = " ".join(t.lower_ for t in words[k + 1 : k + 5])
        if not any(re.search(rf"\b{turn}\b", after) for turn in _SINCE_TURN):
            continue
        rest = words[k + 1 :]
        if any(t.lemma_.lower() in _GOES_ON or t.lower_ in _GOES_ON for t in rest):
            continue  # "but now also arms them", "but has since stepped up its support"
        if _reverses(rest, reversing, switching):
            return True
    return False


def _reverses(words, reversing: frozenset[str], switching: frozenset[str]) -> bool:
    """Whether the words of a "but since/now" clause end or reverse a backing (see
    ``_left_since``)."""
    pronouns = ("him", "her", "it", "them")
    for t in words:
        lem = t.lemma_.lower()
        if t.dep_ == "neg" or t.lower_ in ("not", "n't", "never", "longer"):
            return True
        if lem in _TIE_ENDS or lem in reversing:
            return True
        if lem == "turn" and any(o.lower_ in pronouns for o in preps(t, "against")):
            return True  # "but has since turned against him" (not "against the jihadists")
        if t.pos_ == "VERB" and lem in switching:
            objs = [o for o in t.children if o.dep_ in ("dobj", "dative")]
            if objs and not any(o.lower_ in pronouns for o in objs):
                return True  # "but now backs the government": another side
    return False


def _when_years(trigger) -> list[str]:
    """The years of the date a "when" clause hangs on ("in conflict since 2013, when a rebel
    coalition ousted the president": 2013), or none."""
    root = trigger
    for _ in range(8):
        if root.head.i == root.i or (root.dep_ in ("ROOT", *_SUBCLAUSE) and not _purpose(root)):
            break
        root = root.head
    if not when_clause(root):
        return []
    own = {t.i for t in root.subtree}
    return [t.text for t in root.head.subtree if t.i not in own and _YEAR.fullmatch(t.text)]


class EraRules(RulesBase):
    """The date of a claim's evidence and the era (year or decade) its sentence tells of."""

    def _turn_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lexicon's verbs that end a backing after "but since/now" (stop, oppose) and
        those that switch it to another side (back, supply): see ``_left_since``."""
        reversing = frozenset(self.lex.words("stop_verbs")) | frozenset(
            self.cfg["opposes"]["verbs"]
        )
        sup = self.cfg["supplies"]
        switching = frozenset(
            (*self.cfg["backs"]["verbs"], *sup["verbs"], *sup["no_weapon_needed"])
        )
        return reversing, switching

    def ctx_evidence(self, trigger=None) -> Evidence:
        s = self.ctx.s
        return Evidence(
            doc=self.ctx_doc_id,
            start=s.start,
            end=s.end,
            text=self.ctx.text,
            date=self._date(trigger),
        )

    def _date(self, trigger=None) -> str | None:
        """The year the claim's own clause gives ("1968: The Soviet Union sends tanks"),
        else the article's date; a year of another clause ("which armed UNITA in 1985, now
        backs ...") dates nothing here."""
        own = self._own_year(trigger)
        if own is None and self._of_a_decade(trigger):
            return None  # "In the 1990s, Russia backed the separatists": not the article's
        return own or self.published

    def _of_a_decade(self, trigger=None) -> bool:
        """Whether the claim's own clause names a decade ("In the 1990s")."""
        if trigger is None or not _DECADE.search(self.ctx.text):
            return False
        clause = _clause_tokens(trigger)
        return any(t.i in clause and _DECADE.fullmatch(t.text) for t in self.ctx.s.sent)

    def _own_year(self, trigger=None) -> str | None:
        years = _YEAR.findall(self.ctx.text)
        if years and trigger is not None:
            clause = _clause_tokens(trigger)
            years = [t.text for t in self.ctx.s.sent if t.i in clause and _YEAR.fullmatch(t.text)]
            root = next(
                (t for t in self.ctx.s.sent if t.i in clause and t.head.i not in clause - {t.i}),
                trigger,
            )
            if not years and root.dep_ == "acl" and root.head.i != root.i:
                # "In 1986 the Afghan government, backed by Moscow, fought ...": a participle
                # on a noun tells of the time of the clause the noun is in
                clause = _clause_tokens(root.head)
                years = [
                    t.text for t in self.ctx.s.sent if t.i in clause and _YEAR.fullmatch(t.text)
                ]
            years = years or _when_years(trigger)
            label = _TIMELINE_LABEL.match(self.ctx.text)
            if not years and label:
                years = [label.group(1)]  # "1979: ... sends troops ... to support": every clause
        if not years and self._of_a_decade(trigger):
            return None  # a decade, no year: see ``_date``
        prev = self.ctx.prev
        if not _YEAR.findall(self.ctx.text) and prev is not None and len(prev.text.split()) <= 2:
            years = _YEAR.findall(prev.text)  # a timeline's label: "1979: The Soviet Union ..."
        if years and len(set(years)) == 1:
            return years[0]
        return None

    def year(self, trigger=None) -> int | None:
        """The claim's year: its own clause's, else the era its story tells of
        (``_era``), else the article's."""
        own = self._own_year(trigger)
        # the date line under a headline is the article's ("... in the 1970s | March
        # 2, 2021"): its year says nothing of the claim's era
        if own is None or (self.published is not None and own == self.published[:4]):
            era = self._era(trigger, own is None)
            if era is not None:
                return era
        d = own or self.published
        return int(d[:4]) if d and d[:4].isdigit() else None

    def undated_past(self, trigger) -> bool:
        """Whether a claim is told in the past with no time of its own: no year in its clause,
        no era its story tells of ("Russia backed Bashar al-Assad with air strikes", in a story
        of 2025): any time before the article's, so no later turn of the article's year (a
        leader's fall) is its own."""
        return (
            _told_in_past(trigger)
            and self._own_year(trigger) is None
            and self._era(trigger, True) is None
        )

    def _era(self, trigger=None, told: bool = True) -> int | None:
        """The time a claim with no year of its own tells of, when it is another era's
        than the article's: a decade in its clause ("During the 1970s the Soviet Union
        gave weapons to the MPLA": the middle of the decade), or, told in the past,
        the one year of the nearest sentence before it in its paragraph or the one before
        that names a year ("In 1977 the Somali government launched an offensive ... The
        Soviet Union sided with the Ethiopian government"), a decade or more before the
        article's date; a claim of "the war" reaches further back, over paragraphs that each
        speak of the war, to a sentence that dates a war ("Eritrea attacked Ethiopia in May
        1998, ... the two-year war | During the war, ... | ... chief backer in the war").
        Only the war and the names of the time follow it (the claim's date stays the
        article's); a sentence that speaks of days of now ("last week", "on Monday") between
        them, or in the claim's own clauses, keeps today's."""
        if trigger is None:
            return None
        clause = _clause_tokens(trigger)
        if trigger.lemma_.lower() == "help":
            # "helped Nigeria's army crush a revolt in Biafra in the 1960s": the help is
            # of the time of what it helped to do
            for c in children(trigger, "ccomp", "xcomp"):
                clause |= _clause_tokens(c)
        pub = self.published
        for t in self.ctx.s.sent:
            if t.i in clause and (decade := _decade(t)) is not None:
                if decade >= 2000 and not (
                    int(pub[:4]) > decade + 9
                    if pub and pub[:4].isdigit()
                    else _told_in_past(trigger)
                ):
                    continue  # "in the 2020s" in a story of now: no other era
                return decade + 5
        done = _done_before(trigger)
        if not told or not pub or not pub[:4].isdigit() or not (_told_in_past(trigger) or done):
            return None
        latest = int(pub[:4]) - 10
        if _now_in_own_clauses(self.ctx.s.sent):
            return None
        year = self._dated_before(trigger, clause, latest)
        return self._dated_later(trigger, latest) if year is None and done else year

    def _dated_before(self, trigger, clause: set[int], latest: int) -> int | None:
        """The year of the story before a past claim (see ``_era``), or None."""
        # the story told further back: a claim of "the war" reaches past the paragraph
        # before as long as each paragraph it passes speaks of the war too ("Twenty years
        # after Eritrea attacked Ethiopia in May 1998, ... the two-year war ... | During the
        # war, ... | ... was the Asmara regime's chief backer in the fight with Ethiopia")
        chained = _THE_WAR.search(self.ctx.text) is not None
        floor = self.ctx.s.paragraph - 1
        prev = self.ctx.prev
        while prev is not None and prev.s.paragraph >= floor:
            if _NOW_RE.search(prev.text):
                return None
            years = _clause_years(prev.s.sent)
            if not years and _then(trigger, clause):
                # "... what Nixon did in 1973. Nixon then ordered": "then" is the last time
                # told, in whatever clause
                years = {int(y) for t in prev.s.sent for y in _YEAR.findall(t.text)}
            decades = {int(m.group(1)) for m in _DECADE_RE.finditer(prev.text)}
            if years or decades:
                if len(years) == 1 and not decades:
                    year = years.pop()
                elif len(decades) == 1 and not years:
                    year = decades.pop() + 5
                else:
                    return None
                # the same story goes on: the two sentences share a country ("In 1998
                # Angola sent troops to the Congo. Qatar's mediation between Israel and
                # Hamas secured ..." is another story)
                # ("Nixon then ordered an airlift": "then" says so itself)
                shared = self._countries(prev) & self._countries(self.ctx)
                if year > latest or not (shared or _then(trigger, clause)):
                    return None
                if prev.s.paragraph < self.ctx.s.paragraph - 1 and not _WAR_RE.search(prev.text):
                    return None  # reached by "the war": the year must be a war's ("went to war
                    # in May 1998"), not another past of the story ("founded in 1982")
                return year
            if chained and prev.s.paragraph == floor and _THE_WAR.search(prev.text):
                floor -= 1
            prev = prev.prev
        return None

    def _dated_later(self, trigger, latest: int) -> int | None:
        """ "... thankful to Oman for its mediation work that brought about the release of the
        hostages ... | In 2011 and 2012 Oman mediated the crisis": a past act that the
        story dates nowhere before is dated by a later sentence of its paragraph or the next
        that tells the same act (``_same_act``) of a side the claim's sentence names, in
        years of one decade, a decade or more before the article's: the first of them. None
        otherwise, or when a sentence of now comes first."""
        contexts = getattr(self.doc_theatre, "contexts", None) or []
        here = next((k for k, c in enumerate(contexts) if c is self.ctx), None)
        if here is None:
            return None
        kinds = ("state", "org", "party", "leader")
        sides = {m.ref.name for m in self.ctx.mentions if m.ref.kind in kinds}
        word = trigger.lemma_.lower() or trigger.lower_
        for later in contexts[here + 1 :]:
            if later.s.paragraph > self.ctx.s.paragraph + 1 or _NOW_RE.search(later.text):
                return None
            years = {int(y) for y in _YEAR.findall(later.text)}
            if not years or not sides & {m.ref.name for m in later.mentions}:
                continue
            if not any(_same_act(word, t.lemma_.lower() or t.lower_) for t in later.s.sent):
                continue
            if len({y // 10 for y in years}) != 1 or max(years) > latest:
                return None
            return min(years)
        return None

    def _countries(self, ctx) -> set[str]:
        """The countries a sentence names: its states, places, and the countries of the
        listed wars whose sides or words it names ("the mujahideen": Afghanistan)."""
        out = {m.ref.code for m in ctx.mentions if m.ref.code}
        out |= {tp.candidate.country for tp in ctx.toponyms if tp.candidate}
        wars = {t for m in ctx.mentions for t in m.ref.theatres}
        wars |= set(self.doc_theatre.keywords(ctx))
        for t in wars:
            out.update(self.lex.theatres[t].countries)
        out.discard("")
        return out
