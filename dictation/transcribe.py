"""Offline transcription of whole files.

Files need no streaming: faster-whisper's own ``transcribe`` (30 s windows, beam search,
previous text as context) is the most accurate path, and it is the baseline the benchmark
holds us to. Silero VAD skips silence, which is faster and keeps Whisper from inventing text
on long pauses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import RecognizerOptions
from .errors import AudioFileError
from .recognizer import is_phantom


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Transcript:
    path: str
    text: str
    segments: tuple[Segment, ...]
    duration: float
    language: str
    compute_seconds: float


def load_audio(path: str | Path):
    """16 kHz mono float32 samples of any audio file PyAV can read."""
    from faster_whisper.audio import decode_audio

    p = Path(path)
    if not p.is_file():
        raise AudioFileError(str(path), "file not found")
    try:
        audio = decode_audio(str(p), sampling_rate=16000)
    except Exception as err:  # PyAV raises many error types for bad input
        raise AudioFileError(str(path), repr(err)) from err
    if audio.size == 0:
        raise AudioFileError(str(path), "no audio samples")
    return audio


def transcribe_file(
    model,
    path: str | Path,
    options: RecognizerOptions = RecognizerOptions(),
    progress: Callable[[float, float], None] | None = None,
) -> Transcript:
    """Transcribe one file; ``progress(done_seconds, total_seconds)`` after each segment."""
    audio = load_audio(path)
    started = time.perf_counter()
    duration = len(audio) / 16000
    hotwords = ", ".join(options.bias_terms) or None
    segments_iter, info = model.transcribe(
        audio,
        language=options.language,
        beam_size=options.beam_size,
        vad_filter=True,
        vad_parameters={"min_silence_duration_ms": 1000},
        hotwords=hotwords,
    )
    segments: list[Segment] = []
    for seg in segments_iter:
        if is_phantom(seg.text):
            continue
        segments.append(Segment(seg.start, seg.end, seg.text.strip()))
        if progress:
            progress(min(seg.end, duration), duration)
    if progress:
        progress(duration, duration)
    text = " ".join(s.text for s in segments if s.text)
    return Transcript(
        path=str(path),
        text=text,
        segments=tuple(segments),
        duration=duration,
        language=info.language,
        compute_seconds=time.perf_counter() - started,
    )
