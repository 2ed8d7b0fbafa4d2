"""Which layers clip how much at the first view: each path layer's clipping done again there.

    cd /tmp && taskset -c 0 .venv/bin/python benchmarks/first_view_clip.py [--window]
        [--repeat 5] [FOLDER]

Runs `explorer snapshot FOLDER -o x.png` twice (the first analyses or reads the folder; the
second is the one read), or with ``--window`` `explorer open FOLDER --screenshot x.png` under
Xvfb, through a small driver around the CLI that, once the picture is taken and before the
view closes, runs a probe in the page. The probe takes every path layer on the map (the
basemap's countries, lakes, borders and coast, and the items' outlines and areas) at the view
the first picture was drawn at, and does its clipping again ``--repeat`` times, as Leaflet's
``_update`` does (``_clipPoints``, then ``_simplifyPoints``), with the same renderer's box:
how many rings or lines the layer holds and how many vertices; how many of them reach the
clipping (for the basemap's flat layers: the rings whose box meets the view, and the points
``_ringPoints`` reads of them, a vertex on the pixel of the one before left out); how many
parts and points are drawn; and the milliseconds of one clipping (``performance.now()``,
coarsened by Chromium to 0.1 ms: read the larger figures). A layer's clipping is deterministic
for a view, so doing it again gives the parts the first drawing gave; the time is a warmed
function's, less than the first view paid (its code not yet optimised), and shares are what
to read. Prints one row per group of layers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from renderer_trace import home_env

ROOT = Path(__file__).resolve().parent.parent

# Each path layer's clipping done again at the drawn view: counts and times by group.
PROBE = r"""(function (repeat) { try { return JSON.stringify(probe(repeat)); }
  catch (err) { return JSON.stringify({ error: String(err && err.stack || err) }); }
  function probe(repeat) {
  var map = null;
  for (var key in window) {
    if (key.indexOf("map_") === 0 && window[key] instanceof L.Map) map = window[key];
  }
  var group = {}, basemap = window.explorerBasemap.prepare().layers;
  Object.keys(basemap).forEach(function (name) {
    if (basemap[name]) basemap[name].eachLayer(function (l) { group[L.stamp(l)] = name; });
  });
  var rows = {};
  map.eachLayer(function (layer) {
    if (!layer._clipPoints || !layer._renderer || !layer._map) return;
    var flat = Boolean(layer._flat);
    var name = group[L.stamp(layer)] || (flat ? "item outlines (flat)" : "item shapes (Leaflet)");
    var row = rows[name] || (rows[name] = { layers: 0, rings: 0, vertices: 0, reaching: 0,
      read: 0, parts: 0, drawn: 0, ms: 0 });
    row.layers += 1;
    if (flat) {
      row.rings += layer._flat.length;
      for (var r = 0; r < layer._kept.length; r++) row.vertices += layer._kept[r];
      var read = 0, ringPoints = layer._ringPoints;
      layer._ringPoints = function () {
        var n = ringPoints.apply(this, arguments);
        read += n;
        row.reaching += 1;
        return n;
      };
      layer._clipPoints();
      delete layer._ringPoints;
      row.read += read;
    } else {
      var rings = layer._rings || [];
      row.rings += rings.length;
      rings.forEach(function (ring) { row.vertices += ring.length; row.read += ring.length; });
      row.reaching += rings.length;
    }
    var t0 = performance.now();
    for (var k = 0; k < repeat; k++) {
      layer._clipPoints();
      layer._simplifyPoints();
    }
    row.ms += (performance.now() - t0) / repeat;
    row.parts += layer._parts.length;
    layer._parts.forEach(function (part) { row.drawn += part.length; });
  });
  return { zoom: map.getZoom(), size: [map.getSize().x, map.getSize().y],
           padding: window.explorerBasemap.prepare().renderer.options.padding, rows: rows };
  }
})(%d)"""

DRIVER = r"""
import json, sys
out, repeat, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
code = open(out + ".js").read()

def probed(view):
    from PySide6.QtCore import QCoreApplication, QEventLoop
    page = view.page()
    found = []
    page.runJavaScript(code, 0, found.append)
    while not found:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    with open(out, "w") as fh:
        fh.write(found[0])

import explorer.mapview.snapshot as snapshot
import explorer.mapview.waiting as waiting
close_view, grab_settled = snapshot.close_view, waiting.grab_settled
def probed_close(view):
    probed(view)
    close_view(view)
def probed_grab(widget, view, *args, **kwargs):  # the window's screenshot, its view still up
    picture = grab_settled(widget, view, *args, **kwargs)
    if argv[0] == "open":
        probed(view)
    return picture
snapshot.close_view, waiting.grab_settled = probed_close, probed_grab
from explorer.cli import main
sys.exit(main(argv))
"""


def probe(folder: Path, window: bool, repeat: int, home: Path) -> dict:
    """The probe's figures for one (second) picture of ``folder``."""
    env = dict(home_env(home, None, window), QTWEBENGINE_DISABLE_SANDBOX="1")
    out = home / "probe.json"
    (home / "probe.json.js").write_text(PROBE % repeat)
    png = home / "x.png"
    if window:
        cli = ["open", str(folder), "--screenshot", str(png)]
        pre = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"]
    else:
        cli = ["snapshot", str(folder), "-o", str(png)]
        pre = []
    plain = [*pre, sys.executable, "-m", "explorer", *cli]
    subprocess.run(plain, env=env, cwd=home, check=True, capture_output=True, timeout=600)
    driven = [*pre, sys.executable, "-c", DRIVER, str(out), str(repeat), *cli]
    subprocess.run(driven, env=env, cwd=home, check=True, capture_output=True, timeout=600)
    found = json.loads(out.read_text())
    if "error" in found:
        raise SystemExit(f"the probe failed in the page: {found['error']}")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--window", action="store_true", help="the window's screenshot instead")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="first_view_clip_") as tmp:
        found = probe(Path(args.folder).resolve(), args.window, args.repeat, Path(tmp))
    print(
        f"zoom {found['zoom']}, map {found['size'][0]}x{found['size'][1]} px, "
        f"canvas padding {found['padding']}"
    )
    head = ("layers", "rings", "vertices", "reaching", "read", "parts", "drawn", "ms")
    print(f"{'group':<24}" + "".join(f"{h:>10}" for h in head))
    total = dict.fromkeys(head, 0.0)
    for name, row in found["rows"].items():
        print(
            f"{name:<24}"
            + "".join(f"{row[h]:>10.2f}" if h == "ms" else f"{row[h]:>10}" for h in head)
        )
        for h in head:
            total[h] += row[h]
    print(
        f"{'all':<24}"
        + "".join(f"{total[h]:>10.2f}" if h == "ms" else f"{int(total[h]):>10}" for h in head)
    )


if __name__ == "__main__":
    main()
