"""The Evidence panel marks an item's name as a whole word with the endings English gives a
name, never another name it begins: Niger's item does not mark "Nigeria's", India's does not
mark "Indiana" (a reviewer found both after the marks were made to run to a word's end)."""

from __future__ import annotations

import pytest

from explorer.ui.evidence_panel import _highlight

MARK = "<b style='background:#ffe58a'>"


def _marked(excerpt: str, name: str) -> list[str]:
    out = _highlight(excerpt, [name])
    return [part.split("</b>")[0] for part in out.split(MARK)[1:]]


@pytest.mark.parametrize(
    ("excerpt", "name", "marked"),
    [
        ("Nigeria's army massed on the border with Niger.", "Niger", ["Niger"]),
        (
            "Indiana's governor visited India and met Indian ministers.",
            "India",
            ["India", "Indian"],
        ),
        ("Russian troops and Russia's navy", "Russia", ["Russian", "Russia&#x27;s"]),
        ("the Houthis and a Houthi spokesman", "Houthi", ["Houthis", "Houthi"]),
        ("Iraqi forces entered Iraq's north", "Iraq", ["Iraqi", "Iraq&#x27;s"]),
        ("a woman from Somalia met Malian officers", "Mali", ["Malian"]),
    ],
)
def test_a_name_is_marked_as_a_whole_word(excerpt, name, marked):
    assert _marked(excerpt, name) == marked
