"""Scoring of extracted events against the hand-labelled set in data/events_gold.jsonl.

Used by extract_eval.py. A predicted event matches a gold event of the same document when one
of its evidence excerpts overlaps one of the gold event's evidence quotes and its type is the
gold type (or one the gold event also accepts); matching is one to one, best overlap first.
Attributes are then compared on the matched pairs:

- place: within 161 km of the gold point, or, for a gold country, any place in that country;
- date: the same ISO value (and so the same precision); a date where the gold has none is an
  invented date;
- actors: names compared case-insensitively without parentheses, each gold actor listing its
  accepted spellings ("Syrian opposition|rebels"); with roles, a predicted agent must be a gold
  agent and a predicted target a gold target. Names a gold event lists as "ok" are neither
  required nor counted wrong.

Recall of an attribute is over every gold event that has it (missed events count as misses);
precision is over the matched predicted events that state it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

_PAREN = re.compile(r"\s*\([^)]*\)")


def norm_actor(name: str) -> str:
    name = _PAREN.sub("", name).strip().lower()
    return name[4:] if name.startswith("the ") else name


def spellings(gold_name: str) -> set[str]:
    return {norm_actor(a) for a in gold_name.split("|")}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class PlaceInfo:
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def error(self, kind: str, example: str) -> None:
        self.errors[kind].append(example)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _type_ok(pred_type: str, gold: dict) -> bool:
    return pred_type == gold["type"] or pred_type in gold.get("types_ok", [])


def match_events(pred: list, gold: list[dict], doc_id: str) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): overlapping evidence and an accepted type."""
    pairs = []
    for i, p in enumerate(pred):
        spans = [(e.start, e.end) for e in p.evidence if e.doc == doc_id]
        for j, g in enumerate(gold):
            if not _type_ok(p.type, g):
                continue
            ov = sum(_overlap(s, (q["start"], q["end"])) for s in spans for q in g["evidence"])
            if ov:
                pairs.append((p.type == g["type"], ov, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _exact, _ov, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def place_correct(info: PlaceInfo | None, gold: dict | None) -> bool:
    if info is None or gold is None:
        return False
    if gold["kind"] == "country":
        return info.country == gold["country"]
    return km(info.lat, info.lon, gold["lat"], gold["lon"]) <= 161.0


def _actor_hits(pred_names: list[str], gold_names: list[str], ok: list[str]):
    """(true positives, false positives, false negatives, unmatched predicted names)."""
    golds = [spellings(g) for g in gold_names]
    oks = set().union(*[spellings(o) for o in ok]) if ok else set()
    used: set[int] = set()
    tp, fp, wrong = 0, 0, []
    for name in pred_names:
        n = norm_actor(name)
        hit = next((k for k, g in enumerate(golds) if k not in used and n in g), None)
        if hit is not None:
            used.add(hit)
            tp += 1
        elif n in oks or any(n in g for g in golds):
            continue
        else:
            fp += 1
            wrong.append(name)
    return tp, fp, len(golds) - len(used), wrong


def score_document(
    doc_id: str,
    text: str,
    pred: list,
    gold: list[dict],
    place_of,
    tally: Tally,
) -> None:
    """Add one document's figures to ``tally``; ``place_of(event)`` gives a PlaceInfo or None."""
    pairs = match_events(pred, gold, doc_id)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    t = tally
    t.add("gold", len(gold))
    t.add("pred", len(pred))
    t.add("match", len(pairs))
    t.add("gold_place", sum(1 for g in gold if g["place"]))
    t.add("gold_date", sum(1 for g in gold if g["date"]))
    for g in gold:
        t.add("gold_agents", 0 if g.get("agents_optional") else len(g["agents"]))
        t.add("gold_targets", len(g["targets"]))

    def quote(ev) -> str:
        return " ".join(ev.text.split())[:160]

    for j, g in enumerate(gold):
        if j not in matched_g:
            t.error(
                f"missed {g['type']}",
                f'[{doc_id}] {g["type"]}: "{g["evidence"][0]["text"][:140]}"',
            )
    for i, p in enumerate(pred):
        if i in matched_p:
            continue
        spans = [(e.start, e.end) for e in p.evidence if e.doc == doc_id]
        same = [
            g
            for g in gold
            if any(_overlap(s, (q["start"], q["end"])) for s in spans for q in g["evidence"])
        ]
        if any(_type_ok(p.type, g) for g in same):
            kind = "duplicate (same event not merged)"
        elif same:
            kind = "wrong type"
        else:
            kind = "spurious event"
        t.error(f"{kind}: {p.type}", f'[{doc_id}] {p.label or p.type}: "{quote(p.evidence[0])}"')
    for i, j in pairs:
        p, g = pred[i], gold[j]
        label = f"[{doc_id}] {p.label or p.type}"
        t.add("type_exact", p.type == g["type"])
        # place
        info = place_of(p)
        if info is not None:
            t.add("pred_place")
            if place_correct(info, g["place"]):
                t.add("place_ok")
            elif g["place"] is None:
                t.error("place where the gold has none", f"{label} -> {info.name}")
            else:
                t.error(
                    "wrong place",
                    f"{label} -> {info.name} (gold {g['place']['name']})",
                )
        elif g["place"]:
            t.error("place missing", f"{label} (gold {g['place']['name']})")
        # date
        accepted = [g["date"], *g.get("date_ok", [])]
        if p.date:
            t.add("pred_date")
            if p.date == g["date"] or (p.date in accepted and p.date is not None):
                t.add("date_ok")
            elif g["date"] is None and None in accepted:
                t.add("date_ok_null")
            elif g["date"] is None:
                t.add("date_invented")
                t.error("date where the text gives none", f"{label} -> {p.date}")
            else:
                t.error("wrong date", f"{label} -> {p.date} (gold {g['date']})")
        elif g["date"]:
            t.error("date missing", f"{label} (gold {g['date']})")
        # actors, with roles
        ok = g.get("ok", [])
        targets = list(getattr(p, "targets", []) or [])
        a_tp, a_fp, a_fn, a_wrong = _actor_hits(list(p.actors), g["agents"], ok + g["targets"])
        if g.get("agents_optional"):
            a_fn = 0
        t_tp, t_fp, t_fn, t_wrong = _actor_hits(targets, g["targets"], ok + g["agents"])
        t.add("agent_tp", a_tp)
        t.add("agent_fp", a_fp)
        t.add("agent_fn", a_fn)
        t.add("target_tp", t_tp)
        t.add("target_fp", t_fp)
        t.add("target_fn", t_fn)
        t.add("pred_agents", len(p.actors))
        t.add("pred_targets", len(targets))
        # a target given as an agent, or an agent as a target
        swapped = [n for n in p.actors if any(norm_actor(n) in spellings(x) for x in g["targets"])]
        swapped += [n for n in targets if any(norm_actor(n) in spellings(x) for x in g["agents"])]
        if swapped:
            t.add("role_swapped", len(swapped))
            t.error("actor in the wrong role", f"{label}: {', '.join(swapped)}")
        for n in a_wrong + t_wrong:
            if n not in swapped:
                t.error("wrong actor", f"{label}: {n} (gold {g['agents']} / {g['targets']})")
        if a_fn + t_fn:
            t.error(
                "actor missing",
                f"{label}: has {list(p.actors)} / {targets}, gold {g['agents']} / {g['targets']}",
            )
        # all of it right
        full = (
            p.type == g["type"]
            and (place_correct(info, g["place"]) or (info is None and g["place"] is None))
            and (p.date in accepted)
            and a_fp + a_fn + t_fp + t_fn == 0
        )
        t.add("full_ok", full)


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(t: Tally, title: str) -> list[str]:
    c = t.counts
    rows = [
        ("events (type accepted)", c["match"], c["pred"], c["gold"]),
        ("events (exact type)", c["type_exact"], c["pred"], c["gold"]),
        ("place within 161 km", c["place_ok"], c["pred_place"], c["gold_place"]),
        ("date (same value)", c["date_ok"], c["pred_date"] - c["date_ok_null"], c["gold_date"]),
        ("agents (who did it)", c["agent_tp"], c["agent_tp"] + c["agent_fp"], c["gold_agents"]),
        (
            "targets (to whom)",
            c["target_tp"],
            c["target_tp"] + c["target_fp"],
            c["gold_targets"],
        ),
        (
            "actors with roles",
            c["agent_tp"] + c["target_tp"],
            c["agent_tp"] + c["agent_fp"] + c["target_tp"] + c["target_fp"],
            c["gold_agents"] + c["gold_targets"],
        ),
        ("whole event right", c["full_ok"], c["pred"], c["gold"]),
    ]
    out = [f"{title}: {c['gold']} gold events, {c['pred']} extracted, {c['match']} matched"]
    for name, tp, n_pred, n_gold in rows:
        p, r, f = prf(tp, n_pred, n_gold)
        out.append(
            f"  {name:26s} P={p:.2f} R={r:.2f} F1={f:.2f}  (tp={tp} of {n_pred} extracted, "
            f"{n_gold} gold)"
        )
    out.append(
        f"  dates invented where the text gives none: {c['date_invented']}; "
        f"actors in the wrong role: {c['role_swapped']}"
    )
    return out


def error_classes(t: Tally, top: int = 10) -> list[str]:
    ranked = sorted(t.errors.items(), key=lambda kv: -len(kv[1]))
    out = ["most common event errors (count, class, one example):"]
    for kind, examples in ranked[:top]:
        out.append(f"  {len(examples):3d}  {kind}")
        out.append(f"        e.g. {examples[0]}")
    return out


def score_merges(gold_docs: list[dict], events: list) -> tuple[int, int, int]:
    """Across documents: (gold events told by several documents, of them found as one event,
    extracted events that join evidence of different gold events of different documents)."""
    where: dict[tuple[str, int, int], str] = {}
    groups: dict[str, set[str]] = defaultdict(set)
    for d in gold_docs:
        for k, g in enumerate(d["events"]):
            key = g.get("group") or f"{d['id']}#{k}"
            groups[key].add(d["id"])
            for q in g["evidence"]:
                where[(d["id"], q["start"], q["end"])] = key

    def keys_of(ev) -> set[str]:
        out = set()
        for e in ev.evidence:
            for (doc, s, en), key in where.items():
                if doc == e.doc and _overlap((e.start, e.end), (s, en)):
                    out.add(key)
        return out

    multi = {k for k, docs in groups.items() if len(docs) > 1}
    joined = 0
    for k in multi:
        if any(k in keys_of(ev) and len({e.doc for e in ev.evidence}) > 1 for ev in events):
            joined += 1
    wrong = 0
    for ev in events:
        docs = {e.doc for e in ev.evidence}
        ks = keys_of(ev)
        if len(docs) > 1 and len(ks) > 1:
            wrong += 1
    return len(multi), joined, wrong
