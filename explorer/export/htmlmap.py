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
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from explorer.export.records import (
    DATA_CREDITS,
    ExportError,
    ExportOptions,
    records,
    source_details,
)
from explorer.export.safe import html_text
from explorer.items import KIND_LABELS, ItemSet
from explorer.paths import resources_dir

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


def _json_script(name: str, value: Any) -> str:
    # "<" only occurs inside JSON strings; as \u003c it can neither end the script element
    # nor open a comment that would change how the browser finds its end
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
    return _script(f"window.{name} = {text};")


def script_hashes(page: str) -> str:
    """The page's inline scripts as CSP sources (``'sha256-...'``): only these may run."""
    return " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(page)
    )


def content_policy(page: str) -> str:
    """Only the scripts written into the page run; nothing is fetched from anywhere."""
    return (
        f"default-src 'none'; script-src {script_hashes(page)}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'; frame-src 'none'; "
        "object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def map_messages(items: ItemSet, palette: dict[str, Any]) -> list[dict[str, Any]]:
    """What the window sends the page through the bridge to show ``items`` (MapView's
    ``set_palette`` and ``set_features(..., fit=True)``)."""
    messages: list[dict[str, Any]] = []
    if palette:
        messages.append({"cmd": "setPalette", "palette": palette})
    messages.append({"cmd": "setData", "data": items.map_collection(), "fit": True})
    return messages


def panel_items(items: ItemSet) -> list[dict[str, Any]]:
    sources = source_details(items)
    out = []
    for r in records(items):
        evidence = [
            {**e, **{k: sources.get(e["doc"], {}).get(k) for k in ("outlet", "title", "published")}}
            for e in r["evidence"]
        ]
        out.append(
            {
                "id": r["id"],
                "name": r["name"],
                "kind": r["kind"],
                "kindLabel": KIND_LABELS.get(r["kind"], r["kind"]),
                "type": r["type"].replace("_", " "),
                "date": r["date"],
                "country": r["country"],
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


def standalone_page(items: ItemSet, options: ExportOptions) -> str:
    if not options.map_page:
        raise ExportError("the HTML map needs the map page; export it from the window or CLI")
    web = resources_dir() / "web"
    page = _CSP_META.sub("", options.map_page)
    rows = panel_items(items)
    located = sum(1 for r in rows if r["located"])
    summary = f"{located} items on the map"
    if len(rows) - located:
        summary += f", {len(rows) - located} without a place (in the list)"
    payload = {
        "title": options.title or "explorer map",
        "summary": summary,
        "messages": map_messages(items, options.palette),
        "items": rows,
        "credits": DATA_CREDITS,
        "exported": date.today().isoformat(),
    }
    shim = (
        _json_script("EXPLORER_STANDALONE", payload)
        + "\n"
        + _script((web / "standalone.js").read_text("utf-8"))
    )

    def script(match: re.Match[str]) -> str:
        url = match.group(1)
        if url == BRIDGE_SCRIPT:
            return shim
        return _script(_local_file(url).read_text("utf-8"))

    def stylesheet(match: re.Match[str]) -> str:
        return _inline_css(_local_file(match.group(1)))

    if BRIDGE_SCRIPT not in page:
        raise ExportError("the map page has no bridge script to stand in for")
    page = _SCRIPT_SRC.sub(script, page)
    page = _STYLESHEET.sub(stylesheet, page)
    page = page.replace("</head>", _inline_css(web / "standalone.css") + "\n</head>", 1)
    page = page.replace("<body>", '<body>\n<div id="sa-panel"></div>', 1)
    page = page.replace("<head>", f"<head>\n<title>{html_text(payload['title'])}</title>", 1)
    policy = f'<meta http-equiv="Content-Security-Policy" content="{content_policy(page)}" />'
    return page.replace("<head>", "<head>\n" + policy, 1)


def write_html_map(items: ItemSet, path: Path, options: ExportOptions) -> None:
    path.write_text(standalone_page(items, options), encoding="utf-8")
