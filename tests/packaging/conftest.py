"""Helpers of the packaging tests: load scripts from packaging/ (not an importable package)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(relative: str) -> ModuleType:
    """Import ``packaging/<relative>`` as a module (once per test run)."""
    path = PACKAGING / relative
    name = "packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def unavailable(reason: str) -> None:
    """Skip on developer machines, but fail in CI, where the tools must be installed."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: this test must run here)")
    pytest.skip(reason)
