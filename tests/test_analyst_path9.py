"""The analyst's path, ninth pass (benchmarks/README.md, ux9): what a walk through the real
window on the seeds and on folders nobody tuned on showed."""

from __future__ import annotations

import json

from tests.test_window import TIMEOUT, loaded  # noqa: F401  (the seeds in a real window)


def _legend(loaded, qtbot) -> str:  # noqa: F811
    answer: list[str] = []
    loaded.window.map.page().runJavaScript(
        "JSON.stringify(explorerMap.describe())", 0, answer.append
    )
    qtbot.waitUntil(lambda: bool(answer), timeout=TIMEOUT)
    return json.loads(answer[0])["legend"]


def _select(loaded, item_id: str) -> None:  # noqa: F811
    before = len(loaded.renders)
    loaded.workspace.select(item_id)
    loaded.qtbot.waitUntil(lambda: len(loaded.renders) > before, timeout=TIMEOUT)


# --- 1. the legend names the sides drawn in view, not those of every war on the map ---------


def test_the_legend_of_a_view_of_one_war_names_no_party_of_another(loaded, qtbot):  # noqa: F811
    """The seeds' Syria view listed "Azerbaijan" under Sides: the side of a ceasefire in
    Nagorno-Karabakh, a thousand kilometres out of view, read as a party drawn in Syria."""
    ceasefire = next(i for i in loaded.workspace.items if i.side == "Azerbaijan")
    assert ceasefire.theatre == "nagorno-karabakh"
    _select(loaded, "syria")
    legend = _legend(loaded, qtbot)
    assert "Syrian government (Assad)" in legend and "Syrian opposition" in legend, legend
    assert "Azerbaijan" not in legend, legend
    assert "Russia" not in legend.split("Sides in view")[1], legend  # Ukraine's side: not in view
    # the analyst zooms out to the Caucasus too: its side is drawn, and listed
    with qtbot.waitSignal(loaded.window.map.rendered, timeout=TIMEOUT):
        loaded.window.map.fit_bbox(30, 30, 52, 45)
    legend = _legend(loaded, qtbot)
    assert "Azerbaijan" in legend and "Syrian opposition" in legend, legend
    assert loaded.window.map.console_errors == []
