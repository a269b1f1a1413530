#!/usr/bin/env bash
# Quick start: installs what is needed (first run only) and starts dictation.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/dictation listen "$@"
