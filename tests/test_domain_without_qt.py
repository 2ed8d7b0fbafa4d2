"""Domain packages must import and work with Qt unavailable."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not available to domain code')
        return None
sys.meta_path.insert(0, _NoQt())
import explorer.model, explorer.paths, explorer.pipeline, explorer.cli
import explorer.corpus, explorer.geoparse, explorer.extract, explorer.store, explorer.export
import explorer.mapview.page, explorer.mapview.environment
import explorer.workspace, explorer.filters, explorer.timeline, explorer.palette
import explorer.review, explorer.items, explorer.ids, explorer.commands
import explorer.settings as s
assert s.from_mapping(s.to_mapping(s.Settings(show_rejected=True))).show_rejected
explorer.workspace.Workspace()
explorer.cli.build_parser()
print('ok')
"""


def test_domain_packages_import_without_qt():
    out = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
