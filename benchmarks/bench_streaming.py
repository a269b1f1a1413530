"""Streaming latency, accuracy and memory of ``dictation stream --realtime --jsonl``.

Streams the "FLEURS session" (10 de/fleurs clips, 2 s silence between them, ~176 s) in real
time, like a microphone, and measures from the JSONL events:

* commit latency = emitted_at - audio_end of each commit (p50 <= 1.0 s, p95 <= 2.0 s);
* first-partial latency per clip: speech onset = clip offset + first speech start found by
  faster-whisper's offline Silero VAD on the clip; latency = emitted_at of the first partial
  or commit whose audio_end is after the onset, minus the onset (median <= 1.0 s);
* streaming WER of all committed text vs all references joined (<= offline WER + 1 point),
  with the offline WER of plain faster-whisper (beam 5) on the same clips, same run, and
  <= the product's own file WER + 0.5 point (``dictation transcribe`` of the session file);
* peak RSS of the streaming process (<= 700 MB).

Usage:
  .venv/bin/python benchmarks/bench_streaming.py [--file PATH] [--no-realtime] [--no-offline]
"""

from __future__ import annotations

import argparse
import functools
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import (  # noqa: E402
    Clip,
    event_line,
    percentile,
    print_table,
    verdict,
    weighted_median,
    wer,
)

TARGET_COMMIT_P50 = 1.0
TARGET_COMMIT_P95 = 2.0
TARGET_FIRST_PARTIAL_MEDIAN = 1.0
TARGET_WER_MARGIN_POINTS = 1.0
TARGET_FILE_MARGIN_POINTS = 0.5  # issue 8: live never worse than the file path
TARGET_RSS_MB = 700.0


def _clips_for(args) -> tuple[Path, list[Clip]]:
    if args.file:
        path = Path(args.file).resolve()
        if not path.is_file():
            sys.exit(f"no such file: {path}")
        ref = common.reference_for(path)
        try:
            duration = common.read_wav(path).size / common.SAMPLE_RATE
        except Exception:  # noqa: BLE001 - not a 16 kHz WAV: decode like the app does
            from faster_whisper.audio import decode_audio

            duration = decode_audio(str(path), sampling_rate=common.SAMPLE_RATE).size / common.SAMPLE_RATE
        return path, [Clip(path.name, 0.0, duration, ref or "")]
    common.require_testdata(common.FLEURS_DIR)
    session = common.build_fleurs_session()
    return session.wav, session.clips


@functools.lru_cache(maxsize=2)
def _decoded(wav: Path):
    from faster_whisper.audio import decode_audio

    return decode_audio(str(wav), sampling_rate=common.SAMPLE_RATE)


def _clip_audio(wav: Path, clip: Clip):
    audio = _decoded(wav)
    a = int(round(clip.start * common.SAMPLE_RATE))
    b = int(round(clip.end * common.SAMPLE_RATE))
    return audio[a:b]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", help="stream this file instead of the FLEURS session")
    ap.add_argument("--no-realtime", action="store_true", help="feed as fast as possible (latencies then mean nothing)")
    ap.add_argument("--no-offline", action="store_true", help="skip the offline faster-whisper baseline")
    args = ap.parse_args()
    realtime = not args.no_realtime

    wav, clips = _clips_for(args)
    has_refs = all(c.reference for c in clips)
    print(f"source: {wav}  ({len(clips)} clip(s), {clips[-1].end:.1f} s, realtime={realtime})")

    # Speech onsets (offline Silero VAD, before streaming so it does not compete for the CPU).
    # speech_pad_ms=0: the true onset; the default 400 ms padding is reported for comparison.
    onsets: list[float | None] = []
    padded_onsets: list[float | None] = []
    for c in clips:
        regions = common.speech_onsets(_clip_audio(wav, c))
        onsets.append(c.start + regions[0][0] if regions else None)
        padded = common.speech_onsets(_clip_audio(wav, c), speech_pad_ms=400)
        padded_onsets.append(c.start + padded[0][0] if padded else None)

    cmd = [*common.dictation_cmd(), "stream", str(wav), "--jsonl"] + (["--realtime"] if realtime else [])
    print("running:", " ".join(cmd))
    res = common.run_jsonl(cmd, timeout_s=clips[-1].end * 3 + 300)
    events_path = common.save_events(common.out_dir() / "streaming_events.jsonl", res.events)
    print(f"exit {res.returncode}, wall {res.wall_s:.1f} s, {len(res.events)} events -> {events_path}")
    if res.returncode != 0 or res.other_stdout:
        print("stderr:", res.stderr.strip()[-2000:])
        for line in res.other_stdout[:10]:
            print("non-JSON stdout:", line)
    errors = [e for e in res.events if e.get("type") == "error"]
    for e in errors:
        print("ERROR EVENT:", event_line(e))

    commits = [e for e in res.events if e.get("type") == "commit"]
    partials = [e for e in res.events if e.get("type") == "partial"]
    lat = [e["emitted_at"] - e["audio_end"] for e in commits]
    nwords = [len(common.words(e["text"])) for e in commits]

    # Word-level view: commit latency weighted by words, and an estimate assuming each
    # commit's words are spread evenly over [audio_start, audio_end].
    word_lat_est: list[float] = []
    for e, n in zip(commits, nwords):
        span = e["audio_end"] - e["audio_start"]
        for k in range(1, n + 1):
            word_lat_est.append(e["emitted_at"] - (e["audio_start"] + span * k / n))

    def first_event_after(onset: float, c: Clip) -> dict | None:
        return next(
            (
                e
                for e in res.events
                if e.get("type") in ("partial", "commit")
                and e["text"].strip()
                and e["audio_end"] > onset
                and e["audio_start"] < c.end + 1.0
            ),
            None,
        )

    first_lat: list[float] = []
    first_lat_padded: list[float] = []
    first_detail: list[str] = []
    for c, onset, padded in zip(clips, onsets, padded_onsets):
        if onset is None:
            first_detail.append(f"  {c.file}: VAD found no speech")
            continue
        hit = first_event_after(onset, c)
        if hit is None:
            first_detail.append(f"  {c.file}: no partial/commit after onset {onset:.2f} s")
            continue
        first_lat.append(hit["emitted_at"] - onset)
        first_detail.append(
            f"  {c.file}: onset {onset:7.2f} s, first {hit['type']} emitted {hit['emitted_at']:7.2f} s "
            f"(audio {hit['audio_start']:.2f}-{hit['audio_end']:.2f}) -> {first_lat[-1]:.2f} s"
        )
        hit_p = first_event_after(padded, c) if padded is not None else None
        if hit_p is not None:
            first_lat_padded.append(hit_p["emitted_at"] - padded)

    # Streaming WER: all committed text vs all references joined.
    stream_wer = None
    if has_refs:
        stream_wer = wer([" ".join(c.reference for c in clips)], [" ".join(e["text"] for e in commits)])

    # Offline baseline: plain faster-whisper, same clips, after streaming (no CPU contention).
    offline_wer = None
    offline_texts: list[str] = []
    if has_refs and not args.no_offline:
        model, model_path, load_s = common.load_plain_model()
        t0 = time.perf_counter()
        for c in clips:
            original = common.FLEURS_DIR / c.file if not args.file else wav
            segments, _ = model.transcribe(str(original), language="de", beam_size=5)
            offline_texts.append(" ".join(s.text.strip() for s in segments))
        offline_s = time.perf_counter() - t0
        offline_wer = wer([c.reference for c in clips], offline_texts)
        print(f"offline baseline: {model_path}, load {load_s:.1f} s, transcribe {offline_s:.1f} s")

    # The product's own file path on the same session file: `dictation transcribe`.
    file_wer = None
    if has_refs and not args.no_offline:
        cmd = [*common.dictation_cmd(), "transcribe", str(wav)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=clips[-1].end * 3 + 300)
        print(f"file path: {' '.join(cmd)}: exit {done.returncode}, {time.perf_counter() - t0:.1f} s")
        if done.returncode == 0:
            file_wer = wer([" ".join(c.reference for c in clips)], [done.stdout])
        else:
            print("stderr:", done.stderr.strip()[-2000:])

    # --- per-clip detail ---------------------------------------------------------------------
    print("\nper clip (streaming commits assigned by audio_start):")
    for i, c in enumerate(clips):
        mine = [e for e in commits if c.start - 1.0 <= e["audio_start"] < c.end + 1.0]
        text = " ".join(e["text"] for e in mine)
        line = f"  {c.file}: {len(mine)} commit(s)"
        if c.reference:
            line += f", WER {wer([c.reference], [text]).percent:.0f} %"
            if offline_texts:
                line += f" (offline {wer([c.reference], [offline_texts[i]]).percent:.0f} %)"
        print(line)
        print(f"      stream : {text}")
        if offline_texts:
            print(f"      offline: {offline_texts[i]}")
        if c.reference:
            print(f"      ref    : {c.reference}")
    print("\nfirst partial per clip (onset = offline Silero VAD, no padding):")
    print("\n".join(first_detail))
    orphans = [e for e in commits if not any(c.start - 1.0 <= e["audio_start"] < c.end + 1.0 for c in clips)]
    for e in orphans:
        print("  commit outside any clip:", event_line(e))

    # Outliers worth a look.
    slow = [e for e, l in zip(commits, lat) if l > TARGET_COMMIT_P95]
    if slow and realtime:
        print(f"\ncommits slower than {TARGET_COMMIT_P95} s:")
        for e in slow:
            print("  ", event_line(e))

    # --- summary -----------------------------------------------------------------------------
    lt = (lambda v, t: v <= t) if realtime else (lambda v, t: None)
    p50, p95, mx = percentile(lat, 50), percentile(lat, 95), max(lat, default=float("nan"))
    fp_med, fp_max = percentile(first_lat, 50), max(first_lat, default=float("nan"))
    rows = [
        ("commits", str(len(commits)), "", ""),
        ("partials", str(len(partials)), "", ""),
        ("commit latency p50", f"{p50:.2f} s", f"<= {TARGET_COMMIT_P50} s", verdict(lt(p50, TARGET_COMMIT_P50) if lat else False)),
        ("commit latency p95", f"{p95:.2f} s", f"<= {TARGET_COMMIT_P95} s", verdict(lt(p95, TARGET_COMMIT_P95) if lat else False)),
        ("commit latency max", f"{mx:.2f} s", "", ""),
        ("first-partial latency median", f"{fp_med:.2f} s", f"<= {TARGET_FIRST_PARTIAL_MEDIAN} s",
         verdict(lt(fp_med, TARGET_FIRST_PARTIAL_MEDIAN) if first_lat else False)),
        ("first-partial latency max", f"{fp_max:.2f} s", "", ""),
        ("first-partial median, onset with 400 ms VAD pad", f"{percentile(first_lat_padded, 50):.2f} s", "(info)", ""),
        ("commit latency p50, weighted by words", f"{weighted_median(lat, nwords):.2f} s", "(info)", ""),
        ("word latency p50/p95 (even-spacing est.)",
         f"{percentile(word_lat_est, 50):.2f} / {percentile(word_lat_est, 95):.2f} s", "(info)", ""),
    ]
    if stream_wer is not None:
        target = f"<= offline + {TARGET_WER_MARGIN_POINTS:g}"
        ok = None if offline_wer is None else stream_wer.percent <= offline_wer.percent + TARGET_WER_MARGIN_POINTS
        rows.append(("streaming WER", f"{stream_wer}", target, verdict(ok)))
    if stream_wer is not None and file_wer is not None:
        rows.append(("streaming WER vs `dictation transcribe` of the session", f"{file_wer}",
                     f"stream <= file + {TARGET_FILE_MARGIN_POINTS:g}",
                     verdict(stream_wer.percent <= file_wer.percent + TARGET_FILE_MARGIN_POINTS)))
    if offline_wer is not None:
        rows.append(("offline WER (faster-whisper beam 5)", f"{offline_wer}", "(baseline)", ""))
    rows.append(("stream wall time / audio duration", f"{res.wall_s:.1f} / {clips[-1].end:.1f} s", "(info)", ""))
    rows.append(("peak RSS of stream process", f"{res.peak_rss_mb:.0f} MB", f"<= {TARGET_RSS_MB:.0f} MB",
                 verdict(res.peak_rss_mb <= TARGET_RSS_MB)))
    rows.append(("error events / exit code", f"{len(errors)} / {res.returncode}", "0 / 0",
                 verdict(not errors and res.returncode == 0)))
    print_table(rows, "bench_streaming" + ("" if realtime else " (NOT realtime: latencies are compute times)"))
    if not realtime:
        print("note: without --realtime the file is fed as fast as possible; latency figures are not meaningful.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
