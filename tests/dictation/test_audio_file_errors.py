"""Audio files that cannot be read, or only in part: the message names the real reason, a FIFO
is never opened, and a cut-off file gives its readable text plus a warning (issue 9)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np
import pytest

from dictation.engine.transcribe import AudioFileReader, transcribe_file
from dictation.errors import AudioFileError

from .conftest import write_wav

VAGUE = "Ist es eine Audiodatei"  # the old catch-all question, wrong for these causes


def _message(path: Path) -> str:
    """The user message transcribing ``path`` gives (no model needed: the file is checked first)."""
    with pytest.raises(AudioFileError) as info:
        transcribe_file(None, path)
    return str(info.value)


def _tone_wav(path: Path, seconds: float) -> Path:
    t = np.arange(int(seconds * 16000)) / 16000
    return write_wav(path, 0.3 * np.sin(2 * np.pi * 440 * t))


def _cut(source: Path, target: Path, keep_bytes: int) -> Path:
    target.write_bytes(source.read_bytes()[:keep_bytes])
    return target


def test_missing_file_says_not_found(tmp_path, monkeypatch):
    """A missing file is reported as missing, not as 'is it audio, is it complete?'."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    message = _message(tmp_path / "fehlt.wav")
    assert "fehlt.wav" in message and "gibt es nicht" in message and VAGUE not in message


def test_folder_says_it_is_a_folder(tmp_path, monkeypatch):
    """A folder given as the audio file is called a folder."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    folder = tmp_path / "aufnahmen.wav"
    folder.mkdir()
    message = _message(folder)
    assert "Ordner" in message and VAGUE not in message


def test_fifo_is_named_and_never_opened(tmp_path, monkeypatch):
    """A FIFO is refused as 'not a regular file' at once: opening it would block forever."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    result: list[str] = []

    def attempt() -> None:
        try:
            transcribe_file(None, fifo)
        except AudioFileError as err:
            result.append(str(err))

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout=20)
    if thread.is_alive():  # unblock the reader before failing, so the run can end
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a FIFO blocked")
    assert result and "keine gewöhnliche Datei" in result[0] and VAGUE not in result[0]


def test_empty_file_says_empty(tmp_path, monkeypatch):
    """A 0-byte file (an aborted copy) is called empty."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    empty = tmp_path / "diktat.mp3"
    empty.write_bytes(b"")
    message = _message(empty)
    assert "leer" in message and VAGUE not in message


def test_no_permission_says_so(tmp_path):
    """A file the user may not read is reported as a permission problem (in English too).

    As root every file is readable, so the check runs in a forked child that has dropped to
    user ``nobody``; everything it needs is imported before the fork."""
    import av  # noqa: F401  (the child cannot import from the root-only venv)

    import dictation.fileio  # noqa: F401

    folder = Path(tempfile.mkdtemp(prefix="diktat-perm-"))  # pytest's tmp_path is root-only
    try:
        os.chmod(folder, 0o755)
        secret = _tone_wav(folder / "geheim.wav", 1.0)
        os.chmod(secret, 0o000)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: drop privileges, try to read, report the message
            try:
                os.close(read)
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                os.environ["DIKTAT_LANG"] = "en"
                try:
                    transcribe_file(None, secret)
                    text = "no error"
                except AudioFileError as err:
                    text = str(err)
                os.write(write, text.encode("utf-8"))
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            message = pipe.read().decode("utf-8")
        os.waitpid(pid, 0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert "no permission to read" in message and "geheim.wav" in message, message


def test_complete_files_of_every_format_give_no_warning(tmp_path, ffmpeg):
    """WAV, MP3, FLAC and OGG read to the end carry no 'incomplete' warning (no false alarm)."""
    wav = _tone_wav(tmp_path / "ton.wav", 20.0)
    for suffix in (".mp3", ".flac", ".ogg"):
        subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-i", str(wav), str(wav.with_suffix(suffix))],
                       check=True)
    for path in (wav, *(wav.with_suffix(s) for s in (".mp3", ".flac", ".ogg"))):
        with AudioFileReader(path) as reader:
            assert sum(len(b) for b in reader.blocks()) == pytest.approx(20 * 16000, abs=1600)
            assert reader.incomplete_warning() is None, path


def test_shared_recordings_give_no_warning(shared_speech):
    """None of the real recordings in shared/testdata is flagged as incomplete."""
    files = sorted(shared_speech.glob("*/*/*.wav"))
    assert files
    for path in files:
        with AudioFileReader(path) as reader:
            for _ in reader.blocks():
                pass
            assert reader.incomplete_warning() is None, path


@pytest.mark.parametrize("suffix", [".wav", ".mp3", ".flac"])
def test_cut_off_file_is_detected(tmp_path, ffmpeg, suffix, monkeypatch):
    """A file cut to a fifth of its bytes says how much of it was readable."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    full = _tone_wav(tmp_path / "voll.wav", 60.0)
    if suffix != ".wav":
        encoded = full.with_suffix(suffix)
        subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-i", str(full), str(encoded)], check=True)
        full = encoded
    cut = _cut(full, tmp_path / f"kaputt{suffix}", full.stat().st_size // 5)
    with AudioFileReader(cut) as reader:
        for _ in reader.blocks():
            pass
        warning = reader.incomplete_warning()
    assert warning is not None and "kaputt" in warning and "von 60,0 s lesbar" in warning, warning
    assert 9.0 < reader.read_seconds < 15.0


# --- with the real model -----------------------------------------------------------------------

THORSTEN = ["ds_125b660d37dc16ec21d28eac29e80bcb.wav", "ds_2331dc4a3d9c7a0ed0b2bd7142a9c22c.wav"]


def _two_sentences(shared_speech: Path, target: Path) -> Path:
    """Two thorsten sentences with 1.5 s of silence between them."""
    from faster_whisper.audio import decode_audio

    parts = []
    for name in THORSTEN:
        parts += [decode_audio(str(shared_speech / "de" / "thorsten" / name)), np.zeros(24000, np.float32)]
    return write_wav(target, np.concatenate(parts))


@pytest.mark.slow
def test_cut_off_wav_gives_partial_text_and_warning(whisper, shared_speech, tmp_path, monkeypatch):
    """A WAV whose data stops after the first sentence: that sentence's text, and a warning
    naming the file and how much was readable."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    full = _two_sentences(shared_speech, tmp_path / "voll.wav")
    declared = (full.stat().st_size - 44) / 32000
    first_end = 44 + 32000 * 7  # 7 s: the first sentence (~6 s) and part of the pause
    cut = _cut(full, tmp_path / "abgeschnitten.wav", first_end)
    transcript = transcribe_file(whisper, cut)
    assert "Betrag" in transcript.text and "Anastasia" not in transcript.text
    expected = f"nur 7,0 von {declared:.1f}".replace(".", ",")
    assert len(transcript.warnings) == 1
    assert "abgeschnitten.wav" in transcript.warnings[0] and expected in transcript.warnings[0]
    assert transcribe_file(whisper, full).warnings == ()


@pytest.mark.slow
def test_cli_writes_partial_text_of_cut_mp3_and_exits_1(shared_speech, tmp_path, ffmpeg):
    """``dictation transcribe`` on an MP3 cut in the middle writes the readable part's text,
    warns on stderr with the file name and the readable seconds, and exits with status 1."""
    full = _two_sentences(shared_speech, tmp_path / "voll.wav")
    mp3 = tmp_path / "voll.mp3"
    subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-i", str(full), str(mp3)], check=True)
    cut = _cut(mp3, tmp_path / "halb.mp3", int(mp3.stat().st_size * 0.55))
    out = tmp_path / "halb.txt"
    result = subprocess.run(
        [sys.executable, "-m", "dictation.cli", "transcribe", str(cut), "-o", str(out)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, DIKTAT_LANG="de"),
    )
    assert result.returncode == 1, result.stderr
    assert "halb.mp3" in result.stderr and "s lesbar" in result.stderr, result.stderr
    assert "Betrag" in out.read_text(encoding="utf-8")
