#!/usr/bin/env bash
# Set up (first run only) and start explorer; with no arguments it opens the bundled corpus.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/explorer" "$@"
