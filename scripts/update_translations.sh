#!/usr/bin/env bash
# Extracts the desktop app's strings (German source) into ui/translations/diktat_en.ts, keeping
# the English translations already there, and compiles ui/translations/diktat_en.qm.
# New or changed strings show up as "unfinished" in the .ts: translate them (a text editor or
# pyside6-linguist), then run this script again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v pyside6-lupdate)")"
"$bin/pyside6-lupdate" ui/*.py -ts ui/translations/diktat_en.ts \
    -source-language de_DE -target-language en_GB -no-obsolete
"$bin/pyside6-lrelease" ui/translations/diktat_en.ts -qm ui/translations/diktat_en.qm
