"""run_assets.py OUT: assets_fresh.py's main once per batch in one process (cwd: a tree)."""

import contextlib
import io
import sys
from pathlib import Path

sys.path.insert(0, ".")
sys.path.insert(0, "benchmarks")
import assets_fresh

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for n in [""] + [str(i) for i in range(2, 28)]:
    d = Path("/work/wt-places/benchmarks/data") / f"assets_fresh{n}"
    if not d.exists():
        continue
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assets_fresh.main(["--data", str(d), "--list"])
    (out / f"assets_fresh{n}.txt").write_text(buf.getvalue())
(out / "DONE").write_text("done")
