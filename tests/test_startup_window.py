"""The window on a known folder imports neither numpy nor shapely: a window's worth of items is
encoded for its map in Python, as the same bytes numpy's spread gives."""

from __future__ import annotations

from explorer.items import build_items
from explorer.mapview import columns
from explorer.paths import seeds_dir
from explorer.store import Project
from tests.test_startup import _last_line

WINDOW = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("LOADED", ",".join(m for m in ("shapely", "numpy") if m in sys.modules))
sys.exit(code)
"""


def test_the_window_on_a_known_folder_imports_no_numpy_or_shapely(seeds_project, tmp_path):
    """The second start (the first made the project and cached the map page)."""
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    _last_line(WINDOW, *args, QT_QPA_PLATFORM="offscreen")
    assert _last_line(WINDOW, *args, QT_QPA_PLATFORM="offscreen") == "LOADED"
    assert shot.stat().st_size > 10_000


READING = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("LOADED", ",".join(m for m in ("explorer.corpus.reading", "charset_normalizer", "sentencex")
                         if m in sys.modules))
sys.exit(code)
"""


def test_the_window_on_a_known_folder_imports_none_of_the_articles_reading(seeds_project, tmp_path):
    """An unchanged folder is known by its files' hashes: the window reads no article, and its
    article view and its excerpts' places in their files need only the corpus's text map, not
    the reading's modules (the encodings', the HTML's, the sentences'), which its GUI thread
    imported before the map's page could load."""
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    _last_line(READING, *args, QT_QPA_PLATFORM="offscreen")
    assert _last_line(READING, *args, QT_QPA_PLATFORM="offscreen") == "LOADED"
    assert shot.stat().st_size > 10_000


BEFORE_READY = r"""
import sys, threading
import explorer.mapview.view as mapview
from explorer.cli import main
early, ready = [], []
def imported(event, args):
    if event == "import" and not ready and threading.current_thread() is threading.main_thread():
        early.append(args[0])
sys.addaudithook(imported)
made = mapview.window_map
def window_map():
    view = made()
    view.ready.connect(lambda: ready.append(True))
    return view
mapview.window_map = window_map
code = main(sys.argv[1:])
watched = ("explorer.store.project", "explorer.pipeline", "explorer.export",
           "explorer.mapview.composition", "ctypes")
print("EARLY", ",".join(m for m in watched if m in early), "READY" if ready else "")
sys.exit(code)
"""


def test_the_windows_gui_thread_imports_no_store_reading_or_pipeline_before_its_page(
    seeds_project, tmp_path
):
    """Once its page has begun loading, the page makes (almost) no progress while the GUI
    thread runs Python: the project's reading and writing modules, the pipeline, the exports
    and the still picture's composition are imported by the thread that reads the project,
    or once the map is drawn, not on the GUI thread before the page is ready."""
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    _last_line(BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen")
    assert _last_line(BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen") == "EARLY  READY"
    assert shot.stat().st_size > 10_000


CONTRACT_BEFORE_READY = BEFORE_READY.replace(
    """watched = ("explorer.store.project", "explorer.pipeline", "explorer.export",
           "explorer.mapview.composition", "ctypes")""",
    """watched = ("explorer.items", "explorer.model", "explorer.filters", "explorer.timeline",
           "explorer.review")""",
)


def test_the_windows_gui_thread_imports_no_item_contract_before_its_page(seeds_project, tmp_path):
    """The items, the model, the filters, the timeline's bins and the reviews are imported by
    the thread that reads the project (it builds the items): the window is built without them
    (its empty items and filters made when first asked for, their names for annotations only),
    and its GUI thread does not import them before the page is ready."""
    assert "explorer.review" in CONTRACT_BEFORE_READY
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    _last_line(CONTRACT_BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen")
    assert _last_line(CONTRACT_BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen") == "EARLY  READY"
    assert shot.stat().st_size > 10_000


PANELS_BEFORE_READY = BEFORE_READY.replace(
    """watched = ("explorer.store.project", "explorer.pipeline", "explorer.export",
           "explorer.mapview.composition", "ctypes")""",
    """watched = ("explorer.ui.filter_panel", "explorer.ui.document_view", "psygnal",
           "importlib.metadata")""",
)


def test_the_windows_gui_thread_makes_no_hidden_tab_before_its_page(seeds_project, tmp_path):
    """The Filters and Article tabs, behind Items and Evidence, are made when first shown,
    and the workspace's signals are Qt's: a window's GUI thread imports neither tab's module,
    nor psygnal and the ``importlib.metadata`` its ``__init__`` reads its version with, before
    its page is ready."""
    assert "explorer.ui.document_view" in PANELS_BEFORE_READY
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    _last_line(PANELS_BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen")
    assert _last_line(PANELS_BEFORE_READY, *args, QT_QPA_PLATFORM="offscreen") == "EARLY  READY"
    assert shot.stat().st_size > 10_000


AT_THE_VIEW = r"""
import sys
import explorer.mapview.view as mapview
from explorer.cli import main
before = []
made = mapview.window_map
def window_map():
    before.extend(m for m in ("explorer.ui.faults", "explorer.mapview.waiting") if m in sys.modules)
    return made()
mapview.window_map = window_map
code = main(sys.argv[1:])
print("BEFORE THE VIEW", ",".join(before))
sys.exit(code)
"""


def test_the_windows_map_starts_loading_before_its_fault_reporter_and_waits(
    seeds_project, tmp_path
):
    """Making the map view starts QtWebEngine's processes, which start up while the GUI thread
    imports the rest: the fault reporter (the message box's classes) and the settled grab's
    waits, which the window uses only once it is built, are imported after the map view is
    made, not before it."""
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    assert _last_line(AT_THE_VIEW, *args, QT_QPA_PLATFORM="offscreen") == "BEFORE THE VIEW"
    assert shot.stat().st_size > 10_000


def test_map_columns_are_the_same_spread_in_python_or_with_numpy(seeds_project, monkeypatch):
    with Project.open(seeds_project) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    assert len(items) <= columns._MANY_ROWS
    in_python = columns.encode_items(items)
    monkeypatch.setattr(columns, "_MANY_ROWS", 0)
    assert columns.encode_items(items) == in_python
    assert min(len(set(columns.unpacked(in_python[k]))) for k in ("kind", "side", "theatre")) > 1
