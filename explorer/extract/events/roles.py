"""The roles of a trigger (who acts, who is struck) and the readings of a span they use (places,
owners, the press)."""

from __future__ import annotations

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues_when import _reported_by
from explorer.extract.events.headline_as import subject_of_a_clause_read_as_a_phrase
from explorer.extract.events.readings import (
    Trigger,
    _a_headlines_label,
    _a_headlines_noun,
    _done_to,
    _left_without,
    _np_tokens,
    _said_of_its_noun,
    _trigger_index,
    _with_conjuncts_of,
)
from explorer.extract.events.roles_accused import the_accused
from explorer.extract.events.roles_asked import a_pronoun_asked_about, an_asked_who
from explorer.extract.events.roles_claimed import the_claimants
from explorer.extract.events.roles_joined import outer_doers_of_a_joined_verb
from explorer.extract.events.roles_raised import the_raised_subject
from explorer.extract.events.roles_unsaid import named_after_no, the_answerers, the_land_of_a_blast
from explorer.extract.events.words import (
    _BLAST_NOUNS,
    _BROKER_VERBS,
    _HARM_TYPES,
    _NO_STATES_BOMBS,
    _OVERHEARD,
    _PERPETRATE,
    _PLAN_FOUND,
    _PLAN_NOUNS,
    _REPORT_VERBS,
    _TALK_VERBS,
    _UNDERGO,
    _VICTIM_VERBS,
)
from explorer.extract.mentions import Mention
from explorer.extract.syntax import (
    RELPRON,
    children,
    governing_subjects,
    own_subject,
    put_in_a_place,
    with_conjuncts,
)

# people who fall in a fight without fighting it, so are no side of it (civilians, the press,
# passers-by: the noncombatants of the laws of war)
_BYSTANDERS = frozenset(
    {"civilian", "journalist", "reporter", "resident", "villager", "passer-by", "bystander"}
    | {"child", "children", "woman", "women", "tourist", "worker", "student", "refugee"}
)


# nouns of taking a land, whose land a country's name before them may be
_LANDS_TAKEN = frozenset({"invasion", "occupation", "annexation", "conquest"})


# the verbs of harm an act is told to have been done "in" ("killed 50 in an attack")
_HARM_VERBS = frozenset({"kill", "wound", "injure", "maim"})


def _planners(verb) -> list | None:
    """Who plans the act of an infinitive that completes a noun of a plan ("plans to attack",
    "a plot to bomb"), or None when it completes none: the plan's owner as the sentence writes
    it before the noun ("Israel said it had uncovered Hamas plans to attack Tel Aviv": Hamas;
    "a Ukrainian plot", "the rebels' plans"), else no one when the plan is what others uncover,
    foil or reveal ("Police thwarted a plan to bomb the embassy": not the police). A plan that
    someone announces or approves falls to the usual reading ("Israel approved plans to attack
    Rafah": Israel). Read by the words' order, since the parser often hangs the infinitive on
    the verb above the noun."""
    doc = verb.doc
    if verb.tag_ != "VB" or verb.i < 2 or doc[verb.i - 1].lower_ != "to":
        return None
    plan = doc[verb.i - 2]
    by = next((t for t in doc[max(0, verb.i - 8) : verb.i - 1] if t.lower_ == "by"), None)
    if (
        plan.lower_ not in _PLAN_NOUNS
        and by is not None
        and by.i > 0
        and doc[by.i - 1].lower_ in _PLAN_NOUNS
        and all(t.i in {x.i for x in by.subtree} for t in doc[by.i : verb.i - 1])
    ):
        plan = doc[by.i - 1]  # "a plan by al-Shabaab to attack Nairobi": its author after it
    if plan.lower_ not in _PLAN_NOUNS:
        return None
    owners = children(plan, "poss") + [
        o for p in (by,) if p is not None and p.i == plan.i + 1 for o in children(p, "pobj")
    ]  # "the rebels' plans", "a plan by al-Shabaab"
    j = plan.i - 1
    while (
        j >= 0
        and doc[j].text[:1].isupper()
        and (doc[j].tag_ in ("NNP", "NNPS") or (doc[j].tag_ == "JJ" and not doc[j].is_sent_start))
    ):
        owners.append(doc[j])  # "Hamas plans", "a Ukrainian plot", "Islamic State plans"
        j -= 1
    if owners:
        return owners
    if plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in _PLAN_FOUND:
        return []
    return None


# the verbs by which one holds another to account for an act ("blamed Russian shelling for")
_BLAMING_VERBS = frozenset({"blame", "fault"})


def _the_blamed(verb) -> list | None:
    """Who an act told as a gerund under a verb of blame is said to have done it, or None
    where the gerund hangs under none: "Yerevan blamed Azerbaijani shelling for the outage"
    (the parser makes "Azerbaijani" the object of "blamed" and "shelling" a clause of it): the
    one blamed, as the blamer's claim (Azerbaijan); who blames an act does not do it, so the
    blamer (Yerevan) is never its doer, and nobody is where no one is blamed by name."""
    head = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in ("advcl", "xcomp", "dobj", "ccomp")
        or head.i == verb.i
        or head.lemma_.lower() not in _BLAMING_VERBS
        or not _a_gerund_of_the_blamed(verb, head)
    ):
        return None
    return [o for o in children(head, "dobj") if o.i < verb.i]


def _a_gerund_of_the_blamed(verb, head) -> bool:
    """Whether the gerund ``verb`` under the verb of blame ``head`` follows the blamed word
    at once, as the act it is blamed for ("blamed Azerbaijani shelling for the outage": the
    object "Azerbaijani", then "shelling"). A gerund set apart after the blame ("Israel blamed
    Hamas for the rocket fire, shelling targets in Gaza hours later") is the blamer's own act
    (review90)."""
    return any(o.right_edge.i + 1 == verb.i for o in children(head, "dobj"))


# the verbs by which someone tells or confirms what another did
_TELLING_VERBS = frozenset(
    {"say", "tell", "report", "confirm", "announce", "state", "claim", "allege", "add"}
)


def _a_tellers_clause(verb) -> bool:
    """Whether ``verb`` is a finite verb the parse hangs with no subject as the clause a verb
    of telling says ("Police confirmed that raiders believed to come from the Pokot
    community carried out the killings", the raiders made the subject of "believed"): a finite
    verb has a subject of its own, which the parse lost; the teller above is not it."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.lemma_.lower() in _TELLING_VERBS
        and not children(verb, "nsubj", "nsubjpass", "csubj", "expl")
    )


# the words of a settlement or a district a land's name may stand before ("Nigeria village
# attacks"); not a line between lands, whose names are its sides ("India China border clash")
_SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "district", "neighborhood", "neighbourhood", "suburb", "quarter"}
    | {"province", "region", "area", "island"}
)


def _the_land_of_its_settlement(c, tok) -> bool:
    """ "At least 37 dead in Nigeria village attacks": a name before a settlement's word,
    both set before the event's noun, is the land the village lies in, not who struck it."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return (
        c.dep_ == "compound"
        and nxt is not None
        and nxt.i < tok.i
        and nxt.dep_ == "compound"
        and nxt.head.i == tok.i
        and nxt.lemma_.lower() in _SETTLEMENT_NOUNS
    )


# the buildings of a settlement's own people a land's word before them places ("a Mexican
# village hall", "a Nigerian village school")
_SETTLEMENTS_BUILDINGS = frozenset(
    {"hall", "school", "market", "square", "mosque", "church", "clinic", "council"}
)


def _the_land_of_a_settlements_building(tokens: list) -> bool:
    """ "Gunmen storm Mexican village hall, kill mayor", "attacked a Nigerian village
    school": a land's word before a settlement's word and one of its buildings says where the
    building stands, as ``_the_land_of_its_settlement`` reads "Nigeria village attacks"; the land
    is not whom the act struck. A state's own works keep their state ("the Russian embassy", "a
    Turkish army post", "a Russian city airport", "a Pakistani police station")."""
    for t in tokens:
        head = t.head
        if (
            t.dep_ in ("amod", "compound")
            and head.lemma_.lower() in _SETTLEMENTS_BUILDINGS
            and any(
                c.dep_ == "compound" and c.i > t.i and c.lemma_.lower() in _SETTLEMENT_NOUNS
                for c in head.children
            )
        ):
            return True
    return False


# the public places a bomb is set off in ("Pakistan market blast"), and a bomb's words
_CROWDED_SITES = frozenset(
    {"market", "bazaar", "marketplace", "mosque", "church", "temple", "shrine", "cafe", "café"}
    | {"restaurant", "bus", "train", "station", "mall", "nightclub", "bar", "hotel", "stadium"}
)
_BOMB_NOUNS = frozenset({"bomb", "bombing", "blast", "explosion", "bomber"})


def _stopped_by_the_word_between(c, tok) -> bool:
    """Whether a modifier ``c`` of the event noun ``tok`` is the subject of a verb of stopping
    or finding out (``_PLAN_FOUND``: foil, thwart, prevent, uncover ...) that a headline's
    parse makes a compound between them ("Police foil protests in Lahore and Karachi":
    "Police" and "foil" both compounds of "protests"): who stops an act is not its doer.
    "Student protests", "Foil workers protest" (the word first) keep their doers."""
    return any(
        t.dep_ == "compound" and t.head.i == tok.i and t.lemma_.lower() in _PLAN_FOUND
        for t in tok.doc[c.i + 1 : tok.i]
    )


def _the_land_of_its_site(c, tok) -> bool:
    """ "Twelve killed in eastern Congo market bomb", "Iraq market bombing kills 20": a name
    before a crowded place's word, both set before a bomb's noun, is the land the bomb went off
    in, as ``_the_land_of_its_settlement`` reads "Nigeria village attacks"; a state's strike on
    a school or a hospital ("Israel hospital strike") keeps its state, as does a bomb told with
    no place's word ("US bomb kills 30")."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return (
        c.dep_ == "compound"
        and tok.lemma_.lower() in _BOMB_NOUNS
        and nxt is not None
        and nxt.i < tok.i
        and nxt.dep_ == "compound"
        and nxt.head.i == tok.i
        and nxt.lemma_.lower() in _CROWDED_SITES
    )


def _the_reporter(verb, obj) -> bool:
    """Whether ``obj``, parsed as an object of ``verb``, is the subject of the "say" that reports
    ``verb``'s clause, set off by a comma and followed by that "say" with no subject of its own
    ("Kenya will deploy soldiers in Somalia ..., the army's chief spokesman, John Ochieng,
    said": the parser hangs the spokesman on "deploy"); who reports an event is no role of it."""
    say = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or say.lemma_.lower() not in ("say", "tell"):
        # "..., the army's spokesman, Sani Usman, said on Monday": the "say" parsed as a
        # second verb of the clause it reports
        say = next(
            (
                c
                for c in children(verb, "conj")
                if c.lemma_.lower() in ("say", "tell") and c.i > obj.i
            ),
            None,
        )
        if say is None:
            return False
    if children(say, "nsubj") or say.i < verb.i:
        return False
    doc = verb.doc
    before = obj.left_edge.i - 1
    after = obj.right_edge.i + 1
    while after < say.i and doc[after].is_punct:
        after += 1
    return before >= 0 and doc[before].text == "," and after == say.i


# the verbs whose object a bare past participle tells what was done to ("saw his car attacked",
# "had his shop raided", "found her husband stabbed")
_SMALL_CLAUSE_HEADS = frozenset({"see", "watch", "have", "get", "find", "want", "leave"})


def _a_passive_small_clause(verb) -> bool:
    """ "has seen his new car attacked outside his home", "had his shop raided twice": a past
    participle (which the parser may tag as a past tense) with no auxiliary of its own, no
    object and no "that", the complement of a verb of seeing or having; the parser makes the
    noun before it its subject, but the participle is passive, so that noun is who or what it
    was done to, not who did it."""
    return (
        verb.tag_ in ("VBN", "VBD")  # the parser takes "attacked" there for a past too
        and verb.lower_ != verb.lemma_.lower()
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and verb.head.lemma_.lower() in _SMALL_CLAUSE_HEADS
        and not children(verb, "aux", "auxpass", "dobj", "mark")
    )


# verbs of talking by which the sides of a fight settle it: who does so fought it
_SETTLING = frozenset({"agree", "sign", "exchange", "pledge", "promise"})


class _Cast:
    """What :meth:`_Roles.roles` gathers for one trigger: the trigger, its type's spec and what
    the spec says of its roles, and the actors and targets found so far (each a list of (name,
    char span or None), added to in the order the steps find them)."""

    def __init__(self, rules: _Roles, trig: Trigger, spec: dict) -> None:
        self.rules = rules
        self.trig = trig
        self.tok = trig.tok
        self.spec = spec
        self.sym = sym = bool(spec.get("symmetric"))
        self.target_preps = set(spec.get("target_preps", []))
        self.of_role = spec.get("of_role")
        self.obj_role = trig.object_role or spec.get("object_role", "actor" if sym else "target")
        self.obj_place = spec.get("object_is_place", False)
        self.harm = not sym and trig.type in _HARM_TYPES
        self.agents: list = []
        self.targets: list = []

    @staticmethod
    def add(into: list, items) -> None:
        """Add the items whose names ``into`` does not hold yet."""
        for it in items:
            if it[0] not in [x[0] for x in into]:
                into.append(it)

    def harmed(self, o) -> list:
        """Whom the event harmed: an official named by his state is the person."""
        rules = self.rules
        if not self.harm:
            return rules._phrase_actors(o)
        out: list = []
        for head in with_conjuncts(o):
            own = rules._states_official(head) or rules._his_official(head)
            out += [own] if own is not None else rules._phrase_actors(head)
        return out

    def obj_items(self, o) -> list:
        """Who an object names: the harmed; of an event done to a place ("visited Beijing",
        "invaded Iraq"), the place is no target unless it is a country."""
        items = self.harmed(o)
        if self.obj_place:
            # "visited Beijing", "invaded Iraq": the place; a country is also the target
            rules = self.rules
            items = [
                it
                for it in items
                if it[1] is None or not rules._is_place_span(it[1]) or rules._is_country(it[1])
            ]
        return items


class _Roles(_RulesBase):
    """The roles of a trigger (who acts, who is struck) and the readings of a span they use
    (places, owners, the press)."""

    def roles(self, trig: Trigger) -> tuple[list, list]:
        """(actors, targets) of the trigger, each a list of (name, char span or None).

        The steps, in the order they decide: the roles a verb's own dependents give
        (:meth:`_of_the_verb`) or a noun's (:meth:`_of_the_noun`), then who talked where a
        symmetric event has no side yet (:meth:`_talkers`), then what no actor or target can
        be (:meth:`_settled`)."""
        cast = _Cast(self, trig, self.types[trig.type])
        if not trig.is_noun:
            self._of_the_verb(cast)
        else:
            self._of_the_noun(cast)
        self._talkers(cast)
        return self._settled(cast)

    def _of_the_verb(self, cast: _Cast) -> None:
        """The roles of a verb: its subject, object, agent and prepositions, each by the
        event's spec (:meth:`_verb_dependent`), whom it declares, and the subjects above a verb
        with none of its own."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents, targets = cast.add, cast.agents, cast.targets
        obj_items = cast.obj_items
        trig, verb = cast.trig, tok
        broker = sym and verb.lemma_.lower() in _BROKER_VERBS
        if _said_of_its_noun(verb, trig.active_preps):
            add(agents, self._phrase_actors(verb.head))  # "aircraft intruded into ..."
        for c in verb.children:
            self._verb_dependent(cast, verb, c, broker)
        for v in spec.get("verbs", ()):
            if "declared" in v and v["lemma"] == verb.lemma_.lower():
                declared = self._declared(verb, v)
                if declared is not None and declared.dep_ != "nsubjpass":
                    add(targets, self._phrase_actors(declared))
        if not children(verb, "nsubj", "nsubjpass", "agent") and not broker:
            # "Qatar helped broker a truce between Israel and Hamas": who helped broker it
            # is no side, as its own subject is none
            subjects, undergoes = self._subjects_above(verb)
            for s in subjects:
                if _a_headlines_noun(verb, s):
                    continue  # "Grozny shelling kills 21, imperils next round of talks"
                done_to = _done_to(verb, spec) if undergoes and not sym else []
                if done_to:
                    # "a Greek tanker hijacked in April", "the crew of the grain ship
                    # hijacked ...": the craft, not the crew the parser hangs it on
                    add(targets, obj_items(done_to[0]))
                    continue
                add(targets if undergoes and not sym else agents, self._phrase_actors(s))

    def _verb_dependent(self, cast: _Cast, verb, c, broker: bool) -> None:
        """The role one dependent of the verb takes: a subject acts unless the verb is passive
        in effect or the event is done to it, a passive subject or an object is the target (or
        a side, or the owner), an agent acts, an object of a target's preposition is struck; a
        broker's subject is no side."""
        spec, sym = cast.spec, cast.sym
        add, agents, targets = cast.add, cast.agents, cast.targets
        harmed, obj_items = cast.harmed, cast.obj_items
        trig, obj_role = cast.trig, cast.obj_role
        obj_place, target_preps = cast.obj_place, cast.target_preps
        if c.dep_ == "nsubj" and broker:
            return  # "Qatar brokered a truce between Israel and Hamas": no side
        if c.dep_ == "dobj" and broker:
            for p in children(c, "prep"):
                if p.lower_ in ("between", "with"):
                    for o in children(p, "pobj"):
                        add(agents, self._phrase_actors(o))
            return
        if c.dep_ == "nsubj" and _a_headlines_noun(verb, c):
            return  # "More Sarajevo shelling kills 9": the town shelled, not who shelled
        if (c.dep_ == "nsubj" and an_asked_who(verb, c)) or a_pronoun_asked_about(verb, c):
            return  # "it was unclear who had raided it": see roles_asked
        if c.dep_ == "nsubj" and _a_headlines_label(verb, c):
            return  # "Libya: rockets hit two camps in Benghazi": where, not who
        if c.dep_ == "nsubj":
            c = own_subject(verb, c)
        if c.dep_ == "nsubj" and not sym and self._elided_passive(verb, trig.active_preps):
            add(targets, self._phrase_actors(c))  # "Aid workers kidnapped in Kenya"
        elif c.dep_ == "nsubj" and not sym and _a_passive_small_clause(verb):
            add(targets, harmed(c))  # "has seen his new car attacked outside his home"
        elif c.dep_ == "nsubj" and not sym and c in _done_to(verb, spec):
            add(targets, obj_items(c))  # "The relief ship hijacked in April was ..."
        elif c.dep_ == "nsubj":
            add(agents, self._forces_as_written(c, spec) or self._phrase_actors(c))
        elif c.dep_ == "nsubjpass":
            if obj_role == "owner":  # "Russian missiles would be installed"
                add(agents, [it for it in self._phrase_actors(c) if it[0][:1].isupper()])
            elif verb.lemma_.lower() in ("fire", "launch", "hurl", "throw") and any(
                p.lower_ in ("at", "on", "into") and children(p, "pobj")
                for p in children(verb, "prep")
            ):
                return  # "the Taser that was fired at Dziekanski": what was fired
            elif obj_role != "none":
                add(agents if sym else targets, harmed(c))
        elif c.dep_ == "agent":
            for o in children(c, "pobj"):
                add(agents, self._phrase_actors(o))
        elif c.dep_ in ("dobj", "dative") and _the_reporter(verb, c):
            return  # "Uganda will deploy soldiers ..., the army's spokesman, X, said"
        elif c.dep_ in ("dobj", "dative"):
            if obj_role == "owner":  # "deployed Turkish troops"
                add(agents, [it for it in self._phrase_actors(c) if it[0][:1].isupper()])
                return
            if obj_role == "none":
                return
            add(agents if obj_role == "actor" else targets, obj_items(c))
        elif c.dep_ == "ccomp" and verb.lemma_.lower() == "let" and c.lemma_ == "go":
            for o in children(c, "nsubj"):
                add(targets, harmed(o))  # "The hijackers let 41 hostages go"
        elif c.dep_ == "prep":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if sym and (
                c.lower_ in ("with", "between")
                or (c.lower_ == "to" and verb.lemma_.lower() in ("speak", "talk"))
            ):  # "spoke to Hugo Chavez by satellite phone": whom one speaks to
                for o in objs:
                    add(agents, self._phrase_actors(o))
            elif c.lower_ in target_preps:
                for o in objs:
                    add(targets, obj_items(o) if obj_place else harmed(o))

    def _of_the_noun(self, cast: _Cast) -> None:
        """The roles of a noun, in this order: its modifiers (:meth:`_noun_modifiers`), its
        prepositions (:meth:`_noun_prepositions`), the clauses that say who carried it out
        (:meth:`_noun_clauses`), who seized as a noun phrase says, whom it removed
        (:meth:`_removed`), who fell in it (:meth:`_fallen`), and the light verb it is the
        object or subject of (:meth:`_light_verb_roles`)."""
        self._noun_modifiers(cast)
        self._noun_prepositions(cast)
        self._noun_clauses(cast)
        if not cast.agents and not cast.sym:
            cast.add(cast.agents, self._doers_of_the_harm_it_was(cast.tok))
        cast.add(cast.agents, self._seized_as_a_noun_phrase(cast.tok, cast.spec))
        self._removed(cast)
        self._fallen(cast)
        self._light_verb_roles(cast)
        if not cast.agents:
            for s in the_answerers(cast.tok):  # "Turkish jets answered with air raids"
                cast.add(cast.agents, self._phrase_actors(s))
        if not cast.agents and not cast.sym:
            for s in the_claimants(cast.tok):  # "a front claimed responsibility for the attack"
                cast.add(cast.agents, self._phrase_actors(s))

    def _noun_modifiers(self, cast: _Cast) -> None:
        """Who a noun's modifiers name: a known actor or a country before it acts (or is its
        target, by the spec), not a place it happened in; an owner's person is whom it was done
        to where its author follows "by"."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents, targets = cast.add, cast.agents, cast.targets
        # "Israeli offensive", "PKK attack", "Iraq's invasion", "UN hostages"
        mod_role = spec.get("modifier_role", "actor")
        # a headline ("Lula, Biden Discuss Attack on ...") parses names as modifiers
        mod_deps = ("poss", "amod") if self._headline() else ("poss", "compound", "amod", "nmod")
        for c in tok.children:
            if (
                c.dep_ in mod_deps
                and c.i not in self.ctx.backer_tokens
                and not _stopped_by_the_word_between(c, tok)
            ):
                # "PKK attack", "Israeli offensive", "Iraq's invasion": a known actor or a
                # country; "TNT bomb", "Walmart attack" name no author
                items = [
                    it
                    for it in self._phrase_actors(c)
                    if (it[0][:1].isupper() and (c.dep_ == "poss" or self._known_actor(it[1])))
                    or (spec.get("people_actors") and c.dep_ == "compound")
                ]  # "opposition protests", "student protests": who protested
                items = [
                    it
                    for it in items
                    if not self._is_place_modifier(c, bool(spec.get("people_actors")))
                    and not self._where_a_bomb_went_off(tok, c)
                    and not self._a_place_nouns_land(c)
                    and not _the_land_of_its_settlement(c, tok)
                    and not (_the_land_of_its_site(c, tok) and not self._bombed_abroad(c))
                    and not self._the_land_it_was_in(c, tok)
                ]
                # "Sadat's assassination by an army officer": with the
                # author after "by", a person who owns the event is the one it was done to
                suffered = (
                    c.dep_ == "poss"
                    and not sym
                    and c.ent_type_ == "PERSON"
                    and any(p.lower_ == "by" for p in tok.children if p.dep_ in ("prep", "agent"))
                ) or self._the_land_taken(c, tok)
                add(targets if mod_role == "target" or suffered else agents, items)

    def _the_land_taken(self, c, tok) -> bool:
        """ "the Kuwait invasion", "the Afghanistan occupation": a country's full name before a
        noun of taking a land, with no "of" or "by" after it, names the land taken, as "the
        Normandy landings" name where; a people's word or a short form keeps its doer ("the
        Soviet invasion", "the US occupation", "Iraq's invasion", "the Russia invasion of
        Ukraine")."""
        if c.dep_ != "compound" or tok.lemma_.lower() not in _LANDS_TAKEN:
            return False
        if any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "CARDINAL") and not o.like_num
            for p in tok.children
            if p.dep_ in ("prep", "agent") and p.lower_ in ("of", "by")
            for o in p.children
        ):
            return False  # "the Kuwait invasion of 1990" still names the land taken
        m = self.ctx.mention(c)
        if m is None or m.ref.form != "name" or not c.text[:1].isupper() or c.text.isupper():
            return False  # "US", "U.S.", "USSR": written for their state's doing
        tp = self._toponym_of(c)
        return tp is not None and tp.candidate is not None and tp.candidate.kind == "country"

    def _the_land_it_was_in(self, c, tok) -> bool:
        """ "Nine killed in Iraq bombings", "five died in Colombia attacks on police stations":
        a country's full name before an event's noun that "in" puts the dead or the wounded
        in names the land it happened in, as "in Madrid train bombings" names the city; a
        short form in capitals ("in US strikes"), a people's word ("in Russian strikes"), a
        possessive and a land whose act the sentence carries to another land's place ("in
        Israel strikes on Gaza") keep their doer."""
        if c.dep_ not in ("compound", "amod") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return False
        m = self.ctx.mention(c)
        if m is None or m.ref.form not in ("name", "metonym") or c.text.isupper():
            return False
        tp = self._toponym_of(c)
        if tp is None or tp.candidate is None or tp.candidate.kind != "country":
            return False
        own = tp.candidate.country
        return not {self._land_of(t) for t in self.ctx.s.sent if t.i != c.i} - {None, own}

    def _bombed_abroad(self, c) -> bool:
        """ "Russia market bombing kills 40 in Syrian town of Ariha", "US mosque bombing in
        Fallujah": a land before a crowded place's word before a bomb, in a sentence that puts
        the act "in", "at" or "near" a place (or a people's town) of another land, bombed
        there; it is not where the bomb went off ("Israel bus bombing kills 16 in Jerusalem",
        "Iraq mosque bombing in Kirkuk" stay where, and "Iraq market bombing kills 20; Syrian
        militants blamed" names no other land's place)."""
        lands = {self._land_of(t) for t in self.ctx.s.sent if _where_told(t)} - {None}
        own = self._land_of(c)
        return own is not None and bool(lands - {own})

    def _land_of(self, tok) -> str | None:
        """The land a name's token is in or a people's word is of (None: neither)."""
        tp, m = self._toponym_of(tok), self.ctx.mention(tok)
        if tp is not None and tp.candidate is not None and tp.candidate.country:
            return tp.candidate.country
        return m.ref.code if m is not None and m.ref.form in ("name", "demonym") else None

    def _a_place_nouns_land(self, c) -> bool:
        """ "Tajik town protests killing", "a Kurdish village protest": a town or a village
        before the noun says where its people acted; the people's word on that place names the
        land it lies in, not a state that protested or fought."""
        return c.dep_ == "compound" and c.lemma_.lower() in self.words["place_nouns"] - {"state"}

    def _noun_prepositions(self, cast: _Cast) -> None:
        """Who a noun's prepositions name: "by" its author, "between" and "with" the sides of a
        symmetric event, "of" its target or side by the spec, a target's preposition its
        target."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents, targets = cast.add, cast.agents, cast.targets
        harmed, obj_items = cast.harmed, cast.obj_items
        of_role, obj_place = cast.of_role, cast.obj_place
        target_preps = cast.target_preps
        for p in tok.children:
            if p.dep_ not in ("prep", "agent"):
                continue
            objs = [o for o in p.children if o.dep_ == "pobj"]
            low = p.lower_
            for o in objs:
                if low == "by" or (low in ("between", "with") and sym):
                    add(
                        agents,
                        self._phrase_actors(o)
                        or (self._sides_as_written(o, spec) if low == "between" else []),
                    )
                elif low == "of" and of_role == "target":
                    add(targets, obj_items(o))
                elif low == "of" and sym:
                    add(agents, self._phrase_actors(o))
                elif low in target_preps:
                    add(targets, obj_items(o) if obj_place else harmed(o))

    def _noun_clauses(self, cast: _Cast) -> None:
        """Who a clause on the noun says carried it out ("believed to have been made by
        Sudanese government forces"), or made it between two sides (a broker is none)."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents = cast.add, cast.agents
        # "a raid believed to have been made by Sudanese government forces"
        for c in tok.children:
            if c.dep_ not in ("acl", "relcl"):
                continue
            verbs = [c] + [
                x for x in c.subtree if x.dep_ in ("xcomp", "conj") and x.pos_ in ("VERB", "AUX")
            ]
            for v in verbs:
                if v.lemma_.lower() not in _PERPETRATE:
                    continue  # "protests that were smashed by police": not its author
                sides = [
                    o
                    for p in children(v, "prep")
                    if p.lower_ == "between"
                    for o in children(p, "pobj")
                ]
                if sym and sides and v.lemma_.lower() in _BROKER_VERBS:
                    # "a ceasefire brokered by Norway between the Tigers and the Sri
                    # Lankan government": the two it was made between are its sides, the broker
                    # is none ("brokered by Turkey" alone names who made it)
                    for o in sides:
                        add(agents, self._phrase_actors(o))
                    continue
                if sym and v.lemma_.lower() in _BROKER_VERBS and spec.get("brokers_no_side"):
                    continue  # "a prisoner swap brokered by Turkey": Turkey swapped no one
                for a in children(v, "agent"):
                    for o in children(a, "pobj"):
                        add(agents, self._phrase_actors(o))
                if c.dep_ == "relcl" and any(
                    x.dep_ == "dobj" and x.lower_ in RELPRON for x in v.children
                ):
                    for sbj in children(v, "nsubj"):
                        add(agents, self._phrase_actors(sbj))

    def _doers_of_the_harm_it_was(self, tok) -> list:
        """ "Maoist rebels killed or wounded 40 police officers Friday in a grenade and
        rocket attack on a district police station": an act told as what a killing or a wounding
        was done "in" is done by who killed or wounded whom (the verb's own subject, or the
        one of the verb it is joined to, and its object); the killed in the passive name no
        doer ("50 troops were killed in an attack", a headline's "50 troops killed in raid")."""
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "in a grenade and rocket attack"
        if head.dep_ != "pobj" or head.head.lower_ != "in":
            return []
        verb = head.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARM_VERBS:
            return []
        if not children(verb, "dobj"):
            return []  # "40 Nepali police killed or injured in raid": a headline's passive
        subjects = children(verb, "nsubj")
        if not subjects and verb.dep_ == "conj" and not children(verb, "nsubjpass"):
            subjects = children(verb.head, "nsubj")  # "killed or wounded"
        out: list = []
        for s in subjects:
            if s.lower_ not in RELPRON and s.pos_ != "PRON":
                out += self._phrase_actors(s)
        return out

    def _removed(self, cast: _Cast) -> None:
        """Whom an event that removes (a coup) removed: its target, by name."""
        spec, tok = cast.spec, cast.tok
        add, targets = cast.add, cast.targets
        effect = {v for n in spec.get("nouns", ()) for v in n.get("effect_verbs", ())}
        if effect:
            # "a coup that removed Robert Mugabe", "Kabore had been deposed in a coup":
            # whom it removed is whom it was against
            removed = [
                o
                for c in tok.children
                if c.dep_ == "relcl" and c.lemma_.lower() in effect
                for o in children(c, "dobj")
            ]
            g = tok.head.head if tok.head.pos_ == "ADP" else None
            if g is not None and g.lemma_.lower() in effect:
                removed += children(g, "nsubjpass")
            for o in removed:
                add(targets, self._leaders_by_name(self._phrase_actors(o)))

    def _fallen(self, cast: _Cast) -> None:
        """Who fell in the event ("three soldiers were killed in an air strike"): its targets,
        and who killed them its actors; who fell in a fight with a foe, one of its sides."""
        sym, tok = cast.sym, cast.tok
        add, agents, targets = cast.add, cast.agents, cast.targets
        harmed = cast.harmed
        # "three soldiers were killed in an air strike": the victims are the targets
        h = tok.head.head if tok.head.pos_ == "ADP" else None
        if h is not None and h.lemma_.lower() in _VICTIM_VERBS and not sym:
            victims = children(h, "nsubjpass", "nsubj")
            if h.dep_ == "conj" and h.head.lemma_.lower() in _VICTIM_VERBS:
                victims += children(h.head, "nsubjpass", "nsubj")  # "killed and wounded in"
            if children(h, "dobj"):
                # "the junta killed scores of villagers in a fresh air strike": who
                # killed is who struck, the killed are its victims
                for sbj in children(h, "nsubj"):
                    add(agents, self._phrase_actors(sbj))
                victims = children(h, "dobj")
            for sbj in victims:
                add(targets, [it for it in harmed(sbj) if it[1] is not None])
        if (
            h is not None
            and sym
            and h.lemma_.lower() in _VICTIM_VERBS
            and not children(h, "dobj")
            and any(p.lower_ == "with" for p in children(tok, "prep"))
        ):
            # "Three Thai soldiers were killed in fighting with Cambodian troops": who
            # fell in a fight with a foe fought it, the one side its "with" leaves out
            for sbj in children(h, "nsubjpass", "nsubj"):
                add(agents, [it for it in self._phrase_actors(sbj) if it[1] is not None])

    def _light_verb_roles(self, cast: _Cast) -> None:
        """The roles the light verb of a noun gives ("the attack killed 13 soldiers", "Israel
        launched an offensive", "held talks with"): its subject acts, or undergoes, its object
        is struck, its sides' prepositions name sides."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents, targets = cast.add, cast.agents, cast.targets
        harmed = cast.harmed
        trig, target_preps = cast.trig, cast.target_preps
        light = self._light_verb(trig)
        if light is not None:
            lem = light.lemma_.lower()
            asked = any(an_asked_who(light, s) for s in children(light, "nsubj"))
            subj = (
                []
                if asked
                else [own_subject(light, s) for s in children(light, "nsubj")]
                or (
                    governing_subjects(light)
                    if not children(light, "nsubjpass") and not _a_tellers_clause(light)
                    else []
                )
            )  # "who carried out the raid is unclear": asked, see roles_asked
            if tok.dep_ in ("nsubj", "nsubjpass"):
                # "the attack killed 13 soldiers", "a car bomb ripped through the church"; not
                # "who saw the raid told the Kabul Times", parsed with the act telling: an
                # act tells nobody, and whom the witnesses told is no target
                for o in children(light, "dobj"):
                    if not sym and not _left_without(light) and lem not in _REPORT_VERBS:
                        add(targets, [it for it in harmed(o) if it[1] is not None])
            elif lem in _UNDERGO:
                for s in subj:
                    add(targets, self._phrase_actors(s))
            else:
                if not (sym and self._brokered(tok, light)):
                    for s in subj:
                        add(agents, self._forces_as_written(s, spec) or self._phrase_actors(s))
                if sym and lem in _TALK_VERBS:
                    # "Obama warned Putin at a summit": both took part
                    for o in children(light, "dobj", "dative"):
                        add(agents, self._phrase_actors(o))
                for a in children(light, "agent"):
                    for o in children(a, "pobj"):
                        add(agents, self._phrase_actors(o))
                if sym and tok.dep_ in ("dobj", "pobj"):
                    # "spoke to Hugo Chavez by satellite phone": whom one speaks to
                    side_preps = ("with", "between") + (("to",) if lem in ("speak", "talk") else ())
                    for p in light.children:
                        if p.dep_ == "prep" and p.lower_ in side_preps:
                            for o in children(p, "pobj"):
                                add(agents, self._phrase_actors(o))
                for p in light.children:
                    if p.dep_ == "prep" and p.lower_ in target_preps and not sym:
                        for o in children(p, "pobj"):
                            add(targets, self._phrase_actors(o))

    def _talkers(self, cast: _Cast) -> None:
        """Who talked, where a symmetric event has no side yet: the subject and hearers of the
        nearest verb of talking above it, unless they only tell of it to the press or report
        it."""
        spec, sym, tok = cast.spec, cast.sym, cast.tok
        add, agents = cast.add, cast.agents
        # "claimed to have intercepted phone calls where a militia chief discussed the
        # ambush": talks overheard were held by others than who overheard or tells of them
        overheard = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _OVERHEARD
        if sym and not agents and not overheard:
            # "In a phone call late last week, Peres told Mubarak ...", however it is parsed:
            # the nearest verb of talking above the call, else the sentence's own
            talk = next(
                (a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _TALK_VERBS),
                None,
            )
            root = self.ctx.s.sent.root
            if talk is None and root.lemma_.lower() in _TALK_VERBS:
                talk = root
            if talk is not None and self._told_the_press(talk):
                # "Peter Okello told Radio Simba that the army captured three rebel
                # fighters during the clashes": a source and his outlet, no sides
                talk = None
            if (
                talk is not None
                and spec.get("speaker_no_side")
                and talk.lemma_.lower() in ("say", "tell")
            ):
                # "The gunbattle began at dawn, army spokesman Ahmed Farouk said", "Farouk said
                # the clash happened near the Rafah crossing": who tells of a fight or a swap
                # is no side of it (who tells of talks or a truce may have made them)
                talk = None
            if (
                talk is not None
                and spec.get("talk_no_side")
                and talk.lemma_.lower() not in _SETTLING
            ):
                # "African leaders meeting in Tanzania called for an end to the fighting in
                # Congo": who meets, urges or discusses a fight is no side of it; who agrees
                # to end it is ("Peru and Ecuador agreed to a ceasefire after three weeks
                # of fierce fighting")
                talk = None
            if talk is not None and _reported_by(tok, talk):
                # "Spain and Italy both back inviting Serbia to talks at the spring
                # summit, Prime Minister Romano Prodi said": who says it is no party
                talk = None
            if talk is not None:
                hearers = (
                    [
                        o
                        for p in children(talk, "prep")
                        if p.lower_ == "to"
                        for o in children(p, "pobj")
                    ]
                    if talk.lemma_.lower() in ("speak", "talk")
                    else []
                )  # "The two women spoke to Hugo Chavez by satellite phone"
                for c in children(talk, "nsubj", "dobj", "dative") + hearers:
                    if c.dep_ == "nsubj":
                        c = own_subject(talk, c)  # "the opposition National Coalition said"
                    if not c.left_edge.i <= tok.i <= c.right_edge.i:
                        add(agents, self._phrase_actors(c))

    def _another_states_act(self, agents: list, land: str) -> bool:
        """Whether a state other than ``land`` is among the act's doers: "Russian drones
        struck a Ukrainian village school" is Russia's act on Ukraine, whose word on the
        school then names whom it struck; gunmen who "storm Mexican village hall" are no
        state, and Mexico stays where it stands, not whom they struck (review90)."""
        states = self.ctx.lex.states_by_name
        return any(a[0] in states and a[0] != land for a in agents)

    def _settled(self, cast: _Cast) -> tuple[list, list]:
        """What no actor or target can be: a place where it happened, the dateline, a target
        among the actors, a state where the spec says so; a people is its state; a symmetric
        event's targets are its sides."""
        spec, sym = cast.spec, cast.sym
        agents, targets = cast.agents, cast.targets
        # a name that is where it happened ("in Rome") is no actor; a target is not an actor;
        # the dateline's "JAKARTA, Indonesia -" is where the story was filed
        agents = [a for a in agents if not (a[1] and self._is_locative(a[1]))]
        agents = [a for a in agents if not (a[1] and a[1][0] < self.dateline_end)]
        agents = [a for a in agents if not (a[1] and self._unsaid_actor(a[1]))]
        if not spec.get("people_actors"):
            # "the Finns shot down a Soviet bomber": Finland; "Turks protested": the people
            agents = [(self._people.get(n, n), sp) for n, sp in agents]
        targets = [t for t in targets if not (t[1] and t[1][0] < self.dateline_end)]
        # "the strike killed no fighters": whom the "no" names it did not strike (eventsq50)
        targets = [t for t in targets if not (t[1] and named_after_no(self.ctx, t[1]))]
        targets = [
            t
            for t in targets
            if not (
                t[1]
                and _the_land_of_a_settlements_building(self._span_tokens(t[1]))
                and not self._another_states_act(agents, t[0])
            )
        ]
        # "a man who stabbed a man": one generic word for two people keeps its target
        targets = [
            t
            for t in targets
            if t[0] not in [a[0] for a in agents]
            or (t[0].islower() and t[1] is not None and t[1] not in [a[1] for a in agents])
        ]
        if spec.get("no_state_actors"):
            # "the Myanmar coup": a state stages no coup; its soldiers do, against it
            states = self.ctx.lex.states_by_name
            agents = [a for a in agents if a[0] not in states]
        if spec.get("named_targets"):
            # "the expulsion of diplomats": whose they are, when it is said, not the word again
            targets = [t for t in targets if t[0][:1].isupper()]
        if sym:
            agents += [t for t in targets if t[0] not in [a[0] for a in agents]]
            targets = []
        return agents, targets

    def _unsaid_actor(self, span: tuple[int, int]) -> bool:
        """A side the sentence names without saying it acted: one denied by "no" ("No
        Kurdish group claimed the mortar fire"), or the land of a blast that killed
        ("Afghan blast kills five civilians"); see :mod:`roles_unsaid`."""
        return named_after_no(self.ctx, span) or the_land_of_a_blast(
            self.ctx, span, self._where_a_bomb_went_off
        )

    def _forces_as_written(self, tok, spec: dict) -> list[tuple[str, tuple[int, int]]]:
        """ "Thai army officers staged a coup": the soldiers who seize power act against their
        own state, which is no actor of it; they are named as written (types with
        ``forces_as_written``, of a head among those words)."""
        words = spec.get("forces_as_written")
        if not words:
            return []
        if tok.lower_ in ("they", "he", "we") and tok.head.dep_ == "ccomp":
            # "Soldiers said on state television that they had seized power": who said so
            said = children(tok.head.head, "nsubj")
            tok = said[0] if said else tok
        if tok.lemma_.lower() not in words:
            return []
        toks = sorted(_np_tokens(tok), key=lambda t: t.i)
        if any((m := self.ctx.mention(t)) is not None and m.ref.kind != "state" for t in toks):
            return []  # "the Myanmar military" the lexicon knows by its name
        while toks and toks[0].dep_ == "det":
            toks = toks[1:]
        first = toks[0]
        name = tok.doc[first.i : tok.i + 1].text
        if first.pos_ != "PROPN" and self.ctx.mention(first) is None:
            name = name[:1].lower() + name[1:]  # "Soldiers in Burkina Faso said"
        return [(name, (self.ctx.s.char(first), self.ctx.s.char_end(tok)))]

    def _seized_as_a_noun_phrase(self, tok, spec: dict) -> list[tuple[str, tuple[int, int]]]:
        """ "Bolivia's army seized power on Saturday in a coup": the parser reads the verb
        as an adjective of "power", the sentence as one noun phrase; the words before the
        verb, when they end in soldiers or an army (types with ``forces_as_written``), are
        who seized it."""
        words = spec.get("forces_as_written")
        g = tok.head.head if tok.head.pos_ == "ADP" else None
        if not words or g is None or g.lemma_.lower() != "power" or g.dep_ != "ROOT":
            return []
        verb = next(
            (
                c
                for c in g.children
                if c.dep_ == "amod"
                and c.tag_ in ("VBD", "VBN")
                and c.lemma_.lower() in ("seize", "take", "grab")
            ),
            None,
        )
        if verb is None or verb.i == g.left_edge.i or verb.i != g.i - 1:
            return []
        toks = [t for t in tok.doc[g.left_edge.i : verb.i] if t.dep_ != "det"]
        if not toks or toks[-1].lemma_.lower() not in words:
            return []
        s = self.ctx.s
        return [(tok.doc[toks[0].i : verb.i].text, (s.char(toks[0]), s.char_end(toks[-1])))]

    @staticmethod
    def _brokered(tok, light) -> bool:
        """ "The United States brokered a cease-fire between the militia and the governor":
        who brokers a truce or talks, or brings about one between two others, is not a side."""
        if light.lemma_.lower() in _BROKER_VERBS:
            return True
        return any(
            p.dep_ == "prep" and p.lower_ == "between" and children(p, "pobj")
            for p in [*tok.children, *light.children]
        )

    def _subjects_above(self, verb) -> tuple[list, bool]:
        """Who a trigger verb without a subject of its own is said of, and whether they
        underwent it: "was attacked and robbed" and "a man shot in the leg" name the victim;
        "arrested a man for stabbing" and "charged the driver with killing" the one held to
        have done it; "the convictions of the four for assaulting two children" nobody the
        sentence says did it (not the court that spoke of them)."""
        if verb.tag_ == "VBN" and verb.dep_ == "acl":
            return [verb.head], True
        read_as_a_phrase = subject_of_a_clause_read_as_a_phrase(
            verb, self._first_line(), _trigger_index(self.types)[1]
        )
        if read_as_a_phrase:
            return read_as_a_phrase, False  # "Clerk injured as letter bomb explodes": the bomb
        raised = the_raised_subject(verb)
        if raised:
            return raised, True  # "appears to have been poisoned": see roles_raised
        planners = _planners(verb)
        if planners is not None:
            return planners, False
        blamed = _the_blamed(verb)
        if blamed is None:
            blamed = the_accused(verb)  # "accused the troops of blowing up": see roles_accused
        if blamed is not None:
            return blamed, False
        doc = verb.doc
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in ("as", "while", "when", "until", "after", "before")
            and verb.i + 1 < len(doc)
            and doc[verb.i + 1].tag_ in ("VBD", "VBZ", "VBP")
        ):
            # "Residents evacuated the town as shelling intensified": the shelling is the
            # subject of its own clause (parsed as a gerund under "as"), not the residents'
            return [], False
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "Angela Merkel, visiting Tbilisi on Friday, condemned ...": the one the
            # participle is said of does it
            return with_conjuncts(verb.head), False
        passive = verb.tag_ == "VBN" and (
            bool(children(verb, "auxpass"))
            or (verb.dep_ == "conj" and bool(children(verb.head, "auxpass", "nsubjpass")))
        )
        prev, cur = verb, verb.head
        for _ in range(8):
            if cur.i == prev.i:
                break
            if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return [], False
            if (
                prev.i == verb.i
                and verb.dep_ == "acl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and cur.dep_ == "pobj"
                and cur.head.lower_ == "about"
            ):
                # "the army had intercepted guerrilla messages about plans to shell Jaffna":
                # what the traffic is about is the matter told, its plan no act of whoever
                # intercepted it; only the plan's own owner plans it
                return [o for o in children(cur, "poss")], False
            if cur.pos_ in ("VERB", "AUX"):
                if (
                    prev.dep_ == "prep"
                    and prev.lower_ in ("in", "during")
                    and cur.lemma_.lower() in _VICTIM_VERBS
                    and any(
                        sb.lemma_.lower() in _BYSTANDERS
                        for sb in children(cur, "nsubjpass", "nsubj")
                    )
                ):
                    return [], False  # "Five civilians were wounded in fighting with ...": no side
                if prev.dep_ == "prep" and prev.lower_ in ("for", "with", "over", "after"):
                    objs = children(cur, "dobj")
                    if objs:
                        return with_conjuncts(objs[0]), False
                break
            prev, cur = cur, cur.head
        if passive and not (verb.dep_ == "conj" and children(verb.head, "nsubjpass")):
            return [], False  # "reporting the girl had been assaulted": not the reporter
        outer = outer_doers_of_a_joined_verb(verb)
        if outer is not None:
            return outer, False  # "entered a house where guests were sleeping and opened fire"
        return governing_subjects(verb), passive

    def _elided_passive(self, verb, active_preps: tuple[str, ...] = ()) -> bool:
        """A headline's participle with its "were" left out ("Aid workers kidnapped in Kenya",
        "Seven Pakistani workers kidnapped"): a short line with no full stop, the verb in "-ed"
        with neither object nor agent; its subject is who it was done to. Not a verb said of
        its subject with one of ``active_preps`` and that preposition's object ("Sudanese border
        troops crossed into Ethiopian territory", "Police fired on protesters in Nairobi"): no
        passive has both ("were crossed into Ethiopian territory" is no English)."""
        if any(p.lower_ in active_preps and children(p, "pobj") for p in children(verb, "prep")):
            return False
        sent = self.ctx.s.sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return (
            last is not None
            and last.text not in (".", "!", "?", '"', "”", "'")
            and len(sent) <= 14
            and verb.tag_ in ("VBN", "VBD")
            and verb.lower_ != verb.lemma_.lower()
            and (verb.lower_.endswith("ed") or verb.lower_ in _PARTICIPLES_ONLY)
            and not children(verb, "dobj", "agent", "ccomp", "xcomp")
        )

    def _ends_in_a_name(self, span: tuple[int, int], after: int) -> bool:
        """Whether an actor's or a target's words end, after the character ``after``, in a
        person's name (not a body's: the "Canaan Board of Finance" meets in Canaan): tagged so,
        or proper names alone, none the word of a body or a building ("Aung San Suu Kyi")."""
        toks = self._span_tokens(span)
        if not toks or toks[-1].pos_ != "PROPN":
            return False
        m = self.ctx.mention(toks[-1])
        if toks[-1].ent_type_ == "PERSON" or (m is not None and m.ref.kind == "leader"):
            return True
        rest = [t for t in toks if self.ctx.s.char(t) >= after]
        bodies = self.words["body_nouns"] | self.words["facility_nouns"]
        return bool(rest) and all(
            t.pos_ == "PROPN" and t.lemma_.lower() not in bodies and t.lower_ not in bodies
            for t in rest
        )

    def _headline(self) -> bool:
        """A title-case line ("Lula, Biden Discuss Attack on Brazilian Soldiers")."""
        words = [t for t in self.ctx.s.sent if t.is_alpha and len(t.text) > 3]
        if len(words) < 3:
            return False
        caps = sum(1 for t in words if t.text[:1].isupper())
        return caps >= 0.7 * len(words)

    def _span_tokens(self, span: tuple[int, int]) -> list:
        return [t for t in self.ctx.s.sent if span[0] <= self.ctx.s.char(t) < span[1]]

    def _an_owner(self, span: tuple[int, int]) -> bool:
        """Whether a state's name only says whose a thing is ("a crowd attacked the Danish embassy
        in Beirut"): a modifier of the noun attacked, not a country attacked as such ("when
        Iraq attacked Kuwait"), so the town the sentence names may lie elsewhere."""
        toks = self._span_tokens(span)
        if not toks:
            return False
        last = toks[-1]
        return (
            last.dep_ in ("compound", "amod", "poss", "nmod")
            and last.head.pos_ in ("NOUN", "PROPN")
            and last.head.i not in {t.i for t in toks}
        )

    def _with_the_press(self, trig: Trigger) -> bool:
        """ "met with reporters", "a meeting with journalists": talks whose other side is the
        press, though it names no actor."""
        tok = trig.tok
        light = self._light_verb(trig) if trig.is_noun else None
        others = [] if trig.is_noun else children(tok, "dobj")
        for head in (tok, light, tok.head.head if tok.head.lower_ == "by" else None):
            if head is None:
                continue
            talk = head.lemma_.lower() in ("speak", "talk")
            for p in children(head, "prep"):
                if p.lower_ in ("with", "between") or (talk and p.lower_ == "to"):
                    others += children(p, "pobj")
        others = _with_conjuncts_of(others)
        return bool(others) and all(
            o.lemma_.lower() in self.words["news_people"] or o.lower_ in ("press", "media")
            for o in others
        )

    def _told_the_press(self, verb) -> bool:
        """ "told Radio Tamazuj", "told reporters": a verb of talking whose hearer is the
        press."""
        for o in children(verb, "dobj", "dative"):
            toks = sorted(_np_tokens(o), key=lambda t: t.i)
            span = (self.ctx.s.char(toks[0]), self.ctx.s.char_end(toks[-1]))
            if self._news_medium(span, True):
                return True
        return False

    def _news_medium(self, span: tuple[int, int], people: bool) -> bool:
        """Whether a side names an outlet of the news ("CBC Toronto", "Radio Tamazuj", "the
        Associated Press") or, with ``people``, its reporters ("reporters", "a BBC
        correspondent"): who reports a thing or asks about it is no side of it."""
        toks = self._span_tokens(span)
        if not toks:
            return False
        w = self.words
        texts = [t.text for t in toks]
        for n in (1, 2, 3):
            if any(" ".join(texts[k : k + n]) in w["news_outlets"] for k in range(len(texts))):
                return True
        if any(t.lower_ in w["news_words"] for t in toks):
            return True
        return people and toks[-1].lemma_.lower() in w["news_people"]

    def _a_place_span(self, span: tuple[int, int]) -> bool:
        """Whether a role's words end with a place's name, or a state's ("Darfur rebels",
        "Kurdish fighters" are people)."""
        s, e = span
        if any(s <= tp.start < e <= tp.end for tp in self.ctx.toponyms):
            return True
        return any(
            s <= m.start < e <= m.end
            and m.ref.kind == "state"
            and m.ref.form not in ("organ", "demonym")
            for m in self.ctx.mentions
        )

    def _is_place_span(self, span: tuple[int, int]) -> bool:
        return any(tp.start < span[1] and span[0] < tp.end for tp in self.ctx.toponyms)

    def _is_country(self, span: tuple[int, int]) -> bool:
        return any(
            tp.start < span[1]
            and span[0] < tp.end
            and tp.candidate is not None
            and tp.candidate.kind == "country"
            for tp in self.ctx.toponyms
        )

    def _is_locative(self, span: tuple[int, int]) -> bool:
        toks = self._span_tokens(span)
        if not toks:
            return False
        head = toks[-1]
        m: Mention | None = self.ctx.mention(head)
        metonym = m is not None and m.ref.form == "metonym"
        return (
            metonym
            and head.dep_ == "pobj"
            and head.head.lower_ in ("in", "at", "near", "to", "into", "from")
        )

    def _where_a_bomb_went_off(self, tok, c) -> bool:
        """ "Kenyan bomb blast kills 9 police", "Iraqi car bomb kills 30": a state's word
        (``c``, not its possessive) before a blast or a bomb no state's forces drop is where it
        went off; "US bomb kills 30" and "Russia's car bomb" may be the state's."""
        if c.dep_ == "poss" or not self._nationality(c):
            return False
        kinds = [tok] + [x for x in tok.children if x.dep_ in ("compound", "amod") and x.i > c.i]
        return tok.lemma_.lower() in _BLAST_NOUNS or any(
            x.lemma_.lower() in _NO_STATES_BOMBS for x in kinds
        )

    def _is_place_modifier(self, tok, country_too: bool = False) -> bool:
        """ "Gaza Camp Raid", "the Kabul car bombing": a place name modifying the event is
        where, not who; of a protest (``country_too``), a country's name too ("a South Korea
        anti-government protest": its people protest, not its state)."""
        if tok.dep_ == "poss":
            return False  # "Ankara's acquisition": whose
        m = self.ctx.mention(tok)
        tp = self._toponym_of(tok)
        if self._a_capital_striking_abroad(tok):
            return False  # "A Moscow strike on the power plant in Kharkiv": who struck
        if m is not None and m.ref.form == "metonym" and tok.dep_ in ("compound", "amod"):
            # "the Madrid train bombings", "a Kabul car bombing": a city before the event's
            # noun is where it happened; its government did not do it (so too a city's name
            # the parser takes for an adjective: "The Kyiv attack killed five people")
            return tp is not None and tp.candidate is not None and tp.candidate.kind == "city"
        if m is not None and m.ref.form in ("demonym", "metonym"):
            return False
        return (
            tp is not None
            and tp.candidate is not None
            and (tp.candidate.kind != "country" or country_too)
        )


# participles no past tense shares ("Japan's embassy in Lima blown up during siege": never
# "blew"), read as a headline's passive like the "-ed" ones
_PARTICIPLES_ONLY = frozenset(
    {"blown", "taken", "stolen", "thrown", "overthrown", "beaten", "broken", "slain", "sunk"}
    | {"shaken", "torn", "driven", "seen", "withdrawn", "flown", "shown", "forgotten"}
)


def _where_told(tok) -> bool:
    """Whether ``tok`` stands in a phrase put "in", "at", "near" or "outside" ("in Fallujah",
    "in Syrian town of Ariha", "in Yemen's Hajjah province"): where something was."""
    return put_in_a_place(tok, _WHERE_THROUGH)


_WHERE_THROUGH = frozenset({"compound", "amod", "poss", "pobj", "appos"})
