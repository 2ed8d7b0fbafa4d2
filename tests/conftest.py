"""Test setup: QtWebEngine on this machine, and no test touches the user's real files."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # we run as root in CI


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    # pytest-xvfb has set DISPLAY by now when Xvfb exists; without one, render offscreen.
    # Under pytest-xdist only the workers run tests, each on its own Xvfb: the controller
    # starts none, and what it set here its workers would inherit (offscreen for all).
    if config.getoption("dist", "no") != "no" and not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    from explorer.mapview.environment import prepare_qt_environment

    prepare_qt_environment(headless=not os.environ.get("DISPLAY"))


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory, monkeypatch):
    """Point caches, settings and home at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("EXPLORER_CACHE_DIR", str(home / ".cache" / "explorer"))


@pytest.fixture(autouse=True)
def _collected_after_each_test():
    """Once a test has built a window, the process collects cyclic garbage on this thread alone
    (``explorer.bulk``): a pass after each test, when due, as the window's event loop makes one
    every quarter second, so tests that run no loop do not pile garbage up for the rest."""
    yield
    from explorer.bulk import collect_if_due

    collect_if_due()


@pytest.fixture
def automatic_collection():
    """The collector as in a process with no window (the command line's): automatic, on any
    thread. Tests of it run after tests that built a window, which turned it off for good."""
    import gc

    import explorer.bulk as bulk

    collector, was_enabled = bulk._collector, gc.isenabled()
    bulk._collector = None
    gc.enable()
    try:
        yield
    finally:
        bulk._collector = collector
        if not was_enabled:
            gc.disable()


class _PageErrors(logging.Handler):
    """Collects what the map page reports as errors (its console and window.onerror)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(autouse=True)
def _no_javascript_errors(request):
    """Fail any test during which the map page logged a JavaScript error, whether or not the
    test looked at the page. Mark a test ``js_errors_expected`` to allow them."""
    handler = _PageErrors()
    logger = logging.getLogger("explorer.mapview")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    if handler.messages and not request.node.get_closest_marker("js_errors_expected"):
        pytest.fail("JavaScript errors on the map page:\n" + "\n".join(handler.messages))


@pytest.fixture(scope="session")
def _seeds_project_template(tmp_path_factory) -> Path:
    """The bundled articles ingested once per test run into a project file."""
    from explorer.paths import seeds_dir
    from explorer.pipeline import ingest

    path = tmp_path_factory.mktemp("seeds-project") / "seeds.gpkg"
    ingest([seeds_dir()], path)
    return path


@pytest.fixture
def seeds_project(_seeds_project_template) -> Path:
    """The project the window (and the command line) keeps for ``seeds/`` in this test's data
    folder, already holding the analysed articles: opening the seeds is then a load only."""
    from explorer.paths import seeds_dir
    from explorer.pipeline import default_project_for

    target = default_project_for(seeds_dir())
    shutil.copyfile(_seeds_project_template, target)
    return target


@pytest.fixture(scope="session")
def geoparsing():
    """The default geoparser and its gazetteer, made once per run; skips when the gazetteer
    has not been built (scripts/setup.sh builds it)."""
    try:
        from explorer.geoparse import Geoparser, load_gazetteer

        return Geoparser.default(), load_gazetteer()
    except Exception as exc:
        pytest.skip(f"geoparser not available: {exc}")


@pytest.fixture(scope="session")
def parse(geoparsing):
    """Text -> its extraction, geoparsed with demonyms and read with the lexicon of the
    gazetteer's countries, as an ingest reads an article."""
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for
    from explorer.model import Document

    gp, gz = geoparsing
    lex = lexicon_for(tuple(gz.country_facts()))

    def run(text: str, published: str | None = None):
        doc = Document("t.txt", "", "", text, "x", published=published)
        return extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )

    return run
