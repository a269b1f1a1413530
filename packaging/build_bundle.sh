#!/usr/bin/env bash
# Builds the Diktat program folder with PyInstaller: build/dist/diktat/ (diktat, dictation,
# _internal/, models/base/). One command; installs PyInstaller into .venv when missing.
#   packaging/build_bundle.sh            build (the venv must exist: scripts/setup.sh)
#   packaging/build_bundle.sh --test     build, then run the bundle's self-test
# Prints the build time and the folder's size. Linux here; Windows: packaging/windows/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PY="$ROOT/.venv/bin/python"
DIST="$ROOT/build/dist"
WORK="$ROOT/build/pyinstaller"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

[ -x "$PY" ] || { say "Keine .venv: zuerst scripts/setup.sh ausführen."; exit 1; }
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  say "Installiere PyInstaller in .venv"
  "$PY" -m pip install -q "pyinstaller>=6.10" 2>&1 | grep -v "^WARNING" || true
fi

say "Baue das Programmverzeichnis (PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)'))"
started=$(date +%s)
rm -rf "$DIST/diktat"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/diktat.spec
seconds=$(( $(date +%s) - started ))
size=$(du -sm "$DIST/diktat" | cut -f1)
model=$(du -sm "$DIST/diktat/models" | cut -f1)
echo "bundle: $DIST/diktat"
echo "bundle build time: ${seconds} s"
echo "bundle size: ${size} MB (model ${model} MB)"
printf '%s\n%s\n' "$seconds" "$size" > "$DIST/diktat.build-figures"

if [ "${1:-}" = "--test" ]; then
  say "Selbsttest des gebauten Programms (ohne .venv, eigener Cache)"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # A fresh HOME and cache: the bundle must not lean on the build user's files.
  env -i PATH=/usr/bin:/bin HOME="$tmp" DIKTAT_CACHE_DIR="$tmp/cache" LANG=C.UTF-8 \
    "$DIST/diktat/dictation" selftest
fi
