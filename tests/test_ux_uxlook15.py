"""The analyst's path, twenty-second pass (uxlook15): what uxlook13-14 left. A long word of
the Sides table broke at any letter ("Commiss-ioner", "Czech-oslova-kia"); it now breaks only
between its syllables (LibreOffice's hyphenation patterns, through pyphen), and the packaged
app carries the one dictionary it reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_ux_uxlook14 import LONG, PALETTE, SOFT, _no_sideways_scroll

ROOT = Path(__file__).resolve().parent.parent

# Where each word of uxlook14's names of other senses may break, written by hand from an
# English dictionary's division (none from the patterns the code reads).
SYLLABLES = {
    "Czechoslovakia": "Czech|o|slo|va|ki|a",
    "Counterrevolutionaries": "Coun|ter|rev|o|lu|tion|ar|ies",
    "Internationalist": "In|ter|na|tion|al|ist",
    "Confederation": "Con|fed|er|a|tion",
    "Parliamentarians'": "Par|lia|men|tar|i|ans'",
    "Commissioner": "Com|mis|sion|er",
    "administration": "ad|min|is|tra|tion",
}


def _boundaries(division: str) -> set[int]:
    pieces = division.split("|")
    return {sum(len(p) for p in pieces[:i]) for i in range(1, len(pieces))}


@pytest.mark.parametrize("width", [400, 360])
def test_a_long_word_breaks_only_between_its_syllables(qtbot, width):
    """The names of other senses in a panel narrower than their longest words: on 742a67b1
    each broken word took a soft hyphen between any two letters and Qt broke it where the
    room ended ("Counterr-evolution-aries", "Commiss-ioner"). Every break point of a broken
    word is now between two of its syllables, the table still whole in the panel, no cell
    cut."""
    from explorer.ui.sides_panel import ALL_THEATRES, COLUMNS, SidesPanel
    from tests.test_analyst_path10 import _cut

    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_sides(LONG, PALETTE)
    assert panel.select_theatre(ALL_THEATRES)
    table = panel.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    _no_sideways_scroll(table)
    shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    assert [c for r in range(3) for c in shown if _cut(table, r, c)] == []
    texts = [str(table.model().index(r, c).data()) for r in range(3) for c in shown]
    broken = [w for t in texts for w in re.split("[ \n]", t) if SOFT in w]
    checked = [w for w in broken if w.replace(SOFT, "") in SYLLABLES]
    assert len(checked) >= 4, broken
    for word in checked:
        plain = word.replace(SOFT, "")
        pieces = word.split(SOFT)
        points = {sum(len(p) for p in pieces[:i]) for i in range(1, len(pieces))}
        assert points <= _boundaries(SYLLABLES[plain]), (word.replace(SOFT, "|"), plain)


def test_the_bundle_carries_the_hyphenation_dictionary_it_reads(tmp_path_factory):
    """The packaged app reads pyphen's American English patterns: the spec collects them
    (PyInstaller's contributed hook would too, once its analysis sees the import) and the
    trims keep them, dropping the other 84 languages' (6 MB)."""
    from tests.test_packaging import bundle, spec

    made, _ = spec.__wrapped__(tmp_path_factory)
    collected = {Path(f, Path(s).name).as_posix() for s, f in made["Analysis"].kwargs["datas"]}
    assert {"pyphen/dictionaries/hyph_en_US.dic", "pyphen/dictionaries/hyph_de_DE.dic"} <= collected
    kept = {dest.replace("\\", "/") for dest, _, _ in made["Analysis"].datas}  # once trimmed
    assert "pyphen/dictionaries/hyph_en_US.dic" in kept
    assert not any(d.startswith("pyphen/dictionaries/hyph_de") for d in kept)
    assert any(d.startswith("pyphen-") and ".dist-info/" in d for d in kept)  # its version
    assert bundle.trim_toc([("pyphen/dictionaries/hyph_fr.dic", None, "DATA")]) == []
