"""The nouns that make a power a backer, ally or member: "Russia's support for", "backers of".

The powers a noun names (possessors, agents, "under the command of"), membership of an
alliance or campaign, who gives and who receives, and the service or holding of a side.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.allies import whole_states
from explorer.extract.stances.claim import _STATE_KINDS, _Claim, _named
from explorer.extract.stances.powers import PowerRules
from explorer.extract.stances.quell import _QUELL_PHRASES, _QUELL_VERBS
from explorer.extract.syntax import PERSPRON, children, governing_subjects, preps, with_conjuncts

# verbs whose object held the role before the subject took it ("replaced Russia as its
# biggest arms supplier", "succeeded Norway as mediator")
_TAKE_THE_PLACE_OF = frozenset(
    {"replace", "succeed", "supplant", "displace", "overtake", "surpass", "oust", "outstrip"}
)


# deeds whose doer must be named on them or wage them: who stops or reports violence is no
# party to it
_OWNED_DEEDS = frozenset({"violence", "insurgency"})
_WAGE_VERBS = frozenset(
    {"wage", "launch", "lead", "mount", "unleash", "conduct", "pursue", "escalate", "fight"}
)


# verbs of stopping a supply on its way (``NounRules._seized``)
_SEIZE_VERBS = frozenset({"seize", "intercept", "confiscate", "impound", "interdict", "capture"})


# gatherings a backing noun may be the aim of ("a march in support of"): English's common
# words, chosen by the team (``_a_gathering_not_held``)
_GATHERING_NOUNS = frozenset(
    {"march", "rally", "protest", "demonstration", "vigil", "sit-in", "gathering", "procession"}
)
# verbs by which a gathering is its subject's own deed
_HOLD_VERBS = frozenset(
    {"hold", "stage", "organise", "organize", "lead", "join", "call", "mount", "host", "sponsor"}
)


def _a_gathering_not_held(tok) -> bool:
    """ "riot police confronted marchers at an illegal rally in support of the Tibetans",
    "Police dispersed a rally in support of the Kurds": a backing noun after "in" on a
    gathering is the gathering's, its marchers', never the clause's subject's unless the
    subject holds it ("Iran organised a rally in support of Hezbollah", one of ``_HOLD_VERBS``
    taking the gathering as its object); a subject that faces, bans or breaks it up backs no
    one by it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    up = tok.head.head
    if up.pos_ == "VERB":
        # "Turkey banned a march in support of the PKK": the parse may hang the phrase on
        # the verb whose object, right before it, is the gathering
        up = next((d for d in children(up, "dobj") if d.right_edge.i == tok.head.i - 1), up)
    if up.pos_ != "NOUN" or up.lemma_.lower() not in _GATHERING_NOUNS:
        return False
    return not (up.dep_ == "dobj" and _a_hold_verb(up.head))


def _a_hold_verb(verb) -> bool:
    """Whether a verb is one of ``_HOLD_VERBS`` by its lemma or by its written form, which the
    lemmatiser may misread ("Hezbollah staged a rally in support of Hamas": "staged" read as
    a form of "stag", as "waged" of "wag")."""
    word = verb.lower_
    forms = (word, word.removesuffix("d"), word.removesuffix("ed"), word.removesuffix("ing"))
    return verb.lemma_.lower() in _HOLD_VERBS or any(f in _HOLD_VERBS for f in forms)


def _put_down(tok) -> bool:
    """ "the army stamped out the backing for the rebels in the hills", "troops crushed the
    support for the rebels in the villages": a backing
    that is the object (or an object's conjunct) of a verb of putting down (``quell.py``'s
    verbs, with their particle, and "crack down on") is what the subject ends, so it is
    someone else's: no subject up the clause owns it. (The one who puts it down opposes
    whom it backs; that claim is left unread here, as its doer need not be in arms.)"""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "on":
        verb = head.head.head  # "cracked down on the support for ..."
        return verb.lemma_.lower() == "crack" and _particle(verb) == "down"
    if head.dep_ != "dobj":
        return False
    lem = head.head.lemma_.lower()
    return lem in _QUELL_VERBS or (
        lem in _QUELL_PHRASES and _QUELL_PHRASES[lem] == _particle(head.head)
    )


def _particle(verb) -> str | None:
    """The particle of a phrasal verb ("put down": "down"), if the parse gives one."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)


class NounRules(PowerRules):
    """Claims read from a noun of support, alliance, membership or campaign."""

    def _receivers(self, tok) -> list:
        """ "Taiwan will get a new tranche of U.S. military aid": who gets the aid is the
        one it helps, when the aid names no one."""
        cur = tok
        lots = self.cfg["backs"].get("aid_lots", [])
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_ in lots:
            cur = cur.head.head
        verbs = self.cfg["backs"].get("receive_verbs", [])
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in verbs:
            subj = children(cur.head, "nsubj")
            return with_conjuncts(subj[0]) if subj else self._held_as(cur.head)
        return []

    def _givers(self, tok) -> list[Mention]:
        """ "had received support from neighbouring Rwanda", "received help chiefly from
        France and Belgium": who the help is from, on the verb of getting or on the
        noun itself."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in self.cfg["backs"].get(
            "receive_verbs", []
        ):
            return []
        return self._actors_of(preps(tok.head, "from") + preps(tok, "from"))

    def _noun_powers(self, tok) -> list[Mention]:
        poss = children(tok, "poss")
        if not poss and tok.dep_ == "compound" and tok.head.i > tok.i:
            # "its mediation efforts", "Iran's arms shipments": the owner of the phrase owns
            # the noun that names what it is
            poss = children(tok.head, "poss")
        sanctioned = self._sanctioned(tok)
        if sanctioned is not None and (not poss or poss[0].lower_ in PERSPRON):
            return self._actors_of(sanctioned)
        if poss:
            return self._actors_of(with_conjuncts(poss[0]))
        givers = self._givers(tok)
        if givers:
            return givers
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                m = self.ctx.mention(c)
                if m is not None:
                    # "Egyptian and American mediators": each people's word joined on it
                    joined = [self.ctx.mention(j) for j in with_conjuncts(c) if j.i < tok.i]
                    return [m, *(j for j in joined if j is not None and j != m)]
                got = self._actors_of([c]) if c.pos_ == "PROPN" else []
                if got:
                    return got
        if self._owned_by_others(tok):
            return []
        if tok.dep_ == "appos":
            return self._actors_of([tok.head])
        if tok.dep_ == "conj" and tok.head.dep_ == "appos":
            return self._actors_of([tok.head.head])
        if tok.dep_ == "attr":
            subj = children(tok.head, "nsubj")
            if subj:
                # "Both states have long been the chief mediators": the two states just named
                return self._actors_of(with_conjuncts(subj[0])) or self._both(subj[0])
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
            # "talks opened in Doha, with Qatar as mediator": the parser hangs "with Qatar"
            # and "as mediator" apart on the verb; the one "with" names is the mediator
            named = [
                o
                for p in children(tok.head.head, "prep")
                if p.lower_ == "with" and p.i < tok.i
                for o in children(p, "pobj")
            ]
            got = self._actors_of(named)
            if got:
                return got
            held = self._role_holder(tok)
            if held is not None:
                return self._actors_of(with_conjuncts(held))
        if self._told_of(tok) or self._condemned(tok) or _put_down(tok):
            return []
        if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as", "of"):
            up = tok.head.head
            if up.pos_ == "NOUN" and up.lemma_.lower() in self.lex.words("hearsay_nouns"):
                return []  # "worried by reports of outside support": not the reader's
            if up.pos_ in ("NOUN", "PROPN") and up.lower_ not in ("one",):
                got = self._noun_powers(up)
                if got:
                    return got
            subj = children(up, "nsubj")
            if subj:
                return self._actors_of(with_conjuncts(subj[0]))
        if self._gained_from(tok):
            return []
        if _a_gathering_not_held(tok):
            return []
        subjects = governing_subjects(tok)
        if subjects and self._under_hearsay(tok, subjects[0].head):
            # "Juppe said he was worried by reports that foreign support to the Seleka had
            # resumed": the support the reports tell of is not the subject's who reads them
            return []
        return self._actors_of(subjects)

    def _role_holder(self, tok):
        """ "Thailand and Cambodia accepted Malaysia as mediator", "agreed to Ethiopia as
        mediator": a role after "as" on a verb tells of the verb's object named before it, not
        of its subject; None when there is none that names an actor ("Kenya served as
        mediator", "talks opened on Monday, with Qatar as mediator")."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.pos_ != "VERB":
            return None
        verb = tok.head.head
        held = [d for d in children(verb, "dobj") if d.i < tok.head.i] or [
            o
            for p in children(verb, "prep")
            if p.lower_ == "to" and p.i < tok.head.i
            for o in children(p, "pobj")
        ]
        # the object holds the role, and only a side the text names does: "sent diplomats to
        # Sri Lanka as mediators" gives it to men of the subject's (the land after "to" is
        # where they go), who stand for the subject
        return next(
            (h for h in held if any(_named(m) for m in self._actors_of(with_conjuncts(h)))),
            None,
        )

    @staticmethod
    def _described_conjunct(tok, anchor):
        """ "supported Assad and Iran, the regime's other patron": a singular apposition the
        parse hangs on the first of a list but set off by a comma right after its last
        conjunct is said of that conjunct alone (a plural one, "and Iran, its two patrons", may
        be of them all); None when it is not so."""
        doc = tok.doc
        start = tok.left_edge.i
        if tok.dep_ != "appos" or tok.tag_ not in ("NN", "NNP") or start < 2:
            return None
        if doc[start - 1].text != ",":
            return None
        last = doc[start - 2]
        if last.dep_ != "conj" or any(c.dep_ == "conj" for c in last.children):
            return None
        up = last
        while up.dep_ == "conj" and up.head.i != up.i and up.i != anchor.i:
            up = up.head
        return last if up.i == anchor.i else None

    def _role_given(self, tok):
        """The object a backer's role is given to ("named Uganda as a backer of the militia"),
        not one whose role the subject took ("Turkey replaced Russia as its biggest arms
        supplier": Turkey is the supplier now); None when there is none."""
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _TAKE_THE_PLACE_OF:
            return None
        return self._role_holder(tok)

    def _told_of(self, tok) -> bool:
        """ "Jordan had been warned of the offensive against the PLO", "Pretoria informed Lusaka
        about the raids on ANC camps": what one is told, warned or notified of is someone's
        deed, neither the teller's nor the told one's by the clause alone (only its own
        words, "its operation", "the South African raids", say whose)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "about", "on"):
            return False
        verb = tok.head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.words("told_verbs")

    def _condemned(self, tok) -> bool:
        """ "Moscow condemned the offensive against the Krajina Serbs", "Iran denounced the
        strikes": a deed one condemns is someone else's; with no owner in its own words
        ("the NATO offensive", "Croatia's offensive") it names none."""
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.words("condemn_verbs")

    def _owned_by_others(self, tok) -> bool:
        """ "outside support", "foreign support to the rebels": a noun of backing said to
        be someone else's, so no subject up the clause owns it."""
        doc = tok.doc
        before = doc[tok.i - 1] if tok.i > 0 else None
        return before is not None and before.lower_ in ("outside", "foreign", "external")

    def _under_hearsay(self, tok, verb) -> bool:
        """Whether a hearsay noun ("reports", "claims") stands between the noun and the
        verb whose subject would own it."""
        hearsay = self.lex.words("hearsay_nouns")
        cur = tok.head
        for _ in range(12):
            if cur.i == verb.i or cur.head.i == cur.i:
                return False
            if cur.pos_ == "NOUN" and cur.lemma_.lower() in hearsay:
                return True
            cur = cur.head
        return False

    @staticmethod
    def _co_actors(tok) -> bool:
        """ "Washington and its NATO allies have sent weapons", "Riyadh and allies": allies
        listed beside the one they are allied to are more of its own side, acting with it;
        no one backs another within one list (a "backer of Y" in it still tells its own)."""
        poss = children(tok, "poss")
        return (
            tok.dep_ == "conj"
            and not preps(tok, "of", "for", "to")
            and (not poss or poss[0].lower_ in PERSPRON)
            and tok.doc[tok.i - 1].text != ","
        )

    def _agent_noun(self, tok) -> list[_Claim]:
        """ "X is the main backer of Y", "Iran, the group's main backer", "Cuba and Libya,
        backers of the regime", "an ally for Y in Iraq", "Kremlin ally Kadyrov": the
        possessor or object is the party, the phrase itself the power."""
        if self._role_ended(tok):
            return []
        apposed = self._apposed_backer(tok)
        if apposed is not None:
            return [apposed]
        if self._co_actors(tok):
            return []
        owned = self._owners_ally(tok)
        if owned is not None:
            return owned
        heads = preps(tok, "of", "for", "to") + children(tok, "poss")
        party_mods = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            and c.i < tok.i
            and self.ctx.mention(c)
            and not self._membership(c)
        ]
        head_up = tok.head
        doc = tok.doc
        if (
            tok.dep_ == "conj"
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and (self.ctx.mention(head_up) is not None)
        ):
            # "Cuba and Libya, backers of the regime": an apposition parsed as a conjunct
            group = [t for t in with_conjuncts(head_up) if t.i < tok.i]
            powers = self._actors_of(group)
        elif tok.dep_ == "appos" or (tok.dep_ == "conj" and tok.head.dep_ == "appos"):
            anchor = tok.head if tok.dep_ == "appos" else tok.head.head
            anchor = self._ruler_behind_state(anchor)
            # an apposition is said of the names before it, not of a conjunct after it ("the
            # PFLP, an ally of Libya, and Fatah": the PFLP alone)
            powers = [m for m in self._actors_of([anchor]) if m.i < tok.i or tok.dep_ != "appos"]
            last = self._described_conjunct(tok, anchor)
            if last is not None:
                powers = self._actors_of([last])
        elif self._role_given(tok) is not None:
            # "Kabila named Uganda as a backer of the militia", "the report lists Iran as
            # the militia's main supplier": the object the role is given to is the power;
            # the subject who names it only claims so (keep.py `_claimed_by`)
            powers = self._actors_of(with_conjuncts(self._role_given(tok)))
        elif tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as")):
            up = tok.head if tok.dep_ == "attr" else tok.head.head
            subj = children(up, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
            if subj and not powers and tok.dep_ == "attr":
                powers = self._both(subj[0])  # "Both countries are the main backers of ..."
        elif tok.dep_ == "compound" and head_up.i > tok.i:
            # "Kremlin ally Ramzan Kadyrov": the head is the ally
            powers = self._actors_of([head_up])
        elif party_mods and not heads and self._named_after(tok) is not None:
            # "Kremlin ally Ramzan Kadyrov" parsed apart: an alliance is mutual, so
            # whichever of the two can stand as a power is one
            named = self._named_after(tok)
            powers = self._actors_of([named])
            mods = [m for c in party_mods for m in [self.ctx.mention(c)] if m is not None]
            if not powers and mods:
                return [_Claim("backs", tok, mods, [named])]
        elif party_mods and not heads:
            powers = self._nearest_power_before(tok, party_mods)
        else:
            powers = [
                m
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod")
                for m in [self.ctx.mention(c)]
                if m is not None
            ]
        if party_mods and not heads:
            heads = party_mods
        out = [_Claim("backs", tok, powers, heads)]
        if tok.lemma_.lower() in {w.lower() for w in self.cfg["opposes"]["member_nouns"]}:
            out += self._member_against(tok, powers)
        return out

    def _role_ended(self, tok) -> bool:
        """ "Portugal, long the colony's chief arms supplier, stopped its shipments", "Cuba,
        the regime's chief backer, cut off its aid": an agent noun in apposition to the
        subject of a verb of stopping (the lexicon's ``stop_verbs``, a phrasal one with its
        particle), stated as done, whose object is a supply or a backing (or a verb of
        supplying or backing after it: "stopped arming") that names no other party, tells a
        role the clause ends: no supply and no backing of now. A stop denied or hedged ("did
        not halt", "may halt"), a stop of another thing ("halted its advance"), or of the
        deliveries to another party ("halted deliveries to its rival") leaves the role as
        told."""
        if tok.dep_ != "appos" or tok.head.dep_ != "nsubj":
            return False
        verb = tok.head.head
        stops = self.lex.words("stop_verbs")
        lem = verb.lemma_.lower()
        prt = [f"{lem} {c.lower_}" for c in children(verb, "prt")]
        if verb.pos_ != "VERB" or not (lem in stops or any(p in stops for p in prt)):
            return False
        if children(verb, "neg") or any(a.tag_ == "MD" for a in children(verb, "aux")):
            return False
        sup, backs = self.cfg["supplies"], self.cfg["backs"]
        goods = {*sup["nouns"], *backs["nouns"]} - {*self.lex.words("supplier_nouns")}
        giving = {*sup.get("verbs", []), *backs.get("verbs", []), "arm", "support", "back"}
        stopped = [
            o
            for o in children(verb, "dobj", "xcomp")
            if o.lemma_.lower() in (goods if o.dep_ == "dobj" else giving)
        ]
        if not stopped:
            return False
        # the party of the role told ("the colony's", "of the regime") against the party of
        # the stop ("to the colony"): a stop of another party's deliveries ends nothing here
        own = children(tok, "poss") + preps(tok, "of", "for", "to")
        own_refs = {m.ref.name for t in own for m in self._actors_of([t])}
        for o in stopped:
            parties = preps(o, "to", "for") + (children(o, "dobj") if o.dep_ == "xcomp" else [])
            # (the parser may hang the noun's "to" on the verb: "halted deliveries to X")
            parties += preps(verb, "to", "for") if o.dep_ == "dobj" else []
            refs = {m.ref.name for m in self._actors_of(parties)}
            if not parties or refs & own_refs:
                return True
        return False

    def _owners_ally(self, tok) -> list[_Claim] | None:
        """ "Iran's Houthi allies", "Turkey's Syrian rebel allies", "Iran's Lebanese ally
        Hezbollah": an alliance noun (`tie_nouns`) owned by a state, naming men who are no
        state, is the owner's side in arms: the owner backs them, never they the owner (a
        group does not back its patron). Owned by no state ("the Houthis' Iranian allies",
        "Hezbollah's allies"), by a pronoun ("its American-led allies") or naming no men in
        arms (a coalition a state leads), the words do not say which backs which: nothing.
        Two states ("Pakistan's ally China", and "Russia's Syrian allies", whose state's word
        alone may name its government or its men) are a tie, read as before (``AllyRules._ties``); a
        noun with "of", "for" or "to" ("an ally of Iran"), with no owner, or naming no one
        itself ("Russia, Serbia's traditional ally": the apposition names it) is not this
        rule's (None)."""
        owners = self._actors_of(children(tok, "poss"))
        if (
            tok.lemma_.lower() not in self.lex.words("tie_nouns")
            or not owners
            or preps(tok, "of", "for", "to")
        ):
            return None
        named = self._named_after(tok)
        ally = named if named is not None else tok
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        by_state = [m for c in mods for m in [self.ctx.mention(c)] if m is not None]
        allies = [m for m in self._actors_of([ally]) if m.i not in {o.i for o in owners}]
        if (not allies and not by_state) or self._unnamed_allies(named, mods, by_state, owners):
            return None
        if self._allies_of_many_states(named, mods):
            return None
        if not whole_states(owners):
            return []
        if whole_states(allies) or (
            named is None and mods and len(by_state) == len(mods) and whole_states(by_state)
        ):
            return None
        if children(tok, "poss")[0].lower_ in PERSPRON or not all(
            m.ref.kind in ("party", "armed") for m in allies
        ):
            return []  # "its American-led allies": whose? A coalition backs more than it is backed
        return [_Claim("backs", tok, owners, [ally])]

    @staticmethod
    def _unnamed_allies(named, mods: list, by_state: list[Mention], owners: list[Mention]) -> bool:
        """Allies the words do not name as men of a people or group (no name after the noun,
        no modifier that is a mention or a people's word: "Ukraine's Western allies",
        "Russia's allies"; "Washington's Kurdish allies" are named), or owned by a state's
        leader ("Assad's Russian allies", "Gaddafi's Tuareg allies"), who is his state in
        office: the possessive alone gives no direction, and the words are read as before
        (``AllyRules._ties``), never as the owner backing them ("Ukraine backs Western
        allies": a bloc of states backs more than it is backed)."""
        if named is None and not by_state and not any(c.ent_type_ == "NORP" for c in mods):
            return True
        return all(m.ref.kind == "leader" and m.ref.code for m in owners)

    def _allies_of_many_states(self, named, mods: list) -> bool:
        """ "Washington's Arab allies", "Moscow's African allies", "America's Gulf allies":
        allies named only by the word of a people or region of many states
        (``bloc_words``) are states, which of them the words do not say, not a people's men
        in arms: no side the owner backs, read as before (``AllyRules._ties``), as
        "Ukraine's Western allies" are ("Washington's Kurdish allies" are named men)."""
        bloc = self.lex.words("bloc_words")
        return named is None and bool(mods) and all(c.lower_ in bloc for c in mods)

    def _under_command(self, tok) -> _Claim | None:
        """ "Angolan government forces under Cuban command", "Afghan troops under
        Soviet command": a state that commands another's armed men backs them. Only a
        state's own word on "command" (its demonym, its name), never an organisation ("under
        UN command" is a mission) and never the same state's. "Militias led by Iranian
        officers", "fighters led by officers of the Rwandan army" (an organ of a state
        leading them, the lexicon's state_organs) is the same; "fighters led by Tunisian
        commanders" is not: a fighter's nationality is not his state. None otherwise."""
        up = tok.head
        armed = self.lex.words("armed_nouns")
        # "led by Chechen, Afghan and other foreign fighters": the demonyms of a list
        # whose last word is the leaders' noun
        leaders = with_conjuncts(tok)
        last = leaders[-1]
        if tok.lemma_.lower() == "command" and up.dep_ == "prep" and up.lower_ == "under":
            force = up.head
            leaders = [tok]
        elif (
            up.dep_ == "agent"
            and up.head.lemma_ == "lead"
            and up.head.dep_ == "acl"
            and (
                last.lower_ in armed
                or last.lemma_.lower() in armed
                or last.lemma_.lower() in self.lex.words("titles")
            )
        ):
            force = up.head.head
            leaders = self._organ_leaders(leaders)
        else:
            return None
        if force.pos_ != "NOUN" or (
            force.lower_ not in armed and force.lemma_.lower() not in armed
        ):
            return None
        words = [
            w
            for t in leaders
            for w in (t, *t.children)
            if w is not t or t.pos_ == "PROPN"
            if w.dep_ in ("amod", "compound", "poss", "pobj", "conj") and w.i <= t.i
        ]
        powers = [
            m
            for w in words
            for m in [self.ctx.mention(w)]
            if m is not None and m.ref.kind == "state"
        ]
        own = {m.ref.code for m in self.reader.actors(force, "party")}
        if not powers or any(m.ref.code in own for m in powers):
            return None
        return _Claim("backs", tok, powers, [force])

    def _organ_leaders(self, leaders: list) -> list:
        """The leaders' words that stand for an organ of a state (the lexicon's
        state_organs): the leaders' noun itself ("Iranian officers", "Russian troops"), its
        modifier ("Russian army officers", "Iranian military advisers") or the organ its
        "of" names ("officers of the Rwandan army", "commanders of Iran's Revolutionary
        Guard"), whose own modifiers then tell the state. None when no leader is one."""
        organs = self.lex.words("state_organs")

        def organ(t) -> bool:
            return t.lemma_.lower() in organs or t.lower_ in organs

        out = []
        for t in leaders:
            if organ(t) or any(
                organ(c) for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
            ):
                out.append(t)
            out += [o for o in preps(t, "of") if organ(o)]
        return out

    def _membership(self, mod) -> bool:
        """ "France, a NATO ally", "its EU partners", "Ukraine and its European allies": an
        organisation of states (or its demonym) glued to an ally noun tells the body the
        ally belongs to, not a side it backs."""
        m = self.ctx.mention(mod)
        return m is not None and m.ref.kind == "org" and not m.ref.state

    def _ruler_behind_state(self, anchor):
        """The title an apposition hung on a state's name is said of, when the state follows
        "of" on a ruler's title its words put out of office or in rivalry ("The deposed King
        of Greece, a close ally of Britain": the king, no longer Greece's ruler, is the ally;
        ``PhraseReader.out_of_office``); else the name itself ("The King of Morocco, a close
        ally of France": Morocco, as before)."""
        prep = anchor.head
        if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return anchor
        title = prep.head
        if title.lemma_.lower() in self.lex.words("titles") and self.reader.out_of_office(title):
            return title
        return anchor

    def _apposed_backer(self, tok) -> _Claim | None:
        """ "Cuba was under pressure from Moscow, its main economic backer",
        "The Syrian government, under pressure from Russia, its main backer, agreed": a
        backer noun with a pronoun, set off by a comma right after a name, is that name; the
        pronoun's owner is the subject before it of the verb the name hangs on (a state too,
        which a pronoun alone never stands for as a party). Read from the words, as the
        parser hangs such an apposition on the subject as often as on the name."""
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if len(poss) != 1 or poss[0].lower_ not in ("its", "his", "her", "their"):
            return None
        p = poss[0]
        doc = tok.doc
        if p.i < 2 or doc[p.i - 1].text != ",":
            return None
        named = next((m for m in self.ctx.mentions if m.j == p.i - 1), None)
        if named is None or named.ref.kind not in ("state", "org", "leader"):
            return None
        verb = tok.doc[named.j - 1]
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.i < named.i
        ]
        owner = self.ctx.mention(subj[0]) if len(subj) == 1 else None
        if owner is None or owner.ref.code == named.ref.code:
            return None
        if owner.ref.kind not in ("state", "party", "government", "leader"):
            return None
        return _Claim("backs", tok, [named], [subj[0]])

    def _named_after(self, tok):
        """The name right after a noun ("ally Abu Musab al-Zarqawi"), as its phrase head."""
        doc = tok.doc
        if tok.i + 1 >= self.ctx.s.sent.end:
            return None
        t = doc[tok.i + 1]
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return None
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t

    def _nearest_power_before(self, tok, exclude) -> list[Mention]:
        """ "an attack on a key Russian ally": the ally is the state named before it, when the
        phrase has no subject or apposition of its own."""
        ex = {m.i for c in exclude for m in [self.ctx.mention(c)] if m is not None}
        if tok.dep_ != "pobj":
            return []
        before = [
            m
            for m in self.ctx.mentions
            if m.j <= tok.i
            and m.i not in ex
            and m.ref.kind == "state"
            and m.i not in self.ctx.backer_tokens
        ]
        return before[-1:]

    def _member_against(self, tok, powers) -> list[_Claim]:
        """ "a partner in the French-led campaign against the jihadists": opposes."""
        out = []
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        for o in preps(tok, "in", "of"):
            if o.lemma_.lower() in camp or o.lower_ in camp:
                foes = preps(o, "against")
                if foes:
                    out.append(_Claim("opposes", tok, powers, foes))
        return out

    def _joined(self, tok) -> list[_Claim]:
        """ "France joined Britain in striking Libyan targets": who joins and
        whom it joins oppose whom they strike; "joined Y in the war against Z" too."""
        acts = {w.lower() for w in self.cfg["opposes"].get("joined_acts", [])}
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        foes: list = []
        for o in preps(tok, "in"):
            if o.pos_ == "VERB" and o.lemma_.lower() in acts:
                for f in [g for d in children(o, "dobj") for g in with_conjuncts(d)]:
                    # "Houthi targets", "rebel positions": whose they are
                    foes += [f] if self.reader.is_actor_noun(f) else self._owners_of(f)
                foes += preps(o, "against")
            elif o.lemma_.lower() in camp or o.lower_ in camp:
                foes += preps(o, "against")
        fighting = any(
            (o.pos_ == "VERB" and o.lemma_.lower() in acts) or o.lemma_.lower() in camp
            for o in preps(tok, "in")
        )
        # "Eritrean forces have joined Ethiopian troops in a renewed offensive": to join a
        # side's armed men in its fighting is to back that side
        groups = self.lex.words("group_nouns") - {"coalition"}
        troops = [
            d for d in children(tok, "dobj") if d.lemma_.lower() in groups or d.lower_ in groups
        ]
        out = []
        powers = self._subject_powers(tok)
        if fighting and troops:
            out.append(_Claim("backs", tok, powers, troops))
        # "Sudan has sent troops to join the Saudi-led coalition": to join a coalition a
        # state leads is to back it (not "joined the coalition government")
        led = [
            d
            for d in children(tok, "dobj")
            if any(m.ref.kind == "coalition" and m.ref.code for m in self._actors_of([d]))
        ]
        if led and powers:
            out.append(_Claim("backs", tok, powers, led))
        if not foes:
            return out
        joined = [
            m
            for m in self._actors_of(children(tok, "dobj"))
            if m.ref.kind in ("state", "org", "leader", "party", "coalition")
        ]
        out.append(_Claim("opposes", tok, powers + [m for m in joined if m not in powers], foes))
        return out

    def _owners_of(self, tok) -> list:
        """The words before a thing that name whose it is ("Houthi targets")."""
        return [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "poss", "nmod") and self.ctx.mention(c) is not None
        ]

    def _campaign_foes(self, tok) -> list:
        foes = preps(tok, "against")
        if not foes and tok.dep_ in ("appos", "dobj"):
            # "has begun an offensive against Y", the "against" hung on the verb or its object
            foes = preps(tok.head, "against")
        if not foes:
            # "the violence of the Renamo movement against the Maputo government": the
            # "against" hung on who wages it
            foes = [f for o in self._waged_by(tok) for f in preps(o, "against")]
        return foes

    def _waged_by(self, tok) -> list:
        """The "of" of a campaign noun naming an actor who wages it ("the violence of the
        Unita rebel movement"), not what it is of ("a war of independence")."""
        return [
            o
            for p in children(tok, "prep")
            if p.lower_ == "of"
            for o in children(p, "pobj")
            if any(self.ctx.mention(w) is not None for w in (o, *children(o, "compound")))
        ]

    def _campaign(self, tok) -> list[_Claim]:
        """ "X's war against Y", "X has begun an offensive against Y": X opposes Y."""
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "of")
            and tok.head.head.lemma_.lower()
            in {w.lower() for w in self.cfg["opposes"]["member_nouns"]}
        ):
            return []  # read by the member noun
        powers = self._noun_powers(tok)
        stopper = self._stoppers_campaign(tok, powers)
        if stopper is not None:
            powers = stopper  # "cut off trade with Qatar during its offensive": the cutter's
        led = self.ctx.compound_at(tok)
        if led is not None and led.participle == "led" and not powers:
            powers = self.reader.actors(tok, "power")
        if not powers:
            powers = self._actors_of(self._waged_by(tok))
        elif tok.lemma_.lower() in _OWNED_DEEDS and not self._deed_owned(tok):
            # "police tried to halt a wave of violence against Tamils": who stops it, or
            # speaks of it, is not who does it; only who wages it ("has waged an insurgency")
            return []
        return [_Claim("opposes", tok, powers, self._campaign_foes(tok))]

    def _stoppers_campaign(self, tok, owners: list[Mention]) -> list[Mention] | None:
        """ "Saudi Arabia cut off trade with Qatar during its offensive against the Houthis",
        "Israel halted air strikes for four days in its war against Hamas": a campaign owned
        by "its" or "their" after "in", "during" or "amid" on a verb of stopping (the
        lexicon's ``stop_verbs``, a phrasal one with its particle) is the campaign the
        stopper wages by the stop, so its owner is the verb's subject, not the side the stop
        falls on, named nearer; a subject that names no side ("Officials cut off trade")
        leaves the owner unsaid: no one. None where the campaign is not of this kind
        ("sent arms to Ukraine during its war against Russia" is read as before), or where
        the owners ``owners`` read are named inside that subject already."""
        poss = children(tok, "poss")
        if len(poss) != 1 or poss[0].lower_ not in ("its", "their"):
            return None
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "amid"):
            return None
        verb = tok.head.head
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        stops = self.lex.words("stop_verbs")
        lem = verb.lemma_.lower()
        prt = [f"{lem} {c.lower_}" for c in children(verb, "prt")]
        if verb.pos_ != "VERB" or not (lem in stops or any(p in stops for p in prt)):
            return None
        subjects = [s for s in governing_subjects(verb) if self._names_a_side(s)]
        span = {t.i for s in subjects for t in s.subtree}
        inside = [m.ref for m in self.ctx.mentions if m.i in span]
        keys = {k for r in inside for k in (r.code, r.state, r.party, r.name) if k}
        if owners and all(
            m.i in span or {m.ref.code, m.ref.state, m.ref.name} & keys for m in owners
        ):
            # "The government of President Omar al-Bashir has cut off food to Kadugli,
            # a town south of Khartoum, in its campaign": the side the pronoun was read
            # as is the subject's own state already
            return None
        return self._actors_of(subjects)

    def _names_a_side(self, subj) -> bool:
        """Whether a subject may name a side: not people or officials that no name or
        nation's word in it makes a side's ("Officials cut off trade with Qatar"; "Saudi
        officials" are the state's)."""
        bare = self.lex.words("people_nouns") | self.lex.words("envoy_nouns")
        if subj.lemma_.lower() not in bare and subj.lower_ not in bare:
            return True
        return any(self.ctx.mention(t) is not None for t in subj.subtree)

    def _deed_owned(self, tok) -> bool:
        """Whether a deed's doer is named on it ("Renamo violence", "their insurgency") or
        is the subject of the verb that wages it ("Farc has waged an insurgency")."""
        if children(tok, "poss") or any(
            self.ctx.mention(t) is not None
            for c in children(tok, "compound", "amod", "nmod")
            for t in c.subtree
        ):
            return True
        verb = tok.head
        # (the lemmatiser takes "waged" for a form of "wag")
        waged = verb.lemma_.lower() in _WAGE_VERBS or verb.lower_ in ("waged", "waging", "wages")
        return tok.dep_ == "dobj" and waged

    def _served(self, tok) -> list:
        """ "With Russian support, Syrian troops retook Palmyra", "Hezbollah, with Iranian
        support, fought Israel": support as an adjunct serves the subject of its clause (or
        the noun it hangs on). ("Without X's support" is what did not happen: no claim.)"""
        held = self._held_by(tok)
        if held:
            return held
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.dep_ != "prep":
            return []
        up = tok.head.head
        if up.pos_ in ("NOUN", "PROPN"):
            return with_conjuncts(up)
        if up.pos_ not in ("VERB", "AUX") or _after_a_relative_clause(tok.head, up):
            return []
        subj = children(up, "nsubj", "nsubjpass")
        return with_conjuncts(subj[0]) if subj else governing_subjects(up)

    def _held_by(self, tok) -> list:
        """ "UNITA won the support of South Africa", "the junta has Moscow's backing": a
        backing noun held, won or received (the lexicon's 'held_verbs') serves the verb's
        subject; whose the noun is backs it, and the subject is no backer of its "of"."""
        if not self._held(tok):
            return []
        verb = tok.head
        subj = children(verb, "nsubj")
        if not subj and verb.dep_ == "conj":
            subj = children(verb.head, "nsubj")  # "fought on and won the support of ..."
        return with_conjuncts(subj[0]) if subj else self._held_as(verb)

    @staticmethod
    def _held_as(verb) -> list:
        """ "Unita is regarded as having had strong backing from Pretoria", "they see the
        junta as having Moscow's backing": who is held to have what the verb has."""
        if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
            return []
        subj = children(verb.head.head, "nsubjpass", "dobj")
        return with_conjuncts(subj[0]) if subj else []

    def _held(self, tok) -> bool:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.words("held_verbs")

    def _gained_from(self, tok) -> bool:
        """ "The militia got $2 million in proceeds from the arms sales to Sudan": a supply
        or backing noun after "from" on a word of gain (the lexicon's 'gain_words': profits,
        proceeds, got, received) is the source of what the subject gets, not its deed."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "from":
            return False
        return tok.head.head.lemma_.lower() in self.lex.words("gain_words")

    def _owned(self, tok) -> bool:
        """ "U.S. military aid to the Contras", "Moscow's covert assistance to the rebels": a
        power owns the noun in its own words, and the words make it help in a war (a bare
        "humanitarian aid to Gaza" names no backer; "US assistance to Egypt" is a budget)."""
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        war = self.lex.words("war_aid_modifiers") | self.weapon_words
        return any(c.i < tok.i and self.ctx.mention(c) is not None for c in mods) and any(
            c.lower_ in war or c.lemma_.lower() in war for c in mods
        )

    def _own_powers(self, tok) -> list[Mention]:
        """Whose support a noun is, by its own words only: "Russian support", "Moscow's
        backing", "the support of Rwanda"."""
        poss = children(tok, "poss")
        if poss:
            return self._actors_of(with_conjuncts(poss[0]))
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        got = self._actors_of(mods)
        return got or self._actors_of(preps(tok, "of"))

    def _in_support(self, tok):
        """ "Syrian troops retook Palmyra with Russian jets in support": a bare "in support"
        beside a "with" on the same word has the with's object as its means (whose owner
        backs)."""
        if (
            tok.dep_ != "pobj"
            or tok.head.lower_ != "in"
            or any(c.dep_ != "det" for c in tok.children)
        ):
            return None
        up = tok.head.head
        if up.dep_ == "pobj" and up.head.lower_ == "with":
            return up  # "with Turkish air raids in support", "in support" on the raids
        withs = [
            o
            for c in up.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in children(c, "pobj")
        ]
        return withs[0] if withs else None

    def _sent_from(self, tok, goods: list) -> list[Mention]:
        """ "approved shipments of arms from Sudan to the Chadian rebels", "blocked the sale of
        tanks from Germany to Riyadh": a state a supply noun or its goods say they come
        "from" sends them, whoever the clause around names (who approves, blocks or reports
        a shipment is no supplier); not where the noun is a power's own ("Iran's shipments of
        arms from Syria"), nor a place or a stock they come from ("from the port of Tripoli",
        "from Russia's stockpiles")."""
        if children(tok, "poss"):
            return []
        sources = preps(tok, "from") + [s for o in goods for s in preps(o, "from")]
        found = self._actors_of([h for s in sources for h in with_conjuncts(s)])
        found = [m for m in found if m.ref.kind == "state"]
        return found if found and self._sent_between_states(tok, goods) else []

    def _sent_between_states(self, tok, goods: list) -> bool:
        """Whether a "from" state may be read as the sender of the supply noun ``tok``: where
        the goods go to a state or its government ("exports of arms from Israel to Azerbaijan",
        "shipments of arms from Moscow to Damascus"), where the clause around names a state
        who acts on the shipment, whom the rule reads in its stead ("Paris approved
        shipments of arms from Sudan to the Chadian rebels"), or where they go to a group
        named by its own name ("shipments of arms from Iran to Hezbollah"). Not arms that go
        from a land to armed men told only by their kind, with no state around: they may be
        looted or smuggled out of it ("the transfer of weapons from Libya to militants in Mali
        surged after Gaddafi's fall"), and the land names no sender."""
        to = preps(tok, "to") + [h for o in goods for h in preps(o, "to")]
        receivers = self._actors_of([h for r in to for h in with_conjuncts(r)])
        governments = {n for th in self.lex.theatres.values() for n in th.state_parties.values()}
        if any(m.ref.kind in _STATE_KINDS or m.ref.actor in governments for m in receivers):
            return True  # a state, or a listed war's government ("to Damascus")
        if receivers and any(r.pos_ == "PROPN" for r in to):
            return True  # a group named by its name ("from Iran to Hezbollah")
        return any(m.ref.kind in _STATE_KINDS for m in self._noun_powers(tok))

    @staticmethod
    def _seized(tok) -> bool:
        """ "Somali police seized a shipment of weapons from Yemen to al-Shabaab", "Israel
        intercepted a shipment of Iranian weapons to Hamas", "a shipment ... was seized": a
        supply stopped on its way is contraband whose sender the words do not give; who seizes
        it is none, and the land it came from names none. Not a shipment its possessor owns
        ("seized Iran's shipment of missiles to the Houthis": Iran's, read as before)."""
        verbs = _SEIZE_VERBS
        if children(tok, "poss"):
            return False
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
            return True
        return any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in tok.children)

    def _noun(self, tok, rel: str, prep_words) -> list[_Claim]:
        means = self._in_support(tok) if rel == "backs" else None
        if means is not None:
            # served as by "with Russian support", the side being the clause's subject
            served = self._served(means)
            powers = self._own_powers(means)
            return [_Claim(rel, tok, powers, served)] if powers and served else []
        served = self._served(tok) if rel == "backs" else []
        if served:
            powers = self._own_powers(tok)
            if powers:
                return [_Claim(rel, tok, powers, served)]
            if not self._held(tok):
                return []
            # "had received support from Pakistan": held, whose by its "from" (read below)
        if rel == "backs" and self._held(tok) and preps(tok, "of"):
            return []  # held by a subject the parse does not give: its "of" is the backer
        # "the sale of attack helicopters to India by France": the agent of a supply noun
        # (the parse may hang it on the recipient) is its supplier, whoever the clause
        # around it names
        by = preps(tok, "by") + [a for r in preps(tok, "to") for a in preps(r, "by")]
        # "the shipment of rifles to the rebels by Sudan": the parse may hang the supply's
        # "to" and "by" on its goods
        goods = preps(tok, "of") if rel == "supplies" else []
        by += [a for o in goods for a in preps(o, "by")]
        # (not where the supply is what another noun acts on: "the strikes on arms
        # deliveries to Ukraine by Russia", "the suspension of arms exports to Israel by
        # Spain": the agent may be that noun's)
        inner = tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")
        agents = self._actors_of(by) if rel == "supplies" and not inner else []
        powers = [m for m in agents if m.ref.kind in _STATE_KINDS]
        if not powers and rel == "supplies" and not inner:
            if self._seized(tok):
                return []
            powers = self._sent_from(tok, goods)
        powers = powers or self._noun_powers(tok)
        heads = preps(tok, *prep_words)
        if not heads and tok.dep_ == "dobj":
            # "resumed arms deliveries to the Sudanese army": the recipient hung on the verb
            heads = preps(tok.head, *[w for w in prep_words if w != "of"])
        if not heads and goods:
            heads = [h for o in goods for h in preps(o, "to")]
        if not heads and tok.lemma_ in self.cfg["backs"].get("aid_lots", []):
            # "a package of security assistance for Jordan"
            heads = [h for o in preps(tok, "of") for h in preps(o, *prep_words)]
        if not heads and rel in ("backs", "supplies"):
            heads = self._receivers(tok)
        out = [_Claim(rel, tok, powers, heads)]
        against = self._against(tok)
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, conflict_of=out[0]))
        return out


def _after_a_relative_clause(with_tok, verb) -> bool:
    """ "The militia gave up every village that the army had taken, with Cuban backing, in
    May": a "with" set off by a comma right after a relative clause in what follows the verb
    may be the relative clause's (the army backed) or the verb's (the militia backed); the
    words leave it open, and the parse hangs it on the verb either way, so it serves neither.
    A relative clause of the subject ("The militia, which had fled, with Cuban backing, ...")
    has the subject's side either way."""
    doc = with_tok.doc
    k = with_tok.i - 1
    if k < 1 or doc[k].text != ",":
        return False
    for r in [doc[k - 1], *doc[k - 1].ancestors]:
        if r.i == verb.i:
            return False
        if r.dep_ == "relcl" and r.right_edge.i == k - 1 and r.i > verb.i:
            return True
    return False
