"""The core must stay usable without Qt (command line, tests, servers)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import dictation


def test_core_never_imports_qt():
    """Importing every module of dictation/ loads no PySide6/Qt module."""
    modules = [m.name for m in pkgutil.walk_packages(dictation.__path__, "dictation.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
    assert "dictation.engine.streaming" in modules and "dictation.cli" in modules
