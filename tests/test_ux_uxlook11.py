"""The analyst's path, eighteenth pass (uxlook11): what uxlook10 left. The Sides graph of a
laptop's 1280 x 760 scrolled sideways, the parties' names off its dock's right edge; a party's
name was shown with its parenthesis open ("National Congress for the Defence of the People
(CNDP")."""

from __future__ import annotations

import pytest

from tests.test_analyst_path11 import _close
from tests.test_ux_uxlook9 import _window
from tests.test_ux_uxlook10 import (  # noqa: F401  (module fixtures, asked for by name)
    STANCES16,
    _stances16_template,
)
from tests.test_window import TIMEOUT


def _graph_of_all(qtbot, state):
    sides = state.window.sides
    qtbot.waitUntil(lambda: sides.select_theatre("__all__"), timeout=TIMEOUT)
    sides.views.setCurrentIndex(1)
    graph = sides.graph
    qtbot.waitUntil(lambda: graph.isVisible() and len(graph.edges) >= 10, timeout=TIMEOUT)
    return graph


def _fits_its_view(graph) -> None:
    """No sideways scroll, every node in the view's width, at a scale its names are read at."""
    bar = graph.horizontalScrollBar()
    assert bar.maximum() == bar.minimum(), (bar.minimum(), bar.maximum())
    width = graph.viewport().width()
    for name, rect in graph.nodes.items():
        box = graph.mapFromScene(rect.sceneBoundingRect()).boundingRect()
        assert box.left() >= 0 and box.right() <= width, (name, box, width)
    assert graph.transform().m11() >= 0.65


def test_the_sides_graph_fits_its_dock_at_a_laptops_size(request, qtbot, tmp_path):
    """All conflicts as a graph at 1280 x 760. stances_fresh16 (powers and parties only): the
    parties stood two columns' width from the powers, across an empty middle column, 710
    pixels with the margins, 461 at the least scale in a view of 369: on 06b858b3 the
    parties' names were off the right edge. The columns now stand side by side, as far apart
    as the view holds: no sideways scroll, every node in the view's width."""
    state = _window(qtbot, tmp_path, STANCES16, request.getfixturevalue("_stances16_template"))
    try:
        _fits_its_view(_graph_of_all(qtbot, state))
    finally:
        _close(state)


def test_a_party_named_with_its_initials_keeps_its_closing_parenthesis(parse):
    """stances_fresh16's Zimbabwe article: the tagger's name "National Congress for the
    Defence of the People (CNDP" stopped before the ")" that closes it, and the graph, the
    table and the brief showed it open. A name's bracket is closed by the ")" that follows."""
    text = (STANCES16 / "g07-newtimes-mugabe-backing-kabila-cndp-2008.txt").read_text()
    parties = {s.party for s in parse(text).stances} | {s.power for s in parse(text).stances}
    assert "National Congress for the Defence of the People (CNDP)" in parties, parties
    assert [p for p in parties if p.count("(") != p.count(")")] == [], parties


@pytest.mark.parametrize(
    ("words", "lo", "hi", "expected"),
    [
        # the tagger's span stops inside the bracket: the ")" after it is taken in
        (
            "the Movement for Democracy in Mali ( MDM ) , officials said",
            1,
            7,
            "Movement for Democracy in Mali (MDM)",
        ),
        # a bracket with no ")" in the sentence: the name stops before it
        ("forces of the Liberation Front ( LF , officials said", 3, 6, "Liberation Front"),
        # a ")" the span never opened, after the name: left out
        ("the Union of Forces ) said", 1, 4, "Union of Forces"),
        # a balanced name is left as it is
        ("the Patriotic Front ( PF ) said", 1, 5, "Patriotic Front (PF)"),
    ],
)
def test_a_names_brackets_are_closed_or_left_out(words, lo, hi, expected):
    """Names of other senses and shapes, on spaCy's own tokens."""
    import spacy

    from explorer.extract.actors import _bracketed

    doc = spacy.blank("en")(words)
    got = _bracketed(doc, lo, hi, len(doc)).text
    assert " ".join(got.replace("( ", "(").replace(" )", ")").split()) == expected
