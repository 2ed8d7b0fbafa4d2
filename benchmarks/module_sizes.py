"""The longest modules of a package and its longest functions and classes, in lines.

    python benchmarks/module_sizes.py [CHECKOUT] [--package explorer/geoparse] [--top 8]

STYLE.md asks for modules one can read in one sitting: run it on two checkouts to compare a
split (lines as written, comments and docstrings included; a class counts its methods).
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout", nargs="?", type=Path, default=ROOT)
    ap.add_argument("--package", default="explorer/geoparse")
    ap.add_argument("--top", type=int, default=8)
    a = ap.parse_args(argv)
    modules, defs = [], []
    for path in sorted((a.checkout / a.package).glob("*.py")):
        src = path.read_text(encoding="utf-8")
        modules.append((len(src.splitlines()), path.name))
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.end_lineno:
                defs.append((node.end_lineno - node.lineno + 1, f"{path.stem}.{node.name}"))
    top = a.top
    print("modules:", ", ".join(f"{n} {c}" for c, n in sorted(modules, reverse=True)[:top]))
    print("functions, classes:", ", ".join(f"{n} {c}" for c, n in sorted(defs, reverse=True)[:top]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
