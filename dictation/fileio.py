"""Small file-system helpers shared by everything that writes the user's data atomically."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .i18n import tr


def replace_retrying(source: str | Path, target: str | Path, delay_s: float = 0.05) -> None:
    """``os.replace``, retried briefly on Windows, where a virus scanner may hold the target."""
    for attempt in range(3):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == 2:
                raise
            time.sleep(delay_s * (attempt + 1))


def remove_quietly(path: str | Path) -> None:
    """Delete a temporary file; a failure here must not hide the error being reported."""
    try:
        os.unlink(path)
    except OSError:
        pass


def os_error_reason(exc: BaseException) -> str:
    """A short reason in the user's language for the common OS errors, else the OS text."""
    if isinstance(exc, FileNotFoundError):
        return tr("Datei oder Ordner nicht gefunden", "file or folder not found")
    if isinstance(exc, PermissionError):
        return tr("keine Berechtigung", "permission denied")
    if isinstance(exc, IsADirectoryError):
        return tr("das ist ein Ordner, keine Datei", "this is a folder, not a file")
    if isinstance(exc, TimeoutError):
        return tr("Zeitüberschreitung (Netzwerk?)", "timed out (network?)")
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def write_atomic(path: str | Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half
    of one: a temporary file in the same folder, flushed to disk, then renamed over it.
    ``private``: readable by the user only (social data)."""
    import secrets

    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace_retrying(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
