#!/usr/bin/env bash
# Runs the whole test suite; installs what the tests need first (virtual microphone included).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
