"""Audio sources: files, resampling, levels, and real capture from the virtual microphone."""

from __future__ import annotations

import subprocess
import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from dictation.config import SAMPLE_RATE
from dictation.engine.audio import (
    FileSource,
    InputDevice,
    SoundDeviceSource,
    _Resampler,
    level_db,
    list_input_devices,
    resolve_device,
)
from dictation.errors import AudioFileError, DeviceLost, MicrophoneUnavailable

# -- helpers -------------------------------------------------------------------------------


def write_wav(path: Path, audio: np.ndarray, rate: int) -> Path:
    """Write float audio (frames,) or (frames, channels) as 16-bit PCM WAV."""
    frames = audio if audio.ndim == 2 else audio[:, np.newaxis]
    pcm = np.clip(np.round(frames * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(frames.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def read_wav(path: Path) -> np.ndarray:
    """A 16-bit mono WAV as float32 in [-1, 1), independently of the code under test."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    return pcm.astype(np.float32) / 32768.0


def sine(freq: float, seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(round(seconds * rate))) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dominant_hz(audio: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    window = audio[: rate] * np.hanning(min(rate, audio.size))
    spectrum = np.abs(np.fft.rfft(window, n=rate))
    return float(np.argmax(spectrum))


def read_all(source: Any, limit_s: float = 20.0) -> np.ndarray:
    """Read a started source until it is exhausted."""
    blocks = []
    deadline = time.monotonic() + limit_s
    while (block := source.read(timeout=0.2)) is not None:
        assert block.dtype == np.float32 and block.ndim == 1
        blocks.append(block)
        assert time.monotonic() < deadline, "source never ended"
    return np.concatenate(blocks) if blocks else np.zeros(0, np.float32)


def best_match(captured: np.ndarray, reference: np.ndarray) -> tuple[float, int]:
    """Normalised correlation of ``reference`` with the best-aligned part of ``captured``."""
    n = captured.size + reference.size
    size = 1 << (n - 1).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(captured, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(xcorr[: captured.size - reference.size + 1]))
    part = captured[lag : lag + reference.size]
    score = float(np.dot(part, reference) / (np.linalg.norm(part) * np.linalg.norm(reference)))
    return score, lag


@pytest.fixture
def tone_wav(tmp_path: Path) -> Path:
    """1.5 s of a 440 Hz tone, 16 kHz mono 16-bit."""
    return write_wav(tmp_path / "tone.wav", sine(440, 1.5, SAMPLE_RATE), SAMPLE_RATE)


@pytest.fixture
def thorsten_wav(shared_speech: Path) -> Path:
    """The shortest real German recording (16 kHz mono) of at least 2 s: a sentence, not a word."""
    min_bytes = 2 * SAMPLE_RATE * 2
    files = [p for p in (shared_speech / "de" / "thorsten").glob("ds_*.wav")
             if p.stat().st_size >= min_bytes]
    if not files:
        pytest.skip("no de/thorsten recordings in shared/testdata/speech")
    return min(files, key=lambda p: p.stat().st_size)


# -- a fake sounddevice, only for faults real hardware cannot produce here -----------------


class FakePortAudioError(Exception):
    """Stands in for sounddevice.PortAudioError."""


class FakeStream:
    """Feeds prepared blocks to the callback from a thread, like PortAudio does, then goes
    quiet until stop() (which a source must notice as a stall if nobody stops it)."""

    def __init__(self, blocks: list[np.ndarray], callback: Any, finished_callback: Any,
                 **kwargs: Any) -> None:
        self.kwargs = kwargs
        self._blocks = blocks
        self._callback = callback
        self._finished = finished_callback
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        for block in self._blocks:
            self._callback(block, len(block), None, 0)
        self._stop.wait()
        self._finished()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def close(self) -> None:
        self.stop()


def fake_sounddevice(rate: float = 48000.0, channels: int = 2, blocks: list[np.ndarray] = (),
                     open_error: str | None = None) -> Any:
    """A sounddevice stand-in with one input device; ``open_error`` makes opening fail."""
    info = {"name": "Fake USB Mic", "index": 0, "hostapi": 0, "max_input_channels": channels,
            "max_output_channels": 0, "default_samplerate": rate}
    fake = SimpleNamespace(PortAudioError=FakePortAudioError, streams=[])

    def query_devices(kind: str | None = None) -> Any:
        return info if kind == "input" else [info]

    def input_stream(**kwargs: Any) -> FakeStream:
        if open_error is not None:
            raise FakePortAudioError(open_error)
        stream = FakeStream(list(blocks), **kwargs)
        fake.streams.append(stream)
        return stream

    fake.query_devices = query_devices
    fake.query_hostapis = lambda index: {"name": "Fake API"}
    fake.InputStream = input_stream
    return fake


# -- files ---------------------------------------------------------------------------------


def test_file_source_blocks_concatenate_to_the_file(tone_wav: Path) -> None:
    """Fast mode: the blocks, joined, are exactly the file's samples; then None."""
    with FileSource(tone_wav, block_ms=100) as source:
        assert not source.realtime
        assert source.description == "tone.wav"
        assert source.duration_s == pytest.approx(1.5)
        source.start()
        first = source.read()
        assert first is not None and first.size == 1600
        audio = np.concatenate([first, read_all(source)])
        assert source.read() is None
    np.testing.assert_allclose(audio, read_wav(tone_wav), atol=1 / 32768)


def test_file_source_stop_ends_the_stream(tone_wav: Path) -> None:
    """After stop(), read() returns None even though audio was left (idempotent stop)."""
    source = FileSource(tone_wav)
    source.start()
    assert source.read() is not None
    source.stop()
    source.stop()
    assert source.read() is None


def test_file_source_realtime_paces_to_wall_clock(tmp_path: Path) -> None:
    """Realtime mode: 1 s of audio takes about 1 s, and no block comes before it is due."""
    path = write_wav(tmp_path / "one.wav", sine(300, 1.0, SAMPLE_RATE), SAMPLE_RATE)
    source = FileSource(path, realtime=True, block_ms=100)
    assert source.realtime
    source.start()
    started = time.monotonic()
    delivered = 0
    while (block := source.read(timeout=0.5)) is not None:
        delivered += block.size
        assert time.monotonic() - started >= delivered / SAMPLE_RATE - 0.005
    elapsed = time.monotonic() - started
    assert delivered == SAMPLE_RATE
    assert 0.8 <= elapsed <= 2.5


def test_file_source_realtime_short_timeout_returns_empty(tone_wav: Path) -> None:
    """Realtime mode: a read whose block is not due within the timeout returns an empty array."""
    source = FileSource(tone_wav, realtime=True, block_ms=500)
    source.start()
    block = source.read(timeout=0.05)
    assert block is not None and block.size == 0


def test_text_file_named_wav_is_an_audio_file_error(tmp_path: Path) -> None:
    """A text file renamed to .wav raises AudioFileError naming the path."""
    path = tmp_path / "notiz.wav"
    path.write_text("Das ist kein Audio.\n")
    with pytest.raises(AudioFileError) as info:
        FileSource(path)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)
    assert info.value.detail


def test_missing_file_is_an_audio_file_error(tmp_path: Path) -> None:
    """A missing file raises AudioFileError naming the path."""
    path = tmp_path / "fehlt.wav"
    with pytest.raises(AudioFileError) as info:
        FileSource(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("suffix,codec", [("mp3", "libmp3lame"), ("ogg", "libvorbis"),
                                          ("flac", "flac")])
def test_compressed_files_decode_to_the_right_length(
    tmp_path: Path, ffmpeg: str, suffix: str, codec: str
) -> None:
    """MP3/OGG/FLAC made by ffmpeg from a 44.1 kHz stereo WAV decode to 16 kHz mono, same length."""
    seconds = 2.0
    stereo = np.stack([sine(1000, seconds, 44100), sine(1000, seconds, 44100)], axis=1)
    wav = write_wav(tmp_path / "src.wav", stereo, 44100)
    out = tmp_path / f"src.{suffix}"
    subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-i", str(wav), "-c:a", codec, str(out)],
                   check=True, timeout=30)
    source = FileSource(out)
    source.start()
    audio = read_all(source)
    assert abs(audio.size - seconds * SAMPLE_RATE) <= 0.06 * SAMPLE_RATE
    assert source.duration_s == pytest.approx(audio.size / SAMPLE_RATE)
    assert dominant_hz(audio[SAMPLE_RATE // 4 :]) == pytest.approx(1000, abs=2)


# -- resampling and levels -----------------------------------------------------------------


@pytest.mark.parametrize("rate", [48000, 44100])
def test_resampler_keeps_length_and_frequency(rate: int) -> None:
    """Stereo 48k/44.1k in 50 ms blocks -> 16 kHz mono: length tracks time, 1 kHz survives."""
    seconds = 3
    left = sine(1000, seconds, rate)
    stereo = np.stack([left, left], axis=1)
    resampler = _Resampler(rate)
    block = rate // 20
    produced = 0
    out = []
    for start in range(0, stereo.shape[0], block):
        chunk = resampler.process(stereo[start : start + block])
        produced += chunk.size
        expected = (start + block) * SAMPLE_RATE / rate
        assert expected - 64 <= produced <= expected + 1  # a small, bounded filter delay
        out.append(chunk)
    out.append(resampler.flush())
    audio = np.concatenate(out)
    assert abs(audio.size - seconds * SAMPLE_RATE) <= 2
    assert dominant_hz(audio[1000:]) == pytest.approx(1000, abs=1)
    steady = audio[1000:-1000]
    assert np.sqrt(np.mean(steady**2)) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)


def test_resampler_removes_frequencies_above_8khz() -> None:
    """Anti-aliasing: a 10 kHz tone at 48 kHz does not fold back into the 16 kHz output."""
    resampler = _Resampler(48000)
    audio = np.concatenate([resampler.process(sine(10000, 1.0, 48000)), resampler.flush()])
    rms_db, _ = level_db(audio[200:-200])
    assert rms_db < -60


def test_device_source_converts_native_48k_stereo() -> None:
    """A 48 kHz stereo device's blocks come out of read() as 16 kHz mono, then None after stop."""
    rate, seconds = 48000, 2
    stereo = np.stack([sine(1000, seconds, rate), sine(1000, seconds, rate)], axis=1)
    blocks = [stereo[i : i + 2400] for i in range(0, len(stereo), 2400)]
    fake = fake_sounddevice(rate=rate, channels=2, blocks=blocks)
    source = SoundDeviceSource(block_ms=50, sd=fake)
    source.start()
    kwargs = fake.streams[0].kwargs
    assert (kwargs["samplerate"], kwargs["channels"], kwargs["blocksize"]) == (48000, 2, 2400)
    first = source.read(timeout=1.0)
    assert first is not None and first.size > 0
    source.stop()
    audio = np.concatenate([first, read_all(source)])
    assert abs(audio.size - seconds * SAMPLE_RATE) <= 2
    assert dominant_hz(audio[1000:]) == pytest.approx(1000, abs=1)
    assert source.read() is None


def test_level_db_on_silence_and_full_scale() -> None:
    """level_db: silence floors at -100 dB, full scale is 0 dB, a full-scale sine -3 dB RMS."""
    assert level_db(np.zeros(800, np.float32)) == (-100.0, -100.0)
    assert level_db(np.zeros(0, np.float32)) == (-100.0, -100.0)
    square = np.where(np.arange(800) % 2, 1.0, -1.0).astype(np.float32)
    assert level_db(square) == pytest.approx((0.0, 0.0), abs=1e-6)
    rms, peak = level_db(sine(1000, 0.1, SAMPLE_RATE, amplitude=1.0))
    assert rms == pytest.approx(-3.01, abs=0.01)
    assert peak == pytest.approx(0.0, abs=0.01)


# -- faults that cannot be produced for real -------------------------------------------------


def test_busy_device_is_microphone_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    """A device that PortAudio cannot open (busy) raises MicrophoneUnavailable saying so."""
    fake = fake_sounddevice(open_error="Device unavailable [PaErrorCode -9985]")
    monkeypatch.setenv("DIKTAT_LANG", "de")
    with pytest.raises(MicrophoneUnavailable) as info:
        SoundDeviceSource(sd=fake).start()
    assert "belegt" in str(info.value) and "Fake USB Mic" in str(info.value)
    assert "-9985" in info.value.detail
    monkeypatch.setenv("DIKTAT_LANG", "en")
    with pytest.raises(MicrophoneUnavailable, match="busy"):
        SoundDeviceSource(sd=fake).start()


def test_stalled_device_is_device_lost() -> None:
    """A stream that silently stops calling back: read() returns the audio, then DeviceLost."""
    blocks = [np.full((800, 1), 0.1, np.float32) for _ in range(5)]
    fake = fake_sounddevice(rate=16000, channels=1, blocks=blocks)
    source = SoundDeviceSource(sd=fake)
    source.stall_timeout_s = 0.3
    source.start()
    audio = source.read(timeout=1.0)
    assert audio is not None and audio.size > 0
    total = audio.size
    with pytest.raises(DeviceLost):
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            block = source.read(timeout=0.2)
            assert block is not None
            total += block.size
    assert total == 4000
    source.close()


def test_no_input_device_at_all() -> None:
    """Without any input device, resolve_device says no microphone was found."""
    fake = fake_sounddevice(channels=0)
    with pytest.raises(MicrophoneUnavailable, match="(?i)kein mikrofon|no microphone"):
        resolve_device(None, sd=fake)


# -- the virtual microphone (PulseAudio) ----------------------------------------------------


@pytest.mark.audio
def test_virtual_mic_is_listed(virtual_mic: Any) -> None:
    """list_input_devices shows the PulseAudio device, and one of them is the default."""
    devices = list_input_devices()
    assert devices and all(isinstance(d, InputDevice) for d in devices)
    assert any("pulse" in d.name.lower() or d.name == "default" for d in devices)
    default = resolve_device(None)
    assert default.is_default
    assert resolve_device(default.index) == default
    assert resolve_device(default.name.upper()) == default


@pytest.mark.audio
def test_unknown_device_lists_the_available_ones(virtual_mic: Any) -> None:
    """resolve_device("nonexistent-xyz") raises MicrophoneUnavailable naming the real devices."""
    with pytest.raises(MicrophoneUnavailable) as info:
        resolve_device("nonexistent-xyz")
    assert "nonexistent-xyz" in str(info.value)
    assert list_input_devices()[0].name in str(info.value)


@pytest.mark.audio
def test_capture_matches_the_played_recording(virtual_mic: Any, thorsten_wav: Path) -> None:
    """Recording a played German recording at the device's native rate gives back the file."""
    reference = read_wav(thorsten_wav)
    with SoundDeviceSource(block_ms=50) as source:
        source.start()
        assert source.device is not None and source.description
        player = virtual_mic.play(thorsten_wav)
        blocks = []
        while player.poll() is None:
            blocks.append(source.read(timeout=0.5))
        tail_until = time.monotonic() + 0.5
        while time.monotonic() < tail_until:
            blocks.append(source.read(timeout=0.2))
        source.stop()
        blocks.append(read_all(source))
    assert player.returncode == 0, player.stderr.read() if player.stderr else ""
    captured = np.concatenate(blocks)
    assert captured.size > reference.size
    score, lag = best_match(captured, reference)
    assert score > 0.9, f"correlation {score:.3f} at lag {lag} (device {source.device})"


@pytest.mark.audio
def test_killed_server_returns_audio_then_device_lost(virtual_mic: Any) -> None:
    """The audio server dies mid-recording: read() returns the captured audio, then DeviceLost."""
    source = SoundDeviceSource(block_ms=50)
    try:
        source.start()
        time.sleep(1.0)  # audio piles up unread, as when the consumer is busy decoding
        virtual_mic.kill_server()
        captured = 0
        with pytest.raises(DeviceLost) as info:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                block = source.read(timeout=0.5)
                assert block is not None
                captured += block.size
        assert captured >= 0.8 * SAMPLE_RATE
        assert source.description in str(info.value)
        with pytest.raises(DeviceLost):
            source.read()
        source.stop()
    finally:
        source.close()
        virtual_mic.restart()
