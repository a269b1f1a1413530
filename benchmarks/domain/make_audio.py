"""Synthesise the domain dictations (``dictations.tsv``) with espeak-ng.

Every dictation is spoken in one of several German espeak-ng voices at 140–175 words per
minute, chosen deterministically from its id; about a third get office noise (babble-like
band-limited noise with a syllable-rate envelope plus mains hum with harmonics) at a seeded
SNR of 15–20 dB. The ``spoken`` column is cut at ``|``: each part is synthesised on its own
and the parts are joined with 0.8 s of silence, so a command spoken as its own phrase
("Punkt", "neuer Absatz") is separated by pauses as in real dictation.

Output (git-ignored): ``benchmarks/out/domain/<id>.wav`` (16 kHz mono 16-bit) and
``benchmarks/out/domain/manifest.json`` (id, file, voice, speed, pitch, noise, SNR,
duration, spoken, expected). Idempotent: a WAV whose recorded settings (text, voice, speed,
noise, generator version) have not changed is not synthesised again; ``--force`` redoes all.

Run from the repository root::

    .venv/bin/python benchmarks/domain/make_audio.py [--force] [--ids d01,d02]

Needs the ``espeak-ng`` program (Debian/Ubuntu: ``apt-get install espeak-ng``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/ for common.py

from common import OUT_DIR, SAMPLE_RATE, write_wav  # noqa: E402

TSV = HERE / "dictations.tsv"
AUDIO_DIR = OUT_DIR / "domain"
MANIFEST = AUDIO_DIR / "manifest.json"

#: Bump when the synthesis or noise changes, so existing WAVs are regenerated.
GENERATOR_VERSION = 3
#: espeak-ng German voice variants and how often each is drawn. Tried on 14 of the dictations
#: (streamed, base model, 150 wpm, no noise), WER: de+m1 59 %, de 65 %, de+m3 67 %, de+f5 76 %,
#: de+f1 83 %, de+f2 85 %, de+f4 97 % — the female variants are the least intelligible to the
#: recogniser, so one (the best) is used, a little less often.
VOICES = ("de", "de+m1", "de+m3", "de+f5")
VOICE_WEIGHTS = (3, 3, 3, 2)
SPEEDS = (140, 150, 155, 160, 165, 170, 175)
PAUSE_S = 0.8  # between the parts of a dictation ("|")
LEAD_S, TAIL_S = 0.5, 1.0  # silence before the first and after the last part
SNR_DB = (15.0, 20.0)
PEAK_DBFS = -3.0


@dataclass
class Dictation:
    id: str
    spoken: str
    expected: str  # with real line breaks ("\n" in the TSV)

    @property
    def parts(self) -> list[str]:
        return [p.strip() for p in self.spoken.split("|") if p.strip()]


def load_dictations(path: Path = TSV) -> list[Dictation]:
    """The dictations of ``dictations.tsv``; ``\\n`` in ``expected`` is a line break."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        if not r.get("id") or r["id"].startswith("#"):
            continue
        out.append(Dictation(r["id"].strip(), r["spoken"].strip(),
                             r["expected"].strip().replace("\\n", "\n")))
    return out


@dataclass
class Settings:
    voice: str
    speed: int
    pitch: int
    noise: bool
    snr_db: float | None
    seed: int


def settings_for(dictation_id: str) -> Settings:
    """Voice, speed, pitch and noise of one dictation: fixed by its id alone."""
    seed = int.from_bytes(hashlib.sha256(dictation_id.encode("utf-8")).digest()[:8], "big")
    rng = random.Random(seed)
    voice = rng.choices(VOICES, weights=VOICE_WEIGHTS)[0]
    speed = rng.choice(SPEEDS)
    pitch = rng.randint(40, 60)
    noise = seed % 3 == 0  # about one in three
    snr = round(rng.uniform(*SNR_DB), 1) if noise else None
    return Settings(voice, speed, pitch, noise, snr, seed)


def _fingerprint(d: Dictation, s: Settings) -> str:
    data = json.dumps([GENERATOR_VERSION, d.spoken, asdict(s), PAUSE_S, LEAD_S, TAIL_S],
                      ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def synthesise(text: str, s: Settings, espeak: str) -> np.ndarray:
    """One phrase as 16 kHz mono float32 (espeak-ng writes 22.05 kHz; PyAV resamples)."""
    from faster_whisper.audio import decode_audio

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "phrase.wav"
        subprocess.run(
            [espeak, "-v", s.voice, "-s", str(s.speed), "-p", str(s.pitch), "-w", str(wav), text],
            check=True, capture_output=True,
        )
        audio = decode_audio(str(wav), sampling_rate=SAMPLE_RATE)
    return _trim(np.asarray(audio, dtype=np.float32))


def _trim(audio: np.ndarray, floor_db: float = -50.0) -> np.ndarray:
    """Without espeak's leading/trailing silence (the pauses are set here)."""
    loud = np.flatnonzero(np.abs(audio) > 10 ** (floor_db / 20))
    if loud.size == 0:
        return audio
    return audio[max(0, loud[0] - 160): loud[-1] + 160]


def _band_noise(rng: np.random.Generator, n: int, lo: float, hi: float, slope: float) -> np.ndarray:
    """Gaussian noise shaped in the frequency domain: band ``lo``–``hi`` Hz, ``1/f**slope``."""
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    shape = np.zeros_like(f)
    band = (f >= lo) & (f <= hi)
    shape[band] = 1.0 / np.maximum(f[band], 1.0) ** slope
    out = np.fft.irfft(spec * shape, n)
    return out / (np.std(out) + 1e-12)


def _envelope(rng: np.random.Generator, n: int, rate_hz: float) -> np.ndarray:
    """Slowly varying 0..1 gain: syllables at ``rate_hz`` inside talk spurts and pauses."""
    k = int(n / SAMPLE_RATE * rate_hz) + 2
    points = np.clip(rng.normal(0.6, 0.35, k), 0, 1)
    env = np.interp(np.arange(n), np.linspace(0, n - 1, k), points)
    spurts = int(n / SAMPLE_RATE / 1.5) + 2  # talk / pause every ~1.5 s
    on = np.repeat(rng.random(spurts) < 0.75, int(np.ceil(n / spurts)))[:n]
    return env * on


def office_noise(rng: np.random.Generator, n: int) -> np.ndarray:
    """Babble-like noise of five distant "talkers" plus 50 Hz hum with harmonics (unit RMS)."""
    babble = np.zeros(n)
    for _ in range(5):
        lo, hi = rng.uniform(150, 300), rng.uniform(2500, 4000)
        talker = _band_noise(rng, n, lo, hi, slope=0.7)
        babble += talker * _envelope(rng, n, rng.uniform(3.0, 6.0))
    babble += 0.3 * _band_noise(rng, n, 80, 6000, slope=1.0)  # room / ventilation
    t = np.arange(n) / SAMPLE_RATE
    hum = sum(a * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
              for f, a in ((50, 1.0), (100, 0.5), (150, 0.35), (200, 0.15)))
    babble /= np.sqrt(np.mean(babble ** 2)) + 1e-12
    hum /= np.sqrt(np.mean(hum ** 2)) + 1e-12
    noise = babble + 10 ** (-8 / 20) * hum  # hum 8 dB under the babble
    return noise / (np.sqrt(np.mean(noise ** 2)) + 1e-12)


def _speech_power(audio: np.ndarray) -> float:
    """Mean power of the 20 ms frames with speech (within 35 dB of the loudest frame)."""
    frame = SAMPLE_RATE // 50
    m = audio[: audio.size // frame * frame].reshape(-1, frame)
    p = np.mean(m.astype(np.float64) ** 2, axis=1)
    active = p[p > p.max() * 10 ** (-35 / 10)]
    return float(np.mean(active)) if active.size else float(p.mean())


def render(d: Dictation, s: Settings, espeak: str) -> np.ndarray:
    pause = np.zeros(int(PAUSE_S * SAMPLE_RATE), dtype=np.float32)
    pieces = [np.zeros(int(LEAD_S * SAMPLE_RATE), dtype=np.float32)]
    for i, part in enumerate(d.parts):
        if i:
            pieces.append(pause)
        pieces.append(synthesise(part, s, espeak))
    pieces.append(np.zeros(int(TAIL_S * SAMPLE_RATE), dtype=np.float32))
    speech = np.concatenate(pieces).astype(np.float64)
    speech *= 10 ** (PEAK_DBFS / 20) / (np.max(np.abs(speech)) + 1e-12)
    if s.noise:
        rng = np.random.default_rng(s.seed)
        noise = office_noise(rng, speech.size)
        noise *= np.sqrt(_speech_power(speech) / 10 ** (s.snr_db / 10))
        speech = speech + noise
        peak = np.max(np.abs(speech))
        if peak > 10 ** (-1 / 20):  # keep headroom, SNR unchanged
            speech *= 10 ** (-1 / 20) / peak
    return speech.astype(np.float32)


def _load_manifest() -> dict[str, dict]:
    try:
        data = json.loads(MANIFEST.read_text(encoding="utf-8"))
        return {e["id"]: e for e in data.get("items", [])}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def make_all(force: bool = False, ids: set[str] | None = None, quiet: bool = False) -> list[dict]:
    """Synthesise what is missing or outdated; returns the manifest items (all dictations)."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise SystemExit("espeak-ng not found (apt-get install espeak-ng)")
    dictations = load_dictations()
    old = _load_manifest()
    AUDIO_DIR.mkdir(parents=True, exist_ok=True)
    items, made = [], 0
    for d in dictations:
        s = settings_for(d.id)
        fp = _fingerprint(d, s)
        wav = AUDIO_DIR / f"{d.id}.wav"
        prev = old.get(d.id)
        if ids is not None:
            todo = d.id in ids  # asked for: made again
        else:
            todo = force or not wav.is_file() or prev is None or prev.get("fingerprint") != fp
        if todo:
            audio = render(d, s, espeak)
            write_wav(wav, audio)
            duration = audio.size / SAMPLE_RATE
            made += 1
            if not quiet:
                noise = f"noise {s.snr_db:.1f} dB" if s.noise else "clean"
                print(f"{d.id}: {s.voice:6s} {s.speed} wpm p{s.pitch} {noise:15s} "
                      f"{duration:5.1f} s")
        elif prev is not None:
            duration = prev["duration_s"]
        else:
            continue  # not requested and never made
        items.append({
            "id": d.id, "file": wav.name, "voice": s.voice, "speed_wpm": s.speed,
            "pitch": s.pitch, "noise": s.noise, "snr_db": s.snr_db,
            "duration_s": round(duration, 3), "parts": len(d.parts), "spoken": d.spoken,
            "expected": d.expected, "fingerprint": fp,
        })
    MANIFEST.write_text(json.dumps({"generator_version": GENERATOR_VERSION, "pause_s": PAUSE_S,
                                    "sample_rate": SAMPLE_RATE, "items": items},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        total = sum(i["duration_s"] for i in items)
        noisy = sum(i["noise"] for i in items)
        print(f"{len(items)} dictations ({noisy} with noise), {total:.0f} s of audio; "
              f"{made} synthesised, {len(items) - made} up to date -> {AUDIO_DIR}")
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="synthesise everything again")
    ap.add_argument("--ids", help="comma-separated ids to synthesise again, e.g. d01,d07")
    args = ap.parse_args(argv)
    make_all(force=args.force, ids=set(args.ids.split(",")) if args.ids else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
