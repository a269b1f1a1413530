"""Crash-safe drafts: the note being dictated, saved after every committed utterance and edit.

Each draft is one JSON file ``<note id>.json`` in the drafts folder. Saving is atomic: the JSON
goes to a temporary file in the same folder, is flushed to disk (``fsync``) and then renamed
over the old draft (``os.replace``); on POSIX the folder is synced too, so the rename survives
a power cut. Whatever happens, the folder holds either the previous or the new draft, never a
half-written one. After a crash, :meth:`DraftStore.pending` lists the drafts left behind.

A draft file that cannot be read (damaged disk, a foreign file) is reported and renamed to
``*.corrupt``; it is never deleted. Drafts hold social data: the folder is created private to
the user (POSIX mode 0700, files 0600).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
import time
from pathlib import Path

import platformdirs

from dictation.errors import DraftSaveError
from dictation.fileio import make_private_dir, write_atomic
from dictation.i18n import tr
from dictation.notes.casenote import CaseNote

__all__ = ["DraftSaveError", "DraftStore", "data_dir"]

log = logging.getLogger("dictation")

_SUFFIX = ".json"
_TEMP_PREFIX = ".draft-"
_TEMP_SUFFIX = ".tmp"
#: Temporary files older than this are leftovers of a crash and are removed by ``pending``.
_STALE_TEMP_S = 60.0
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def data_dir() -> Path:
    """Root folder of the app's local data (drafts, history): ``DIKTAT_DATA_DIR`` if set,
    else the platform's user data folder ("~/.local/share/diktat", "%LOCALAPPDATA%\\diktat")."""
    override = os.environ.get("DIKTAT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("diktat", appauthor=False))


class DraftStore:
    """Drafts of unfinished notes in one folder.

    Args:
      folder: Where the drafts live; default ``data_dir() / "drafts"``. Created on first save.

    Attributes:
      problems: User-facing messages about damaged drafts found by the last :meth:`pending`
        call (already logged).
    """

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else data_dir() / "drafts"
        self.problems: list[str] = []
        self._folder_ready = False

    def path_of(self, note_id: str) -> Path:
        """The draft file of the note ``note_id``."""
        if not note_id or Path(note_id).name != note_id or note_id.startswith("."):
            raise ValueError(f"invalid note id {note_id!r}")
        return self.folder / f"{note_id}{_SUFFIX}"

    def save(self, note: CaseNote) -> Path:
        """Write ``note`` atomically as its draft; returns the draft file.

        Raises ``DraftSaveError`` (disk full, no permission …); the previous draft stays intact
        and no temporary file is left behind.
        """
        target = self.path_of(note.id)
        data = json.dumps(note.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()
        try:
            self._ensure_folder()
            write_atomic(target, data, private=True, temp_prefix=_TEMP_PREFIX)
        except OSError as e:
            raise self._save_error(e) from e
        self._sync_folder()
        return target

    def pending(self) -> list[CaseNote]:
        """Drafts left behind (by a crash or an unfinished note), most recently changed first.

        Damaged draft files are renamed to ``*.corrupt`` and described in :attr:`problems`;
        stale temporary files of an interrupted save are removed. Never raises for a bad file.
        """
        self.problems = []
        notes: list[CaseNote] = []
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        except OSError as e:
            self._problem(
                tr(
                    "Der Ordner mit den Entwürfen „{folder}“ kann nicht gelesen werden ({error}).",
                    "The drafts folder '{folder}' cannot be read ({error}).",
                ).format(folder=self.folder, error=e)
            )
            return []
        now = time.time()
        for entry in entries:
            name = entry.name
            if name.startswith(_TEMP_PREFIX) and name.endswith(_TEMP_SUFFIX):
                _remove_stale(entry, now)
                continue
            if not name.endswith(_SUFFIX) or not entry.is_file():
                continue
            path = Path(entry.path)
            try:
                note = CaseNote.from_dict(json.loads(path.read_bytes().decode("utf-8")))
                if path.name != f"{note.id}{_SUFFIX}":
                    raise ValueError(f"the draft is for note {note.id}, not {path.stem}")
            except (ValueError, UnicodeDecodeError) as e:  # JSONDecodeError is a ValueError
                self._move_aside(path, e)
                continue
            except OSError as e:
                self._problem(
                    tr(
                        "Der Entwurf „{path}“ kann nicht gelesen werden ({error}).",
                        "The draft '{path}' cannot be read ({error}).",
                    ).format(path=path, error=e)
                )
                continue
            notes.append(note)
        notes.sort(key=lambda n: n.updated_at, reverse=True)
        return notes

    def discard(self, note_id: str) -> None:
        """Delete the draft of ``note_id`` (once the note is exported or thrown away).

        A missing draft is fine; other errors raise ``DraftSaveError``.
        """
        try:
            self.path_of(note_id).unlink(missing_ok=True)
        except OSError as e:
            raise DraftSaveError(
                tr(
                    "Der Entwurf konnte nicht gelöscht werden ({error}). Er wird beim nächsten "
                    "Start wieder angeboten.",
                    "The draft could not be deleted ({error}). It will be offered again at the "
                    "next start.",
                ).format(error=e.strerror or e),
                repr(e),
            ) from e
        self._sync_folder()

    # -- internals -----------------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        if self._folder_ready and self.folder.is_dir():
            return
        make_private_dir(self.folder, root=data_dir())
        self._folder_ready = True

    def _sync_folder(self) -> None:
        """Make the rename durable (POSIX); Windows has no directory handles for this."""
        if sys.platform == "win32":
            return
        try:
            dir_fd = os.open(self.folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:  # some file systems (network shares) refuse; the data is written
            pass
        finally:
            os.close(dir_fd)

    def _save_error(self, e: OSError) -> DraftSaveError:
        if e.errno in _NO_SPACE:
            message = tr(
                "Der Entwurf konnte nicht gesichert werden: Auf dem Laufwerk ist kein Platz mehr "
                "frei ({folder}). Ihr Text ist noch im Fenster – bitte geben Sie Speicherplatz "
                "frei oder kopieren Sie den Text in die Zwischenablage, damit er nicht verloren "
                "geht.",
                "The draft could not be saved: the drive is full ({folder}). Your text is still "
                "in the window – please free some disk space or copy the text to the clipboard "
                "so that it is not lost.",
            )
        elif isinstance(e, PermissionError):
            message = tr(
                "Der Entwurf konnte nicht gesichert werden: keine Schreibrechte im Ordner "
                "„{folder}“. Ihr Text ist noch im Fenster – bitte kopieren Sie ihn in die "
                "Zwischenablage und wenden Sie sich an die IT.",
                "The draft could not be saved: no permission to write to '{folder}'. Your text "
                "is still in the window – please copy it to the clipboard and contact IT.",
            )
        else:
            message = tr(
                "Der Entwurf konnte nicht gesichert werden ({error}). Ihr Text ist noch im "
                "Fenster – bitte kopieren Sie ihn sicherheitshalber in die Zwischenablage.",
                "The draft could not be saved ({error}). Your text is still in the window – "
                "please copy it to the clipboard to be safe.",
            )
        return DraftSaveError(
            message.format(folder=self.folder, error=e.strerror or e), f"{self.folder}: {e!r}"
        )

    def _move_aside(self, path: Path, error: Exception) -> None:
        aside = path.with_name(path.name + ".corrupt")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.{n}.corrupt")
        try:
            os.replace(path, aside)
        except OSError as e:
            log.error("Could not move the damaged draft %s aside: %r", path, e)
            aside = path
        log.debug("Damaged draft %s: %r", path, error)
        self._problem(
            tr(
                "Ein Entwurf war beschädigt und konnte nicht wiederhergestellt werden. Die Datei "
                "wurde nicht gelöscht, sondern als „{aside}“ aufbewahrt.",
                "A draft was damaged and could not be restored. The file was not deleted but "
                "kept as '{aside}'.",
            ).format(aside=aside)
        )

    def _problem(self, message: str) -> None:
        log.warning("%s", message)
        self.problems.append(message)






def _remove_stale(entry: os.DirEntry, now: float) -> None:
    """Remove a temporary file of a save interrupted by a crash (not one being written now)."""
    try:
        if now - entry.stat().st_mtime > _STALE_TEMP_S:
            os.unlink(entry.path)
    except OSError:
        pass
