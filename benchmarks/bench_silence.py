"""No text from silence and noise: ``dictation stream --jsonl`` on non-speech audio.

Two files, built with a seeded RNG into benchmarks/out/:

* ``silence_noise.wav`` (60 s): low white noise (-60 dBFS RMS), 50 Hz hum with harmonics,
  synthetic keyboard typing (short broadband press/release clicks in bursts) and
  breathing-like band-passed noise bursts;
* ``silence_digital.wav`` (20 s): digital silence (all zeros).

Each is streamed (not in real time by default) and the committed words are counted
(target: 0 for both). Any committed or partial text is printed.

Usage:
  .venv/bin/python benchmarks/bench_silence.py [--realtime] [--seed N] [--gain-db DB]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import SAMPLE_RATE, event_line, print_table, verdict  # noqa: E402


def _db(db: float) -> float:
    return 10.0 ** (db / 20.0)


def _bandpass(x: np.ndarray, lo_hz: float, hi_hz: float) -> np.ndarray:
    """Brick-wall band-pass via FFT (no scipy needed)."""
    spec = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(x.size, 1.0 / SAMPLE_RATE)
    spec[(freqs < lo_hz) | (freqs > hi_hz)] = 0
    return np.fft.irfft(spec, n=x.size)


def _click(rng: np.random.Generator, amplitude: float) -> np.ndarray:
    """One key click: a few ms of broadband noise with a fast exponential decay, plus a short
    damped resonance (the key cap / desk)."""
    n = int(rng.uniform(0.004, 0.012) * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    decay = np.exp(-t / rng.uniform(0.0008, 0.003))
    noise = rng.standard_normal(n) * decay
    res_hz = rng.uniform(1500, 4500)
    ring = np.sin(2 * np.pi * res_hz * t) * np.exp(-t / 0.002) * 0.5
    c = noise + ring
    return amplitude * c / (np.max(np.abs(c)) + 1e-9)


def build_noise(seconds: float = 60.0, seed: int = 20240607) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    x = rng.standard_normal(n) * _db(-60)  # low white noise (RMS -60 dBFS)

    # Mains hum: 50 Hz and harmonics with falling level, slight random phases.
    hum = np.zeros(n)
    for k, level_db in zip(range(1, 9), (-42, -46, -48, -54, -56, -60, -62, -66)):
        hum += _db(level_db) * np.sin(2 * np.pi * 50 * k * t + rng.uniform(0, 2 * np.pi))
    x += hum

    # Keyboard: bursts of 5-25 keystrokes at ~5-10 keys/s, press + weaker release click.
    pos = rng.uniform(0.5, 2.0)
    while pos < seconds - 1.0:
        keys = int(rng.integers(5, 26))
        for _ in range(keys):
            amp = _db(rng.uniform(-26, -12))
            for offset, gain in ((0.0, 1.0), (rng.uniform(0.06, 0.12), rng.uniform(0.3, 0.6))):
                c = _click(rng, amp * gain)
                i = int((pos + offset) * SAMPLE_RATE)
                if i + c.size < n:
                    x[i:i + c.size] += c
            pos += rng.uniform(0.08, 0.25)
            if pos >= seconds - 1.0:
                break
        pos += rng.uniform(1.5, 5.0)

    # Breathing: 0.6-1.6 s band-passed noise bursts with a smooth envelope, every 3-7 s.
    pos = rng.uniform(1.0, 3.0)
    while pos < seconds - 2.0:
        m = int(rng.uniform(0.6, 1.6) * SAMPLE_RATE)
        lo, hi = rng.uniform(150, 400), rng.uniform(1500, 3500)
        burst = _bandpass(rng.standard_normal(m), lo, hi)
        burst /= np.sqrt(np.mean(burst**2)) + 1e-12
        env = np.sin(np.linspace(0, np.pi, m)) ** 2
        i = int(pos * SAMPLE_RATE)
        x[i:i + m] += burst * env * _db(rng.uniform(-40, -30))
        pos += m / SAMPLE_RATE + rng.uniform(2.0, 6.0)

    return np.clip(x, -1.0, 1.0).astype(np.float32)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realtime", action="store_true", help="replay in real time (slow: 80 s)")
    ap.add_argument("--seed", type=int, default=20240607)
    ap.add_argument("--gain-db", type=float, default=0.0,
                    help="amplify the noise file (stress test; clipped at full scale)")
    args = ap.parse_args()

    out = common.out_dir()
    noise = np.clip(build_noise(60.0, args.seed) * 10 ** (args.gain_db / 20), -1.0, 1.0)
    noise_label = "noise 60 s (hiss, hum, keys, breath)" + (f" {args.gain_db:+g} dB" if args.gain_db else "")
    files = {
        noise_label: common.write_wav(out / "silence_noise.wav", noise),
        "digital silence 20 s": common.write_wav(out / "silence_digital.wav", np.zeros(20 * SAMPLE_RATE, np.float32)),
    }
    rows = []
    for label, wav in files.items():
        cmd = [*common.dictation_cmd(), "stream", str(wav), "--jsonl"] + (["--realtime"] if args.realtime else [])
        print("running:", " ".join(cmd))
        res = common.run_jsonl(cmd, timeout_s=600)
        commits = [e for e in res.events if e.get("type") == "commit"]
        partials = [e for e in res.events if e.get("type") == "partial" and e.get("text", "").strip()]
        errors = [e for e in res.events if e.get("type") == "error"]
        nwords = sum(len(common.words(e["text"])) for e in commits)
        print(f"  exit {res.returncode}, {res.wall_s:.1f} s, {len(commits)} commit(s), "
              f"{len(partials)} non-empty partial(s), peak RSS {res.peak_rss_mb:.0f} MB")
        for e in commits + partials + errors:
            print("   ", event_line(e))
        if res.returncode != 0:
            print("  stderr:", res.stderr.strip()[-2000:])
        rows.append((f"committed words: {label}", str(nwords), "0", verdict(nwords == 0)))
        rows.append((f"non-empty partials: {label}", str(len(partials)), "(info)", ""))
        rows.append((f"errors / exit code: {label}", f"{len(errors)} / {res.returncode}", "0 / 0",
                     verdict(not errors and res.returncode == 0)))
    print_table(rows, "bench_silence" + (" (realtime)" if args.realtime else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
