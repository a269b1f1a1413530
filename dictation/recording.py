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

from .config import SAMPLE_RATE
from .drafts import data_dir

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
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        self.path = path
        self._wav = wave.open(str(path), "wb")
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(SAMPLE_RATE)
        if os.name == "posix":
            os.chmod(path, 0o600)

    def write(self, block: np.ndarray) -> None:
        samples = np.clip(np.asarray(block, dtype=np.float32), -1.0, 1.0)
        self._wav.writeframes((samples * 32767).astype("<i2").tobytes())

    def close(self) -> None:
        """Finishes the header; safe to call twice."""
        if self._wav is not None:
            self._wav.close()
            self._wav = None


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
