"""Assets of fresh real news (sites, routes, weapons), against labels written before any run.

    .venv/bin/python benchmarks/assets_fresh.py [--data benchmarks/data/assets_fresh] [--list]

Reads every story of ``DATA/docs`` as ingest does (the pipeline's analyser, one batch) and
matches each asset found against ``DATA/gold.tsv`` (file, name as written, a pattern on the
found name, type, where, need, the actors that may be listed, a note). Each found asset is
one of: **right**; **wrong place** (placed in another country than the label's; a weapon or an
unplaced route has no place to be wrong); **wrong role** (an actor listed that the label does
not allow: an attacker made its operator, a buyer's enemy); **wrong type**; **false** (no
label's pattern fits it). A label marked ``*`` that nothing matches is **missed**; one marked
``?`` (an unnamed "gas pipeline", "the bridges") is neither missed nor false when found.
Worst first: a found asset that is wrong in two ways counts once, as the first of place, role,
type. A label matched by a second asset (one site drawn twice) is counted as **twice**.
``--list`` prints every found asset with its verdict. Run it from a checkout with
``PYTHONPATH`` set to that checkout to measure its code.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ("right", "wrong place", "wrong role", "wrong type", "false", "missed")


@dataclass(frozen=True)
class Label:
    doc: str
    name: str
    match: re.Pattern[str]
    type: frozenset[str]  # "terminal|port": an oil terminal the text calls a port is either
    where: frozenset[str]
    needed: bool
    actors: re.Pattern[str]


def read_gold(path: Path) -> list[Label]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, name, match, typ, where, need, actors, _note = line.split("\t")
        out.append(
            Label(
                doc,
                name,
                re.compile(match, re.IGNORECASE),
                frozenset(typ.split("|")),
                frozenset(where.split("|")),
                need == "*",
                re.compile(rf"^(?:{actors})$" if actors else r"(?!)", re.IGNORECASE),
            )
        )
    return out


def _country(asset, gazetteer) -> str:
    """The country an asset is drawn in: its gazetteer entry's, else the outline holding its
    point or, for a coast's point, the nearest within 0.25 degrees ("-" when it is not placed,
    "?" when no outline is that near). A line (a curated pipeline's or cable's route) is in
    every country whose outline lies within 0.25 degrees of it, written "RU/DE": its one
    representative point may lie at sea, in no country, though its ends are ashore."""
    if asset.geometry is None:
        return "-"
    entry = gazetteer.entry(asset.gazetteer_id) if asset.gazetteer_id else None
    if entry is not None and entry.country:
        return entry.country
    from shapely.geometry import shape

    from explorer.outlines import country_shape

    drawn = shape(asset.geometry)
    line = drawn.geom_type in ("LineString", "MultiLineString")
    where = drawn if line else drawn.representative_point()
    near: list[tuple[float, str]] = []
    for code in sorted(gazetteer.countries):
        outline = country_shape(code)
        if outline is None:
            continue
        d = shape(outline).distance(where)
        if d == 0 and not line:
            return code
        near.append((d, code))
    if line:
        return "/".join(code for d, code in near if d <= 0.25) or "?"
    # a coast's point the simplified outline leaves in the sea (Luleå): the nearest country
    # within a quarter of a degree
    d, code = min(near, default=(1.0, "?"))
    return code if d <= 0.25 else "?"


def judge(asset, country: str, labels: list[Label]) -> tuple[str, Label | None]:
    fits = [g for g in labels if g.match.search(asset.name)]
    # "Sui gas pipeline" is the pipeline's label, not the "Sui plant"'s
    label = next((g for g in fits if asset.type in g.type), fits[0] if fits else None)
    if label is None:
        return "false", None
    # a line is in each country it passes: right where one of them is the label's
    if country != "-" and label.where != {"-"} and not label.where & set(country.split("/")):
        return "wrong place", label
    if any(not label.actors.match(a) for a in asset.operators):
        return "wrong role", label
    if asset.type not in label.type:
        return "wrong type", label
    return "right", label


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "assets_fresh")
    ap.add_argument("--list", action="store_true", help="print every found asset")
    a = ap.parse_args(argv)
    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    gold = read_gold(a.data / "gold.tsv")
    work = analyser()
    docs = list(iter_documents(article_files([a.data / "docs"], []), []))
    counts: Counter[str] = Counter()
    roles_right = 0
    for output in work.analyse(docs):
        if output.problem:
            print(f"{output.document.path}: {output.problem}", file=sys.stderr)
            continue
        stem = Path(output.document.path).stem
        labels = [g for g in gold if g.doc == stem]
        matched: set[str] = set()
        for asset in output.assets:
            country = _country(asset, work.gazetteer)
            verdict, label = judge(asset, country, labels)
            if label is not None:
                if label.name in matched:
                    # one site drawn as two assets (the curated plant and "the plant" read
                    # by its form); one asset's mentions are one asset
                    counts["twice"] += 1
                    print(f"{'twice':>16}  {stem}: {asset.name!r} {asset.type} {country}")
                    continue
                matched.add(label.name)
                if verdict == "right" and asset.operators:
                    roles_right += 1
                if not label.needed and verdict == "right":
                    verdict = "right (optional)"
            counts[verdict] += 1
            if a.list or verdict not in ("right", "right (optional)"):
                print(
                    f"{verdict:>16}  {stem}: {asset.name!r} {asset.type} {country}"
                    f" {asset.operators} {asset.gazetteer_id or ''}"
                )
        for g in labels:
            if g.needed and g.name not in matched:
                counts["missed"] += 1
                if a.list:
                    kinds = "|".join(sorted(g.type))
                    print(f"{'missed':>16}  {stem}: {g.name!r} {kinds}")
    needed = sum(g.needed for g in gold)
    print(
        f"{len(docs)} stories, {needed} assets counted ({len(gold) - needed} optional): "
        + ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
        + f"; {counts['twice']} drawn twice; {counts['right (optional)']} optional found right;"
        + f" {roles_right} with a right actor"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
