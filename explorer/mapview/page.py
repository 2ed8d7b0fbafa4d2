"""The map page shell, built with folium once and loaded from a file URL.

folium writes the Leaflet map and the script that hands it to ``map.js``; data arrives later
through the bridge, and ``map.js`` clusters points with the vendored supercluster. Every script
and style sheet folium would fetch from a CDN is replaced by the copy vendored under
resources/web/vendor, so the page asks for nothing outside the machine. This module imports no
Qt, and folium only when the page is not in the cache yet (importing it and compiling its
templates costs more than a second): ``build_page`` finds a cached page by a key made of
everything the HTML is made from.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import re
import tempfile
from pathlib import Path

from explorer.mapview.crowds import crowd_places, crowd_sources
from explorer.palette import KIND_COLOURS, palette
from explorer.paths import cache_dir, geodata_dir, resources_dir
from explorer.vocabulary import KIND_LABELS

DEFAULT_PALETTE = palette(KIND_COLOURS, {})

ATTRIBUTION = "Places: GeoNames (CC BY 4.0)"

# Where the view starts before any data arrives: the Eastern Mediterranean and Black Sea.
DEFAULT_CENTRE = (39.0, 35.0)
DEFAULT_ZOOM = 5
MAX_ZOOM = 12


def _url(path: Path) -> str:
    return path.resolve().as_uri()


def _web(*parts: str) -> str:
    return _url(resources_dir().joinpath("web", *parts))


def _local_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    js = [
        ("leaflet", _web("vendor", "leaflet", "leaflet.js")),
        ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js"),
        ("topojson", _web("vendor", "topojson-client", "topojson-client.min.js")),
        ("supercluster", _web("vendor", "supercluster", "supercluster.min.js")),
        ("basemap_data", _url(geodata_dir() / "basemap" / "basemap.js")),
        ("basemap", _web("basemap.js")),
        ("explorer_map", _web("map.js")),
    ]
    css = [
        ("leaflet_css", _web("vendor", "leaflet", "leaflet.css")),
        ("basemap_css", _web("basemap.css")),
        ("explorer_css", _web("map.css")),
    ]
    return js, css


def _options(colours: dict | None, crowds: dict | list | None = None) -> dict:
    """map.js's options; ``crowds``: what a crowd of items over several countries is named by
    (``crowd_places()`` when None), or, for the page's key, what those names are made from."""
    return {
        "palette": colours or DEFAULT_PALETTE,
        "attribution": ATTRIBUTION,
        "kindLabels": KIND_LABELS,
        "maxZoom": MAX_ZOOM,
        "crowds": crowd_places() if crowds is None else crowds,
    }


def _basemap_arcs_url() -> str | None:
    from explorer.mapview.basemap_arcs import arcs_file

    found = arcs_file()
    return _url(found) if found is not None else None


def build_page_html(colours: dict | None = None, basemap_arcs: str | None = None) -> str:
    """The page as HTML text; every URL in it is a file: or qrc: URL. ``basemap_arcs``: the URL
    of the basemap's arcs decoded once (see ``explorer.mapview.basemap_arcs``), or None (the
    page decodes them itself)."""
    import folium
    from branca.element import MacroElement
    from jinja2 import Template

    class ExplorerInit(MacroElement):
        """Hands the folium-made map to map.js once it exists."""

        _template = Template(
            """{% macro script(this, kwargs) %}
            explorerMap.init({{ this._parent.get_name() }}, {{ this.options | tojson }});
            {% endmacro %}"""
        )

        def __init__(self, options: dict) -> None:
            super().__init__()
            self._name = "ExplorerInit"
            self.options = options

    js, css = _local_assets()
    # folium reads these class attributes when rendering; set them on a subclass so the
    # library's own class stays untouched for any other user in the process.
    map_cls = type("OfflineMap", (folium.Map,), {"default_js": js, "default_css": css})
    fmap = map_cls(
        location=DEFAULT_CENTRE,
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        # a map pane a third of a laptop's screen wide still shows the Americas and East Asia
        # at once (zoom 2 is 1,024 pixels to the world)
        minZoom=1,
        maxZoom=MAX_ZOOM,
        zoom_snap=0.25,
        # The basemap is drawn once, not repeated past the antimeridian: keep the view on it.
        world_copy_jump=False,
        max_bounds=True,
        maxBoundsViscosity=1.0,
        control_scale=False,
        prefer_canvas=False,
    )
    fmap.add_child(ExplorerInit(_options(colours)))
    html = with_content_policy(fmap.get_root().render(), reads_files=basemap_arcs is not None)
    return _with_basemap_arcs(html, basemap_arcs)


def _with_basemap_arcs(html: str, url: str | None) -> str:
    """``html`` naming the basemap's decoded arcs in a meta element at the head's top, where
    basemap.js finds it as it is evaluated and starts reading them, before the map is made
    (map.js's init, after every script, was later by the scripts' evaluation)."""
    if url is None:
        return html
    from html import escape  # only when a page is built: a cached page's start needs none

    meta = f'<meta name="explorer-basemap-arcs" content="{escape(url, quote=True)}" />'
    found = _CHARSET_META.search(html)
    at = found.end() if found else html.index("<head>") + len("<head>")
    return html[:at] + "\n    " + meta + html[at:]


_CHARSET_META = re.compile(r"<meta http-equiv=\"content-type\"[^>]*>", re.I)


def content_policy(html: str, reads_files: bool = False) -> str:
    """The page's Content-Security-Policy: its own files (file: and Qt's qrc:) and the inline
    scripts it was built with, by hash; no network, no frames, no forms, no plugins. Styles may
    be inline (Leaflet and map.js set them); data: images are Leaflet's. ``reads_files``: the
    page may read its own files (the basemap's decoded arcs), else nothing."""
    # imported here: the export package (the store, shapely) is not needed to find a cached page
    from explorer.export.htmlmap import script_hashes

    connect = "'self'" if reads_files else "'none'"
    return (
        "default-src 'none'; "
        f"script-src 'self' qrc: {script_hashes(html)}; "
        "style-src 'self' 'unsafe-inline'; "
        f"img-src 'self' data:; font-src 'self' data:; connect-src {connect}; "
        "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def with_content_policy(html: str, reads_files: bool = False) -> str:
    """``html`` with its Content-Security-Policy as the head's first rule after the charset."""
    policy = content_policy(html, reads_files)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    found = _CHARSET_META.search(html)
    at = found.end() if found else html.index("<head>") + len("<head>")
    return html[:at] + "\n    " + meta + html[at:]


def _page_key(colours: dict | None, basemap_arcs: str | None) -> str:
    """What the HTML is made of, without importing folium: this module's code (in a frozen
    build, which has no sources, the release stands for it), folium's installed version (its
    files' size and time), the options (the crowds' names by their files' size and time:
    ``crowd_sources``) and the asset URLs (the basemap's decoded arcs' among them, named after
    the data they hold)."""
    source = Path(__file__)
    if source.exists():
        digest = hashlib.sha256(source.read_bytes())
    else:
        import explorer

        digest = hashlib.sha256(f"explorer {explorer.__version__}".encode())
    spec = importlib.util.find_spec("folium")
    try:
        stat = os.stat(spec.origin) if spec and spec.origin else None
    except OSError:  # a frozen build keeps folium's code in its archive: its version says it
        stat = None
    if stat is not None and spec is not None:
        digest.update(f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    else:
        from importlib.metadata import PackageNotFoundError, version

        with contextlib.suppress(PackageNotFoundError):
            digest.update(f"folium {version('folium')}".encode())
    made_of = [_options(colours, crowd_sources()), _local_assets(), basemap_arcs]
    digest.update(json.dumps(made_of, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def build_page(colours: dict | None = None) -> Path:
    """The page in the cache (built once per distinct key), with the basemap's arcs decoded
    once beside it; returns its path."""
    arcs = _basemap_arcs_url()
    target = cache_dir() / f"map-{_page_key(colours, arcs)}.html"
    if not target.exists():
        html = build_page_html(colours, arcs)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".html.tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.replace(tmp, target)
    return target
