"""Which claims become stances: their parties, the war they need, and who claims them.

A claim's parties are read out of its heads; it is kept when the sentence tells of a conflict
the parties fight in, the powers are aligned, and a sale is not one between states at peace.
Who claims it (a speaker, an office, the outlet's loaded wording) is read here too.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from explorer.extract.actors import antecedent
from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import (
    _FOES_OF,
    _SPEAKER_MODS,
    _STATE_KINDS,
    _TROOPS,
    _Claim,
    _named,
    _people,
)
from explorer.extract.stances.era import EraRules
from explorer.extract.stances.nouns import NounRules
from explorer.extract.syntax import (
    PERSPRON,
    RELPRON,
    addressed_imperative,
    children,
    preps,
    with_conjuncts,
)

# a state's offices abroad: whose they are, only their own words say
_MISSIONS = {"embassy", "consulate", "ambassador", "envoy", "delegation", "legation"}


def _gapped(conj) -> bool:
    """Whether ``conj``, a conjunct of a verb's object, has an object of its own after it ("one
    side and Saudi Arabia the other": a second object of the verb, or one the parser hangs on
    the conjunct, with no comma before it: "Hezbollah, a Lebanese militia" is a description)."""
    first = conj.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "dobj":
        return False  # "Peru and Ecuador have welcomed Brazil": a subject's conjunct
    verb = first.head
    doc = conj.doc
    return any(c.dep_ == "dobj" and c.i > conj.i for c in verb.children) or any(
        c.dep_ == "appos" and c.i > conj.i and doc[c.left_edge.i - 1].text != ","
        for c in conj.children
    )


def _own_appositions(tok) -> list:
    """The appositions that describe ``tok``: not one the parser hung on it from beyond its
    verb ("Mugabe accused Botswana of lending aid to two armed movements, the Zimbabwe Freedom
    Front and ...": the groups named, not the speaker)."""
    verb = tok.head
    return [c for c in children(tok, "appos") if not tok.i < verb.i < c.i]


class KeepRules(NounRules, EraRules):
    """The tests a claim passes to become a stance, and who it is claimed by."""

    def _against_side(self, cl: _Claim) -> bool:
        """Whether the help is against a named side ("against al-Shabab")."""
        foes = preps(cl.trigger, "against") + [
            o for d in children(cl.trigger, "dobj") for o in preps(d, "against")
        ]
        return any(
            _named(m) and m.ref.kind in ("party", "armed", "state") for m in self._actors_of(foes)
        )

    # --- claims -> stances ----------------------------------------------------------------
    def _parties_of(self, cl: _Claim, head) -> list[Mention]:
        doc = head.doc
        return [m for m in self._party_mentions(cl, head) if not self._continent_of(m, doc)]

    def _party_mentions(self, cl: _Claim, head) -> list[Mention]:
        cut = self._gapped_state(head)
        if cut is None:
            return self._party_mentions_gapped(cl, head)
        # "the Soviet Union armed the MPLA and the United States UNITA", "the UAE backed the
        # STC and Saudi Arabia the government": a state after "and" with a noun phrase of its
        # own after it is the subject of a clause whose verb is left out; it and its object
        # are no second object of the first verb
        kept = [m for m in self._party_mentions_gapped(cl, head) if m.j <= cut]
        if not kept and head.i > cut:
            # "Iran backed the Houthis and Saudi Arabia the Yemeni government", parsed with
            # "the Houthis" a modifier of the gapped clause's object: the words before the
            # gap are the first verb's object
            firsts = [c for c in head.children if c.dep_ == "nmod" and c.i < cut]
            kept = [m for c in firsts for m in self._party_mentions_read(cl, c) if m.j <= cut]
        return kept

    def _party_mentions_gapped(self, cl: _Claim, head) -> list[Mention]:
        gapped = [c for c in with_conjuncts(head) if c.dep_ == "conj" and _gapped(c)]
        if head in gapped:
            # "Iran backs one side and Saudi Arabia the other": a conjunct with an object of
            # its own after it is the subject of a clause whose verb is left out, no party
            return []
        if gapped:
            return [
                m
                for m in self._party_mentions_read(cl, head)
                if not any(c.left_edge.i <= m.i <= c.i for c in gapped)
            ]
        return self._party_mentions_read(cl, head)

    def _split_demonym(self, cl: _Claim, head) -> list[Mention] | None:
        """ "US to give Angolan rebels missiles", parsed with "Angolan" an object of its own:
        a people's adjective standing alone as an object, with a common noun right after it,
        is that noun's word ("Angolan rebels"), no party of its own (the state's people are
        not its government). The noun's own reading when the parse puts it elsewhere (a
        word of the goods: "Angolan rebels anti-aircraft missiles"); nothing when it is an
        object of the claim already; None when ``head`` is no such adjective."""
        doc = head.doc
        if head.dep_ not in ("dative", "dobj") or head.i + 1 >= len(doc):
            return None
        own = [m for m in self.ctx.mentions if m.i == head.i and m.j == head.i + 1]
        if not own or any(m.ref.form != "demonym" for m in own):
            return None
        noun = doc[head.i + 1]
        if noun.pos_ != "NOUN" or noun.head.i == head.i:
            return None
        if any(noun.i in {t.i for t in with_conjuncts(h)} for h in cl.party_heads):
            return []
        return [m for m in self.reader.actors(noun, "party") if m.ref.kind in ("armed", "party")]

    def _party_mentions_read(self, cl: _Claim, head) -> list[Mention]:
        split = self._split_demonym(cl, head)
        if split is not None:
            return split
        if head.i in self.chunk_heads:
            return [self.chunk_heads[head.i]]
        if cl.spread:
            ms: list[Mention] = []
            for h in with_conjuncts(head):
                for m in self.reader.actors(h, "party"):
                    if m not in ms and m.i not in self.ctx.backer_tokens:
                        ms.append(m)
            return ms
        if head.lower_ in RELPRON and antecedent(head) is not None:
            return self.reader.actors(head, "party")
        ante = self._object_antecedent(head)
        if ante is not None:
            return self.reader.actors(ante, "party")
        if head.lower_ in PERSPRON or head.lower_ in RELPRON:
            return self.ctx.resolve_pronoun(head, True)
        own = self.reader.actors(head, "party")
        if (
            head.dep_ == "appos"
            and head.pos_ == "NOUN"
            and head.left_edge.i > 0
            and head.doc[head.left_edge.i - 1].text == ","
            and all(m.ref.form == "written" for m in own)
        ):
            # "Amal, a militia supported by Syria": a description set off after a
            # name is that name, when the description names no one of its own
            named = [m for m in self.reader.actors(head.head, "party") if m.ref.form != "written"]
            if named:
                return named
        return own

    def _conflict_context(self, goods: set[int] | None = None) -> bool:
        """Conflict words in the sentence, or several in its paragraph or article. With
        ``goods`` (the words of arms a state sells another), the arms and the forces that
        hold them are no sign of a war: "sold S-400 missiles to Turkey" tells of a sale,
        and an article about it speaks of missiles, weapons and the military. Then a word
        of fighting ("war", "fight", "ceasefire") must be in the sentence (the goods
        aside), its paragraph or its article too ("Israel secretly sold weapons to Iran" in
        a story of Iraq's war effort against Iran)."""
        words = {t.lower_ for t in self.ctx.s.sent} | {t.lemma_.lower() for t in self.ctx.s.sent}
        para = self.ctx.paragraph_words or set()
        seen = (
            bool(words & self.conflict_words)
            or len(para & self.conflict_words) >= 3
            or len(self.ctx.document_words & self.conflict_words) >= 4
        )
        if goods is None or not seen:
            return seen
        lex, sold = self.lex, self.ctx.s.sent.doc
        cue = self.conflict_words - lex.words("weapon_words") - lex.words("weapon_organs")
        cue = cue - lex.words("state_organs") - {"weapons", "bombs"}
        # the goods' own words ("Gripen fighters") are no fighters, here or elsewhere
        cue = cue - {sold[i].lower_ for i in goods} - {sold[i].lemma_.lower() for i in goods}
        rest = [t for t in self.ctx.s.sent if t.i not in goods]
        words = {t.lower_ for t in rest} | {t.lemma_.lower() for t in rest}
        return bool((words | para | self.ctx.document_words) & cue)

    def _goods(self, cl: _Claim, party: Mention) -> set[int]:
        """The words of what a supply verb says was supplied ("sold 36 Gripen fighters to
        Brazil", "supplied Armenia with tanks"): its object, or the object of its "with",
        the party's own words aside."""
        out: set[int] = set()
        for c in cl.trigger.children:
            if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "with"):
                out |= {t.i for t in c.subtree}
        return out - set(range(party.i, party.j))

    def _war_against(self, cl: _Claim) -> list:
        """ "supplied the Serbian army with rockets meant for use in the war against
        Croatia", "sent arms to Russia for its war against Ukraine": a war the supplied goods
        (the verb's object, or its "with") or the supply's "for" are meant for names whom the
        supply is against, as "arming Ukraine against Russian forces" does."""
        if cl.relation not in ("backs", "supplies"):
            return []
        wars = self.lex.words("ended_nouns") | self.lex.words("aggression_nouns")
        spans = [
            c
            for c in cl.trigger.children
            if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("with", "for"))
        ]
        return [
            o
            for c in spans
            for w in c.subtree
            if w.pos_ == "NOUN" and w.lemma_.lower() in wars
            for o in preps(w, "against")
        ]

    def _keep(self, cl: _Claim, power: Mention, party: Mention, theatre) -> bool:
        """A stance needs a side on both ends and, for plain political backing between
        states or people, a conflict in sight: in the words of its sentence or paragraph, or
        a conflict the lexicon knows at its place ("Mandela backs Annan" is no stance)."""
        if cl.armed_only and party.ref.kind not in ("party", "armed"):
            return False
        if cl.relation != "backs":
            return True
        weak = self.lex.words("weak_backs_verbs")
        if (
            cl.trigger.lemma_.lower() in weak
            and not _named(party)
            and not cl.foe_named
            and not self._against_side(cl)
            and not self._war_side(party, theatre)
            and not self._armed_help(cl)
        ):
            # "helps local governments", "protects soldiers": no side named; "protect the
            # transitional government against al-Shabab" takes one, as does "help the rebels"
            # in eastern Ukraine (the war's word for its separatists)
            return False
        if cl.needs_war and party.ref.kind not in ("party", "armed"):
            # "the IMF extended a loan to the Pakistani government": no war, no side
            return theatre.definition is not None or self._conflict_context()
        if theatre.definition is not None:
            return True
        if _people(party) or _people(power):
            # "Serbia backs the ethnic Serbs of Croatia": a people is a side of a war only
            # where a war is in sight, not by its name alone ("against the Greek Cypriot
            # government" is one)
            return cl.foe_named or self._against_side(cl) or self._conflict_context()
        if party.ref.kind in ("party", "armed", "coalition") or power.ref.kind in (
            "party",
            "armed",
        ):
            return True
        if party.ref.form == "organ" or (party.ref.kind == "leader" and party.ref.party):
            return True
        if (
            (party.ref.kind == "org" or self._movement_as_person(party))
            and power.ref.kind in ("state", "leader", "coalition")
            and party.ref.code != power.ref.code
        ):
            return True  # a state sponsoring a foreign organisation ("UNITA ... backed by")
        return self._conflict_context() or self._alignment(cl, power, party)

    @staticmethod
    def _armed_help(cl: _Claim) -> bool:
        """Help given by troops, or the purpose troops were sent or spread for ("sent troops
        to Mozambique to help the government", "8,000 Cuban troops are spread across
        Angola to help government forces"): help in a war, whomever it names."""
        t = cl.trigger
        near = children(t, "nsubj")
        if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB":
            near += children(t.head, "dobj", "nsubj", "nsubjpass")
        return any(w.lower_ in _TROOPS for w in near)

    def _war_side(self, m: Mention, theatre) -> bool:
        """An armed group named by a word its conflict gives one side ("the rebels" in
        eastern Ukraine are the Donbas separatists)."""
        th = theatre.definition if theatre is not None else None
        return m.ref.kind == "armed" and th is not None and self.ctx._generic(m, th) is not None

    def _movement_as_person(self, m: Mention) -> bool:
        """ "gives money to the Polisario": one name after "the" with no title is a
        movement or organisation the entity recogniser took for a person (people are not
        named "the Smith"; "the Kennedys" are several)."""
        if (m.ref.kind, m.ref.form) != ("person", "name") or m.j - m.i != 1 or m.i == 0:
            return False
        doc = self.ctx.s.sent.doc
        return doc[m.i].tag_ == "NNP" and doc[m.i - 1].lower_ == "the"

    def _alignment(self, cl: _Claim, power: Mention, party: Mention) -> bool:
        """ "Russia supports Serbia", "China stands by Pakistan": one state backing another
        in so many words says where it stands even when no conflict is in sight; it is shown
        as such, in no conflict (never in a war at the party's place that the text does not
        describe). A weaker word ("helped Mexico") or a people or organ is no alignment."""
        if cl.relation != "backs" or cl.trigger.lemma_.lower() in self.lex.words(
            "weak_backs_verbs"
        ):
            return False
        if cl.trigger.lemma_.lower() not in self.lex.words("alignment_words"):
            return False
        if self._served(cl.trigger):
            return False  # "With US support, Japan hosted the summit": help with a deed
        # the state itself is what is backed, not a thing of its ("back Georgia's
        # territorial integrity")
        if not self.ctx.owns(party):
            return False
        heads = [h for h in cl.party_heads if party.i <= h.i < party.j]
        if not heads:
            return False
        if party.ref.form == "organ" and heads[0].lemma_.lower() in self.lex.words(
            "government_nouns"
        ):
            # "the Serbian government", "Belgrade's government": a state's government is
            # the state itself where no conflict is in sight
            party = dataclasses.replace(party, ref=dataclasses.replace(party.ref, form="name"))
        if self.ctx.in_office(party, self.year(cl.trigger)):
            # "Moscow backed Maduro": a head of state in office, backed by name, is his
            # state's side, as "Assad" is his government's (the lexicon's years of power say
            # he held it then; a leader of no known years, or out of office, says nothing)
            state = dataclasses.replace(party.ref, kind="state", form="name")
            party = dataclasses.replace(party, ref=state)
        return self._states(power, party)

    def _sale_elsewhere(self, cl: _Claim, power: Mention, party: Mention, theatre) -> bool:
        """ "Greece bought 18 Rafale jets from France" in a story that also tells of the war
        in Ukraine: arms between two states, the buyer no country of the listed war the
        story gives, nor waging it, nor a side of it, and the sentence naming none of its
        places or words, are no supply for that war (the buyer's, "no conflict stated")."""
        th = theatre.definition
        if th is None or cl.relation != "supplies" or not self._states(power, party):
            return False
        code = party.ref.code
        if code in (*th.countries, *th.within, *th.state_parties):
            return False
        if th.waged_by(code, self.year(cl.trigger)):
            return False
        finder = self.doc_theatre
        if any(finder.named_here(self.ctx, c) for c in (*th.countries, *th.within)):
            return False
        if finder.names_war(self.ctx, th.id):
            return False
        # "Syrian troops fought ... in the Bekaa Valley. The Soviet Union resupplied Syria":
        # a buyer whose forces or government the story tells of is in its war
        sides = {
            n for t in self.lex.theatres.values() for c, n in t.state_parties.items() if c == code
        }
        return not any(
            (m.ref.code == code and m.ref.kind == "state" and m.ref.form == "organ")
            or (m.ref.kind == "party" and m.ref.name in sides)
            for c in finder.contexts
            for m in c.mentions
        )

    @staticmethod
    def _states(power: Mention, party: Mention) -> bool:
        """Two different states, each named as such (not a people or an organ)."""
        return (
            (power.ref.kind == "leader" or power.ref.form in ("name", "metonym"))
            and power.ref.kind in ("state", "leader")
            and party.ref.kind == "state"
            and party.ref.form in ("name", "metonym")
            and bool(party.ref.code)
            and party.ref.code != power.ref.code
        )

    def _accuser(self, cl: _Claim, powers: list[Mention], ms: list[Mention]) -> str | None:
        """The country of a state that accuses another of backing or arming armed men it
        names by no country ("Eritrea accuses Ethiopia of backing rebels"): they fight the
        accuser, whose country is the war's when the sentence names no place."""
        mod = cl.modality
        if cl.relation not in ("backs", "supplies") or mod is None or mod.speaker is None:
            return None
        speaker: Any = mod.speaker  # a spacy Token
        if speaker.head.lemma_.lower() not in self.lex.words("accuse_verbs"):
            return None
        if not ms or any(m.ref.code or m.ref.kind != "armed" for m in ms):
            return None
        said = self._speaker_of(speaker)
        if not isinstance(said, Mention) or said.ref.kind not in _STATE_KINDS:
            return None
        code = said.ref.code
        if not code or any(m.ref.code == code for m in powers):
            return None
        return code

    def _claimed_by(self, cl: _Claim) -> str | Mention | None:
        """Whom the article attributes the claim to: an actor (named once the conflict is
        known), a person or a phrase as written, "unnamed sources"; None: the article's own."""
        mod = cl.modality
        if mod is None:
            return None
        if mod.speaker is not None:
            return self._speaker_of(mod.speaker)
        if (addressed := addressed_imperative(cl.trigger)) is not None:
            return self._speaker_of(addressed[0])  # "Turkey to Russia: stop backing Assad"
        namer = self._namer(cl)
        if namer is not None:
            return self._speaker_of(namer)
        return "unnamed sources" if mod.alleged else None

    def _namer(self, cl: _Claim):
        """ "Kabila named Uganda as a backer of the militia", "Kiev sees Minsk as
        Moscow's ally": a backing given as a role to the verb's object is the view of the
        verb's subject, who names it (None when the role is given to no named object, or the
        claim is not of backing)."""
        if cl.relation not in ("backs", "supplies") or self._role_given(cl.trigger) is None:
            return None
        subj = children(cl.trigger.head.head, "nsubj")
        return subj[0] if subj else None

    def _speaker_of(self, tok) -> str | Mention:
        """ "Ankara", "U.S. officials", "a spokesman for the Pentagon", "John Kirby, the
        Pentagon's spokesman": the side the speaker speaks for; else the person named; else
        the words ("analysts", "witnesses"). A pronoun that names no side: the speaker quoted;
        a relative pronoun speaks as what it stands for ("the UN report that said ...")."""
        if tok.lower_ in RELPRON and (ante := antecedent(tok)) is not None:
            tok = ante
        if tok.lower_ in PERSPRON:
            personal = tok.lower_ in ("he", "she", "him", "her", "i", "me")
            got = [
                m
                for m in self.ctx.resolve_pronoun(tok, False)
                if not personal or m.ref.kind in ("leader", "person")
            ]
            return got[0] if got else "the speaker quoted"
        named_on = [
            c for c in tok.children if c.dep_ in _SPEAKER_MODS and self.ctx.mention(c) is not None
        ]
        mine = self.reader.actors(tok, "power") if named_on else []
        own = [m for m in mine if m.ref.kind == "armed" and m.i <= tok.i < m.j]
        if own and len(mine) == 1:
            # "Congolese militiamen said": the men in arms speak for themselves, not for the
            # state their adjective names (as "U.S. officials" speak for theirs)
            return own[0]
        near = [tok, *_own_appositions(tok)]
        if tok.lemma_.lower() not in _FOES_OF:
            # "Kagame's critics" speak against Kagame, not for him
            near += [
                c for h in list(near) for c in h.children if c.dep_ in _SPEAKER_MODS and c.i < h.i
            ]
        near += [
            o
            for h in list(near)
            for pr in children(h, "prep")
            if pr.lower_ in ("for", "of", "at", "from", "in", "with", "to", "close")
            for o in children(pr, "pobj")
        ]
        found = [m for h in near for m in self.reader.actors(h, "power")]
        if tok.lemma_.lower() in _MISSIONS:
            # "the embassy said": a state's mission abroad whose state the words do not name
            # is no government of the conflict's country (the host's, as often as not)
            found = [m for m in found if m.ref.kind != "government" or m.ref.code]
        for m in found:
            if m.ref.kind in ("state", "leader", "org", "party", "coalition", "government"):
                return m
        for m in found:
            if m.ref.kind == "person" or any(ch.isupper() for ch in m.ref.name):
                return m
        return self._speaker_words(tok)

    def _speaker_words(self, tok) -> str:
        """The speaker as written ("witnesses", "a spokesman", "administration sources")."""
        name = self.reader.written(tok)
        if not name:
            return "the speaker quoted"
        first = tok.sent[0]
        if first.pos_ != "PROPN" and name.split()[0] == first.text and name[1:2].islower():
            name = name[:1].lower() + name[1:]  # "Witnesses said": a sentence's first word
        if tok.tag_ == "NN":
            name = f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"  # "a spokesman"
        return name

    def _unnamed_office(self, said: Mention, cl: _Claim, pw: Mention, theatre) -> bool:
        """ "Administration sources said", "Defence Minister Boris Pistorius said": an office
        of no state named, a word on the speakers' noun or a title on their name, would be
        named after the claim's conflict (El Salvador for sources in Washington, Ukraine for
        Germany's minister); only a dateline in the conflict's country, in a claim of that
        same state's own deeds, says the office is its state's ("KYIV - Ukraine will fight
        on, Defence Minister ... said"). A minister filed from there may be a visitor telling
        of his own state ("KYIV - Germany will send more Patriots ..., Defence Minister Boris
        Pistorius said on a visit") or the host's accusing another ("ASMARA - ...
        Addis Ababa was arming the rebels, Foreign Minister Osman Saleh said"): named as
        written. "The government said", the office itself speaking, is read as before."""
        speaker: Any = cl.modality.speaker if cl.modality is not None else None
        if speaker is None or said.ref.kind != "government" or said.ref.code or said.ref.state:
            return False
        if said.i <= speaker.i < said.j:
            return False
        home = theatre.country
        return not (home and pw.ref.code == home and self.doc_theatre.filed_in(home))

    def _own_government(self, pw: Mention, pm: Mention, theatre) -> bool:
        """ "the government" (or "the president") read in the power's own country: a state
        does not back or oppose itself; the sentence's government is another state's ("Houthi
        rebels are fighting the government, which is supported by Saudi Arabia"). In a
        listed war between states ("Iran–Israel war"), each of its countries is the power's
        own: "the Iranian-backed governor" is no side of it."""
        office = pm.ref.kind == "person" and pm.ref.form == "written"
        home = {theatre.country}
        if theatre.country is None and theatre.definition is not None:
            home = set(theatre.definition.countries)
        return (
            (pm.ref.kind == "government" or (office and self.ctx.bare_title(pm.ref.name)))
            and bool(pw.ref.code)
            and pw.ref.kind in _STATE_KINDS
            and pw.ref.code in home
        )

    def _same_side(self, power: str, party: str, pw: Mention, pm: Mention | None) -> bool:
        """A state and its own government, two of one state's politicians, or a state and the
        coalition it leads: one side, not two."""
        st = self.lex.states_by_name.get(power)
        if (
            st is not None
            and st.code
            and any(th.state_parties.get(st.code) == party for th in self.lex.theatres.values())
        ):
            return True
        if pm is None:
            return False
        a, b = pw.ref, pm.ref
        statelike = ("state", "leader", "government")
        if a.code and a.kind in statelike and b.kind == "coalition" and b.code == a.code:
            return True  # a state and the coalition it leads ("the Saudi-led coalition")
        return bool(a.code) and a.code == b.code and a.kind in statelike and b.kind in statelike
