"""Window geometry and state between runs (QSettings). Nothing else is kept here: the app's
settings are the TOML files of :mod:`dictation.settings`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

_GEOMETRY = "window/geometry"
_STATE = "window/state"


def window_settings() -> QSettings:
    """An INI file in ``DIKTAT_CONFIG_DIR`` when set (tests), else Qt's per-user location."""
    folder = os.environ.get("DIKTAT_CONFIG_DIR")
    if folder:
        return QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Diktat", "window")


def restore_window(window: QMainWindow) -> bool:
    """Restore size, position and dock/toolbar state; False when nothing was saved."""
    settings = window_settings()
    geometry = settings.value(_GEOMETRY)
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = settings.value(_STATE)
    if state is not None:
        window.restoreState(state)
    return True


def save_window(window: QMainWindow) -> None:
    """Remember size, position and state."""
    settings = window_settings()
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.sync()


__all__ = ["restore_window", "save_window", "window_settings"]
