"""Peak memory of ``dictation transcribe`` on long files, and that no sentence is lost.

Builds ``out/long_{N}min_gap{G}.wav`` (16 kHz mono 16-bit, written clip by clip): the clips of
``de/thorsten`` and ``de/fleurs`` in turn (one clip per distinct sentence: thorsten's
emotional set repeats one sentence), repeated until N minutes are reached, each followed
by G seconds of pause (alternately digital silence and -60 dBFS white noise, seeded); the
clip offsets and references go to a ``.json`` beside it. Runs
``dictation transcribe FILE --format json -o …`` as a subprocess per length and reports:

* peak RSS of that process (``ru_maxrss`` via ``os.wait4``; target <= 800 MB for 120 min),
* wall time and real-time factor,
* sentences lost: clips fewer than 30 % of whose reference words are found when the whole
  text is aligned word by word to all references joined; "misheard" among them when other
  words stand in their place (a one-word sentence recognised wrong, not skipped),
* WER over the whole file (all references joined vs the whole text).

Usage:
  .venv/bin/python benchmarks/bench_memory.py [--minutes 30 60 120] [--gap-s 1.5]
      [--no-default-vocabulary] [--label NAME]

To compare with another version of the code, run it with that version first on the path
(``PYTHONPATH=/path/to/old/checkout``) and another ``--label``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import SAMPLE_RATE, print_table, verdict, wer  # noqa: E402

TARGET_MB_120 = 800.0
LOST_WER = 0.7


def build_long_file(minutes: float, gap_s: float) -> tuple[Path, list[dict]]:
    """The long test file and its clip list; reused when it already exists."""
    tag = f"long_{minutes:g}min_gap{gap_s:g}"
    wav_path = common.out_dir() / f"{tag}.wav"
    manifest = wav_path.with_suffix(".json")
    if wav_path.is_file() and manifest.is_file():
        return wav_path, json.loads(manifest.read_text(encoding="utf-8"))
    sources, seen = [], set()
    for path, ref in common.dataset(common.THORSTEN_DIR) + common.dataset(common.FLEURS_DIR):
        if common.normalize(ref) not in seen:  # de/thorsten says one sentence in 8 moods:
            seen.add(common.normalize(ref))     # Whisper rightly merges a repeat; count it once
            sources.append((path, ref))
    rng = np.random.default_rng(9)
    gap = int(gap_s * SAMPLE_RATE)
    total = int(minutes * 60 * SAMPLE_RATE)
    clips: list[dict] = []
    written = 0
    cache: dict[Path, np.ndarray] = {}
    with wave.open(str(wav_path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        i = 0
        while written < total:
            path, ref = sources[i % len(sources)]
            audio = cache.setdefault(path, common.read_wav(path))
            pause = np.zeros(gap) if i % 2 else rng.normal(0, 10 ** (-60 / 20), gap)
            clips.append({"file": path.name, "start": written / SAMPLE_RATE,
                          "end": (written + len(audio)) / SAMPLE_RATE, "reference": ref})
            for part in (audio, pause):
                pcm = np.clip(np.round(part * 32768.0), -32768, 32767).astype("<i2")
                w.writeframes(pcm.tobytes())
                written += len(part)
            i += 1
    manifest.write_text(json.dumps(clips, ensure_ascii=False), encoding="utf-8")
    return wav_path, clips


def run_transcribe(wav_path: Path, extra: list[str], label: str) -> tuple[int, float, float, dict | None, str]:
    """(exit status, peak RSS MB, wall s, JSON result, stderr tail) of one CLI run."""
    out_json = wav_path.with_suffix(f".{label}.out.json")
    out_json.unlink(missing_ok=True)
    cmd = [*common.dictation_cmd(), "transcribe", str(wav_path), "--format", "json",
           "-o", str(out_json), *extra]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            cwd=common.REPO_ROOT, env={**os.environ, "TQDM_DISABLE": "1"})
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    result = json.loads(out_json.read_text(encoding="utf-8")) if out_json.is_file() else None
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024.0, wall, result, stderr[-1500:]


def lost_clips(clips: list[dict], text: str) -> list[tuple[dict, float, bool]]:
    """Clips most of whose words are missing: (clip, share of its words found, whether other
    words stand in their place: misheard, not skipped — "Helblow" for the one-word "hellblau,").
    See :func:`dictation.text.wer.sentence_coverage`."""
    from dictation.text.wer import sentence_coverage

    share = 1 - LOST_WER
    coverage = sentence_coverage([c["reference"] for c in clips], text, common.words)
    return [(clip, c.found / c.words, c.misheard(share))
            for clip, c in zip(clips, coverage) if c.words and c.found < share * c.words]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, nargs="+", default=[30, 60, 120])
    ap.add_argument("--gap-s", type=float, default=1.5, help="pause after each clip (default 1.5 s)")
    ap.add_argument("--no-default-vocabulary", action="store_true",
                    help="without the shipped vocabulary (no hotword bias, no text pipeline terms)")
    ap.add_argument("--label", default="run", help="names the result files (out/long_*.LABEL.out.json)")
    args = ap.parse_args()
    common.require_testdata(common.FLEURS_DIR, common.THORSTEN_DIR)
    extra = ["--no-default-vocabulary"] if args.no_default_vocabulary else []
    rows = []
    for minutes in args.minutes:
        wav_path, clips = build_long_file(minutes, args.gap_s)
        code, rss, wall, result, stderr = run_transcribe(wav_path, extra, args.label)
        if result is None:
            print(f"{wav_path.name}: no result (exit {code}):\n{stderr}")
            rows.append((f"{minutes:g} min: peak RSS", f"{rss:.0f} MB", "", verdict(False)))
            continue
        lost = lost_clips(clips, result["text"])
        overall = wer([" ".join(c["reference"] for c in clips)], [result["text"]])
        audio_s = result["duration"]
        target = f"<= {TARGET_MB_120:.0f} MB" if minutes >= 120 else ""
        rows += [
            (f"{minutes:g} min: peak RSS", f"{rss:.0f} MB", target,
             verdict(rss <= TARGET_MB_120) if minutes >= 120 else ""),
            (f"{minutes:g} min: wall time", f"{wall:.0f} s (RTF {wall / audio_s:.3f})", "", ""),
            (f"{minutes:g} min: sentences lost (of them misheard, other words in place)",
             f"{len(lost)} of {len(clips)} ({sum(m for _, _, m in lost)})", "0", verdict(not lost)),
            (f"{minutes:g} min: WER", f"{overall.wer:.1%}", "", ""),
            (f"{minutes:g} min: exit status", str(code), "0", verdict(code == 0)),
        ]
        for clip, share, misheard in lost[:10]:
            print(f"  {minutes:g} min: {'misheard' if misheard else 'lost'} at {clip['start']:.1f}-"
                  f"{clip['end']:.1f} s ({clip['file']}, {share:.0%} of its words found): "
                  f"{clip['reference']!r}")
        sys.stdout.flush()
    vocab = "without" if args.no_default_vocabulary else "with"
    print_table(rows, f"dictation transcribe on long files (gap {args.gap_s:g} s, {vocab} default vocabulary)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
