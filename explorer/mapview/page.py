"""The map page shell, built with folium once and loaded from a file URL.

folium writes the Leaflet map, the (empty) marker cluster and the script that hands both to
``map.js``; data arrives later through the bridge. Every script and style sheet folium would
fetch from a CDN is replaced by the copy vendored under resources/web/vendor, so the page asks
for nothing outside the machine. This module imports no Qt: the page is plain HTML.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import folium
import folium.plugins
from branca.element import MacroElement
from jinja2 import Template

from explorer.items import KIND_LABELS
from explorer.palette import KIND_COLOURS, palette
from explorer.paths import cache_dir, geodata_dir, resources_dir

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


class _ExplorerInit(MacroElement):
    """Hands the folium-made map and cluster to map.js once both exist."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        explorerMap.init({{ this._parent.get_name() }}, {{ this.cluster.get_name() }},
                         {{ this.options | tojson }});
        {% endmacro %}"""
    )

    def __init__(self, cluster: folium.plugins.MarkerCluster, options: dict) -> None:
        super().__init__()
        self._name = "ExplorerInit"
        self.cluster = cluster
        self.options = options


def _local_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    js = [
        ("leaflet", _web("vendor", "leaflet", "leaflet.js")),
        ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js"),
        ("topojson", _web("vendor", "topojson-client", "topojson-client.min.js")),
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


def build_page_html(colours: dict | None = None) -> str:
    """The page as HTML text; every URL in it is a file: or qrc: URL."""
    js, css = _local_assets()
    cluster_js = [
        ("markercluster_js", _web("vendor", "leaflet.markercluster", "leaflet.markercluster.js"))
    ]
    cluster_css = [
        ("markercluster_css", _web("vendor", "leaflet.markercluster", "MarkerCluster.css")),
        (
            "markercluster_default_css",
            _web("vendor", "leaflet.markercluster", "MarkerCluster.Default.css"),
        ),
    ]
    # folium reads these class attributes when rendering; set them on subclasses so the
    # library's own classes stay untouched for any other user in the process.
    map_cls = type("OfflineMap", (folium.Map,), {"default_js": js, "default_css": css})
    cluster_cls = type(
        "OfflineMarkerCluster",
        (folium.plugins.MarkerCluster,),
        {"default_js": cluster_js, "default_css": cluster_css},
    )
    fmap = map_cls(
        location=DEFAULT_CENTRE,
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        # With no tile layer folium puts no zoom limits anywhere; the cluster needs maxZoom.
        minZoom=2,
        maxZoom=MAX_ZOOM,
        zoom_snap=0.25,
        # The basemap is drawn once, not repeated past the antimeridian: keep the view on it.
        world_copy_jump=False,
        max_bounds=True,
        maxBoundsViscosity=1.0,
        control_scale=False,
        prefer_canvas=False,
    )
    cluster = cluster_cls(
        name="items",
        options={
            "maxClusterRadius": 40,
            "showCoverageOnHover": False,
            "spiderfyOnMaxZoom": True,
            # Re-cluster at once on zoom, so a selection can open its cluster right after.
            "animate": False,
        },
    ).add_to(fmap)
    options = {
        "palette": colours or DEFAULT_PALETTE,
        "attribution": ATTRIBUTION,
        "kindLabels": KIND_LABELS,
    }
    fmap.add_child(_ExplorerInit(cluster, options))
    return fmap.get_root().render()


def build_page(colours: dict | None = None) -> Path:
    """Write the page into the cache (once per distinct content) and return its path."""
    html = build_page_html(colours)
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
    target = cache_dir() / f"map-{digest}.html"
    if not target.exists():
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".html.tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.replace(tmp, target)
    return target
