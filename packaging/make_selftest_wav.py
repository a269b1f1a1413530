"""Writes dictation/data/selftest.wav: the German sentence the self-test transcribes.

Synthesised with espeak-ng (Debian package ``espeak-ng``), so the file is our own data and
can be rebuilt at any time; the expected text lives in ``dictation.selftest.SAMPLE_TEXT``.
Voice and speed were chosen because the bundled base model transcribes this sentence
exactly (with and without vocabulary bias); the self-test allows a word error rate of 0.4.

    .venv/bin/python packaging/make_selftest_wav.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dictation.selftest import SAMPLE_FILE, SAMPLE_TEXT  # noqa: E402

VOICE = "de+m3"
SPEED_WPM = 150
SAMPLE_RATE = 16_000


def main() -> int:
    if shutil.which("espeak-ng") is None:
        print("espeak-ng fehlt: apt-get install espeak-ng", file=sys.stderr)
        return 1
    from faster_whisper.audio import decode_audio  # resamples to 16 kHz mono

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            ["espeak-ng", "-v", VOICE, "-s", str(SPEED_WPM), "-w", str(raw), SAMPLE_TEXT],
            check=True,
        )
        audio = decode_audio(str(raw), sampling_rate=SAMPLE_RATE)
    # 0.3 s of silence on both sides, as a person leaves before and after speaking.
    pad = np.zeros(int(0.3 * SAMPLE_RATE), dtype=np.float32)
    audio = np.concatenate([pad, audio, pad])
    SAMPLE_FILE.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(SAMPLE_FILE), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    print(f"{SAMPLE_FILE} ({len(audio) / SAMPLE_RATE:.1f} s, {SAMPLE_FILE.stat().st_size} Bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
