#!/usr/bin/env bash
# Set up (first run only, with the test tools) and run every check: lint, the import contracts
# (Qt-free domain, layers), types of the domain packages, and the whole test suite (GUI tests
# run on a virtual screen).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXTRAS=test bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy
# One worker per core, each test file whole on one worker (its module fixtures made once), each
# worker with its own virtual screen; TEST_WORKERS=0 runs in this process alone.
exec .venv/bin/python -m pytest -n "${TEST_WORKERS:-auto}" --dist loadfile "$@"
