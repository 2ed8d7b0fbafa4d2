"""spaCy for explorer's bundle: the contributed hook collects every submodule, its test suite
and every language among them; this one leaves out what packaging/bundle.py excludes (and
saves PyInstaller from importing them all to list them)."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

_LEFT_OUT: tuple[str, ...] = ()


def _left_out() -> tuple[str, ...]:
    global _LEFT_OUT
    if not _LEFT_OUT:
        import importlib.util
        import sys
        from pathlib import Path

        name = "explorer_bundle"
        bundle = sys.modules.get(name)
        if bundle is None:
            path = Path(__file__).resolve().parent.parent / "bundle.py"
            spec = importlib.util.spec_from_file_location(name, path)
            bundle = importlib.util.module_from_spec(spec)
            sys.modules[name] = bundle
            spec.loader.exec_module(bundle)
        spacy = [m for m in bundle.EXCLUDED_MODULES if m.startswith("spacy.")]
        _LEFT_OUT = (*spacy, *bundle.spacy_language_excludes())
    return _LEFT_OUT


def _wanted(name: str) -> bool:
    return not any(name == m or name.startswith(m + ".") for m in _left_out())


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [
    (source, dest)
    for source, dest in collect_data_files("spacy")
    if _wanted(dest.replace("\\", "/").replace("/", "."))
]
