"""extract(): one document + its toponyms -> events, assets, stances and theatres."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from explorer.extract.assets import AssetRules
from explorer.extract.context import SentenceContext
from explorer.extract.events import document_events
from explorer.extract.lexicon import ActorRef, Lexicon, default_lexicon
from explorer.extract.mentions import actor_mentions, asset_mentions
from explorer.extract.nlp import sentences_of
from explorer.extract.stances import StanceRules
from explorer.model import Asset, Document, Event, Evidence, Stance, Theatre, Toponym

GeometryFor = Callable[[str], dict | None]


@dataclass(slots=True)
class Extraction:
    """What one document says: the public result of :func:`extract`."""

    events: list[Event] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    theatres: list[Theatre] = field(default_factory=list)
    # extras for views and the store: the toponym each event is placed at, each asset's actor
    # roles (builder, buyer, operator, supplier)
    event_places: dict[str, Toponym] = field(default_factory=dict)
    asset_roles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _mark_backers(ctx: SentenceContext) -> None:
    """Tokens of "Turkish" in "Turkish-backed rebels" name the backer, not the rebels."""
    parts = set(ctx.lex.stances["backs"]["participles"])
    toks = list(ctx.s.sent)
    for k, t in enumerate(toks):
        if k >= 2 and t.lemma_.lower() in parts and toks[k - 1].text == "-":
            m = ctx.mention(toks[k - 2])
            if m is not None:
                ctx.backer_tokens.update(range(m.i, m.j))


class _TheatreChooser:
    """Picks a stance's theatre: the sentence first, then its paragraph, then the lines before."""

    def __init__(self, lex: Lexicon, contexts: list[SentenceContext]) -> None:
        self.lex = lex
        self.contexts = contexts
        self.para: dict[int, dict[str, float]] = {}
        for c in contexts:
            p = self.para.setdefault(c.s.paragraph, {})
            for k, v in c.theatre_scores.items():
                p[k] = p.get(k, 0.0) + v

    def __call__(self, ctx: SentenceContext, refs: list[ActorRef], head) -> str | None:
        scores = dict(ctx.theatre_scores)
        party_ths: set[str] = set()
        for r in refs:
            ths = r.theatres
            if r.kind == "leader" and r.party and r.party in self.lex.parties:
                ths = self.lex.parties[r.party].theatres
            party_ths.update(ths)
        for t in party_ths:
            scores[t] = scores.get(t, 0.0) + 1.5
        if scores and max(scores.values()) > 0:
            para = self.para.get(ctx.s.paragraph, {})
            recent = self._recent(ctx)
            return max(
                scores,
                key=lambda k: (scores[k], para.get(k, 0.0), recent.get(k, 0.0), k in party_ths),
            )
        # context: allowed for armed groups and generic parties, and for a state inside its
        # own conflict; a bare state elsewhere needs the sentence to say where
        state_codes = {r.code for r in refs if r.kind in ("state", "leader") and r.code}

        def allowed(tid: str) -> bool:
            if not refs:
                return True
            th = self.lex.theatres[tid]
            return bool(party_ths) or bool(state_codes & set(th.countries))

        for pool in (self.para.get(ctx.s.paragraph, {}), self._recent(ctx)):
            cands = {k: v for k, v in pool.items() if v > 0 and allowed(k)}
            if cands:
                return max(cands, key=lambda k: cands[k])
        return None

    def _recent(self, ctx: SentenceContext) -> dict[str, float]:
        out: dict[str, float] = {}
        for c in self.contexts[max(0, ctx.s.index - 2) : ctx.s.index]:
            for k, v in c.theatre_scores.items():
                out[k] = out.get(k, 0.0) + v
        return out


def _theatre_geometry(lex: Lexicon, tid: str, geometry_for: GeometryFor | None) -> dict | None:
    """A conflict's area: the first of its references with an area, a point only if none."""
    if geometry_for is None:
        return None
    point = None
    for ref in lex.theatres[tid].areas:
        try:
            g = geometry_for(ref)
        except (KeyError, LookupError, ValueError):
            g = None
        if g and g.get("type") != "Point":
            return g
        point = point or g
    return point


def extract(
    doc: Document,
    toponyms: list[Toponym],
    published: str | None = None,
    geometry_for: GeometryFor | None = None,
    lexicon: Lexicon | None = None,
) -> Extraction:
    """Events, assets, stances and theatres of ``doc``, each tied to its evidence sentence.

    ``toponyms`` are the geoparser's for ``doc.text`` (may be empty: actors still come from the
    lexicon, places then stay unknown). ``published`` (ISO date) overrides ``doc.published``.
    ``geometry_for(gazetteer_id)`` supplies asset and theatre geometry when given.
    """
    lex = lexicon or default_lexicon()
    pub = published or doc.published
    tops = sorted(toponyms, key=lambda t: t.start)
    contexts: list[SentenceContext] = []
    prev = None
    for s in sentences_of(doc):
        in_s = [t for t in tops if s.start <= t.start and t.end <= s.end]
        ctx = SentenceContext(
            s=s,
            text=doc.text[s.start : s.end],
            mentions=[],
            toponyms=in_s,
            assets=[],
            lex=lex,
            prev=prev,
        )
        ctx.mentions = actor_mentions(s, lex, in_s)
        ctx.assets = asset_mentions(s, lex)
        _mark_backers(ctx)
        ctx.score_theatres()
        contexts.append(ctx)
        prev = ctx
    chooser = _TheatreChooser(lex, contexts)
    out = Extraction()
    assets: dict[str, Asset] = {}
    theatre_ev: dict[str, list[Evidence]] = {}
    out.events, out.event_places = document_events(doc, contexts, pub)
    for ctx in contexts:
        rules = StanceRules(ctx, chooser)
        for st in rules.stances(doc.id):
            out.stances.append(st)
            theatre_ev.setdefault(st.theatre, [])
            if not any(e.start == st.evidence[0].start for e in theatre_ev[st.theatre]):
                theatre_ev[st.theatre].extend(st.evidence)
        for a, roles in AssetRules(ctx, geometry_for).assets(doc.id):
            if a.id in assets:
                have = assets[a.id]
                have.evidence.extend(e for e in a.evidence if e not in have.evidence)
                have.operators.extend(o for o in a.operators if o not in have.operators)
            else:
                assets[a.id] = a
            known = out.asset_roles.setdefault(a.id, [])
            known.extend(r for r in roles if r not in known)
        # theatres named outright (a keyword) are worth showing even without stances
        for tid, v in ctx.theatre_scores.items():
            if v >= 2 and tid not in theatre_ev:
                theatre_ev[tid] = [Evidence(doc.id, ctx.s.start, ctx.s.end, ctx.text)]
    out.assets = list(assets.values())
    out.theatres = [
        Theatre(
            id=tid,
            name=lex.theatres[tid].name,
            geometry=_theatre_geometry(lex, tid, geometry_for),
            evidence=evs,
        )
        for tid, evs in theatre_ev.items()
    ]
    return out


def aggregate_stances(stances: list[Stance]) -> list[Stance]:
    """Merge stances from many documents per (theatre, power, relation, party), keeping every
    piece of evidence. Denials stay apart from claims (``negated`` is part of the key)."""
    merged: dict[tuple, Stance] = {}
    for st in stances:
        key = (st.theatre, st.power, st.relation, st.party, st.negated)
        have = merged.get(key)
        if have is None:
            merged[key] = Stance(
                st.power, st.relation, st.party, st.theatre, list(st.evidence), st.negated
            )
            continue
        for e in st.evidence:
            if not any((e.doc, e.start, e.end) == (x.doc, x.start, x.end) for x in have.evidence):
                have.evidence.append(e)
    return sorted(
        merged.values(), key=lambda s: (s.theatre, s.power, s.relation, s.party, s.negated)
    )
