"""Synthesise the domain dictations (``dictations.tsv``) with natural-sounding German voices.

Voices: the MBROLA diphone voices de1–de7 (through espeak-ng, ``-v mb-deN``) and SVOX Pico
(``pico2wave -l de-DE``). Two voices are **held out**: they are never used while tuning the
text pipeline and speak a second copy of 36 of the dictations, so the benchmark can show
whether an improvement carries over to voices it was not tuned on:

* tuning voices: ``mb-de1``, ``mb-de3``, ``mb-de4``, ``mb-de5``, ``mb-de6``, ``mb-de7`` —
  every dictation is spoken once in one of them (clip ``d01``);
* held-out voices: ``mb-de2`` and ``pico`` — 18 dictations each, chosen by hash (clip
  ``d01h``).

Per clip, fixed by its id (SHA-256 seed), so the same files come out on every machine with
the same voices: speaking rate (MBROLA 125–180 words per minute, Pico 0.85–1.15 × its own
rate), pitch (MBROLA), the pauses between the parts, and the room: exactly a third each (by
rank of the hash) **clean**, **office noise** (babble of five distant talkers, room noise,
mains hum; 12–20 dB SNR) and **reverb** (a synthetic room impulse response: early
reflections and an exponentially decaying, damped noise tail, RT60 0.3–0.8 s,
direct-to-reverberant ratio 0–8 dB: a desk microphone in an office).

The ``spoken`` column is cut at ``|``: each part is synthesised on its own and the parts are
joined with 0.9–1.4 s of silence (longer than the recogniser's 0.7 s end of utterance), so
each part is one utterance. Commands inside a part are spoken without a pause, as
caseworkers do ("übernommen Komma da die Miete …").

Output (git-ignored; MBROLA voices are licensed for non-commercial use, so their audio is
made at benchmark time and never committed): ``benchmarks/out/domain/<clip>.wav`` (16 kHz
mono 16-bit) and ``benchmarks/out/domain/manifest.json``. Idempotent: a WAV whose settings
(text, voice, rate, room, generator version) have not changed is not synthesised again;
``--force`` redoes all.

Run from the repository root::

    .venv/bin/python benchmarks/domain/make_audio.py [--force] [--ids d01,d02] [--voices pico]

Needs espeak-ng, mbrola + mbrola-de1…de7, pico2wave (libttspico-utils) and sox; without
them it says to run ``sh benchmarks/domain/install_voices.sh`` (root or sudo), or runs it
with ``--install``.
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

from common import OUT_DIR, SAMPLE_RATE, read_wav, write_wav  # noqa: E402

TSV = HERE / "dictations.tsv"
CUSTOM_VOCABULARY = HERE / "custom.vocab.json"
INSTALL_SCRIPT = HERE / "install_voices.sh"
AUDIO_DIR = OUT_DIR / "domain"
MANIFEST = AUDIO_DIR / "manifest.json"

#: Bump when the synthesis, room or noise changes, so existing WAVs are regenerated.
#: 5: sox in repeatable mode (``-R``). Before, its dither was seeded from the clock: every
#: synthesis differed by up to 3 LSB, and Whisper's text changed on about half the clips.
GENERATOR_VERSION = 5

#: Voices and how often each is drawn for the tuning clips. Whisper base, raw text, WER on six
#: plain sentences with domain terms (150 wpm, no noise): mb-de1 19 %, mb-de2 20 %, mb-de3
#: 28 %, mb-de4 18 %, mb-de5 16 %, mb-de6 11 %, mb-de7 12 %, pico 9 %; mb-de8 89 % (misses
#: diphones, unusable, not used). mb-de3 is drawn less often.
TUNING_VOICES = ("mb-de1", "mb-de3", "mb-de4", "mb-de5", "mb-de6", "mb-de7")
TUNING_WEIGHTS = (2, 1, 2, 2, 2, 2)
#: Held out for evaluation only: another synthesiser (Pico, female) and an MBROLA voice not
#: used for tuning (male). Together about as intelligible as the tuning voices (mean WER on
#: the six sentences 15 % vs 17 %), so the two groups differ by voice, not by difficulty.
HELD_OUT_VOICES = ("mb-de2", "pico")
HELD_OUT_COUNT = 36  # dictations spoken again by a held-out voice (half each)

MBROLA_WPM = (125, 135, 145, 150, 155, 160, 170, 180)
PICO_TEMPO = (0.85, 1.15)
PITCH = (35, 65)
PAUSE_S = (0.9, 1.4)  # between the parts of a dictation ("|")
LEAD_S, TAIL_S = 0.5, 1.2  # silence before the first and after the last part
ROOMS = ("clean", "noise", "reverb")
SNR_DB = (12.0, 20.0)
RT60_S = (0.3, 0.8)
DRR_DB = (0.0, 8.0)
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
    """How one clip is made."""

    clip: str  # file stem: the dictation id, + "h" for the held-out copy
    dictation: str
    group: str  # "tuning" | "held-out"
    voice: str  # "mb-de5", "pico"
    rate: float  # MBROLA: words per minute; Pico: tempo factor
    pitch: int | None
    pauses: list[float]
    room: str  # "clean" | "noise" | "reverb"
    snr_db: float | None
    rt60_s: float | None
    drr_db: float | None
    seed: int


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def plan(dictations: list[Dictation]) -> list[Settings]:
    """Every clip of the data set, fixed by the dictation ids alone (see the module doc)."""
    held = sorted(dictations, key=lambda d: _seed(d.id + "/held-out"))[:HELD_OUT_COUNT]
    held_voice = {d.id: HELD_OUT_VOICES[i % len(HELD_OUT_VOICES)] for i, d in enumerate(held)}
    clips: list[tuple[str, Dictation, str, str | None]] = [(d.id, d, "tuning", None)
                                                           for d in dictations]
    clips += [(d.id + "h", d, "held-out", held_voice[d.id])
              for d in dictations if d.id in held_voice]
    # rooms: exactly a third each per group, by rank of the hash
    room_of: dict[str, str] = {}
    for group in ("tuning", "held-out"):
        ranked = sorted((c for c in clips if c[2] == group), key=lambda c: _seed(c[0] + "/room"))
        for i, c in enumerate(ranked):
            room_of[c[0]] = ROOMS[i % len(ROOMS)]
    out = []
    for clip, d, group, voice in clips:
        seed = _seed(clip)
        rng = random.Random(seed)
        if voice is None:
            voice = rng.choices(TUNING_VOICES, weights=TUNING_WEIGHTS)[0]
        if voice == "pico":
            rate, pitch = round(rng.uniform(*PICO_TEMPO), 2), None
        else:
            rate, pitch = rng.choice(MBROLA_WPM), rng.randint(*PITCH)
        pauses = [round(rng.uniform(*PAUSE_S), 2) for _ in d.parts[1:]]
        room = room_of[clip]
        snr = round(rng.uniform(*SNR_DB), 1) if room == "noise" else None
        rt60 = round(rng.uniform(*RT60_S), 2) if room == "reverb" else None
        drr = round(rng.uniform(*DRR_DB), 1) if room == "reverb" else None
        out.append(Settings(clip, d.id, group, voice, rate, pitch, pauses, room, snr, rt60,
                            drr, seed))
    return out


def _fingerprint(d: Dictation, s: Settings) -> str:
    data = json.dumps([GENERATOR_VERSION, d.spoken, asdict(s), LEAD_S, TAIL_S],
                      ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


# --- voices ---------------------------------------------------------------------------------


def missing_tools(voices: set[str]) -> list[str]:
    """What is not installed for ``voices`` (programs, MBROLA voice files)."""
    missing = [p for p in ("espeak-ng", "sox") if shutil.which(p) is None]
    if "pico" in voices and shutil.which("pico2wave") is None:
        missing.append("pico2wave")
    mb = sorted(v for v in voices if v.startswith("mb-"))
    if mb and shutil.which("mbrola") is None:
        missing.append("mbrola")
    for v in mb:
        name = v[3:]
        if not any((Path(root) / name / name).is_file() or (Path(root) / name).is_file()
                   for root in ("/usr/share/mbrola", "/usr/share/mbrola/voices",
                                "/usr/local/share/mbrola")):
            missing.append(f"mbrola-{name}")
    return missing


def ensure_voices(voices: set[str], install: bool = False) -> None:
    missing = missing_tools(voices)
    if missing and install:
        print(f"installing voices: sh {INSTALL_SCRIPT}", file=sys.stderr)
        subprocess.run(["sh", str(INSTALL_SCRIPT)], check=True)
        missing = missing_tools(voices)
    if missing:
        raise SystemExit(
            "German test voices missing: " + ", ".join(missing) + "\n"
            f"Install them (Debian/Ubuntu, root or sudo): sh {INSTALL_SCRIPT.relative_to(HERE.parents[1])}\n"
            "or run make_audio.py / bench_vocabulary.py with --install-voices.")


def synthesise(text: str, s: Settings) -> np.ndarray:
    """One phrase as 16 kHz mono float32 (sox resamples; Pico's rate via sox ``tempo``)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, wav = Path(tmp) / "raw.wav", Path(tmp) / "phrase.wav"
        if s.voice == "pico":
            cmd = ["pico2wave", "-l", "de-DE", "-w", str(raw), text]
            effects = ["tempo", "-s", f"{s.rate:.2f}"] if s.rate != 1.0 else []
        else:
            cmd = ["espeak-ng", "-v", s.voice, "-s", str(int(s.rate)), "-p", str(s.pitch),
                   "-w", str(raw), text]
            effects = []
        subprocess.run(cmd, check=True, capture_output=True)
        subprocess.run(["sox", "-R", "-G", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16",
                        str(wav), *effects], check=True, capture_output=True)
        audio = read_wav(wav)
    return _trim(audio)


def _trim(audio: np.ndarray, floor_db: float = -50.0) -> np.ndarray:
    """Without the synthesiser's leading/trailing silence (the pauses are set here)."""
    loud = np.flatnonzero(np.abs(audio) > 10 ** (floor_db / 20) * max(np.max(np.abs(audio)), 1e-9))
    if loud.size == 0:
        return audio
    return audio[max(0, loud[0] - 160): loud[-1] + 160]


# --- room -----------------------------------------------------------------------------------


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


def room_impulse_response(rng: np.random.Generator, rt60_s: float, drr_db: float) -> np.ndarray:
    """A synthetic room: the direct sound, six early reflections (3–30 ms) and a diffuse tail
    of noise decaying by 60 dB in ``rt60_s``, darker as it decays (one-pole low-pass whose
    cut-off falls from ~6 to ~1.5 kHz); tail energy set so direct / (reflections + tail)
    is ``drr_db``."""
    n = int(rt60_s * 1.1 * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    late = rng.standard_normal(n) * np.exp(-6.908 * t / rt60_s)
    onset = int(0.005 * SAMPLE_RATE)
    late[:onset] *= np.linspace(0, 1, onset)  # the tail builds up over 5 ms
    # time-varying damping: filter in 50 ms blocks with a falling cut-off
    out = np.empty_like(late)
    y, block = 0.0, int(0.05 * SAMPLE_RATE)
    for start in range(0, n, block):
        fc = 6000 * (1500 / 6000) ** min(1.0, start / n)
        a = np.exp(-2 * np.pi * fc / SAMPLE_RATE)
        seg = late[start:start + block]
        res = np.empty_like(seg)
        for i, x in enumerate(seg):  # short loop: ~ RT60 × 16 k samples
            y = (1 - a) * x + a * y
            res[i] = y
        out[start:start + block] = res
    reverb = out
    for _ in range(6):
        k = int(rng.uniform(0.003, 0.030) * SAMPLE_RATE)
        reverb[k] += rng.uniform(0.2, 0.6) * rng.choice((-1, 1))
    reverb *= np.sqrt(10 ** (-drr_db / 10) / (np.sum(reverb ** 2) + 1e-12))
    ir = reverb
    ir[0] += 1.0
    return ir


def _convolve(x: np.ndarray, h: np.ndarray) -> np.ndarray:
    n = x.size + h.size - 1
    size = 1 << (n - 1).bit_length()
    y = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(h, size), size)[:n]
    return y[: x.size]  # the tail rings into the trailing silence


def _speech_power(audio: np.ndarray) -> float:
    """Mean power of the 20 ms frames with speech (within 35 dB of the loudest frame)."""
    frame = SAMPLE_RATE // 50
    m = audio[: audio.size // frame * frame].reshape(-1, frame)
    p = np.mean(m.astype(np.float64) ** 2, axis=1)
    active = p[p > p.max() * 10 ** (-35 / 10)]
    return float(np.mean(active)) if active.size else float(p.mean())


def render(d: Dictation, s: Settings) -> np.ndarray:
    pieces = [np.zeros(int(LEAD_S * SAMPLE_RATE), dtype=np.float32)]
    for i, part in enumerate(d.parts):
        if i:
            pieces.append(np.zeros(int(s.pauses[i - 1] * SAMPLE_RATE), dtype=np.float32))
        pieces.append(synthesise(part, s))
    pieces.append(np.zeros(int(TAIL_S * SAMPLE_RATE), dtype=np.float32))
    speech = np.concatenate(pieces).astype(np.float64)
    rng = np.random.default_rng(s.seed)
    if s.room == "reverb":
        speech = _convolve(speech, room_impulse_response(rng, s.rt60_s, s.drr_db))
    speech *= 10 ** (PEAK_DBFS / 20) / (np.max(np.abs(speech)) + 1e-12)
    if s.room == "noise":
        noise = office_noise(rng, speech.size)
        noise *= np.sqrt(_speech_power(speech) / 10 ** (s.snr_db / 10))
        speech = speech + noise
        peak = np.max(np.abs(speech))
        if peak > 10 ** (-1 / 20):  # keep headroom, SNR unchanged
            speech *= 10 ** (-1 / 20) / peak
    return speech.astype(np.float32)


# --- the set --------------------------------------------------------------------------------


def _load_manifest() -> dict[str, dict]:
    try:
        data = json.loads(MANIFEST.read_text(encoding="utf-8"))
        return {e["clip"]: e for e in data.get("items", []) if "clip" in e}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def make_all(force: bool = False, ids: set[str] | None = None, voices: set[str] | None = None,
             quiet: bool = False, install: bool = False) -> list[dict]:
    """Synthesise what is missing or outdated; returns the manifest items of all clips that
    exist. ``ids``/``voices`` limit what is (re)made: dictation ids, voice names."""
    dictations = load_dictations()
    by_id = {d.id: d for d in dictations}
    clips = plan(dictations)
    wanted = [s for s in clips
              if (ids is None or s.dictation in ids) and (voices is None or s.voice in voices)]
    old = _load_manifest()
    AUDIO_DIR.mkdir(parents=True, exist_ok=True)
    todo = []
    for s in wanted:
        fp = _fingerprint(by_id[s.dictation], s)
        prev = old.get(s.clip)
        wav = AUDIO_DIR / f"{s.clip}.wav"
        if force or not wav.is_file() or prev is None or prev.get("fingerprint") != fp:
            todo.append(s)
    if todo:
        ensure_voices({s.voice for s in todo}, install=install)
    items, made = [], 0
    todo_clips = {s.clip for s in todo}
    for s in clips:
        d = by_id[s.dictation]
        fp = _fingerprint(d, s)
        wav = AUDIO_DIR / f"{s.clip}.wav"
        prev = old.get(s.clip)
        if s.clip in todo_clips:
            audio = render(d, s)
            write_wav(wav, audio)
            duration = audio.size / SAMPLE_RATE
            made += 1
            if not quiet:
                room = (f"noise {s.snr_db:.0f} dB" if s.room == "noise" else
                        f"reverb {s.rt60_s:.2f} s {s.drr_db:.0f} dB" if s.room == "reverb"
                        else "clean")
                print(f"{s.clip:4s} {s.group:8s} {s.voice:6s} rate {s.rate:<5} {room:20s} "
                      f"{duration:5.1f} s", flush=True)
        elif prev is not None and prev.get("fingerprint") == fp and wav.is_file():
            duration = prev["duration_s"]
        else:
            continue  # not requested and not (validly) made
        items.append({
            "clip": s.clip, "id": s.dictation, "file": wav.name, "group": s.group,
            "voice": s.voice, "rate": s.rate, "pitch": s.pitch, "pauses_s": s.pauses,
            "room": s.room, "snr_db": s.snr_db, "rt60_s": s.rt60_s, "drr_db": s.drr_db,
            "duration_s": round(duration, 3), "parts": len(d.parts), "spoken": d.spoken,
            "expected": d.expected, "fingerprint": fp,
        })
    MANIFEST.write_text(json.dumps({"generator_version": GENERATOR_VERSION,
                                    "sample_rate": SAMPLE_RATE, "items": items},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        total = sum(i["duration_s"] for i in items)
        print(f"{len(items)} clips, {total:.0f} s of audio; {made} synthesised, "
              f"{len(items) - made} up to date -> {AUDIO_DIR}")
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="synthesise everything again")
    ap.add_argument("--ids", help="comma-separated dictation ids, e.g. d01,d07")
    ap.add_argument("--voices", help="comma-separated voices, e.g. pico,mb-de2")
    ap.add_argument("--install-voices", action="store_true",
                    help=f"run {INSTALL_SCRIPT.name} when voices are missing (root or sudo)")
    args = ap.parse_args(argv)
    make_all(force=args.force or bool(args.ids or args.voices),
             ids=set(args.ids.split(",")) if args.ids else None,
             voices=set(args.voices.split(",")) if args.voices else None,
             install=args.install_voices)
    return 0


if __name__ == "__main__":
    sys.exit(main())
