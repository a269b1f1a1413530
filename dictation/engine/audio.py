"""Audio input: microphones and files, delivered as 16 kHz mono float32 blocks.

Everything downstream (VAD, Whisper) wants 16 kHz mono, so each source hides its native
format. A microphone is opened at its own sample rate and channel count, because many
devices and drivers refuse or badly convert 16 kHz mono; the conversion happens here, in the
consumer's thread, never in the PortAudio callback (which must return quickly or audio is
dropped).
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Self

import numpy as np

from dictation.config import SAMPLE_RATE
from dictation.errors import AudioFileError, DeviceLost, MicrophoneUnavailable
from dictation.i18n import tr

__all__ = [
    "AudioSource",
    "FileSource",
    "InputDevice",
    "SoundDeviceSource",
    "level_db",
    "list_input_devices",
    "resolve_device",
]

logger = logging.getLogger("dictation.audio")  # the name before the move to engine/

_EMPTY = np.zeros(0, dtype=np.float32)
#: Floor of ``level_db``: digital silence would otherwise be -inf.
_MIN_DB = -100.0


class AudioSource(ABC):
    """A source of 16 kHz mono float32 blocks (pull model: the consumer calls ``read``).

    The same consumer loop runs on a microphone or a file, so tests can replay recordings
    through exactly the code a dictation uses.
    """

    @property
    @abstractmethod
    def realtime(self) -> bool:
        """True when blocks arrive at the pace of the audio (microphone, paced file)."""

    @property
    @abstractmethod
    def description(self) -> str:
        """Device or file name, for status bars and logs."""

    @abstractmethod
    def start(self) -> None:
        """Begin delivering audio. Raises ``MicrophoneUnavailable`` if it cannot."""

    @abstractmethod
    def read(self, timeout: float = 0.5) -> np.ndarray | None:
        """The next block; an empty array if none arrived within ``timeout`` seconds;
        ``None`` once the source is exhausted (end of file, or stopped and drained)."""

    @abstractmethod
    def stop(self) -> None:
        """Stop producing audio; already captured audio is still returned by ``read``.
        Idempotent and callable from another thread."""

    def close(self) -> None:
        """Release the device or file. The default just stops."""
        self.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# -- levels --------------------------------------------------------------------------------


def level_db(block: np.ndarray) -> tuple[float, float]:
    """RMS and peak of ``block`` in dBFS (full scale = 1.0), floored at -100 dB."""
    if block.size == 0:
        return _MIN_DB, _MIN_DB
    samples = np.asarray(block, dtype=np.float64)
    rms = math.sqrt(float(np.mean(samples * samples)))
    peak = float(np.max(np.abs(samples)))
    return _to_db(rms), _to_db(peak)


def _to_db(amplitude: float) -> float:
    return 20.0 * math.log10(max(amplitude, 10 ** (_MIN_DB / 20)))


# -- devices -------------------------------------------------------------------------------


@dataclass(frozen=True)
class InputDevice:
    """An audio input device as PortAudio reports it.

    Attributes:
      index: PortAudio device index (valid until PortAudio re-initialises).
      name: Device name as shown by the system.
      channels: Maximum number of input channels.
      default_samplerate: The device's native sample rate in Hz.
      hostapi: Name of the host API (ALSA, WASAPI, Core Audio, …).
      is_default: True for the system's default input.
    """

    index: int
    name: str
    channels: int
    default_samplerate: float
    hostapi: str
    is_default: bool = False

    def __str__(self) -> str:
        return f"{self.index}: {self.name} ({self.hostapi})"


def _import_sounddevice() -> ModuleType:
    """Import sounddevice lazily: importing it loads PortAudio, which may be missing."""
    try:
        import sounddevice
    except OSError as err:  # sounddevice raises OSError when libportaudio is not found
        raise MicrophoneUnavailable(
            tr(
                "Die Audiobibliothek PortAudio fehlt, daher ist kein Mikrofon nutzbar. "
                "Unter Debian/Ubuntu: „sudo apt install libportaudio2“.",
                "The PortAudio audio library is missing, so no microphone can be used. "
                "On Debian/Ubuntu: 'sudo apt install libportaudio2'.",
            ),
            str(err),
        ) from err
    return sounddevice


def list_input_devices(sd: Any = None) -> list[InputDevice]:
    """All devices that can record, in PortAudio's order."""
    sd = sd or _import_sounddevice()
    try:
        default_index = int(sd.query_devices(kind="input")["index"])
    except (sd.PortAudioError, KeyError, TypeError, ValueError):
        default_index = -1  # no default input
    devices = []
    for index, info in enumerate(sd.query_devices()):
        if info["max_input_channels"] <= 0:
            continue
        hostapi = sd.query_hostapis(info["hostapi"])["name"]
        devices.append(
            InputDevice(
                index=index,
                name=info["name"],
                channels=int(info["max_input_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                hostapi=hostapi,
                is_default=index == default_index,
            )
        )
    return devices


def _open_failure(err: Exception, rate: int, channels: int) -> str:
    """What PortAudio reported when a stream could not be opened, for the user."""
    text = str(err)
    if "-9985" in text:  # paDeviceUnavailable
        return tr("das System meldet es als belegt oder nicht verfügbar ({error})",
                  "the system reports it as busy or unavailable ({error})").format(error=text)
    if "-9997" in text:  # paInvalidSampleRate
        return tr("die Abtastrate {rate} Hz wird nicht unterstützt ({error})",
                  "the sample rate {rate} Hz is not supported ({error})").format(
            rate=rate, error=text)
    if "-9998" in text:  # paInvalidChannelCount
        return tr("{channels} Kanäle werden nicht unterstützt ({error})",
                  "{channels} channels are not supported ({error})").format(
            channels=channels, error=text)
    if "-9996" in text:  # paInvalidDevice
        return tr("das Gerät ist nicht mehr vorhanden ({error})",
                  "the device no longer exists ({error})").format(error=text)
    return text


def resolve_device(spec: int | str | None, sd: Any = None) -> InputDevice:
    """The input device meant by ``spec``: an index, (part of) a name, or None = default.

    Names match case-insensitively; an exact name wins over a substring match, so "pulse"
    does not pick "pulse-monitor" when a device called "pulse" exists.
    """
    devices = list_input_devices(sd)
    if not devices:
        sd = sd or _import_sounddevice()
        raise MicrophoneUnavailable(
            tr(
                "Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte (von {n} "
                "Audiogeräten). Bitte ein Mikrofon anschließen (und in den "
                "Datenschutz-Einstellungen des Systems freigeben), dann erneut versuchen.",
                "No microphone found: the system reports 0 input devices (of {n} audio "
                "devices). Please connect a microphone (and allow access in the system's "
                "privacy settings), then try again.",
            ).format(n=len(sd.query_devices()))
        )
    if spec is None:
        for device in devices:
            if device.is_default:
                return device
        return devices[0]
    if isinstance(spec, str) and spec.strip().isdigit():
        spec = int(spec.strip())
    if isinstance(spec, int):
        matches = [d for d in devices if d.index == spec]
    else:
        wanted = spec.strip().casefold()
        matches = [d for d in devices if d.name.casefold() == wanted] or [
            d for d in devices if wanted in d.name.casefold()
        ]
    if matches:
        return matches[0]
    available = "; ".join(str(d) for d in devices)
    raise MicrophoneUnavailable(
        tr(
            "Das Mikrofon „{spec}“ wurde nicht gefunden. Vorhandene Mikrofone: {available}.",
            "The microphone '{spec}' was not found. Available microphones: {available}.",
        ).format(spec=spec, available=available),
        f"input devices: {devices!r}",
    )


# -- resampling ----------------------------------------------------------------------------


class _Resampler:
    """Streaming conversion of (frames, channels) float32 blocks to 16 kHz mono.

    Stateful across blocks (FFmpeg's swresample via PyAV, already a dependency of
    faster-whisper): block boundaries leave no clicks and the output length tracks
    ``input_frames * 16000 / rate`` over time. ``flush`` returns the filter's tail (~1 ms).
    """

    def __init__(self, rate: int) -> None:
        self.rate = int(rate)
        self._av_resampler: Any = None
        if self.rate != SAMPLE_RATE:
            import av

            self._av = av
            self._av_resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

    def process(self, block: np.ndarray) -> np.ndarray:
        """Downmix and resample one block; may return fewer samples than expected (the
        filter holds back a few), never more than the input warrants."""
        mono = block.mean(axis=1, dtype=np.float32) if block.ndim == 2 else block
        mono = np.ascontiguousarray(mono, dtype=np.float32)
        if self._av_resampler is None or mono.size == 0:
            return mono
        frame = self._av.AudioFrame.from_ndarray(mono[np.newaxis, :], format="flt", layout="mono")
        frame.sample_rate = self.rate
        return self._collect(self._av_resampler.resample(frame))

    def flush(self) -> np.ndarray:
        """The samples still held in the filter; the resampler is spent afterwards."""
        if self._av_resampler is None:
            return _EMPTY
        tail = self._collect(self._av_resampler.resample(None))
        self._av_resampler = None
        return tail

    @staticmethod
    def _collect(frames: list[Any]) -> np.ndarray:
        if not frames:
            return _EMPTY
        return np.concatenate([f.to_ndarray()[0] for f in frames]).astype(np.float32, copy=False)


# -- microphone ----------------------------------------------------------------------------

#: Queue markers: the stream was stopped on request / ended on its own (device gone).
_END = object()
_LOST = object()


class SoundDeviceSource(AudioSource):
    """A microphone via PortAudio (the ``sounddevice`` package).

    ``sd`` is the sounddevice module, injectable so tests can simulate faults that cannot be
    produced on real hardware (a busy device).
    """

    #: Without a callback for this long while running, the device counts as lost (some
    #: drivers stall silently instead of reporting an error when a USB mic is unplugged).
    stall_timeout_s = 2.0

    def __init__(
        self, device: int | str | None = None, block_ms: int = 50, sd: Any = None
    ) -> None:
        self._sd = sd or _import_sounddevice()
        self._device_spec = device
        self._block_ms = block_ms
        self._device: InputDevice | None = None
        self._stream: Any = None
        self._resampler: _Resampler | None = None
        # Filled by the PortAudio thread with raw (frames, channels) blocks and markers.
        self._queue: queue.Queue[Any] = queue.Queue()
        self._last_callback = 0.0
        self._stopping = threading.Event()
        self._exhausted = False
        self._lost = False
        self._lock = threading.Lock()  # start/stop/close from different threads

    @property
    def realtime(self) -> bool:
        return True

    @property
    def description(self) -> str:
        if self._device is not None:
            return self._device.name
        return str(self._device_spec) if self._device_spec is not None else tr(
            "Standard-Mikrofon", "default microphone"
        )

    @property
    def device(self) -> InputDevice | None:
        """The device in use once started."""
        return self._device

    def start(self) -> None:
        """Open the device at its native rate and channel count (max. 2) and start it."""
        with self._lock:
            if self._stream is not None:
                return
            if self._stopping.is_set():
                raise RuntimeError("a stopped SoundDeviceSource cannot be started again")
            device = resolve_device(self._device_spec, self._sd)
            self._device = device
            rate = int(round(device.default_samplerate)) or SAMPLE_RATE
            channels = max(1, min(device.channels, 2))
            try:
                stream = self._sd.InputStream(
                    device=device.index,
                    samplerate=rate,
                    channels=channels,
                    dtype="float32",
                    blocksize=max(1, rate * self._block_ms // 1000),
                    callback=self._callback,
                    finished_callback=self._finished,
                )
                self._last_callback = time.monotonic()
                stream.start()
            except self._sd.PortAudioError as err:
                raise MicrophoneUnavailable(
                    tr(
                        "Das Mikrofon „{name}“ kann nicht geöffnet werden: {reason}. Bitte ein "
                        "anderes Mikrofon wählen oder es erneut versuchen.",
                        "The microphone '{name}' cannot be opened: {reason}. Please choose "
                        "another microphone or try again.",
                    ).format(name=device.name, reason=_open_failure(err, rate, channels)),
                    f"{device!r} at {rate} Hz, {channels} ch: {err}",
                ) from err
            self._stream = stream
            self._resampler = _Resampler(rate)
            logger.info("recording from %s at %d Hz, %d channel(s)", device, rate, channels)

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio thread: copy the block and return; everything else happens in read()."""
        self._last_callback = time.monotonic()
        self._queue.put(indata.copy())

    def _finished(self) -> None:
        """PortAudio thread: the stream ended; unless we stopped it, the device is gone."""
        if not self._stopping.is_set():
            self._queue.put(_LOST)

    def read(self, timeout: float = 0.5) -> np.ndarray | None:
        if self._lost:
            raise self._device_lost()
        if self._exhausted:
            return None
        if self._resampler is None:
            raise RuntimeError("SoundDeviceSource.read() before start()")
        deadline = time.monotonic() + timeout
        while True:
            blocks, marker = self._drain(deadline)
            audio = self._convert(blocks)
            if marker is None and self._stalled():
                logger.warning(
                    "no audio from %s for %.1f s", self.description, self.stall_timeout_s
                )
                marker = _LOST
            if marker is not None:
                more, _ = self._drain(0.0)  # whatever arrived after the marker
                audio = np.concatenate([audio, self._convert(more), self._resampler.flush()])
                if marker is _LOST:
                    self._lost = True
                    if audio.size == 0:
                        raise self._device_lost()
                else:
                    self._exhausted = True
                    if audio.size == 0:
                        return None
                return audio
            if audio.size or time.monotonic() >= deadline:
                return audio

    def _drain(self, deadline: float) -> tuple[list[np.ndarray], object | None]:
        """Blocks queued so far (waiting until ``deadline`` for the first) and the marker
        that ended them, if any."""
        blocks: list[np.ndarray] = []
        try:
            item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            while True:
                if item is _END or item is _LOST:
                    return blocks, item
                blocks.append(item)
                item = self._queue.get_nowait()
        except queue.Empty:
            return blocks, None

    def _convert(self, blocks: list[np.ndarray]) -> np.ndarray:
        assert self._resampler is not None
        if not blocks:
            return _EMPTY
        raw = blocks[0] if len(blocks) == 1 else np.concatenate(blocks)
        return self._resampler.process(raw)

    def _stalled(self) -> bool:
        return (
            not self._stopping.is_set()
            and time.monotonic() - self._last_callback > self.stall_timeout_s
        )

    def _device_lost(self) -> DeviceLost:
        return DeviceLost(
            tr(
                "Das Mikrofon „{name}“ wurde getrennt oder liefert keinen Ton mehr. Die bis "
                "dahin aufgenommene Sprache bleibt erhalten. Bitte das Mikrofon prüfen und "
                "die Aufnahme neu starten.",
                "The microphone '{name}' was disconnected or stopped delivering sound. The "
                "speech recorded so far is kept. Please check the microphone and start the "
                "recording again.",
            ).format(name=self.description),
            f"stream of {self._device!r} ended or stalled",
        )

    def stop(self) -> None:
        """Stop recording; ``read`` then returns the rest and finally None."""
        with self._lock:
            if self._stopping.is_set():
                return
            self._stopping.set()
            if self._stream is None:
                self._exhausted = True
                return
            try:
                self._stream.stop()  # waits for the last callback: all audio is queued
            except self._sd.PortAudioError as err:  # device already gone: nothing to flush
                logger.debug("stopping the stream failed: %s", err)
            self._queue.put(_END)

    def close(self) -> None:
        """Stop and release the device."""
        self.stop()
        with self._lock:
            if self._stream is not None:
                try:
                    self._stream.close()
                except self._sd.PortAudioError as err:
                    logger.debug("closing the stream failed: %s", err)


# -- files ---------------------------------------------------------------------------------


def _decode_file(path: Path) -> np.ndarray:
    """Whole file as 16 kHz mono float32 (PyAV via faster-whisper: WAV, FLAC, MP3, OGG…)."""
    if not path.is_file():
        raise AudioFileError(str(path), "no such file" if not path.exists() else "not a file")
    import av
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except (av.FFmpegError, OSError, ValueError, IndexError) as err:
        # IndexError: the container has no audio stream (an image, a text file…).
        raise AudioFileError(str(path), f"{type(err).__name__}: {err}") from err
    if audio.size == 0:
        raise AudioFileError(str(path), "the file contains no audio samples")
    audio = np.ascontiguousarray(audio, dtype=np.float32)
    audio.flags.writeable = False  # blocks are views: consumers must not change the file
    return audio


class FileSource(AudioSource):
    """An audio file, decoded up front (fails early on a bad file).

    With ``realtime=True`` blocks come no faster than a microphone would deliver them: a
    block is returned once its last sample is "due" on the wall clock, so latency measured
    on a file matches a live dictation. Otherwise blocks come as fast as they are read.
    """

    def __init__(
        self, path: str | Path, realtime: bool = False, block_ms: int = 100
    ) -> None:
        self.path = Path(path)
        self._audio = _decode_file(self.path)
        self._realtime = realtime
        self._block = max(1, SAMPLE_RATE * block_ms // 1000)
        self._pos = 0
        self._started_at: float | None = None
        self._stopped = False

    @property
    def realtime(self) -> bool:
        return self._realtime

    @property
    def description(self) -> str:
        return self.path.name

    @property
    def duration_s(self) -> float:
        """Length of the decoded audio in seconds."""
        return self._audio.size / SAMPLE_RATE

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = time.monotonic()

    def read(self, timeout: float = 0.5) -> np.ndarray | None:
        if self._started_at is None:
            raise RuntimeError("FileSource.read() before start()")
        if self._stopped or self._pos >= self._audio.size:
            return None
        end = min(self._pos + self._block, self._audio.size)
        if self._realtime:
            wait = self._started_at + end / SAMPLE_RATE - time.monotonic()
            if wait > timeout:
                time.sleep(max(0.0, timeout))
                return _EMPTY
            if wait > 0:
                time.sleep(wait)
        block = self._audio[self._pos:end]
        self._pos = end
        return block

    def stop(self) -> None:
        self._stopped = True
