"""A second command on a folder reuses its project and imports nothing it does not need."""

from __future__ import annotations

import os
import subprocess
import sys

from explorer.paths import seeds_dir

PROBE = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("spacy", "folium", "jinja2", "trafilatura") if m in sys.modules)
print("HEAVY", ",".join(heavy))
sys.exit(code)
"""


def _heavy(result: subprocess.CompletedProcess) -> str:
    return result.stdout.strip().splitlines()[-1].removeprefix("HEAVY").strip()


def _child(script: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _run(*args: str) -> subprocess.CompletedProcess:
    return _child(PROBE, *args)


def _last_line(script: str, *args: str, **env: str) -> str:
    """The last line a child running ``script`` prints; it must exit cleanly."""
    result = _child(script, *args, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_second_snapshot_of_a_folder_parses_nothing_and_builds_no_page(seeds_project, tmp_path):
    before = seeds_project.stat().st_mtime_ns
    first = _run("snapshot", str(seeds_dir()), "-o", str(tmp_path / "a.png"))
    assert first.returncode == 0, first.stderr
    second = _run("snapshot", str(seeds_dir()), "-o", str(tmp_path / "b.png"))
    assert second.returncode == 0, second.stderr
    # the page was cached by the first run; the project was neither analysed nor written
    assert _heavy(second) == ""
    assert seeds_project.stat().st_mtime_ns == before
    assert (tmp_path / "b.png").stat().st_size > 10_000


PROJECT_FILE = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("LOADED", ",".join(m for m in ("explorer.pipeline", "explorer.corpus", "charset_normalizer")
                         if m in sys.modules))
sys.exit(code)
"""


def test_a_snapshot_of_a_project_file_imports_no_pipeline_or_corpus(seeds_project, tmp_path):
    """A project file has no articles to bring up to date: it is opened and drawn without the
    pipeline, and so without the corpus package and its charset detector (a second start: the
    first builds the map page, with folium)."""
    png = tmp_path / "p.png"
    for _ in range(2):
        loaded = _last_line(PROJECT_FILE, "snapshot", str(seeds_project), "-o", str(png))
    assert loaded == "LOADED"
    assert png.stat().st_size > 10_000


def test_a_second_snapshot_of_an_unchanged_folder_imports_no_corpus(seeds_project, tmp_path):
    """The folder's articles are compared with the project's by their hashes without the corpus
    package and its charset detector (tests/test_opening_unchanged.py: what is still
    analysed again)."""
    png = tmp_path / "s.png"
    for _ in range(2):
        loaded = _last_line(PROJECT_FILE, "snapshot", str(seeds_dir()), "-o", str(png))
    assert loaded == "LOADED explorer.pipeline"
    assert png.stat().st_size > 10_000


EXPORTS = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("EXPORT", ",".join(sorted(m for m in sys.modules if m.startswith("explorer.export"))))
sys.exit(code)
"""


def test_a_second_snapshot_imports_no_export_package(seeds_project, tmp_path):
    """A snapshot's picture names whose data it shows (the credits) without the export
    package: its geojson, records and sides modules were imported with the composition, in
    the read's thread, while the page loaded, for one string."""
    png = tmp_path / "e.png"
    for _ in range(2):
        loaded = _last_line(EXPORTS, "snapshot", str(seeds_dir()), "-o", str(png))
    assert loaded == "EXPORT"
    assert png.stat().st_size > 10_000


SIGNALS = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("SIGNALS", ",".join(m for m in ("psygnal", "importlib.metadata", "email.parser")
                          if m in sys.modules))
sys.exit(code)
"""


def test_a_snapshot_reads_its_project_without_psygnal(seeds_project, tmp_path):
    """A snapshot runs Qt already: its workspace's signals are Qt's, as the window's, so the
    read (the longer path to the page's first command when idle) does not import psygnal,
    whose ``__init__`` reads every installed package's metadata for its own version. A
    filter is still applied through them."""
    png = tmp_path / "q.png"
    for _ in range(2):
        loaded = _last_line(SIGNALS, "snapshot", str(seeds_dir()), "-o", str(png))
    assert loaded == "SIGNALS"
    assert png.stat().st_size > 10_000
    filtered = _last_line(SIGNALS, "snapshot", str(seeds_dir()), "-o", str(png), "--kind", "place")
    assert filtered == "SIGNALS"


def test_sides_of_a_known_folder_loads_no_language_model(seeds_project):
    result = _run("sides", str(seeds_dir()), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert _heavy(result) == ""


FIND_PAGE = r"""
import sys
from explorer.mapview.page import build_page
build_page()
print("LOADED", ",".join(m for m in ("folium", "jinja2", "explorer.export", "explorer.store")
                         if m in sys.modules))
"""


def test_a_cached_map_page_is_found_without_folium_or_the_export_package():
    """The window and a snapshot start loading their page before the project is read; finding
    the page must not wait for folium, the export package or the store."""
    _last_line(FIND_PAGE)  # a first start builds the page into the cache (with folium)
    assert _last_line(FIND_PAGE) == "LOADED"  # a second finds it there


BEFORE_THE_VIEW = r"""
import sys
from explorer.cli import build_parser
build_parser().parse_args(["snapshot", sys.argv[1], "-o", "x.png", "--kind", "event"])
import explorer.mapview.view  # what a snapshot and the window import to make their map view
from explorer.mapview.page import build_page
build_page()
print("LOADED", ",".join(m for m in ("explorer.items", "explorer.extract", "explorer.store")
                         if m in sys.modules))
"""


def test_the_map_view_is_made_without_the_item_contract_or_extraction():
    """Everything on the way to asking for the map page (the parser's choices, the view, the
    page's options) reads the vocabulary alone: the item contract and the extraction package
    (its compiled patterns) load later, with the project, while the page loads."""
    # a first start builds the page into the cache (with the export package)
    _last_line(BEFORE_THE_VIEW, str(seeds_dir()))
    assert _last_line(BEFORE_THE_VIEW, str(seeds_dir())) == "LOADED"


def test_the_vocabulary_is_the_item_contracts_own():
    from explorer import items, vocabulary

    assert items.KINDS is vocabulary.KINDS
    assert items.REVIEW_STATES is vocabulary.REVIEW_STATES
    assert items.KIND_LABELS is vocabulary.KIND_LABELS
    assert set(items.KIND_LABELS) == set(items.KINDS)


WINDOW_MAP_FIRST = r"""
import sys
from explorer.mapview.environment import prepare_qt_environment
prepare_qt_environment(headless=True)
from PySide6.QtWidgets import QApplication
import explorer.mapview.view as view
app = QApplication([])
seen = []
made = view.MapView.__init__
def init(self, *args, **kwargs):
    seen.append(sorted(m for m in ("explorer.ui.main_window", "explorer.ui.controller",
                                   "explorer.workspace") if m in sys.modules))
    made(self, *args, **kwargs)
view.MapView.__init__ = init
from explorer.app import build
workspace, window, controller = build(sys.argv[1])
assert window.map is not None
print("BEFORE", ",".join(seen[0]), len(seen))
controller.release_projects()
"""


def test_the_window_makes_its_map_before_importing_its_panels(tmp_path):
    """QtWebEngine starts and the window's page is asked for before the window's modules (the
    panels, the workspace, the controller) are imported; the window shows that one map."""
    assert _last_line(WINDOW_MAP_FIRST, str(tmp_path / "settings.ini")) == "BEFORE  1"


def test_a_paused_collection_resumes_with_the_start_frozen(automatic_collection):
    """A snapshot's start runs without the cyclic collector; afterwards the collector runs
    again, over what is made from then on only."""
    import gc

    from explorer.cli import _no_collection

    assert gc.isenabled()
    before = gc.get_freeze_count()
    try:
        with _no_collection():
            assert not gc.isenabled()
            made = [[] for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
    finally:
        gc.unfreeze()


LIGHT_IMPORTS = r"""
import sys
import explorer.export  # the window's worker imports it for ExportError; ingest for tables
import explorer.extract.merge  # the store merges and titles events with it
import explorer.store
import explorer.ui.worker
print("LOADED", ",".join(m for m in ("shapely", "numpy", "spacy", "explorer.extract.core",
                                     "explorer.extract.lexicon") if m in sys.modules))
"""


def test_the_export_package_and_event_merging_load_no_geometry_or_extraction_rules():
    """The export package's formats, and the event merging the store reads projects with, are
    imported on every start; shapely and numpy (about a second) load only where a shape is
    checked, the extraction rules and lexicons only where an article is analysed."""
    assert _last_line(LIGHT_IMPORTS, QT_QPA_PLATFORM="offscreen") == "LOADED"
