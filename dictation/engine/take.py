"""One spoken phrase from the microphone, ended by the pause after it.

"Begriff trainieren" needs a single sentence, not a dictation: the take starts when the user
clicks, ends by itself about a second after the speech (Silero VAD, as the live path), and
never runs on if nobody speaks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from dictation.config import SAMPLE_RATE
from dictation.engine.audio import AudioSource
from dictation.engine.vad import FRAME_SAMPLES, SileroVad


@dataclass(frozen=True)
class TakeOptions:
    """When a take ends.

    Attributes:
      pause_s: Quiet after speech that ends the take (the carrier sentence of term training
        has no pause this long inside it).
      min_speech_s: Speech before a pause counts; less is a click or a cough.
      max_s: A take never runs longer (the carrier sentence takes about 3 s).
      threshold: Silero speech probability of a speech frame.
    """

    pause_s: float = 1.0
    min_speech_s: float = 0.5
    max_s: float = 12.0
    threshold: float = 0.5


def record_take(
    source: AudioSource,
    stop: threading.Event,
    options: TakeOptions = TakeOptions(),
    on_audio: Callable[[np.ndarray], None] | None = None,
    on_started: Callable[[], None] | None = None,
) -> np.ndarray:
    """16 kHz mono audio from ``source`` until a pause after speech, ``stop`` is set, or
    ``options.max_s``; the source is closed afterwards in any case. Raises what the source
    raises (``MicrophoneUnavailable``, ``DeviceLost``). ``on_started`` is called once the
    device is open (only then may the user speak), ``on_audio`` with every block (levels)."""
    vad = SileroVad()
    frame_s = FRAME_SAMPLES / SAMPLE_RATE
    chunks: list[np.ndarray] = []
    samples = speech = quiet = 0
    try:
        source.start()
        if on_started is not None:
            on_started()
        while not stop.is_set() and samples < options.max_s * SAMPLE_RATE:
            block = source.read(timeout=0.1)
            if block is None:
                break
            if not block.size:
                continue
            chunks.append(block)
            samples += block.size
            if on_audio is not None:
                on_audio(block)
            for p in vad.process(block):
                if p >= options.threshold:
                    speech, quiet = speech + 1, 0
                elif speech:
                    quiet += 1
            if speech * frame_s >= options.min_speech_s and quiet * frame_s >= options.pause_s:
                break
    finally:
        source.close()
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


__all__ = ["TakeOptions", "record_take"]
