"""Armed men sent, or there, because a government asked for them: "Moroccan troops arrived in
Zaire at the request of the Zairean government", "Tanzania answered an appeal for help from
the government of the Seychelles, sending 200 soldiers", "The government of Lesotho asked
South Africa for military help. South African troops entered Lesotho on Tuesday."

A state whose men are in a land, or go there, because its ruler or government asked for them
backs that government. Three wordings of it:

1. Men of a state who are in a land, arrive, land, enter or go in "at the request" (the
   invitation, the behest) of a government or a ruler (``AskedRules._there_at_request``).
   A ruler the lexicon does not know ("at the request of President Ruiz", "of Ruiz's
   government") is the government of the one state the men are in or go to.
2. A state that answers (heeds, responds to) an appeal or a request for help from a ruler or
   a government, sending armed men as it does (``AskedRules._appeal_answered``).
3. A ruler or government that asks a state for help (military help, troops), when the same
   sentence or one of the five after or before it tells that state's men arriving, landing,
   entering or sent there, as done (``AskedRules._help_asked``): a request alone is no backing
   until it is answered.

Not a request of a family, a court, a crowd, the UN or an aid body (no state's government
asks); not men who leave or go home at a request; not a state's own men; not a request
refused, declined, turned down, or answered with no men ("but no troops were sent"); not a
request for help against a flood, a fire or an earthquake (a plight's help is no side); not
doctors, firefighters or helicopters, which are no armed men.
"""

from __future__ import annotations

from explorer.extract.lexicon import ActorRef
from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _TROOPS, _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, preps, with_conjuncts

# verbs of being in a land or arriving there, and those that need "in" or a goal for it:
# English's common ones, chosen by the team
_THERE_VERBS = frozenset({"be", "arrive", "land", "enter"})
_GO_VERBS = frozenset({"go", "come", "fly", "move", "march"})
# armed men, beside the claims' troops
_MEN = frozenset(
    {*_TROOPS, "troop", "soldier", "paratroop", "paratroops", "paratrooper", "marine",
     "commando", "force", "contingent", "battalion", "regiment", "unit", "units"}
)  # fmt: skip
# the words that name an army's regiment or unit by its own name ("the Scots Guards", "the
# Gurkha Rifles", "the 2nd Foreign Parachute Regiment"): English's common ones, chosen by the
# team; a singular "Guard" is a ruler's own ("the Presidential Guard"), none of them
_UNIT_WORDS = frozenset(
    {"regiment", "guards", "rifles", "fusiliers", "commandos", "highlanders", "dragoons",
     "hussars", "lancers", "legion", "brigade", "battalion", "marines", "paras"}
)  # fmt: skip
# what a sentence's men named only by a unit are reported as (``_men_came``)
_UNIT = "unit"
# verbs of sending men
_SEND_VERBS = frozenset({"send", "fly", "deploy", "dispatch", "rush", "airlift", "ship"})
# verbs and nouns of an appeal answered: "answered an appeal", "responded to a request"
_ANSWER_VERBS = frozenset({"answer", "heed", "grant"})
_ANSWER_TO_VERBS = frozenset({"respond", "reply", "accede"})
_APPEAL_NOUNS = frozenset({"appeal", "request", "plea", "call"})
# what is asked for: help of arms or men
_HELP_NOUNS = frozenset({"help", "assistance", "aid", "troops", "support", "protection"})
# words of a refusal or of men not sent, anywhere in the request's sentence
_REFUSAL_WORDS = frozenset(
    {"refuse", "decline", "reject", "rebuff", "spurn", "never", "no", "not", "n't", "deny"}
)
# modal words that leave a request unmade
_MODALS = frozenset({"would", "could", "may", "might", "will", "shall", "should", "must"})
# heads of a government's asker by office
_GOVERNMENT_HEADS = frozenset({"government", "administration", "authorities", "regime"})
_ASKER_KINDS = ("state", "government", "leader")
# how many units before or after a request may tell its answer (a story's lead tells the
# men's arrival, its third or fourth paragraph the request)
_REACH = 5


def asked_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """What a sentence needs for the rules of :class:`AskedRules` to start (the cue test of
    ``trigger_readings``)."""
    men = frozenset(w for w in _MEN if w.endswith("s"))
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for noun in ("request", "invitation", "behest"):
        out[noun] = (men,)
    for noun in _APPEAL_NOUNS:
        out[noun] = (frozenset(_HELP_NOUNS),)
    out["ask"] = (frozenset(_HELP_NOUNS),)
    for verb in (*_THERE_VERBS, *_GO_VERBS, *_SEND_VERBS):
        if verb != "be":
            out[verb] = (men,)
    return out


class AskedRules(PowerRules):
    """Armed men sent or there at a government's request, or answering its appeal."""

    # --- 1. at the request ------------------------------------------------------------------
    def _there_at_request(self, tok, verb) -> list[_Claim]:
        """ "Saudi troops were in Bahrain at the request of the Bahraini government", "The
        Belgian paratroopers arrived at the request of the Zairean president": men of a state
        in a land, arriving or going in, at a government's or ruler's request."""
        lem = verb.lemma_.lower()
        if lem in _GO_VERBS:
            if not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) and not (
                self._goals(verb)
            ):
                return []
        elif lem not in _THERE_VERBS:
            return []
        subj = children(verb, "nsubj", "nsubjpass")
        if not subj or (subj[0].lemma_.lower() not in _MEN and subj[0].lower_ not in _MEN):
            return []
        if self._unmade(verb):
            return []
        powers = [m for m in self._subject_powers(verb) if m.ref.kind == "state" and m.ref.code]
        powers = powers or self._men_s_states(subj[0])
        askers = children(tok, "poss") + preps(tok, "of")
        if not powers or not askers:
            return []
        asked = self._asker(askers[0], verb)
        if not asked or {m.ref.code for m in asked} & {m.ref.code for m in powers}:
            return []
        return [_Claim("backs", tok, powers, parties=asked)]

    def _asker(self, asker, verb) -> list[Mention]:
        """The government that asks: a state, its government or its ruler as the reader reads
        them; or, for a ruler or a government it does not know ("President Ruiz", "Ruiz's
        government", "the government"), the government of the one state the men are in or go
        to. None for any other asker (a family, a court, the UN)."""
        got = self.reader.actors(asker, "party")
        if got:
            if all(m.ref.kind in _ASKER_KINDS and m.ref.code for m in got):
                return got
            if any(m.ref.kind not in ("org", "person") or m.ref.code for m in got):
                return []  # "of the United Nations", "of the Red Cross": no state's
        if not self._a_ruler_or_government(asker):
            return []
        states = self._goal_states(verb)
        if len(states) != 1:
            return []
        code, name = next(iter(states.items()))
        organ = ActorRef(name, "state", state=name, code=code, form="organ")
        s = self.ctx.s
        return [Mention(asker.i, asker.i + 1, organ, s.char(asker), s.char_end(asker))]

    def _men_s_states(self, men) -> list[Mention]:
        """The states named inside a phrase of armed men ("French paratroopers", "soldiers
        from Fiji"), which the reader may not read as a power by themselves."""
        idx = {x.i for x in men.subtree}
        return [
            m
            for m in self.ctx.mentions
            if m.i in idx and m.ref.kind == "state" and m.ref.code and self.ctx.owns(m)
        ]

    def _a_ruler_or_government(self, asker) -> bool:
        """ "the government", "Ruiz's government", "President Ruiz", "King Tomas": a
        government by its noun, or a person by a ruler's title."""
        titles = {t for t in self.lex.words("titles") if " " not in t}
        lem = asker.lemma_.lower()
        if lem in _GOVERNMENT_HEADS or lem in titles:
            return True
        return asker.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_ in titles for c in asker.children
        )

    def _goals(self, verb) -> list:
        """What a verb of going or being names as where: its "in", "into", "to" objects, or
        its direct object ("entered Chad")."""
        return children(verb, "dobj") + [
            o
            for p in children(verb, "prep")
            if p.lower_ in ("in", "into", "to", "inside")
            for o in children(p, "pobj")
        ]

    def _goal_states(self, verb) -> dict[str, str]:
        """The states (code -> name) of the places a verb names as where the men are or go:
        a state named, or a place the gazetteer sets in one."""
        goals = self._goals(verb)
        out: dict[str, str] = {}
        for m in self._actors_of(goals, role="party"):
            if m.ref.kind == "state" and m.ref.code:
                out[m.ref.code] = m.ref.state or m.ref.name
        idx = {t.i for g in goals for t in g.subtree}
        for tp in self.ctx.toponyms:
            if tp.candidate is None or not tp.candidate.country or tp.metonymic:
                continue
            if any(t.i in idx for t in self.ctx.tokens_of(tp)):
                code = tp.candidate.country
                out.setdefault(code, self._state_name(code))
        return out

    def _state_name(self, code: str) -> str:
        """A state's name by its code, as the lexicon holds it (the code when it holds none)."""
        for m in self.ctx.mentions:
            if m.ref.code == code and m.ref.kind == "state":
                return m.ref.state or m.ref.name
        return self.lex.state_name(code)

    def _unmade(self, verb) -> bool:
        """Whether a verb is negated or hangs on a modal ("would go in", "were not in")."""
        return any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children
        )

    # --- 2. an appeal answered ----------------------------------------------------------------
    def _appeal_answered(self, tok) -> list[_Claim]:
        """ "Nigeria responded to an appeal for help from the Sierra Leonean government,
        sending troops to Freetown": an appeal or request for help answered by a state that
        sends armed men as it answers backs the one who appealed."""
        if tok.lemma_.lower() not in _APPEAL_NOUNS:
            return []
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "to":
            verb = verb.head
            if verb.lemma_.lower() not in _ANSWER_TO_VERBS:
                return []
        elif tok.dep_ != "dobj" or verb.lemma_.lower() not in _ANSWER_VERBS:
            return []
        helps = [h for h in preps(tok, "for") if h.lemma_.lower() in _HELP_NOUNS]
        if not helps or self._unmade(verb):
            return []
        askers = [
            *children(tok, "poss"),
            *preps(tok, "from"),
            *preps(helps[0], "from"),
            *preps(verb, "from"),  # the parse may hang "from" on the verb
        ]
        sending = [
            v
            for v in (*children(verb, "advcl", "conj"), verb)
            if v.lemma_.lower() in _SEND_VERBS and self._men_object(v)
        ]
        if not askers or not sending:
            return []
        subjects = self._subject_powers(verb)
        powers = [m for m in subjects if m.ref.kind in _ASKER_KINDS and m.ref.code]
        if not powers and len(subjects) == 1 and self._a_titled_person(subjects[0]):
            # "Prime Minister Ruiz answered ...": a ruler the lexicon does not know speaks
            # for the state whose men the sentences before sent
            powers = self._earlier_sender(subjects[0])
        if not powers:
            return []
        asked = self._asker(askers[0], sending[0])
        if not asked and self._a_ruler_or_government(askers[0]):
            asked = self._earlier_goal(askers[0], {m.ref.code for m in powers if m.ref.code})
        if not asked or {m.ref.code for m in asked} & {m.ref.code for m in powers}:
            return []
        return [_Claim("backs", verb, powers, parties=asked)]

    def _men_object(self, verb) -> bool:
        """Whether a verb of sending sends armed men ("sending 200 soldiers")."""
        return any(
            o.lemma_.lower() in _MEN or o.lower_ in _MEN
            for d in children(verb, "dobj")
            for o in with_conjuncts(d)
        )

    def _a_titled_person(self, m: Mention) -> bool:
        """A person the reader names by a ruler's title and no state ("Prime Minister Ruiz")."""
        if m.ref.kind != "person" or m.ref.code or not self.ctx.owns(m):
            return False
        doc = self.ctx.s.sent.doc
        return self._a_ruler_or_government(doc[m.j - 1])

    def _earlier_sender(self, person: Mention) -> list[Mention]:
        """The one state whose men the sentences just before sent to one land ("Ruritania
        flew troops to the Isles on Friday"), as the state a ruler it does not name speaks
        for: the same sending told again with its ruler. None where they tell several."""
        found = self._earlier_sendings()
        senders = {code for code, _goal in found}
        if len(senders) != 1:
            return []
        code = next(iter(senders))
        ref = ActorRef(
            self.lex.state_name(code), "state", state=self.lex.state_name(code), code=code
        )
        return [Mention(person.i, person.j, ref, person.start, person.end)]

    def _earlier_sendings(self) -> list[tuple[str, str]]:
        """The (sender, goal) state codes of the sendings of armed men to one state each, told
        as done, in the sentences just before this one."""
        out: list[tuple[str, str]] = []
        prev, seen = self.ctx.prev, 0
        while prev is not None and seen < _REACH:
            seen += 1
            if prev.full_parse:
                for v in prev.s.sent:
                    if v.lemma_.lower() not in _SEND_VERBS or not self._men_object(v):
                        continue
                    if self._unmade(v) or self._denied(v):
                        continue
                    senders = self._codes_in(prev, children(v, "nsubj"))
                    goals = self._codes_in(prev, [g for g in self._goals(v) if g.dep_ != "dobj"])
                    if len(senders) == 1 and len(goals) == 1 and senders != goals:
                        out.append((next(iter(senders)), next(iter(goals))))
            prev = prev.prev
        return out

    def _earlier_goal(self, asker, codes: set[str]) -> list[Mention]:
        """A ruler the lexicon does not know, who appealed to a state: the government of the
        one state that state's men were sent to in the sentences just before ("Brazil sent
        marines to Guyana on Monday ... Brasilia heeded the plea of President Mendes for help")."""
        goals = {goal for sender, goal in self._earlier_sendings() if sender in codes}
        if len(goals) != 1:
            return []
        code = next(iter(goals))
        name = self.lex.state_name(code)
        organ = ActorRef(name, "state", state=name, code=code, form="organ")
        s = self.ctx.s
        return [Mention(asker.i, asker.i + 1, organ, s.char(asker), s.char_end(asker))]

    # --- 3. help asked and given ---------------------------------------------------------------
    def _help_asked(self, tok) -> list[_Claim]:
        """ "The government of Lesotho asked South Africa for military help. South African
        troops entered Lesotho on Tuesday": a government asks a state for help, and that
        state's men are told arriving or sent in this sentence or one near it: the state
        backs the government that asked."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("ask", "appeal"):
            return []
        helps = [h for h in preps(tok, "for") if h.lemma_.lower() in _HELP_NOUNS]
        if not helps or self._unmade(tok) or self._refused():
            return []
        if any(h.lemma_.lower() in self.lex.words("plight_nouns") for h in tok.subtree):
            return []  # "asked for help with the floods": a plight's help
        if tok.lemma_.lower() == "ask":
            asked_heads = [o for d in children(tok, "dobj", "dative") for o in with_conjuncts(d)]
        else:
            asked_heads = [o for d in preps(tok, "to") for o in with_conjuncts(d)]
        asked = [m for m in self._actors_of(asked_heads) if m.ref.kind == "state" and m.ref.code]
        if not asked:
            return []
        askers = [
            m
            for m in self._subject_powers(tok)
            if m.ref.kind in _ASKER_KINDS and m.ref.code and self.ctx.owns(m)
        ]
        if not askers:
            return []
        asker_codes = {m.ref.code for m in askers if m.ref.code}
        came = self._men_came(self.ctx, asker_codes)
        for near in self._near_contexts():
            came |= self._men_came(near, asker_codes)
        if _UNIT in came and len({m.ref.code for m in asked}) == 1:
            # men named only by their regiments, arriving after one state was asked: its men
            came.add(asked[0].ref.code or "")
        powers = [m for m in asked if m.ref.code in came and m.ref.code not in asker_codes]
        if not powers:
            return []
        return [_Claim("backs", tok, powers, parties=askers)]

    def _refused(self) -> bool:
        """Whether the request's sentence tells a refusal or men not sent."""
        return any(
            t.lemma_.lower() in _REFUSAL_WORDS or t.lower_ in _REFUSAL_WORDS or t.dep_ == "neg"
            for t in self.ctx.s.sent
        )

    def _near_contexts(self) -> list:
        """The full-parsed sentences up to ``_REACH`` before and after this one."""
        out = []
        for attr in ("prev", "following"):
            c, seen = getattr(self.ctx, attr, None), 0
            while c is not None and seen < _REACH:
                seen += 1
                if c.full_parse:
                    out.append(c)
                c = getattr(c, attr, None)
        return out

    def _men_came(self, ctx, homes: set[str]) -> set[str]:
        """The codes of the states whose armed men a sentence tells arriving, landing,
        entering, going or sent, as done, to one of ``homes`` or to no land named: "South
        African troops entered Lesotho", "soldiers from New Caledonia arrived", "France sent
        paratroopers"; not men sent elsewhere ("had sent troops to Fiji")."""
        out: set[str] = set()
        for t in ctx.s.sent:
            lem = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or self._unmade(t) or self._denied(t):
                continue
            if lem not in _SEND_VERBS | _THERE_VERBS | _GO_VERBS:
                continue
            goals = self._codes_in(ctx, [g for g in self._goals(t) if g.dep_ != "dobj"])
            if lem == "enter":
                goals |= self._codes_in(ctx, children(t, "dobj"))
            if goals and not goals & homes:
                continue  # men sent or gone elsewhere than the land that asked
            # "flew in": men who fly with no object go, as "came" does
            sending = lem in _SEND_VERBS and not (lem in _GO_VERBS and not children(t, "dobj"))
            if sending and not goals:
                continue  # a sending that names no land may be another's
            if sending:
                if self._men_object(t):
                    out |= self._codes_in(ctx, children(t, "nsubj"))
                continue
            for s in children(t, "nsubj"):
                unit = _unit_named(s)
                men = with_conjuncts(s)
                armed = any(x.lemma_.lower() in _MEN or x.lower_ in _MEN for x in men)
                if not armed and not (unit and s.lower_ == "men"):
                    continue
                own = self._codes_in(ctx, [s])
                if unit and not own:
                    out.add(_UNIT)  # "soldiers of the Scots Guards": no state's word
                out |= own | self._codes_in(ctx, preps(t, "from"))
        return out

    def _denied(self, verb) -> bool:
        """ "never arrived", "no troops were sent": a verb or its men told as not done."""
        return any(c.lower_ in ("never", "no") for d in verb.children for c in (d, *d.children))

    def _codes_in(self, ctx, heads) -> set[str]:
        """The codes of the states a sentence's mentions name within the given phrases."""
        idx = {x.i for h in heads for x in h.subtree}
        return {
            m.ref.code for m in ctx.mentions if m.i in idx and m.ref.kind == "state" and m.ref.code
        }


def _unit_named(men) -> bool:
    """ "soldiers of the Staffordshire Regiment", "men of the Gurkha Rifles": men in arms
    named by a unit's own capitalised name (``_UNIT_WORDS``) in their phrase."""
    return any(
        t.lower_ in _UNIT_WORDS and t.text[:1].isupper() and t.pos_ == "PROPN"
        for t in men.subtree
        if t.i != men.i
    )
