"""Events (meetings, visits, strikes, deployments, deals, ...) from trigger lexicons + the parse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from explorer.extract.context import SentenceContext
from explorer.extract.dates import date_near
from explorer.extract.mentions import Mention
from explorer.extract.syntax import (
    CLAUSAL,
    PERSPRON,
    children,
    governing_subjects,
    phrase,
    with_conjuncts,
)
from explorer.ids import event_id
from explorer.model import Event, Evidence, Toponym, place_id_for

_KIND_RANK = {"site": 0, "city": 0, "route": 1, "area": 1, "region": 1, "sea": 1, "country": 2}
_PLACE_PREPS = {
    "in",
    "near",
    "at",
    "to",
    "into",
    "over",
    "on",
    "outside",
    "around",
    "inside",
    "across",
    "from",
    "off",
}
_COUNTRY_PREPS = {"in", "into", "to", "inside", "across", "near", "over"}
_LIGHT_VERBS = {
    "hold",
    "have",
    "carry",
    "conduct",
    "launch",
    "make",
    "sign",
    "reach",
    "pay",
    "stage",
    "mount",
    "impose",
    "broker",
    "attend",
    "host",
    "seal",
    "conclude",
    "win",
    "agree",
    "intensify",
    "place",
    "announce",
    "begin",
    "start",
    "order",
    "perform",
    "undertake",
    "complete",
    "hit",
    "suffer",
}


@dataclass(slots=True)
class Trigger:
    type: str
    tok: Any  # spacy.tokens.Token
    is_noun: bool


def _lemma_seq_match(tokens, k: int, words: list[str]) -> bool:
    if k + len(words) > len(tokens):
        return False
    return all(
        tokens[k + n].lemma_.lower() == w or tokens[k + n].lower_ == w for n, w in enumerate(words)
    )


class EventRules:
    def __init__(self, ctx: SentenceContext) -> None:
        self.ctx = ctx
        self.types = ctx.lex.events

    # --- triggers -------------------------------------------------------------------------
    def _verb_ok(self, tok, spec: dict) -> bool:
        if spec.get("particle") and not any(
            c.dep_ == "prt" and c.lower_ == spec["particle"] for c in tok.children
        ):
            return False
        if "subject_any" in spec:
            subj = children(tok, "nsubj") or governing_subjects(tok)
            words = {t.lemma_.lower() for s in subj for t in phrase(s)} | {
                t.lower_ for s in subj for t in phrase(s)
            }
            agent = [o for p in children(tok, "agent") for o in p.subtree]
            words |= {t.lemma_.lower() for t in agent}
            if not words & {w.lower() for w in spec["subject_any"]}:
                return False
        if "object_any" in spec:
            objs = children(tok, "dobj", "nsubjpass")
            words = {t.lemma_.lower() for o in objs for t in phrase(o)} | {
                t.text for o in objs for t in phrase(o)
            }
            if not words & set(spec["object_any"]) and not words & {
                w.lower() for w in spec["object_any"]
            }:
                return False
        if "preps" in spec:
            ps = [
                c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in spec["preps"]
            ]
            if not ps:
                return False
            if "pobj_any" in spec and not any(
                o.lemma_.lower() in spec["pobj_any"] for p in ps for o in p.children
            ):
                return False
        return True

    def _noun_ok(self, head, spec: dict) -> bool:
        govs, pps, mods = spec.get("governors"), spec.get("preps"), spec.get("modifiers_any")
        if mods and not any(
            c.lemma_.lower() in mods or c.lower_ in mods
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod")
        ):
            return False
        if not govs and not pps:
            return True
        h = head.head
        if h.pos_ == "ADP":
            h = h.head
        if govs and h.lemma_.lower() in govs:
            return True
        if (
            govs
            and head.dep_ == "nsubjpass"
            and h.lemma_.lower() in spec.get("passive_governors", govs)
        ):
            return True
        return bool(pps and any(c.dep_ == "prep" and c.lower_ in pps for c in head.children))

    def triggers(self) -> list[Trigger]:
        toks = list(self.ctx.s.sent)
        found: list[Trigger] = []
        for k, tok in enumerate(toks):
            lem = tok.lemma_.lower()
            for etype, spec in self.types.items():
                if tok.pos_ == "VERB":
                    for v in spec.get("verbs", []):
                        if v["lemma"] == lem and self._verb_ok(tok, v):
                            found.append(Trigger(etype, tok, False))
                            break
                if tok.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
                    for n in spec.get("nouns", []):
                        words = n["lemma"].split()
                        if not _lemma_seq_match(toks, k, words):
                            continue
                        head = toks[k + len(words) - 1]
                        if head.pos_ not in ("NOUN", "PROPN"):
                            continue
                        if self._noun_ok(head, n):
                            found.append(Trigger(etype, head, True))
                            break
        # one event per type per sentence; more specific types win over the general ones
        by_type: dict[str, Trigger] = {}
        for t in found:
            by_type.setdefault(t.type, t)
        for winner, losers in self.ctx.lex.subsumes.items():
            if winner in by_type:
                for lo in losers:
                    by_type.pop(lo, None)
        return sorted(by_type.values(), key=lambda t: t.tok.i)

    # --- arguments ------------------------------------------------------------------------
    def _arg_roots(self, trig: Trigger) -> list:
        tok = trig.tok
        roots = []
        if not trig.is_noun:
            for c in tok.children:
                if c.dep_ in (
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "dative",
                    "agent",
                    "prep",
                    "attr",
                    "compound",
                ):
                    roots.append(c)
            if not children(tok, "nsubj", "nsubjpass"):
                roots += governing_subjects(tok)
        else:
            roots.append(tok)
            h = tok.head
            if h.pos_ == "ADP":
                h = h.head
            if h.lemma_.lower() in _LIGHT_VERBS or tok.dep_ in ("nsubj", "nsubjpass"):
                roots += [c for c in h.children if c.dep_ in ("nsubj", "agent") and c.i != tok.i]
                if tok.dep_ not in ("nsubj", "nsubjpass"):
                    roots += [
                        c
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in ("with", "between")
                    ]
        return roots

    def actors(self, trig: Trigger) -> list[str]:
        names: list[str] = []
        ctx = self.ctx
        stop = {"relcl", "advcl", "ccomp", "parataxis"} if trig.is_noun else CLAUSAL
        obj_place = self.types[trig.type].get("object_is_place", False)
        for r in self._arg_roots(trig):
            if obj_place and r.dep_ == "dobj":
                continue
            toks = phrase(r, stop)
            ms: list[Mention] = []
            for t in toks:
                if t.i in ctx.backer_tokens:
                    continue
                if t.lower_ in PERSPRON and t.dep_ in ("nsubj", "poss"):
                    ms += ctx.resolve_pronoun(t, False)
                    continue
                m = ctx.mention(t)
                if m is None or m in ms:
                    continue
                # "in Rome" is where, not who
                if (
                    m.ref.form == "metonym"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in ("in", "at", "near", "to", "into", "from")
                ):
                    continue
                ms.append(m)
            for m in ms:
                n = m.ref.actor
                if n not in names:
                    names.append(n)
        return names

    def _region(self, trig: Trigger) -> set[int]:
        """Token indices of the trigger's own clause (without relative or coordinated clauses)."""
        out: set[int] = set()

        def walk(t):
            out.add(t.i)
            for c in t.children:
                if c.dep_ in ("relcl", "ccomp", "parataxis", "csubj", "advcl"):
                    continue
                if c.dep_ == "acl" and t.i == tok.i:
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue
                walk(c)

        tok = trig.tok
        walk(tok)
        if trig.is_noun:
            h = tok.head.head if tok.head.pos_ == "ADP" else tok.head
            if h.lemma_.lower() in _LIGHT_VERBS and h.pos_ in ("VERB", "AUX"):
                walk(h)
        return out

    def _anchors(self, trig: Trigger) -> set[int]:
        """Tokens whose prepositions can place a country: the trigger and its light verb."""
        tok = trig.tok
        out = {tok.i}
        if trig.is_noun:
            h = tok.head.head if tok.head.pos_ == "ADP" else tok.head
            if h.lemma_.lower() in _LIGHT_VERBS:
                out.add(h.i)
        return out

    def _clause_root(self, tok):
        cur = tok
        for _ in range(8):
            if cur.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "parataxis") or cur.head.i == cur.i:
                return cur
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                return cur
            cur = cur.head
        return cur

    def place(self, trig: Trigger, actor_spans: list[tuple[int, int]]) -> Toponym | None:
        ctx = self.ctx
        tok = trig.tok
        region = self._region(trig)
        anchors = self._anchors(trig)
        root = self._clause_root(tok)
        best, best_key = None, None
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or tp.metonymic:
                continue
            toks = [t for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end]
            if not toks:
                continue
            head = toks[-1]
            while head.head.i in {t.i for t in toks} and head.head.i != head.i:
                head = head.head
            # a possessive or a modifier names an owner, not where it happens
            if head.dep_ == "poss" or (
                head.dep_ in ("amod", "compound", "npadvmod") and c.kind == "country"
            ):
                continue
            m = ctx.mention(head)
            if m is not None and (m.start, m.end) in actor_spans:
                continue
            # "backed by Moscow": a capital as the agent is a government, not a place
            if m is not None and m.ref.form == "metonym" and head.head.lower_ == "by":
                continue
            # the preposition the toponym hangs from ("near the town of X": near)
            prep = next(
                (a for a in head.ancestors if a.dep_ in ("prep", "agent") and a.lower_ != "of"),
                None,
            )
            if c.kind == "country" and (
                prep is None or prep.lower_ not in _COUNTRY_PREPS or prep.head.i not in anchors
            ):
                continue
            in_region = head.i in region
            if not in_region:
                # outside the trigger's phrase: only a locative phrase on the clause's verb
                verbs = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
                if prep is None or prep.lower_ not in _PLACE_PREPS or prep.head.i not in verbs:
                    continue
            key = (
                0 if in_region else 1,
                _KIND_RANK.get(c.kind, 2),
                0 if prep is not None and prep.lower_ in _PLACE_PREPS else 1,
                abs(head.i - tok.i),
            )
            if best_key is None or key < best_key:
                best, best_key = tp, key
        return best

    def events(self, doc_id: str, published: str | None) -> list[tuple[Event, Toponym | None]]:
        out = []
        s = self.ctx.s
        for trig in self.triggers():
            actors = self.actors(trig)
            actor_spans = []
            obj_place = self.types[trig.type].get("object_is_place", False)
            for r in self._arg_roots(trig):
                if r.dep_ == "dobj" and obj_place:
                    continue
                if r.dep_ in ("nsubj", "nsubjpass", "agent", "dobj", "poss") or r.i == trig.tok.i:
                    for t in phrase(r):
                        m = self.ctx.mention(t)
                        if m is not None and t.dep_ not in ("pobj",):
                            actor_spans.append((m.start, m.end))
            tp = self.place(trig, actor_spans)
            date, prec = date_near(self.ctx.text, s.char(trig.tok) - s.start, published)
            label = self.ctx.lex.events[trig.type].get("label", trig.type)
            title = f"{label}: {', '.join(actors)}" if actors else label
            if tp is not None:
                # The article's spelling ("Tartus"), not the gazetteer's ("Ţarţūs"); countries
                # by their name, since the mention may be an adjective ("Turkish").
                kind = tp.candidate.kind if tp.candidate else ""
                name = tp.candidate.name if tp.candidate and kind == "country" else tp.name
                title += f" — {name}"
            ev = Event(
                id=event_id(doc_id, s.start, trig.type),
                type=trig.type,
                date=date,
                date_precision=prec,
                place_id=place_id_for(tp.candidate.gazetteer_id) if tp and tp.candidate else None,
                actors=actors,
                evidence=[Evidence(doc=doc_id, start=s.start, end=s.end, text=self.ctx.text)],
                label=title,
            )
            out.append((ev, tp))
        return out


__all__ = ["EventRules", "with_conjuncts"]
