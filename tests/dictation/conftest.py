"""Fixtures of the core tests: the real bundled Whisper model, loaded once per test run,
and German speech generated with espeak-ng."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dictation.config import ModelOptions


@pytest.fixture(scope="session")
def loaded_model():
    """The bundled multilingual base model on the CPU (int8), as the app loads it."""
    from dictation.engine.models import load_model

    return load_model(ModelOptions(device="cpu"))


@pytest.fixture(scope="session")
def whisper(loaded_model):
    return loaded_model.model


@pytest.fixture(scope="session")
def espeak(tmp_path_factory):
    """Function speaking German text into a 16 kHz mono WAV file with espeak-ng."""
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("espeak-ng is not installed (test.sh installs it)")
        pytest.skip("espeak-ng is not installed (apt install espeak-ng)")
    folder = tmp_path_factory.mktemp("espeak")

    def speak(text: str, voice: str = "de", speed: int = 150, name: str = "speech") -> Path:
        raw = folder / f"{name}-raw.wav"
        out = folder / f"{name}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True)
        from faster_whisper.audio import decode_audio

        write_wav(out, decode_audio(str(raw), sampling_rate=16000))
        return out

    return speak


def write_wav(path: Path, audio: np.ndarray) -> Path:
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs: a really full disk (Linux, root only; skipped elsewhere)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs Linux and root")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
