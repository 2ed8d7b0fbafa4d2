"""Supplying and fighting: "provided arms to", "paid for", "armed ... to fight", hostile acts.

What was provided (arms, relief, money), to whom, and the aggressors or foes a supply or a
fight names; a supplier's goods decide whether a claim needs a war.
"""

from __future__ import annotations

import itertools

from explorer.extract.actors import COMPASS
from explorer.extract.lexicon import TheatreDef
from explorer.extract.mentions import Mention
from explorer.extract.modality import verb_lemma
from explorer.extract.stances.claim import (
    _STATE_KINDS,
    _Claim,
    _holder_of,
    _own_objects,
    _purpose,
)
from explorer.extract.stances.era import EraRules
from explorer.extract.stances.headline import headline_present, objects_before_a_verb
from explorer.extract.stances.powers import PowerRules
from explorer.extract.stances.waged import rising_waged
from explorer.extract.syntax import (
    RELPRON,
    children,
    glued,
    governing_subjects,
    infinitive,
    object_before_clause,
    phrase,
    preps,
    with_conjuncts,
)

# buying verbs and the participles of a make (``_bought_made``): English's common ones, chosen
# by the team ("designed" is not a make: a design is built under licence elsewhere)
BUY_VERBS = frozenset({"buy", "purchase", "acquire"})
_MADE = {"make", "build", "manufacture", "produce"}
# who sells what no maker sold: the goods passed through another's hands ("on the black
# market", "through a broker", "second-hand")
_NOT_THE_MAKERS = {"market", "dealer", "broker", "smuggler", "middleman", "intermediary"}
_NOT_NEW = {"used", "second-hand", "secondhand", "surplus", "refurbished", "old"}
# verbs of getting that tell no sale without a seller (``_got_with_no_seller``)
_GET_VERBS = frozenset({"acquire"})


def _got_with_no_seller(tok) -> bool:
    """Whether ``tok`` is a verb of getting that is no buying unless a seller is named after
    "from": a state "acquires" arms it captures, salvages or finds as often as arms it buys
    ("Iran acquired an American-made drone after it crashed near Kashmar", "the army
    acquired dozens of Russian-made tanks abandoned by retreating troops"), so the maker is
    no supplier by it; "acquired S-400s from Russia" names the seller (``_bought_made``)."""
    return tok.lemma_.lower() in _GET_VERBS and not preps(tok, "from")


# what makes a craft bought one for fares, not for war (``_civil_craft``): English's common
# words, chosen by the team; "commercial" only on a plane ("commercial drones" are flown at
# the front as often)
_CIVIL_MODIFIERS = frozenset({"passenger", "civilian", "civil", "airline"})
_CIVIL_CRAFT = frozenset({"airliner", "jetliner"})
_PLANES = frozenset({"aircraft", "jet", "plane", "airplane", "aeroplane"})


def _civil_craft(goods) -> bool:
    """ "Kenya is moving towards buying Brazilian-made regional passenger aircraft", "Iran
    bought Russian-made civilian airliners", "Indonesia bought American-made commercial
    jets": craft for passengers or airlines are trade, not arms, so their maker supplies no
    side by the sale. Only when every one of the goods listed is such ("Mirage jets and
    passenger aircraft" still holds arms); "transport aircraft", "cargo planes" and
    "commercial drones" stay what they were."""
    for g in with_conjuncts(goods):
        lem = g.lemma_.lower()
        mods = {c.lower_ for c in g.children if c.dep_ in ("amod", "compound", "nmod")}
        if lem in _CIVIL_CRAFT or g.lower_.rstrip("s") in _CIVIL_CRAFT:
            continue
        if mods & _CIVIL_MODIFIERS or ("commercial" in mods and lem in _PLANES):
            continue
        return False
    return True


# the prepositions of a fight that name fellow fighters ("fought beside British soldiers")
_BESIDE = ("alongside", "beside")
# how a war's lexicon names a side by its patron ("Soviet-backed", "pro-Moscow")
_PATRON_FORMS = (lambda n: f"{n}-backed", lambda n: f"pro-{n}")


# where on the ground an act is fought: "on three fronts", "along the southern front"
_FRONT_PREPS = frozenset({"on", "along", "across", "at"})
_FRONT_WORDS = frozenset({"front", "fronts"})
_FRONT_COUNTS = frozenset({"several", "many", "multiple", "all", "both", "various", "central"})


def _ground_of_a_front(tok) -> bool:
    """Whether a word is the ground an act of war is fought on, told as its fronts ("India
    invaded Pakistan on three fronts", "invaded Iran on the southern front"): a front in
    lower case after "on", "along", "across" or "at", counted or placed by the compass and
    nothing else, is no body in arms in sight (the reader takes "fronts" for one, as it
    takes "Polisario Front"). Not a named front ("the Polisario Front"), nor one of words,
    trade or weather ("on the economic front", "on the home front", "a cold front")."""
    if tok.lower_ not in _FRONT_WORDS or tok.dep_ != "pobj" or tok.head.lower_ not in _FRONT_PREPS:
        return False
    mods = [c for c in tok.children if c.dep_ not in ("det", "punct")]
    return all(c.dep_ == "nummod" or c.lower_ in COMPASS or c.lower_ in _FRONT_COUNTS for c in mods)


def _apposition_of_a_side(tok, sides) -> bool:
    """ "Russia, the largest state on the continent, invaded Georgia": a noun set
    beside a side's name (its apposition) names that side itself, not one more side in sight
    ("state" would read as a government); what the apposition holds ("Syria, an ally of the
    PLO") is still in sight."""
    return tok.dep_ == "appos" and any(m.covers(tok.head) for m in sides)


# what a firing is aimed by ("fired at", "fired on"): a state's men firing on another's
# attack them (``_hostile_act``)
_FIRE_PREPS = ("at", "on", "upon")
# the elements an attack of arms goes by ("attacked Greece by land and by air"): English's
# words, chosen by the team
_ARMED_ELEMENTS = frozenset({"air", "land", "sea"})


def _an_organ(m: Mention) -> bool:
    """A state's body named by its state's word ("Ethiopian border guards"): of men firing at
    men, the men are the state's, whatever their unit's word."""
    return m.ref.kind == "state" and bool(m.ref.code) and m.ref.form == "organ"


# what is crossed to go into another state's land (``_crossed_to_invade``): English's words
# of a line between states, chosen by the team
_STATE_LINES = frozenset({"border", "frontier", "boundary"})


def _crossed_to_invade(tok) -> bool:
    """ "Iraqi troops crossed the border to invade Kuwait", "the army went into action,
    crossing the frontier to invade its neighbour": an invasion in an infinitive of purpose
    under a crossing of a border stated as done (past, or a participle of a clause in the
    past) is under way, as the invasion told by its own verb is. Not a crossing planned,
    threatened, refused or to come ("planned to cross the border to invade", "would cross"),
    a border only massed on, nor a crossing for another end (only the invasion verb asks
    this)."""
    if tok.tag_ != "VB" or tok.dep_ not in ("xcomp", "advcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    cross = tok.head
    if cross.lemma_.lower() != "cross" or cross.i == tok.i:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _STATE_LINES for c in cross.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cross.children):
        return False
    if cross.tag_ == "VBD":
        return True
    if cross.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in cross.children)
    # "went into action, crossing the border to invade": the participle of a done clause
    up = cross.head
    return (
        cross.tag_ == "VBG"
        and cross.dep_ in ("advcl", "conj")
        and up.tag_ == "VBD"
        and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in up.children)
    )


class SupplyRules(PowerRules, EraRules):
    """Claims read from supply, finance, fighting and hostile acts."""

    def _provided(self, tok) -> list:
        nouns = {w.lower() for w in self.cfg["backs"].get("provided_nouns", [])}
        # relief is dropped noun by noun: "humanitarian aid and weapons" gives the weapons
        given = [
            c
            for d in children(tok, "dobj")
            for c in (with_conjuncts(d) if self._relief(d) else [d])
            if not self._relief(c)
        ]
        return [
            d
            for d in given
            if (
                d.lemma_.lower() in nouns
                or d.lower_ in nouns
                or self._term_of(d) in nouns
                or d.ent_type_ == "MONEY"  # "lent Iraq billions of dollars", "gave Kyiv $1 billion"
            )
        ]

    def _finance(self, tok) -> bool:
        """Only a loan, a grant or a sum given ("extended a $2 billion loan to the
        Egyptian government", "gave Pakistan $3 billion"): lending is no side taken
        unless a war is in sight."""
        nouns = self.lex.words("finance_nouns")
        given = self._provided(tok)
        return bool(given) and all(
            d.ent_type_ == "MONEY" or d.lemma_.lower() in nouns or d.lower_ in nouns for d in given
        )

    def _paid_for(self, tok) -> list[_Claim]:
        """ "paid for weapons bought by the rebels", "footed the bill for the Contras'
        weapons", "pays the salaries of Hezbollah fighters": whoever owns, buys or is what
        is paid for is backed by the payer."""
        paid = self.lex.words("paid_nouns")
        after_and = self._paid_for_them(tok)
        if after_and is not None:
            return [after_and]
        targets = [t for t in preps(tok, "for") if not self._paid_for_a_pronoun(t)]
        for d in children(tok, "dobj"):
            if d.lemma_.lower() in paid or d.lower_ in paid:
                targets += preps(d, "for", "of") + [c for c in d.children if c.dep_ == "poss"]
        heads: list = []
        for t in targets:
            heads.append(t)
            if not (
                self._weaponish(t)
                or t.lemma_.lower() in self.conflict_words
                or t.lemma_.lower() in self.cfg["action_nouns"]
            ):
                continue  # "paid for the reconstruction of Iraq" backs no side
            heads += [c for c in t.children if c.dep_ == "poss"]
            heads += preps(t, "of")
            heads += [o for c in t.children if c.dep_ == "acl" for o in preps(c, "by")]
        if not heads:
            return []
        return [_Claim("backs", tok, self._subject_powers(tok), heads)]

    @staticmethod
    def _paid_for_a_pronoun(target) -> bool:
        """ "Hamas attacked Israel and Gaza paid for it", "Russia bombed the rebels and Grozny
        paid for it": an "it" paid for that is no backing clause's object (read by
        ``_paid_for_them``) stands for an act or a cost, and its payer is often a place that
        suffered: whom it names is no side backed. "paying for them, arming them" (men) is
        read as before."""
        return target.lower_ == "it"

    def _paid_for_them(self, tok) -> _Claim | None:
        """ "Iran armed the militia, and Libya paid for it", "Syria trained the fedayeen
        and the Saudis paid for them": a payer "for it" or "for them" in a clause after "and"
        pays for the object of the clause before it. The parser may hang the payer on that
        object as its conjunct and the verb on it or on the clause before ("the CIA" a second
        object of "trained"): then the payer is the conjunct just before the verb, and what
        is paid for the object it is joined to. None when the clause is no such pair."""
        if not [t for t in preps(tok, "for") if t.lower_ in ("it", "them")]:
            return None
        backs = self.cfg["backs"]
        # the clause before backs or arms ("Hamas attacked Israel and Gaza paid for it" is
        # no payment for Israel)
        backing = {*backs["verbs"], *backs["participles"], *self.cfg["supplies"]["verbs"]}
        subj = children(tok, "nsubj")
        if subj and tok.dep_ == "conj" and tok.head.lemma_.lower() in backing:
            objects = children(tok.head, "dobj")
            if objects and all(not self._weaponish(o) for o in objects):
                return _Claim("backs", tok, self._subject_powers(tok), with_conjuncts(objects[0]))
            return None
        payer = tok.doc[tok.i - 1] if tok.i > 0 else None
        if subj or payer is None or payer.dep_ != "conj" or tok.dep_ not in ("ccomp", "acl"):
            return None
        first = payer.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ != "dobj" or tok.head.i not in (first.i, first.head.i):
            return None
        if first.head.lemma_.lower() not in backing:
            return None
        if self._weaponish(first) or not any(c.lower_ == "and" for c in first.children):
            return None
        return _Claim("backs", tok, self._actors_of([payer]), [first])

    def _term_of(self, tok) -> str:
        word = glued(tok)
        if word != tok.lower_:
            return word
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.head.i == tok.i and prev.dep_ in ("compound", "amod"):
            return f"{prev.lower_} {tok.lower_}"
        return tok.lower_

    def _is_provided(self, tok) -> bool:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.cfg["backs"].get(
            "provide_verbs", []
        )

    def _provide(self, tok) -> list[_Claim]:
        """ "to provide US back-up", "gives Kyiv air support", "offered support to Y"."""
        powers = self._subject_powers(tok)
        if not powers and children(tok, "nsubjpass"):
            powers = self._actors_of(with_conjuncts(children(tok, "nsubjpass")[0]))
        heads: list = []
        for d in self._provided(tok):
            heads += [
                c
                for c in d.children
                if c.dep_ in ("compound", "poss", "nmod")
                and c.text not in ("-", "‐")
                and c.lower_ not in ("back", "air")
            ]
            heads += [m for m in preps(d, "for", "to")]
            if d.dep_ == "dobj":
                heads += [o for c in children(tok, "dative") for o in with_conjuncts(c)]
        heads += preps(tok, "to", "for") + self._poured_into(tok)
        given = self._provided(tok)
        heads = self._for_side(tok, given[0] if given else None, heads)
        out = []
        for h in heads:
            if h.i in self.ctx.backer_tokens:
                continue
            out.append(h)
        if not out:
            return []
        claims = [_Claim("backs", tok, powers, out, needs_war=self._finance(tok))]
        given = self._provided(tok)
        sums = [o for d in given if d.ent_type_ == "MONEY" for o in preps(d, "in")]
        if any(
            self._weaponish(c) for d in given for c in with_conjuncts(d) if c not in given
        ) or any(self._weaponish_mod(o) for o in sums):
            # "sent money and weapons to the Contras", "$100 million in military aid": the
            # weapons supply them too
            claims.append(_Claim("supplies", tok, powers, out))
        return claims

    def _poured_into(self, tok) -> list:
        """ "poured military aid into the Sandinista government": whom, when a side; "into
        Syria" or "into the region" says where, not to whom."""
        if tok.lemma_.lower() not in self.lex.words("into_verbs"):
            return []
        out = [
            o
            for o in preps(tok, "into")
            if self.reader.is_actor_noun(o) and not self._is_toponym(o)
        ]
        # "poured military aid into Colombia's war against the FARC": whose war it is
        out += [
            c
            for o in preps(tok, "into")
            if o.lemma_.lower() in self.conflict_words
            for c in o.children
            if c.dep_ == "poss"
        ]
        return out

    def _aggressors(self, tok) -> list:
        """ "condemned Russia's invasion of Ukraine", "denounced the Soviet invasion",
        "condemned the offensive by Azerbaijan": who invades, attacks or annexes, by the
        aggression's own words (its possessor, a state's adjective, a name before it, "by");
        never the invaded, and nobody when the words name no one ("the invasion")."""
        if tok.pos_ != "VERB":
            return []
        nouns = self.lex.words("aggression_nouns")
        out: list = []
        for d in children(tok, "dobj"):
            for n in with_conjuncts(d):
                if n.lemma_.lower() not in nouns:
                    continue
                owners = [
                    c
                    for c in n.children
                    if c.i < n.i
                    and c.dep_ in ("poss", "compound", "amod", "nmod")
                    and any(m.ref.kind in (*_STATE_KINDS, "party") for m in self._actors_of([c]))
                ]
                owners += [
                    o for p in children(n, "prep") if p.lower_ == "by" for o in children(p, "pobj")
                ]
                if not owners and children(tok, "nsubj"):
                    # "denounced the invasion of Afghanistan by the Soviet Union": the parser
                    # hangs the noun's "by" on the active verb
                    owners = [
                        o
                        for p in children(tok, "prep")
                        if p.lower_ == "by"
                        for o in children(p, "pobj")
                    ]
                out += [o for o in owners if self._actors_of([o])]
        return out

    def _blame_verbs(self) -> frozenset[str]:
        """The verbs of blame: the condemning ones, and the accusing ones that take a reason
        ("criticised", "scolded", "rebuked": both ``accuse_verbs`` and ``reason_verbs``)."""
        accuse = self.lex.words("accuse_verbs") & self.lex.words("reason_verbs")
        return self.lex.words("condemn_verbs") | accuse

    def _blaming_verb(self, tok):
        """The verb of blame in the past that blames someone for the act ``tok`` ("scolded
        NATO for bombing Yugoslavia"): an act done, whatever its own form. None if none."""
        up = tok.head
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or up.lower_ != "for":
            return None
        verb = up.head.head if up.head.dep_ == "dobj" else up.head
        if verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in self._blame_verbs():
            return verb
        return None

    def _blamed_for_war(self, tok) -> list[_Claim]:
        """ "Beijing scolded NATO for bombing Yugoslavia", "Russia criticised NATO for
        bombing Serbia", "condemned Iraq for invading Kuwait": a state or an alliance blamed
        (the verb's object, all of it) for an act of war ("for" and the act's verb: an
        invasion, an attack, a bombing) is opposed by whoever blames it, in the act's war.
        The claim is kept only where the act is read as one of war itself (a claim of its
        own, ``_war_of_blamed_act``: not "for bombing a convoy", nor "for not bombing")."""
        blamed = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
        ms = self._actors_of(blamed)
        if not blamed or len(ms) != len(blamed):
            return []
        if not all(m.ref.kind in ("state", "coalition", "org") for m in ms):
            return []  # a person, a firm, a people: no stance of a state
        acts = self.lex.words("invade_verbs") | self.lex.words("attack_verbs")
        acts |= self.lex.words("bombing_verbs")
        for h in (tok, *blamed):
            for p in children(h, "prep"):
                for g in children(p, "pcomp"):
                    if g.lemma_.lower() in acts and self._blaming_verb(g) is not None:
                        powers = self._subject_powers(tok)
                        return [_Claim("opposes", tok, powers, blamed, blamed_for=g)]
        return []

    def _armed_to_fight(self, out: list[_Claim]) -> None:
        """ "Iran armed the Houthis to fight Saudi Arabia", "supplied arms to the Tigers to
        fight the Indian army": the purpose of arms given to a movement says whom the armed
        side fights, not whom the supplier does; the fight's opposition is the receivers', in
        the supply's war. (Arms to a state "to fight the guerrillas" make the supplier a
        partner in that state's own war, as before: "provided Peru with aircraft and
        advisers to fight the guerrillas".)"""
        for cl in out:
            tok = cl.trigger
            if cl.relation != "opposes" or tok.lemma_.lower() not in self.cfg["fight"]["verbs"]:
                continue
            if not _purpose(tok) or tok.head.i == tok.i:
                continue
            supply = next(
                (
                    o
                    for o in out
                    if o.relation == "supplies" and o.trigger.i == tok.head.i and o.party_heads
                ),
                None,
            )
            if supply is None:
                continue
            armed = [m for m in self._actors_of(supply.party_heads) if m not in cl.parties]
            if not armed or any(m in armed for m in self._actors_of(cl.party_heads)):
                continue
            governments = {
                n for th in self.lex.theatres.values() for n in th.state_parties.values()
            }
            if any(
                m.ref.kind in (*_STATE_KINDS, "government")
                or (m.ref.kind == "org" and m.ref.form != "written")  # NATO, not "the Tigers"
                or m.ref.form == "organ"
                or m.ref.name in governments
                for m in armed
            ):
                continue
            cl.powers = armed
            cl.conflict_of = supply

    def _co_fighters(self, tok) -> list:
        """Those a fight is fought beside when it has a purpose of helping another ("fought
        beside British soldiers to defend Malaysia"): fellow helpers, neither the side helped
        nor the war's place. Only a land not theirs makes them helpers: those fought beside to
        defend their own land ("alongside Angolan soldiers to defend Angola") or a town, a
        city or a place the text does not say is a land ("to defend Cuito Cuanavale", "to
        defend Kobani") are the side backed."""
        backs = {w.lower() for w in self.cfg["backs"]["verbs"]}
        beside = preps(tok, *_BESIDE)
        theirs = self._lands(beside)
        if not any(
            c.lemma_.lower() in backs and _purpose(c) and self._lands(children(c, "dobj")) - theirs
            for c in tok.children
        ):
            return []
        return beside

    def _lands(self, heads) -> set[str]:
        """The countries the phrases of ``heads`` name (by name or people's word)."""
        at = {self.ctx.s.char(t) for h in heads for t in h.subtree}
        return {
            tp.candidate.country
            for tp in self.ctx.toponyms
            if tp.candidate is not None
            and tp.candidate.kind == "country"
            and tp.candidate.country
            and any(tp.start <= a < tp.end for a in at)
        }

    def _fight(self, tok) -> list[_Claim]:
        cfg = self.cfg["fight"]
        powers = self._subject_powers(tok)
        out = []
        allies = preps(tok, *cfg["backs_preps"])
        if self._co_fighters(tok):
            # "Gurkha troops fought alongside British and Fijian soldiers to defend the
            # Brunei sultanate": those fought beside share the help the purpose names,
            # they are not the side helped ("fought for X to defend Y" still backs X)
            allies = preps(tok, *(p for p in cfg["backs_preps"] if p not in _BESIDE))
        # "would fight the Tigers on the side of the national army", "fought on Assad's side":
        # the side a fighter is on is the side he backs; a side with an "of" of its own is
        # whom that "of" names, so "on Iran's side of the border" is a place, not Iran's side
        allies += [
            o
            for s in preps(tok, "on")
            if s.lemma_.lower() == "side"
            for o in preps(s, "of") or children(s, "poss")
        ]
        if allies:
            out.append(_Claim("backs", tok, powers, allies))
        foes = preps(tok, *cfg["opposes_preps"]) + [
            o for d in _own_objects(tok) for o in with_conjuncts(d)
        ]
        # "fighting alongside X against Y": the "against" often hangs on X
        foes += [f for a in allies for f in preps(a, *cfg["opposes_preps"])]
        foes = [f for f in foes if f.lemma_.lower() not in ("war", "battle", "fight")]
        foes = [f for f in foes if not self._an_act_of_words(f)]
        # "guerrillas fighting a years-long rebellion": the rising they wage, no foe
        rising = self.lex.words("rebellion_nouns")
        foes = [f for f in foes if not rising_waged(f, powers, rising)]
        if foes:
            out.append(_Claim("opposes", tok, powers, foes))
        elif twin := self._object_taken_by_twin_verb(tok):
            # "while Ethiopia fights Eritrea and Sudan fights Chad": Eritrea
            own = [m for m in self._actors_of(twin) if m.i <= twin[-1].i]
            out += [_Claim("opposes", tok, powers, parties=own)] if own else []
        return out

    def _an_act_of_words(self, foe) -> bool:
        """ "Greece fought off a verbal attack by Turkey over Cyprus", "fought off a diplomatic
        offensive by Morocco": an act fought that one of the lexicon's ``figurative_act_words``
        or ``staged_modifiers`` makes one of words, law or wires ("verbal", "legal", "cyber") is
        no act of arms, so whoever made it is no foe in a war; "fought off a fierce attack by
        Islamic State militants" is read as before."""
        words = self.lex.words("figurative_act_words") | self.lex.words("staged_modifiers")
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in words and c.i < foe.i
            for c in foe.children
        )

    def _hostile_act(self, tok, lem: str, passive: bool) -> list[_Claim]:
        """ "Iraq invaded Kuwait", "Eritrean forces attacked Ethiopian troops": an invasion
        or an attack the sentence states between two states opposes the one attacked. Only
        between states named as such (their name, their people's word, their armed men: "the
        Rwandan army"), never a capital ("struck Sanaa" may be a strike on the side holding
        it), a listed war's side named by its state (Vietnam's invasion of
        Cambodia was on the Heng Samrin government's side), a place, a people or a policy
        ("attacked Washington's policy"). An attack (``attack_verbs``), which may be of
        words, needs armed men on one side at least ("Russian forces attacked Ukraine");
        an invasion (``invade_verbs``) is an act of arms by itself. Active voice and a past
        tense only: the attacker of a passive is often not named, and an attack feared or
        planned is none. A bombing, a shelling or a strike (``bombing_verbs``) is an act of
        arms by itself, as an invasion is, and may be an alliance's by its name ("NATO
        bombed Yugoslavia")."""
        if passive or (
            tok.tag_ not in ("VBD", "VBN")
            and self._blaming_verb(tok) is None
            and not (lem in self.lex.words("invade_verbs") and _crossed_to_invade(tok))
            and not (lem in self.lex.words("invade_verbs") and headline_present(self.ctx, tok))
        ):
            return []  # done, not feared or planned ("fears Russia will invade Ukraine")
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return []  # "would have invaded"
        if any(c.dep_ == "neg" for c in tok.children):
            return []  # "Iraq never invaded the United States": an act not done denies no side
        fires = lem == "fire"  # "Eritrean troops fired at Ethiopian border guards"
        heads = preps(tok, *_FIRE_PREPS) if fires else children(tok, "dobj")
        objs = [o for d in heads for o in with_conjuncts(d)]
        if not objs:
            return []
        cut = len(tok.doc)
        if headline_present(self.ctx, tok):
            acts = self.lex.words("bombing_verbs") | self.lex.words("attack_verbs")
            kept = objects_before_a_verb(objs, acts | self.lex.words("invade_verbs"))
            cut = objs[len(kept)].i if len(kept) < len(objs) else cut
            objs = kept
        powers = self._subject_powers(tok)
        targets = [m for m in self._actors_of(objs, role="party") if m.j <= cut]
        if not powers or len(targets) != len(objs):
            return []
        sides = [*powers, *targets]
        bombs = lem in self.lex.words("bombing_verbs")
        if not all(self._state_named(m) or (fires and _an_organ(m)) for m in targets) or not all(
            self._state_named(m) or (bombs and self._alliance_named(m)) or (fires and _an_organ(m))
            for m in powers
        ):
            return []
        words = [t.lower_ for t in tok.subtree if t.lower_ != "-"]
        if any(t.lemma_.lower() in self.lex.words("mistake_words") for t in tok.subtree) or any(
            pair == ("friendly", "fire") for pair in itertools.pairwise(words)
        ):
            return []  # "attacked American soldiers by mistake": no act against a foe
        asked = self.lex.words("invited_words")
        if any(t.lemma_.lower() in asked for t in tok.subtree):
            # "Saudi troops invaded Bahrain at Bahrain's request", "at the invitation of":
            # an entry asked for is no act against whoever asked, and may be for it
            return []
        if {m.ref.code for m in powers} & {m.ref.code for m in targets}:
            return []  # a state's own men: no war between two states
        if (
            lem in self.lex.words("attack_verbs")
            and not any(self._troops(m) for m in sides)
            and not self._attack_of_arms(tok)
        ):
            return []
        organs = self.lex.words("state_organs")
        if fires and not (
            all(o.lemma_.lower() in organs or o.lower_ in organs for o in objs)
            and any(self._troops(m) for m in sides)
        ):
            return []  # men firing on a state's men: not at crowds, drones, boats or targets
        around = [
            t
            for t in self.ctx.s.sent
            if t.pos_ in ("PROPN", "NOUN")
            and t.dep_ in ("nsubj", "dobj", "pobj", "conj", "appos")
            and not any(m.covers(t) for m in sides)
            and not _ground_of_a_front(t)
            and not _apposition_of_a_side(t, sides)
        ]
        if any(
            m.ref.kind not in _STATE_KINDS and not self._alliance_named(m)
            for m in self._actors_of(around, role="party")
        ):
            # "China sided with the Khmer Rouge since Vietnam invaded Cambodia", "invaded
            # Lebanon to drive out the PLO": with an armed side in sight, the act may be
            # against that side, or for it, not against the state it is in (a body of
            # states, "The United Nations condemned Iraq for invading Kuwait", is none)
            return []
        year = self.year(tok)
        if (bombs or lem in self.lex.words("attack_verbs")) and any(
            self._troops(m) for m in targets
        ):
            # "Afghan soldiers attacked American troops at a base in Helmand" (2012): a listed
            # war's side named by its state, in an attack on another state's men (not an
            # invasion, which crosses a border) at home or nowhere named abroad, may be
            # fighting in its own war, where those men may be its allies: which side they
            # are on the lexicon does not say ("Iraqi troops attacked American troops in
            # Khafji", in Saudi Arabia, is an attack abroad)
            for m in powers:
                listed = any(
                    th.covers(year) and m.ref.code and th.state_party(m.ref.code, year)
                    for th in self.lex.theatres.values()
                )
                places = self._places_outside(sides)
                if listed and (m.ref.code in places or not places):
                    return []
        if self._listed_ground_struck(targets, year):
            return []
        # an invasion is fought in the invaded state ("invaded Ukraine from Belarus"), each
        # in its own ("Germany invaded Belgium and France": two theatres, not one)
        # and so is an attack on a state itself, not on its men abroad ("attacked Ukraine
        # from Belarus", "attacked Israel and Saudi Arabia with Scud missiles")
        invaded = lem in self.lex.words("invade_verbs")
        invaded = invaded or not any(self._troops(m) for m in targets)
        if len(targets) < 2:
            return [_Claim("opposes", tok, powers, objs, fought_in=invaded)]
        return [_Claim("opposes", tok, powers, parties=[m], fought_in=True) for m in targets]

    def _attack_of_arms(self, tok) -> bool:
        """ "Germany attacked Denmark at dawn, bombing the airfield", "Iraq attacked Israel
        with Scud missiles", "attacked Greece by land and by air", "Japan attacked the United
        States without declaring war": an attack by a state on a state with no armed men
        named, which may be of words, told as one of arms by its own clause: a participle
        of bombing or shelling on it (the lexicon's ``bombing_verbs``) whose object is a
        thing, not a pronoun, with no "with" of its own ("bombarding it with complaints"),
        weapons after its "with" (the lexicon's ``munition_words`` and ``weapon_words``,
        not "with a barrage of criticism" nor "with sanctions"), "by air", "by land" or
        "by sea", or "without declaring war" ("without declaring his reasons" is none).
        Never one told in a game, a contest or a drill ("attacked Brazil from the start,
        shelling the goal in the semi-final": the lexicon's ``contest_words``,
        ``staged_words`` and ``staged_modifiers``)."""
        frames = (
            self.lex.words("contest_words")
            | self.lex.words("staged_words")
            | self.lex.words("staged_modifiers")
        )
        if any(t.lemma_.lower() in frames or t.lower_ in frames for t in tok.subtree):
            return False
        bombs = self.lex.words("bombing_verbs")
        arms = self.lex.words("munition_words") | self.lex.words("weapon_words")
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG":
                objs = children(c, "dobj")
                if (
                    c.lemma_.lower() in bombs
                    and objs
                    and all(o.pos_ != "PRON" for o in objs)
                    and not any(p.lower_ == "with" for p in children(c, "prep"))
                ):
                    return True
            if c.dep_ != "prep":
                continue
            for o in children(c, "pobj", "pcomp"):
                head = o.lemma_.lower()
                if c.lower_ == "with" and (head in arms or f"{head}s" in arms):
                    return True
                if c.lower_ == "by" and head in _ARMED_ELEMENTS:
                    return True
                if (
                    c.lower_ == "without"
                    and head == "declare"
                    and any(d.lower_ == "war" for d in children(o, "dobj"))
                ):
                    return True
        return False

    def _listed_ground_struck(self, targets: list[Mention], year: int | None) -> bool:
        """Whether a state struck is a listed war's side named by its state (which side the
        act was for the lexicon does not say: "Saudi Arabia bombed Yemen"), or the ground a
        listed war is over ("invaded the Falkland Islands")."""
        for m in targets:
            for th in self.lex.theatres.values():
                if not th.covers(year):
                    continue
                if (
                    m.ref.code
                    and th.state_party(m.ref.code, year)
                    and not self._side_of_a_war_between_states(m.ref.code, th)
                ):
                    return True
                words = self.ctx.s.sent.doc[m.i : m.j].text
                rx = th.keyword_re
                if rx is not None and rx.search(words) and m.ref.code not in th.countries:
                    return True
        return False

    @staticmethod
    def _side_of_a_war_between_states(code: str, th: TheatreDef) -> bool:
        """Whether a state is a side of a listed war only as one of the states it is between,
        fought over ground that lies across them (Kashmir's India and Pakistan), not a land
        with a war inside it: its name is then its government, whatever the act ("Kenya
        invaded India" is against India), where in a civil war the state's name may be
        either side's ground ("Saudi Arabia bombed Yemen")."""
        return code not in th.countries and code in th.within

    def _bombing_noun(self, tok) -> list[_Claim]:
        """ "NATO's bombing of Yugoslavia entered its third week", "the American bombardment
        of Iraq": a bombing told by its noun, owned by a state or an alliance by its name
        (its possessive or its adjective) and of a state named as such, opposes the state
        struck, as the verb does (``_hostile_act``), with its guards: a listed war's side
        named by its state, a capital, a town, a thing ("the bombing of Iran's nuclear
        sites"), a mistake, or a bombing feared, planned or with "no" gives nothing."""
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return []
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        powers = self._actors_of(owners)
        objs = [o for p in preps(tok, "of") for o in with_conjuncts(p)]
        targets = self._actors_of(objs, role="party")
        if not powers or not objs or len(targets) != len(objs):
            return []
        # the owner of the bombing itself: "NATO's", "the NATO bombing" (an alliance by name)
        allied = [m for m in powers if m.ref.kind in ("org", "coalition") and m.ref.form == "name"]
        if not all(self._state_named(m) for m in targets) or not all(
            self._state_named(m) or m in allied for m in powers
        ):
            return []
        if {m.ref.code for m in powers} & {m.ref.code for m in targets}:
            return []
        if any(t.lemma_.lower() in self.lex.words("mistake_words") for t in tok.subtree):
            return []
        if self._listed_ground_struck(targets, self.year(tok)):
            return []
        return [_Claim("opposes", tok, powers, objs, fought_in=True)]

    def _places_outside(self, sides: list[Mention]) -> set[str]:
        """The countries of the places a sentence names outside the sides' own words (their
        names, and the words on them: "Iraqi" of "Iraqi troops")."""
        return {
            tp.candidate.country
            for tp in self.ctx.toponyms
            if tp.candidate is not None and tp.candidate.country and not tp.metonymic
            if not any(
                m.covers(t) or m.covers(t.head) for t in self.ctx.tokens_of(tp) for m in sides
            )
        }

    def _alliance_named(self, m: Mention) -> bool:
        """An organisation or a coalition the lexicon lists, named by its own name, the whole
        phrase ("NATO", not "NATO officials" nor "a NATO summit"; not a group the text alone
        names, "the Khmer Rouge")."""
        if m.ref.kind not in ("org", "coalition") or m.ref.form != "name":
            return False
        head = self.ctx.s.sent.doc[m.j - 1]
        return head.dep_ in ("nsubj", "dobj", "pobj", "conj", "ROOT")

    def _state_named(self, m: Mention) -> bool:
        """A state named by its name, its people's word or its armed men, not by a capital
        or another organ ("Washington", "the Kremlin", "its foreign ministry")."""
        if m.ref.kind != "state" or not m.ref.code:
            return False
        doc = self.ctx.s.sent.doc
        head = doc[m.j - 1]
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in self.lex.words("not_theirs_words")
            for c in head.children
        ):
            return False  # "former Iraqi soldiers", "rogue Afghan troops": not the state's men
        words = doc[m.i : m.j].text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and words[0].lower() in COMPASS:
            # "Indian troops invaded East Pakistan" (1971), which the gazetteer reads as
            # Bangladesh: a compass word before another state's name names a region of that
            # state, not the state the whole name is read as ("North Korea" is its own)
            other = self.lex.lookup(words[1])
            if other is not None and other.kind == "state" and other.code != m.ref.code:
                return False
        return m.ref.form in ("name", "demonym") or self._troops(m)

    def _supply_verb(self, tok, passive: bool) -> list[_Claim]:
        if self._wished_to_give(tok):
            return []
        sup = self.cfg["supplies"]
        dobj = _own_objects(tok)
        if passive:
            # "royalist guerrillas armed and drilled by Saudi Arabia"
            by = preps(tok, "by") or _by_on_means(tok)
            if not by:  # "supplied and trained by X"
                by = [o for c in children(tok, "conj") for o in preps(c, "by")]
            subj = children(tok, "nsubjpass") or children(tok, "nsubj") or _raised_subject(tok)
            held = _holder_of(subj[0], self._clause_verbs()) if subj else None
            if held is not None:  # "the Houthis controlling Sanaa were armed by Iran"
                if not held:
                    return []
                subj = held
            if tok.dep_ in ("acl", "amod", "relcl") and not subj:
                subj = [tok.head]
            if tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod") and not subj:
                subj = [tok.head.head]  # "The Contra rebels, financed and armed by the CIA"
            if tok.dep_ == "advcl" and not subj:
                # "Armed by Iran, the Houthis fired ...": whom the opening phrase describes
                left = self._np_before_comma(tok)
                subj = [left] if left is not None else children(tok.head, "nsubj")
            if not by and subj:
                return self._owners_supplied(tok, subj[0])
            if not by or not subj:
                return []
            if (
                self.reader.is_actor_noun(subj[0])
                and not dobj
                and tok.lemma_.lower() not in (*sup["no_weapon_needed"], "supply", "resupply")
                and not any(self._weaponish(w) for w in preps(tok, "with"))
            ):
                # "Kenyan police sent by the UN", "Syrian fighters flown by Turkey to Libya":
                # a verb of moving things (send, ship, fly...) has for object what it moves;
                # the men were moved, not furnished ("supplied" and "armed" name whom they
                # furnish)
                return []
            # "supplied by X": the thing supplied is the subject unless people are
            if (
                tok.lemma_.lower() not in sup["no_weapon_needed"]
                and not any(self._weaponish(w) for w in preps(tok, "with"))
                and not self.reader.is_actor_noun(subj[0])
            ):
                users = self._users(tok, subj[0])
                return [_Claim("supplies", tok, self._actors_of(by), users)] if users else []
            return [_Claim("supplies", tok, self._actors_of(by), with_conjuncts(subj[0]))]
        powers = self._subject_powers(tok)
        if not dobj:  # "has armed and funded the Contras": a shared object
            dobj = [d for c in children(tok, "conj") for d in children(c, "dobj")]
        fronted = self._fronted(tok) if not dobj else None
        if fronted is not None:
            dobj, powers = [fronted[0]], self._actors_of(fronted[1])
        weapons = [d for d in dobj if self._weaponish(d)]
        if weapons and self._one_munition(weapons[0]):
            return []  # "sent a missile to Riyadh": fired at a target, not delivered
        folded = [] if dobj else self._object_in_complement(tok)
        if folded and tok.lemma_.lower() in sup["no_weapon_needed"]:
            return [_Claim("supplies", tok, powers, parties=folded)]
        if tok.lemma_.lower() in sup["no_weapon_needed"]:
            heads = object_before_clause(dobj[0]) if dobj else []
        elif weapons:
            # "sold Iraq dozens of jets": the other object is the buyer
            heads = preps(tok, "to") + preps(weapons[0], "to")
            if not heads:
                # "will send Leopard 2 tanks to Ukraine": with a recipient after "to", a
                # dative before the weapons is their name misparsed, not a second buyer
                heads += [
                    o
                    for d in children(tok, "dative")
                    for o in with_conjuncts(d)
                    if d.lower_ != "to"
                ]
            heads = self._recipients(tok, weapons[0], heads)
            # "sold Iraq dozens of jets": a buyer as a second object comes before the goods;
            # a name after them ("sent cargo through Kenya, the Republic of the Congo
            # and Gabon to the rebels", the parse cutting the list off "through") is a stop on
            # the way, and the "to" the parse hangs on it says where the goods went
            heads += [d for d in dobj if d.i < weapons[0].i and self.reader.is_actor_noun(d)]
            if not heads:
                heads = [
                    o
                    for d in dobj
                    if d.i > weapons[0].i
                    for x in with_conjuncts(d)
                    for o in preps(x, "to")
                    if self.reader.is_actor_noun(o)
                ]
            heads += self._poured_into(tok)
            if not heads:
                heads = self._glued_buyer(weapons[0])
            if not heads:
                # "shipped parts for building rockets to Angola's government": the parser
                # hangs the receiver's "to" on a word inside the goods' own phrase
                heads = [
                    o
                    for t in phrase(weapons[0])
                    if t.i != weapons[0].i
                    for o in preps(t, "to")
                    if self.reader.is_actor_noun(o)
                ]
            heads = self._for_whom(tok, weapons[0], heads)
        elif dobj and any(self._weaponish(w) for w in preps(tok, "with")):
            # "supplied Yemen with missiles": a country furnished, as one sent arms to
            heads = self._for_whom(tok, None, object_before_clause(dobj[0]))
        elif dobj and tok.lemma_.lower() == "supply" and not preps(tok, "with", "to"):
            # "South Africa supplies the Renamo rebels": supplies an armed side with what
            # it fights with ("supplied the rebels with food" names other goods)
            return [_Claim("supplies", tok, powers, object_before_clause(dobj[0]), armed_only=True)]
        else:
            return []
        return [_Claim("supplies", tok, powers, heads)]

    def _air_drop(self, tok) -> list[_Claim]:
        """ "Britain dropped two tonnes of food by parachute to besieged troops",
        "airdropped ammunition to the Kurdish fighters": goods dropped from the air to men in
        arms supply them, whatever the goods; "dropped" says so only with the air it comes
        from ("by parachute", "from transport planes"). Bombs and leaflets are no supply, and
        a place or a people dropped to is no side."""
        words = self.lex.words("air_drop_words")
        if tok.lemma_.lower() == "drop" and not any(
            t.lower_ in words or t.lemma_.lower() in words
            for o in preps(tok, "by", "from")
            for t in o.subtree
        ):
            return []
        goods = _own_objects(tok)
        shot = self.lex.words("munition_words") | {"leaflet"}
        if not goods or any(g.lemma_.lower() in shot for g in goods):
            return []
        armed = self.lex.words("armed_nouns") | self.lex.words("state_organs")
        # the parse may hang "to" on the goods or on the air ("by parachute to ... forces")
        hung = [*preps(tok, "by", "from"), *goods]
        heads = [
            h
            for o in [*preps(tok, "to"), *(x for w in hung for x in preps(w, "to"))]
            for h in with_conjuncts(o)
            if h.lemma_.lower() in armed
            or h.lower_ in armed
            or ((m := self.ctx.mention(h)) is not None and m.ref.kind in ("party", "armed"))
        ]
        return [_Claim("supplies", tok, self._subject_powers(tok), heads)] if heads else []

    def _for_whom(self, tok, goods, heads: list) -> list:
        """Whom arms sent to a country are for. A country named by its name is where they
        went; the sentence may say whom they help ("sent arms to Afghanistan to help the
        mujahideen", "shipped rifles to Chad for the rebels"), and then that side is the
        party. Where it does not, a country whose state is one side of a war the lexicon
        lists inside it may have armed the other: where the lexicon's patron words of that
        war name the supplier as another side's patron only ("Iran-backed" Houthis and
        Hezbollah, "Pakistan-backed" mujahideen, "Russian-backed" LNA), no party ("sent
        missiles to Yemen", "shipped rockets to Lebanon"); else the state, as its own patron
        ("Soviet-backed" Kabul) or as the state a supplier arms ("sent jets to Mali"). A
        country at war with another state only ("sent weapons to Ukraine") is armed as a
        state."""
        lands = [h for h in heads if self._country_named(h)]
        if not lands:
            return heads
        rest = [h for h in heads if h not in lands]
        named = self._sent_for(tok, goods, lands)
        if named:
            return rest + named
        if self._helps_itself(tok):
            return heads  # "sent weapons to Iraq to help it fight Islamic State": its state
        year = self.year(tok)
        suppliers = self._subject_powers(tok)
        return rest + [h for h in lands if not self._others_patron(h, suppliers, year)]

    def _sent_for(self, tok, goods, lands: list) -> list:
        """The side a sending names as whom it is for: "for" a side, on the verb, the goods
        or the country they went to ("sent arms to Chad for the rebels who attacked ..."),
        or the object of a purpose of backing ("to help the mujahideen")."""
        backs = {w.lower() for w in self.cfg["backs"]["verbs"]}
        found = preps(tok, "for") + (preps(goods, "for") if goods is not None else [])
        found += [o for h in lands for o in preps(h, "for")]
        found += [
            d
            for c in tok.children
            if _purpose(c) and c.lemma_.lower() in backs
            for d in children(c, "dobj")
        ]
        return [
            o
            for h in found
            for o in with_conjuncts(h)
            if self.reader.is_actor_noun(o) and not self._weaponish(o)
        ]

    def _helps_itself(self, tok) -> bool:
        """Whether the sending's purpose is to back the country they went to, named by "it"
        ("to help it resist"); "them" is men, not the country."""
        backs = {w.lower() for w in self.cfg["backs"]["verbs"]}
        return any(
            d.lower_ == "it"
            for c in tok.children
            if _purpose(c) and c.lemma_.lower() in backs
            for d in _helped(c)
        )

    def _for_side(self, tok, goods, heads: list) -> list:
        """Money or aid given to a country for a side the sentence names ("sent money and
        arms to Afghanistan for the mujahideen"): the side, not the country."""
        lands = [h for h in heads if self._country_named(h) and h in preps(tok, "to")]
        named = self._sent_for(tok, goods, lands) if lands else []
        return [h for h in heads if h not in lands] if named else heads

    def _others_patron(self, tok, suppliers: list[Mention], year: int | None) -> bool:
        """Whether the state a token names is one side of a war the lexicon lists on its own
        ground in ``year`` (not one it holds a region of: Kashmir's Pakistan) whose patron
        words ("Iran-backed", "pro-Moscow") name one of ``suppliers`` as the patron of
        another side, and never of the state's."""
        m = self.ctx.mention(tok)
        code = m.ref.code if m is not None else None
        wars = [
            th
            for th in self.lex.theatres.values()
            if code and th.covers(year) and code in th.countries and th.state_party(code, year)
        ]
        if not code or not wars:
            return False
        forms: set[str] = set()
        for sup in suppliers:
            ref = sup.ref
            names = {ref.name, ref.state, self.lex.state_adjectives.get(ref.state or "")}
            if ref.code:
                names |= {ref.code, self.lex.adjective(ref.code)}
                names |= {k for k, r in self.lex.capitals.items() if r.code == ref.code}
            forms |= {f(n).lower() for n in names if n for f in _PATRON_FORMS}
        sides = {
            g.get("party")
            for th in wars
            for g in th.generic
            if forms & {q.lower() for q in g.get("qualifiers", [])}
        }
        return bool(sides) and not any(th.state_party(code, year) in sides for th in wars)

    def _forces(self, goods) -> bool:
        """Men or warships, which go where they are sent with their own state's flag: one
        of the lexicon's `force_words` ("warships", "frigates"), or men a weapon word also
        names ("Chechen fighters", "mercenaries", "military advisers": an adjective is no
        weapon; not "F-16 fighters", whose phrase names a weapon)."""
        forces = self.lex.words("force_words")
        if goods.lemma_.lower() in forces or goods.lower_ in forces:
            return True
        men = self.lex.words("armed_nouns")
        if goods.lemma_.lower() not in men and goods.lower_ not in men:
            return False
        return not any(
            (
                t.i != goods.i
                and t.pos_ != "ADJ"
                and (t.lemma_.lower() in self.weapon_words or t.lower_ in self.weapon_words)
            )
            or any(a.i <= t.i < a.j and a.kind == "weapon" for a in self.ctx.assets)
            for t in phrase(goods)
        )

    def _recipients(self, tok, goods, heads: list) -> list:
        """Whom goods sent go to: men or warships (``_forces``) moved by one of the
        `move_verbs` to a place ("Russia sent Chechen fighters to Ukraine", "Egypt sent
        warships to Yemen", "sent mercenaries to Libya") go there to fight, for their state
        or against the place's: the place is where, not whom they supply. Arms, money or
        aid sent to a state ("sent tanks to Ukraine") supply it, and men sent to a side
        ("sent fighters to the Houthis") still do."""
        if tok.lemma_.lower() not in self.lex.words("move_verbs") or not self._forces(goods):
            return heads
        return [h for h in heads if not (self._is_toponym(h) or self._country_named(h))]

    def _country_named(self, tok) -> bool:
        """A state named by its name ("Yemen"), which is also a place, when the geoparser
        missed it as one."""
        m = self.ctx.mention(tok)
        return m is not None and m.ref.kind == "state" and m.ref.form == "name"

    def _one_munition(self, weapon) -> bool:
        """ "they sent a missile to Riyadh", "sent a rocket into Haifa": one drone, missile
        or rocket sent somewhere flies at its target; arms supplied are sent by the lot
        ("sent drones to Russia", "a shipment of missiles")."""
        return (
            weapon.tag_ == "NN"
            and weapon.lemma_.lower() in self.lex.words("munition_words")
            and not any(c.dep_ == "nummod" and c.lower_ != "one" for c in weapon.children)
        )

    def _users(self, tok, goods) -> list:
        """Who gets arms supplied by someone: whom they went to ("Libyan rifles given by
        Libya to the IRA"), or who uses them, the subject of a verb of use they are the
        object of ("the IRA fired rifles supplied by Libya"; not "Israel shot down drones
        supplied by Iran")."""
        if not self._weaponish(goods):
            return []
        to = preps(tok, "to")
        if to:
            return with_conjuncts(to[0])
        verb = goods.head
        if (
            tok.dep_ in ("acl", "relcl")
            and goods.dep_ == "dobj"
            and verb.lemma_.lower() in self.lex.words("use_verbs")
        ):
            users = children(verb, "nsubj")
            return with_conjuncts(users[0]) if users else []
        return []

    def _owners_supplied(self, tok, goods) -> list[_Claim]:
        """ "Iran's drones have been supplied to Russia", "its drones, which have been
        supplied to Russia": arms a possessive owns, passed to someone with no agent named,
        were supplied by their owner."""
        if goods.lower_ in RELPRON and tok.dep_ == "relcl":
            # ", which": the noun just before the comma (the parse may hang the clause on
            # a noun further back: "parts for its drones, which have been supplied")
            before = goods.doc[goods.i - 2] if goods.i >= 2 else goods
            comma = goods.i >= 1 and goods.doc[goods.i - 1].lower_ == ","
            goods = before if comma and before.pos_ == "NOUN" else tok.head
        owners = children(goods, "poss")
        to = preps(tok, "to")
        if not owners or not to or not self._weaponish(goods):
            return []
        return [_Claim("supplies", tok, self._actors_of(with_conjuncts(owners[0])), to)]

    def _glued_buyer(self, weapon) -> list:
        """ "France sold Iraq Super Etendard jets", "Russia sold Armenia tanks": the parser
        glues the buyer of a double-object sale into the weapons' name. A state's own name
        (not its adjective: "sold Soviet tanks") opening the phrase, with no determiner
        before it, is the buyer when the sentence names no other."""
        first = weapon.doc[weapon.left_edge.i]
        men = self._glued_men(weapon)
        if men is not None:
            return [men]
        if first.i == weapon.i or first.dep_ not in ("compound", "nmod"):
            if first.lower_ != "the" or first.i + 1 >= weapon.i:
                return []
            # "sold the mujahideen mortars": an armed group after the article
            first = weapon.doc[first.i + 1]
            armed = first.lower_ in self.lex.words("armed_nouns")
            return [first] if armed and first.dep_ in ("compound", "nmod", "amod") else []
        m = self.ctx.mention(first)
        if m is None or m.i != first.i or m.j > weapon.i:
            return []
        if m.ref.kind != "state" or m.ref.form != "name":
            return []
        return [first]

    def _glued_men(self, weapon):
        """ "The US gave Angolan rebels missiles", "Iran gave Houthi rebels drones": men in
        arms named in the plural ("rebels", "forces"), glued by the parse into the goods'
        name after nothing but an article and their people's or side's name, are the
        buyer of a double-object gift or sale (a singular "rebel missiles" are the rebels'
        own); None otherwise."""
        doc = weapon.doc
        armed = self.lex.words("armed_nouns")
        named = {k for m in self.ctx.mentions for k in range(m.i, m.j)}
        for t in doc[weapon.left_edge.i : weapon.i]:
            men = t.tag_ == "NNS" and t.lower_ in armed
            if (t.i in named and not men) or t.lower_ == "the":
                continue
            if t.head.i != weapon.i or t.dep_ not in ("compound", "nmod"):
                return None
            return t if men else None
        return None

    def _relied_on(self, tok) -> list[_Claim]:
        """ "The Contras have depended on Honduras for weapons, food and other
        supplies", "the rebels depended on Rwanda for arms": who relies on a power for arms
        is supplied by it; not "relies on Russia for gas" nor "depends on Washington for its
        security", no arms named."""
        if not any(self._arms_themselves(o) for o in preps(tok, "for")):
            return []
        givers = self._actors_of(preps(tok, "on", "upon"))
        subj = children(tok, "nsubj")
        heads = with_conjuncts(subj[0]) if subj else governing_subjects(tok)
        return [_Claim("supplies", tok, givers, heads)] if givers else []

    def _arms_themselves(self, noun) -> bool:
        """Whether what is relied on "for" is arms themselves: the noun or one of its
        conjuncts a weapon word or a weapon by its own head ("for weapons, food and other
        supplies", "for military aid", "for drones"), not a trade or a gain in arms, whose
        giver is the buyer ("relied on India for arms sales", "for its arms exports")."""
        weapons = self.weapon_words
        return any(
            (c.lemma_.lower() in weapons or c.lower_ in weapons or self._weapon_asset(c))
            and not self._relief(c)
            for c in with_conjuncts(noun)
        )

    def _weapon_asset(self, tok) -> bool:
        return any(a.i <= tok.i < a.j and a.kind == "weapon" for a in self.ctx.assets)

    def _receive(self, tok) -> list[_Claim]:
        dobj = children(tok, "dobj")
        if not dobj or not self._weaponish(dobj[0]) or self._wished_for(tok):
            return []
        givers = self._actors_of(preps(tok, "from"))
        subj = children(tok, "nsubj")
        heads = with_conjuncts(subj[0]) if subj else governing_subjects(tok)
        return [_Claim("supplies", tok, givers, heads)] if givers else []

    def _bought_made(self, tok) -> list[_Claim]:
        """ "Egypt bought French-made Rafale jets", "his country had bought Israeli-made
        drones": weapons a state buys that another state made are that state's supply (a
        state's arms leave it only with its leave); the seller named after "from" is the
        supplier, whatever the make ("bought Soviet-made tanks from Belarus": Belarus). None
        when the buyer is no state ("the rebels bought Russian-made rifles"), the goods went
        through other hands ("on the black market", "second-hand"), the make is the buyer's
        own, the verb is passive or wished for ("wants to buy"), or no make or seller is
        named."""
        dobj = children(tok, "dobj")
        if not dobj or not self._weaponish(dobj[0]) or self._wished_for(tok):
            return []
        if _got_with_no_seller(tok):
            return []  # "Iran acquired an American-made drone after it crashed"
        goods = dobj[0]
        if _civil_craft(goods):
            return []  # "bought Chinese-made passenger aircraft": airliners, no arms
        subj = children(tok, "nsubj")
        heads = with_conjuncts(subj[0]) if subj else governing_subjects(tok)
        buyers = self._actors_of(heads) or self._owners_country(heads)
        if not buyers or any(m.ref.kind not in _STATE_KINDS for m in buyers):
            return []
        said = goods.doc[tok.i : tok.right_edge.i + 1].text.lower().replace(" - ", "-")
        if any(t.lemma_.lower() in _NOT_THE_MAKERS for t in tok.subtree) or any(
            w.strip(",.") in _NOT_NEW for w in said.split()
        ):
            return []
        sellers = [m for m in self._actors_of(preps(tok, "from")) if m.ref.kind in _STATE_KINDS]
        if preps(tok, "from"):
            return [_Claim("supplies", tok, sellers, parties=buyers)] if sellers else []
        makers = [
            m
            for c in goods.children
            if c.dep_ == "amod" and c.lemma_.lower() in _MADE
            for w in c.children
            if w.dep_ in ("npadvmod", "compound", "amod") and w.i < c.i
            for m in [self.ctx.mention(w)]
            if m is not None and m.ref.kind == "state" and m.ref.code
        ]
        codes = {m.ref.code for m in buyers}
        makers = [m for m in makers if m.ref.code not in codes and self._stood(m, tok)]
        return [_Claim("supplies", tok, makers[:1], parties=buyers)] if makers else []

    def _stood(self, maker: Mention, tok) -> bool:
        """Whether the state that made the goods stood when they were bought: "Soviet-made
        jets" bought in 2010 were sold by another."""
        year = self.year(tok)
        return not any(
            name == maker.ref.name and last is not None and year is not None and year > last
            for name, _first, last in self.lex.former_names.get(maker.ref.code or "", [])
        )

    def _owners_country(self, heads) -> list[Mention]:
        """ "Armenia's premier said that his country had bought ...": "his country"
        (or "nation") is the state of the one the pronoun stands for, a state or a man who
        speaks for one, as the nearest fitting name before it gives it."""
        if len(heads) != 1 or heads[0].lemma_.lower() not in ("country", "nation"):
            return []
        poss = [c for c in children(heads[0], "poss") if c.lower_ in ("his", "her", "its")]
        if not poss:
            return []
        got = self.ctx.resolve_pronoun(poss[0], False)
        return [m for m in got if m.ref.kind in _STATE_KINDS and m.ref.code][:1]

    def _wished_for(self, tok) -> bool:
        """ "Kyiv hopes to get F-16s from Denmark", "Iraq seeks to obtain missiles from China",
        "Ukraine wishes to receive tanks": a receiving verb that is the infinitive of one of
        the ``desire_verbs`` tells arms wanted, not got."""
        return self._infinitive_of(tok, "desire_verbs")

    def _wished_to_give(self, tok) -> bool:
        """ "Libya seeks to arm the rebels in Chad", "Iran wants to supply drones": a giving
        verb that is the infinitive of one of the ``wish_verbs`` tells arms a power would give,
        not given. "Try" and "attempt" are no wish: an attempt to arm is arms sent, seized or
        not ("Libya tried to arm the IRA"), and "began to arm", "continues to arm" are deeds."""
        return self._infinitive_of(tok, "wish_verbs")

    def _infinitive_of(self, tok, verbs: str) -> bool:
        """Whether ``tok`` is the infinitive of one of the lexicon's list ``verbs``."""
        if tok.dep_ not in ("xcomp", "advcl") or not infinitive(tok):
            return False
        return verb_lemma(tok.head) in self.lex.words(verbs)


def _raised_subject(verb) -> list:
    """ "The army was thought to be supplied with rifles by Bulgaria", "the militia is said to
    be armed by Iran": the subject of the verb whose infinitive the passive is."""
    if verb.dep_ != "xcomp":
        return []
    return children(verb.head, "nsubjpass") or children(verb.head, "nsubj")


def _by_on_means(verb) -> list:
    """ "Syria was supplied with weapons by Russia": the passive's agent, hung by the parser on
    what it was supplied with rather than on the verb (not a "by" deeper, on a verb of its
    own: "armed with rifles made by Iran")."""
    return [o for w in preps(verb, "with") for o in preps(w, "by")]


def _helped(verb) -> list:
    """Whom a verb of backing helps: its object, or the subject of the clause it takes ("to
    help it fight")."""
    return children(verb, "dobj") + [
        n for c in verb.children if c.dep_ in ("ccomp", "xcomp") for n in children(c, "nsubj")
    ]
