"""Who a noun phrase names as a party: states, armed groups, people, officials, with their spans."""

from __future__ import annotations

import re
from itertools import pairwise

from explorer.corpus.dates import TIME_ZONES
from explorer.extract.actors import REBEL_ARMY_WORDS, regional_name
from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues import _a_fighter, _without_possessive
from explorer.extract.events.document_reads import _place_name
from explorer.extract.events.parties_craft import the_force_of_a_craft
from explorer.extract.events.parties_own import one_by_a_possessive
from explorer.extract.events.readings import (
    Trigger,
    _done_to,
    _np_tokens,
    _said_of_its_noun,
    _with_conjuncts_of,
    _words,
)
from explorer.extract.events.roles_relative import a_pronoun_told_before
from explorer.extract.events.roles_thing import _SIDE_WORD_LISTS, a_things_it
from explorer.extract.events.words import (
    _ARMED_MEN,
    _BACKERS_WORDS,
    _BREAKAWAY,
    _CIVILIAN_TRADES,
    _CROWD_NOUNS,
    _FIRM_NOUNS,
    _GROUPS_OF_MEN,
    _HARMED_OFFICES,
    _IRREGULAR_WORDS,
    _IRREGULARS,
    _NAME_JOINERS,
    _OF_ACTOR_HEADS,
    _ONE_PERSON,
    _ONE_PERSON_NOT,
    _ONE_PERSON_OFFICES,
    _PERSONAL,
    _POSSESSIVE_END,
    _REBEL_NAME_WORDS,
    _STATE_NAME_WORDS,
    _THING_VERBS,
    _WITNESS_NOUNS,
    _WITNESS_VERBS,
    event_words,
)
from explorer.extract.focus import SITE_NOUNS, STREET_WORDS
from explorer.extract.mentions import Mention
from explorer.extract.syntax import PERSPRON, RELPRON, children, governing_subjects, with_conjuncts
from explorer.model import Toponym

# verbs of an aircraft's own loss (English): it explodes, crashes or breaks up in the air
_AIRCRAFT_LOSS_VERBS = frozenset({"explode", "crash", "disintegrate"})
# aircraft with no one on board: a drone blows up or crashes where it is sent, its attack
_UNCREWED_AIRCRAFT = frozenset({"drone", "uav"})

# people who speak and sit for a body: "leaders of the African Union" are the Union at talks
_MEMBER_NOUNS = frozenset(
    {"leader", "minister", "delegate", "representative", "envoy", "head", "delegation"}
)


# the words of one armed body that "it" may stand for, beside the lexicon's armed nouns
_ONE_ARMED_BODY = frozenset({"military", "unit", "junta", "army", "militia", "navy"})


# a camp of people who fled ("a refugee camp", "the displacement camps"): a land's name before it
# says where the camp is, not whose
_CAMP_NOUNS = frozenset({"camp", "settlement", "shelter"})
_FLED_WORDS = frozenset(
    {"refugee", "displacement", "displaced", "idp", "migrant", "asylum", "evacuee"}
)


def _a_places_words_on_a_person(person, appos, words: dict) -> bool:
    """Whether ``appos``, an apposition the parser hangs on the person ``person``, is a place's
    word ("the murder of Juan Alvarez, Spain's envoy to Ecuador, who was shot ...
    at a concert hall in Quito, the Ecuadorian capital": the capital is Quito, the town told
    last, not what Alvarez is), so that no state it names is a target or an actor."""
    return (
        person.ent_type_ == "PERSON"
        and appos.pos_ == "NOUN"
        and appos.lemma_.lower() in words["place_nouns"]
        and appos.i > person.i
    )


def _where_a_camp_is(t) -> bool:
    """ "Attack on Syria refugee camp", "shelling of a Sudanese displacement camp": a land's
    name or adjective set before a camp of people who fled says where it is (a camp of the
    displaced belongs to no state, and the state is not the one struck); "a US camp", "the
    Russian base" stay whose."""
    head = t.head
    return (
        t.dep_ in ("compound", "amod")
        and head.i != t.i
        and head.lemma_.lower() in _CAMP_NOUNS
        and any(
            c.dep_ in ("compound", "amod") and c.i != t.i and c.lemma_.lower() in _FLED_WORDS
            for c in head.children
        )
    )


# the acts whose object may be a ship struck
_STRIKE_TYPES = frozenset({"attack", "bombardment", "air_strike", "bombing"})


# the nouns of a group's armed men that, with a group's name before them, are the group's
# only ("Yemen's Houthi militia", "Nigeria's Boko Haram fighters"), as the irregulars' nouns
# are; a militia with a state's word alone is men of that country ("Somali militia"), as
# gunmen are, but fighters stay the state's ("Ukrainian fighters")
_GROUPS_MEN = frozenset({"militia", "militiaman", "fighter"})


# words that open a time told before a sentence's subject ("On 3 May", "Since early June")
_TIME_OPENERS = frozenset(
    {"on", "in", "since", "during", "by", "until", "after", "before", "early", "late"}
)


def _after_a_date(doc, start: int, end: int) -> int:
    """The first token from ``start`` (before ``end``) that is no word of a date or a time
    spaCy labelled, where the date is a time told before the phrase ("On 3 May Karen
    soldiers": the soldiers); a date inside a group's name stays ("the March 23 Movement
    rebels", "April 6 Youth Movement activists": nothing of time before it)."""
    opens = start
    while opens > 0 and doc[opens - 1].ent_type_ in ("DATE", "TIME"):
        opens -= 1  # "On 14 April Karen soldiers": the date's number before the left edge
    if opens == 0 or doc[opens - 1].lower_ not in _TIME_OPENERS:
        return start
    while start < end and doc[start].ent_type_ in ("DATE", "TIME"):
        start += 1
    return start


class _Parties(_RulesBase):
    """Who a noun phrase names as a party: states, armed groups, people, officials, with their
    spans."""

    # --- roles ----------------------------------------------------------------------------
    def _phrase_actors(self, tok, depth: int = 0) -> list[tuple[str, tuple[int, int] | None]]:
        """The actors a noun phrase headed by ``tok`` names (conjuncts included), with spans."""
        out: list[tuple[str, tuple[int, int] | None]] = []
        for head in with_conjuncts(tok):
            listed = self._listed_before(head)
            if listed:
                out += [it for it in listed if it[0] not in [o[0] for o in out]]
                continue
            for item in self._head_actors(head, depth):
                item = _without_possessive(self._lower_first_word(item))
                if item[0] not in [o[0] for o in out]:
                    out.append(item)
        if any(n[:1].isupper() for n, _ in out):
            # "Israeli tanks and troops": the state, not "troops" again
            out = [
                o
                for o in out
                if o[0][:1].isupper()
                or o[0] in self.words["group_nouns"]
                or o[0].partition("-")[0].lower() in _SIDE_PREFIXES  # "pro-Russian rebels"
            ]
        return out

    def _a_ship_struck(self, trig: Trigger) -> bool:
        """ "The same gang also attacked the Greek tanker": a strike on a ship (one of
        the lexicon's ``vessel_objects``: merchant craft) names the ship as written, as a
        shoot-down names its craft; its flag's state is not the side attacked ("Attack on
        Norwegian ship", not "on Norway")."""
        if trig.type not in _STRIKE_TYPES or trig.is_noun:
            return False
        vessels = self.words["vessel_objects"]
        return any(o.lemma_.lower() in vessels for o in children(trig.tok, "dobj", "nsubjpass"))

    def _craft_as_written(
        self, trig: Trigger, targets: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """ "shot down an Iranian reconnaissance drone", "the downing of a Syrian fighter jet":
        what was shot down, as written, not the state its adjective names ("Shoot-down of
        Syria"); the span still covers the adjective, so the state is still whose it was."""
        tok = trig.tok
        objs = children(tok, "dobj", "nsubjpass") if not trig.is_noun else []
        objs += [o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        if not objs and not trig.is_noun:
            objs = _done_to(tok, self.types[trig.type])  # "a Greek tanker hijacked in April"
        out = list(targets)
        for o in _with_conjuncts_of(objs):
            appos = [c for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if o.pos_ == "PROPN" and appos:
                # "hijacked the MV Faina, a Ukrainian cargo carrier": the craft by its name,
                # not by the state of its flag the apposition names
                core = sorted(
                    (
                        t
                        for t in o.subtree
                        if t.i < appos[0].left_edge.i and t.dep_ not in ("det", "punct")
                    ),
                    key=lambda t: t.i,
                )
                if not core:
                    continue
                span = (self.ctx.s.char(core[0]), self.ctx.s.char_end(appos[0].right_edge))
            elif o.pos_ != "NOUN":
                continue
            else:
                core = sorted(
                    (t for t in _np_tokens(o) if t.dep_ not in ("det", "nummod", "poss")),
                    key=lambda t: t.i,
                )
                span = (self.ctx.s.char(core[0]), self.ctx.s.char_end(core[-1]))
            inside = [
                k for k, (_n, sp) in enumerate(out) if sp is not None and span[0] <= sp[0] < span[1]
            ]
            if len(inside) != 1 or out[inside[0]][1] == span:
                continue
            name = o.doc[core[0].i : core[-1].i + 1].text
            out[inside[0]] = (name[:1].upper() + name[1:], span)
        return out

    def _sides_as_written(self, o, spec: dict) -> list[tuple[str, tuple[int, int] | None]]:
        """ "a pact between the rival factions": sides no name tells, as written, when words
        say which (types with ``needs_sides``; "the two sides" says no more than the deal)."""
        if not spec.get("needs_sides") or o.pos_ != "NOUN" or o.tag_ != "NNS":
            return []
        core = sorted(
            (t for t in _np_tokens(o) if t.dep_ in ("amod", "compound") or t.i == o.i),
            key=lambda t: t.i,
        )
        if len(core) < 2 or core[-1].i != o.i:
            return []
        name = o.doc[core[0].i : o.i + 1].text
        return [(name, (self.ctx.s.char(core[0]), self.ctx.s.char_end(o)))]

    def _victims_as_written(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Two French security advisers were abducted", "They were abducted" after them: the
        people taken, as written, not the state their adjective names ("Kidnapping of
        France"); the span still covers the adjective."""
        name, span = item
        if span is None or not name[:1].isupper():
            return item
        ctx = self.ctx
        for c in (ctx, ctx.prev):
            if c is None:
                continue
            tok = next((t for t in c.s.sent if c.s.char(t) == span[0]), None)
            if tok is None:
                continue
            head = tok.head
            if tok.dep_ not in ("amod", "compound") or head.pos_ != "NOUN" or head.i < tok.i:
                return item
            core = sorted(
                (t for t in _np_tokens(head) if t.dep_ not in ("det", "nummod", "poss")),
                key=lambda t: t.i,
            )
            if core[0].i != tok.i:
                return item  # "the kidnapped men's French employer": not the words named
            return head.doc[tok.i : head.i + 1].text, (span[0], c.s.char_end(head))
        return item

    def _in_a_mission(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Two Chadian peacekeepers died in a mortar attack": men who serve an international
        mission ('mission_nouns') are named as written, not as the state their adjective names
        (the attack was on the UN's mission, not on Chad)."""
        written = self._victims_as_written(item)
        if written is item:
            return item
        head = written[0].split()[-1].lower()
        missions = self.words["mission_nouns"]
        return written if head in missions or head.rstrip("s") in missions else item

    def _for_or_against(self, tok) -> tuple[str, tuple[int, int]] | None:
        """ "Anti-American protesters attacked the consulate", "A pro-Russian militia attacked
        a checkpoint", "a pro-Kiev battalion": a people's, a land's or a capital's word glued
        after "pro-" or "anti-" before the head says whom the men are for or against, never who
        they are: the phrase as written from "pro" or "anti" to the head, standing for no state
        (not the United States, not "Russian militia")."""
        ctx = self.ctx
        for c in tok.children:
            if c.i >= tok.i or c.dep_ not in ("amod", "compound", "nmod"):
                continue
            if ctx.mention(c) is None and self._toponym_of(c) is None:
                continue
            first = _pro_or_anti_before(c)
            if first is not None:
                name = tok.doc[first.i : tok.i + 1]
                return (name.text, (ctx.s.char(name[0]), ctx.s.char_end(tok)))
        return None

    def _lower_first_word(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Security forces killed four protesters": a common noun capitalised only because
        it opens the sentence is written as the noun it is ("security forces"), not as a
        name."""
        name, span = item
        first = self.ctx.s.sent[0]
        if (
            span is None
            or span[0] != self.ctx.s.char(first)
            or not name[:1].isupper()
            or not name.startswith(first.text)
            or first.pos_ not in ("NOUN", "ADJ")
            or first.ent_type_
            or self.ctx.mention(first) is not None
            or first.text.isupper()
        ):
            return item
        return name[:1].lower() + name[1:], span

    def _listed_before(self, tok) -> list[tuple[str, tuple[int, int] | None]]:
        """ "talks between Bogota and FARC rebels": the parser hangs a side named before
        "and" on the other side's noun; a state (or its capital) listed so is a side of its
        own, and the words after "and" name the other one."""
        ctx = self.ctx
        for c in tok.children:
            if c.dep_ not in ("nmod", "compound") or c.i >= tok.i:
                continue
            m = ctx.mention(c)
            conj = children(c, "conj")
            if m is None or m.ref.kind != "state" or not conj or not children(c, "cc"):
                continue
            first = conj[0].left_edge
            if first.i <= c.i:
                continue
            name = tok.doc[first.i : tok.i + 1].text
            return [
                (m.ref.actor, (m.start, m.end)),
                (name, (ctx.s.char(first), ctx.s.char_end(tok))),
            ]
        return []

    def _whose_site(self, m: Mention) -> bool:
        """ "inmates held in a French prison ... the passengers it holds hostage": a demonym that
        only says whose a jail, a plant or a port is names no one a pronoun can stand for."""
        if m.ref.form != "demonym":
            return False
        # the mention's token, when it is in this sentence (one told before is not read here)
        first = next((t for t in self.ctx.s.sent if self.ctx.s.char(t) == m.start), None)
        if first is None:
            return False
        lem = first.head.lemma_.lower()
        return (
            first.dep_ == "amod"
            and lem in self.words["facility_nouns"]
            and lem not in self.words["body_nouns"]
        )

    def _they_of_a_governing_clause(self, tok):
        """ "Chile's minister said that police fired in self-defence when they killed two
        miners": "they" is the subject of the clause its own hangs on, when that subject is
        men named by a common noun ("police", "soldiers"), not a state named before them; and
        "it" so of one armed body ("A military unit says it has taken power")."""
        if tok.lower_ not in ("they", "them", "it") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        while verb.dep_ in ("advcl", "conj", "xcomp", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            subjects = [c for c in children(verb, "nsubj", "nsubjpass") if c.i < tok.i]
            if not subjects:
                continue
            subj = subjects[0]
            if subj.pos_ != "NOUN" or self.ctx.mention(subj) is not None:
                return None
            if children(subj, "poss") or any(self._nationality(t) for t in _np_tokens(subj)):
                return None  # "its soldiers", "Israeli troops": whose they are, as before
            if tok.lower_ == "it":
                body = subj.tag_ == "NN" and (
                    subj.lower_ in _ONE_ARMED_BODY
                    or subj.lower_ in self.ctx.lex.words("armed_nouns")
                )
                if any(m.ref.kind == "party" for m in self.ctx.resolve_pronoun(tok, False)):
                    return None  # "the regular Sudanese army. The army said it ...": the side named
                return subj if body else None
            plural = subj.tag_ == "NNS" or subj.lower_ in self.words["group_nouns"]
            return subj if plural else None
        return None

    def _they_a_witness_tells(self, tok) -> list | None:
        """ "Russian troops entered Gori, where residents said they opened fire on cars": the
        "they" of what a witness (residents, villagers, survivors) says is not the witness but
        the nearest plural of armed men named before it in the sentence; with none named, or
        with "them" for another group in the same clause ("villagers said they had fired on
        them"), it names no one. None: not a witness's "they" (an official's "they" with no
        armed men before is left to the other readings: "officials said they arrested ...")."""
        if tok.lower_ != "they" or tok.dep_ != "nsubj":
            return None
        verb = tok.head
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        said = verb.head
        if verb.dep_ != "ccomp" or said.lemma_.lower() not in _WITNESS_VERBS:
            return None
        speakers = [c for c in children(said, "nsubj") if c.i < tok.i]
        if not speakers or speakers[0].tag_ != "NNS":
            return None
        speaker = speakers[0]
        if speaker.lemma_.lower() not in _WITNESS_NOUNS:
            return None
        armed_words = _ARMED_MEN | self.ctx.lex.words("armed_nouns")
        armed = [
            t
            for t in self.ctx.s.sent
            if t.i < speaker.i
            and t.pos_ in ("NOUN", "PROPN")
            and (t.tag_ in ("NNS", "NNPS") or t.lower_ in ("police", "army", "military"))
            and (t.lemma_.lower() in armed_words or t.lower_ in armed_words)
        ]
        others = [t for t in tok.head.subtree if t.lower_ == "them" and t.i > tok.i]
        if others:
            return []  # "they had fired on them": two groups, which is which unsaid
        if armed:
            return [armed[-1]]
        return None if speaker.lemma_.lower() == "official" else []

    def _armed_men_told_before(self, tok) -> list[tuple[str, tuple[int, int] | None]]:
        """ "Russian troops entered Gori on Sunday. Residents said they opened fire on cars":
        a witness's "they" with no armed men before it in its sentence is the plural of armed
        men the sentence before names last (their state where one names them, "Russian
        troops": Russia); none when that sentence names none, or when "they ... on them" names
        two groups. The armed men must be who acted in that sentence, its subject or the agent
        of its passive: "Gunmen killed three soldiers. Villagers said they opened fire on a
        bus" is the gunmen's act or no one's, never the slain soldiers'; and men the witness's
        clause names itself are not its "they" ("they threw stones at the soldiers")."""
        if any(t.lower_ == "them" and t.i > tok.i for t in tok.head.subtree):
            return []
        prev = self.ctx.prev
        if prev is None or not prev.full_parse:
            return []
        armed_words = _ARMED_MEN | self.ctx.lex.words("armed_nouns")
        armed = [
            t
            for t in prev.s.sent
            if t.pos_ in ("NOUN", "PROPN")
            and (t.tag_ in ("NNS", "NNPS") or t.lower_ in ("police", "army", "military"))
            and (t.lemma_.lower() in armed_words or t.lower_ in armed_words)
            and _the_doer(t)
        ]
        if not armed:
            return []
        men = armed[-1]
        if any(t.lemma_.lower() == men.lemma_.lower() for t in tok.head.subtree if t.i > tok.i):
            return []  # "they threw stones at the soldiers": the soldiers are not "they"
        phrase = [t for t in men.subtree if t.i <= men.i]
        lo, hi = prev.s.char(phrase[0]), prev.s.char_end(men)
        states: list[tuple[str, tuple[int, int] | None]] = [
            (str(m.ref.actor), (m.start, m.end))
            for m in prev.mentions
            if lo <= m.start and m.end <= hi and m.ref.kind == "state" and m.ref.actor
        ]
        return states or [(men.lower_, (prev.s.char(men), prev.s.char_end(men)))]

    def _named_of(self, tok, depth: int) -> list[tuple[str, tuple[int, int] | None]]:
        """The named actors of ``tok``'s "of" phrase ("Leaders of the Southern African
        Development Community", "a convoy of Russian tanks"): those written with a capital."""
        return [
            it
            for p in children(tok, "prep")
            if p.lower_ == "of"
            for o in children(p, "pobj")
            for it in self._phrase_actors(o, depth + 1)
            if it[0][:1].isupper()
        ]

    def _a_body_of_armed_men(self, tok) -> bool:
        """Whether ``tok`` is a body or a count of men ("team", "contingent", "hundreds")
        whose "of" phrase is of armed men or of an international mission ("hundreds of Turkish
        troops", "a team of UN monitors"); not of anyone else ("hundreds of Kurdish
        protesters" is told by the protesters' own reading)."""
        if tok.lemma_.lower() not in _GROUPS_OF_MEN:
            return False
        armed = _ARMED_MEN | self.ctx.lex.words("armed_nouns") | self.words["mission_nouns"]
        return any(
            o.lemma_.lower() in armed
            for p in children(tok, "prep")
            if p.lower_ == "of"
            for o in children(p, "pobj")
        )

    def _one_person_nouns(self) -> frozenset[str]:
        """The lexicon's nouns of one person by his office or kind ("minister", "president")."""
        w = self.words
        return w["official_nouns"] | w["person_nouns"]

    def _head_actors(self, tok, depth: int) -> list[tuple[str, tuple[int, int] | None]]:
        ctx = self.ctx
        if depth > 3 or tok.i in ctx.backer_tokens:
            return []
        lo = tok.lower_
        if lo in ("government", "governments", "state", "states"):
            top = tok.head if tok.dep_ == "conj" else tok
            if (
                top.lower_ in ("state", "states")
                and top.dep_ == "pobj"
                and top.head.lower_ == "of"
                and top.head.head.lemma_.lower() in ("head", "chief")
            ):
                # "the heads of state and government of the Arab League": an office, and
                # the body they lead
                return self._named_of(tok, depth)
        if tok.lemma_.lower() in _MEMBER_NOUNS and tok.tag_ == "NNS":
            bodies = self._named_of(tok, depth)
            if bodies:
                return bodies  # "Leaders of the Southern African Development Community": it
        if tok.lemma_.lower() in ("convoy", "column") or self._a_body_of_armed_men(tok):
            owners = self._named_of(tok, depth)
            if owners:
                # "a convoy of Russian tanks entered Georgia", "hundreds of Turkish troops
                # crossed into Syria": whose they are
                return owners
        if lo in PERSPRON or lo in RELPRON:
            if lo in RELPRON and tok.head.dep_ == "relcl":
                if tok.head.head.i in self._trigger_tokens:
                    return []  # "the attack that killed one policeman": the event, no actor
                return self._head_actors(tok.head.head, depth + 1)
            if lo in ("it", "its", "itself") and tok.head.lemma_.lower() in _THING_VERBS:
                return []  # "when it blew up": the car, not a state
            sides = ctx.lex.words("armed_nouns") | frozenset(
                w for k in _SIDE_WORD_LISTS for w in self.words[k]
            )
            if a_things_it(tok, ctx.mention, sides):
                return []  # "The convoy turned back after gunmen attacked it": see roles_thing
            if a_pronoun_told_before(tok, ctx.mention, self._one_person_nouns()):
                return []  # "the minister vowed to find the men who attacked it" (eventsfix65)
            told = self._they_a_witness_tells(tok)
            if told is not None:
                if not told:
                    return self._armed_men_told_before(tok)
                return [it for t in told for it in self._head_actors(t, depth + 1)]
            named = self._they_of_a_governing_clause(tok)
            if named is not None:
                return self._head_actors(named, depth + 1)
            after = self._people_before(tok)
            men = self._the_speakers_men(tok, depth)
            if men is not None:
                return men  # "Colombian guerrillas say they have bombed a pipeline"
            meant: list[tuple[str, tuple[int, int] | None]] = [
                (m.ref.actor, (m.start, m.end))
                for m in ctx.resolve_pronoun(tok, False, whole_list=True)
                if (lo not in _PERSONAL or self._a_persons(m))
                and not self._whose_site(m)
                and not _a_tellers_seat(ctx, m, tok)
                and m.start > after
            ]  # "he" is a person: not the France of "the Tour de France" before it
            body = None if meant else self._the_speaking_body(tok)
            return self._head_actors(body, depth + 1) if body is not None else meant
        firm = self._named_for_a_state(tok)
        if firm is not None:
            return [firm]
        m = ctx.mention(tok)
        if m is not None and m.ref.kind == "leader":
            own = self._own_place(tok, m)
            if own is not None:
                return [own]  # "Dagestan's leader, Mukhu Aliyev": not Azerbaijan's Aliyev
        if m is not None and m.ref.kind == "party" and m.ref.theatres:
            other = self._people_elsewhere(tok, m)
            if other is not None:
                return [other]
        if m is not None:
            if m.ref.form == "demonym" and tok.tag_ in ("NNS", "NNPS"):
                within = [
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound")
                    and c.i < tok.i
                    and (mm := ctx.mention(c)) is not None
                    and mm.ref.kind == "state"
                    and mm.ref.code != m.ref.code
                ]
                if within:
                    # "the Bosnian Serbs", "Kosovo Albanians": one people in another's state,
                    # neither state (nor may they stand for one)
                    first = min(within, key=lambda c: c.i)
                    name = tok.doc[first.i : tok.i + 1].text
                    return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
                self._people[tok.text] = m.ref.actor
                return [(tok.text, (m.start, m.end))]  # "Turks", "Palestinians": people
            if (
                m.ref.form == "demonym"
                and m.i == tok.i
                and tok.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            ):
                return []  # "met a 34-year-old German": one person's nationality, no state
            whole = self._named_in_part(m)
            return [whole if whole is not None else (m.ref.actor, (m.start, m.end))]
        sided = self._for_or_against(tok)
        if sided is not None:
            return [sided]  # "Anti-American protesters", "a pro-Russian militia": as written
        if m is None and tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
            within = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and (mm := ctx.mention(c)) is not None
                and mm.ref.kind == "state"
                and mm.ref.form == "demonym"
            ]
            if within:
                # "Iraqi Kurds": a people the lexicon does not know, in a state: not the state
                first = min(within, key=lambda c: c.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        found: list[tuple[str, tuple[int, int] | None]] = []
        if tok.lemma_.lower() in self.words["people_nouns"]:
            # "Palestinian women", "Turkish protesters": people of a country, not its state
            demonyms = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and (mm := ctx.mention(c)) is not None
                and mm.ref.form == "demonym"
            ]
            if demonyms:
                first = min(demonyms, key=lambda c: c.i)
                name = f"{first.text} {tok.text}"
                if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() not in _IRREGULARS:
                    # "Turkish protesters" may act as the state; "a Turkish man", "a Syrian
                    # refugee" not, nor men under arms of no state ("Somali pirates")
                    self._people[name] = ctx.mention(first).ref.actor  # type: ignore[union-attr]
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        for c in children(tok, "appos"):
            if _a_places_words_on_a_person(tok, c, self.words):
                continue  # "Karlov, ..., in Ankara, the Turkish capital": Ankara's, not his
            if c.lemma_.lower() in _FIRM_NOUNS and tok.pos_ == "PROPN" and tok.i < c.i:
                # "Kolin, the Turkish company": the firm's name, not its description
                first = min(t.i for t in _np_tokens(tok) if t.pos_ == "PROPN")
                name = tok.doc[first : tok.i + 1]
                return [(name.text, (ctx.s.char(name[0]), ctx.s.char_end(tok)))]
            found += self._head_actors(c, depth + 1)
        if found:
            return found
        # "Turkish Foreign Minister Mevlut Cavusoglu", "Israel's prime minister": the state
        core = [
            t
            for t in _np_tokens(tok)
            if t.i != tok.i and t.dep_ != "det" and not _where_a_camp_is(t)
        ]
        if self._one_person(tok) or self._civilians(tok):
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            if nationals:
                # "a Turkish policeman", "a Pakistani taxi driver": one person, not his state
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if tok.lemma_.lower() in _IRREGULARS or tok.lemma_.lower() in _GROUPS_MEN:
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            # a name among the words, not a creed ("Colombia's Marxist rebels" are no state's)
            names = [
                t
                for t in core
                if t.i < tok.i and t.text[:1].isupper() and t not in nationals and t.pos_ == "PROPN"
            ]
            group = any(
                (mm := ctx.mention(t)) is not None
                and mm.ref.kind != "state"
                and mm.ref.form != "demonym"
                for t in names
            )
            if nationals and group:
                # "Pakistani Taliban militants", "Yemen's Houthi militia", "Nigeria's Boko
                # Haram fighters": the group the lexicon knows, not the state (often its enemy)
                core = [t for t in core if t not in nationals]
            elif nationals and not names and tok.lemma_.lower() != "fighter":
                # "Somali gunmen", "Afghan insurgents": armed men of a country, not its state
                # (which they often fight); a name among the words ("Rwandan Patriotic Front
                # rebels") is read below
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        firms = [t for t in [tok, *core] if t.lemma_.lower() in _FIRM_NOUNS and t.i <= tok.i]
        if firms and any(self._nationality(t) for t in core if t.i < firms[0].i):
            # "the Turkish company Kolin", "a Russian firm": a business, not its state
            if tok.pos_ == "PROPN" and tok.i > firms[0].i:
                first = tok.doc[firms[0].i + 1]
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
            first = min((t for t in core if self._nationality(t)), key=lambda t: t.i)
            name = tok.doc[first.i : tok.i + 1].text
            return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(t.lower_ in _IRREGULAR_WORDS for t in core if t.i < tok.i):
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            names = [t for t in core if t.i < tok.i and t.text[:1].isupper() and t not in nationals]
            if nationals and not names:
                # "a renegade Afghan militia leader": a people's irregular, not its state
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(
            t.lemma_.lower() in _CIVILIAN_TRADES or t.lower_ in _CIVILIAN_TRADES
            for t in [tok, *core]
        ):
            # "a 12-year-old German-Iraqi boy", "New Zealand national Campbell Paterson", "a
            # Turkish policeman": one person's nationality, not the state
            core = [t for t in core if not self._nationality(t)]
        peoples = [
            t
            for t in core
            if t.i < tok.i and (mm := ctx.mention(t)) is not None and mm.ref.form == "demonym"
        ]
        if len({ctx.mention(t).ref.code for t in peoples}) > 1:  # type: ignore[union-attr]
            # "Bosnian Serb gunners", "Iraqi Kurdish fighters": a people's men in a country,
            # neither state
            first = min(peoples, key=lambda t: t.i)
            name = tok.doc[first.i : tok.i + 1].text
            return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(t.lower_ in _BREAKAWAY for t in [tok, *core] if t.i <= tok.i):
            # "Georgia's breakaway Abkhazia", "Moldova's separatist region": the state a
            # region broke away from is no party to what it does
            core = [t for t in core if t.dep_ != "poss"]
        lem = tok.lemma_.lower()
        if (
            lem in SITE_NOUNS
            or (lem in self.words["facility_nouns"] and lem not in self.words["body_nouns"])
            or (lem in self.words["place_nouns"] and lem != "state")
        ):
            # "on Paris' Champs-Elysees boulevard", "a Paris concert hall", "a Damascus
            # suburb": the city says where the site is, not whose it is (the state that "Saudi
            # Arabia's airport" names stays; "the Damascus government" is the state)
            core = [t for t in core if not self._a_city(t)]
        for c in sorted(core, key=lambda t: t.i):
            if c.i in ctx.backer_tokens or self._in_a_hyphenated_name(c):
                continue
            firm = self._named_for_a_state(c)
            if firm is not None:
                if firm not in found:
                    found.append(firm)  # "Rwandan Patriotic Front rebels": the front's
                continue
            for cc in with_conjuncts(c):
                mm = ctx.mention(cc)
                if mm is not None and c.dep_ == "poss" and self._his_sides_men(tok, mm):
                    # "Dostum's forces", "Hemedti's fighters": a warlord's men are his side,
                    # not the state the lexicon has him speak for; kept as written
                    return [
                        (tok.doc[c.left_edge.i : tok.i + 1].text, (mm.start, ctx.s.char_end(tok)))
                    ]
                whole = self._named_in_part(mm) if mm is not None else None
                if whole is not None and whole not in found:
                    found.append(whole)  # "Iraq's Kataib Hezbollah militia": not Hezbollah
                elif mm is not None and (mm.ref.actor, (mm.start, mm.end)) not in found:
                    found.append((mm.ref.actor, (mm.start, mm.end)))
        if found and tok.lemma_.lower() in self.words["official_nouns"]:
            for name, _span in found:
                self._offices.setdefault(name, tok.lemma_.lower())
        if not found:
            # a country the lexicon lacks ("Sri Lankan army", "Indonesian police")
            for c in sorted(core, key=lambda t: t.i):
                tp = self._toponym_of(c)
                if tp is not None and tp.candidate is not None and tp.candidate.kind == "country":
                    found.append((tp.candidate.name, (tp.start, tp.end)))
                    break
        if found:
            return found
        if tok.lemma_.lower() == "member" and self._indefinite_one(tok):
            # "an officer of the Greek police force": one man of theirs, not the state
            of = [o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
            if of:
                last = max(t.i for t in _np_tokens(of[0]))
                name = tok.doc[tok.i : last + 1].text
                return [(name, (ctx.s.char(tok), ctx.s.char_end(tok.doc[last])))]
        if tok.lemma_.lower() in _OF_ACTOR_HEADS:
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        found += self._phrase_actors(o, depth + 1)
                        tp = self._toponym_of(o)
                        if not found and tp is not None and tp.candidate is not None:
                            found.append((tp.name, (tp.start, tp.end)))  # "Government of Alberta"
            if found:
                return found
        for o in the_force_of_a_craft(tok, self.words["naval_subjects"]):
            found += self._phrase_actors(o, depth + 1)  # "a cutter of the Peruvian navy"
        if found:
            return found
        fallback = self._fallback_name(tok)
        if not fallback:
            return []
        toks = sorted(_np_tokens(tok), key=lambda t: t.i)
        return [(fallback, (self.ctx.s.char(toks[0]), self.ctx.s.char_end(toks[-1])))]

    def _his_sides_men(self, tok, m: Mention) -> bool:
        """Whether ``tok`` heads armed men ("forces", "fighters", "troops") of a leader who
        leads a side not his state's government (``Lexicon.leads_a_side``)."""
        lem = tok.lemma_.lower()
        armed = _ARMED_MEN | self.ctx.lex.words("armed_nouns")
        return (lem in armed or tok.lower_ in armed) and self.ctx.lex.leads_a_side(m.ref)

    def _states_official(self, tok) -> tuple[str, tuple[int, int]] | None:
        """ "shot Russia's ambassador to Turkey", "kidnapped the Egyptian envoy": one official
        his state's name only says whose he is; harmed, he is the one it was done to, by his
        name when the text gives it beside ("Russia's ambassador, Andrei Karlov"), or the name
        the office is a title of ("Haiti's President Jovenel Moise", "the Iranian general Qasem
        Soleimani")."""
        ctx = self.ctx
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            before = sorted((t for t in _np_tokens(tok) if t.i < tok.i), key=lambda t: t.i)
            titles = [t for t in before if t.lower_ in _HARMED_OFFICES]
            if titles and any(self._nationality(t) for t in before if t.i < titles[-1].i):
                first = min(
                    (t.i for t in before if t.i > titles[-1].i and t.ent_type_ == "PERSON"),
                    default=tok.i,
                )
                span = (ctx.s.char(tok.doc[first]), ctx.s.char_end(tok))
                return tok.doc[first : tok.i + 1].text, span
        if tok.lemma_.lower() not in _HARMED_OFFICES or tok.pos_ != "NOUN":
            return None
        # "Russia's ambassador to Turkey, Andrei Karlov": the parse hangs the name on Turkey
        heads = [tok, *(o for p in children(tok, "prep") for o in children(p, "pobj"))]
        for c in (a for h in heads for a in children(h, "appos")):
            if c.ent_type_ == "PERSON":
                first = min(t.i for t in _np_tokens(c) if t.ent_type_ == "PERSON")
                name = tok.doc[first : c.i + 1]
                return name.text, (ctx.s.char(name[0]), ctx.s.char_end(c))
        owners = [
            c
            for c in tok.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and self._nationality(c)
        ]
        if not owners or any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in owners):
            return None
        first = min(owners, key=lambda c: c.left_edge.i).left_edge
        first = _pro_or_anti_before(first) or first  # "the pro-Moscow president": as written
        name = tok.doc[first.i : tok.i + 1].text
        self._offices.setdefault(name, tok.lemma_.lower())
        return name, (ctx.s.char(first), ctx.s.char_end(tok))

    def _people_before(self, tok) -> int:
        """ "students would be free to march, but riot police had fired on
        them": "they" or "them" after a plural of people its sentence names (citizens,
        villagers, mourners) stands for them, not for a state named before; the character
        offset a mention must lie after to be what the pronoun stands for (-1: any)."""
        if tok.lower_ not in ("they", "them", "their", "themselves"):
            return -1
        people = self.words["people_nouns"] | _CROWD_NOUNS
        last = [
            t
            for t in tok.sent
            if t.i < tok.i
            and t.tag_ == "NNS"
            and t.lemma_.lower() in people
            and self.ctx.mention(t) is None
        ]
        return self.ctx.s.char(last[-1]) if last else -1

    def _his_official(self, tok) -> tuple[str, tuple[int, int]] | None:
        """ "Burundi's President Ntaryamira ... in an attack on his plane": what "his" or "her"
        owns, harmed, is the official's (``_states_official``), when the pronoun stands for
        the state that names him."""
        owner = next((c for c in children(tok, "poss") if c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        doc = tok.doc
        for m in self.ctx.resolve_pronoun(owner, False):
            if self.ctx.told_before(m):
                continue  # the sentence before's words, parsed or not: no office read there
            office = doc[m.i].head
            while office.dep_ == "compound" and office.head.i != office.i:
                office = office.head
            if office.ent_type_ == "PERSON":
                return self._states_official(office)
        return None

    def _people_elsewhere(self, tok, m: Mention) -> tuple[str, tuple[int, int]] | None:
        """ "Iraqi Kurdish fighters": a group the lexicon knows by a people's name ("Kurdish
        fighters", Syria's YPG) given with the state of another country than where it
        fights is that people's men in that country, written as the text names them."""
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or m.i <= c.i < m.j or c.i > tok.i:
                continue
            mm = self.ctx.mention(c)
            if mm is None or mm.ref.kind != "state" or not mm.ref.state:
                continue
            if mm.ref.state.lower() not in m.ref.theatres:
                name = tok.doc[c.i : tok.i + 1].text
                return name, (self.ctx.s.char(c), self.ctx.s.char_end(tok))
        return None

    @staticmethod
    def _indefinite_one(tok) -> bool:
        """ "a policeman", "one member": a single someone the text does not name."""
        return tok.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children
        )

    def _named_for_a_state(self, tok) -> tuple[str, tuple[int, int]] | None:
        """An organisation whose name holds a state's ("Malaysia Airlines", "Air India",
        "Saudi Aramco", "the Syrian Observatory for Human Rights"): a firm or a body of its
        own, not the state, unless its name says it is an organ of the state ("the Russian
        Defence Ministry", "the Afghan National Army", "Turkish Armed Forces"); an army named
        for a region of a state ("the South Lebanon Army") is a group of its own."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.label_ not in ("ORG", "NORP"):
            return self._regional_army(tok)
        words = [t for t in ent if t.dep_ != "det"]
        if len(words) < 2 or not any(self.ctx.mention(t) is not None for t in words):
            return None
        if any(not (t.text[:1].isupper() or t.lower_ in _NAME_JOINERS) for t in words):
            return None  # "Turkish troops", "Russian officials": a state's people, not a name
        lex = self.ctx.lex
        organs = lex.words("state_organs") | lex.words("armed_nouns") | _STATE_NAME_WORDS
        organs |= self.words["body_nouns"]
        rebel = any(t.lower_ in REBEL_ARMY_WORDS | _REBEL_NAME_WORDS for t in words)
        rebel = rebel or regional_name(words, self.ctx.mention)
        if not rebel and any(t.lower_ in organs or t.lemma_.lower() in organs for t in words):
            return None  # (but "the Sudan People's Liberation Army" is no state's army)
        if any(self.ctx.mention(t) is None and self._nationality(t) for t in words):
            return None  # "Bosnian Serb": a people
        if all(self.ctx.mention(t) is not None for t in words):
            return None  # "Saudi Arabia", "North Korea": the state's own name
        if self._capital_of_a_first_word(words):
            return None  # "Landmark Syria ceasefire begins": a headline's word, no firm
        span = (self.ctx.s.char(words[0]), self.ctx.s.char_end(words[-1]))
        return tok.doc[words[0].i : words[-1].i + 1].text, span

    def _capital_of_a_first_word(self, words: list) -> bool:
        """ "Landmark Syria ceasefire begins", "Fragile Yemen truce holds": a word that is
        capital only as its sentence's first, before a state's name that modifies a common
        noun after it, makes no name with it when the article never writes the two together
        elsewhere (a firm's name, "Air India", is written so again within its story, and
        stands as a name of its own: "Air India and Lufthansa signed an agreement")."""
        first = words[0]
        if len(words) != 2 or first.i != first.sent.start or self.ctx.mention(first) is not None:
            return False
        state, noun = words[1], words[1].head
        if not (
            state.dep_ == "compound"
            and noun.i > state.i
            and noun.pos_ == "NOUN"
            and noun.text.islower()
        ):
            return False
        name = " ".join(t.text for t in words)
        text = self.ctx.doc_text
        return all(
            k.start() == 0 or text[: k.start()].rstrip(" \t\"'“‘").endswith(("\n", ".", "!", "?"))
            for k in re.finditer(re.escape(name), text)
        )

    def _regional_army(self, tok) -> tuple[str, tuple[int, int]] | None:
        """The capitalised "Army", "Front" or "Forces" a token is part of, when its name is a
        region of a state's ("a South Lebanon Army position"), though the parser took it for
        no organisation."""
        sent = tok.sent
        i = j = tok.i
        while i > sent.start and tok.doc[i - 1].text[:1].isupper():
            i -= 1
        while j + 1 < sent.end and tok.doc[j + 1].text[:1].isupper():
            j += 1
        while i < j and tok.doc[i].dep_ == "det":
            i += 1  # "The South Lebanon Army" at a sentence's start
        last = tok.doc[j]
        if i == j or last.lower_ not in ("army", "front", "forces"):
            return None
        if not regional_name(tok.doc[i:j], self.ctx.mention):
            return None
        span = (self.ctx.s.char(tok.doc[i]), self.ctx.s.char_end(last))
        return tok.doc[i : j + 1].text, span

    def _one_person(self, tok) -> bool:
        """One unnamed person by his trade or lot ("a Turkish policeman", "an off-duty Afghan
        guard", "a Chechen taxi driver"): neither an office that speaks for a state (an
        envoy, a minister) nor a soldier, whose acts are his army's."""
        if not (self._indefinite_one(tok) or one_by_a_possessive(tok)):
            return False
        lem = tok.lemma_.lower()
        if lem in self.words["official_nouns"] - _ONE_PERSON_OFFICES:
            return False
        return (
            lem in _ONE_PERSON
            or lem in self.words["people_nouns"]
            or lem.endswith(("man", "woman", "ee", "ist"))
        ) and lem not in _ONE_PERSON_NOT

    def _civilians(self, tok) -> bool:
        """Men of a civilian trade, several ("two Chinese engineers", "three Turkish truck
        drivers", "seven Pakistani workers"): people of that country, not its state, as one of
        them is (``_one_person``); soldiers, officers and fighters act for their side."""
        lem = tok.lemma_.lower()
        return (
            tok.tag_ == "NNS"
            and lem in _CIVILIAN_TRADES | self.words["people_nouns"]
            and lem not in _IRREGULARS
        )

    def _a_city(self, tok) -> bool:
        """A town's name (a capital standing for its state or its government included), not
        a country's."""
        m = self.ctx.mention(tok)
        if m is not None and m.ref.form == "metonym":
            return True
        tp = self._toponym_of(tok)
        return (
            tp is not None
            and tp.candidate is not None
            and tp.candidate.kind != "country"
            and (m is None or (m.start, m.end) == (tp.start, tp.end))
        )

    def _airspace_country(self, trig: Trigger) -> Toponym | None:
        """ "Russian drones entered Polish airspace from Belarus": an aircraft's incursion is
        in the country whose airspace it entered (its adjective or possessive), never where
        it came from or landed."""
        tok = trig.tok
        if trig.is_noun or not self.types[trig.type].get("object_is_place"):
            return None
        objects = [
            *children(tok, "dobj"),
            *(o for p in children(tok, "prep") for o in children(p, "pobj")),
        ]
        for o in objects:
            if o.lemma_.lower() != "airspace":
                continue
            for c in o.children:
                if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i < o.i:
                    tp = self._toponym_of(c)
                    if tp is not None:
                        return tp
        return None

    def _of_a_state(self, items: list[tuple[str, tuple[int, int] | None]]) -> bool:
        """Whether a phrase of ``items`` names a state or a party in its words ("the US-led
        military coalition"), though the item is named by its head ("coalition")."""
        for _n, sp in items:
            if sp is None:
                continue
            toks = self._span_tokens(sp)
            head = toks[-1] if toks else None
            # the words before its head: "the coalition in Afghanistan" is no state's
            words = [t for t in head.subtree if t.i < head.i] if head is not None else []
            for t in words:
                nxt = t.nbor(2) if t.i + 2 < len(t.doc) and t.nbor(1).text == "-" else None
                if nxt is not None and nxt.lower_ in _BACKERS_WORDS:
                    continue  # "the US-backed forces": who backs them, not whose they are
                m = self.ctx.mention(t)
                if (m is not None and m.ref.kind in ("state", "party")) or self._nationality(t):
                    return True
        return False

    def _airspace_of_no_state(self, trig: Trigger) -> bool:
        """ "violated NATO airspace", "entered EU airspace": the airspace is an alliance's,
        named by a word that is no country, so no place of the sentence ("while trying to
        intercept a US bomber") is where it was."""
        if trig.is_noun:
            return False
        tok = trig.tok
        objects = [
            *children(tok, "dobj"),
            *(o for p in children(tok, "prep") for o in children(p, "pobj")),
        ]
        return any(
            c.dep_ in ("amod", "poss", "compound", "nmod")
            and c.i < o.i
            and c.text[:1].isupper()
            and self._toponym_of(c) is None
            for o in objects
            if o.lemma_.lower() == "airspace"
            for c in o.children
        )

    def _military_aircraft_subject(self, tok, active_preps: tuple[str, ...] = ()) -> bool:
        """ "Russian drones", "two fighter jets", "military helicopters": the subject of ``tok``
        is an aircraft of the military or of a state (its country's word on it); not a
        commercial, passenger, hijacked or medical one, nor "the president's plane"."""
        words = event_words()
        subj = (
            [tok.head]
            if _said_of_its_noun(tok, active_preps)
            else children(tok, "nsubj", "nsubjpass") or governing_subjects(tok)
        )
        for s in subj:
            if s.lemma_.lower() not in words["aircraft_nouns"]:
                continue
            np = list(s.subtree)
            low = _words(np) | {t.lemma_.lower() for t in np}
            low |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(np) if b.i == a.i + 1}
            if low & words["civil_aircraft"]:
                continue
            if (low | {s.lemma_.lower()}) & words["military_aircraft"] or any(
                t.i < s.i and self._nationality(t) for t in np
            ):
                return True
        return False

    def _civil_aircraft_subject(self, tok) -> bool:
        """ "A Libyan passenger jet ... exploded ..., killing all 108 people aboard": the
        subject of ``tok`` is a commercial, passenger or private aircraft (the lexicon's
        'civil_aircraft' words on it), which strikes no one from the air."""
        words = event_words()
        for s in children(tok, "nsubj") or governing_subjects(tok):
            if s.lemma_.lower() not in words["aircraft_nouns"]:
                continue
            np = list(s.subtree)
            low = _words(np) | {t.lemma_.lower() for t in np}
            if low & words["civil_aircraft"]:
                return True
        return False

    def _an_aircraft_lost(self, tok) -> bool:
        """ "An Ethiopian airliner blew up over the sea", "a military helicopter crashed into
        a house, killing 10 people", "a Russian warplane exploded ..., killing its crew": the
        verb (``tok``, or the clause ``tok`` hangs on) tells a crewed aircraft's own loss, by a
        cause the sentence does not give, which bombs or strikes no one. Not a drone, which
        explodes or crashes where it is sent ("a drone crashed into a block of flats, killing
        five"), nor a man the lexicon's aircraft words also name ("a suicide bomber blew up
        in a market", "a fighter")."""
        verb = tok
        if tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.head.i < tok.i:
            verb = tok.head  # "crashed into a house, killing 10 people"
        lemma = verb.lemma_.lower()
        if lemma == "blow":
            if children(verb, "dobj") or not any(c.lower_ == "up" for c in verb.children):
                return False  # "blew up a bridge": what was blown up, by whom
        elif lemma not in _AIRCRAFT_LOSS_VERBS:
            return False
        words = event_words()
        for s in children(verb, "nsubj"):
            lem = s.lemma_.lower()
            if lem not in words["aircraft_nouns"] or lem in _UNCREWED_AIRCRAFT or _a_fighter(s):
                continue
            if lem == "bomber" and not any(
                t.lower_ in words["military_aircraft"] - {"bomber"} or self._nationality(t)
                for t in s.subtree
                if t.i < s.i
            ):
                continue  # "a female bomber blew up at a bus stop": a man; "a Russian bomber"
            return True
        return False

    def _nationality(self, tok) -> bool:
        """A word that names a country or its people ("German", "New Zealand")."""
        m = self.ctx.mention(tok)
        if m is not None and (m.ref.kind == "state" or m.ref.form == "demonym"):
            return True
        tp = self._toponym_of(tok)
        return tp is not None and tp.candidate is not None and tp.candidate.kind == "country"

    def _in_a_hyphenated_name(self, tok) -> bool:
        """ "an Athens-Clarke police officer": a capital inside a longer name joined by a
        hyphen to a word that names no actor stands for no state."""
        m = self.ctx.mention(tok)
        if m is None or m.ref.form != "metonym":
            return False
        doc = tok.doc
        for a, b in ((m.j, m.j + 1), (m.i - 1, m.i - 2)):
            if (
                0 <= b < len(doc)
                and doc[a].text == "-"
                and doc[b].pos_ == "PROPN"
                and self.ctx.mention(doc[b]) is None
            ):
                return True
        return False

    def _a_persons(self, m: Mention) -> bool:
        """Whether a mention can be what "he" or "she" stands for: a leader, or the state of
        an official ("Georgia's top official", "U.S. Secretary of State Rex Tillerson")."""
        if m.ref.kind in ("leader", "person"):
            return True
        if self.ctx.told_before(m):
            # a state named in the sentence before: whether an official of it is meant needs
            # that sentence's parse, which may not have been made (read as no person's)
            return False
        doc = self.ctx.s.sent.doc
        t = next((doc[k] for k in range(m.j - 1, m.i - 1, -1) if doc[k].dep_ != "case"), doc[m.i])
        office = t.head
        while office.dep_ == "compound" and office.head.i != office.i:
            office = office.head
        return t.dep_ in ("poss", "compound", "amod", "nmod") and (
            office.lemma_.lower() in self.words["official_nouns"] or office.ent_type_ == "PERSON"
        )

    def _the_speaking_body(self, tok):
        """ "The Royal Navy said in a release on Friday that on March 2 it had stopped a
        smuggling dhow": "it", the subject of the clause a speech verb reports, is the one body
        that says it, read as that body's own name is ("the Royal Navy": the United Kingdom), when
        no side the sentence names was found for it. None for any other "it" (of a clause no
        one is said to tell: "the drone was shot down after it had entered"), or when the
        speaker is a pronoun or many ("officials said it")."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        said = verb.head
        if verb.dep_ != "ccomp" or said.lemma_.lower() not in self.ctx.lex.words("speech_verbs"):
            return None
        subj = next(iter(children(said, "nsubj")), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ in ("NNS", "NNPS"):
            return None
        return subj

    def _the_speakers_men(self, tok, depth: int) -> list[tuple[str, tuple[int, int] | None]] | None:
        """ "Colombian guerrillas say they have bombed another oil line": "they" are the men
        who say it, as their own words name them ("Colombian guerrillas", as "Somali gunmen" are
        read), not the state of their people's word, which they often fight; None when those
        words name the state itself ("Kenyan police officers said they": Kenya's)."""
        if tok.lower_ not in ("they", "their") or not isinstance(
            said := self.ctx._speaker_of(tok), Mention
        ):
            return None
        if said.ref.form != "demonym" or said.j > len(tok.doc):
            return None
        men = tok.doc[said.j - 1].head
        if men.dep_ != "nsubj" or men.tag_ != "NNS":
            return None
        found = self._head_actors(men, depth + 1)
        return found if found and all(name != said.ref.actor for name, _ in found) else None

    def _own_place(self, tok, m: Mention) -> tuple[str, tuple[int, int]] | None:
        """The place a leader's name is given with ("Dagestan's leader, Mukhu Aliyev", "Mukhu
        Aliyev, the leader of Dagestan") when it lies in another country than the leader the
        lexicon knows by that name: a namesake, who stands for that place."""
        if not m.ref.code:
            return None
        nouns = [tok, *children(tok, "appos")]
        if tok.dep_ == "appos":
            nouns.append(tok.head)
        owners = []
        for n in nouns:
            owners += [t for t in _np_tokens(n) if t.dep_ in ("poss", "compound", "amod", "nmod")]
            owners += [o for p in children(n, "prep") if p.lower_ == "of" for o in p.children]
        for o in owners:
            if m.i <= o.i < m.j:
                continue
            mm = self.ctx.mention(o)
            if mm is not None and mm.ref.code and mm.ref.code != m.ref.code:
                return mm.ref.actor, (mm.start, mm.end)
            tp = self._toponym_of(o)
            c = tp.candidate if tp is not None else None
            if tp is not None and c is not None and c.country and c.country != m.ref.code:
                return _place_name(tp), (tp.start, tp.end)
        return None

    def _fallback_name(self, tok) -> str | None:
        """An actor the lexicon does not know: a named entity, a country the geoparser found, or
        a head such as "gunmen" or "Muslim militants"."""
        if tok.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None  # "military operations": an adjective names no one
        if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and not any(t.pos_ == "PROPN" for t in ent):
                ent = None
            if ent is not None and self._trigger_tokens & set(range(ent.start, ent.end)):
                ent = None  # a headline parsed as a name: "Car Bomb Kills"
            if ent is not None:
                tp = self._toponym_at(ent.start_char, ent.end_char)
                if tp is not None and tp.candidate is not None and tp.candidate.kind == "country":
                    return tp.candidate.name
                if tp is not None and not tp.metonymic and ent.label_ == "GPE":
                    return None  # a place named as subject is rarely the actor
                if any(t.lower_ in STREET_WORDS for t in ent):
                    return None  # "1200 E. Broad St. Lanier": an address glued to a name
                if any(t.lower_ in TIME_ZONES for t in ent):
                    return None  # "late on Tuesday (2100 GMT)": a time, no one's name
                text = ent.text
                inner = [t for t in ent if t.i > ent.start and t.text == "The"]
                if inner:  # "Lansing State Journal The Lansing City Council": a byline before
                    text = ent.doc[inner[-1].i : ent.end].text
                text = text[4:] if text.lower().startswith("the ") else text
                # "Ramzan Kadyrov 's raids": the possessive belongs to no name
                return _POSSESSIVE_END.sub("", text).strip() or None
        lem = tok.lemma_.lower()
        if lem in ("position", "stronghold", "hideout", "base", "camp", "post", "convoy"):
            for c in tok.children:  # "militant positions": the militants
                if c.dep_ in ("amod", "compound") and (
                    c.lower_ in self.words["group_nouns"] or c.lemma_ in self.words["group_nouns"]
                ):
                    # "militant positions": the militants; "a police post": the police
                    word = c.lemma_.lower()
                    plural = word if word.endswith("s") else word + "s"
                    return plural if plural in self.words["group_nouns"] else word
        if lem in self.words["actor_nouns"] or tok.lower_ in self.words["actor_nouns"]:
            mods = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and (c.text[:1].isupper() or c.lower_ in ("armed", "masked", "suicide"))
                and c.i not in self.ctx.backer_tokens
                and c.lower_ not in ("suspected", "alleged")
                # "Since early April bandits have raided ...": a date the parser glued on
                and c.ent_type_ not in ("DATE", "TIME")
            ]
            # "German-Iraqi boy", "Athens-Clarke officer": a modifier with its own hyphenated
            # first part; a date the parser put at its left edge is no part of it ("On 3 May
            # Karen National Union soldiers attacked": the soldiers, not "May Karen ...")
            words = [
                tok.doc[_after_a_date(tok.doc, c.left_edge.i, c.i) : c.i + 1].text
                if all(t.text[:1].isupper() or t.text == "-" for t in tok.doc[c.left_edge.i : c.i])
                else c.text
                for c in sorted(mods, key=lambda c: c.i)
            ] + [tok.text]
            text = " ".join(words)
            return text if text[:1].isupper() and mods else text.lower() if not mods else text
        return None

    def _named_in_part(self, m: Mention) -> tuple[str, tuple[int, int]] | None:
        """An armed group's name the lexicon knows read as the end of a longer name, the
        group as written: "Kataib Hezbollah" (an Iraqi militia) is not Hezbollah, nor is any
        "X Hezbollah" or "X Hamas" whose first words are proper nouns that name nothing the
        lexicon or the gazetteer knows (not "Lebanon's Hezbollah", "Lebanese Hezbollah",
        "Iran-backed Hezbollah"). None when the name stands alone; a sentence's first word
        counts only where the article writes it with a capital inside a sentence too, and a
        headline in title case not at all (their capitals name nothing)."""
        if m.ref.kind not in ("party", "armed") or m.ref.form == "demonym":
            return None
        ctx = self.ctx
        toks = [t for t in ctx.s.sent if m.start <= ctx.s.char(t) < m.end]
        if not toks:
            return None
        sent = ctx.s.sent
        if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent):
            return None  # a headline in title case: every word of length capitalised
        k = toks[0].i - 1
        first = None
        while k >= sent.start:
            t = sent.doc[k]
            if t.i == sent.start and not re.search(rf"[a-z,] {re.escape(t.text)}\b", ctx.doc_text):
                break  # a sentence's first word ("Suspected al Qaeda militants") is capitalised
            if (
                t.pos_ != "PROPN"
                or not t.text[:1].isupper()
                or t.dep_ in ("poss", "appos", "nsubj")
                or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE")
                or t.i in ctx.backer_tokens
                or ctx.mention(t) is not None
                or self._toponym_of(t) is not None
            ):
                break
            first, k = t, k - 1
        if first is None:
            return None
        name = sent.doc[first.i : toks[-1].i + 1].text
        return name, (ctx.s.char(first), m.end)

    def _toponym_at(self, start: int, end: int) -> Toponym | None:
        base = self.ctx.s.base
        for tp in self.ctx.toponyms:
            if tp.start < base + end and base + start < tp.end:
                return tp
        return None


def _the_doer(tok) -> bool:
    """Whether a noun is who acts in its clause: the subject of an active verb ("Gunmen killed
    three soldiers": the gunmen), or the agent of a passive ("were fired on by police")."""
    if tok.dep_ == "nsubj":
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _a_tellers_seat(ctx, m: Mention, tok) -> bool:
    """ "the maritime bureau office in Kuala Lumpur said two speedboats had attacked it": the
    town that says where the teller sits ("a unit in London", "officials at Kabul airport")
    is never what an "it" of the words they report stands for."""
    if m.j > len(tok.doc) or not m.start <= ctx.s.char(tok.doc[m.j - 1]) < m.end:
        return False  # a mention of the sentence before
    head = tok.doc[m.j - 1]
    if tok.lower_ != "it" or head.dep_ != "pobj" or head.head.lower_ not in ("in", "at"):
        return False  # "officials in Islamabad said militants had attacked them": the tellers
    teller = head.head.head
    verb = teller.head
    return (
        teller.dep_ == "nsubj"
        and verb.lemma_.lower() in ("say", "report", "tell", "state")
        and any(a.i == verb.i for a in tok.ancestors)
    )


# the words a side's name is glued after ("pro-Moscow", "anti-American"), and their hyphens
_SIDE_PREFIXES = frozenset({"pro", "anti"})
_HYPHENS = frozenset({"-", "\u2010", "\u2013"})


def _pro_or_anti_before(tok):
    """The "pro" or "anti" token ``tok`` is glued after by a hyphen ("pro", "-", "Russian"),
    or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in _HYPHENS or doc[tok.i - 1].whitespace_:
        return None
    first = doc[tok.i - 2]
    return first if first.lower_ in _SIDE_PREFIXES and not first.whitespace_ else None
