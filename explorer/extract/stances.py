"""Who backs, opposes, mediates between or supplies whom, sentence by sentence.

Rules read the dependency parse around a trigger (verb, noun or "X-backed" compound): the
power is the trigger's subject (or possessor, apposition, agent, or the subject it inherits up an
xcomp/conj chain), the parties are its objects and prepositional objects. Names are normalised
through the actor lexicon; generic descriptions ("rebels in the east") through the theatre's.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.extract.context import SentenceContext
from explorer.extract.mentions import Mention
from explorer.extract.syntax import (
    PERSPRON,
    RELPRON,
    children,
    governing_subjects,
    negation,
    phrase,
    preps,
    with_conjuncts,
)
from explorer.model import Evidence, Stance


@dataclass(slots=True)
class _Claim:
    relation: str
    trigger: object
    powers: list[Mention]
    party_heads: list
    negated: bool
    spread: bool = False  # every actor inside the party phrases is a party ("the A-B conflict")


class StanceRules:
    def __init__(self, ctx: SentenceContext, doc_theatre) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.cfg = ctx.lex.stances
        self.doc_theatre = doc_theatre  # callable(ctx, party_refs) -> theatre id or None
        self.deny = set(self.cfg.get("deny_verbs", []))
        self.weapon_words = set(self.cfg.get("weapon_words", []))
        self.consumed: set[int] = set()  # tokens already read as a party of an earlier claim
        self.chunk_heads: dict[int, Mention] = {}

    # --- helpers --------------------------------------------------------------------------
    def _weaponish(self, tok) -> bool:
        for t in phrase(tok):
            if t.lemma_.lower() in self.weapon_words or t.lower_ in self.weapon_words:
                return True
            if any(a.i <= t.i < a.j and a.kind == "weapon" for a in self.ctx.assets):
                return True
        return False

    def _actors_of(self, heads, want_party: bool = False) -> list[Mention]:
        out: list[Mention] = []
        for h in heads:
            ms = (
                self.ctx.resolve_pronoun(h, want_party)
                if (h.lower_ in PERSPRON or h.lower_ in RELPRON)
                else self.ctx.np_mentions(h)
            )
            if not ms:
                ms = self._led_by(h)
            for m in ms:
                if m not in out:
                    out.append(m)
        return out

    def _led_by(self, h) -> list[Mention]:
        """A coalition or alliance stands for whoever leads it ("Saudi-led", "X leads a ...")."""
        found: list[Mention] = []
        for c in h.children:
            if c.lower_ in ("led", "-led") or c.lemma_ == "lead":
                for t in c.subtree:
                    m = self.ctx.mention(t)
                    if m is not None and m not in found:
                        found.append(m)
        if not found and h.dep_ == "dobj" and h.head.lemma_ in ("lead", "head", "command"):
            subj = children(h.head, "nsubj")
            if subj:
                found = self.ctx.np_mentions(subj[0])
        return found

    def _subject_powers(self, tok) -> list[Mention]:
        subj = children(tok, "nsubj")
        if subj:
            s = subj[0]
            if s.lower_ in RELPRON and tok.dep_ == "relcl":
                got = self._actors_of([tok.head])
            else:
                got = self._actors_of(with_conjuncts(s))
        else:
            got = self._actors_of(governing_subjects(tok)) or self._left_chain(tok)
        return [m for m in got if m.i not in self.consumed]

    def _left_chain(self, tok) -> list[Mention]:
        """Names right before the verb ("Moscow and Tehran back", "Abu Dhabi has supported"):
        the word-level fallback when the parse gives the verb no subject."""
        sent = tok.doc
        lo = self.ctx.s.sent.start
        left: list[Mention] = []
        k = tok.i - 1
        while (
            k >= lo
            and (
                sent[k].pos_ in ("AUX", "ADV")
                or sent[k].lower_ in ("also", "openly", "still", "now", "long")
            )
            and sent[k].dep_ != "neg"
        ):
            k -= 1
        seen_and = False
        while k >= lo:
            m = self.ctx.mention(sent[k])
            if m is None or sent[m.j - 1].dep_ == "pobj":
                break
            left.insert(0, m)
            k = m.i - 1
            # "A, B and C back": a comma only inside a list that ends with "and"
            if k >= lo and (sent[k].lower_ == "and" or (sent[k].text == "," and seen_and)):
                seen_and = seen_and or sent[k].lower_ == "and"
                k -= 1
                continue
            break
        return left

    def _chunk(self, tok, neg: bool) -> list[_Claim]:
        """Word-level rule for "X (and Y) back(s) Z" when the tagger missed the verb."""
        sent = tok.doc
        hi = self.ctx.s.sent.end
        left = self._left_chain(tok)
        if not left:
            return []
        k = tok.i + 1
        while k < hi and sent[k].pos_ == "DET":
            k += 1
        if k >= hi:
            return []
        m = self.ctx.mention(sent[k])
        if m is None:
            return []
        head = sent[m.j - 1]
        self.consumed.update(range(m.i, m.j))
        self.chunk_heads[head.i] = m
        return [_Claim("backs", tok, left, [head], neg)]

    def _against(self, tok) -> list:
        out = []
        for t in phrase(tok):
            if t.dep_ == "prep" and t.lower_ == "against":
                out += [o for c in t.children if c.dep_ == "pobj" for o in with_conjuncts(c)]
        return out

    def _is_rival(self, tok) -> bool:
        return tok.lemma_.lower() == "side" and any(
            c.lower_ in self.cfg.get("rival_words", []) for c in tok.children
        )

    # --- triggers -------------------------------------------------------------------------
    def claims(self) -> list[_Claim]:
        out: list[_Claim] = []
        backs = self.cfg["backs"]
        fight = self.cfg["fight"]
        opp = self.cfg["opposes"]
        med = self.cfg["mediates"]
        sup = self.cfg["supplies"]
        for tok in self.ctx.s.sent:
            lem = tok.lemma_.lower()
            prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
            neg = negation(tok, self.deny)
            if self._is_rival(tok):  # "X and Y backed rival sides" names no party
                continue
            if tok.pos_ not in ("VERB", "NOUN") and tok.lower_ in backs.get("chunk_forms", []):
                out += self._chunk(tok, neg)
                continue
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lem == "back"):
                compound = self._compound_participle(tok)
                if compound is not None:
                    out.append(compound)
                    continue
                passive = bool(children(tok, "nsubjpass")) or (
                    tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl", "relcl")
                )
                needs = backs.get("particles_required", {})
                keeps = lem in backs.get("keep_in_power", []) and any(
                    o.lower_ == "power" for o in preps(tok, "in")
                )
                if (lem in backs["verbs"] and needs.get(lem, prt) == prt) or keeps:
                    out += self._verb(tok, "backs", passive, neg)
                elif lem in fight["verbs"]:
                    out += self._fight(tok, neg)
                elif lem in opp["verbs"] or opp.get("particle_verbs", {}).get(lem) == prt != None:  # noqa: E711
                    out += self._verb(tok, "opposes", passive, neg)
                elif lem in med["verbs"]:
                    out += self._mediate_verb(tok, neg)
                elif lem in sup["verbs"] or lem in sup["no_weapon_needed"]:
                    out += self._supply_verb(tok, passive, neg)
                elif lem in sup.get("receive_verbs", []):
                    out += self._receive(tok, neg)
            elif tok.pos_ in ("NOUN", "PROPN"):
                if lem in backs.get("agent_nouns", []):
                    out += self._agent_noun(tok, "backs", neg)
                elif lem in backs["nouns"]:
                    out += self._noun(tok, "backs", ("of", "for", "to"), neg)
                elif lem in opp["nouns"]:
                    out += self._noun(tok, "opposes", ("of",), neg)
                elif lem in med["nouns"]:
                    out += self._mediate_noun(tok, neg)
                elif lem in sup["nouns"]:
                    of = preps(tok, "of")
                    if any(self._weaponish(o) for o in of) or self._weaponish_mod(tok):
                        out += self._noun(tok, "supplies", ("to",), neg)
        return out

    def _weaponish_mod(self, tok) -> bool:
        return any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in self.weapon_words)
            for c in tok.children
        )

    def _compound_participle(self, tok) -> _Claim | None:
        """ "Russian-backed forces", "US-supported rebels": the backer is glued by a hyphen."""
        if tok.lemma_.lower() not in self.cfg["backs"]["participles"]:
            return None
        sent = tok.doc
        if tok.i < 2 or sent[tok.i - 1].text != "-":
            return None
        m = self.ctx.mention(sent[tok.i - 2])
        if m is None:
            return None
        head = tok.head
        for _ in range(3):
            if head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
                break
            head = head.head
        else:
            return None
        rel = "supplies" if tok.lemma_.lower() == "arm" else "backs"
        return _Claim(rel, tok, [m], [head], False)

    def _verb(self, tok, rel: str, passive: bool, neg: bool) -> list[_Claim]:
        if passive:
            agents = preps(tok, "by")
            if not agents:
                return []
            powers = self._actors_of(agents)
            subj = children(tok, "nsubjpass")
            if subj:
                heads = with_conjuncts(subj[0])
            elif tok.dep_ in ("acl", "amod", "relcl"):
                heads = [tok.head]
            else:  # advcl: "Hezbollah fighters, backed by Iran, helped ..."
                heads = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [_Claim(rel, tok, powers, heads, neg)]
        powers = self._subject_powers(tok)
        dobj = children(tok, "dobj")
        heads = with_conjuncts(dobj[0]) if dobj else []
        if not heads and tok.lemma_ == "help":
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    heads = [s for s in c.children if s.dep_ == "nsubj"]
        if not heads:
            heads = preps(tok, "behind", "with")
        if any(self._is_rival(h) for h in heads):
            return []
        co = [] if rel == "opposes" else self._actors_of(preps(tok, "with", "alongside"))
        out = [_Claim(rel, tok, powers + [m for m in co if m not in powers], heads, neg)]
        against = self._against(tok)
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, neg))
        return out

    def _fight(self, tok, neg: bool) -> list[_Claim]:
        cfg = self.cfg["fight"]
        powers = self._subject_powers(tok)
        out = []
        allies = preps(tok, *cfg["backs_preps"])
        if allies:
            out.append(_Claim("backs", tok, powers, allies, neg))
        foes = preps(tok, *cfg["opposes_preps"]) + [
            o for d in children(tok, "dobj") for o in with_conjuncts(d)
        ]
        foes = [f for f in foes if f.lemma_.lower() not in ("war", "battle", "fight")]
        if foes:
            out.append(_Claim("opposes", tok, powers, foes, neg))
        return out

    def _between(self, tok) -> list:
        heads = preps(tok, "between")
        for d in children(tok, "dobj", "nsubjpass"):
            heads += preps(d, "between", "in")
        return heads

    def _mediate_verb(self, tok, neg: bool) -> list[_Claim]:
        objs = self.cfg["mediates"]["objects"]
        dobj = children(tok, "dobj", "nsubjpass")
        ok_obj = any(d.lemma_.lower() in objs for d in dobj)
        heads = self._between(tok)
        if tok.lemma_ in ("host", "facilitate", "negotiate", "broker") and not ok_obj:
            return []
        if not ok_obj and not heads:
            return []
        powers = (
            self._subject_powers(tok)
            if not children(tok, "nsubjpass")
            else self._actors_of(preps(tok, "by"))
        )
        return [_Claim("mediates", tok, powers, heads, neg)]

    def _mediate_noun(self, tok, neg: bool) -> list[_Claim]:
        powers = self._noun_powers(tok)
        heads = preps(tok, "between", "in")
        return [_Claim("mediates", tok, powers, heads, neg, spread=True)]

    def _supply_verb(self, tok, passive: bool, neg: bool) -> list[_Claim]:
        sup = self.cfg["supplies"]
        if passive:
            return []
        powers = self._subject_powers(tok)
        dobj = children(tok, "dobj")
        if tok.lemma_.lower() in sup["no_weapon_needed"]:
            heads = with_conjuncts(dobj[0]) if dobj else []
        elif dobj and self._weaponish(dobj[0]):
            heads = preps(tok, "to") + [
                o for d in children(tok, "dative") for o in with_conjuncts(d) if d.lower_ != "to"
            ]
        elif dobj and any(self._weaponish(w) for w in preps(tok, "with")):
            heads = with_conjuncts(dobj[0])
        else:
            return []
        return [_Claim("supplies", tok, powers, heads, neg)]

    def _receive(self, tok, neg: bool) -> list[_Claim]:
        dobj = children(tok, "dobj")
        if not dobj or not self._weaponish(dobj[0]):
            return []
        givers = self._actors_of(preps(tok, "from"))
        subj = children(tok, "nsubj")
        heads = with_conjuncts(subj[0]) if subj else governing_subjects(tok)
        return [_Claim("supplies", tok, givers, heads, neg)] if givers else []

    def _noun_powers(self, tok) -> list[Mention]:
        poss = children(tok, "poss")
        if poss:
            return self._actors_of(with_conjuncts(poss[0]))
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                m = self.ctx.mention(c)
                if m is not None:
                    return [m]
        if tok.dep_ == "appos":
            return self._actors_of([tok.head])
        if tok.dep_ == "attr":
            subj = children(tok.head, "nsubj")
            if subj:
                return self._actors_of(with_conjuncts(subj[0]))
        if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as", "of"):
            up = tok.head.head
            if up.pos_ in ("NOUN", "PROPN") and up.lower_ not in ("one",):
                got = self._noun_powers(up)
                if got:
                    return got
            subj = children(up, "nsubj")
            if subj:
                return self._actors_of(with_conjuncts(subj[0]))
        return self._actors_of(governing_subjects(tok))

    def _agent_noun(self, tok, rel: str, neg: bool) -> list[_Claim]:
        """ "X is the main backer of Y", "Iran, the group's main backer": the possessor is the
        party, not the power."""
        heads = preps(tok, "of", "for") + children(tok, "poss")
        if tok.dep_ == "appos":
            powers = self._actors_of([tok.head])
        elif tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as")):
            up = tok.head if tok.dep_ == "attr" else tok.head.head
            subj = children(up, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        else:
            powers = [
                m
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod")
                for m in [self.ctx.mention(c)]
                if m is not None
            ]
        return [_Claim(rel, tok, powers, heads, neg)]

    def _noun(self, tok, rel: str, prep_words, neg: bool) -> list[_Claim]:
        powers = self._noun_powers(tok)
        heads = preps(tok, *prep_words)
        out = [_Claim(rel, tok, powers, heads, neg)]
        against = preps(tok, "against")
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, neg))
        return out

    def ctx_evidence(self) -> Evidence:
        s = self.ctx.s
        return Evidence(doc=self.ctx_doc_id, start=s.start, end=s.end, text=self.ctx.text)

    ctx_doc_id = ""

    # --- claims -> stances ----------------------------------------------------------------
    def stances(self, doc_id: str) -> list[Stance]:
        self.ctx_doc_id = doc_id
        out: list[Stance] = []
        seen = set()
        for cl in self.claims():
            powers = []
            for m in cl.powers:
                name = m.ref.actor
                if name not in powers:
                    powers.append(name)
            if not powers:
                continue
            # "X fought alongside its forces": "its" is not X
            self.ctx.not_referent = {m.i for m in cl.powers}
            for head in cl.party_heads:
                if head.i in self.chunk_heads:
                    ms = [self.chunk_heads[head.i]]
                elif cl.spread:
                    ms = []
                    for t in head.subtree:
                        found = self.ctx.mention(t)
                        if (
                            found is not None
                            and found not in ms
                            and t.i not in self.ctx.backer_tokens
                        ):
                            ms.append(found)
                elif head.lower_ in PERSPRON or head.lower_ in RELPRON:
                    ms = self.ctx.resolve_pronoun(head, True)
                else:
                    ms = self.ctx.np_mentions(head, want_party=True) or self.ctx.resolve_pronoun(
                        head, True
                    )
                refs = [m.ref for m in ms]
                theatre = self.doc_theatre(self.ctx, refs, head)
                if theatre is None:
                    continue
                names = [self.ctx.party_name(m, theatre) for m in ms]
                if not names:
                    g = self.ctx.generic_party(head, theatre, phrase(cl.trigger))
                    if g is None:
                        g = self._raw_party(head)
                    if g is None:
                        continue
                    names = [g]
                for m in ms:
                    self.consumed.update(range(m.i, m.j))
                for party in dict.fromkeys(names):
                    for power in powers:
                        if power == party or self._same_side(power, party):
                            continue
                        key = (power, cl.relation, party, theatre, cl.negated)
                        if key in seen:
                            continue
                        seen.add(key)
                        out.append(
                            Stance(
                                power,
                                cl.relation,
                                party,
                                theatre,
                                [self.ctx_evidence()],
                                cl.negated,
                            )
                        )
        self.ctx.not_referent = set()
        return out

    def _same_side(self, power: str, party: str) -> bool:
        st = self.lex.states_by_name.get(power)
        if st is None or not st.code:
            return False
        return any(th.state_parties.get(st.code) == party for th in self.lex.theatres.values())

    def _raw_party(self, head) -> str | None:
        """Unlisted parties keep their words ("jihadist groups"), if they name a group."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        # a place ("the eastern Mediterranean") is not a party
        at = self.ctx.s.char(head)
        if any(t.start <= at < t.end for t in self.ctx.toponyms) or head.ent_type_ in (
            "GPE",
            "LOC",
            "FAC",
        ):
            return None
        groups = set(self.cfg.get("group_nouns", []))
        if head.pos_ != "PROPN" and head.lower_ not in groups and head.lemma_ not in groups:
            return None
        if head.lemma_.lower() in self.cfg.get("coref_nouns", []) and head.pos_ != "PROPN":
            return None
        if head.lower_ in ("side", "sides", "government", "forces", "force"):
            return None
        toks = [
            t
            for t in head.subtree
            if (t.i <= head.i and t.dep_ in ("compound", "amod")) or t.i == head.i
        ]
        toks = [
            t
            for t in toks
            if t.i not in self.ctx.backer_tokens
            and t.text != "-"
            and t.lemma_.lower() not in self.cfg["backs"]["participles"]
        ]
        # drop "X-backed" pieces
        words = [t.text for t in toks]
        text = " ".join(words).strip()
        return text or None
