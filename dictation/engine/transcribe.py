"""Offline transcription of whole files.

Files need no streaming: faster-whisper's own ``transcribe`` (30 s windows, beam search,
previous text as context) is the most accurate path, and it is the baseline the benchmark
holds us to. Silero VAD skips silence, which is faster and keeps Whisper from inventing text
on long pauses.

Long files are decoded block by block and searched for speech in pieces of a few minutes
(faster-whisper given a whole file holds the decoded audio, its VAD copies and the spectrogram
of all speech at once: memory grew ~50 MB per audio minute, a 2-hour recording needed over
3 GB). The speech regions Silero VAD finds are grouped into windows of at most ~25 s of speech,
cut in pauses, and each window is decoded on its own, as the live path decodes utterances:
Whisper's long-form decoding places each 30 s window by the previous one's timestamps and
skipped sentences when they jumped (30-min benchmark file: 3 to 13 of 220 sentences lost;
with independent windows none). A file that ends early (cut off while copying, a recorder
that crashed) gives the readable part's text and a warning.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dictation.config import RecognizerOptions
from dictation.engine.recognizer import bias_prompt, is_phantom
from dictation.errors import AudioFileError
from dictation.i18n import tr

log = logging.getLogger("dictation.transcribe")  # the name before the move to engine/

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Transcript:
    """Text of one file. ``warnings``: user messages about the file (e.g. only part of it was
    readable); the text is then that of the readable part."""

    path: str
    text: str
    segments: tuple[Segment, ...]
    duration: float
    language: str
    compute_seconds: float
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChunkOptions:
    """How long files are split, so memory does not grow with their length and no sentence
    is skipped.

    Attributes:
      chunk_s: Longest piece read and searched for speech at once (memory is about
        proportional to it).
      search_s: The cut between pieces lies in the longest pause within the last ``search_s``
        of a piece, so no sentence is split between two pieces.
      block_s: Size of the decoded blocks read from the file.
      window_s: Most speech decoded at once. The speech regions Silero VAD finds are grouped
        into windows of at most this much speech, cut in the middle of pauses, and each
        window is decoded on its own (one Whisper window of 30 s): Whisper's long-form
        decoding (seeking from window to window by its own timestamps) skips sentences when
        a timestamp jumps, which independent windows cannot do.
      min_silence_ms: A pause at least this long ends a speech region (as the VAD filter of
        the decode itself).
      context_chars: Text of the previous window passed as prompt (0: none).
    """

    chunk_s: float = 300.0
    search_s: float = 90.0
    block_s: float = 30.0
    window_s: float = 25.0
    min_silence_ms: int = 1000
    context_chars: int = 0


def _seconds(value: float) -> str:
    """``12,3`` in German, ``12.3`` in English."""
    return tr(f"{value:.1f}".replace(".", ","), f"{value:.1f}")


def _unreadable(path: Path, err: OSError) -> AudioFileError:
    from dictation.fileio import os_error_reason

    if isinstance(err, FileNotFoundError):
        reason = tr("die Datei gibt es nicht (Name oder Ordner falsch?)",
                    "the file does not exist (wrong name or folder?)")
    elif isinstance(err, PermissionError):
        reason = tr("keine Berechtigung, die Datei zu lesen",
                    "no permission to read the file")
    elif isinstance(err, IsADirectoryError):
        reason = tr("das ist ein Ordner, keine Datei", "this is a folder, not a file")
    else:
        reason = os_error_reason(err)
    return AudioFileError(str(path), repr(err), reason=reason)


def _check_file(path: Path) -> None:
    """Say why a path cannot be an audio file before PyAV opens it: a FIFO or a device
    would block the open (or read forever), and PyAV's errors do not name the real reason."""
    try:
        info = os.stat(path)
    except OSError as err:
        raise _unreadable(path, err) from err
    if stat.S_ISDIR(info.st_mode):
        raise AudioFileError(str(path), "is a directory",
                             reason=tr("das ist ein Ordner, keine Datei", "this is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise AudioFileError(str(path), f"not a regular file (mode {info.st_mode:o})",
                             reason=tr("keine gewöhnliche Datei (eine Pipe/FIFO oder ein Gerät)",
                                       "not a regular file (a pipe/FIFO or a device)"))
    if info.st_size == 0:
        raise AudioFileError(str(path), "empty file",
                             reason=tr("die Datei ist leer (0 Byte)", "the file is empty (0 bytes)"))
    try:
        with open(path, "rb"):
            pass
    except OSError as err:
        raise _unreadable(path, err) from err


def _wav_declared_seconds(path: Path) -> float | None:
    """Length the WAV header declares (its ``data`` chunk), or None if not a plain WAV or the
    size is unknown. FFmpeg derives a cut-off WAV's duration from the file size, so only the
    header tells that data is missing."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        byte_rate = 0
        for _ in range(64):  # a handful of chunks precede the data in practice
            header = f.read(8)
            if len(header) < 8:
                return None
            chunk_id, size = header[:4], int.from_bytes(header[4:], "little")
            if chunk_id == b"fmt ":
                fmt = f.read(min(size, 64))
                byte_rate = int.from_bytes(fmt[8:12], "little") if len(fmt) >= 12 else 0
                f.seek(size - len(fmt) + (size & 1), os.SEEK_CUR)
            elif chunk_id == b"data":
                if size in (0, 0xFFFFFFFF) or byte_rate <= 0:  # streamed WAV: size unknown
                    return None
                return size / byte_rate
            else:
                f.seek(size + (size & 1), os.SEEK_CUR)
    return None


def _mp3_has_length_header(path: Path) -> bool:
    """True if the MP3 carries a Xing/Info/VBRI frame count; without one FFmpeg only
    estimates the duration from the bit rate, which is no basis for calling a file cut off."""
    with open(path, "rb") as f:
        head = f.read(10)
        skip = 0
        if head[:3] == b"ID3" and len(head) == 10:
            skip = 10 + sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(head[6:10]))
        f.seek(skip)
        first = f.read(4096)
    return any(tag in first for tag in (b"Xing", b"Info", b"VBRI"))


#: Containers whose duration comes from the file's own length information.
_TRUSTED_DURATION = ("flac", "ogg", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "aiff")


class AudioFileReader:
    """A file decoded block by block as 16 kHz mono float32, so memory does not grow with its
    length. After reading, :meth:`incomplete_warning` says whether the file ended early.

    Use as a context manager; :class:`AudioFileError` (with the real reason) if the file cannot
    be opened or holds no audio at all.
    """

    def __init__(self, path: str | Path, block_s: float = 30.0) -> None:
        self.path = Path(path)
        self.block_samples = max(1, int(block_s * SAMPLE_RATE))
        self.declared_seconds: float | None = None
        self.read_samples = 0
        self.decode_errors = 0
        self.stopped_by: str = ""  # the error that ended decoding before the end, if any
        self._decoded_frames = 0
        self._container = None

    @property
    def read_seconds(self) -> float:
        return self.read_samples / SAMPLE_RATE

    def __enter__(self) -> AudioFileReader:
        _check_file(self.path)
        import av

        try:
            self._container = av.open(str(self.path), mode="r", metadata_errors="ignore")
        except Exception as err:  # PyAV raises many error types for bad input
            raise AudioFileError(str(self.path), repr(err)) from err
        if not self._container.streams.audio:
            self._container.close()
            raise AudioFileError(str(self.path), "no audio stream",
                                 reason=tr("die Datei enthält keine Tonspur",
                                           "the file contains no audio track"))
        self.declared_seconds = self._declared_seconds()
        return self

    def __exit__(self, *exc) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None

    def _declared_seconds(self) -> float | None:
        container = self._container
        name = container.format.name
        try:
            if name == "wav":
                return _wav_declared_seconds(self.path)
            if name == "mp3" and not _mp3_has_length_header(self.path):
                return None
        except OSError:
            return None
        if name in ("mp3", *_TRUSTED_DURATION) and container.duration:
            return container.duration / 1_000_000
        return None

    def _stop(self, err: Exception) -> None:
        """An error while decoding: the file is unreadable if nothing was decoded yet, else it
        ends here (cut off or damaged) and :meth:`incomplete_warning` reports it."""
        if not self._decoded_frames:
            raise AudioFileError(str(self.path), repr(err)) from err
        self.stopped_by = repr(err)
        log.warning("%s: decoding stopped early: %r", self.path, err)

    def _groups(self) -> Iterator:
        """Decoded frames in groups of ~500,000 samples, as faster-whisper's decoder does."""
        import av

        fifo = av.audio.fifo.AudioFifo()
        frames = self._container.decode(audio=0)
        while True:
            try:
                frame = next(frames)
                frame.pts = None  # as faster-whisper: ignore the timestamp check
                fifo.write(frame)
            except StopIteration:
                break
            except av.error.InvalidDataError:
                self.decode_errors += 1  # a damaged frame: skip it, as faster-whisper does
                continue
            except Exception as err:  # PyAV raises many error types for bad input
                self._stop(err)
                break
            self._decoded_frames += 1
            if fifo.samples >= 500_000:
                yield fifo.read()
        if fifo.samples:
            yield fifo.read()

    def blocks(self) -> Iterator[np.ndarray]:
        """Blocks of ``block_s`` (the last one shorter); none are kept here."""
        import gc
        import itertools

        import av

        resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        pending: list[np.ndarray] = []
        pending_n = 0
        groups = itertools.chain(self._groups(), [None])  # None flushes the resampler
        while True:
            try:
                group = next(groups)
                arrays = [out.to_ndarray().reshape(-1) for out in resampler.resample(group)]
            except StopIteration:
                break
            except AudioFileError:
                raise
            except Exception as err:  # e.g. the format changes mid-stream
                self._stop(err)
                break
            pending += arrays
            pending_n += sum(len(a) for a in arrays)
            self.read_samples += sum(len(a) for a in arrays)
            while pending_n >= self.block_samples:
                joined = np.concatenate(pending)
                block, rest = joined[: self.block_samples], joined[self.block_samples:]
                pending, pending_n = [rest], len(rest)
                yield block.astype(np.float32) / 32768.0
        if pending_n:
            yield np.concatenate(pending).astype(np.float32) / 32768.0
        del resampler  # see faster-whisper issue 390: freed only by the collector
        gc.collect()
        if not self.read_samples:
            raise AudioFileError(str(self.path), "no audio samples")

    def incomplete_warning(self) -> str | None:
        """A user message if less was readable than the file declares or frames were damaged;
        None for a complete file. Call after :meth:`blocks` is exhausted."""
        declared, got = self.declared_seconds, self.read_seconds
        missing = declared is not None and declared - got > 0.5 + 0.01 * declared
        if missing:
            return tr(
                "„{path}“ ist unvollständig oder beschädigt: nur {got} von {total} s lesbar. "
                "Der Text enthält nur den lesbaren Teil.",
                "'{path}' is incomplete or damaged: only {got} of {total} s readable. "
                "The text covers only the readable part.",
            ).format(path=self.path, got=_seconds(got), total=_seconds(declared))
        if self.stopped_by or self.decode_errors:
            return tr(
                "„{path}“ ist beschädigt: Teile konnten nicht gelesen werden ({got} s gelesen). "
                "Der Text enthält nur den lesbaren Teil.",
                "'{path}' is damaged: parts could not be read ({got} s read). "
                "The text covers only the readable part.",
            ).format(path=self.path, got=_seconds(got))
        return None


def load_audio(path: str | Path) -> np.ndarray:
    """16 kHz mono float32 samples of any audio file PyAV can read (the whole file at once:
    for short files; long ones go through :class:`AudioFileReader`)."""
    with AudioFileReader(path) as reader:
        return np.concatenate(list(reader.blocks()))


def _pause_cut(window: np.ndarray, search_from: int) -> int:
    """Sample index in the middle of the longest pause in ``window[search_from:]`` (the end
    of the window if it holds no speech)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    region = window[search_from:]
    speech = get_speech_timestamps(region, VadOptions(min_silence_duration_ms=100, speech_pad_ms=0))
    if not speech:
        return len(window)
    bounds = [0, *(x for s in speech for x in (s["start"], s["end"])), len(region)]
    _, start, end = max((bounds[i + 1] - bounds[i], bounds[i], bounds[i + 1])
                        for i in range(0, len(bounds), 2))
    return search_from + (start + end) // 2


def _pieces(blocks: Iterator[np.ndarray], options: ChunkOptions) -> Iterator[tuple[int, np.ndarray]]:
    """(offset in samples, audio) pieces of at most ``chunk_s``, each cut in a pause."""
    window = max(1, int(options.chunk_s * SAMPLE_RATE))
    search_from = max(1, window - int(options.search_s * SAMPLE_RATE))
    pending: list[np.ndarray] = []
    pending_n = offset = 0
    for block in blocks:
        pending.append(block)
        pending_n += len(block)
        while pending_n > window:
            joined = np.concatenate(pending)
            cut = _pause_cut(joined[:window], search_from)
            yield offset, joined[:cut]
            rest = joined[cut:].copy()
            del joined
            pending, pending_n = [rest], len(rest)
            offset += cut
    if pending_n:
        yield offset, np.concatenate(pending)


def _context(segments: list[Segment], chars: int) -> str | None:
    """The last ``chars`` characters of text (whole segments), the prompt for the next window."""
    if chars <= 0:
        return None
    picked: list[str] = []
    for seg in reversed(segments):
        if picked and sum(len(t) + 1 for t in picked) + len(seg.text) > chars:
            break
        picked.append(seg.text)
    return " ".join(reversed(picked)) or None


#: Audio up to this length is decoded as faster-whisper decodes a short file: one call, its
#: own VAD filter (one Whisper window; short files come out exactly as before).
_SINGLE_WINDOW_S = 30.0


def _speech_regions(audio: np.ndarray, options: ChunkOptions) -> list[tuple[int, int]]:
    """(start, end) samples of the speech in ``audio`` (Silero VAD, padded as faster-whisper's
    filter pads it); a region longer than ``window_s`` is split in its pauses (or, without
    one, hard)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    limit = max(SAMPLE_RATE, int(options.window_s * SAMPLE_RATE))
    regions: list[tuple[int, int]] = []
    for found in get_speech_timestamps(audio, VadOptions(min_silence_duration_ms=options.min_silence_ms)):
        start, end = found["start"], found["end"]
        while end - start > limit:
            cut = start + _pause_cut(audio[start:start + limit], limit // 2)
            if not start < cut < end:
                cut = start + limit
            regions.append((start, cut))
            start = cut
        regions.append((start, end))
    return regions


def _windows(regions: list[tuple[int, int]], window_s: float) -> list[list[tuple[int, int]]]:
    """Consecutive speech regions grouped into windows of at most ``window_s`` of speech."""
    limit = window_s * SAMPLE_RATE
    windows: list[list[tuple[int, int]]] = []
    speech = 0
    for region in regions:
        length = region[1] - region[0]
        if not windows or speech + length > limit:
            windows.append([])
            speech = 0
        windows[-1].append(region)
        speech += length
    return windows


_TRUNCATION_MIN_S = 8.0  # windows with less speech are not checked for a cut-off text
# German dictation runs at 2–3 words per second of speech; a window with under one word per
# second has lost text (seen: 26 s of speech, 11 words)
_MIN_WORDS_PER_SPEECH_S = 1.0


def _word_count(found) -> int:
    return sum(len(text.split()) for _, _, text in found)


def transcribe_file(
    model,
    path: str | Path,
    options: RecognizerOptions = RecognizerOptions(),
    progress: Callable[[float, float], None] | None = None,
    chunking: ChunkOptions = ChunkOptions(),
) -> Transcript:
    """Transcribe one file; ``progress(done_seconds, total_seconds)`` after each segment.

    A file that turns out to be cut off or damaged gives the text of its readable part and
    a message in :attr:`Transcript.warnings`."""
    started = time.perf_counter()
    hotwords = bias_prompt(options.bias_terms, closed=False) or None
    language = options.language
    detected = "de"
    segments: list[Segment] = []

    def run(audio: np.ndarray, vad: bool, bias: str | None):
        """faster-whisper over one window: (segments as (start, end, text), language)."""
        segments_iter, info = model.transcribe(
            audio,
            language=language,
            beam_size=options.beam_size,
            vad_filter=vad,
            vad_parameters={"min_silence_duration_ms": chunking.min_silence_ms},
            hotwords=bias,
            initial_prompt=_context(segments, chunking.context_chars),
            # Each window stands on its own: conditioning on the previous window's text lets
            # one bad window derail the next ones (skipped sentences, repeated text).
            condition_on_previous_text=False,
        )
        found = [(seg.start, seg.end, seg.text.strip()) for seg in segments_iter
                 if not is_phantom(seg.text)]
        return found, info.language

    def decode(audio: np.ndarray, offset: float, regions: list[tuple[int, int]] | None) -> None:
        """Decode one window (``regions``: its speech, samples within ``audio``; None: let
        faster-whisper's VAD filter find it) and append its segments."""
        nonlocal language, detected
        times = None
        if regions is not None:
            from faster_whisper.vad import SpeechTimestampsMap

            chunks = [{"start": a, "end": b} for a, b in regions]
            times = SpeechTimestampsMap(chunks, SAMPLE_RATE)
            audio = np.concatenate([audio[a:b] for a, b in regions])
        found, detected = run(audio, regions is None, hotwords)
        speech_s = len(audio) / SAMPLE_RATE
        n_words = _word_count(found)
        if hotwords and speech_s >= _TRUNCATION_MIN_S and n_words < _MIN_WORDS_PER_SPEECH_S * speech_s:
            # With a bias prompt Whisper sometimes ends a window after its first sentence
            # (26 s of speech, 11 words): the rest of the window would be lost. Decode it
            # again without the bias and keep whichever says more.
            plain, plain_language = run(audio, regions is None, None)
            n_plain = _word_count(plain)
            log.info("window of %.0f s speech gave %d words; without bias %d", speech_s,
                     n_words, n_plain)
            if n_plain > n_words:
                found, detected = plain, plain_language
        for start, end, text in found:
            if times is not None:
                start = times.get_original_time(start)
                end = times.get_original_time(end, is_end=True)
            segments.append(Segment(offset + start, offset + end, text))
            if progress:
                done = offset + end
                progress(done, max(total, done))
        if language is None and found:
            language = detected  # one language per file, as from a single call

    with AudioFileReader(path, chunking.block_s) as reader:
        total = reader.declared_seconds or 0.0
        for offset_samples, audio in _pieces(reader.blocks(), chunking):
            offset = offset_samples / SAMPLE_RATE
            if len(audio) <= _SINGLE_WINDOW_S * SAMPLE_RATE:
                decode(audio, offset, None)
            else:
                for window in _windows(_speech_regions(audio, chunking), chunking.window_s):
                    decode(audio, offset, window)
                    if progress:
                        done = offset + window[-1][1] / SAMPLE_RATE
                        progress(done, max(total, done))
            if progress:
                done = offset + len(audio) / SAMPLE_RATE
                progress(done, max(total, done))
            del audio
        duration = reader.read_seconds
        warning = reader.incomplete_warning()
    if progress:
        progress(duration, duration)
    if warning:
        log.warning("%s", warning)
    text = " ".join(s.text for s in segments if s.text)
    return Transcript(
        path=str(path),
        text=text,
        segments=tuple(segments),
        duration=duration,
        language=language or detected,
        compute_seconds=time.perf_counter() - started,
        warnings=(warning,) if warning else (),
    )
