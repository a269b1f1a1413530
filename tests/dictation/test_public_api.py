"""The core's public surface: what ui/ may import, and no private names across modules."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import dictation

ROOT = Path(__file__).resolve().parents[2]


def _imports(folder: str):
    """(file, module, name) of every ``from X import name`` under ``folder``."""
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    yield path.relative_to(ROOT), node.module, alias.name


def test_every_exported_name_resolves():
    """Each name in ``dictation.__all__`` loads from the module the export table names."""
    for name in dictation.__all__:
        assert getattr(dictation, name) is not None, name
    for name, module in dictation._EXPORTS.items():  # noqa: SLF001 - the table under test
        assert getattr(importlib.import_module(module), name) is getattr(dictation, name)


def test_ui_imports_only_the_public_core():
    """The desktop app imports the core only as ``from dictation import …``, and only
    exported names (or the selftest module)."""
    for path, module, name in _imports("ui"):
        if module.split(".")[0] != "dictation":
            continue
        assert module == "dictation", f"{path}: from {module} import {name}"
        assert name in dictation.__all__ or name == "selftest", f"{path}: {name}"


def test_no_private_names_imported_across_modules():
    """No module of the core or the app imports another module's ``_private`` name."""
    for folder in ("dictation", "ui"):
        for path, module, name in _imports(folder):
            if module.split(".")[0] in ("dictation", "ui") or module.startswith("."):
                assert not name.startswith("_") or name.startswith("__"), f"{path}: {name}"


def test_core_does_not_import_the_app():
    """The core knows no front end: nothing in dictation/ imports ui (``dictation app``
    finds the desktop app by its entry point)."""
    for path, module, _name in _imports("dictation"):
        assert module.split(".")[0] != "ui", path
    for path in (ROOT / "dictation").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] != "ui" for a in node.names), path
