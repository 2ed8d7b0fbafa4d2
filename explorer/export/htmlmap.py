"""The standalone HTML map: the window's own map page, its data and a side panel with every
item's excerpts, in one file that works with the network off.

The page is the one the window shows (``explorer.mapview.page`` builds it and the caller hands
it over as ``ExportOptions.map_page``): every script and style sheet it loads from the app's
files is inlined (Leaflet's images as data: URLs), Qt's bridge script is replaced by
``resources/web/standalone.js``, which sends the page the messages the window would, and a
Content-Security-Policy allows only the scripts written into the file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from explorer.export.records import (
    DATA_CREDITS,
    ExportError,
    ExportOptions,
    in_file,
    records,
    source_details,
    where_in_words,
)
from explorer.export.safe import html_text
from explorer.items import KIND_LABELS, ItemSet
from explorer.paths import resources_dir

# the list's order of kinds, as the brief lists them
_KIND_ORDER = {"event": 0, "asset": 1, "place": 2, "theatre": 3}
_SCRIPT_SRC = re.compile(r'<script src="([^"]+)"></script>')
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"\s*/?>')
_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', re.I)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CSS_URL = re.compile(r"url\((['\"]?)([^)'\"#]+)\1\)")
BRIDGE_SCRIPT = "qrc:///qtwebchannel/qwebchannel.js"


def _local_file(url: str) -> Path:
    parsed = urlparse(url)
    if parsed.scheme != "file":
        raise ExportError(f"the map page loads {url}, which is not a file of the app")
    return Path(unquote(parsed.path))


def _script(body: str) -> str:
    # "</script" would end the element early wherever it stands in the code
    return "<script>" + body.replace("</script", "<\\/script") + "</script>"


def _inline_css(path: Path) -> str:
    css = path.read_text("utf-8")

    def data_url(match: re.Match[str]) -> str:
        target = (path.parent / match.group(2)).resolve()
        if not target.is_file():
            return match.group(0)
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        encoded = base64.b64encode(target.read_bytes()).decode("ascii")
        return f"url(data:{kind};base64,{encoded})"

    return "<style>" + _CSS_URL.sub(data_url, css).replace("</style", "<\\/style") + "</style>"


def _source(digest: Any) -> str:
    """A finished SHA-256 of a script's text as a CSP source (``'sha256-...'``)."""
    return "'sha256-" + base64.b64encode(digest.digest()).decode() + "'"


def script_hashes(page: str) -> str:
    """The page's inline scripts as CSP sources (``'sha256-...'``): only these may run."""
    return " ".join(
        _source(hashlib.sha256(body.encode("utf-8"))) for body in _INLINE_SCRIPT.findall(page)
    )


_POLICY = (
    "default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; frame-src 'none'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)


def content_policy(page: str) -> str:
    """Only the scripts written into the page run; nothing is fetched from anywhere."""
    return _POLICY.format(scripts=script_hashes(page))


def _title(options: ExportOptions) -> str:
    return options.title or "explorer map"


def _json(value: Any) -> str:
    # "<" only occurs inside JSON strings; as \u003c it can neither end the script element
    # nor open a comment that would change how the browser finds its end
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _json_list(values: Iterable[Any]) -> Iterator[str]:
    """A JSON array written an element at a time, as ``json.dumps`` writes it."""
    yield "["
    for k, value in enumerate(values):
        yield (", " if k else "") + _json(value)
    yield "]"


def _payload_json(items: ItemSet, options: ExportOptions) -> Iterator[str]:
    """``json.dumps`` of the page's data (title, summary, the map's messages, the panel's
    items, credits), the same text, made a piece at a time: the map's features and the
    panel's rows are never one string, nor the map's features one list."""
    rows = panel_items(items)
    located = sum(1 for r in rows if r["located"])
    summary = f"{located} item{'s' * (located != 1)} on the map"
    if len(rows) - located:
        summary += f", {len(rows) - located} without a place (in the list)"
    yield "{" + f'"title": {_json(_title(options))}, "summary": {_json(summary)}'
    yield ', "messages": ['
    if options.palette:
        yield _json({"cmd": "setPalette", "palette": options.palette}) + ", "
    yield '{"cmd": "setData", "data": {"type": "FeatureCollection", "features": '
    yield from _json_list(items.map_features())
    yield '}, "fit": true}], "items": '
    yield from _json_list(rows)
    yield f', "credits": {_json(DATA_CREDITS)}, "exported": {_json(date.today().isoformat())}' + "}"


def panel_items(items: ItemSet) -> list[dict[str, Any]]:
    sources = source_details(items)
    where = in_file(items)  # "characters a–b" of the file, as a reader opening it counts them
    out = []
    # the list as an analyst reads it: by kind, then by name (the records come in the order
    # of the project's tables)
    rows = sorted(
        records(items), key=lambda r: (_KIND_ORDER.get(r["kind"], 9), r["name"].casefold())
    )
    for r in rows:
        evidence = [
            {
                **e,
                **{k: sources.get(e["doc"], {}).get(k) for k in ("outlet", "title", "published")},
                "at": where(e),
            }
            for e in r["evidence"]
        ]
        out.append(
            {
                "id": r["id"],
                "name": r["name"],
                "kind": r["kind"],
                "kindLabel": KIND_LABELS.get(r["kind"], r["kind"]),
                # a conflict area's type ("conflict") would only repeat its kind
                "type": "" if r["kind"] == "theatre" else r["type"].replace("_", " "),
                "date": r["date"],
                "country": r["country"],
                "where": where_in_words(r),
                "conflict": r["conflict"],
                "side": r["side"],
                "review": r["review"],
                "actors": r.get("actors") or [],
                "targets": r.get("targets") or [],
                "outlets": r["outlets"],
                "located": r["geometry"] is not None,
                "evidence": evidence,
            }
        )
    return out


def _page_around_data(options: ExportOptions) -> tuple[str, str]:
    """The map page with every file it loads inlined, cut where the page's data and its
    stand-in for the bridge go (the script of the bridge)."""
    if not options.map_page:
        raise ExportError("the HTML map needs the map page; export it from the window or CLI")
    web = resources_dir() / "web"
    page = _CSP_META.sub("", options.map_page)
    if BRIDGE_SCRIPT not in page:
        raise ExportError("the map page has no bridge script to stand in for")

    def script(match: re.Match[str]) -> str:
        url = match.group(1)
        if url == BRIDGE_SCRIPT:
            return _DATA_MARK
        return _script(_local_file(url).read_text("utf-8"))

    def stylesheet(match: re.Match[str]) -> str:
        return _inline_css(_local_file(match.group(1)))

    page = _SCRIPT_SRC.sub(script, page)
    page = _STYLESHEET.sub(stylesheet, page)
    page = page.replace("</head>", _inline_css(web / "standalone.css") + "\n</head>", 1)
    page = page.replace("<body>", '<body>\n<div id="sa-panel"></div>', 1)
    title = html_text(_title(options))
    page = page.replace("<head>", f"<head>\n<title>{title}</title>", 1)
    before, _, after = page.partition(_DATA_MARK)
    return before, after


# where the data goes while the page around it is made (no page holds this text)
_DATA_MARK = "<!--explorer:standalone-data-->"
_DATA_PREFIX = "window.EXPLORER_STANDALONE = "


def write_html_map(items: ItemSet, path: Path, options: ExportOptions) -> None:
    """The standalone page, written a piece at a time: the data script (tens of MB for a
    large project) is spilled to a file beside ``path`` while its hash for the page's
    Content-Security-Policy is taken, then copied in after the page's head."""
    before, after = _page_around_data(options)
    shim_js = _script((resources_dir() / "web" / "standalone.js").read_text("utf-8"))
    digest = hashlib.sha256(_DATA_PREFIX.encode("utf-8"))
    with tempfile.TemporaryFile(dir=path.parent) as spill:
        for piece in _payload_json(items, options):
            data = piece.encode("utf-8")
            digest.update(data)
            spill.write(data)
        digest.update(b";")
        data_hash = _source(digest)
        sources = " ".join(
            h for h in (script_hashes(before), data_hash, script_hashes(shim_js + after)) if h
        )
        policy = (
            '<meta http-equiv="Content-Security-Policy" content="'
            + _POLICY.format(scripts=sources)
            + '" />'
        )
        before = before.replace("<head>", "<head>\n" + policy, 1)
        spill.seek(0)
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write(before)
            out.write("<script>" + _DATA_PREFIX)
            out.flush()
            shutil.copyfileobj(spill, out.buffer)
            out.write(";</script>\n" + shim_js + after)
