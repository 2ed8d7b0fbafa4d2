"""The verbs that back or help: "backs", "was backed by", "sides with", "came to the aid of".

The help and backing verbs, their passive and participle forms ("Moscow-backed", "an army
loyal to"), recognition and siding, and the subject a verb left behind a comma.
"""

from __future__ import annotations

import dataclasses

from explorer.extract.actors import antecedent
from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import (
    _BACKS_PARTS,
    _STATE_KINDS,
    _SUPPLY_PARTS,
    _Claim,
    _holder_of,
    _named,
    _own_objects,
)
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import (
    _past_form,
    children,
    object_before_clause,
    preps,
    with_conjuncts,
)

# acts of a side in arms a state may be "behind" (``_behind``) beside the lexicon's attack,
# bombing and aggression words: English's common ones, chosen by the team
_SIDE_ACTS = {"assault", "ambush", "raid", "uprising", "rebellion", "insurgency", "offensive"}
# the verbs with a particle of putting an end to a plight (``_phrasal_plight_verb``): "put out"
# a fire, "stamp out" or "wipe out" a disease; English's common ones, chosen by the team
_PHRASAL_PLIGHT_VERBS = {"put out", "stamp out", "wipe out", "snuff out", "beat back"}
# deeds of a side at war one may have a part in (``_share_in_deeds``) beside the lexicon's
# attack, bombing and aggression words: English's common ones, chosen by the team
_WAR_DEEDS = {"crime", "atrocity", "massacre", "genocide", "abuse", "killing", "attack", "raid"}
# the participles that name a deed's doer after "by" ("the crimes committed by the RSF")
_DONE_BY = {"commit", "perpetrate", "carry", "conduct", "launch", "wage", "stage"}
# the nouns of a try (``_attempt_to_arm``): English's common ones, chosen by the team
_TRY_NOUNS = {"attempt", "effort", "bid"}

# a state's men in arms named by their common noun (``armed_nouns`` holds the rest)
_MEN_IN_ARMS = frozenset({"troops", "soldiers", "contingent", "contingents", "marines"})
# verbs whose object may be ground held as well as a side backed ("defended Kidal")
_GROUND_VERBS = frozenset({"defend", "protect", "guard", "hold", "secure"})
# the words of scale that are of arms alone, on any act (``_a_word_of_scale``)
_SCALE_OF_ARMS = frozenset(
    {"full-scale", "large-scale", "all-out", "ground", "air", "aerial", "naval", "amphibious"}
    | {"military", "armed", "two-pronged"}
)
# words of size, time or manner of arms on a begun act (``_a_word_of_scale``): English's
# common ones, chosen by the team
_SCALE_WORDS = _SCALE_OF_ARMS | frozenset(
    {"major", "massive", "big", "new", "fresh", "renewed", "surprise", "joint", "final"}
    | {"general", "sweeping", "fierce", "heavy", "long-awaited", "overnight", "dawn"}
)
# prepositions of a begun act's aim or place (``_aimed_at_a_side_or_ground``)
_AIM_PREPOSITIONS = frozenset(
    {"against", "on", "of", "in", "into", "near", "toward", "towards", "across", "inside"}
)
# the links from a name up to the begun act whose target it is (``_begun_act_of_target``):
# a preposition's object, its preposition, a purpose's object and clause, a name's parts
_WITHIN_AN_ACT = frozenset(
    {"pobj", "prep", "dobj", "compound", "appos", "conj", "acl", "advcl", "xcomp", "relcl"}
)


def _a_clause_before_the_help(tok, clause) -> bool:
    """ "The Thai officials picked her to speak for the Lao workers: she helps
    with paperwork": a clause before the helping verb, which the parser may hang on it as
    its complement across a colon, is not what the help is for; in English what a side is
    helped to do comes after the verb ("helped the Syrian army retake Aleppo")."""
    return clause.i < tok.i


class VerbRules(PowerRules):
    """Claims read from a backing or helping verb and its participles."""

    def _verb(self, tok, rel: str, passive: bool) -> list[_Claim]:
        if passive:
            agents = preps(tok, "by")
            if not agents:  # "financed and armed by the CIA": the agent both verbs share
                agents = [o for c in children(tok, "conj") for o in preps(c, "by")]
            if not agents:
                return []
            # "backed by MiG-23 jets", "backed by US air power": a means names its owner
            # or nobody, never itself
            means = self.lex.words("means_nouns")
            if any(a.lemma_.lower() in means or a.lower_ in means for a in agents):
                powers = self._owners(agents)
            else:
                powers = self._actors_of(agents) or self._owners(agents)
            subj = children(tok, "nsubjpass") or self._clausal_subject(tok)
            held = _holder_of(subj[0], self._clause_verbs()) if subj else None
            if held is not None:
                # "the M23 rebels holding Goma were supported by Uganda": the holders, never Goma
                return [_Claim(rel, tok, powers, with_conjuncts(held[0]))] if held else []
            if subj:
                heads = with_conjuncts(subj[0])
            elif tok.dep_ in ("ccomp", "csubjpass") or children(tok, "csubjpass"):
                # a reported clause's subject is never the reporter's: "The UN said the rebels
                # fighting the army were backed by Rwanda" does not back the UN
                return []
            elif rel == "backs" and (act := self._begun_act_of_target(tok)) is not None:
                # "Nigeria launched an offensive against Boko Haram, backed by Chad": the act's
                # starter is backed, never its target
                starters = self._act_started_by([act], powers)
                if self._target_a_ward(tok, powers):
                    return []  # "against the Houthis, backed by Iran": whose backer is open
                return [_Claim(rel, tok, powers, parties=starters)] if starters else []
            elif tok.dep_ in ("acl", "amod", "relcl"):
                heads = self._trailing_subject(tok) or [tok.head]
                if rel == "backs" and self._ward_before_the_comma(tok, powers):
                    return []  # "an offensive against Hezbollah, backed by Iran": open
                if rel == "backs" and (starters := self._act_started_by(heads, powers)):
                    return [_Claim(rel, tok, powers, parties=starters)]
            elif tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod"):
                heads = [tok.head.head]
            elif tok.dep_ == "conj" and tok.head.dep_ == "acomp":
                # "are armed and trained by Iran", the first read as an adjective of "be",
                # which carries the verb's negation and speaker
                heads = [h for s in children(tok.head.head, "nsubj") for h in with_conjuncts(s)]
                return [_Claim(rel, tok.head, powers, heads)]
            elif self._trailing_subject(tok):
                # "Congolese troops fought the M23 rebels, backed by UN peacekeepers."
                heads = self._trailing_subject(tok)
            else:  # advcl: "Hezbollah fighters, backed by Iran, helped ..."
                left = self._np_before_comma(tok)
                # (a place before the comma, "shelled rebel positions in Aleppo, backed by
                # Russian air strikes", is nobody backed: the clause's subject is)
                heads = [left] if left is not None and self._actors_of([left]) else []
                if not heads:
                    heads = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not heads and tok.head.pos_ in ("NOUN", "PROPN"):
                    heads = [tok.head]
            return [_Claim(rel, tok, powers, heads)]
        powers = self._subject_powers(tok)
        dobj = _own_objects(tok)
        if not dobj:  # "armed and financed the rebels": the object both verbs share
            dobj = [d for c in children(tok, "conj") for d in children(c, "dobj")]
        if not dobj:
            dobj = self._pair_object(tok)
        taken = [] if dobj else self._object_taken_for_next_subject(tok)
        if taken:
            # the name alone, not the state joined to it (the next clause's subject)
            own = [m for m in self._actors_of(taken) if m.i <= taken[0].i < m.j]
            return [_Claim(rel, tok, powers, parties=own)] if own else []
        fronted = self._fronted(tok) if not dobj else None
        if fronted is not None:
            dobj, powers = [fronted[0]], self._actors_of(fronted[1])
        folded = [] if dobj else self._object_in_complement(tok)
        if folded:
            return [_Claim(rel, tok, powers, parties=folded)]
        heads = object_before_clause(dobj[0]) if dobj else []
        # "back Slovenia's and Croatia's independence": a possessor the parser left as the
        # object is not what is backed
        heads = [h for h in heads if not any(c.tag_ == "POS" for c in h.children)]
        foes: list = []
        if tok.lemma_ in ("help", "assist") and self._help_against_plight(tok):
            return []
        if tok.lemma_ in ("help", "assist"):
            # before whose offensive: "helped the Kabul government repel the Taliban's
            # offensive", the verb glued into the object, helps the government
            heads, foes = self._helped(tok, heads)
            foes = [o for h in foes for o in self._campaign_owner(h)]
        if rel == "backs":
            heads = [o for h in heads for o in self._campaign_owner(h)]
        if (
            tok.lemma_ in ("help", "assist")
            and heads
            and self._helped_to_agree(tok)
            # "helped the farmers strike a deal with the buyers": people, not sides
            and any(self.reader.actors(h, "party") for h in heads)
        ):
            # "Norway helped the government and the Tamil Tigers reach a ceasefire": help to
            # a deal between sides is mediation, not backing either
            return [_Claim("mediates", tok, powers, heads, spread=True)]
        if not heads:
            heads = preps(tok, "behind", "with")
        if not heads:
            # "does not back Assad": a name the parser took for an adverb of the verb
            heads = [
                c
                for c in tok.children
                if c.dep_ in ("advmod", "npadvmod") and c.i > tok.i and self.ctx.mention(c)
            ]
        if any(self._is_rival(h) for h in heads):
            return []
        if rel == "backs" and heads and all(self._ground_held(tok, h) for h in heads):
            heads = []  # "defended Kidal": a town held, no side
        if rel == "backs" and (beside := self._defended_beside(tok, heads)):
            return [_Claim(rel, tok, powers, beside)]
        co = [] if rel == "opposes" else self._actors_of(preps(tok, "with", "alongside"))
        # "supports the M23 with troops": means, not a partner
        co = [m for m in co if m.ref.kind in ("state", "org", "leader", "party", "coalition")]
        out = [_Claim(rel, tok, powers + [m for m in co if m not in powers], heads)]
        if foes:
            glued = [f for f in foes if self._glued_help_verb(tok, f) is not None]
            out.append(
                _Claim(
                    "opposes",
                    tok,
                    powers,
                    [f for f in foes if f not in glued],
                    parties=[m for f in glued for m in self._foe_after_verb(tok, f)],
                    conflict_of=out[0],
                )
            )
            out[0].foe_named = self._names_foe(foes)
        against = self._against(tok)
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, conflict_of=out[0]))
            out[0].foe_named = out[0].foe_named or self._names_foe(against)
        if tok.lemma_ in ("help", "assist") and heads and self._arms_that_help(tok):
            # "supplied drones that helped Abiy's forces": the arms went to those helped, and
            # the help is said as the supply is ("denies supplying drones that helped")
            out.append(_Claim("supplies", tok, powers, heads, conflict_of=out[0]))
            for cl in out:
                cl.trigger = tok.head.head
        elif tok.lemma_ in ("help", "assist") and heads and self._sales_help(tok):
            # "American arms sales helped Saudi Arabia fight the Houthis": sold to those helped
            out.append(_Claim("supplies", tok, powers, heads, conflict_of=out[0]))
        return out

    def _act_started_by(self, heads, powers: list[Mention]) -> list[Mention]:
        """ "The Somali government says it has launched an offensive, backed by Kenyan
        troops, to recapture ... Kismayo", "The Nigerian army launched an offensive, backed by
        Chadian troops": an act of war (the lexicon's ``launched_acts``) with no owner of its
        own, the object of a verb that starts it (``launch_verbs``), is its starter's; whoever
        backs the act backs the starter. Not an act of words or trade ("a legal assault", "an
        advertising offensive": ``figurative_act_words``), nor one owned ("the Afghan army's
        offensive" is read as before), nor a starter the backer is."""
        if len(heads) != 1 or not powers:
            return []
        act = heads[0]
        if act.lemma_.lower() not in self.lex.words("launched_acts") or act.dep_ != "dobj":
            return []
        figurative = self.lex.words("figurative_act_words")
        for c in act.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self._actors_of([c])):
                return []  # owned: read as before
            if c.dep_ in ("amod", "compound") and c.lower_ in figurative:
                return []
        verb = act.head
        if verb.lemma_.lower() not in self.lex.words("launch_verbs"):
            return []
        starters = self._subject_powers(verb)
        backers = {m.ref.code for m in powers if m.ref.code}
        if any(m.ref.code in backers for m in starters):
            return []
        if not self._act_of_arms(act, powers, starters):
            return []
        return starters

    def _act_of_arms(self, act, powers: list[Mention], starters: list[Mention]) -> bool:
        """Whether a begun act (``_act_started_by``) is told as one of arms: a bare act ("an
        offensive", "an assault"), or one whose backer or starter is named by its men or arms
        ("backed by Chadian troops", "backed by American artillery", "Chadian rebels launched
        an assault on N'Djamena, backed by Sudan"). An act with a word of its own, its backer
        and starter named bare, is no sure act of war: "Egypt launched a peace offensive
        toward Israel backed by the Soviet Union", "Germany launched a scathing attack on
        Hungary's veto, backed by France", "Ukraine launched an anti-corruption offensive
        backed by the IMF"; nor is an act the lexicon's ``staged_modifiers`` make one not done
        ("a cyber attack")."""
        mods = [c for c in act.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        if any(c.lower_ in self.lex.words("staged_modifiers") for c in mods):
            return False
        if not mods or all(self._a_word_of_scale(c) for c in mods):
            return True
        return any(self._named_in_arms(m) for m in (*powers, *starters))

    def _a_word_of_scale(self, mod) -> bool:
        """Whether a word on a begun act tells only its size, time or manner of arms
        (``_SCALE_WORDS``: "a full-scale invasion", "a major offensive", "an all-out assault",
        "a ground offensive"), which leaves the act as bare as "an offensive": "Russia
        launched a full-scale invasion of Ukraine, backed by Belarus" backs Russia. A word of
        a field ("a peace offensive", "a major trade offensive") is no word of scale."""
        text = "".join(t.text_with_ws for t in mod.subtree).strip().lower()
        if not (text in _SCALE_WORDS or mod.lower_ in _SCALE_WORDS):
            return False
        if text in _SCALE_OF_ARMS or mod.lower_ in _SCALE_OF_ARMS:
            return True
        return self._aimed_at_a_side_or_ground(mod.head)

    def _aimed_at_a_side_or_ground(self, act) -> bool:
        """Whether a begun act told by a word of size or time alone ("a fresh attack", "a
        new offensive", "a major assault": words of debates and markets as well as of war)
        is aimed at a side or at ground: the object of its preposition of aim or place, or
        of the verb of its purpose, a name of a side or a place ("a major offensive to retake
        Tikrit", "a new offensive against the rebels", "a massive offensive in Tigray"), not
        a thing of a side ("a fresh attack on the EU's fishing rules", "a new offensive at
        the United Nations against the resolution"), for ``_a_word_of_scale``."""
        heads = [act, act.head] if act.dep_ == "dobj" else [act]  # "launched ... in Tigray"
        objs = [
            o
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in _AIM_PREPOSITIONS
            for o in children(p, "pobj")
        ]
        purposes = children(act, "acl", "relcl")
        if act.dep_ == "dobj":
            purposes += children(act.head, "advcl", "xcomp")  # "launched ... to retake Tikrit"
        objs += [o for v in purposes for o in children(v, "dobj")]
        for o in objs:
            if self.ctx.mention(o) is not None:
                return True
            at = self.ctx.s.char(o)
            if any(tp.start <= at < tp.end for tp in self.ctx.toponyms):
                return True
        return False

    def _begun_act_of_target(self, tok):
        """The begun act of war whose target a trailing "backed by" was hung on: a participle
        after a comma that closes the sentence, set right after a name within the act's
        phrase ("an offensive against Boko Haram", "an invasion of Ukraine", "an assault on
        the rebels near Konna", "an offensive to retake Tikrit"), the act the object of a
        verb that starts it (``launch_verbs``). Such a participle tells of the act as a free
        modifier of its clause does, so its backer backs the starter, never the target:
        "Nigeria launched an offensive against Boko Haram, backed by Chad" (Chad backs
        Nigeria). A participle inside the sentence ("against the Houthis, backed by Iran, in
        northern Yemen"), one with no comma ("against Hezbollah fighters backed by Iran") or
        a relative clause reads as before. The act's token, or None."""
        doc = tok.doc
        if tok.i == 0 or doc[tok.i - 1].text != ",":
            return None
        agents = preps(tok, "by")
        last = max(t.i for a in agents for t in a.subtree) if agents else tok.i
        if any(not t.is_punct for t in doc[last + 1 : tok.sent.end]):
            return None  # "backed by Iran, in northern Yemen": the target's backer
        noun = tok.head if tok.dep_ in ("acl", "amod", "relcl") else self._np_before_comma(tok)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        acts = self.lex.words("launched_acts")
        starts = self.lex.words("launch_verbs")
        t = noun
        for _ in range(6):
            if t.dep_ not in _WITHIN_AN_ACT or t.head.i == t.i:
                return None
            t = t.head
            if t.lemma_.lower() in acts and t.dep_ == "dobj" and t.i < noun.i:
                return t if t.head.lemma_.lower() in starts else None
            if t.lemma_.lower() in starts and t.pos_ == "VERB":
                found = [d for d in children(t, "dobj") if d.lemma_.lower() in acts]
                return found[0] if found and found[0].i < noun.i else None
        return None

    def _ward_before_the_comma(self, tok, powers: list[Mention]) -> bool:
        """ "Israel launched an offensive against Hezbollah, backed by Iran": a trailing
        "backed by" that closes the sentence, which the parse hangs on the begun act itself
        though it follows the act's target right after a comma, is read as
        ``_target_a_ward`` reads one hung on the target: an armed group of no state targeted
        and a backer named bare leave whose backer it is open, so no claim (the parse of
        "against the Houthis, backed by Iran" gives none, and Iran never backs Israel). A
        state or ground targeted ("an invasion of Ukraine, backed by Belarus") or a backer
        named by men or arms ("backed by Kenyan troops") back the starter as before."""
        doc = tok.doc
        if tok.dep_ != "acl" or tok.i < 2 or doc[tok.i - 1].text != ",":
            return False
        act = tok.head
        if act.lemma_.lower() not in self.lex.words("launched_acts"):
            return False
        agents = preps(tok, "by")
        last = max(t.i for a in agents for t in a.subtree) if agents else tok.i
        if any(not t.is_punct for t in doc[last + 1 : tok.sent.end]):
            return False  # "backed by Iran, in northern Yemen"
        target = doc[tok.i - 2]
        if target.i <= act.i or not any(a.i == act.i for a in target.ancestors):
            return False
        targets = self._actors_of([target])
        if not targets or not all(self._a_group_of_no_state(m) for m in targets):
            return False
        return not any(self._named_in_arms(m) for m in powers)

    def _target_a_ward(self, tok, powers: list[Mention]) -> bool:
        """Whether the target a trailing "backed by" follows (``_begun_act_of_target``) is an
        armed group of no state (a movement, rebels, a militia) and the backer is named bare,
        by its name, not by men or arms it lends the act: such a group is as often the one
        backed, and the words do not say which ("Saudi Arabia launched an offensive against
        the Houthis, backed by Iran", "The Congolese army launched an offensive against the
        M23, backed by Rwanda"), so no claim is read. A state or ground targeted ("a
        full-scale invasion of Ukraine, backed by Belarus", "an offensive in Tigray, backed by
        Eritrea") or a backer named by its men or arms ("against al-Shabaab, backed by Kenyan
        troops") back the starter, as before."""
        noun = tok.head if tok.dep_ in ("acl", "amod", "relcl") else self._np_before_comma(tok)
        if noun is None:
            return False
        targets = self._actors_of([noun])
        if not targets or not all(self._a_group_of_no_state(m) for m in targets):
            return False
        return not any(self._named_in_arms(m) for m in powers)

    def _a_group_of_no_state(self, m: Mention) -> bool:
        """Whether a mention names an armed group that holds no state, or its leader
        ("Kony's fighters": the LRA's leader), for ``_target_a_ward``."""
        states = {p for th in self.lex.theatres.values() for p in th.state_parties.values()}
        if m.ref.kind == "leader":
            return bool(m.ref.party) and m.ref.party not in states
        return m.ref.kind in ("party", "armed") and not m.ref.state and m.ref.name not in states

    def _named_in_arms(self, m: Mention) -> bool:
        """Whether a power or party is named by men in arms or arms ("Chadian troops",
        "American artillery", "the Nigerian army", "Chadian rebels"): its last word or the
        noun it stands on."""
        arms = (
            self.lex.words("armed_nouns")
            | self.lex.words("force_words")
            | self.lex.words("weapon_words")
            | self.lex.words("means_nouns")
            | _MEN_IN_ARMS
        )
        last = self.ctx.s.sent.doc[m.j - 1]
        words = [last]
        if last.dep_ in ("amod", "compound", "poss") and last.head.i >= m.j:
            words.append(last.head)
        return any(t.lower_ in arms or t.lemma_.lower() in arms for t in words)

    def _defended_beside(self, tok, heads) -> list:
        """Those men in arms back by a verb of backing done beside them, its object no side
        ("Chad's soldiers are defending the province alongside Malian forces", "Cuban
        soldiers defended Cuito Cuanavale beside Angolan units"): the side fought beside,
        as "fought alongside" reads. Only men in arms as the subject (troops, forces,
        rebels): "the minister defended the budget alongside his colleagues" backs no one;
        an object that is a side keeps its reading ("defended Assad alongside Iran": Iran
        backs Assad too)."""
        if any(self.reader.actors(h, "party") for h in heads):
            return []
        subj = children(tok, "nsubj")
        men = self.lex.words("armed_nouns") | _MEN_IN_ARMS
        if not subj or subj[0].lower_ not in men:
            return []
        return preps(tok, "alongside", "beside")

    def _ground_held(self, tok, head) -> bool:
        """Whether the object of a verb of holding ground (``_GROUND_VERBS``: defend, protect,
        guard, hold, secure) is a place the geoparser found in the text and read literally
        (no country, no capital standing for its government), known to the gazetteer or not:
        "Chadian soldiers defended Kidal alongside French forces" holds a town, no side of its
        own (as "defended Gao" already read, the gazetteer knowing Gao). A state, a capital
        read as its government ("vowed to defend Kyiv against Moscow") or a side stay."""
        if tok.lemma_.lower() not in _GROUND_VERBS or head.pos_ != "PROPN":
            return False
        mention = self.ctx.mention(head)
        if mention is not None and mention.ref.form != "written":
            return False
        at = self.ctx.s.char(head)
        return any(
            tp.start <= at < tp.end
            and not tp.metonymic
            and (tp.candidate is None or tp.candidate.kind != "country")
            for tp in self.ctx.toponyms
        )

    def _pair_object(self, tok) -> list:
        """ "India trained and armed Tamil militants": the second verb tagged as the
        adjective of the object ("armed militants"), which the parser made a conjunct of
        the first verb (or whose adjective the first verb was read as too); the object both
        verbs share."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "and":
            return []
        second = doc[tok.i + 2]
        verbs = self.cfg["backs"]["verbs"] + self.cfg["supplies"]["no_weapon_needed"]
        if second.dep_ != "amod" or second.tag_ not in ("VBN", "JJ", "VBD"):
            return []
        if second.lemma_.lower() not in verbs and second.lower_.removesuffix("ed") not in verbs:
            return []
        obj = second.head
        if obj.pos_ not in ("NOUN", "PROPN"):
            return []
        if obj.dep_ == "conj" and obj.head.i == tok.i:
            return [obj]
        if tok.dep_ == "amod" and tok.head.i == obj.i and children(tok, "nsubj"):
            # "The United States trained and armed moderate Syrian rebels": both verbs read
            # as the object's adjectives, the first with a subject of its own
            return [obj]
        return []

    def _object_taken_for_next_subject(self, tok) -> list:
        """ "Rwanda backed Nkunda and Uganda sent arms", parsed as "[Rwanda backed] [Nkunda
        and Uganda] sent arms": a past verb with no object of its own, made the complement
        of the next clause's verb whose subject opens right after it with a name joined by
        "and" to a state's name, has the first name for its object (the state opens the next
        clause); [] otherwise."""
        head = tok.head
        if tok.dep_ != "ccomp" or tok.tag_ != "VBD" or head.i < tok.i:
            return []
        if children(tok, "ccomp", "xcomp", "dobj", "prep"):
            return []
        subj = [s for s in children(head, "nsubj") if s.left_edge.i == tok.i + 1]
        if not subj or self.ctx.mention(subj[0]) is None:
            return []
        second = children(subj[0], "conj")
        if not second or second[0].doc[second[0].i - 1].lower_ != "and":
            return []
        m = self.ctx.mention(second[0])
        if m is None or m.ref.kind != "state" or m.ref.form != "name":
            return []
        return subj[:1]

    def _names_foe(self, heads) -> bool:
        """Whether the words a help is against name a side ("Gaddafi's forces", "the
        Houthis"; not "the problem")."""
        return any(
            _named(m) and m.ref.kind in ("party", "armed", "state", "leader")
            for m in self._actors_of(heads)
        )

    def _armed_side(self, tok) -> bool:
        """Armed men or a group named as a side ("Gaddafi's forces", "the Houthis",
        "government troops"), not a place or a thing struck ("Yemen", "positions")."""
        armed = self.lex.words("group_nouns") | self.lex.words("armed_nouns")
        if tok.lemma_.lower() in armed or tok.lower_ in armed:
            return True
        m = self.ctx.mention(tok)
        return m is not None and m.ref.kind in ("party", "armed")

    def _sales_help(self, tok) -> bool:
        """A help verb whose subject is a sale of arms ("Israeli arms sales helped")."""
        subj = children(tok, "nsubj")
        return bool(subj) and self._sale(subj[0])

    def _root_noun_verb(self, tok, lem: str) -> list[_Claim]:
        """A verb in the third person the tagger took for a plural noun at the root, the
        power's name glued to it as a modifier and the side after it as an apposition
        ("Algeria arms and shelters the Polisario guerrillas fighting for ..."). Only a
        name right before it and a side with "the" after it: "Algeria arms exports" stays
        a noun."""
        if lem in self.cfg["supplies"]["no_weapon_needed"]:
            rel = "supplies"
        elif lem in self.cfg["backs"]["verbs"]:
            rel = "backs"
        else:
            return []
        before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        powers = self._actors_of(before)
        if not powers or any(m.ref.kind not in _STATE_KINDS for m in powers):
            return []
        sides = [
            c
            for c in tok.children
            if c.dep_ in ("appos", "dobj")
            and c.i > tok.i
            and any(d.lower_ == "the" for d in children(c, "det"))
        ]
        parties = [m for m in self._actors_of(sides[:1]) if m.ref.kind not in _STATE_KINDS]
        if not parties:
            return []
        return [_Claim(rel, tok, powers, sides[:1])]

    def _state_past_form(self, tok) -> list[_Claim]:
        """A past verb of arming or backing the parse made a modifier of a name, right after
        a state's name that opens the sentence or follows "and" ("The United States armed
        UNITA.", "... and the United States armed Somalia"): the clause was folded into one
        noun phrase, and the state arms (or backs) the name. So too where the folded clause
        opens the next verb's subject ("Libya armed Goukouni's rebels and France armed the
        army", ``_folded_subject``): the state arms the words before "and". Not a common
        noun ("the United States armed forces"), nor a word of a name ("Armed Forces Day"),
        nor a state's name inside a phrase ("in the Soviet Union armed ...")."""
        word = tok.lower_
        if word in _SUPPLY_PARTS:
            rel = "supplies"
        elif word in _BACKS_PARTS and word not in ("allied", "aligned"):
            rel = "backs"
        else:
            return []
        if tok.dep_ != "amod" or not tok.text.islower():
            return []
        doc, start = tok.doc, self.ctx.s.sent.start
        m = self.ctx.mention(doc[tok.i - 1])
        if (
            m is None
            or m.j != tok.i
            or m.ref.kind != "state"
            or m.ref.form not in ("name", "metonym")
        ):
            # (a people's word is an adjective: "the Kenyan armed police"; a capital stands
            # for its state: "Washington armed ...")
            return []
        k = m.i - 1
        while k >= start and doc[k].dep_ == "det":
            k -= 1
        subject = self._folded_into_subject(tok)
        if subject is not None:
            if k >= start:
                return []
            edge = min(c.left_edge.i for c in children(subject, "conj"))
            parties = [
                p for p in self._actors_of([subject], "party") if tok.i < p.i and p.j <= edge
            ]
            return [_Claim(rel, tok, [m], parties=parties)] if parties else []
        head = tok.head
        if tok.pos_ != "ADJ" or not _past_form(tok, head) or head.dep_ not in ("ROOT", "conj"):
            return []
        opens = k < start and head.dep_ == "ROOT"
        if not opens and not (k >= start and doc[k].lower_ == "and"):
            return []
        pm = self.ctx.mention(head)
        if pm is None or pm.i <= tok.i:
            return []
        return [_Claim(rel, tok, [m], parties=[pm])]

    def _folded_into_subject(self, tok):
        """The subject whose first words are the clause of ``tok`` folded in ("[Libya armed
        Goukouni's rebels and France] armed the army"), or None."""
        head = tok.head
        for _ in range(3):
            if head.dep_ not in ("poss", "compound", "nmod"):
                break
            head = head.head
        if head.dep_ != "nsubj" or head.i < tok.i or not children(head, "conj"):
            return None
        return head if self._folded_subject(head.head, with_conjuncts(head)) else None

    def _adjective_verb(self, tok) -> list[_Claim]:
        """A past verb of arming or backing the tagger took for an adjective at the root, with
        a subject and an object of its own ("South Africa armed Renamo in the early 1980s"):
        that verb's claim."""
        word = tok.lower_
        if tok.dep_ != "ROOT" or not children(tok, "nsubj") or not children(tok, "dobj"):
            return []
        if word in ("armed", "equipped"):
            heads = object_before_clause(children(tok, "dobj")[0])
            return [_Claim("supplies", tok, self._subject_powers(tok), heads)]
        if word in _BACKS_PARTS and word not in ("allied", "aligned"):
            return self._verb(tok, "backs", False)
        return []

    def _campaign_owner(self, head) -> list:
        """ "support the Malian army's counter-offensive", "backed Kyiv's counteroffensive",
        "a Syrian army offensive": whose offensive is backed; any other object as it is."""
        doc, k = head.doc, head.i
        word = head.lower_
        while k + 2 < len(doc) and doc[k + 1].text in ("-", "‐", "‑") and doc[k + 2].is_alpha:
            word, k = f"{word}-{doc[k + 2].lower_}", k + 2
        last = word.split("-")[-1]
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        if last not in camp and last != "counteroffensive":
            return [head]
        owners = [c for c in head.children if c.dep_ == "poss" and self._actors_of([c])]
        # "a Syrian army offensive": the army named before the offensive
        owners = owners or [
            c for c in head.children if c.dep_ == "compound" and self._actors_of([c])
        ]
        # "the French operation in Mali": a state's adjective owns its campaign
        owners = owners or [
            c
            for c in head.children
            if c.dep_ == "amod"
            and c.i < head.i
            and any(m.ref.kind == "state" and m.ref.form == "demonym" for m in self._actors_of([c]))
        ]
        return owners or [head]

    def _relative_participle(self, tok) -> list[_Claim]:
        """ "South Africa, which armed Renamo rebels in the 1980s, ...", "Eritrea has
        armed Oromo rebels": right after a relative pronoun or "has" the parser may read the
        verb as an adjective of its object ("armed rebels"); the pronoun's noun (or the
        subject of "has") is the power, the noun the word modifies the party."""
        doc = tok.doc
        if tok.i == 0:
            return []
        before = doc[tok.i - 1]
        if before.lower_ in ("which", "who"):
            ante = antecedent(before)
            powers = self._actors_of([ante]) if ante is not None else []
        elif before.lemma_ == "have" and before.dep_ == "aux" and before.head == tok:
            # "Iran has armed and trained Shiite militias that ...": "has" kept as the
            # participle's auxiliary, the participle (with its subject) hung on the object
            subj = children(tok, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        elif (
            before.lemma_ == "have" and before.i > self.ctx.s.sent.start and tok.head.head == before
        ):
            # "Eritrea has armed Oromo rebels": "has" read as the verb, "armed" as an
            # adjective of its object
            subj = children(before, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        else:
            return []
        word = tok.lower_
        rel = "supplies" if word in _SUPPLY_PARTS else "backs"
        if rel == "backs" and (word not in _BACKS_PARTS or word in ("allied", "aligned")):
            return []
        if not powers or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i < tok.i:
            return []
        # the verb's words ("has") carry its time, speaker and negation
        return [_Claim(rel, before if before.lemma_ == "have" else tok, powers, [tok.head])]

    def _adjective_passive(self, tok) -> list[_Claim]:
        """ "The Viet Cong are armed and directed by North Vietnam": the parser may read the
        first participle after "be" as an adjective, the agent hung on the second; the
        subject of "be" is armed (or backed) by the agent."""
        word = tok.lower_
        if word not in ("armed", "equipped") and (
            word not in _BACKS_PARTS or word in ("allied", "aligned")
        ):
            return []
        agents = preps(tok, "by") or [o for c in children(tok, "conj") for o in preps(c, "by")]
        subj = children(tok.head, "nsubj", "nsubjpass")
        if not agents or not subj:
            return []
        rel = "supplies" if word in _SUPPLY_PARTS else "backs"
        means = self.lex.words("means_nouns")
        if any(a.lemma_.lower() in means or a.lower_ in means for a in agents):
            # "backed by Russian air power": its owner backs; nobody arms with it
            powers = self._owners(agents) if rel == "backs" else []
        else:
            powers = self._actors_of(agents)
        return [_Claim(rel, tok, powers, with_conjuncts(subj[0]))] if powers else []

    def _helped(self, tok, heads) -> tuple[list, list]:
        """ "helped Somalia's government drive the Islamic Courts out", "are helping the MPLA
        government fight UNITA": the helper backs whom it helps and opposes whom they fight.
        The parser may glue the bare verb into one noun phrase ("the MPLA government fight
        UNITA"): the words before the verb are the helped, after it the foe."""
        fights = self.lex.words("help_against_verbs")
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and not _a_clause_before_the_help(tok, c):
                # "help Cameroonian army fight Boko Haram": the helped may hang on the verb
                # as its compound, with no subject
                helped = [s for s in c.children if s.dep_ == "nsubj"] or [
                    s
                    for s in c.children
                    if s.dep_ == "compound" and tok.i < s.i < c.i and s.pos_ in ("NOUN", "PROPN")
                ]
                foes = []
                if c.lemma_.lower() in fights:
                    foes = [o for d in children(c, "dobj") for o in with_conjuncts(d)]
                    foes += preps(c, "against")
                elif c.lemma_.lower() in self.lex.words("help_strike_verbs"):
                    # "helped the rebels attack Gaddafi's forces": armed men struck are the
                    # foe; a place or a target struck ("bomb Yemen", "shell positions") not
                    foes = [
                        o
                        for d in children(c, "dobj")
                        for o in with_conjuncts(d)
                        if self._armed_side(o)
                    ]
                return (helped or heads), foes
        # what a side is helped to take, or to strike (a place or its foe), names no foe
        acts = self.lex.words("help_gain_verbs") | self.lex.words("help_strike_verbs")
        for h in heads[:1]:
            before = tok.doc[h.i - 1] if h.i - 1 > tok.i else None
            if (
                h.tag_ == "NN"
                and h.lower_ in fights | acts
                and before is not None
                and before.dep_ == "compound"
                and before.head.i == h.i
            ):
                # "helped the Syrian army retake Aleppo": the bare verb tagged as the noun
                # the helped modify; what is retaken is no foe, armed men attacked are ("the
                # Iraqi army attack Islamic State fighters", the state's adjective on the verb)
                owners = [before] if self._actors_of([before]) else []
                owners = owners or [
                    c
                    for c in h.children
                    if c.dep_ in ("amod", "poss") and c.i < before.i and self._actors_of([c])
                ]
                if owners:
                    struck = [
                        a
                        for a in children(h, "appos")
                        if h.lower_ in fights | self.lex.words("help_strike_verbs")
                        and self._armed_side(a)
                    ]
                    return owners, struck
            glued_verb = [
                t
                for t in h.subtree
                if t.i < h.i and t.dep_ == "compound" and t.lower_ in fights | acts and t.i > tok.i
            ]
            if glued_verb:
                v = glued_verb[0]
                helped = tok.doc[v.i - 1]
                if helped.pos_ in ("NOUN", "PROPN") and helped.i > tok.i:
                    # "helped Saudi Arabia bomb Yemen": Yemen is struck, not helped
                    return [helped], [h] if v.lower_ in fights else []
        if not heads:
            # "to help ethnic Armenian fighters capture the town": the parser may make the
            # helped the subject of a verb of its own, hung elsewhere; the words right after
            # "help", up to that verb, are still the helped
            doc = tok.doc
            for v in doc[tok.i + 2 : tok.i + 8]:
                if v.pos_ != "VERB" or v.tag_ not in ("VB", "VBP"):
                    continue
                subj = [c for c in children(v, "nsubj") if c.i == v.i - 1]
                if subj and subj[0].left_edge.i == tok.i + 1 and subj[0].pos_ in ("NOUN", "PROPN"):
                    foes = []
                    if v.lemma_.lower() in fights:
                        foes = [o for d in children(v, "dobj") for o in with_conjuncts(d)]
                    return [subj[0]], foes
                break
        return heads, []

    def _help_against_plight(self, tok) -> bool:
        """ "sent troops to help Liberia fight Ebola", "to help Turkey battle the wildfires",
        "help Nigeria eradicate polio": help to fight a disease, a fire, a flood, a famine or
        a pest (the lexicon's ``plight_nouns``) takes no side in a war, so the helper backs
        no one by it. The first bare verb after the help (a fight verb or one of the
        ``plight_verbs``, with no comma or other verb before it; a gerund after "in": "assist
        Guinea in fighting Ebola"; the help's complement whatever its tag) and the head of the
        noun phrase right after it (past a preposition: "recover from the floods"; through
        "of" after "spread") decide; every conjunct of that head must be a plight ("fight
        Ebola and the rebels" still takes a side), and the parse's hanging of the phrase is
        not trusted (the parser may make "Ebola" the subject of the next verb)."""
        doc = tok.doc
        verbs = self.lex.words("help_against_verbs") | self.lex.words("plight_verbs")
        verb = None
        for t in doc[tok.i + 1 : min(len(doc), tok.i + 9)]:
            if (
                (
                    t.pos_ == "VERB"
                    and (
                        t.tag_ in ("VB", "VBP") or (t.tag_ == "VBG" and doc[t.i - 1].lower_ == "in")
                    )
                )
                # "help Lima and Arequipa fight dengue fever": the verb tagged a noun
                or (t.dep_ in ("ccomp", "xcomp") and t.head.i == tok.i)
            ):
                verb = t
                break
            if t.is_punct or t.pos_ in ("AUX", "VERB"):
                return False
        if verb is None or not (
            verb.lemma_.lower() in verbs or self._phrasal_plight_verb(verb, verbs)
        ):
            return False
        head = self._phrase_head_after(doc, verb.i + 1)
        if head is not None and head.lower_ == "spread" and head.i + 1 < len(doc):
            head = (
                self._phrase_head_after(doc, head.i + 1) if doc[head.i + 1].lower_ == "of" else None
            )
        if head is None:
            return False
        heads = [head, *head.conjuncts]
        if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ("and", "or", ","):
            # "fight Ebola and the rebels" whatever the parse hangs "the rebels" on
            heads.append(self._phrase_head_after(doc, head.i + 2))
        plights = self.lex.words("plight_nouns")
        return all(h is not None and h.lower_ in plights for h in heads)

    def _behind(self, tok) -> list[_Claim]:
        """ "Eritrea said Ethiopia was behind a rebel raid", "Iran is behind the Houthi attacks",
        "Rwanda is behind the M23 rebels": a state that "is behind" an act of war a side in
        arms does (the side named on the act: before it or after "by"), or behind that side
        itself, backs it. Behind a state ("Iran is behind Iraq in oil output"), an act no side
        is named on ("was behind the attack"), or not on "be" ("landed behind German lines"):
        none."""
        verb = tok.head
        if tok.dep_ != "prep" or verb.lemma_ != "be" or not children(tok, "pobj"):
            return []
        powers = self._subject_powers(verb)
        if not powers or any(m.ref.kind not in _STATE_KINDS for m in powers):
            return []
        obj = children(tok, "pobj")[0]
        acts = (
            self.lex.words("attack_verbs")
            | self.lex.words("side_attack_verbs")
            | self.lex.words("bombing_nouns")
            | self.lex.words("aggression_nouns")
            | _SIDE_ACTS
        )
        if obj.lemma_.lower() in acts:
            heads = [
                c
                for c in obj.children
                if c.dep_ in ("amod", "compound", "poss") and c.i < obj.i
                if self._the_acts_own_word(c, obj)
            ]
            heads += preps(obj, "by")
        else:
            heads = [obj]
        sides = [m for m in self._actors_of(heads) if m.ref.kind not in (*_STATE_KINDS, "org")]
        if not sides or len(sides) != len(self._actors_of(heads)):
            return []
        return [_Claim("backs", tok, powers, parties=sides)]

    def _the_acts_own_word(self, word, act) -> bool:
        """Whether a side's name before an act of war names its doer: next to it ("the
        Houthi attacks", "a rebel attack") or with only weapons between ("the Houthi missile
        attacks"). With another thing between ("Israel was behind the Hezbollah pager
        attacks") the name owns that thing, which may be what was struck: the side may be the
        act's target, and the state behind it its foe."""
        weapons = self.lex.words("weapon_words") | self.lex.words("munition_words")
        return all(
            t.lemma_.lower() in weapons or t.lower_ in weapons or t.is_punct or t.dep_ == "case"
            for t in word.doc[word.right_edge.i + 1 : act.i]
        )

    def _attempt_to_arm(self, tok) -> list[_Claim] | None:
        """ "Iran's attempt to arm the Houthis was foiled", "one of his boldest bids to
        arm the Basque separatists", "attempts by Libya to arm the IRA": an arming verb
        (the lexicon's ``no_weapon_needed``) as the infinitive of a try (``_TRY_NOUNS``)
        someone owns tells whose side the owner takes, whether or not the arms came: the
        owner backs whom it tried to arm (no supply: a try may fail), told by the try, which
        is a fact where an offer ("a bid to mediate") is not. "made no attempt",
        a try no one owns, "to arm itself": none. None where ``tok`` is no such infinitive."""
        noun = tok.head
        if tok.dep_ != "acl" or noun.lemma_.lower() not in _TRY_NOUNS:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
            return []
        owners = children(noun, "poss") or preps(noun, "by", "of")
        objs = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
        if not owners or not objs or any(o.lower_.endswith(("self", "selves")) for o in objs):
            return []
        powers = self._actors_of(owners)
        parties = self._actors_of(objs, role="party")
        if not powers or {m.ref.name for m in powers} & {m.ref.name for m in parties}:
            return []
        # the try is the trigger: a hedge noun over its own infinitive would make it an offer
        return [_Claim("backs", noun, powers, parties=parties)] if parties else []

    def _share_in_deeds(self, tok) -> list[_Claim]:
        """ "accused Belgrade of complicity in war crimes carried out by the Arkan militia",
        "Iran's complicity in Russia's attacks on its cities": a part (the lexicon's
        ``participation_nouns``) a state has in acts of war a side does (crimes, massacres,
        attacks: ``_WAR_DEEDS`` and the lexicon's attack, bombing and aggression words), their
        doer named on them (its possessive, or "by" on them or on the participle of doing),
        backs that side. The part's owner: its possessive, its "of", or the object of the
        verb it is the "of" of ("accused Kenya of"). A deed no side is named on ("complicity
        in the murder of a journalist"), men no war's side ("gangs"), a body ("the UN"): none.
        """
        ins = children(tok, "prep")
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        ins += [after] if after.dep_ == "prep" and after.head.i != tok.i else []
        deeds = [o for p in ins if p.lower_ == "in" for o in children(p, "pobj")]
        acts = (
            _WAR_DEEDS
            | self.lex.words("attack_verbs")
            | self.lex.words("side_attack_verbs")
            | self.lex.words("bombing_nouns")
            | self.lex.words("aggression_nouns")
        )
        deeds = [d for d in deeds if d.pos_ == "NOUN" and d.lemma_.lower() in acts]
        if len(deeds) != 1:
            return []
        deed = deeds[0]
        doers = children(deed, "poss") + preps(deed, "by")
        doers += [
            a
            for c in children(deed, "acl")
            if c.lemma_.lower() in _DONE_BY
            for g in children(c, "agent")
            for a in children(g, "pobj")
        ]
        owners = children(tok, "poss") or preps(tok, "of")
        up = tok.head
        if not owners and tok.dep_ == "pobj" and up.lower_ == "of" and up.head.pos_ == "VERB":
            owners = children(up.head, "dobj")  # "accused Kenya of complicity in"
        if not doers or not owners:
            return []
        powers = [m for m in self._actors_of(owners) if m.ref.kind in _STATE_KINDS]
        sides = self._actors_of(doers, role="party")
        if not powers or not sides or any(m.ref.kind == "org" for m in sides):
            return []
        if {m.ref.name for m in powers} & {m.ref.name for m in sides}:
            return []
        return [_Claim("backs", tok, powers, parties=sides)]

    @staticmethod
    def _phrasal_plight_verb(verb, verbs) -> bool:
        """ "helped Syrian troops put out the fires", "help Nigeria stamp out polio": a verb
        with its particle right after it is one verb of ending a plight (the particle, tagged
        a preposition, is passed over as one by ``_phrase_head_after``), whatever the verb
        alone means ("put")."""
        prt = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
        lem = verb.lemma_.lower()
        return any(f"{lem} {p}" in _PHRASAL_PLIGHT_VERBS | verbs for p in prt)

    @staticmethod
    def _phrase_head_after(doc, start: int):
        """The last noun of the noun phrase opening at ``start`` (past one preposition, a
        determiner, a possessive and adjectives: "from the deadly Ebola outbreak"), or None."""
        i = start
        if i < len(doc) and doc[i].pos_ == "ADP":
            i += 1
        while i < len(doc) and doc[i].tag_ in ("DT", "PRP$", "JJ", "POS", "HYPH", "CD"):
            i += 1
        head = None
        while i < len(doc) and (doc[i].pos_ in ("NOUN", "PROPN") or doc[i].tag_ == "HYPH"):
            head = doc[i] if doc[i].tag_ != "HYPH" else head
            i += 1
        return head

    def _came_to_aid(self, tok) -> _Claim | None:
        """ "Soldiers from Cuba, Libya and Yemen came to Mengistu's aid", "rushed to the
        aid of the government": who comes backs whom the aid is of (not its owner's own
        aid to others, which the noun alone would read)."""
        if tok.lemma_.lower() not in ("aid", "help", "assistance") or tok.dep_ != "pobj":
            return None
        prep, verb = tok.head, tok.head.head
        if prep.lower_ != "to" or verb.lemma_.lower() not in ("come", "rush", "race", "hurry"):
            return None
        heads = children(tok, "poss") or preps(tok, "of")
        if not heads:
            return None
        powers = self._subject_powers(verb)
        if not powers:
            # "Soldiers from Cuba, Libya and Yemen": the states the men come from
            subj = children(verb, "nsubj")
            powers = self._actors_of(preps(subj[0], "from")) if subj else []
        return _Claim("backs", tok, powers, heads) if powers else None

    def _glued_help_verb(self, tok, foe):
        """The bare verb of a help the parser glued into the foe's phrase ("help Somali
        government fight rebels": "fight" a compound of "rebels"), or None."""
        fights = self.lex.words("help_against_verbs")
        glued = [
            t
            for t in foe.subtree
            if tok.i < t.i < foe.i and t.dep_ == "compound" and t.lower_ in fights
        ]
        return glued[0] if glued else None

    def _foe_after_verb(self, tok, foe) -> list[Mention]:
        """The foe of a glued help read from the words after its verb only: the helped
        before the verb are in the same phrase ("help Somali government fight rebels" is
        no Somali government fought), so a bare group is kept as written ("rebels")."""
        verb = self._glued_help_verb(tok, foe)
        start = verb.i + 1 if verb is not None else foe.left_edge.i
        got = [
            m
            for m in self.reader.actors(foe, "party")
            if m.i >= start and not (m.i == foe.i and m.ref.form == "written")
        ]
        if got or not self.reader.is_actor_noun(foe):
            return got
        words = [t.text for t in foe.doc[start : foe.i + 1] if t.dep_ != "det"]
        ref = dataclasses.replace(self.reader.group(foe).ref, name=" ".join(words))
        return [dataclasses.replace(self.reader.group(foe), ref=ref)]

    def _helped_to_agree(self, tok) -> bool:
        """Whether what the help is for is a deal ("helped X and Y reach a ceasefire",
        "helped the rebels sign an agreement")."""
        deals = {w.lower() for w in self.cfg["mediates"].get("objects", [])}
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB":
                objs = children(c, "dobj")
                if c.lemma_.lower() in ("agree", "negotiate") or any(
                    o.lemma_.lower() in deals or o.lower_ in deals for o in objs
                ):
                    return True
        return False

    def _took_place(self, tok) -> bool:
        """ "recaptured the city of Jaffna from ...": ground taken from someone, not a job."""
        if not preps(tok, "from"):
            return False
        places = self.lex.words("place_nouns")
        for d in children(tok, "dobj", "nsubjpass"):
            if d.lemma_.lower() in places or self._is_toponym(d):
                return True
        return False

    def _loyal(self, tok) -> list[_Claim]:
        """ "fighters loyal to Ankara", "militias that are loyal to Tehran": the state they
        answer to backs them (as "Turkish-backed fighters" says); loyalty to a group or a
        government ("militants loyal to the Taliban") names their side, not a backer."""
        patrons = self._actors_of(preps(tok, "to"))
        if not patrons or not all(m.ref.kind in ("state", "leader") for m in patrons):
            return []
        if any(self.lex.out_of_office(m.ref.name, self.ctx.published) for m in patrons):
            return []  # "fighters loyal to Najibullah" in 1993: his faction, not his state's
        group = tok.head
        if tok.dep_ == "acomp" and group.dep_ == "relcl":
            group = group.head  # "militias that are loyal to Tehran"
        elif tok.dep_ not in ("amod", "acl"):
            return []
        if group.pos_ not in ("NOUN", "PROPN"):
            return []
        parties = []
        codes = {m.ref.code for m in patrons}
        for h in with_conjuncts(group):
            named = self.reader.actors(h, "party")
            if any(
                c.dep_ in ("amod", "compound")
                and c.i < h.i
                and (own := self.ctx.mention(c)) is not None
                and own.ref.kind == "state"
                and own.ref.code in codes
                for c in h.children
            ):
                # "Libyan forces loyal to Gaddafi": the patron's own state's forces, whose
                # side is the patron's, with no backer of their own
                continue
            # the group as itself, not as the side it is loyal to ("Hezbollah fighters")
            got = [m for m in named if m.ref.code not in codes]
            parties += got or [self.reader.group(h)]
        return [_Claim("backs", tok, patrons, parties=parties)] if parties else []

    def _aid_lot(self, tok) -> str:
        """ "a military aid package", "a package of security assistance", "a new tranche of
        aid": a lot of aid, arms ("supplies") when military, else help ("backs"); "" when the
        lot is of something else ("a sanctions package", "a round of talks")."""
        words = self.lex.words("weapon_words") | {"security", "defence", "defense"}
        aid = {w.lower() for w in self.cfg["backs"].get("aid_lot_words", [])}
        mods = [
            c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
        ] + [o for o in preps(tok, "of")]
        said = [
            t
            for m in mods
            for t in [m, *[c for c in m.children if c.dep_ in ("compound", "amod")]]
            if t.lemma_.lower() in aid or t.lower_ in aid
        ]
        if not said:
            return ""
        # the lot's words and those on its aid ("military", "food")
        near = mods + [c for m in mods for c in m.children if c.dep_ in ("compound", "amod")]
        relief = self.lex.words("relief_modifiers")
        if any(t.lemma_.lower() in relief or t.lower_ in relief for t in near):
            return ""  # "a food aid package for Yemen": help for people, no side's
        armed = any(t.lemma_.lower() in words or t.lower_ in words for t in said)
        return "supplies" if armed else "backs"

    def _recognised_as(self, tok) -> bool:
        """ "recognised the council as Libya's legitimate government", "will treat the TNC as
        the legitimate authority": recognition as who governs, not of a fact or a border."""
        titles = {w.lower() for w in self.cfg["backs"].get("recognised_as", [])}
        heads = [tok, *children(tok, "dobj", "nsubjpass")]
        as_ = [o for h in heads for o in preps(h, "as")]
        return any(o.lemma_.lower() in titles or o.lower_ in titles for o in as_)

    def _recognise(self, tok, passive: bool) -> list[_Claim]:
        """The recogniser backs the one it recognises as who governs."""
        if passive:
            powers = self._actors_of(preps(tok, "by"))
            recognised = [h for s in children(tok, "nsubjpass") for h in with_conjuncts(s)]
        else:
            powers = self._subject_powers(tok)
            recognised = [h for o in children(tok, "dobj") for h in with_conjuncts(o)]
        return [_Claim("backs", tok, powers, recognised)] if powers and recognised else []

    def _sides_with(self, tok, words) -> list[_Claim]:
        """ "X sided with Y", "stands by Y", "is allied with Y", "aligned itself with Y"."""
        powers = self._subject_powers(tok)
        allies = []  # the tokens of the side that sides with another
        if tok.dep_ in ("acl", "amod") and not children(tok, "nsubj"):
            # "aircraft struck militias allied with the Ugandan army": the militias are the
            # allies, never the subject of the clause around them
            allies = with_conjuncts(tok.head)
            powers = self._actors_of(allies)
        elif children(tok, "nsubjpass") and tok.lemma_.lower() in ("ally", "align"):
            allies = with_conjuncts(children(tok, "nsubjpass")[0])
            powers = self._actors_of(allies)
        heads = preps(tok, *words)
        if allies and tok.lemma_.lower() in ("ally", "align"):
            # an alliance between a state and an armed group: the state is the power that
            # backs ("Kurdish fighters allied with the United States": the US backs them)
            partners = self._actors_of(heads)
            if (
                powers
                and partners
                and not any(m.ref.kind in _STATE_KINDS for m in powers)
                and all(m.ref.kind in _STATE_KINDS for m in partners)
            ):
                return [_Claim("backs", tok, partners, allies)]
        return [_Claim("backs", tok, powers, heads)]

    @staticmethod
    def _clausal_subject(tok) -> list:
        """ "the rebels fighting the army in Goma were backed by Rwanda", parsed as a clause
        ("fighting", with "the rebels" its subject) standing as the passive's subject: the
        noun before the participle is what is backed; [] for any other subject."""
        for c in children(tok, "csubjpass"):
            if c.tag_ in ("VBG", "VBN"):
                return [s for s in children(c, "nsubj") if s.i < c.i and s.pos_ != "PRON"][:1]
        return []

    def _trailing_subject(self, tok) -> list:
        """ "Burkina Faso's army fought the jihadists, backed by French troops.": a participle
        set off by a comma at the close of the sentence, after whom a side fights, whose
        agent is armed men or means ("troops", "air strikes", "peacekeepers"), tells of the
        side that fights, in the fight. Backed by a bare name ("the M23 rebels, backed by
        Rwanda") it describes the foe, as the phrase before the comma. The fighters, or []."""
        if tok.i == 0 or tok.doc[tok.i - 1].lower_ != ",":
            return []
        if tok.dep_ == "advcl":
            verb = tok.head
            if not children(verb, "dobj"):
                return []
        else:
            noun = tok.head
            verb = noun.head
            if noun.dep_ == "ROOT":
                # "Burkina Faso's army fought jihadists, backed by ...", tagged as one noun
                # phrase with "fought" its adjective: the verb is still the verb
                verb = next((c for c in children(noun, "amod") if c.tag_ == "VBD"), noun)
            elif noun.dep_ != "dobj":
                return []
            if verb is noun:
                return []
        opp = self.cfg["opposes"]
        hostile = {*opp.get("joined_acts", []), *opp["verbs"], *self.cfg["fight"]["verbs"]}
        if verb.lemma_.lower() not in hostile:
            return []
        last = max(t.i for t in tok.subtree)
        if any(not t.is_punct for t in tok.doc[last + 1 : tok.sent.end]):
            return []
        forces = (
            self.lex.words("means_nouns")
            | self.lex.words("state_organs")
            | self.lex.words("armed_nouns")
        )
        agents = preps(tok, "by")
        if not agents or not all(a.lemma_.lower() in forces or a.lower_ in forces for a in agents):
            return []
        subj = children(verb, "nsubj")
        return with_conjuncts(subj[0]) if subj else []
