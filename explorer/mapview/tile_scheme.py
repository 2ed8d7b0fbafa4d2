"""Serves the basemap's tiles (``tiles.py``) to the map page as ``explorer-basemap:`` URLs.

A tile already in the cache is answered at once; a new one is drawn on a worker thread (the GUI
thread, on which QtWebEngine also loads the page's files, stays free) and answered when it is
done. The scheme must be registered before the QApplication exists: ``prepare_qt_environment``
calls ``register_scheme``; a process that made its application first gets the vector basemap.
"""

from __future__ import annotations

import contextlib
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


_cache = tiles.TileCache()  # one per process: its key is computed once
_pool: ThreadPoolExecutor | None = None  # one drawing thread for every view's tiles


def _drawing_pool() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(1, thread_name_prefix="basemap-tiles")
    return _pool


def tile_cache() -> tiles.TileCache:
    return _cache


class BasemapTiles(QWebEngineUrlSchemeHandler):
    """Answers ``explorer-basemap:SCALE/Z/X/Y.png``."""

    _drawn = Signal(object, object)  # job, PNG bytes or None: from the worker to this thread

    def __init__(self, parent: QObject | None = None, cache: tiles.TileCache | None = None):
        super().__init__(parent)
        self._cache = cache or _cache
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
            _drawing_pool().submit(self._draw, job, (scale, z, x, y))

    def _draw(self, job: QWebEngineUrlRequestJob, where: tuple[int, int, int, int]) -> None:
        try:
            data = self._cache.tile(*where)
        except Exception:  # a broken tile must not take the page down: the page falls back
            log.exception("basemap tile %s could not be drawn", where)
            data = None
        # the handler may have been deleted meanwhile (the view closed)
        with contextlib.suppress(RuntimeError):
            self._drawn.emit(job, data)

    def _reply(self, job: QWebEngineUrlRequestJob, data: bytes | None) -> None:
        if not shiboken6.isValid(job):  # the page went away while the tile was drawn
            return
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        buffer = QBuffer(job)  # lives as long as the request
        buffer.setData(data)
        job.reply(b"image/png", buffer)


def install(profile: QWebEngineProfile) -> BasemapTiles | None:
    """Serve the tiles to pages of ``profile`` (once per profile; the handler lives as long as
    the profile); None if the scheme could not be registered in this process."""
    if not register_scheme():
        log.info("the basemap's tiles scheme was not registered before the application: vector")
        return None
    existing = profile.urlSchemeHandler(SCHEME)
    if isinstance(existing, BasemapTiles):
        return existing
    handler = BasemapTiles(profile)
    profile.installUrlSchemeHandler(SCHEME, handler)
    return handler
