"""A snapshot's PNG is encoded while its map view closes: neither needs the other, and Qt's
encoder lets go of the GIL, so the two run side by side instead of one after the other."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QImage

from explorer.mapview import composition, snapshot
from explorer.paths import seeds_dir

WAIT_S = 20.0


def test_the_png_is_encoded_while_the_view_closes(qapp, seeds_project, tmp_path, monkeypatch):
    """The encoder waits (at most WAIT_S) for the view to be closed, and the close for the
    encoder to have begun: both wait for nothing only when they overlap. Done one after the
    other, the close gives up waiting for an encoder that has not begun, and says so."""
    from explorer.cli import _workspace

    workspace, _problems = _workspace(seeds_dir())
    encoding, closed = threading.Event(), threading.Event()
    seen: dict[str, object] = {}
    save, close_view = QImage.save, snapshot.close_view

    def watched_save(image, *args):
        seen["encoder's thread"] = threading.current_thread() is not threading.main_thread()
        encoding.set()
        seen["closed while encoding"] = closed.wait(WAIT_S)
        return save(image, *args)

    def watched_close(view):
        seen["encoding when closed"] = encoding.wait(WAIT_S)
        close_view(view)
        closed.set()

    monkeypatch.setattr(QImage, "save", watched_save)
    monkeypatch.setattr(snapshot, "close_view", watched_close)
    out = tmp_path / "s.png"
    assert (
        snapshot.render_snapshot(workspace.visible, out, title="Seeds", palette=workspace.palette)
        == out
    )
    assert seen == {
        "encoder's thread": True,
        "encoding when closed": True,
        "closed while encoding": True,
    }
    picture = QImage(str(out))
    assert picture.width() == 1400 and picture.height() > 900  # the map and its sheet
    assert not list(tmp_path.glob(".s.png.*"))  # written whole, no temporary file left


def test_a_png_that_cannot_be_written_is_reported_when_waited_for(qapp, tmp_path):
    """The encoder's thread writes the file whole; its failure reaches the caller when it
    waits for the file."""
    sheet = composition.Sheet(title="t", subtitle="", legend=[], metres_per_pixel=None)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    out = tmp_path / "x.png"
    assert composition.saving_composition(out, image, sheet, 1.0)() == out
    assert QImage(str(out)).width() == 200
    nowhere = tmp_path / "gone" / "x.png"  # its folder does not exist
    written = composition.saving_composition(nowhere, image, sheet, 1.0)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        written()
    assert not nowhere.parent.exists()
