"""A small hand-made corpus and what the pipeline would make of it (sample.json).

Shared by the store and export tests; evidence is written in sample.json as quotes and turned
into character offsets here, so every excerpt is, by construction, its document's slice.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from explorer.model import (
    Analysis,
    Asset,
    Candidate,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Span,
    Stance,
    Theatre,
)

SAMPLE = Path(__file__).parent / "data" / "store" / "sample.json"


# --- the sample corpus ------------------------------------------------------------------------


def _document(raw: dict, text: str | None = None) -> Document:
    text = raw["text"] if text is None else text
    prefix = raw.get("raw_prefix", "")
    raw_text = prefix + text
    sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return Document(
        id=raw["id"],
        path=f"/articles/{raw['id']}",
        title=raw["title"],
        text=text,
        sha256=hashlib.sha256(raw_text.encode("utf-8")).hexdigest(),
        outlet=raw.get("outlet"),
        published=raw.get("published"),
        url=raw.get("url"),
        raw_text=raw_text,
        offsets=list(range(len(prefix), len(raw_text))),
        paragraphs=[Span(0, len(text))],
        sentences=sentences,
    )


def sample_analysis(only: set[str] | None = None, texts: dict[str, str] | None = None) -> Analysis:
    """The sample as the pipeline would hand it over for the documents in ``only``.

    ``texts`` replaces document texts (a changed file); items whose quotes no longer occur
    there are dropped, as a fresh analysis would not find them.
    """
    data = json.loads(SAMPLE.read_text("utf-8"))
    texts = texts or {}
    docs = [
        _document(d, texts.get(d["id"]))
        for d in data["documents"]
        if only is None or d["id"] in only
    ]
    by_id = {d.id: d.text for d in docs}

    def evidence(refs: list[dict]) -> list[Evidence]:
        out = []
        for ref in refs:
            text = by_id.get(ref["doc"])
            if text is None or ref["quote"] not in text:
                continue
            start = text.index(ref["quote"])
            out.append(Evidence(ref["doc"], start, start + len(ref["quote"]), ref["quote"]))
        return out

    def items(kind: str, cls, keep_bare: bool = False) -> list:
        out = []
        for raw in data[kind]:
            found = evidence(raw.get("evidence", []))
            if found or (keep_bare and docs):
                out.append(cls(**{**raw, "evidence": found}))
        return out

    stances = items("stances", Stance)
    theatres = [
        t
        for t in items("theatres", Theatre, keep_bare=True)
        if t.evidence or any(s.theatre == t.id for s in stances)
    ]
    mentions = []
    for raw in data["mentions"]:
        text = by_id.get(raw["doc"])
        if text is None or raw["quote"] not in text:
            continue
        start = text.index(raw["quote"])
        mentions.append(
            Mention(
                doc=raw["doc"],
                start=start,
                end=start + len(raw["quote"]),
                name=raw["quote"],
                place_id=raw["place_id"],
                confidence=raw["confidence"],
                metonymic=raw.get("metonymic", False),
                candidates=[Candidate(**c) for c in raw.get("candidates", [])],
            )
        )
    return Analysis(
        documents=docs,
        places=items("places", Place),
        mentions=mentions,
        events=items("events", Event),
        assets=items("assets", Asset),
        theatres=theatres,
        stances=stances,
    )
