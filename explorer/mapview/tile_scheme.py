"""Serves the basemap's tiles (``tiles.py``) to the map page as ``explorer-basemap:`` URLs.

A tile already in the cache is answered at once; a new one is drawn on a worker thread (the GUI
thread, on which QtWebEngine also loads the page's files, stays free) and answered when it is
done. The scheme must be registered before the QApplication exists: ``register_scheme`` is
called when this module is imported (``view.py`` imports it), and a process that made its
application first gets the vector basemap instead.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QBuffer, QCoreApplication, QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from explorer.mapview import tiles

log = logging.getLogger(__name__)

SCHEME = b"explorer-basemap"
_PATH = re.compile(r"^/?(\d)/(\d{1,2})/(\d{1,6})/(\d{1,6})\.png$")


def register_scheme() -> bool:
    """Register the tiles' scheme (only possible before the QApplication exists); whether the
    scheme is registered in this process."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return True
    if QCoreApplication.instance() is not None:
        return False
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    # local, like the page's own files: only a local page may load it, never a web page
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


REGISTERED = register_scheme()

_cache = tiles.TileCache()  # one per process: its key is computed once


def tile_cache() -> tiles.TileCache:
    return _cache


class BasemapTiles(QWebEngineUrlSchemeHandler):
    """Answers ``explorer-basemap:SCALE/Z/X/Y.png``."""

    _drawn = Signal(object, object)  # job, PNG bytes or None: from the worker to this thread

    def __init__(self, parent: QObject | None = None, cache: tiles.TileCache | None = None):
        super().__init__(parent)
        self._cache = cache or _cache
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="basemap-tiles")
        self._drawn.connect(self._reply)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        found = _PATH.match(job.requestUrl().path())
        if not found:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        scale, z, x, y = (int(v) for v in found.groups())
        try:
            data = self._cache.cached(scale, z, x, y)
        except tiles.TileError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if data is not None:
            self._reply(job, data)
        else:
            self._pool.submit(self._draw, job, (scale, z, x, y))

    def _draw(self, job: QWebEngineUrlRequestJob, where: tuple[int, int, int, int]) -> None:
        try:
            data = self._cache.tile(*where)
        except Exception:  # a broken tile must not take the page down: the page falls back
            log.exception("basemap tile %s could not be drawn", where)
            data = None
        try:
            self._drawn.emit(job, data)
        except RuntimeError:  # the handler was deleted meanwhile (the view closed)
            pass

    def _reply(self, job: QWebEngineUrlRequestJob, data: bytes | None) -> None:
        if not shiboken6.isValid(job):  # the page went away while the tile was drawn
            return
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        buffer = QBuffer(job)  # lives as long as the request
        buffer.setData(data)
        job.reply(b"image/png", buffer)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def install(profile: QWebEngineProfile, parent: QObject) -> BasemapTiles | None:
    """Serve the tiles to pages of ``profile`` (once per profile); None if the scheme could
    not be registered in this process."""
    if not REGISTERED:
        return None
    existing = profile.urlSchemeHandler(SCHEME)
    if isinstance(existing, BasemapTiles):
        return existing
    handler = BasemapTiles(parent)
    profile.installUrlSchemeHandler(SCHEME, handler)
    return handler
