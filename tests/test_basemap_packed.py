"""The basemap's arcs come packed into one string, and the page reads them as TopoJSON did.

The data file once listed its 88,738 points as nested array literals (784 KB the page parsed
into 90,000 small arrays at every start); ``tools/basemap_arcs.py`` packs them into one
base64 string of zigzag varints, and ``resources/web/basemap.js`` decodes it straight into
typed arrays. What each reads back must be the topology's arcs, number for number.
"""

from __future__ import annotations

import importlib.util
import json
import random
from functools import cache
from pathlib import Path

import pytest

from tests.pages import run_js, shown_map

REPO = Path(__file__).resolve().parent.parent
BASEMAP = REPO / "geodata" / "basemap" / "basemap.js"


def _codec():
    spec = importlib.util.spec_from_file_location(
        "basemap_arcs", REPO / "tools" / "basemap_arcs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _shipped() -> dict:
    text = BASEMAP.read_text(encoding="utf-8")
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def test_arcs_packed_and_unpacked_are_the_same_numbers():
    codec = _codec()
    rng = random.Random(13)
    # a world's width of steps, the sign of each, the 7-bit boundaries of the varints, and
    # the kinds of arc a topology holds: long coasts, two-point edges, one lone step back
    arcs = [
        [[0, 0], [99_999, 49_999]],
        [[99_999, 0], [-99_999, 1], [0, -1], [63, -64], [64, -65], [8191, -8192], [8192, -8193]],
        [[rng.randrange(100_000), rng.randrange(100_000)]]
        + [[rng.randint(-60, 60), rng.randint(-60, 60)] for _ in range(5_000)],
        [[5, 7], [0, 0]],
    ]
    packed = codec.pack(arcs)
    assert packed["count"] == 4 and packed["points"] == 2 + 7 + 5_001 + 2
    assert codec.unpack(packed) == arcs
    # each small step of a long line takes about a byte a number
    assert len(packed["packed"]) < 1.4 * 4 / 3 * 2 * packed["points"]
    broken = dict(packed, points=packed["points"] + 1)
    with pytest.raises(ValueError):
        codec.unpack(broken)


def test_the_shipped_basemap_holds_its_arcs_as_one_packed_string():
    data = _shipped()
    assert "arcs" not in data["topology"]  # no array literal per point
    assert isinstance(data["arcs"]["packed"], str)
    arcs = _codec().unpack(data["arcs"])
    assert len(arcs) == data["arcs"]["count"] > 2_000
    assert sum(len(arc) for arc in arcs) == data["arcs"]["points"] > 80_000
    # every point within the quantized world the transform spans (1e5 steps across)
    for arc in arcs[:: max(1, len(arcs) // 200)]:
        x = y = 0
        for dx, dy in arc:
            x, y = x + dx, y + dy
            assert 0 <= x < 100_000 and 0 <= y < 100_000
    assert BASEMAP.stat().st_size < 500_000  # was 866 KB with the arcs written out


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 800, 600)


def test_the_page_reads_the_same_arcs_as_the_codec(view, qtbot):
    answer = run_js(
        qtbot,
        view,
        "JSON.stringify((function () {"
        "  var topo = window.explorerBasemap.topology();"
        "  return { type: topo.type, transform: topo.transform, arcs: topo.arcs,"
        "           objects: Object.keys(topo.objects).sort() };"
        "})())",
    )
    topology = json.loads(answer)
    data = _shipped()
    assert topology["type"] == "Topology"
    assert topology["transform"] == data["topology"]["transform"]
    assert topology["objects"] == sorted(data["topology"]["objects"])
    assert topology["arcs"] == _codec().unpack(data["arcs"])
