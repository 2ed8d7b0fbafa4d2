"""Run places_fresh.py --list on all 23 places batches in one process (geofix57's measure).

PYTHONPATH=. .venv/bin/python benchmarks/data/geofix57/places_all.py > OUT.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "benchmarks"))
import places_fresh

for n in [""] + [str(i) for i in range(2, 24)]:
    print(f"### places_fresh{n}", flush=True)
    places_fresh.main(["--data", f"benchmarks/data/places_fresh{n}", "--list"])
