"""File transcription: the app's path vs plain faster-whisper, plus model load time and RSS.

* ``dictation.app.pipeline.transcribe_note`` with the default vocabulary (what ``dictation transcribe`` runs, in-process so
  process start is excluded) vs plain ``model.transcribe(path, language="de", beam_size=5)``
  with its segments consumed, on de/fleurs (10) + de/thorsten (34), with the same loaded model
  in the same run; the order alternates per file and the whole set runs ``--repeats`` times
  (default 2). Prints both totals, the ratio app/plain (target <= 1.05) and both WERs.
* Model load: cold (assembled from the wheels into a temporary ``DIKTAT_CACHE_DIR``, then
  loaded) and warm (already assembled), each in a fresh process, with the peak RSS of a process
  that has just loaded the model.

Usage:
  .venv/bin/python benchmarks/bench_transcribe.py [--repeats N] [--no-load]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import print_table, verdict, wer  # noqa: E402

TARGET_RATIO = 1.05


def load_probe() -> int:
    """Child process: load the model as the app does; print timings and RSS as JSON."""
    t0 = time.perf_counter()
    from dictation.config import ModelOptions
    from dictation.engine.models import load_model
    from dictation.settings import load_settings

    assembled = []
    loaded = load_model(ModelOptions(), load_settings(), progress=lambda d, t: assembled.append(d))
    total = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "total_s": total,
                "load_s": loaded.load_seconds,
                "assembled": bool(assembled),
                "path": str(loaded.candidate.path),
                "device": loaded.device,
                "rss_mb": common.self_peak_rss_mb(),
            }
        )
    )
    return 0


def _probe(env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--load-probe"],
        capture_output=True, text=True, env={**os.environ, **env}, cwd=common.REPO_ROOT, timeout=600,
    )
    if out.returncode != 0:
        raise RuntimeError(f"load probe failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=2, help="passes over all files (default 2)")
    ap.add_argument("--no-load", action="store_true", help="skip the cold/warm model load probes")
    ap.add_argument("--load-probe", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load_probe:
        return load_probe()

    common.require_testdata(common.FLEURS_DIR, common.THORSTEN_DIR)
    started = time.perf_counter()

    rows: list[tuple[str, str, str, str]] = []
    if not args.no_load:
        with tempfile.TemporaryDirectory(prefix="diktat-cache-") as tmp:
            cold = _probe({"DIKTAT_CACHE_DIR": tmp})
            warm = _probe({"DIKTAT_CACHE_DIR": tmp})
        print(f"cold probe: {cold}\nwarm probe: {warm}")
        if not cold["assembled"]:
            print("note: the cold probe did not assemble the model (not the bundled model?)")
        rows += [
            ("model load cold (assemble + load)", f"{cold['total_s']:.1f} s (load {cold['load_s']:.2f} s)", "(info)", ""),
            ("model load warm (process start -> ready)", f"{warm['total_s']:.1f} s (load {warm['load_s']:.2f} s)", "(info)", ""),
            ("peak RSS after loading (warm process)", f"{warm['rss_mb']:.0f} MB", "(info)", ""),
        ]

    from dataclasses import replace

    from dictation.app.pipeline import (
        VocabularyOptions,
        load_vocabulary,
        model_bias_terms,
        transcribe_note,
    )
    from dictation.config import ModelOptions, RecognizerOptions
    from dictation.engine.models import load_model
    from dictation.settings import load_settings

    loaded = load_model(ModelOptions(), load_settings())
    model = loaded.model
    # Exactly what `dictation transcribe` does: the default vocabulary biases Whisper and
    # corrects the text afterwards.
    vocabulary, _ = load_vocabulary(VocabularyOptions())
    options = replace(RecognizerOptions(), bias_terms=model_bias_terms(vocabulary, model))
    print(f"model: {loaded.candidate.path} on {loaded.device} ({loaded.compute_type}), "
          f"language={options.language}, beam={options.beam_size}")

    def app(path: Path) -> str:
        return transcribe_note(model, path, options, vocabulary).text

    def plain(path: Path) -> str:
        segments, _ = model.transcribe(str(path), language="de", beam_size=5)
        return " ".join(s.text.strip() for s in segments)

    impls = {"app": app, "plain": plain}
    sets = {"fleurs": common.dataset(common.FLEURS_DIR), "thorsten": common.dataset(common.THORSTEN_DIR)}
    items = [(name, path, ref) for name, data in sets.items() for path, ref in data]
    times = {k: {s: 0.0 for s in sets} for k in impls}
    texts: dict[str, list[list[str]]] = {k: [] for k in impls}
    for rep in range(args.repeats):
        for k in impls:
            texts[k].append([])
        for i, (set_name, path, _ref) in enumerate(items):
            order = ["app", "plain"] if (i + rep) % 2 == 0 else ["plain", "app"]
            for k in order:
                t0 = time.perf_counter()
                text = impls[k](path)
                times[k][set_name] += time.perf_counter() - t0
                texts[k][rep].append(text)
        print(f"pass {rep + 1}/{args.repeats} done ({time.perf_counter() - started:.0f} s elapsed)")

    for k in impls:
        for rep in range(1, args.repeats):
            diff = [items[i][1].name for i, (a, b) in enumerate(zip(texts[k][0], texts[k][rep])) if a != b]
            if diff:
                print(f"note: {k} output differed between pass 1 and {rep + 1} on: {', '.join(diff)}")

    refs = [ref for _, _, ref in items]
    wers = {k: wer(refs, texts[k][0]) for k in impls}
    set_wers = {
        (k, s): wer([r for n, _, r in items if n == s], [t for (n, _, _), t in zip(items, texts[k][0]) if n == s])
        for k in impls for s in sets
    }
    diffs = [(items[i][1].name, a, b) for i, (a, b) in enumerate(zip(texts["app"][0], texts["plain"][0])) if a != b]
    if diffs:
        print(f"\n{len(diffs)} file(s) where app and plain text differ (pass 1):")
        for name, a, b in diffs:
            print(f"  {name}\n    app  : {a}\n    plain: {b}")

    audio_s = sum(common.read_wav(p).size for _, p, _ in items) / common.SAMPLE_RATE * args.repeats
    total = {k: sum(times[k].values()) for k in impls}
    ratio = total["app"] / total["plain"]
    for s in sets:
        rows.append((f"time {s}: app / plain", f"{times['app'][s]:.1f} / {times['plain'][s]:.1f} s", "(info)", ""))
    rows += [
        ("total time app (transcribe_file)", f"{total['app']:.1f} s (RTF {total['app'] / audio_s:.3f})", "", ""),
        ("total time plain faster-whisper", f"{total['plain']:.1f} s (RTF {total['plain'] / audio_s:.3f})", "", ""),
        ("ratio app / plain", f"{ratio:.3f}", f"<= {TARGET_RATIO}", verdict(ratio <= TARGET_RATIO)),
    ]
    for s in sets:
        rows.append((f"WER {s}: app / plain", f"{set_wers[('app', s)].percent:.1f} / {set_wers[('plain', s)].percent:.1f} %", "(info)", ""))
    rows += [
        ("WER app, all files", str(wers["app"]), "(info)", ""),
        ("WER plain, all files", str(wers["plain"]), "(baseline)", ""),
        ("peak RSS of this process", f"{common.self_peak_rss_mb():.0f} MB", "(info)", ""),
    ]
    print_table(rows, f"bench_transcribe ({len(items)} files, {args.repeats} passes, "
                      f"{audio_s / args.repeats:.0f} s audio per pass, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
