"""Streaming voice activity detection with the Silero VAD model that faster-whisper ships.

faster-whisper runs Silero over a whole file at once; dictation needs it frame by frame, with
the recurrent state carried across calls, so speech onsets and pauses are seen as they happen.
"""

from __future__ import annotations

import numpy as np

FRAME_SAMPLES = 512  # 32 ms at 16 kHz: the frame size Silero was trained on
_CONTEXT_SAMPLES = 64


class SileroVad:
    """Speech probability per 32 ms frame for audio pushed in arbitrary block sizes."""

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT_SAMPLES, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def process(self, audio: np.ndarray) -> np.ndarray:
        """Probabilities of the frames completed by ``audio`` (leftover samples wait)."""
        pending = np.concatenate([self._pending, audio.astype(np.float32, copy=False)])
        n_frames = len(pending) // FRAME_SAMPLES
        probs = np.empty(n_frames, dtype=np.float32)
        for i in range(n_frames):
            frame = pending[i * FRAME_SAMPLES : (i + 1) * FRAME_SAMPLES]
            x = np.concatenate([self._context, frame])[None, :]
            out, self._h, self._c = self._session.run(
                None, {"input": x, "h": self._h, "c": self._c}
            )
            probs[i] = float(out.reshape(-1)[0])
            self._context = frame[-_CONTEXT_SAMPLES:]
        self._pending = pending[n_frames * FRAME_SAMPLES :].copy()
        return probs
