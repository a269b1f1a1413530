"""Second pass over a transcribed file: segments that nearly name a vocabulary term are
decoded again with the per-utterance bias.

faster-whisper decodes a file with one fixed bias (about 20 terms of the list). The live
path chooses the bias of every utterance from its own greedy hypothesis
(:mod:`dictation.engine.termbias`); this gives files the same: a segment whose text holds a near miss
("Jobkenter", "Weiterbewilligungs Antrag") is decoded again on its own audio with the spotted
terms first in the prompt. Segments without a near miss (most of them) cost nothing, and the
audio is read again block by block, so long files stay within the memory of the first pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from dictation.config import SAMPLE_RATE
from dictation.engine.recognizer import WhisperDecoder
from dictation.engine.termbias import UtteranceBias
from dictation.engine.transcribe import AudioFileReader, Segment

log = logging.getLogger("dictation")

_LEAD_S = 0.2  # audio kept before a segment's start (Whisper's times are a little late)
_TAIL_S = 0.4  # and after its end
_MIN_WORD_SHARE = 0.85  # a second decode with fewer words than this share is not taken


def needs_refining(text: str, bias: UtteranceBias) -> bool:
    """The text sounds like a term it does not spell exactly."""
    return bool(bias.spotter.near_misses(text))


def _keeps_the_words(first: str, second: str) -> bool:
    """The second decode says as much as the first: a short window that stops after its first
    sentence must not replace a segment of three (seen on long files)."""
    return bool(second) and len(second.split()) >= _MIN_WORD_SHARE * len(first.split())


def refine_segments(
    decoder: WhisperDecoder,
    path: str | Path,
    segments: Sequence[Segment],
    beam_size: int = 5,
    context_chars: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> list[Segment]:
    """``segments`` with those that nearly name a term decoded again (``decoder`` must have
    an ``utterance_bias``). A decode that finds nothing keeps the first pass's text."""
    bias = decoder.utterance_bias
    out = list(segments)
    if bias is None:
        return out
    todo = [i for i, s in enumerate(out) if s.text and needs_refining(s.text, bias)]
    if not todo:
        return out
    log.info("refining %d of %d segments", len(todo), len(out))
    buffer = np.zeros(0, np.float32)
    buffer_start = 0  # sample index of buffer[0]
    with AudioFileReader(path) as reader:
        blocks = reader.blocks()
        for done, i in enumerate(todo):
            seg = out[i]
            start = max(0, int((seg.start - _LEAD_S) * SAMPLE_RATE))
            end = int((seg.end + _TAIL_S) * SAMPLE_RATE)
            while buffer_start + len(buffer) < end:
                block = next(blocks, None)
                if block is None:
                    break
                buffer = np.concatenate([buffer, block])
            audio = buffer[max(0, start - buffer_start):max(0, end - buffer_start)]
            context = " ".join(s.text for s in out[:i])[-context_chars:]
            if len(audio) > SAMPLE_RATE // 4:
                hyp = decoder.decode(audio, beam_size=beam_size, context=context, hint=seg.text)
                if _keeps_the_words(seg.text, hyp.text):
                    out[i] = replace(seg, text=hyp.text)
            drop = max(0, start - buffer_start)
            buffer, buffer_start = buffer[drop:], buffer_start + drop
            if progress:
                progress(done + 1, len(todo))
    return out


__all__ = ["needs_refining", "refine_segments"]
