"""The walk over a sentence's triggers that turns each into claims (:meth:`TriggerRules.claims`).

Each trigger's word and place in the parse sends it to the reading of
:mod:`~explorer.extract.stances.verbs`, :mod:`~explorer.extract.stances.nouns`,
:mod:`~explorer.extract.stances.supply` or :mod:`~explorer.extract.stances.mediate`.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.extract.lexicon import ActorRef
from explorer.extract.mentions import Mention
from explorer.extract.stances.allies import AllyRules
from explorer.extract.stances.asked import AskedRules
from explorer.extract.stances.assault_on import AssaultRules
from explorer.extract.stances.attack_nouns import AttackNounRules
from explorer.extract.stances.claim import (
    _ACTION_NOUNS,
    _ARMED_ACTION_WORDS,
    _BACKS_PARTS,
    _KILL_VERBS,
    _KILLED_MEN,
    _MEDIATE_PARTS,
    _SUPPLY_PARTS,
    _TROOPS,
    _Claim,
    _y_verb,
    particles,
    trigger_readings,
)
from explorer.extract.stances.clashes import ClashRules
from explorer.extract.stances.force_used import ForceUsedRules
from explorer.extract.stances.invasion import InvasionRules
from explorer.extract.stances.mediate import MediateRules
from explorer.extract.stances.protests import ProtestRules
from explorer.extract.stances.quell import QuellRules
from explorer.extract.stances.reciprocal import ReciprocalRules
from explorer.extract.stances.restore import put_back_in_power
from explorer.extract.stances.retaken import RetakenRules
from explorer.extract.stances.rupture import RuptureRules
from explorer.extract.stances.strikes import StrikeRules
from explorer.extract.stances.supply import BUY_VERBS
from explorer.extract.stances.verbs import VerbRules
from explorer.extract.stances.war_idioms import WarIdiomRules
from explorer.extract.syntax import children, governing_subjects, preps, with_conjuncts

# an entry of men into a land told by its noun (``_asked_entry``), and the verbs of the
# sentence before that tell it: English's common words, chosen by the team
_ENTRY_NOUNS = {"intervention", "deployment", "incursion"}
# verbs (and verbs with their particle) of holding an attack off ("repulsed an attack by the
# SAF", "fought off the offensive"): English's common ones, chosen by the team
_REPEL_VERBS = {"repel", "repulse", "thwart", "foil", "withstand", "rebuff"}
_REPEL_PHRASES = {
    ("fight", "off"), ("fend", "off"), ("beat", "back"), ("beat", "off"), ("hold", "off"),
    ("push", "back"), ("drive", "back"), ("ward", "off"),
}  # fmt: skip
# nouns of an attack by men in arms, beside the lexicon's aggression nouns
_ASSAULT_NOUNS = {"attack", "assault", "raid", "onslaught", "advance"}
# attacks that enter the land of whoever holds them off
_ENTRY_KINDS = {"invasion", "incursion", "occupation", "annexation"}
_ENTRY_VERBS = {"enter", "invade", "cross"}
# verbs whose object an armed action is as its doer's (``_action_taken``): English's common
# ones of taking, starting, threatening or joining it, chosen by the team
_TAKING_VERBS = frozenset(
    {
        "take",
        "begin",
        "start",
        "launch",
        "undertake",
        "conduct",
        "carry",
        "threaten",
        "order",
        "authorize",
        "authorise",
        "resume",
        "continue",
        "escalate",
        "intensify",
        "join",
        "wage",
    }
)
# words that tell a killing as a mistake or an accident (``_killed_by_mistake``)
_MISTAKE_WORDS = frozenset(
    {
        "mistakenly",
        "accidentally",
        "inadvertently",
        "erroneously",
        "unintentionally",
        "mistake",
        "error",
        "accident",
        "friendly-fire",
        "fratricide",
    }
)


class TriggerRules(
    WarIdiomRules,  # (before StrikeRules, which it is built on)
    StrikeRules,
    MediateRules,
    VerbRules,
    AllyRules,
    ClashRules,
    ProtestRules,
    QuellRules,
    RuptureRules,
    AssaultRules,
    ReciprocalRules,
    AskedRules,
    RetakenRules,  # (before AttackNounRules, which it is built on)
    AttackNounRules,  # (before InvasionRules, which it is built on)
    InvasionRules,
    ForceUsedRules,
):
    """Every claim a sentence makes, trigger by trigger."""

    # --- triggers -------------------------------------------------------------------------
    def claims(self) -> list[_Claim]:
        """Every claim the sentence makes, each placed after the claim whose war it takes."""
        # what a claim needs to start is listed in trigger_readings(): keep them in step
        out: list[_Claim] = self._compound_claims()
        glued = {c.token.i for c in self.ctx.compounds}
        for tok in self.ctx.s.sent:
            if tok.i in glued or tok.i in self.ctx.backer_tokens:
                continue
            out += self._word_claims(tok)
        out += self._gapped_claims(out)
        self._armed_to_fight(out)
        # a fight in a sporting contest is a game: no side, nor a war for an ally's tie
        out = [c for c in out if not self._in_a_contest(c)]
        out = self._ties(out)
        self._war_of_side_backed(out)
        self._war_of_backed_fight(out)
        self._war_of_alliance_act(out)
        self._war_of_supported_act(out)
        out = self._war_of_blamed_act(out)
        # a claim is placed after the one whose war it takes
        return [c for c in out if c.conflict_of is None] + [c for c in out if c.conflict_of]

    def _gapped_claims(self, claims: list[_Claim]) -> list[_Claim]:
        """ "The Soviet Union armed the government and the United States the mujahideen": the
        clause whose verb is left out (``_gapped_state``) says the same of its own subject
        and object, the first verb's relation from the state to the phrase after it."""
        out = []
        doc = self.ctx.s.sent.doc
        end = self.ctx.s.sent.end
        for cl in claims:
            if cl.relation not in ("backs", "supplies", "opposes"):
                continue
            for head in cl.party_heads:
                cut = self._gapped_state(head)
                state = max(
                    (m for m in self.ctx.mentions if m.i == cut), key=lambda m: m.j, default=None
                )
                if state is None:
                    continue
                nouns = [t for t in doc[state.j : end] if t.pos_ in ("NOUN", "PROPN")]
                if not nouns:
                    continue
                obj = nouns[0]
                while obj.dep_ in ("compound", "flat") and state.j <= obj.head.i < end:
                    obj = obj.head
                # (of its words only: "Arabia the government", a name the parse joins across
                # the gap, is nobody)
                at = self.ctx.s.char(doc[state.j])
                parties = [m for m in self._actors_of([obj], "party") if m.start >= at]
                if not parties and obj.lemma_.lower() in self.reader.armed:
                    # "Russia backs Assad and Turkey the rebels": the parse hangs the first
                    # object on the second's armed men ("Assad ... rebels"), who are read as
                    # his; the gapped clause's own words name them, as written
                    words = [t for t in doc[state.j : obj.i + 1] if t.dep_ != "det"]
                    name = " ".join(t.text for t in words)
                    ref = ActorRef(name, "armed", form="written")
                    s = self.ctx.s
                    parties = [
                        Mention(words[0].i, obj.i + 1, ref, s.char(words[0]), s.char_end(obj))
                    ]
                if parties:
                    out.append(_Claim(cl.relation, cl.trigger, [state], parties=parties))
        return out

    def _word_claims(self, tok) -> list[_Claim]:
        """The claims one word starts: by its form, else as a verb or a noun; and a campaign's."""
        backs = self.cfg["backs"]
        opp = self.cfg["opposes"]
        med = self.cfg["mediates"]
        sup = self.cfg["supplies"]
        lem = tok.lemma_.lower()
        if lem.endswith("ie") and tok.lower_.endswith("ied"):
            # "resupplied" -> "resupplie", the lemmatiser's guess for a verb it lacks
            lem = _y_verb(lem, (sup, backs, med, opp))
        prt = self._particle(tok, lem)
        if self._is_rival(tok):
            return []  # "X and Y back rival sides" names no party by itself
        if tok.lower_ == "behind":
            return self._behind(tok)
        if tok.pos_ == "NOUN" and lem in self.lex.words("participation_nouns"):
            shared = self._share_in_deeds(tok)  # "complicity in the crimes committed by"
            if shared:
                return shared
        if tok.pos_ == "VERB" and lem in sup.get("no_weapon_needed", []):
            tried = self._attempt_to_arm(tok)  # "Iran's attempt to arm the Houthis"
            if tried is not None:
                return tried
        read = self._form_claims(tok, lem)
        if read is not None:
            return read
        if mutual := self._against_each_other(tok, lem):
            return mutual  # "Ecuador and Peru fought each other"
        if met := self._met_in_a_fight(tok, lem):
            return met  # "Indian troops clashed with Chinese soldiers"
        out: list[_Claim] = []
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lem == "back"):
            out += self._verb_claims(tok, lem, prt)
        elif tok.pos_ in ("NOUN", "PROPN"):
            out += self._noun_claims(tok, lem)
        campaign = lem in opp.get("campaign_nouns", []) or self._armed_action(tok, lem)
        if campaign and self._campaign_foes(tok):
            out += self._campaign(tok)
        if tok.pos_ in ("NOUN", "VERB") or (tok.pos_ == "PROPN" and tok.i == tok.sent.start):
            # "clashes between China and the Soviet Union"; a sentence's first word is no
            # name by its capital alone ("War broke out between Iran and Iraq", tagged a name)
            out += self._clash(tok)
        if tok.pos_ == "NOUN":
            out += self._protest_lodged(tok)  # "lodged a protest with the Government of ..."
            out += self._diplomatic_rupture(tok)  # "broke off diplomatic relations with"
            # "stepped up its assault on the rebels", else "the Cuban raid on Haiti's port"
            out += self._assault_on(tok) or self._attack_noun(tok)
            out += self._appeal_answered(tok)  # "answered an appeal for help from"
            out += self._invasion_noun(tok)  # "Tanzania's invasion of Uganda"
            out += self._war_idiom(tok)  # "Chile went to war with Bolivia"
        if tok.pos_ == "VERB":
            out += self._help_asked(tok)  # "asked Ghana for help", its men arriving near
        return out

    def _form_claims(self, tok, lem: str) -> list[_Claim] | None:
        """The claims of a word read by its form before its part of speech (a loyal adjective,
        a request, a participle or adjective read as a verb, a chunk, a plural noun parsed as
        the sentence's root); None when no such reading takes it."""
        backs = self.cfg["backs"]
        glued = self._gerund_glued_to_its_object(tok)
        if glued:
            return glued
        if tok.pos_ == "ADJ" and lem in backs.get("loyal_adjectives", []):
            return self._loyal(tok)
        if tok.pos_ == "NOUN" and lem in backs.get("request_nouns", []):
            return self._at_request(tok) + self._appeal_answered(tok)
        if tok.dep_ == "amod" and tok.tag_ in ("JJ", "VBN"):
            verb_read = self._relative_participle(tok)
            if verb_read:
                return verb_read
        if tok.pos_ in ("ADJ", "VERB") and tok.text.islower():
            # "The United States armed UNITA.", "South Africa armed Renamo in 1985"
            verb_read = self._adjective_verb(tok) if tok.pos_ == "ADJ" else []
            verb_read = verb_read or self._state_past_form(tok)
            if verb_read:
                return verb_read
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            verb_read = self._adjective_passive(tok)
            if verb_read:
                return verb_read
        if tok.pos_ not in ("VERB", "NOUN") and tok.lower_ in backs.get("chunk_forms", []):
            return self._chunk(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS":
            # "Algeria arms and shelters the Polisario guerrillas ...": a sentence the
            # tagger read as one noun phrase
            read = self._root_noun_verb(tok, lem)
            if read:
                return read
        return None

    def _governed(self, tok) -> bool:
        """Whether a noun is the object of a word that starts claims of its own ("backed
        Museveni's rebels against Idi Amin", "fighting alongside the separatists against
        Georgian forces"): an "against" on it is that claim's, read there."""
        up = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "pobj", "dative") or up.i == tok.i:
            return False
        starts = getattr(self, "_starts", None)
        if starts is None:
            starts = self._starts = frozenset(trigger_readings(self.cfg, governing_only=True))
        return up.lemma_.lower() in starts or up.lower_ in starts

    def _particle(self, tok, lem: str) -> str | None:
        """The particle of a phrasal verb ("drove out the rebels", "propped up the
        regime"), and the one of the lexicon's particle verbs the parser takes for an adverb
        ("pushed back Hezbollah fighters", "pushed the rebels back towards Homs"). Not one it
        takes for a preposition after the object ("drove the rebels out of the north"): tried,
        it read security forces driving Islamic State fighters out of an Afghan district as a
        war in Syria, and a rebel movement driving the government out of the Yemeni capital as
        against the Saudi government."""
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if prt is not None:
            return prt
        opposing = self.cfg["opposes"].get("particle_verbs", {})
        backing = self.cfg["backs"].get("particles_required", {})
        wanted = particles(opposing.get(lem)) or particles(backing.get(lem))
        adverbs = [c for c in tok.children if c.dep_ == "advmod" and c.i > tok.i]
        return next((c.lower_ for c in adverbs if c.lower_ in wanted), None)

    def _attack_repelled(self, tok, lem: str, prt: str | None) -> list[_Claim]:
        """ "Eritrean forces took Badme after repulsing an assault by Ethiopian units", "Ukrainian
        troops repelled an attack by the separatists", "fought off the Islamic State's
        offensive": who holds off an attack (``_REPEL_VERBS``, ``_REPEL_PHRASES``; the
        object one of ``_ASSAULT_NOUNS`` or the lexicon's ``aggression_nouns``) opposes
        whoever the attack is by (after "by", its possessive, or a name before it), and the
        attacker opposes them. None where either is a body the lexicon does not know (a name
        as written that is no word of men in arms: "Liverpool repelled a late attack by
        Chelsea"), or the attack
        carries a word of another kind on it ("a heart attack", "a cyber attack": a modifier
        that is no name); "repelled water" attacks nothing."""
        objects = children(tok, "dobj")
        if lem not in _REPEL_VERBS and (lem, prt) not in _REPEL_PHRASES:
            objects = self._attack_after_particle(tok, lem)
            if not objects:
                return []
        nouns = self.lex.words("aggression_nouns") | _ASSAULT_NOUNS
        attacks = [o for o in objects if o.lemma_.lower() in nouns]
        if not attacks:
            return []
        noun = attacks[0]
        if any(
            c.dep_ in ("amod", "compound", "nmod")
            and self.ctx.mention(c) is None
            and c.pos_ in ("NOUN", "PROPN")
            for c in noun.children
        ):
            return []  # "a cyber attack", "a heart attack": no attack in arms
        doers = preps(noun, "by") + children(noun, "poss")
        doers += [
            c
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and self.ctx.mention(c) is not None
        ]
        attackers = self._actors_of(doers)
        powers = self._subject_powers(tok)
        if not attackers or not powers:
            return []
        if any(m.ref.form == "written" and m.ref.kind != "armed" for m in attackers + powers):
            return []  # "Liverpool repelled a late attack by Chelsea": names of no side known
        if not self._attack_in_arms(tok, noun, attackers + powers):
            return []  # "Poland withstood a diplomatic attack by Hungary over the budget"
        # "helped Angola beat back the South African invasion": an entry is fought in the
        # land entered, never the invader's
        entry = noun.lemma_.lower() in _ENTRY_KINDS
        away = frozenset(m.ref.code for m in attackers if m.ref.code and entry)
        by = _Claim("opposes", tok, attackers, parties=powers, fought_in=entry, away_homes=away)
        return [by, _Claim("opposes", tok, powers, doers, conflict_of=by, away_homes=away)]

    def _armed_action(self, tok, lem: str) -> bool:
        """Whether "action" is told as one of arms by a word on it (``_ARMED_ACTION_WORDS``:
        "the first direct French military action against Libya", "NATO began military action
        against Yugoslavia"), and so a campaign as "a military operation against" is; "legal",
        "disciplinary", "industrial" or "urgent action against" is none."""
        if lem not in _ACTION_NOUNS or tok.pos_ != "NOUN":
            return False
        armed = any(
            c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_ACTION_WORDS for c in tok.children
        )
        return armed and self._action_taken(tok)

    def _action_taken(self, tok) -> bool:
        """Whether an armed "action" (``_armed_action``) is told as done by someone: owned
        by a name on it ("Turkey's military action", "the U.S. military action") or the
        object of a verb of taking, starting or threatening it (``_TAKING_VERBS``: "NATO
        began military action", "ECOWAS threatened armed action"). One only spoken of ("China
        warned the United States against military action against Iran", "France opposed
        military action against Iraq", "ruled out military action") is no one's campaign:
        who speaks of it does not wage it."""
        if children(tok, "poss") or any(
            self.ctx.mention(t) is not None
            for c in children(tok, "compound", "amod", "nmod")
            for t in c.subtree
        ):
            return True
        verb = tok.head
        return tok.dep_ == "dobj" and verb.lemma_.lower() in _TAKING_VERBS

    def _men_in_arms_killed(self, tok) -> list[_Claim]:
        """ "The Free Syrian Army killed dozens of Hezbollah fighters", "Al-Shabaab killed 20
        Kenyan soldiers", "The SPLA replied that it had killed scores of militia fighters":
        a side that kills men in arms (``_KILLED_MEN``) of another side opposes that side, in
        its own words or told. Not where the killer is no side ("the disease", "an
        avalanche", "friendly fire"), the dead are no side's men in arms ("civilians",
        "protesters") or the killer's own ("Syrian troops killed three Syrian soldiers who
        tried to defect"), nor a bill or time killed."""
        objs = children(tok, "dobj")
        if not objs:
            return []
        men = objs[0]
        if men.lower_ not in _KILLED_MEN and (of := preps(men, "of")):
            men = of[0]  # "dozens of Hezbollah fighters"
        if men.lower_ not in _KILLED_MEN:
            return []
        sides = ("state", "party", "armed", "org", "coalition", "government")
        dead = [m for m in self._actors_of([men]) if m.ref.kind in sides]
        powers = [m for m in self._subject_powers(tok) if m.ref.kind in sides]
        if not dead or not powers or self._killed_by_mistake(tok):
            return []
        if any(m.ref.form == "written" and m.ref.kind != "armed" for m in dead + powers):
            return []  # names of no side known
        codes = {m.ref.code or m.ref.name for m in powers}
        if any((m.ref.code or m.ref.name) in codes for m in dead):
            return []  # one's own men
        return [_Claim("opposes", tok, powers, parties=dead)]

    def _killed_by_mistake(self, tok) -> bool:
        """Whether a killing (``_men_in_arms_killed``) is told as a mistake or an accident
        (``_MISTAKE_WORDS``: "NATO helicopters mistakenly killed 24 Pakistani soldiers",
        "American pilots killed nine British soldiers in a friendly-fire incident"): no side
        is set against another by it."""
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in _MISTAKE_WORDS:
                return True
            if c.dep_ == "prep" and any(t.lower_ in _MISTAKE_WORDS for t in c.subtree):
                return True
        return False

    def _attack_after_particle(self, tok, lem: str) -> list:
        """The object of a phrase of holding off whose particle the parser read as a
        preposition right after the verb ("The Iraqi army fought off the Islamic State's
        offensive on Ramadi": "off" a preposition, "offensive" its object), read as the
        phrase's object; [] when the verb and that word make no such phrase
        (``_REPEL_PHRASES``: "The troops set off on a raid" is no "set off")."""
        doc = tok.doc
        if tok.i + 1 >= len(doc):
            return []
        word = doc[tok.i + 1]
        if word.dep_ != "prep" or word.head.i != tok.i or (lem, word.lower_) not in _REPEL_PHRASES:
            return []
        return children(word, "pobj")

    def _attack_in_arms(self, tok, noun, sides: list[Mention]) -> bool:
        """Whether an attack held off (``_attack_repelled``) is told as one of arms, not of
        words, trade or sport. Never one the lexicon's ``staged_modifiers`` or
        ``figurative_act_words`` qualify ("a cyber attack", "a verbal attack"). An entry
        (``_ENTRY_KINDS``: "the Soviet invasion"), or one with a side named as men in arms,
        an armed group or a side the lexicon lists ("Ukrainian forces repelled a fierce
        Russian assault", "an attack by Hezbollah"), is one. Between states or bodies named
        bare, only an attack told with nothing but its attacker and its ground or time:
        "India beat back a Pakistani attack in Kargil", but not "Germany repelled a late
        attack by France", "China rebuffed an attack by the United States on its trade
        policy", "Turkey pushed back a Greek advance at the negotiating table"."""
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        other = self.lex.words("staged_modifiers") | self.lex.words("figurative_act_words")
        if any(c.lower_ in other for c in mods):
            return False
        if noun.lemma_.lower() in _ENTRY_KINDS:
            return True
        if any(m.ref.kind in ("armed", "party") or self._named_in_arms(m) for m in sides):
            return True
        if any(self.ctx.mention(c) is None for c in mods):
            return False  # "a late attack", "a spirited advance": told of no war
        held = [p for p in children(tok, "prep") if p.i != noun.head.i]  # not "fought off"
        for p in [p for p in children(noun, "prep") if p.lower_ != "by"] + held:
            objs = children(p, "pobj")
            if not objs or not all(self._ground_or_time(o) for o in objs):
                return False  # "over the EU budget", "at the negotiating table"
        return True

    def _ground_or_time(self, tok) -> bool:
        """Whether ``tok`` names a place the geoparser found, a side, or a date: "in Kargil",
        "near Bakhmut", "in 1940"."""
        if tok.ent_type_ in ("DATE", "TIME") or self.ctx.mention(tok) is not None:
            return True
        at = self.ctx.s.char(tok)
        return any(tp.start <= at < tp.end for tp in self.ctx.toponyms)

    def _verb_claims(self, tok, lem: str, prt: str | None) -> list[_Claim]:
        """The claims of a verb, by the list its lemma (and particle) is in."""
        out: list[_Claim] = []
        backs = self.cfg["backs"]
        fight = self.cfg["fight"]
        opp = self.cfg["opposes"]
        med = self.cfg["mediates"]
        sup = self.cfg["supplies"]
        sides = backs.get("sides_with", {})
        passive = bool(children(tok, "nsubjpass", "auxpass")) or (
            tok.tag_ == "VBN"
            and tok.dep_ in ("acl", "amod", "advcl", "relcl", "conj")
            and not children(tok, "nsubj", "dobj")
        )
        if put_down := self._revolt_put_down(tok, lem, prt, passive):
            return put_down  # "sent troops to crush the rebellion"
        needs = backs.get("particles_required", {})
        keeps = lem in backs.get("keep_in_power", []) and any(
            o.lower_ == "power" for o in preps(tok, "in")
        )
        keeps = keeps or put_back_in_power(tok, lem)  # "restored the emir to power"
        if lem in sides and preps(tok, *sides[lem]) and lem not in fight["verbs"]:
            out += self._sides_with(tok, sides[lem])
        elif lem in backs.get("recognise_verbs", []) and self._recognised_as(tok):
            out += self._recognise(tok, passive)
        elif lem in backs.get("provide_verbs", []) and self._provided(tok):
            out += self._provide(tok)
        elif lem in self.lex.words("pay_verbs"):
            out += self._paid_for(tok)
        elif not passive and (repelled := self._attack_repelled(tok, lem, prt)):
            out += repelled
        elif lem in _KILL_VERBS and not passive and (killed := self._men_in_arms_killed(tok)):
            out += killed
        elif (lem in backs["verbs"] and needs.get(lem, prt) == prt) or keeps:
            out += self._verb(tok, "backs", passive)
        elif lem in fight["verbs"]:
            out += self._fight(tok)
        elif lem in self.lex.words("strike_verbs") and self._struck_by_weapons(tok):
            out += self._weapon_strike(tok, passive)
        elif lem in self.lex.words("invade_verbs") | self.lex.words("attack_verbs") or (
            lem == "fire" and preps(tok, "at", "on", "upon")
        ):
            out += self._hostile_act(tok, lem, passive) or self._attack_on_side(tok, passive)
        elif lem in self.lex.words("side_attack_verbs"):
            on_side = self._attack_on_side(tok, passive)
            if not on_side and lem in self.lex.words("bombing_verbs"):
                on_side = self._hostile_act(tok, lem, passive)
            out += on_side
        elif lem in self.lex.words("condemn_verbs") and self._aggressors(tok):
            out.append(_Claim("opposes", tok, self._subject_powers(tok), self._aggressors(tok)))
        elif lem in self._blame_verbs() and (blamed := self._blamed_for_war(tok)):
            out += blamed
        elif lem in opp["verbs"] or (
            prt is not None and prt in particles(opp.get("particle_verbs", {}).get(lem))
        ):
            out += [] if self._police_manhunt(tok, lem) else self._verb(tok, "opposes", passive)
        elif lem in med["verbs"]:
            out += self._mediate_verb(tok)
        elif lem in opp.get("join_verbs", []):
            out += self._joined(tok)
        elif lem in self.cfg.get("capture_verbs", []) and self._took_place(tok):
            # "French troops retook Gao from Islamist militants"
            out.append(_Claim("opposes", tok, self._subject_powers(tok), preps(tok, "from")))
        elif taken := self._taken_back(tok, lem):
            out += taken  # "took back the fort from", "won back control of the district from"
        elif lem in sup["verbs"] or lem in sup["no_weapon_needed"]:
            out += self._supply_verb(tok, passive)
        elif lem in self.lex.words("air_drop_verbs") and not passive:
            out += self._air_drop(tok)
        elif lem in sup.get("receive_verbs", []):
            out += self._receive(tok)
        elif lem in BUY_VERBS and not passive:
            out += self._bought_made(tok)
        elif lem in self.lex.words("depend_verbs"):
            out += self._relied_on(tok)
        else:
            out += self._force_used(tok, passive)  # "used its navy against the rebels"
        return out

    def _police_manhunt(self, tok, lem: str) -> bool:
        """ "Mexican police hunted the cartel gunmen who killed nine Americans", "Nigerian
        police hunted the escaped prisoners": a hunt (``manhunt_verbs``) by the police
        (``police_nouns``, the hunters' head or a word on it: "police officers") is a search
        for suspects, no side taken in a war; troops, soldiers or a brigade that hunt
        insurgents still fight them."""
        if lem not in self.lex.words("manhunt_verbs"):
            return False
        police = self.lex.words("police_nouns")
        hunters = children(tok, "nsubj") or governing_subjects(tok)
        return any(
            t.lemma_.lower() in police or t.lower_ in police
            for h in hunters
            for c in with_conjuncts(h)
            for t in [c, *(m for m in c.children if m.dep_ in ("compound", "amod"))]
        )

    def _noun_claims(self, tok, lem: str) -> list[_Claim]:
        """The claims of a noun or name: help come, a command, an agent, a noun of support,
        opposition, aid, membership, mediation or supply."""
        out: list[_Claim] = []
        backs = self.cfg["backs"]
        opp = self.cfg["opposes"]
        med = self.cfg["mediates"]
        sup = self.cfg["supplies"]
        came = self._came_to_aid(tok)
        commanded = self._under_command(tok)
        if came is not None:
            out.append(came)
        elif commanded is not None:
            out.append(commanded)
        elif lem in backs.get("agent_nouns", []):
            out += self._agent_noun(tok)
        elif (lem in backs["nouns"] and lem not in backs.get("provided_nouns", [])) or (
            not self._is_provided(tok)
            and (
                lem in ("support", "backing")
                or (lem in backs["nouns"] and self._owned(tok))
                # "rules with the aid of 15,000 Cuban troops"
                or (lem in backs["nouns"] and self._served(tok) and self._own_powers(tok))
            )
        ):
            out += self._noun(tok, "backs", ("of", "for", "to"))
        elif lem in opp["nouns"]:
            out += self._noun(tok, "opposes", ("of",))
        elif (
            lem in self.lex.words("rebel_nouns")
            and preps(tok, "against")
            and not self._governed(tok)
        ):
            # "the rebels against Moldovan rule": rebels named by whom they rose against
            out.append(_Claim("opposes", tok, self._actors_of([tok]), preps(tok, "against")))
        elif lem in backs.get("aid_lots", []) and self._aid_lot(tok):
            # "announced a $400 million military aid package for Ukraine"
            out += self._noun(tok, self._aid_lot(tok), ("for", "to"))
        elif lem in opp.get("member_nouns", []):
            # "Turkey, a partner in the campaign against IS": opposes IS
            out += self._member_against(tok, self._noun_powers(tok))
        elif lem in self.lex.words("bombing_nouns") or tok.lower_ in self.lex.words(
            "bombing_nouns"
        ):
            out += self._bombing_noun(tok)
        elif lem in med["nouns"] or tok.lower_ in med["nouns"]:
            out += self._mediate_noun(tok)
        elif self._progressive_noun(tok, med["verbs"]):
            out += self._mediating(tok)
        elif self._relative_noun_mediation(tok):
            out += self._relative_noun_mediation(tok)
        elif lem in sup["nouns"]:
            of = preps(tok, "of")
            if not (any(self._weaponish(o) for o in of) or self._weaponish_mod(tok)):
                pass
            elif lem in self.lex.words("supplier_nouns"):
                # "China is the junta's main arms supplier": as "the group's backer"
                out += [
                    _Claim("supplies", c.trigger, c.powers, c.party_heads)
                    for c in self._agent_noun(tok)
                    if c.relation == "backs"
                ]
            else:
                out += self._noun(tok, "supplies", ("to",))
        return out

    def _war_of_side_backed(self, out: list[_Claim]) -> None:
        """Gives a noun of opposition the war of a claim backing or supplying its powers."""
        for cl in out:
            # "Iran backs the Houthis in their war against Saudi Arabia": the war of a side
            # backed in the same sentence is the backing's
            if cl.conflict_of is None and cl.relation == "opposes" and cl.trigger.pos_ == "NOUN":
                cl.conflict_of = next(
                    (
                        o
                        for o in out
                        if o is not cl
                        and o.relation in ("backs", "supplies")
                        and any(m in cl.powers for m in self._actors_of(o.party_heads))
                    ),
                    None,
                )

    def _war_of_backed_fight(self, out: list[_Claim]) -> None:
        """Gives a claim whose subject stands for another claim's party that claim's war."""
        # "NATO air strikes backed the KLA as it fought Serbian forces": the backed side's
        # fight, told in a clause of the backing, is in the backing's war
        for cl in out:
            subj = children(cl.trigger, "nsubj")
            ante = self._object_antecedent(subj[0]) if subj else None
            if cl.conflict_of is None and ante is not None:
                cl.conflict_of = next(
                    (o for o in out if o is not cl and ante in o.party_heads), None
                )

    def _war_of_alliance_act(self, out: list[_Claim]) -> None:
        """Gives an alliance named beside the subject of an act that act's war."""
        # "Washington and its NATO allies have sent weapons to Ukraine": an alliance named
        # beside its ally as the subject of an act is in that act's war, not the ally's home
        for cl in out:
            first = cl.trigger
            if cl.conflict_of is not None or cl.relation != "backs" or first.pos_ != "NOUN":
                continue
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first is cl.trigger or first.dep_ not in ("nsubj", "nsubjpass"):
                continue
            cl.conflict_of = next(
                (o for o in out if o is not cl and o.trigger == first.head and not o.conflict_of),
                None,
            )

    def _war_of_blamed_act(self, out: list[_Claim]) -> list[_Claim]:
        """Gives a blame for an act of war the act's war; drops one whose act is read as
        no act of war (no claim of its own: on a convoy, denied, on its own land)."""
        # "Beijing scolded NATO for bombing Yugoslavia": the scolding is a stand over the
        # bombing, in the bombing's war, not nowhere for want of a place of NATO's
        kept = []
        for cl in out:
            if cl.blamed_for is not None:
                act = cl.blamed_for.i
                cl.conflict_of = next(
                    (o for o in out if o.relation == "opposes" and o.trigger.i == act), None
                )
                if cl.conflict_of is None:
                    continue
            kept.append(cl)
        return kept

    def _war_of_supported_act(self, out: list[_Claim]) -> None:
        """Gives support told as an adjunct of an act the act's war."""
        # "the Libyans and the Syrians had trained and armed the militia, with the backing
        # of Moscow": the support of the arming is in the war of the rebels armed, not
        # at the homes of those it supports
        for cl in out:
            if cl.conflict_of is not None or cl.trigger.pos_ != "NOUN":
                continue
            prep = cl.trigger.head
            if cl.trigger.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
                continue
            verbs = set(with_conjuncts(prep.head))
            cl.conflict_of = next(
                (
                    o
                    for o in out
                    if o is not cl
                    and o.conflict_of is None
                    and o.trigger in verbs
                    and o.relation in ("backs", "supplies", "opposes")
                ),
                None,
            )

    # glued participles: "U.S.-backed", "African Union-sponsored talks"
    def _compound_claims(self) -> list[_Claim]:
        out: list[_Claim] = []
        med_objects = {w.lower() for w in self.cfg["mediates"]["objects"]}
        for c in self.ctx.compounds:
            if c.head is None or c.participle == "led":
                continue
            head_lem = c.head.lemma_.lower()
            if c.participle in _MEDIATE_PARTS and head_lem in med_objects:
                between = preps(c.head, "between", "with")
                out.append(
                    _Claim(
                        "mediates",
                        c.token,
                        [c.backer],
                        between,
                        spread=bool(between),
                        whole_conflict=not between,
                    )
                )
            elif c.participle in _SUPPLY_PARTS:
                out.append(_Claim("supplies", c.token, [c.backer], [c.head]))
            elif c.participle in _BACKS_PARTS:
                out.append(_Claim("backs", c.token, [c.backer], [c.head]))
        return out

    def _at_request(self, tok) -> list[_Claim]:
        """ "Rwanda sent troops to Cabo Delgado at Mozambique's request", "deployed at the
        invitation of the government": troops sent or deployed at a government's request
        back it; whose request it is, its possessor or its "of"."""
        up = tok.head
        if tok.dep_ != "pobj" or up.lower_ != "at" or up.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = up.head
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ENTRY_NOUNS:
            return self._asked_entry(tok, verb.head)  # "The intervention, launched at the request"
        objs = children(verb, "dobj", "nsubjpass")
        if verb.lemma_.lower() not in self.lex.words("garrison_verbs"):
            return self._there_at_request(tok, verb)  # "troops were in X at the request"
        if verb.pos_ != "VERB":
            return []
        if not any(o.lower_ in _TROOPS or o.lemma_.lower() in _TROOPS for o in objs):
            return []
        askers = children(tok, "poss") + preps(tok, "of")
        asked = self._goal_asks(verb, askers[0]) if askers else []
        if askers and not asked and not self.reader.actors(askers[0], "party"):
            asked = self._asker(askers[0], verb)  # "sent troops ... of President Ruiz"
        if not askers or (
            not asked
            and not all(
                m.ref.kind in ("state", "government", "leader")
                for m in self.reader.actors(askers[0], "party")
            )
        ):
            return []  # "at the request of the UN": a mandate, no side
        powers = self._subject_powers(verb) if children(verb, "nsubj") else []
        if not powers:
            powers = self._actors_of([o for o in objs if o.dep_ == "nsubjpass"])
        if powers and asked:
            return [_Claim("backs", tok, powers, parties=asked)]
        return [_Claim("backs", tok, powers, with_conjuncts(askers[0]))] if powers else []

    def _asked_entry(self, tok, noun) -> list[_Claim]:
        """ "Senegalese troops entered neighbouring Gambia early on Thursday. The
        intervention, launched at the request of Gambia's President, met little
        resistance": an entry told by its noun (``_ENTRY_NOUNS``) with "the" and no owner,
        done at the request of a state's head or government, is the entry the sentence
        before tells by its main verb (one of entering, invading or moving men:
        ``_ENTRY_VERBS`` and the lexicon's ``move_verbs``) into that same state: the state
        whose men its subject names backs the one that asked. Another state asking, an
        owner on the noun, no such sentence before: none."""
        prev = self.ctx.prev
        if prev is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        if children(noun, "poss") or preps(noun, "of", "by"):
            return []
        askers = children(tok, "poss") + preps(tok, "of")
        asked = self.reader.actors(askers[0], "party") if askers else []
        codes = {m.ref.code for m in asked}
        if (
            not asked
            or None in codes
            or any(m.ref.kind not in ("state", "government", "leader") for m in asked)
        ):
            return []
        root = prev.s.sent.root
        if root.lemma_.lower() not in _ENTRY_VERBS | self.lex.words("move_verbs"):
            return []
        goals = children(root, "dobj") + [
            o
            for p in children(root, "prep")
            if p.lower_ in ("into", "to")
            for o in children(p, "pobj")
        ]
        went = {m.ref.code for m in prev.mentions if any(m.i <= g.i < m.j for g in goals)}
        subj = children(root, "nsubj")
        if not subj or not codes <= went:
            return []
        first, last = subj[0].left_edge.i, subj[0].i
        powers = [
            m
            for m in prev.mentions
            if first <= m.i and m.j <= last + 1 and m.ref.kind == "state" and m.ref.code
        ]
        if not powers or {m.ref.code for m in powers} & codes:
            return []
        return [_Claim("backs", tok, powers, with_conjuncts(askers[0]))]

    def _goal_asks(self, verb, asker) -> list[Mention]:
        """ "sent troops into Lesotho at the request of its Prime Minister", "sent
        paratroopers to Kazakhstan at the request of its president": a head of state or a
        government owned by "its" or "their" is the one of the state the men are sent to,
        the one state named after "to" or "into" on the verb (no state asks for its own men
        to be sent abroad), read as "Kazakhstan's president" is: that state's government.
        None where the asker is no such word or no one such state is named."""
        heads = {*self.lex.words("titles"), *self.lex.words("state_offices"), "government"}
        if asker.lemma_.lower() not in heads or not any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in asker.children
        ):
            return []
        goals = [
            o
            for p in children(verb, "prep", "dative")
            if p.lower_ in ("to", "into")
            for o in children(p, "pobj")
        ]
        states = [m for m in self._actors_of(goals) if m.ref.kind == "state"]
        if len(goals) != 1 or len(states) != 1:
            return []
        ref = states[0].ref
        state = ref.state or ref.name
        organ = ActorRef(state, "state", state=state, code=ref.code, form="organ")
        s = self.ctx.s
        return [Mention(asker.i, asker.i + 1, organ, s.char(asker), s.char_end(asker))]

    def _gerund_glued_to_its_object(self, tok) -> list[_Claim]:
        """ "Chad accused Sudan of training rebels", "Mali accused Algeria of harbouring
        jihadists": a gerund of backing (a lexicon's backing verb, or one of arming) right
        after an accusation's "of", which the parser glues to its bare object as a modifier
        ("training rebels" read as a kind of rebels), is the deed of the one accused (the
        accusing verb's object, on which "of" may hang): the accused backs (or arms) the
        object, in the accuser's words, as when the gerund is parsed as a verb. Only where
        the object is read as men in arms or a side ("of training pilots", "of funding
        schools", "of harbouring ambitions" name none)."""
        if tok.dep_ not in ("compound", "amod") or not tok.lower_.endswith("ing"):
            return []
        obj = tok.head
        of = obj.head
        if obj.i != tok.i + 1 or obj.dep_ != "pobj" or of.lower_ != "of" or of.i != tok.i - 1:
            return []
        verb = of.head if of.head.dep_ != "dobj" else of.head.head
        accuse = self.lex.words("accuse_verbs")
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in accuse:
            return []
        relation = self._backing_gerund(tok.lower_[:-3])
        accused = [o for d in children(verb, "dobj") for o in with_conjuncts(d)]
        powers = self._actors_of(accused)
        if relation is None or not powers or len(powers) != len(accused):
            return []
        parties = self._actors_of([obj], role="party")
        if not parties or not all(m.ref.kind in ("armed", "party") for m in parties):
            return []
        return [_Claim(relation, tok, powers, parties=[self._without(m, tok) for m in parties])]

    def _without(self, m: Mention, tok) -> Mention:
        """A party read over a phrase that holds a gerund glued to it ("training rebels"),
        cut to the words after it ("rebels")."""
        name = m.ref.name
        if name.lower().startswith(tok.lower_ + " "):
            m = Mention(m.i, m.j, replace(m.ref, name=name[len(tok.text) + 1 :]), m.start, m.end)
        if not m.covers(tok):
            return m
        after = self.ctx.s.sent.doc[tok.i + 1]
        return Mention(tok.i + 1, m.j, m.ref, self.ctx.s.char(after), m.end)

    def _backing_gerund(self, stem: str) -> str | None:
        """The relation of a gerund's verb by its stem ("train" of "training", "financ" of
        "financing", "harbour" of "harbouring"): a backing verb backs, an arming one (which
        needs no weapon named) supplies; None for any other."""
        sup = self.cfg["supplies"].get("no_weapon_needed", [])
        for lemma in (stem, stem + "e"):
            if lemma in self.cfg["backs"]["verbs"]:
                return "backs"
            if lemma in sup:
                return "supplies"
        return None
