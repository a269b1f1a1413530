"""Small file-system helpers shared by everything that writes the user's data atomically."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
import time
from pathlib import Path

from dictation.i18n import tr

log = logging.getLogger("dictation")

#: errno values that mean "no space left" (a full disk, or the user's quota used up).
NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


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


def disk_is_full(exc: BaseException, folder: str | Path | None = None) -> bool:
    """Whether ``exc`` was caused by a full disk.

    An ``OSError`` says so by its errno. SQLite reports ``SQLITE_FULL`` when a write fails for
    lack of space, but only a generic ``SQLITE_IOERR`` ("disk I/O error") when its -shm file
    cannot grow or a sync fails; for those the free space of ``folder`` decides (below
    1 MiB: full), because that is the reason the user can act on.
    """
    if isinstance(exc, OSError):
        return exc.errno in NO_SPACE
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # Python < 3.11
        return "disk is full" in str(exc)
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return True
    if primary != sqlite3.SQLITE_IOERR or folder is None:
        return False
    import shutil

    try:
        return shutil.disk_usage(folder).free < _FULL_BELOW_BYTES
    except OSError:
        return False


_FULL_BELOW_BYTES = 1 << 20


def os_error_reason(exc: BaseException) -> str:
    """A short reason in the user's language for the common OS errors, else the OS text."""
    if isinstance(exc, OSError) and exc.errno in NO_SPACE:
        return tr("der Datenträger ist voll", "the disk is full")
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
                 temp_prefix: str | None = None, keep_mode: bool = False,
                 sync_folder: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half
    of one: a temporary file in the same folder, flushed to disk, then renamed over it.

    The one atomic writer of the core (drafts, settings, exports, vocabulary lists, published
    lists). ``private``: readable by the user only (social data, POSIX 0600); otherwise the
    file gets 0644, or with ``keep_mode`` the permission bits of the file it replaces (a new
    file: the usual umask defaults), so a list on a share keeps the rights IT gave it.
    ``temp_prefix`` names the temporary file (default ``.NAME.``; the name ends in ``.tmp``),
    so a caller can recognise ones an interrupted write left behind. ``sync_folder``: also
    flush the folder (POSIX), so the rename itself survives a power cut. Raises ``OSError``;
    the temporary file is removed then.
    """
    import secrets
    import tempfile

    path = Path(path)
    prefix = temp_prefix if temp_prefix is not None else f".{path.name}."
    if keep_mode and not private:  # created with the umask's defaults, like any new file
        temp = str(path.with_name(f"{prefix}{secrets.token_hex(4)}.tmp"))
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
    else:
        fd, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)  # 0600
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_mode and not private:
            try:
                os.chmod(temp, os.stat(path).st_mode & 0o7777)
            except FileNotFoundError:
                pass
        elif not private:
            os.chmod(temp, 0o644)
        replace_retrying(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
    if sync_folder and os.name == "posix":
        try:
            folder_fd = os.open(path.parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(folder_fd)
        except OSError:
            pass
        finally:
            os.close(folder_fd)


def make_private_dir(path: str | Path, root: str | Path | None = None) -> Path:
    """Create the folder ``path`` for social data: readable by the user only (POSIX 0700).

    Missing folders (parents too) are created by ``mkdir`` with mode 0700 itself, so there is
    no moment in which another account could look in (a later ``chmod`` would leave one).
    Existing folders from ``root`` (the app's own folder, e.g. the data folder) down to
    ``path`` are narrowed to 0700 as well: older versions created them 0755. Folders above
    ``root`` (the user's home) are left alone, as is ``root`` when ``path`` is not inside it.
    On Windows, the per-user profile folders are private already and modes do not apply.
    """
    path = Path(path)
    missing: list[Path] = []
    folder = path
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
    if os.name != "posix":
        return path
    narrow = [path]
    if root is not None:
        root = Path(root)
        if path.is_relative_to(root):
            narrow += [p for p in path.parents if p.is_relative_to(root)]
    for folder in narrow:
        if folder in missing:
            continue
        try:
            info = folder.stat()
            if info.st_mode & 0o077 and info.st_uid == os.geteuid():
                os.chmod(folder, 0o700)
        except OSError as e:  # not ours to change (a share set up by IT): keep working
            log.warning("Cannot make a data folder private: %s", os_error_reason(e))
    return path


def chmod_private(path: str | Path) -> None:
    """Narrow an existing file of social data to 0600 (POSIX); a missing file is fine.
    For files an older version created with the default mode (0644)."""
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        if info.st_mode & 0o077 and info.st_uid == os.geteuid():
            os.chmod(path, 0o600)
    except FileNotFoundError:
        pass
