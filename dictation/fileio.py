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


def write_atomic(path: str | Path, data: bytes, *, private: bool = False,
                 temp_prefix: str | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half
    of one: a temporary file in the same folder, flushed to disk, then renamed over it.
    ``private``: readable by the user only (social data). ``temp_prefix`` names the temporary
    file, so a caller can recognise ones an interrupted write left behind."""
    import tempfile

    path = Path(path)
    prefix = temp_prefix if temp_prefix is not None else f".{path.name}."
    fd, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not private:
            os.chmod(temp, 0o644)
        replace_retrying(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
