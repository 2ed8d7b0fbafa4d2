"""thinc for explorer's bundle: the contributed hook's submodules and data, less its test suite
(left out by packaging/bundle.py, and slow for PyInstaller to list)."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _wanted(name: str) -> bool:
    return name != "thinc.tests" and not name.startswith("thinc.tests.")


hiddenimports = collect_submodules("thinc", filter=_wanted)
datas = [
    (source, dest)
    for source, dest in collect_data_files("thinc")
    if not dest.replace("\\", "/").startswith("thinc/tests")
]
