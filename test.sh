#!/usr/bin/env bash
# Runs the linter and the whole test suite; installs what the tests need first (virtual
# microphone included). Any ruff finding fails the run before the tests start.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
.venv/bin/ruff check --no-cache .
exec .venv/bin/python -m pytest "$@"
