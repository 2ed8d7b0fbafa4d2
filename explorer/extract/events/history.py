"""History, habits and background told in passing; events told before or elsewhere; private
occasions."""

from __future__ import annotations

import re

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues import _an_organisation, _since_when
from explorer.extract.events.nonevents_problems import charged_to_a_described_one
from explorer.extract.events.readings import Trigger, _np_tokens, _with_conjuncts_of
from explorer.extract.events.words import (
    _AFTERWARDS,
    _NEW_EVENT_WORDS,
    _PUBLIC,
    _TIME_SPANS,
    _TITLES,
    _TRAVELLERS,
    _TURNING_WORDS,
    _VICTIM_VERBS,
)
from explorer.extract.syntax import PERSPRON, RELPRON, children, governing_subjects


class _History(_RulesBase):
    """History, habits and background told in passing; events told before or elsewhere; private
    occasions."""

    def _anaphoric(self, trig: Trigger) -> bool:
        if not trig.is_noun:
            return False
        kids = list(trig.tok.children)
        if any(
            c.lower_ in ("another", "second", "third", "new", "separate", "other") for c in kids
        ):
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
            or (c.dep_ == "poss" and c.lower_ in PERSPRON)
            for c in kids
        )

    def _in_a_name(self, tok) -> bool:
        """A party named after a rally: "the Congolese Rally for Democracy", "the Rally for
        Culture and Democracy", "Le Pen's National Rally" (not in a headline, whose words are
        all capitalised; "a National Unity rally" is a rally)."""
        if (
            tok.tag_ != "NNP"
            or not tok.text[:1].isupper()
            or tok.i == self.ctx.s.sent.start
            or self._headline()
        ):
            return False
        named = any(
            c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.i < tok.i
            for c in tok.children
        )
        for_what = any(
            p.lower_ in ("for", "of") and any(o.text[:1].isupper() for o in p.subtree if o.i != p.i)
            for p in children(tok, "prep")
        )
        return named or for_what

    def _hosts(self, trig: Trigger) -> set[str]:
        """The states the subject of "host" names ("Japan will host the next G20
        summit", "Islamabad hosted the summit"): where the event is held."""
        light = self._light_verb(trig)
        if light is None or light.lemma_.lower() != "host" or trig.tok.dep_ != "dobj":
            return set()
        return {
            m.ref.code
            for s in children(light, "nsubj", "nsubjpass")
            for t in s.subtree
            if (m := self.ctx.mention(t)) is not None and m.ref.code and m.ref.kind == "state"
        }

    def _among_hackers(self) -> bool:
        """A sentence about hacking ("websites were hacked", "an attack by Indian hackers",
        "cyberattack") that tells of no one killed or hurt: its attack is on computers."""
        words = [t.lemma_.lower() for t in self.ctx.s.sent]
        hacking = any(w in ("hacker", "hack", "malware") or w.startswith("cyber") for w in words)
        return hacking and not any(w in _VICTIM_VERBS for w in words)

    def _told_before_as_none(self, trig: Trigger) -> bool:
        """ "Estonia faulted Moscow over a cyber attack on its banks. About 40
        bank sites were down because of the attack.": "the attack" with no word of its own is
        the one told before, and a cyber (heart, panic) attack is no event; "Gunmen stormed a
        police post. The attack killed four" keeps it."""
        tok = trig.tok
        if trig.type == "attack" and self._among_hackers():
            return True  # "a highly coordinated attack by Indian hackers"
        if not self._anaphoric(trig) or any(
            c.dep_ in ("amod", "compound", "nmod") for c in tok.children
        ):
            return False
        lemma = tok.lemma_.lower()
        unlike = {
            m.lower()
            for n in self.types[trig.type].get("nouns", [])
            if n["lemma"] == lemma
            for m in n.get("not_modifiers", [])
        }
        if not unlike:
            return False
        told = re.compile(rf"(\w+)[ \t-]?{re.escape(lemma)}(s|es|ed|ing)?\b", re.IGNORECASE)
        texts = [self.ctx.text[: self.ctx.s.char(tok) - self.ctx.s.start]]
        prev = self.ctx.prev
        while prev is not None and len(texts) < 12:
            texts.append(prev.text)
            prev = prev.prev
        for text in texts:
            for m in reversed(list(told.finditer(text))):
                word = m.group(1).lower()
                if m.group(2) in ("ed", "ing"):
                    return False  # "gunmen attacked a post": told by its verb
                if word in unlike:
                    return True
                if word not in ("the", "this", "that"):
                    return False
        return False

    def _known_actor(self, span: tuple[int, int] | None) -> bool:
        """A lexicon actor or a country at ``span``."""
        if span is None:
            return False
        if any(m.start < span[1] and span[0] < m.end for m in self.ctx.mentions):
            return True
        tp = self._toponym_at(span[0] - self.ctx.s.base, span[1] - self.ctx.s.base)
        return tp is not None and tp.candidate is not None and tp.candidate.kind == "country"

    def _distinct(self, trig: Trigger) -> bool:
        """ "In another attack", "a second strike", "in a third incident", "two bombs": a new
        event (or several), not one told before."""
        if trig.is_noun and any(c.dep_ == "nummod" for c in trig.tok.children):
            return True
        if _done_by_others_there(trig, self._trigger_tokens):
            return True  # "Police stormed a shop where a gunman held hostages": his, not theirs
        if charged_to_a_described_one(trig.tok):
            return True  # "killed three men accused of the theft of a cow": theirs, another
        if trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in ("next", "following") for c in trig.tok.children
        ):
            return True  # "the next summit takes place in Brunei": not this one
        words = {
            t.lower_ for t in self.ctx.s.sent[: max(trig.tok.i - self.ctx.s.sent.start + 1, 1)]
        }
        if words & _NEW_EVENT_WORDS:
            return True
        if (words | _words_before_a_semicolon(self.ctx)) & _TURNING_WORDS and not (
            trig.is_noun and any(c.lower_ in ("the", "this", "that") for c in trig.tok.children)
        ):
            return True  # not "Meanwhile, ... from the planned protest rallies": told again
        if _turned_elsewhere(trig, words):
            return True  # "Further east, ... Russian artillery shelled towns": another place
        clause = self._clause_root(trig.tok)
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children)
            and any(
                t.i in self._trigger_tokens for t in clause.head.subtree if t.i < clause.left_edge.i
            )
        ):
            return True  # "police shot a suspect after he attacked an officer": two incidents
        # "the parolee died later in a shootout": after the one told before, so another one
        # (not "the attack was later claimed", which speaks of that one)
        verb = trig.tok if not trig.is_noun else trig.tok.head
        if verb.pos_ == "ADP":
            verb = verb.head
        return not self._anaphoric(trig) and any(
            c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in verb.children
        )

    def _dates_the_one_before(self, trig: Trigger) -> bool:
        """ "The ambush happened early Sunday but was made public only when ...", "The bombing
        happened on Monday": a definite event that only the verb of its happening governs is
        the one told before, and its sentence says when that one was."""
        tok = trig.tok
        if not self._anaphoric(trig) or tok.dep_ != "nsubj":
            return False
        if any(c.lower_ in _ANOTHER_ONE or c.ent_type_ for c in tok.children):
            return False  # "The first Srebrenica massacre happened in 1993": another one, named
        verb = tok.head
        lemma = verb.lemma_.lower()
        return lemma in ("happen", "occur") or (
            lemma == "take" and any(o.lower_ == "place" for o in children(verb, "dobj"))
        )

    def _background(self, trig: Trigger) -> bool:
        """ "came just two days after two bombs killed six police officers", "Ten years ago,
        a gunman entered his church": an earlier incident told to set the news against, not
        the news itself nor a report of it."""
        tok = trig.tok
        if (
            trig.is_noun
            and tok.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "nummod" for c in tok.children)
            and self._since_a_year(trig)
        ):
            # "Kenya has mounted four incursions against the Somali militants since
            # 2011": years of operations counted, not the offensive the next paragraph tells of
            return True
        head = tok if not trig.is_noun else (self._light_verb(trig) or tok)
        root = self._clause_root(head)
        if _since_when(root):
            # "the worst in Kabul since March 3, when a car bomb went off outside a bank":
            # the incident that a record is counted from
            return True
        for v in [root] + ([root.head] if root.dep_ == "conj" else []):
            kids = list(v.children)
            if any(c.lower_ == "ago" and children(c, "npadvmod") for c in kids):
                return True
            if any(_last_year(c) for c in kids):
                # "France began air raids in Mali last year against the
                # jihadists": a year before the story's, so not the strike it reports
                return True
            # "came two days after two bombs killed", the span on the clause it follows
            spans = kids + (list(v.head.children) if v.dep_ == "advcl" else [])
            if any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in kids) and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_SPANS for c in spans
            ):
                return True
            if (
                v is not root
                and v.lemma_.lower() == "come"
                and not children(root, "nsubj", "nsubjpass")
                and any(
                    c.dep_ == "prep"
                    and c.lower_ in ("after", "before")
                    and c.i < root.i
                    and any(
                        d.dep_ == "npadvmod" and d.lemma_.lower() in _TIME_SPANS for d in c.children
                    )
                    for c in kids
                )
            ):
                # "The raids came a day after the Tigers, who have held Jaffna since 1990,
                # launched attacks", parsed as "came after the Tigers, and launched attacks": the
                # verb that shares no subject with "came" is the earlier incident's
                return True
        return False

    def _in_passing(self, trig: Trigger) -> bool:
        """ "under the 2005 peace deal", "follows a June agreement": an event noun that a
        preposition or a verb refers to without making it happen (not "approved this deal",
        nor "That 1991 agreement legalized ...", of which the sentence tells)."""
        tok = trig.tok
        if not trig.is_noun or tok.dep_ not in ("pobj", "dobj"):
            return False
        nouns = self.types[trig.type].get("nouns", [])
        governors = {g.lower() for n in nouns for g in n.get("governors", [])}
        return tok.head.lemma_.lower() not in governors

    def _told_as_before(self, trig: Trigger) -> bool:
        """ "it came as tensions with Russia grew after the Turkish air force downed a Russian
        bomber jet": a clause "after" another one tells what came before the
        news it explains."""
        head = trig.tok if not trig.is_noun else (self._light_verb(trig) or trig.tok)
        root = self._clause_root(head)
        return (
            root.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "after" for c in root.children)
            and root.head.i not in self._trigger_tokens
        )  # "hit Shabaab fighters after they attacked": one chain of the news

    def _official(self, agents: list) -> bool:
        """Someone who makes official visits: a named actor, a person, or a minister, envoy,
        delegation, team of officials."""
        for name, _span in agents:
            low = name.lower().split()
            if name[:1].isupper() or (low and low[-1].rstrip("s") in self.words["official_nouns"]):
                return True
        return False

    def _by_a_people(self, trig: Trigger) -> bool:
        """ "Seven million Russians visited", "the two Kenyan citizens arrived": tourists or
        migrants, not an official visit."""
        for s in children(trig.tok, "nsubj"):
            m = self.ctx.mention(s)
            if m is not None and m.ref.form == "demonym" and s.tag_ in ("NNS", "NNPS"):
                return True
            if s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() in _TRAVELLERS:
                return True
        return False

    def _visits_a_place(self, trig: Trigger) -> bool:
        """Whether a visit verb names where: "visited Beijing", "travelled to the capital"."""
        tok = trig.tok
        return any(self._place_word(o) for o in children(tok, "dobj")) or self._place_after(
            tok, ("to", "in")
        )

    def _place_after(self, tok, preps: tuple[str, ...]) -> bool:
        """Whether a preposition of ``preps`` under ``tok`` has a place for its object."""
        return any(
            self._place_word(o)
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in children(p, "pobj")
        )

    def _titled(self, trig: Trigger, agents: list) -> bool:
        """Whether a visitor is someone whose visits make news: an actor of the lexicon or a
        country, or someone named with an office ("Gen. Cartwright", "the foreign minister")."""
        if any(self._known_actor(span) for _n, span in agents):
            return True
        subj = children(trig.tok, "nsubj") or governing_subjects(trig.tok)
        titles = self.words["official_nouns"]
        return any(
            t.lemma_.lower().rstrip(".") in titles or t.lower_.rstrip(".") in _TITLES
            for s in subj
            for t in s.subtree
        )

    def _private(self, trig: Trigger) -> bool:
        """ "met a friend", "the first time you met her", "Hornsburger met Bakari": nobody
        among the parties is an actor the lexicons know, an organisation, an official or a
        body, so the meeting is a private one, not news of diplomacy or government."""
        tok = trig.tok
        if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "compound", "poss"):
            return False  # "at the county supervisors' meeting", a noun parsed as a verb
        parties = children(tok, "nsubj", "nsubjpass", "dobj") or []
        if not children(tok, "nsubj", "nsubjpass"):
            parties += governing_subjects(tok)
        parties += [
            o
            for p in tok.children
            if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")
            for o in children(p, "pobj")
        ]
        for prt in children(tok, "prt"):  # "met up with a friend"
            parties += [
                o
                for p in prt.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in children(p, "pobj")
            ]
        if not parties:
            return False  # "the county supervisors' meeting" parsed as a verb: nobody to judge
        w = self.words
        official = w["official_nouns"] | w["body_nouns"] | w["group_nouns"]
        for head in _with_conjuncts_of(parties):
            if head.lower_ in RELPRON and head.head.dep_ == "relcl":
                head = head.head.head  # "Kurt Browning, who she has met": Kurt Browning
            if head.lower_ in PERSPRON or head.lower_ in RELPRON:
                if self._head_actors(head, 0):
                    return False  # "he" who is a leader, "they" who are a state
                continue
            for t in [head, *children(head, "appos")]:
                # "members of a New York-based FBI squad", "Stephanie Tayloe, county archivist"
                np = _np_tokens(t) + [
                    x
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in children(p, "pobj")
                    for x in _np_tokens(o)
                ]
                if any(x.lower_ in _PUBLIC and x.i != t.i for x in np):
                    return False
                if any(
                    (m := self.ctx.mention(x)) is not None and m.ref.form != "demonym" for x in np
                ):
                    return False
                if any(_an_organisation(x) for x in np):
                    return False
                if any(
                    x.lemma_.lower() in official
                    or x.lower_ in official
                    or x.lower_.rstrip(".") in _TITLES
                    for x in np
                ):
                    return False
        return True


# the words by which a definite act is one other than the one told before
_ANOTHER_ONE = frozenset({"first", "last", "previous", "earlier", "latest", "prior", "original"})


def _last_year(tok) -> bool:
    """ "last year" (or "the previous year") told as the time of a clause."""
    return (
        tok.dep_ == "npadvmod"
        and tok.lemma_.lower() == "year"
        and any(c.dep_ == "amod" and c.lower_ in ("last", "previous") for c in tok.children)
    )


def _words_before_a_semicolon(ctx) -> set[str]:
    """The lower-cased words of the clause the parser cut off before the trigger's sentence
    at a semicolon ("Meanwhile President Ellen Johnson Sirleaf's office said ...; UN forces said a
    peacekeeper shot dead a Liberian civilian"): that clause opens the same sentence,
    and its "meanwhile" tells the act after it as another occasion. None where the parser's
    sentence opens the reader's."""
    before = ctx.text[: ctx.s.char(ctx.s.sent[0]) - ctx.s.start].rstrip()
    if not before.endswith(";"):
        return set()
    return set(re.findall(r"[a-z]+", before.lower()))


def _done_by_others_there(trig: Trigger, trigger_tokens: set[int]) -> bool:
    """ "Police stormed a kosher shop in Paris where a gunman held hostages": an act told in a
    relative clause on what or where another act's verb names, with a subject of its own (no
    pronoun) other than that verb's, is another act by other people, never joined to it (the
    gunman's hostage-taking is not the police's). "Militants stormed the school where they held
    1,100 hostages" tells the militants' one act."""
    rel = next((a for a in [trig.tok, *trig.tok.ancestors] if a.dep_ == "relcl"), None)
    if rel is None:
        return False
    own = [c for c in rel.children if c.dep_ == "nsubj"]
    if not own or own[0].lower_ in PERSPRON or own[0].lower_ in RELPRON:
        return False
    verb = next((a for a in rel.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.i not in trigger_tokens:
        return False
    theirs = [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"]
    return bool(theirs) and own[0].lemma_.lower() not in theirs


# the words by which a story turns to a land further off ("Further east, ...")
_FARTHER = frozenset({"further", "farther"})
_QUARTERS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast"})
_QUARTERS |= {"southwest", "north-east", "north-west", "south-east", "south-west"}


def _turned_elsewhere(trig, words: set[str]) -> bool:
    """Whether the words before the trigger in its sentence turn to a land further off:
    "Further south, each side reported modest advances while Serb guns shelled hamlets and
    farms" after the shelling of a plant, "Further north, Serb artillery pounded
    Tuzla": another act at another place, not the one told before; not an act told again by
    its definite noun ("Further east, the attack drew condemnation"). A bare "Elsewhere" may
    stay in the town the story tells of ("Elsewhere a young girl died when a mortar round
    hit a suburb", one of the day's attacks on the town), so it is not read (review90)."""
    if not (words & _FARTHER and words & _QUARTERS):
        return False
    return not (
        trig.is_noun and any(c.lower_ in ("the", "this", "that") for c in trig.tok.children)
    )
