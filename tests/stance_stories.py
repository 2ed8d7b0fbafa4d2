"""Batch stories and the stances read from them, as the stance tests compare them: a story's
text with its date line left out, the pairs a parse says oppose each other, and whether two
sides oppose each other both ways."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def story(batch: str, stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    text = (DATA / batch / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    head, _date, body = text.split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def opposed(ex) -> set[tuple[str, str]]:
    """The (power, party) pairs of the stances of ``ex`` that say "opposes", not negated."""
    return {(s.power, s.party) for s in ex.stances if s.relation == "opposes" and not s.negated}


def both_ways(pairs: set[tuple[str, str]], a: str, b: str) -> bool:
    """Whether a side whose name holds ``a`` opposes one whose name holds ``b``, and back."""
    return any(a in p and b in q for p, q in pairs) and any(b in p and a in q for p, q in pairs)
