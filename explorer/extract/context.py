"""Per-sentence context shared by the event, stance and asset rules.

Holds the sentence's actor mentions, toponyms and theatre scores, and resolves a noun phrase to
the actors it names ("Russian-backed Syrian government forces" -> Syrian government (Assad)).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.extract.lexicon import Lexicon
from explorer.extract.mentions import AssetMention, Mention, mention_at
from explorer.extract.nlp import Sentence
from explorer.extract.syntax import PERSPRON, RELPRON, children, with_conjuncts
from explorer.model import Toponym


@dataclass(slots=True)
class SentenceContext:
    s: Sentence
    text: str
    mentions: list[Mention]
    toponyms: list[Toponym]
    assets: list[AssetMention]
    lex: Lexicon
    theatre_scores: dict[str, float] = field(default_factory=dict)
    backer_tokens: set[int] = field(default_factory=set)  # "Turkish" in "Turkish-backed"
    not_referent: set[int] = field(default_factory=set)  # mentions a pronoun cannot mean now
    prev: SentenceContext | None = None

    # --- theatres -------------------------------------------------------------------------
    def score_theatres(self) -> None:
        sc: dict[str, float] = {}
        codes = [m.ref.code for m in self.mentions if m.ref.code and m.ref.kind != "org"]
        codes += [
            t.candidate.country
            for t in self.toponyms
            if t.candidate is not None and t.candidate.country
        ]
        for th in self.lex.theatres.values():
            v = 0.0
            if th.keyword_re is not None:
                v += 2.0 * len(th.keyword_re.findall(self.text))
            v += sum(1.0 for c in codes if c in th.countries)
            v += sum(
                1.0 for m in self.mentions if m.ref.kind == "party" and th.id in m.ref.theatres
            )
            if v:
                sc[th.id] = v
        self.theatre_scores = sc

    # --- actors in a phrase ---------------------------------------------------------------
    def mention(self, tok) -> Mention | None:
        return mention_at(self.mentions, tok)

    def np_mentions(self, tok, depth: int = 0, want_party: bool = False) -> list[Mention]:
        """The actors a noun phrase headed by ``tok`` names (with its conjuncts)."""
        out: list[Mention] = []
        for head in with_conjuncts(tok):
            for m in self._head_mentions(head, depth, want_party):
                if m not in out:
                    out.append(m)
        return out

    def _head_mentions(self, tok, depth: int, want_party: bool = False) -> list[Mention]:
        if depth > 3:
            return []
        m = self.mention(tok)
        if m is not None and tok.i not in self.backer_tokens:
            return [m]
        found: list[Mention] = []
        # appositions and compounds name the head: "the Syrian dictator Bashar al Assad"
        for c in children(tok, "appos"):
            found += self._head_mentions(c, depth + 1)
        if found:
            return found
        for c in children(tok, "poss"):
            if c.lower_ in PERSPRON:
                found += self.resolve_pronoun(c, want_party)
            else:
                found += self._head_mentions(c, depth + 1)
        if found:
            return found
        of = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if tok.lemma_.lower() in self.lex.stances.get("action_nouns", []):
            by = [
                o
                for p in tok.children
                if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            for o in by:
                found += self.np_mentions(o, depth + 1)
            if found:
                return found
        for o in of:
            # "mercenaries of the Wagner Group", "General X of the Y Army"
            sub = self.np_mentions(o, depth + 1)
            if sub and tok.lemma_.lower() not in ("east", "west", "north", "south", "part"):
                found += sub
        if found:
            return found
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i not in self.backer_tokens:
                mm = self.mention(c)
                if mm is not None and mm not in found:
                    found.append(mm)
        return found

    def resolve_pronoun(self, tok, want_party: bool) -> list[Mention]:
        """ "it", "its", "the group": the nearest fitting mention before ``tok``."""
        lo = tok.lower_
        coref = self.lex.stances.get("coref_nouns", [])
        is_pron = lo in PERSPRON or lo in RELPRON
        is_def = (tok.lemma_.lower() in coref and any(c.lower_ == "the" for c in tok.children)) or (
            tok.lemma_.lower() in coref
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children)
        )
        if not (is_pron or is_def):
            return []

        def fits(m: Mention) -> bool:
            if want_party or is_def:
                return m.ref.kind == "party" or m.ref.party is not None
            return m.ref.kind in ("state", "org", "leader", "party")

        before = [
            m for m in self.mentions if m.j <= tok.i and fits(m) and m.i not in self.not_referent
        ]
        if not (want_party or is_def) and tok.dep_ != "poss":
            # "it", "its" as a power: the nearest subject before it, if any
            subjects = [m for m in before if self._is_subject(m)]
            before = subjects or before
        if before:
            return [before[-1]]
        if self.prev is not None:
            prev = [m for m in self.prev.mentions if fits(m)]
            if prev:
                return [prev[-1] if want_party or is_def else prev[0]]
        return []

    def _is_subject(self, m: Mention) -> bool:
        sent = self.s.sent.doc
        for k in range(m.i, m.j):
            t = sent[k]
            while t.dep_ == "conj":
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    # --- naming ---------------------------------------------------------------------------
    def party_name(self, m: Mention, theatre: str | None) -> str:
        ref = m.ref
        if ref.kind == "party":
            return ref.name
        if ref.kind == "leader" and ref.party:
            return ref.party
        th = self.lex.theatres.get(theatre or "")
        if ref.code and th is not None and ref.code in th.state_parties:
            return th.state_parties[ref.code]
        if ref.kind == "org":
            return ref.name
        return ref.state or ref.name

    def generic_party(self, tok, theatre: str | None, clause=None) -> str | None:
        """Generic descriptions ("rebels in the east") that the theatre lexicon maps to a party."""
        th = self.lex.theatres.get(theatre or "")
        if th is None:
            return None
        scope = list(tok.subtree) + (list(clause) if clause is not None else [])
        words = {t.text for t in scope} | {t.lower_ for t in scope}
        head_text = " ".join(
            t.lower_
            for t in tok.subtree
            if t.i <= tok.i and (t.dep_ in ("compound", "amod") or t.i == tok.i)
        )
        for g in th.generic:
            terms = [x.lower() for x in g.get("terms", [])]
            if (
                tok.lower_ not in terms
                and tok.lemma_.lower() not in terms
                and not any(head_text.endswith(x) for x in terms if " " in x)
            ):
                continue
            quals = g.get("qualifiers", [])
            if quals and not any(q in words or q.lower() in words for q in quals):
                continue
            return g["party"]
        return None
