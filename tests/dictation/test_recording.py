"""Keeping audio is opt-in: the recorder writes what the session heard, retention deletes it."""

from __future__ import annotations

import os
import time
import wave

import numpy as np
import pytest

from dictation.engine.audio import FileSource
from dictation.engine.session import run_session
from dictation.notes.recording import AudioRecorder, purge_recordings, recording_path

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


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_kept_audio_is_private_from_the_first_byte(tmp_path, monkeypatch):
    """Kept audio is social data: the data and recordings folders are created 0700 and the WAV
    0600 by the calls that create them, so no chmod afterwards is needed (a chmod would leave
    a moment in which other accounts can open the file). umask 0 shows any wide creation."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    narrowed = []
    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", lambda p, *a, **k: (narrowed.append(str(p)),
                                                         real_chmod(p, *a, **k)))
    previous = os.umask(0)
    try:
        recorder = AudioRecorder(recording_path("abc123"))
        recorder.write(np.zeros(1600, np.float32))
        recorder.close()
    finally:
        os.umask(previous)
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert recorder.path.parent.stat().st_mode & 0o777 == 0o700
    assert recorder.path.stat().st_mode & 0o777 == 0o600
    assert narrowed == []
    with wave.open(str(recorder.path)) as w:
        assert w.getnframes() == 1600


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
