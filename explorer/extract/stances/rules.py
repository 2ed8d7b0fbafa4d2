"""The stance reader: its mixins composed, and the final assembly of claims into stances.

:meth:`StanceRules.stances` reads its steps in order: the powers acting in the sentence, then
for each claim whether it files anything, who claims it, its groups of parties and whom it is
against; for each group the war it is filed in (:meth:`StanceRules._theatre`, itself in steps),
the parties' names there, and one stance per power and party.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from explorer.extract.coasts import share_a_border
from explorer.extract.mentions import Mention
from explorer.extract.modality import Modality, verb_lemma
from explorer.extract.stances.attacks import AttackRules
from explorer.extract.stances.claim import _ENVOYS, _STATE_KINDS, _belligerent, _by_war, _Claim
from explorer.extract.stances.era import _left_since
from explorer.extract.stances.triggers import TriggerRules
from explorer.extract.syntax import (
    FOE_NOUNS,
    addressed_imperative,
    children,
    infinitive,
    phrase,
    preps,
)
from explorer.model import Stance

# verbs of going on with a deed ("needs France to keep backing"): the deed is the wish's
_CARRY_ON_VERBS = frozenset({"keep", "continue", "go", "carry", "resume"})


def _of_wars_past(trigger) -> bool:
    """Whether a claim sits in a clause that describes wars of the past, several of them or a
    world war ("a nod to both world wars, in which Poles fought Germany", "the Second
    World War, in which Poles fought Germany"): it tells of those wars, not of the story's.
    Told in the present ("the proxy wars in which Iran backs the Houthis", "the wars in which
    Russia now backs the junta in Mali") the wars are the story's own."""
    up = trigger
    for _ in range(8):
        if up.dep_ == "relcl":
            war = up.head
            past = up.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in up.children
            )
            return (
                past
                and war.lemma_.lower() == "war"
                and (war.tag_ == "NNS" or any(c.lower_ == "world" for c in war.lefts))
            )
        if up.head.i == up.i:
            return False
        up = up.head
    return False


# words that make a government or a council a town's, not a state's (``_a_local_government``):
# English's common words, chosen by the team
_LOCAL_WORDS = frozenset(
    {"city", "municipal", "town", "local", "village", "county", "district", "borough"}
)
# the bodies such a word makes local
_LOCAL_BODIES = frozenset(
    {"government", "council", "administration", "authorities", "authority", "hall", "mayor"}
)


def _a_local_government(head) -> bool:
    """ "will topple Tallinn's city government", "to oust the municipal government of
    Kharkiv": a government or a council one of ``_LOCAL_WORDS`` names a city's, a town's or a
    district's is no state's government and no side of a war; a state's government named by
    its capital ("the Kabul government"), its land or its kind ("the federal government",
    "the central government in Baghdad") is read as before."""
    if head.lemma_.lower() not in _LOCAL_BODIES and head.lower_ not in _LOCAL_BODIES:
        return False
    return _of_a_town(head) or any(
        c.dep_ in ("amod", "compound") and c.lower_ in _LOCAL_WORDS and c.i < head.i
        for c in head.children
    )


def _of_a_town(head) -> bool:
    """ "the Ethiopian-installed administration of the occupied town of Baidoa", "the council
    of the town of Bray": a body "of" a city, town, village or district (the noun itself, not a
    name) is that place's, whoever installed it; "the government of Afghanistan" is a state's."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _LOCAL_WORDS for o in c.children)
        for c in head.children
    )


@dataclass(frozen=True)
class _Filing:
    """One claim being filed, as the steps of :meth:`StanceRules.stances` share it: its
    modality, the powers acting in the sentence, whom it is against and where those fight, who
    claims it, and (per group of parties) its powers and that group."""

    cl: _Claim
    modality: Modality
    actors: set[str]
    foes: set[str]
    foe_homes: set[str]
    claimed: str | Mention | None
    powers: list[Mention] = field(default_factory=list)
    ms: list[Mention] = field(default_factory=list)


def _of_several_lands(theatre) -> bool:
    """Whether a war is fought in the lands of several states (the Great Lakes' Congo, Rwanda
    and Uganda, the Sahel's Mali, Burkina Faso and Niger): its rebels may be any one of
    them's, so a state among them backing "the separatists" ("Rwanda backed the rebels in
    eastern Congo", "Mali accused Niger of backing the rebels in northern Mali") may
    back another's; only a war in one state's land makes its rebels that state's own."""
    th = theatre.definition
    return th is not None and len(set(th.countries)) > 1


class StanceRules(TriggerRules, AttackRules):
    """Who backs, opposes, mediates between or supplies whom in one sentence."""

    sentence_claims: list[_Claim]  # the claims of the sentence being read, in order

    def stances(self, doc_id: str) -> list[Stance]:
        """The sentence's stances: each claim that files one, group of parties by group."""
        self.ctx_doc_id = doc_id
        out: list[Stance] = []
        seen: set[tuple] = set()
        glued = {c.token.i for c in self.ctx.compounds}
        claims = self.claims()
        self.sentence_claims = claims
        actors = self._acting_powers(claims)
        for cl in claims:
            cl.modality = self._modality(cl, glued)
            if self._files_nothing(cl, cl.modality):
                continue
            claimed = self._claimant(cl)
            groups = self._party_groups(cl, glued)
            foes, foe_homes = self._foes(cl, claims)
            f = _Filing(cl, cl.modality, actors, foes, foe_homes, claimed)
            for ms in groups:
                out += self._group_stances(f, ms, seen)
        self.ctx.not_referent = set()
        return out

    def _envoys_field(self, tok) -> bool:
        """ "The UN's Cyprus mediator, Alvaro de Soto, said", "the U.N. Yemen envoy": a
        land's name between an envoy's or mediator's owner and his noun is the field of his
        office, the war he works on, no power acting from home."""
        noun = tok.head
        if tok.dep_ != "compound" or noun.i <= tok.i:
            return False
        envoys = _ENVOYS | {w.lower() for w in self.cfg["mediates"]["nouns"]}
        if noun.lower_ not in envoys and noun.lemma_.lower() not in envoys:
            return False
        return any(
            c.i < tok.i and c.dep_ in ("poss", "compound") and self.ctx.mention(c) is not None
            for c in noun.children
        )

    def _acting_powers(self, claims: list[_Claim]) -> set[str]:
        """The powers acting in the sentence (the claims' own and the verbs' subjects), which
        act from home."""
        actors = {m.ref.code for cl in claims for m in cl.powers if m.ref.code}
        # who acts in the sentence acts from home: "Biden sent Assad a signal when American
        # jets bombed militias allied with Iran" is not a war in the United States
        doc = self.ctx.s.sent.doc
        for m in self.ctx.mentions:
            if m.ref.code and self.ctx.owns(m) and not self._envoys_field(doc[m.j - 1]):
                head = doc[m.j - 1]
                while head.dep_ in ("compound", "amod") and head.head.i != head.i:
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                    actors.add(m.ref.code)
        actors |= {m.ref.code for cl in claims for m in self._gapped_subjects(cl) if m.ref.code}
        return actors | self._foes_described()

    def _gapped_subjects(self, cl: _Claim) -> list[Mention]:
        """ "Egypt backed the republicans and Saudi Arabia the royalists": the states that are
        subjects of a clause whose verb is left out, inside the claim's object phrase; they act
        from home as the claim's own powers do."""
        cuts = {self._gapped_state(h) for h in cl.party_heads}
        return [m for m in self.ctx.mentions if m.ref.code and m.i in cuts]

    def _foes_described(self) -> set[str]:
        """The states named as an actor's foes in an apposition that describes it ("Cuba, the
        closest ally of the Sandinista government and a foe of Washington, sent advisers to
        Nicaragua"): they say who the actor is, not where a claim's war is, and weigh as
        little as the actor's own home (a claim's own party still counts as one)."""
        doc = self.ctx.s.sent.doc
        return {
            m.ref.code
            for m in self.ctx.mentions
            if m.ref.code and self.ctx.owns(m) and self.ctx.foe_in_apposition(doc[m.j - 1])
        }

    def _modality(self, cl: _Claim, glued: set[int]) -> Modality:
        """The claim's modality, a description inside a noun phrase taken as given."""
        # "U.S.-backed", "militias allied with Turkey" inside a noun phrase are taken as
        # given whatever the clause around it says ("urged an end to the Soviet-backed
        # government", "Russia denied bombing militias allied with Turkey")
        described = cl.trigger.i in glued or self.modal.describes(cl.trigger)
        spans = tuple((m.i, m.j) for m in cl.powers)
        # an offer to mediate is a mediator's stance; an offer to host talks is of a venue
        offered = cl.relation == "mediates" and cl.trigger.lemma_.lower() != "host"
        read = self.modal.read(cl.trigger, described, spans, offered)
        if self._going_war(cl.trigger):
            # "could widen the war between Addis Ababa and Asmara", "did not prolong the war
            # between": the war widened or not is fought, whatever the mood of the widening;
            # who says so still says so
            read.hedged = read.negated = False
        elif self._war_ended(cl.trigger):
            # "Chile ended its war with Peru": a war ended was fought (``WarIdiomRules``,
            # which reads no hedged nor negated verb)
            read.negated = False
        return read

    def _files_nothing(self, cl: _Claim, modality: Modality) -> bool:
        """Whether the claim files no stance: hedged, a refusal to condemn, a denied act of
        war, no power, or a backing since left."""
        if modality.hedged:
            return True
        if modality.negated and cl.trigger.lemma_.lower() in self.lex.words("condemn_verbs"):
            return True  # "refused to condemn the invasion" says no side
        if self._act_of_war(cl) and (modality.negated or self._not_done(cl)):
            # "Iran denied that its drones struck Israel", "struck Israel in a video
            # game", "almost struck Iran": an act denied or not done in the world, no side
            return True
        if not cl.powers or _of_wars_past(cl.trigger):
            return True
        if addressed_imperative(cl.trigger) and not self.modal.stops(cl.trigger.sent.root):
            return True  # "Turkey to Russia: back the rebels": asked, not done
        if self._wished_of_another(cl.trigger) or self._wish_carried_on(cl.trigger):
            return True  # "Syria does not need Iran to defend it": wanted, not done
        # a backing the power has since left is no stance of the story's time; one
        # set in an era of its own goes to that era's war
        return _left_since(cl.trigger, *self._turn_words()) and self._era(cl.trigger) is None

    def _wished_of_another(self, tok) -> bool:
        """Whether the claim's verb is a deed one of the ``wish_verbs`` wants of someone else,
        an infinitive with a subject of its own ("Serbia does not need Russia or Belarus to
        defend it", "Hadi said Yemen needs Saudi Arabia to back the government", "wants
        Turkey to arm the rebels"): the deed is wished for, not stated, whether the wish is
        had or not."""
        if not infinitive(tok) or tok.dep_ not in ("ccomp", "xcomp") or not children(tok, "nsubj"):
            return False
        return verb_lemma(tok.head) in self.lex.words("wish_verbs")

    def _wish_carried_on(self, tok) -> bool:
        """ "Chad needs France to keep backing its army against Boko Haram", "Kyiv wants
        Washington to continue arming its forces": a deed told as a verb of going on with it
        (``_CARRY_ON_VERBS``: keep, continue, go on, carry on, resume) that is itself wished of
        someone else (``_wished_of_another``) is wished for, not stated. "France kept backing
        the Chadian army" and "France needs to keep backing it" (a need of its own) stay."""
        up = tok.head
        if tok.dep_ not in ("xcomp", "ccomp") or up.i == tok.i:
            return False
        return up.lemma_.lower() in _CARRY_ON_VERBS and self._wished_of_another(up)

    def _claimant(self, cl: _Claim) -> str | Mention | None:
        """Who claims it, read while its powers may still be its pronouns' referents; then bars
        them for the steps after."""
        # the speaker may be the claim's own power ("The Houthis will keep fighting Saudi
        # Arabia, their leader said"), read before that power is barred from its pronouns
        self.ctx.not_referent = set()
        claimed = self._claimed_by(cl)
        # "X fought alongside its forces": "its" is not X
        self.ctx.not_referent = {m.i for m in cl.powers if self.ctx.owns(m)}
        return claimed

    def _party_groups(self, cl: _Claim, glued: set[int]) -> list[list[Mention]]:
        """The claim's parties in groups, each filed in a war of its own (an empty group for
        the whole conflict)."""
        groups: list[list[Mention]] = []
        if cl.parties:
            groups.append(cl.parties)
        closing = self._closing_comma(cl.trigger)
        for head in cl.party_heads:
            if _a_local_government(head):
                continue
            ms = [m for m in self._parties_of(cl, head) if m.i < closing]
            if cl.trigger.i in glued and cl.trigger.head.i == head.i:
                # "the Kremlin-funded separatists and the US-trained rebels": a hyphened
                # participle tells of its own noun, not of the nouns joined after it (the
                # side its noun stands for, "the Iranian-backed group", stays)
                ms = [m for m in ms if m.i <= head.i]
            if cl.spread and groups and all(m in groups[-1] for m in ms):
                continue  # "between Ethiopia and Eritrea": Eritrea read with Ethiopia
            if ms:
                groups.append(ms)
        groups = [g for ms in groups for g in _by_war(ms)]
        if (cl.whole_conflict or (cl.relation == "mediates" and cl.spread)) and not groups:
            groups.append([])  # "hosted talks between both parties": the conflict
        return groups

    @staticmethod
    def _disputed_with(cl: _Claim) -> list:
        """ "disputed between Ethiopia and the Eritrean front, which Sudan backs", "the war
        between Iran and the Kurdish rebels, whom Israel armed": the others of a "between"
        pair or list that holds the party are its adversaries, whom the backing is against."""
        out = []
        for h in cl.party_heads:
            if h.lower_ in ("which", "whom", "who", "that") and h.head.dep_ == "relcl":
                h = h.head.head  # "..., which Algeria backs": the noun it describes
            first = h
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ != "pobj" or first.head.lower_ != "between":
                continue
            out += [o for o in (first, *first.conjuncts) if o.i != h.i]
        return out

    def _foes(self, cl: _Claim, claims: list[_Claim]) -> tuple[set[str], set[str]]:
        """Whom the claim is against, as states, and where those are known to fight."""
        # "supports Ukraine against Russia": whom the backing is against says less about
        # where the war is than whom it backs (a state may be fought far from home)
        foe_at = {h.i for o in claims if o.conflict_of is cl for h in o.party_heads}
        # "is arming Ukraine against Russian forces": whom the help is against, whether
        # or not a claim of its own was read
        foe_at |= {
            t.i
            for h in (cl.trigger, *children(cl.trigger, "dobj"))
            for o in preps(h, "against")
            for t in o.subtree
            if t.i <= o.i  # its words, not "against the Islamic Courts in Somalia"
        }
        foe_at |= {t.i for o in self._war_against(cl) for t in o.subtree if t.i <= o.i}
        foe_at |= {t.i for o in self._disputed_with(cl) for t in o.subtree if t.i <= o.i}
        foes = {
            m.ref.code for m in self.ctx.mentions if m.ref.code and foe_at & set(range(m.i, m.j))
        }
        # "armed the Saudi air force against the Houthis": a listed side fought is fought
        # where its own war is (Yemen), as a state fought is that state; a side of several
        # listed wars (Wagner, the Islamic State) says none of them alone
        foes |= {
            c
            for m in self.ctx.mentions
            if m.ref.kind == "party" and len(m.ref.theatres) == 1 and foe_at & set(range(m.i, m.j))
            for c in self.lex.theatres[m.ref.theatres[0]].countries
        }
        # "Chad backs Nigeria against Boko Haram": where the foe is known to fight
        foe_homes = {
            c
            for m in self.ctx.mentions
            if foe_at & set(range(m.i, m.j))
            for c in (
                *m.ref.homes,
                *(c for t in m.ref.theatres for c in self.lex.theatres[t].countries),
            )
        }
        return foes, foe_homes

    def _group_stances(self, f: _Filing, ms: list[Mention], seen: set[tuple]) -> list[Stance]:
        """The claim's stances toward one group of its parties: the war they are filed in, the
        parties' names there, one stance per power and party not ``seen`` before."""
        cl = f.cl
        powers = cl.powers
        if self._guest_backed(cl, ms, self._places_named(cl, ms)):
            powers, ms = ms, cl.powers
        theatre = self._theatre(replace(f, powers=powers, ms=ms))
        self._remember_war(cl, powers, ms, theatre)
        if powers is cl.powers and self._guest_backed(cl, ms, self._hosts(theatre)):
            powers, ms = ms, cl.powers
        names = self._party_names(cl, ms, theatre)
        self._mark_read(ms)
        return self._named_stances(f, powers, names, theatre, seen)

    def _placed(self, g: _Filing, away: set[str], by: str | None = None):
        """The conflict the document puts this claim in, outside ``away``."""
        gapped = self._gapped_subjects(g.cl)
        # a state that acts in a clause whose verb is left out, named nowhere as a place, is
        # no war of its own, as the claim's powers are not
        away = away | {
            m.ref.code
            for m in gapped
            if m.ref.code and not self.doc_theatre.named_as_place(m.ref.code)
        }
        return self.doc_theatre(
            self.ctx,
            [*g.powers, *gapped],
            g.ms,
            g.cl.trigger,
            self.year(g.cl.trigger),
            g.actors,
            g.cl.relation,
            g.foes,
            away,
            by,
            self._gapped_span(g.cl),
        )

    def _gapped_span(self, cl: _Claim) -> tuple[tuple[int, int], ...]:
        """The words of a verbless clause in the claim's object, from its state to the end of
        the claim's clause (offsets in the sentence): another claim's, whose war's words
        ("... and Pakistan the Kashmiri militants") are not this claim's war."""
        cuts = [c for h in cl.party_heads if (c := self._gapped_state(h)) is not None]
        if not cuts:
            return ()
        doc, start = cl.trigger.doc, self.ctx.s.start
        end = doc[cl.trigger.right_edge.i]
        return ((self.ctx.s.char(doc[min(cuts)]) - start, self.ctx.s.char_end(end) - start),)

    def _theatre(self, g: _Filing):
        """The war this claim and group of parties is filed in: the one told, then corrected for
        an accuser's home, forces abroad, troops sent, a story of another war and the homes of
        states not fought in; the document's unplaced conflict when none."""
        accuser = self._accuser(g.cl, g.powers, g.ms)
        theatre, away = self._told_theatre(g)
        theatre = self._accusers_war(g, accuser, away, theatre)
        if theatre is not None:
            theatre, away = self._war_abroad(g, away, theatre)
        theatre = self._war_sent_to(g, theatre)
        if theatre is not None and self._abroad(g.cl, g.ms, theatre):
            theatre = self._war_elsewhere(g, away, theatre)
        theatre = self._war_not_at_home(g, away, theatre)
        theatre = self._colonial_war(g, away, theatre)
        if theatre is not None and self._a_man_backed_from_abroad(g.cl, g.powers, g.ms, theatre):
            theatre = None
        if theatre is None or self._war_of_states_untold(theatre):
            theatre = self.doc_theatre.unplaced()
        return theatre

    def _colonial_war(self, g: _Filing, away: set[str], theatre):
        """A claim against a state's colonial forces (``_colonial_home``) is filed in the
        colony: the home of the state on the other side ("Angola won its war against the
        Portuguese colonial army": Angola's), else not stated (None): "The Mau Mau fighters
        fought British colonial forces" names no colony, and the place reader may take "Mau"
        for a town of India."""
        colonial = self._colonial_home(g.powers, g.ms, theatre)
        if not colonial or not self._against_colonial_men(g):
            return theatre
        side = g.ms if any(m.ref.code in colonial for m in g.powers) else g.powers
        colony = {m.ref.code for m in side if m.ref.kind in _STATE_KINDS and m.ref.code}
        colony -= colonial
        if len(colony) == 1:
            return self.doc_theatre.country_war(colony.pop(), self.year(g.cl.trigger))
        return None

    def _against_colonial_men(self, g: _Filing) -> bool:
        """Whether the claim is a fight against the colonial men (its relation "opposes"):
        only then is the state on the other side the colony. "A cemetery in Dakar honours
        Senegalese colonial soldiers who fought for France" is a backing by them, and the one
        backed is no colony (nor is "Portuguese colonial troops backed by South African
        helicopters" fought in South Africa)."""
        return g.cl.relation == "opposes"

    def _war_of_states_untold(self, theatre) -> bool:
        """Whether the war is one the lexicon lists by its states alone (two or more
        countries, no side of its own: the Iran-Israel war) that the story never tells of: it
        names not every one of its states nor any word of the war's own ("Natanz", "Rising
        Lion"). "Sultan Qaboos fought a Marxist rebellion in Dhofar. ... Iranian forces"
        (2024) is no war between Iran and Israel; the same rule as for a theatre shown with no
        stance. Only a war of its years: a conflict the lexicon lists for every year
        (Armenia and Azerbaijan's) is what arms to either side are for ("Turkey supplied
        Bayraktar drones to Azerbaijan", 2020)."""
        th = theatre.definition
        if th is None or th.years is None or not th.between_states:
            return False
        finder = self.doc_theatre
        own = finder.keyword_res.get(th.id)
        named: set[str] = set()
        for c in finder.contexts:
            if own is not None and c.conflict_words(own, th.countries, th.within):
                return False
            named |= {m.ref.code for m in c.mentions if m.ref.code}
            named |= {t.candidate.country for t in c.toponyms if t.candidate is not None}
        return not set(th.countries) <= named

    def _told_theatre(self, g: _Filing) -> tuple:
        """The war another claim or an earlier mediation gives this one, else where the
        document places it (away from home when the power backs from home), and that home."""
        cl, powers, ms = g.cl, g.powers, g.ms
        away: set[str] = set()
        theatre = cl.conflict_of.conflict if cl.conflict_of is not None else None
        if theatre is None:
            theatre = self._mirrored_war(cl)
        if theatre is None and cl.relation == "mediates" and not ms:
            # "SADC's lead mediator ... expects both sides to agree": the sides
            # its mediation named before in the story, not the mediator's country
            known = [self.doc_theatre.mediations.get(p.ref.name) for p in powers]
            theatre = next((t for t in known if t is not None), None)
        hosts = self._hosts_of_talks(cl) if cl.relation == "mediates" and not ms else set()
        hosts |= self._co_fighters_homes(cl, ms)
        hosts |= self._gapped_homes(cl, ms)
        hosts |= self._next_clause_homes(cl, ms)
        hosts |= self._transit_homes(cl, ms)
        hosts |= self._countered_homes(cl, ms) | cl.away_homes
        while theatre is None:
            theatre = self._placed(g, away | hosts)
            if theatre is not None and not away and self._from_home(cl, ms, theatre):
                # "Libya gives support to the Polisario Front": not Libya's own war
                away, theatre = {theatre.country}, None
            else:
                break
        return theatre, away

    def _mirrored_war(self, cl: _Claim):
        """ "during the war between Lima and Quito over the Cenepa valley": a fight read both
        ways from one word (each side against the other) is one war; the second reading takes
        the war the first was filed in (a listed war, or one at a place the sentence names),
        not its own power's home."""
        mine = {m.ref.code for m in cl.powers if m.ref.code}
        for o in self.sentence_claims:
            if o is cl:
                return None
            if o.trigger.i != cl.trigger.i or o.relation != cl.relation or o.conflict is None:
                continue
            theirs = {m.ref.code for m in o.parties if m.ref.code}
            war = o.conflict
            # a war the lexicon lists, or one at a place the sentence names ("over South
            # Ossetia"); not one placed only at a side's home ("the war between Iran and Iraq")
            told = war.definition is not None or (
                bool(war.country) and self.doc_theatre.named_here(self.ctx, war.country)
            )
            if mine and mine <= theirs and told:
                return war
        return None

    def _co_fighters_homes(self, cl: _Claim, ms: list[Mention]) -> set[str]:
        """The homes of those a fight of the claim's sentence is fought beside to help
        another ("Australian troops fought beside British soldiers to defend Malaysia"): not
        the war's place, unless they are the claim's parties."""
        fight = {w.lower() for w in self.cfg["fight"]["verbs"]}
        at = {
            t.i
            for v in cl.trigger.sent
            if v.lemma_.lower() in fight
            for o in self._co_fighters(v)
            for t in o.subtree
        }
        parties = {m.ref.code for m in ms}
        return {
            m.ref.code
            for m in self.ctx.mentions
            if m.ref.code and m.ref.code not in parties and at & set(range(m.i, m.j))
        }

    def _gapped_homes(self, cl: _Claim, ms: list[Mention]) -> set[str]:
        """The home of a state that opens a verbless clause in the claim's object ("Britain
        armed the government and France the rebels"), and the lands that clause names after
        it ("Ethiopia backed the SPLA and Sudan the Eritrean rebels"): its own claim's, not the
        first claim's war, unless one of the claim's parties."""
        parties = {m.ref.code for m in ms}
        homes = {code for m in self._gapped_subjects(cl) if (code := m.ref.code)}
        cuts = [c for h in cl.party_heads if (c := self._gapped_state(h)) is not None]
        if cuts:
            # the lands of the verbless clause's words, not of a place after a preposition
            # ("... and Saudi Arabia the royalists in Yemen": where both clauses are), nor
            # of one the first clause names too
            cut, end = min(cuts), cl.trigger.right_edge.i + 1
            lands = {
                tp.candidate.country: [t.i for t in self.ctx.tokens_of(tp)]
                for tp in self.ctx.toponyms
                if tp.candidate is not None and tp.candidate.country
            }
            doc = cl.trigger.doc
            first = {c for c, at in lands.items() if any(i < cut for i in at)}
            first |= {m.ref.code for m in cl.powers if m.ref.code}
            homes |= {
                c
                for c, at in lands.items()
                if c not in first and any(cut <= i < end and doc[i].dep_ != "pobj" for i in at)
            }
        return homes - parties

    def _next_clause_homes(self, cl: _Claim, ms: list[Mention]) -> set[str]:
        """The home of a state that opens the next clause as its subject ("Qatar funded the
        rebels and the UAE sent jets", "... and Uganda sent troops"), which the parse may hang
        on the claim's object as a conjunct: that clause's actor, not the place of the first
        clause's war, unless one of the claim's parties."""
        doc = cl.trigger.doc
        found: set[str] = set()
        for m in self.ctx.mentions:
            if m.ref.kind != "state" or not m.ref.code or m.i <= cl.trigger.i:
                continue
            before = m.i - 1 if doc[m.i - 1].lower_ != "the" else m.i - 2
            if before <= cl.trigger.i or doc[before].lower_ not in ("and", "but", "while"):
                continue
            if m.j < len(doc) and doc[m.j].pos_ in ("VERB", "AUX") and doc[m.j].i != cl.trigger.i:
                found.add(m.ref.code)
        # "Sudan armed the LRA and Uganda sent troops": a party's home is its war's place
        return found - {m.ref.code for m in ms} - {h for m in ms for h in m.ref.homes}

    def _transit_homes(self, cl: _Claim, ms: list[Mention]) -> set[str]:
        """The homes of the states goods are sent through ("shipped weapons through Syria to
        Hezbollah", "sent cargo through Uganda ... to the RSF"): a stop on their way, not the
        war's place, unless one of the claim's parties."""
        if cl.relation != "supplies":
            return set()
        tok = cl.trigger
        at: set[int] = set()
        for h in [tok, *children(tok, "dobj")]:
            for p in children(h, "prep"):
                if p.lower_ not in ("through", "via"):
                    continue
                # the route runs to the "to" of where the goods went: "through Kenya, the
                # Republic of the Congo and Gabon to the rebels", a list the parse may cut
                to = next(
                    (t.i for t in p.sent if t.i > p.i and t.lower_ == "to" and t.dep_ == "prep"),
                    None,
                )
                at |= set(range(p.i, to)) if to is not None else {t.i for t in p.subtree}
        parties = {m.ref.code for m in ms}
        found = {m.ref.code for m in self.ctx.mentions if m.ref.code and at & set(range(m.i, m.j))}
        return found - parties

    def _countered_homes(self, cl: _Claim, ms: list[Mention]) -> set[str]:
        """The homes of the states a purpose of the claim counters ("is preparing to supply
        arms to Iraq to counter the Iranian threat", "sold missiles to India to deter
        China"): a backing of a state aimed at another state tells whom it is against, not a
        war in that state's land. Only for parties that are all states: "armed the rebels to
        counter the regime" is a war at the regime's home."""
        if cl.relation not in ("backs", "supplies") or not ms:
            return set()
        if any(m.ref.kind != "state" or not m.ref.code for m in ms):
            return set()
        counter = self.lex.words("counter_verbs")
        above = {cl.trigger.i} | {a.i for a in cl.trigger.ancestors}
        at = {
            t.i
            for v in cl.trigger.sent
            if v.lemma_.lower() in counter
            and v.dep_ in ("advcl", "xcomp")
            and v.head.i in above
            and infinitive(v)
            for t in v.subtree
        }
        parties = {m.ref.code for m in ms}
        return {
            m.ref.code
            for m in self.ctx.mentions
            if m.ref.code and m.ref.kind == "state" and at & set(range(m.i, m.j))
        } - parties

    def _hosts_of_talks(self, cl: _Claim) -> set[str]:
        """The states the sentence names as hosts or brokers of talks ("the talks, hosted by
        Saudi Arabia with the United States as a mediator"): a venue, not the war mediated."""
        verbs = {w.lower() for w in self.cfg["mediates"]["verbs"]}
        at = {
            t.i
            for v in cl.trigger.sent
            if v.lemma_.lower() in verbs
            for o in preps(v, "by")
            for t in o.subtree
        }
        hosts = {m.ref.code for m in self.ctx.mentions if m.ref.code and at & set(range(m.i, m.j))}
        return hosts | self._talks_venues(cl)

    def _accusers_war(self, g: _Filing, accuser: str | None, away: set[str], theatre):
        """An accusation filed from the accuser's country: the war there, not in the
        accused's home."""
        if (
            accuser
            and theatre is not None
            and theatre.country in {m.ref.code for m in g.powers if m.ref.code}
            and (
                self.doc_theatre.named_as_place(accuser)
                or self.doc_theatre.dateline.get(accuser)
                or self._accuses_its_neighbour(accuser, g.powers, theatre)
            )
        ):
            # "Eritrea accuses Ethiopia of backing rebels" under "ASMARA -": not a war in
            # Ethiopia, the accused's home, but in the accuser's country, which the story
            # names as a place ("Moscow accused Pakistan of arming the rebels", 1986, is
            # no war in Russia: a state may fight rebels abroad)
            theatre = self._placed(g, away, by=accuser) or theatre
            if self._accuses_its_neighbour(accuser, g.powers, theatre):
                theatre = self.doc_theatre.country_war(accuser, self.year(g.cl.trigger))
        return theatre

    def _accuses_its_neighbour(self, accuser: str, powers: list[Mention], theatre) -> bool:
        """Whether a state accuses a state it borders of backing armed men it names by no
        country, in a war the lexicon does not list ("Chad accused Sudan of backing
        rebels", 2006; "Ethiopia accused Eritrea of backing rebels"): men a neighbour is
        accused of backing fight the accuser, in its own land, though the story names no
        place of it. Not a state far off ("Moscow accused Pakistan of arming the rebels",
        1986: Afghanistan's), nor a listed war the words already file it in."""
        codes = {m.ref.code for m in powers if m.ref.code}
        return (
            theatre.definition is None
            and len(codes) == 1
            and share_a_border(accuser, next(iter(codes)))
        )

    def _war_abroad(self, g: _Filing, away: set[str], theatre) -> tuple:
        """The war of a force abroad, of a client abroad or of a coalition led from another
        home, and the homes it is away from."""
        cl, powers, ms = g.cl, g.powers, g.ms
        # "Kenyan troops backed by Somali soldiers": not a war in Kenya
        theatre = self._foreign_force(cl, ms, theatre) or theatre
        # "Iran supplied drones to Russia": not a war in Russia
        abroad = self._client_abroad(cl, ms, theatre)
        if abroad is None and not away and self._led_from_home(ms, theatre):
            # "Australia backs the US-led coalition": not a war in the United
            # States, nor (filed from London) one in Britain; where else the
            # text places it, or not stated
            away = {theatre.country} | {
                m.ref.code
                for m in powers
                if m.ref.code and not self.doc_theatre.named_here(self.ctx, m.ref.code)
            }
            abroad = self._placed(g, away) or self.doc_theatre.unplaced()
        theatre = abroad or theatre
        return theatre, away

    def _war_sent_to(self, g: _Filing, theatre):
        """The war of the country the parties or powers were sent into or fought in."""
        cl, powers, ms = g.cl, g.powers, g.ms
        sent_to = self._sent_into(ms, theatre) if theatre is not None else None
        sent_to = sent_to or self._moved_to_act(cl, powers, theatre)
        sent_to = sent_to or self._fought_in(cl, ms, theatre)
        if sent_to is not None:
            # "Libyan troops sent by Gaddafi into Chad, armed by Moscow": not a
            # war in Libya, but in the country they were sent to
            theatre = self.doc_theatre.country_war(sent_to, self.year(cl.trigger))
        return theatre

    def _war_elsewhere(self, g: _Filing, away: set[str], theatre):
        """A backing from abroad in a story of another war: where else the text places it
        (a listed war or a place it names), or None."""
        # "Rhodesia's white government backed the movement of Afonso Dhlakama" in a
        # story of Mozambique's war: where else the text places it, or not stated
        elsewhere = self._placed(g, away | {theatre.country})
        theatre = (
            elsewhere
            if elsewhere is not None
            and (
                elsewhere.definition is not None
                or self.doc_theatre.named_as_place(elsewhere.country)
            )
            else None
        )
        return theatre

    def _war_not_at_home(self, g: _Filing, away: set[str], theatre):
        """Not a war in the home of a state the claim does not fight in: where else the text
        places it, or None."""
        cl, powers, ms = g.cl, g.powers, g.ms
        homes = self._homes_not_fought_in(cl, powers, ms, theatre) if theatre else set()
        if homes:
            # "Chinese troops attacked American forces": not a war in the United
            # States; where else the text places it, or not stated
            theatre = self._placed(g, away | homes)
        return theatre

    def _remember_war(self, cl: _Claim, powers: list[Mention], ms: list[Mention], theatre) -> None:
        """Keeps the war on the claim (for the claims that take its war) and a mediation's war
        (for the story's later mediations)."""
        if cl.conflict is None:
            cl.conflict = theatre
        if cl.relation == "mediates" and ms and (theatre.definition or theatre.country):
            for p in powers:
                self.doc_theatre.mediations.setdefault(p.ref.name, theatre)

    def _party_names(
        self, cl: _Claim, ms: list[Mention], theatre
    ) -> list[tuple[str, Mention | None]]:
        """Each party's name in the war, or the war's own name when the claim names none."""
        names: list[tuple[str, Mention | None]]
        if not ms:
            named = self.doc_theatre.conflict_name(theatre)
            names = [(named, None)] if named is not None else []
        else:
            clause = phrase(cl.trigger)
            year = self.year(cl.trigger)
            undated = self.undated_past(cl.trigger)
            names = [(self.ctx.party_name(m, theatre, clause, year, undated), m) for m in ms]
        return names

    def _mark_read(self, ms: list[Mention]) -> None:
        """Marks the sentence's own parties as read, for the claims after this one."""
        for m in ms:
            if self.ctx.owns(m):
                self.consumed.update(range(m.i, m.j))

    def _named_stances(
        self,
        f: _Filing,
        powers: list[Mention],
        names: list[tuple[str, Mention | None]],
        theatre,
        seen: set[tuple],
    ) -> list[Stance]:
        """One stance per power and named party that the rules keep, none ``seen`` before."""
        cl = f.cl
        out: list[Stance] = []
        done: set[str] = set()
        for party, pm in names:
            if party in done:
                continue
            done.add(party)
            for pw in powers:
                party, pm = self._envoys_state(cl, pw, party, pm)
                power = self.ctx.power_name(pw, theatre, self.year(cl.trigger))
                if self._no_stance(cl, pw, pm, power, party, theatre):
                    continue
                place, shown = self._shown_at(f, pw, pm, party, theatre)
                if self._sideless(pw, power, theatre) or (
                    pm is not None and self._sideless(pm, party, theatre)
                ):
                    continue  # "backs militias": names nobody
                if self._gang_at_home(cl, pw, pm, theatre):
                    continue  # "Chicago police fought the gangs": crime, no war
                by = self._claimed_as(f, pw, pm, power, theatre)
                key = (power, cl.relation, shown, place.id, f.modality.negated, by)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Stance(
                        power,
                        cl.relation,
                        shown,
                        place.id,
                        [self.ctx_evidence(cl.trigger)],
                        f.modality.negated,
                        by,
                    )
                )
        return out

    def _no_stance(
        self, cl: _Claim, pw: Mention, pm: Mention | None, power: str, party: str, theatre
    ) -> bool:
        """Whether this power and party make no stance: one side, a government and its own
        state, a mediator at war, or a claim the rules of keeping drop."""
        if power == party or self._same_side(power, party, pw, pm):
            return True
        if pm is not None and self._own_government(pw, pm, theatre):
            return True
        if cl.relation == "mediates" and _belligerent(power, pw, theatre):
            return True  # Russia does not mediate the Russia–Ukraine war
        if pm is not None and self._own_rebels_backed(cl, pw, pm, theatre):
            return True  # "Mali accused Ukraine of backing the rebels": not Ukraine's own
        if cl.relation == "mediates" and pm is not None and self._mediators_own(pw, pm):
            return True  # "talks between Norwegian envoy Jan Egeland and ...": its own man
        if cl.relation == "mediates" and pm is not None and self._envoy_of_no_land(pw, pm):
            return True  # "talks between Special Envoy Jan Egeland and ..."
        return pm is not None and not self._keep(cl, pw, pm, theatre)

    def _own_rebels_backed(self, cl: _Claim, pw: Mention, pm: Mention, theatre) -> bool:
        """Whether a state is read as backing or arming the rebels of a war in its own land by
        a word of rebellion (``rebel_nouns``: "the rebels", "separatists") that names no one
        ("Mali accused Ukraine of backing the rebels" read in the Russia–Ukraine war, whose
        rebels are the Donbas separatists): men in arms against a government are not backed
        by that government, so the rebels meant are another land's. A side named by its own
        name ("Ukraine backs the Tuareg rebels") is not this; nor are militias, which a state
        may raise at home."""
        if cl.relation not in ("backs", "supplies") or pw.ref.kind != "state" or not pw.ref.code:
            return False
        if theatre is None:
            return False
        th = theatre.definition
        if pw.ref.code not in (set(th.countries) if th is not None else {theatre.country}):
            return False
        if _of_several_lands(theatre):
            return False  # "Rwanda backed the rebels in eastern Congo"
        head = self.ctx.s.sent.doc[pm.j - 1]
        words = self.lex.words("rebel_nouns")
        if head.lower_ not in words and head.lemma_.lower() not in words:
            return False
        return all(
            w.is_lower or w.lower_ in ("the", "these", "those")
            for w in self.ctx.s.sent.doc[pm.i : pm.j]
        )

    def _envoys_state(
        self, cl: _Claim, pw: Mention, party: str, pm: Mention | None
    ) -> tuple[str, Mention | None]:
        """ "Qatar hosted talks between US envoy Zalmay Khalilzad and the Taliban": a person
        whose own words name another state than the mediator's is that state's envoy, and the
        side mediated is his state, not the man."""
        if cl.relation != "mediates" or pm is None or pm.ref.kind != "person":
            return party, pm
        head = self.ctx.s.sent.doc[pm.j - 1]
        envoys = self.lex.words("envoy_nouns")
        words = [t for t in head.subtree if t.i < pm.i] + [
            t for c in head.children if c.dep_ == "appos" for t in c.subtree
        ]
        if not any(t.lemma_.lower() in envoys for t in words):
            return party, pm  # "a renegade Afghan militia leader": the man, no state's envoy
        own = self._own_words(pm)
        if any(m.ref.kind in ("party", "armed") for m in own) or any(
            t.lemma_.lower() in self.reader.rebels | self.reader.opposition | self.reader.former
            for t in words
        ):
            # "the Taliban's negotiator Abdul Ghani Baradar", "Syrian rebel negotiator ...":
            # a group's man, or a rebel's, speaks for his side, not for the state he is of
            return party, pm
        for m in own:
            if m.ref.kind == "state" and m.ref.code and m.ref.code != pw.ref.code:
                return m.ref.name, m
        return party, pm

    def _own_words(self, pm: Mention) -> list[Mention]:
        """The actors a person's own words name: a title, a people's adjective, an owner, an
        apposition ("US envoy Zalmay Khalilzad", "Khalilzad, the American envoy")."""
        doc = self.ctx.s.sent.doc
        head = doc[pm.j - 1]
        words = [t for t in head.subtree if t.i < pm.i or (t.head.i == head.i and t.i < head.i)]
        words += [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        out: list[Mention] = []
        for t in words:
            m = self.ctx.mention(t)
            if m is not None and m is not pm and m not in out:
                out.append(m)
        return out

    def _envoy_of_no_land(self, pw: Mention, pm: Mention) -> bool:
        """ "brokered by Norway, after talks between Special Envoy Jan Egeland and the
        foreign ministers of Israel and Jordan": a person the
        lexicon does not know, named by a title of a state's envoy or official (the lexicon's
        ``envoy_nouns``: "Secretary", "envoy", "ambassador") whose words name no land or side
        but the mediator ("UN envoy Ismail Ould Cheikh Ahmed" in talks the UN brokered), is
        the one who talks for the mediator or a go-between, never a side it mediates between;
        a title that names another land ("Saudi Ambassador"), a leader the lexicon knows or a
        commander of a side ("FARC commander") are read as before."""
        if pm.ref.kind != "person":
            return False
        if any(m.ref.name != pw.ref.name for m in self._own_words(pm)):
            return False
        doc = self.ctx.s.sent.doc
        head = doc[pm.j - 1]
        envoys = self.lex.words("envoy_nouns")
        return any(t.i < pm.i and t.lower_ in envoys for t in head.subtree)

    def _mediators_own(self, pw: Mention, pm: Mention) -> bool:
        """ "brokered by Norway, after talks between Norwegian envoy Jan Egeland and the
        foreign ministers of Israel and Jordan": a person whose own words (a title, a
        people's adjective, an owner) name the mediator is its envoy or official, never a side
        it mediates between."""
        if pm.ref.kind != "person" or not pw.ref.code:
            return False
        return any(m.ref.code == pw.ref.code for m in self._own_words(pm))

    def _shown_at(self, f: _Filing, pw: Mention, pm: Mention | None, party: str, theatre):
        """The war the stance is shown in and the party's name there: no war at the party's
        place for an alignment, a sale or a tie the text tells of no war for."""
        cl = f.cl
        place, shown = theatre, party
        if pm is not None and (
            (
                theatre.definition is None
                and pm.ref.code not in f.foe_homes
                and (
                    (self._alignment(cl, pw, pm) and not self._conflict_context())
                    or (
                        cl.relation == "supplies"
                        and self._states(pw, pm)
                        and not self._conflict_context(self._goods(cl, pm))
                    )
                )
            )
            or self._sale_elsewhere(cl, pw, pm, theatre)
            or self._tie_in_no_war(cl, pm, theatre)
            or self._foe_in_passing(cl, pm, theatre)
        ):
            # "Russia supports Serbia", "Russia sold fighter jets to India":
            # no war at the party's place that the text does not describe
            place = self.doc_theatre.no_conflict(pm.ref.code)
            # "the Serbian government" and "Serbia" are one party there
            shown = pm.ref.name if pm.ref.kind == "state" else party
        return place, shown

    def _foe_in_passing(self, cl: _Claim, party: Mention, theatre) -> bool:
        """ "Cuba, the closest ally of the Sandinista government and a foe of Washington, sent
        advisers to Nicaragua": a state's foe named in an apposition that describes the power
        says who the power is, in no war told (as an ally named so does); shown in no
        conflict, unless the war filed is at the foe's home and the sentence names that
        home as a place."""
        code = party.ref.code
        noun = cl.trigger
        if cl.relation != "opposes" or noun.lemma_.lower() not in FOE_NOUNS:
            return False
        if party.ref.kind != "state" or not code:
            return False
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ != "appos":
            return False
        home = theatre.country == code or (
            theatre.definition is not None and code in theatre.definition.countries
        )
        return not (home and self.doc_theatre.named_here(self.ctx, code))

    def _claimed_as(
        self, f: _Filing, pw: Mention, pm: Mention | None, power: str, theatre
    ) -> str | None:
        """Who the stance is attributed to (None when the power itself or nobody): the side a
        speaker leads, an office's words, a speaker's name, or the outlet's loaded wording."""
        cl, claimed = f.cl, f.claimed
        loaded = pm is not None and self._loaded(pm)
        by: str | None
        if isinstance(claimed, Mention) and self._side_led(claimed):
            # "Syria gave the missiles to Hezbollah, Nasrallah said": the
            # leader of an armed side speaks for it, not for his state
            by = self._side_led(claimed)
        elif isinstance(claimed, Mention) and self._unnamed_office(claimed, cl, pw, theatre):
            by = self._speaker_words(f.modality.speaker)
        elif isinstance(claimed, Mention):
            by = self.ctx.power_name(claimed, theatre, self.year(cl.trigger))
        else:
            by = claimed or (self.outlet_label if loaded else None)
        if by == power:
            by = None
        return by

    outlet_label = "the article's wording"
