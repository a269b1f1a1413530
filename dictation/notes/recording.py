"""Keeping the dictated audio — only when the user (or IT) switched it on.

Case notes are social data: by default Diktat keeps no audio at all. With ``audio.save`` on,
each dictation session is written, as it is captured, to a 16-bit WAV in the user's data
folder, named after the note, and deleted after the same retention period as the history.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import time
import wave
from pathlib import Path

import numpy as np

from dictation.config import SAMPLE_RATE
from dictation.fileio import make_private_dir
from dictation.notes.drafts import data_dir

log = logging.getLogger("dictation")


def recordings_dir() -> Path:
    return data_dir() / "recordings"


def recording_path(note_id: str, now: _dt.datetime | None = None) -> Path:
    """A new file for one session of the note ``note_id`` (a note may have several)."""
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return recordings_dir() / f"{note_id}-{stamp}.wav"


class AudioRecorder:
    """Appends 16 kHz mono blocks to a WAV file while the session runs."""

    def __init__(self, path: Path) -> None:
        # Social data: folder 0700 and file 0600 from the moment they exist (a chmod after
        # creating them would leave a window in which other accounts can open them).
        make_private_dir(path.parent, root=data_dir())
        self.path = path
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o600)
        self._file = os.fdopen(fd, "wb")
        self._wav = wave.open(self._file, "wb")
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(SAMPLE_RATE)

    def write(self, block: np.ndarray) -> None:
        samples = np.clip(np.asarray(block, dtype=np.float32), -1.0, 1.0)
        self._wav.writeframes((samples * 32767).astype("<i2").tobytes())

    def close(self) -> None:
        """Finishes the header; safe to call twice."""
        if self._wav is not None:
            try:
                self._wav.close()
            finally:
                self._wav = None
                self._file.close()  # wave does not close a file object it was given


def purge_recordings(days: int, folder: Path | None = None, now: float | None = None) -> int:
    """Delete recordings older than ``days``; returns how many were removed."""
    folder = folder or recordings_dir()
    if not folder.is_dir():
        return 0
    limit = (now if now is not None else time.time()) - days * 86400
    removed = 0
    for path in folder.glob("*.wav"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError as err:
            log.warning("could not delete old recording %s: %s", path.name, err)
    return removed
