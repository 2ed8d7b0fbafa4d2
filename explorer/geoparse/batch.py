"""Batch geoparsing: ``{"id", "text"}`` JSONL lines in, ``{"id", "toponyms"}`` lines out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from explorer.model import Toponym


def toponym_json(t: Toponym, demonym: bool = False) -> dict:
    c = t.candidate
    out: dict = {
        "start": t.start,
        "end": t.end,
        "name": t.name,
        "lat": c.lat if c else None,
        "lon": c.lon if c else None,
    }
    if c and c.gazetteer_id.startswith("geonames:"):
        out["geonameid"] = c.gazetteer_id.split(":", 1)[1]
    out["gazetteer_id"] = c.gazetteer_id if c else None
    out["kind"] = c.kind if c else None
    out["country"] = c.country if c else None
    out["confidence"] = t.confidence
    out["metonymic"] = t.metonymic
    if demonym:
        out["demonym"] = True
    return out


def _lines(fh, in_path) -> Iterator[str]:
    try:
        yield from fh
    except UnicodeDecodeError as exc:
        raise ValueError(f"{in_path}: not UTF-8 JSON lines ({exc.reason})") from exc


def _chunks(lines: Iterator[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for rec in lines:
        chunk.append(rec)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def geoparse_jsonl(
    in_path: str | Path,
    out_path: str | Path,
    include_demonyms: bool = False,
    include_institutions: bool = False,
    parser=None,
    chunk_size: int = 256,
    fast: bool = False,
    problems: list[str] | None = None,
) -> int:
    """Geoparse every ``{"id", "text"}`` line of ``in_path`` into ``out_path``; returns the count.

    A line that is not such a record is left out and named in ``problems`` (``file:line:
    reason``) and the others go on; a file that is not UTF-8 stops the batch (ValueError).
    Demonyms ("Turkish") and seats of
    government ("the Kremlin") are left out by default. ``fast`` uses :meth:`Geoparser.fast`
    (no statistical model) unless ``parser`` is given.
    """
    from explorer.geoparse.parser import Geoparser

    gp = parser or (Geoparser.fast() if fast else Geoparser.default())
    skipped = problems if problems is not None else []

    def records() -> Iterator[dict]:
        with open(in_path, encoding="utf-8", errors="strict") as fh:
            for n, line in enumerate(_lines(fh, in_path), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    where = exc.msg.removesuffix(" at") + f" at column {exc.colno}"
                    skipped.append(f"{in_path}:{n}: not a JSON line ({where}), left out")
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    skipped.append(f"{in_path}:{n}: no 'text' field holding a string, left out")
                    continue
                yield rec

    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for chunk in _chunks(records(), chunk_size):
            results = gp.parse_many(
                [r["text"] for r in chunk],
                include_demonyms=include_demonyms,
                include_institutions=include_institutions,
            )
            for rec, tops in zip(chunk, results, strict=True):
                row = {
                    "id": rec.get("id", str(count)),
                    "toponyms": [toponym_json(t, gp.is_demonym(t)) for t in tops],
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count
