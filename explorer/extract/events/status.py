"""The trigger's clause and its status: a fact, a plan, an attempt, or no event at all (wishes,
threats, conditions, generic statements)."""

from __future__ import annotations

import re

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues import _agreed_to, _going_to, _infinitive_before
from explorer.extract.events.clues_when import (
    _reacted_to,
    _recalled,
    _the_next_day_told,
    _years_after,
)
from explorer.extract.events.decisions_figures import a_decision_taken
from explorer.extract.events.readings import Trigger
from explorer.extract.events.roles_raised import told_done_under_a_raising_verb
from explorer.extract.events.roles_unsaid import the_answerers
from explorer.extract.events.words import (
    _ANSWERS,
    _ASPECTUAL,
    _BLAME,
    _CLAUSE_BREAKS,
    _CONDITIONAL_MARKS,
    _DENY_VERBS,
    _FUNDING_VERBS,
    _FUTURE_WORDS,
    _HABIT_HEADS,
    _HABITUAL,
    _LIGHT_VERBS,
    _LONG_SPANS,
    _MANY,
    _MODAL_HYPOTHETICAL,
    _NOW_AND_THEN,
    _OCCURRING,
    _PART_NOUNS,
    _PAST_WORDS,
    _REPORT_NOUNS,
    _RUMOURS,
    _TALK_TYPES,
    _TALK_VERBS,
    _TIME_UNITS,
    _UNDERGO,
    _USED_TO,
    _a_seasons_worth,
    _told_now_and_then,
)
from explorer.extract.syntax import RELPRON, children, with_conjuncts

# the words before an event noun that say it was tried and failed
_ATTEMPTED = frozenset({"attempted", "failed", "foiled", "abortive", "thwarted", "botched"})


def _set_off(verb) -> bool:
    """ "troops shot dead a student on Friday, setting off ten days of street protests", "bombs
    set off by insurgents": to set off is to start or to explode, not to plan."""
    return verb.lemma_.lower() == "set" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    )


# "go on", "keep on", "carry on" doing something: the doing, continued
_GO_ON_VERBS = frozenset({"go", "keep", "carry"})


def _the_same_verb_joined(tok, gov) -> bool:
    """ "freezing all state assets ... and suspending Guinea from its governing
    councils": a verb joined to one of its own lemma is a second act told beside the first, not
    what the first governs (the first's words of wishing, "suspending talks", say nothing of
    the second)."""
    return (
        tok.dep_ == "conj"
        and gov.i == tok.head.i
        and gov.pos_ == "VERB"
        and gov.lemma_.lower() == tok.lemma_.lower()
    )


_HARM_VERBS = frozenset({"kill", "wound", "injure"})


def _only_its_toll_hedged(noun, verb) -> bool:
    """ "A French air strike near Gao may have killed four civilians", "a rebel attack on the
    convoy might have killed a dozen soldiers": one act, named by a singular noun that is the
    subject of a verb of harm in the perfect after "may", "might" or "could", is told; the
    modal hedges whom it harmed, not whether it was (eventsq50). "A strike on the dam could
    kill thousands" (no perfect) tells nothing, "air strikes may have killed civilians" guesses
    over many, and "would have killed" is a counterfactual: each stays unread."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        noun.dep_ == "nsubj"
        and noun.head.i == verb.i
        and noun.tag_ == "NN"
        and verb.lemma_.lower() in _HARM_VERBS
        and "have" in auxes
        and bool(auxes & {"may", "might", "could"})
    )


class _Status(_RulesBase):
    """The trigger's clause and its status: a fact, a plan, an attempt, or no event at all
    (wishes, threats, conditions, generic statements)."""

    # --- the trigger's clause ---------------------------------------------------------------
    def _light_verb(self, trig: Trigger):
        if not trig.is_noun:
            return None
        tok = trig.tok
        h = tok.head
        if h.pos_ == "ADP":
            h = h.head
        if h.i == tok.i or h.pos_ not in ("VERB", "AUX"):
            return None
        lem = h.lemma_.lower()
        if tok.dep_ == "pobj":
            # "came under attack", "agreed in a phone call"; not "a coup during protests"
            prep = tok.head.lower_
            if lem in _UNDERGO and prep == "under":
                return h
            if (
                self.types[trig.type].get("symmetric")
                and lem in _TALK_VERBS
                and prep in ("in", "during", "at", "over", "by", "after", "following")
            ):
                return h
            if lem in _LIGHT_VERBS and prep in ("out", "into"):
                return h
            return None
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return h
        if lem in _TALK_VERBS and not self.types[trig.type].get("symmetric"):
            return None  # "discussed the attack": they talked about it, they did not do it
        if tok.dep_ in ("dobj", "attr", "oprd") and (lem in _LIGHT_VERBS or lem in _UNDERGO):
            return h
        return None

    def _region(self, trig: Trigger, with_acl: bool = False) -> set[int]:
        """Token indices of the trigger's own clause (without relative or coordinated clauses;
        ``with_acl``: with the participle phrases of its nouns, "drones launched over X")."""
        out: set[int] = set()
        tok = trig.tok

        def walk(t, top, depth):
            out.add(t.i)
            for c in t.children:
                if c.dep_ in _CLAUSE_BREAKS:
                    continue
                # "drones launched over X": a participle of the event's own nouns; not one
                # deep inside a phrase ("a rally in support of the people caught in the
                # conflict in Aleppo" is not in Aleppo)
                if c.dep_ == "acl" and t.i != tok.i and (not with_acl or depth > 2):
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue
                if c.i == tok.i and not top:
                    continue
                walk(c, False, depth + 1)

        walk(tok, True, 0)
        if tok.lemma_.lower() == "let":
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "go":
                    walk(c, False, 1)  # "let the journalists go in Raqqa on Friday": one act
        light = self._light_verb(trig)
        if light is not None:
            walk(light, False, 0)
        if trig.is_noun and _reacted_to(tok):
            for p in children(tok.head, "prep"):
                if p.lower_ in ("on", "against") and p.i > tok.i and not _a_time(p):
                    # "Jordan condemned an Israeli air strike on a school in Gaza", the "on"
                    # hung on the verb: what the act struck, not what the answer was about
                    walk(p, False, 1)
        if trig.is_noun:
            for c in tok.children:
                if (
                    c.dep_ == "relcl"
                    and c.lemma_.lower() in _OCCURRING
                    and any(s.lower_ in RELPRON for s in c.children if s.dep_ == "nsubj")
                ):
                    # "A mine that blew up in the south of Lebanon", "the blast, which happened
                    # at the Pir Koh field": a clause whose subject is the event itself tells
                    # where and when it happened
                    walk(c, False, 1)
        return out

    def _clause_root(self, tok):
        cur = tok
        for _ in range(12):
            if cur.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "parataxis") or cur.head.i == cur.i:
                return cur
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                return cur
            cur = cur.head
        return cur

    # --- status: fact, plan, attempt, or no event at all -----------------------------------
    def _governors(self, tok) -> list:
        """The words an event noun or verb is the complement of ("called for talks": called;
        "plans to launch protests": launch, plans), up to the clause; an adjunct ("at the
        summit, they agreed") governs nothing."""
        out = []
        cur = tok
        for _ in range(8):
            dep = cur.dep_
            head = cur.head
            if head.i == cur.i:
                break
            infinitive = _infinitive_before(cur)
            if infinitive is not None:
                # "confessed to having planned to kill a guard and then attack an army
                # barracks": the bare verb goes with "to kill", not with "confessed"
                cur = infinitive
                out.append(cur)
                continue
            if dep == "conj" and head.dep_ in ("ROOT", "relcl", "advcl", "parataxis"):
                break  # "considers X and has launched": two statements, not one under another
            if dep in ("dobj", "nsubjpass", "attr", "oprd", "xcomp", "ccomp", "acl", "conj") or (
                dep == "compound" and head.pos_ in ("NOUN", "PROPN")
            ):
                cur = head
            elif (
                dep == "pobj"
                and head.lower_ == "for"
                and head.head.lemma_.lower() in self.words["penalty_verbs"]
            ):
                # "is scheduled to die April 7 for the fatal stabbing": what he is punished
                # for happened; the plan is the punishment
                break
            elif (
                (dep == "pobj" and head.lower_ in ("for", "of") and head.head.i != head.i)
                or (dep == "pcomp" and head.lower_ in ("for", "of", "in") and head.head.i != head.i)
                or (
                    dep == "pcomp"
                    and head.lower_ == "on"
                    and head.head.lemma_.lower() in _GO_ON_VERBS
                )
            ):
                # "urged to go on attacking the Tigers": going on with an act says
                # no more than the act; the verb above governs it
                cur = head.head
                if head.dep_ == "conj" and cur.pos_ == "ADP" and cur.head.i != cur.i:
                    # "marching for bread and for the return of exiles": the second
                    # "for" hangs on the first; both are the verb's
                    cur = cur.head
            elif (
                dep == "pobj"
                and head.lower_ == "in"
                and head.head.i != head.i
                and (head.head.lower_.endswith("ing") or head.head.lemma_.lower() in _PART_NOUNS)
            ):
                # "the offer of mediating in talks", "a role in the talks": what is said of
                # taking part is said of the talks
                cur = head.head
            else:
                break
            out.append(cur)
            if cur.dep_ in ("ROOT", "relcl", "advcl", "parataxis"):
                break
        return out

    def status(self, trig: Trigger) -> str | None:
        """ "" for an event that happened, "planned", "attempted", or None when the sentence
        only wishes, demands, threatens, denies, supposes or asks about it."""
        w = self.words
        tok = trig.tok
        light = self._light_verb(trig)
        govs = [g for g in self._governors(tok) if not _the_same_verb_joined(tok, g)]
        verbs = [tok] if not trig.is_noun else []
        if light is not None and light not in govs:
            verbs.append(light)
        verbs += [g for g in govs if g.pos_ in ("VERB", "AUX")]
        if trig.is_noun and _recalled(tok):
            # "he would mention the invasion in his sermon": the mentioning is to come, what
            # it mentions was done; "don't remember an attack this bad" tells of none
            if any(c.dep_ == "neg" for v in verbs for c in v.children):
                return None
            govs, verbs = [], []
        status = ""
        # "no attack", "never met"; not "no claim of responsibility for the attack"
        if any(c.dep_ == "neg" for c in tok.children) or any(
            c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in tok.children
        ):
            return None
        if _what_it_serves_for(tok):
            return None  # "the bridge matters for evacuating civilians": its use, no act
        if any(
            c.lower_ in ("more", "further", "longer")
            and any(n.lower_ == "no" or n.dep_ == "neg" for n in c.children)
            for c in tok.children
        ):
            return None  # "there was no more shelling in the valley", "no further attacks"
        for a in tok.ancestors:
            noun = a.lemma_.lower()
            if a.pos_ == "NOUN" and (
                noun in _RUMOURS or (noun in _REPORT_NOUNS and a.head.lemma_.lower() in _DENY_VERBS)
            ):
                # "officials denied reports that the South Ossetians had agreed to a
                # ceasefire", "a rumor ... warning of the killing of three women"
                return None
        if _what_a_rumour_says(tok):
            return None  # "A rumor spread warning people to stay away because a killing ..."
        if trig.is_noun and (
            (tok.dep_ == "dobj" and tok.head.lemma_.lower() in w["fled_verbs"])
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "from"
                and tok.head.head.lemma_.lower() in w["fled_verbs"]
            )
        ):
            return None  # "90,000 villagers have fled fighting in Cabo Delgado": a war they left
        if (
            trig.is_noun
            and tok.dep_ == "pobj"
            and (
                tok.head.lower_ == "because"  # spaCy: "of" a pcomp of "because"
                or (tok.head.lower_ == "of" and tok.head.head.lower_ == "because")
                or (tok.head.lower_ == "to" and tok.head.head.lower_ in ("due", "owing"))
            )
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
        ):
            # "the curfew was imposed because of the army offensive in Kivu": a war
            # named as a cause, not one incident ("because of the attack on Monday" is one)
            return None
        if trig.is_noun and _remembered(tok):
            return None  # "gather to mark massacre", "descendants of the massacre": history
        if trig.is_noun and _years_after(tok):
            return None  # "to mark 30 years since the nerve gas attack": history recalled
        if _told_of_the_remembered(tok, w["commemorations"]):
            return None  # "to remember the villagers killed when the junta shelled the valley"
        decided = {t.i for t in govs if a_decision_taken(tok, t, trig.type)}
        for t in govs:
            lem = t.lemma_.lower()
            if t.i in decided:
                continue  # "Poland has decided to expel 12 Belarusian envoys": done by deciding
            if lem in ("deny", "reject", "dismiss") or lem in w["irrealis"]:
                return None
            if (
                lem == "come"
                and any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in t.children)
                and not self.types[trig.type].get("symmetric")
            ):
                # "Nothing came of the Chilean troop deployment": a plan that led nowhere (talks
                # that came to nothing were still held)
                return None
            if lem in w["commemorations"] or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in w["commemorations"]
                for c in t.children
            ):
                return None  # "the anniversary of the bombing": history, not news
            if lem in w["attempted"] and not _a_clause_of_its_own(tok, t):
                status = "attempted"
            elif (
                (lem in w["planned"] and not _set_off(t)) or _going_to(t)
            ) and status != "attempted":
                status = "planned"
        for v in verbs:
            kids = list(v.children)
            if any(c.dep_ == "neg" for c in kids):
                return None
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in kids):
                return None
            auxes = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
            if any(a in _MODAL_HYPOTHETICAL for a in auxes) and not (
                trig.is_noun and _only_its_toll_hedged(tok, v)
            ):
                return None
            if "would" in auxes and "have" in auxes:
                return None
            if any(a in _FUTURE_WORDS or a == "would" for a in auxes):
                status = status or "planned"
        if trig.is_noun and (
            tok.lemma_.lower() == "attempt"
            or any(c.dep_ == "amod" and c.lower_ in _ATTEMPTED for c in tok.children)
        ):
            status = "attempted"  # "a coup attempt", "an attempted coup", "a failed coup"
        if any(
            c.lemma_.lower() in w["planned"] and c.dep_ in ("amod", "acl") and not _set_off(c)
            for c in tok.children
        ):
            status = status or "planned"  # "talks set for Monday"; not "bombs set off by ..."
        # "to fight", "to protest": a purpose or a wish, unless "began to", "is to", "set to"
        head = tok if not trig.is_noun else (light or tok)
        inf = head if head.dep_ != "conj" else head.head
        if (
            inf.pos_ in ("VERB", "AUX")
            and any(c.tag_ == "TO" for c in inf.children)
            and inf.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
            and not status
            and inf.head.lemma_.lower() not in _ASPECTUAL
            and inf.head.lemma_.lower() not in ("be", "set", "due", "expect")
            and not (trig.type == "protest" and _gathered_to_protest(inf))
            and not decided
            and not told_done_under_a_raising_verb(inf)  # "appears to have been poisoned"
        ):
            return None
        if any(c.tag_ == "TO" for c in inf.children) and any(
            c.lower_ == "how" and c.dep_ == "advmod" for c in inf.children
        ):
            return None  # "How to expel a diplomat": a way, not an event
        if inf.dep_ == "xcomp" and inf.head.lemma_.lower() in ("be", "set", "due", "expect"):
            status = status or "planned"
        region = self._region(trig)
        if any(
            c.lower_ in ("tomorrow", "next")
            and not _the_next_day_told(c, head)
            and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to")  # "next to"
            for c in head.subtree
            if c.i in region
        ):
            status = status or "planned"
        if trig.is_noun and self._generic(trig):
            return None
        if trig.type in _TALK_TYPES and trig.is_noun and _agreed_to(tok):
            status = status or "planned"  # "rebels agree to ceasefire, peace talks"
        return status

    def _generic(self, trig: Trigger) -> bool:
        """ "Clashes are frequent", "a series of fatal bombings in 2016", "a history of
        bombings", "the almost daily torrent of bombings", "attacks blamed on the PKK have
        killed hundreds since 1984": no one event."""
        tok = trig.tok
        if (
            tok.tag_ in ("NNS", "NNPS")
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
            and any(
                c.dep_ == "amod"
                and (c.lower_ in _PAST_WORDS or any(a.lower_ in _PAST_WORDS for a in c.children))
                for c in tok.children
            )
        ):
            return True  # "previously signed agreements", "past attacks": none told
        if tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in _HABITUAL for c in tok.children
        ):
            return True  # "its frequent attacks", "the nightly raids": a habit, whoseever
        if tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in _MANY for c in tok.children
        ):
            return True  # "has carried out many attacks, killing hundreds": a toll
        if (
            tok.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "amod" and c.lower_ in _NOW_AND_THEN for c in tok.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.head.subtree)
        ):
            # "the rival militias have kept up sporadic clashes": now and then, no day told
            # ("Sporadic clashes broke out in Mogadishu on Monday" is the day's news)
            return True
        if _a_seasons_worth(tok):
            return True  # "to escape this year's fighting": a season summed up
        top = tok
        while top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head
        if (
            tok.tag_ in ("NNS", "NNPS")
            and top.dep_ in ("nsubj", "nsubjpass", "dobj")
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
            and _told_now_and_then(top.head)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in top.head.subtree)
        ):
            return True  # "Clashes and air strikes have driven villagers ... from time to time"
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "a torrent of bombings and shootings"
        h = tok.head
        if tok.dep_ == "pobj" and h.lower_ == "of":
            if h.head.lemma_.lower() in _HABIT_HEADS:
                return True
            if h.head.lemma_.lower() in _LONG_SPANS and h.head.tag_ == "NNS":
                return True  # "a pact meant to end six years of fighting": a war summed up
            if any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in h.head.children):
                return True  # "the almost daily torrent of bombings"
        if tok.tag_ not in ("NNS", "NNPS"):
            return False
        obj = tok.head if tok.dep_ == "appos" else tok  # "financing al Qaeda ally X's bombings"
        if (
            obj.dep_ == "dobj"
            and obj.head.lemma_.lower() in _FUNDING_VERBS
            and not any(c.dep_ == "det" for c in tok.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
        ):
            # "for financing al-Zarqawi's bombings in Iraq", "funding rebel attacks": a
            # campaign paid for; not "financing the bombings in Mombasa", told before
            return True
        if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            return False
        if any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in tok.children):
            return True  # "routine raids", "nightly clashes"
        if any(c.dep_ == "amod" and c.lower_ in ("similar", "such") for c in tok.children):
            # "the cell behind similar bombings across Pakistan": a kind of event; "Similar
            # attacks hit two villages on Monday" is told with its day
            told = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
            return not any(t.ent_type_ in ("DATE", "TIME") for t in told.subtree)
        if self._a_years_worth(tok):
            return True
        if (
            tok.dep_ == "pobj"
            and h.head.lemma_.lower() in _ANSWERS
            and not the_answerers(tok)  # "Israel answered with air strikes": its own act
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)
        ):
            # "in response to French drone strikes in the region", "in retaliation for air raids":
            # a campaign answered, not one event told ("in retaliation for the strike on
            # Gaza" has its determiner, "for air strikes on Gaza on Monday" its day)
            return True
        if tok.dep_ == "nsubj" and h.lemma_ == "be":
            return any(c.lower_ in ("frequent", "common", "rare", "routine") for c in h.children)
        if tok.dep_ == "pobj" and h.head.lemma_.lower() in ("series", "spate", "string"):
            # "a string of recent raids by bandits who accuse them of ...": who did them
            # and why tell no one of them; a place or a day does ("a series of blasts in
            # Kabul on Monday")
            return not self._has_time_or_place(tok)
        if tok.dep_ == "pobj" and h.head.lower_ == "rounds":
            return True  # "after several rounds of talks": many meetings, summed up
        if tok.dep_ == "pobj" and h.head.lemma_.lower() == "wave":
            # "after a wave of car bombings"; "a wave of air strikes hit Aleppo on Monday"
            # is told with its day and place
            told = h.head.head if h.head.dep_ == "nsubj" else h.head
            return not self._has_specifics(told)
        if any(c.dep_ == "acl" and c.lemma_.lower() in _BLAME for c in tok.children):
            return True  # "attacks blamed on Kurdish militants"
        if (
            tok.dep_ == "pobj"
            and h.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in h.head.children)
            and not self._has_specifics(h.head)
        ):
            return True  # "Dozens have been killed in sectarian clashes": a toll
        if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in _BLAME:
            return True  # "has been blamed for raids in Kenya"
        if tok.dep_ == "pobj" and h.lower_ in ("to", "with") and h.head.lower_ in _USED_TO:
            return True  # "Kenya has grown used to deadly raids"
        return self._since_a_year(trig)

    def _a_years_worth(self, tok) -> bool:
        """ "Islamist rebels took Timbuktu in 2012, which brought attacks and reprisals": bare
        plurals listed ("attacks and reprisals", "killings and abductions") that name no
        place, in a sentence whose only time is a year, tell what a year held, not one event
        ("clashes in Aden on Sunday", "protests that were smashed by police" in 2007 are
        one)."""
        if not any(c.dep_ == "conj" and c.tag_ == "NNS" for c in tok.children):
            return False  # "during opposition protests that were smashed by police" in 2007
        if any(self._toponym_of(t) is not None for t in tok.subtree):
            return False  # "attacks and raids on three army posts near Goma in 2012"
        dates = [t for t in self.ctx.s.sent if t.ent_type_ in ("DATE", "TIME")]
        return bool(dates) and all(
            re.fullmatch(r"(?:1[89]|20)\d\d", t.text) or t.lower_ in ("in", "of", "the")
            for t in dates
        )

    def _since_a_year(self, trig: Trigger) -> bool:
        """ "have killed thousands since 1980", "over the past decade", "in recent years":
        many events over a span of years, told as one toll."""
        root = self._clause_root(trig.tok)
        preps = [p for p in self.ctx.s.sent if p.i in self._region(trig) and p.dep_ == "prep"]
        for p in [*preps, *children(root, "prep")]:
            for o in children(p, "pobj"):
                if p.lower_ == "since" and re.fullmatch(r"(?:19|20)\d\ds?", o.text):
                    return True
                span = o.lemma_.lower() in _TIME_UNITS and any(
                    c.lower_ in ("past", "last", "recent", "previous") for c in o.children
                )
                if span and p.lower_ in ("over", "in", "during", "across", "throughout"):
                    return True
        return False

    def _has_time_or_place(self, tok) -> bool:
        """A place or a time in the phrase of ``tok``, not in a relative clause on it."""
        inner = {
            t.i
            for c in tok.subtree
            if c.dep_ in ("relcl", "acl") and c.i != tok.i
            for t in c.subtree
        }
        return any(
            t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or self._toponym_of(t) is not None
            for t in tok.subtree
            if t.i != tok.i and t.i not in inner
        )

    def _has_specifics(self, tok) -> bool:
        return any(
            self.ctx.mention(t) is not None or t.ent_type_ in ("GPE", "LOC", "DATE")
            for t in tok.subtree
            if t.i != tok.i
        )


def _told_of_the_remembered(tok, commemorations: frozenset[str]) -> bool:
    """ "People stood in silence to remember the 600 villagers killed when the army of the
    junta shelled the valley with napalm": an act told inside what a verb of remembering
    takes as its object is history remembered, not news of the day the remembering is dated
    ("remembered the victims of the bombing of March 16, 1968": its own day kept, and so is
    an act with a time of its own)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is not None and any(
        t.ent_type_ in ("DATE", "TIME")
        for c in verb.children
        if c.dep_ != "nsubj"
        for t in c.subtree
    ):
        return False
    if verb is None and any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False
    # a clause ("to remember the Kurds killed when ...", parsed as its complement) only under
    # remembering itself: "recalled that soldiers fired on them" is a witness telling news
    return any(
        (a.dep_ == "dobj" and a.head.lemma_.lower() in commemorations)
        or (a.dep_ == "ccomp" and a.head.lemma_.lower() in _REMEMBERING)
        for a in tok.ancestors
    )


# the words of a thing's worth to an end: "for" and a verb after them says what it serves
_WORTH_FOR = frozenset(
    {
        "matter",
        "important",
        "vital",
        "crucial",
        "essential",
        "necessary",
        "critical",
        "key",
        "needed",
        "useful",
        "indispensable",
    }
)


def _what_it_serves_for(tok) -> bool:
    """Whether the verb ``tok`` follows "for" after a word of worth and so says what a thing
    serves for, not an act done ("the pass matters for evacuating the wounded and for bringing
    food", "the road is vital for supplying the garrison"); "were arrested for attacking
    police" (a charge) and "called for evacuating the town" (a call) are other words."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "for":
        return False
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # "for evacuating the wounded and for bringing food"
    return prep.head.lemma_.lower() in _WORTH_FOR or prep.head.lower_ in _WORTH_FOR


_REMEMBERING = frozenset({"remember", "commemorate", "honour", "honor", "mourn"})


def _remembered(noun) -> bool:
    """An event named with no date of its own as what is marked ("Scores gather in Srebrenica
    to mark massacre"), as what the descendants of its victims came from ("widows and
    descendants of the massacre"), or as what its victims are remembered for ("Candles lit for
    victims of Halabja attack"): history remembered, not news of the article's day ("marks the
    first visit" is news; "the victims of the massacre of March 16, 1968" keep their day)."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "mark":
        return not any(
            c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS")
            for c in noun.children
        )
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    who = noun.head.head
    kin = [who, *with_conjuncts(who)]
    if who.dep_ == "conj":
        kin.append(who.head)
    if any(k.lemma_.lower() == "descendant" for k in kin):
        return True
    # "Aid was sent for the victims of the bombing in Kabul on Monday": a day told, news
    return (
        who.lemma_.lower() in ("victim", "survivor")
        and who.dep_ == "pobj"
        and who.head.lower_ == "for"
        and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.sent)
    )


def _a_clause_of_its_own(tok, gov) -> bool:
    """Whether ``tok`` lies in a clause with a subject of its own that the parser hung on
    ``gov`` as a complement ("The two sides held truce talks in Oman in May, but efforts
    to set up a second round have failed": "held" under "failed"); a word of trying or
    failing takes an infinitive ("tried to hold talks"), never a clause told whole, so the
    talks were held."""
    cur = tok
    while cur.head.i != cur.i and cur.head.i != gov.i:
        cur = cur.head
    return (
        cur.head.i == gov.i
        and cur.dep_ in ("ccomp", "parataxis")
        and bool(children(cur, "nsubj", "nsubjpass"))
    )


# marks of a clause that tells when the rumour went round, not what it said ("a rumour spread
# after the army shelled the town")
_TIME_MARKS = frozenset(
    {"after", "before", "when", "while", "since", "as", "once", "until", "during", "following"}
)


def _what_a_rumour_says(tok) -> bool:
    """An event told in a clause under a verb whose subject is a rumour or a hoax ("A rumor
    spread across the county through text messages warning people to stay away from the mall
    because a shooting is going to take place there"): what the rumour says, not what happened.
    The climb goes through clauses only: a noun after a preposition or a clause of time under
    that verb ("the rumour spread after the attack", "... when police shot a man") tells a
    real event."""
    prev, cur = tok, tok
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in ("VERB", "AUX") and any(
            s.lemma_.lower() in _RUMOURS for s in children(head, "nsubj", "nsubjpass")
        ):
            if cur.dep_ == "prep":  # "spread through text messages warning ...": a clause
                return cur.lower_ not in _TIME_MARKS and prev.dep_ == "pcomp"
            return cur.dep_ in ("advcl", "ccomp", "xcomp", "pcomp", "dobj") and not any(
                m.lower_ in _TIME_MARKS for m in children(cur, "mark")
            )
        prev, cur = cur, head
    return False


def _a_time(prep) -> bool:
    """Whether a preposition's object is a time ("on Tuesday", "on 3 May")."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in children(prep, "pobj"))


# the verbs of a crowd coming out, whose purpose "to protest" is the protest they made
_GATHERING = frozenset(
    {"gather", "march", "rally", "assemble", "converge", "pour", "flood", "take", "turn"}
)
_OUT = frozenset({"streets", "street", "out"})


def _gathered_to_protest(inf) -> bool:
    """ "Hundreds of workers who took to the streets of Lodz to protest against the police",
    "Hundreds gathered outside a police station to protest the killing": a protest's verb as
    the purpose of a crowd's coming out, told as done (past, no modal, no negation, itself no
    infinitive), is the protest they made, not a wish; "take" and "turn" count only as "to the
    streets" or "out". "Unions plan to take to the streets to protest", "Students will gather
    to protest", "did not take to the streets" stay none."""
    if inf.dep_ != "advcl" and inf.dep_ != "xcomp":
        return False
    came = inf.head
    lem = came.lemma_.lower()
    if lem not in _GATHERING or came.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(came.children)
    if any(c.dep_ == "neg" or c.tag_ in ("TO", "MD") for c in kids):
        return False
    if _no_one_or_anyone_came(came):
        return False
    if came.dep_ in ("xcomp", "ccomp") and came.tag_ != "VBD":
        return False
    if lem in ("take", "turn"):
        said = {t.lower_ for c in kids if c.dep_ in ("prep", "prt") for t in c.subtree}
        return bool(said & _OUT)
    return True


# who came out, told as nobody ("no one", "nobody", "none") or as whoever might ("anyone who")
_NOBODY = frozenset({"nobody", "none", "noone"})
_WHOEVER = frozenset({"anyone", "anybody", "whoever"})


def _no_one_or_anyone_came(came) -> bool:
    """Whether the crowd that ``came`` out is told as nobody ("No one gathered to protest the
    decision", "Nobody took to the streets to protest") or as whoever might ("Police barred
    anyone who gathered to protest from the square"): no protest was made (review79)."""
    subjects = [c for c in came.children if c.dep_ in ("nsubj", "nsubjpass")]
    if came.dep_ == "relcl":
        subjects.append(came.head)  # "anyone who gathered": the one the clause is of
    for s in subjects:
        low = s.lower_
        if low in _NOBODY or low in _WHOEVER:
            return True
        if low == "one" and any(c.lower_ == "no" for c in s.children):
            return True  # "no one"
    return False
