"""The ``dictation`` command line, run as a user runs it (a subprocess, the real model)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .textcompare import wer

pytestmark = pytest.mark.slow

THORSTEN = "ds_125b660d37dc16ec21d28eac29e80bcb.wav"
THORSTEN_TEXT = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."


def dictation(*args: str, lang: str = "de", timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, DIKTAT_LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "dictation.cli", *args],
        capture_output=True, text=True, timeout=timeout, env=env,
    )


def test_transcribe_reports_bad_file_and_processes_the_others(shared_speech, tmp_path):
    """A broken file is named on stderr, the good file is still transcribed, exit status 1."""
    bad = tmp_path / "kaputt.wav"
    bad.write_bytes(b"RIFF\x00\x00not really audio")
    good = shared_speech / "de" / "thorsten" / THORSTEN
    result = dictation("transcribe", str(bad), str(good))
    assert result.returncode == 1
    assert "kaputt.wav" in result.stderr and "kann nicht gelesen werden" in result.stderr
    assert wer(THORSTEN_TEXT, result.stdout.split("<==", 2)[-1]) < 0.2, result.stdout


def test_transcribe_json_to_file(shared_speech, tmp_path):
    """--format json -o writes the text, language, duration and timed segments."""
    out = tmp_path / "out.json"
    result = dictation("transcribe", str(shared_speech / "de" / "thorsten" / THORSTEN), "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["language"] == "de" and data["duration"] > 3
    assert wer(THORSTEN_TEXT, data["text"]) < 0.2
    assert data["segments"] and data["segments"][0]["end"] > data["segments"][0]["start"]


def test_missing_file_message_in_english(tmp_path):
    """With DIKTAT_LANG=en the messages are English."""
    result = dictation("transcribe", str(tmp_path / "nope.mp3"), lang="en")
    assert result.returncode == 1
    assert "cannot be read" in result.stderr and "nope.mp3" in result.stderr


def test_stream_jsonl_events(shared_speech):
    """stream --jsonl prints partial and commit objects with audio and wall-clock times."""
    path = shared_speech / "de" / "thorsten" / THORSTEN
    result = dictation("stream", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["type"] for e in events} == {"partial", "commit"}
    for e in events:
        assert set(e) >= {"type", "text", "audio_start", "audio_end", "emitted_at"}
        assert 0 <= e["audio_start"] < e["audio_end"] <= 6.0
    text = " ".join(e["text"] for e in events if e["type"] == "commit")
    assert wer(THORSTEN_TEXT, text) < 0.2, text


def test_stream_unreadable_file_fails_cleanly(tmp_path):
    """An unreadable file gives a clear message and exit status 1, no traceback."""
    bad = tmp_path / "leer.ogg"
    bad.write_bytes(b"")
    result = dictation("stream", str(bad), "--jsonl")
    assert result.returncode == 1
    assert "leer.ogg" in result.stderr and "Traceback" not in result.stderr


def test_models_lists_the_bundled_model():
    """`dictation models` shows the bundled base model as active."""
    result = dictation("models")
    assert result.returncode == 0, result.stderr
    active = [line for line in result.stdout.splitlines() if line.startswith("*")]
    assert len(active) == 1 and "bundled" in active[0]


def test_models_with_missing_path_says_where_it_looked(tmp_path):
    """An explicit model path without a model: exit status 3 and the path in the message."""
    result = dictation("models", "--model", str(tmp_path / "kein-modell"))
    assert result.returncode == 3
    assert "kein-modell" in result.stderr
