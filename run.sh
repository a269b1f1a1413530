#!/usr/bin/env bash
# Quick start: installs what is needed (first run only) and starts Diktat.
# With a display the desktop app starts; in a plain terminal (no X11/Wayland) live dictation
# in the terminal instead. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/dictation app "$@"
fi
echo "Keine grafische Oberfläche gefunden – starte das Diktat im Terminal." >&2
exec .venv/bin/dictation listen "$@"
