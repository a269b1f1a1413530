"""Shared fixtures: the virtual microphone and the real speech recordings in shared/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .virtmic import VirtualMic, pulseaudio_available

#: Real German/English recordings with transcripts, kept next to the repository.
SHARED_SPEECH = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "speech"


def _unavailable(reason: str) -> None:
    """Skip on developer machines, but fail in CI: there the audio tests must run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the audio tests must run here)")
    pytest.skip(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the virtual microphone carries the ``audio`` marker, so
    ``-m "not audio"`` deselects them even where a test forgot the decorator."""
    for item in items:
        if "virtual_mic" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.audio)


@pytest.fixture(scope="session")
def virtual_mic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtualMic]:
    """A running PulseAudio null sink whose monitor is the default input of this process."""
    if not pulseaudio_available():
        _unavailable("PulseAudio is not installed (apt install pulseaudio pulseaudio-utils)")
    mic = VirtualMic(tmp_path_factory.mktemp("virtmic"))
    try:
        mic.start()  # before PortAudio initialises, or it re-scans (see VirtualMic)
    except BaseException:
        mic.stop()
        raise
    try:
        import sounddevice  # noqa: F401  (PortAudio must load for any capture test)
    except OSError as err:
        mic.stop()
        _unavailable(f"PortAudio is missing (apt install libportaudio2): {err}")
    try:
        yield mic
    finally:
        mic.stop()


@pytest.fixture(scope="session")
def shared_speech() -> Path:
    """Folder of real recordings (shared/testdata/speech); the test is skipped without it."""
    if not SHARED_SPEECH.is_dir():
        pytest.skip(f"real speech recordings not found at {SHARED_SPEECH}")
    return SHARED_SPEECH


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    """Path of the ffmpeg binary, for making compressed test files; skips without it."""
    path = shutil.which("ffmpeg")
    if path is None:
        _unavailable("ffmpeg is not installed (apt install ffmpeg)")
    return path
