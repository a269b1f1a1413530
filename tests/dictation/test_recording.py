"""Keeping audio is opt-in: the recorder writes what the session heard, retention deletes it."""

from __future__ import annotations

import os
import time
import wave

import numpy as np

from dictation.audio import FileSource
from dictation.recording import AudioRecorder, purge_recordings, recording_path
from dictation.session import run_session

from .conftest import write_wav


class _NullRecognizer:
    """Only the audio path is under test here."""

    text = ""
    audio_seconds = 0.0

    def feed(self, audio):
        return []

    def finish(self):
        return []


def test_session_writes_what_it_captured(tmp_path, monkeypatch):
    """With a recorder, the WAV holds exactly the audio the source delivered."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    audio = (np.sin(np.arange(24000) / 10) * 0.5).astype(np.float32)
    source = write_wav(tmp_path / "in.wav", audio)
    path = recording_path("abc123")
    run_session(FileSource(source), _NullRecognizer(), lambda e: None, recorder=AudioRecorder(path))
    with wave.open(str(path)) as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1
        kept = np.frombuffer(w.readframes(w.getnframes()), "<i2") / 32767
    assert len(kept) == len(audio)
    assert np.abs(kept - audio).max() < 2e-4
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600


def test_no_recorder_keeps_no_audio(tmp_path, monkeypatch):
    """The default session leaves no audio file anywhere in the data folder."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    source = write_wav(tmp_path / "in.wav", np.zeros(8000, np.float32))
    run_session(FileSource(source), _NullRecognizer(), lambda e: None)
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.wav"))


def test_retention_deletes_old_recordings_only(tmp_path):
    """Recordings older than the retention period go, newer ones stay."""
    old, new = tmp_path / "old.wav", tmp_path / "new.wav"
    for p in (old, new):
        p.write_bytes(b"RIFF")
    os.utime(old, (time.time() - 31 * 86400,) * 2)
    os.utime(new, (time.time() - 29 * 86400,) * 2)
    assert purge_recordings(30, tmp_path) == 1
    assert not old.exists() and new.exists()
