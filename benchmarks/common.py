"""Shared helpers of the benchmark scripts (no pytest; each script prints figures).

* text normalisation and corpus-level word error rate (WER),
* loading ``transcripts.tsv`` of the shared test data,
* the "FLEURS session": the 10 clips of ``de/fleurs`` joined with 2 s of digital silence,
* WAV reading/writing (16 kHz mono 16-bit, stdlib ``wave`` only),
* percentiles, running a ``dictation`` command and collecting its JSONL events together
  with the child's peak RSS.

Run from the repository root: ``.venv/bin/python benchmarks/NAME.py``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dictation.text.wer import WerResult, word_errors  # noqa: F401 (WerResult: for the scripts)

SAMPLE_RATE = 16000
BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
#: Test data lives next to the repository (``../shared/testdata/speech``); not shipped.
TESTDATA = Path(__file__).resolve().parents[2] / "shared/testdata/speech"
FLEURS_DIR = TESTDATA / "de" / "fleurs"
THORSTEN_DIR = TESTDATA / "de" / "thorsten"
SESSION_GAP_S = 2.0


def python_exe() -> str:
    """The interpreter running this script (the project's venv when run as documented)."""
    return sys.executable


def dictation_cmd() -> list[str]:
    """Command prefix that runs the ``dictation`` CLI of this checkout.

    ``.venv/bin/dictation`` when it is there (the console script), else ``python -m``.
    """
    script = Path(sys.executable).with_name("dictation")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "dictation.cli"]


def require_testdata(*folders: Path) -> None:
    """Exit with a clear message (status 0: skipped, not failed) when test data is absent."""
    missing = [f for f in (folders or (TESTDATA,)) if not f.is_dir()]
    if missing:
        print(
            "SKIPPED: test data not found: "
            + ", ".join(str(m) for m in missing)
            + "\n(expected the shared test data at ../shared/testdata/speech next to the repository)"
        )
        sys.exit(0)


def out_dir() -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUT_DIR


# --- text normalisation and WER -------------------------------------------------------------

# Choices (documented in README.md):
# * Unicode NFC, then lower case (FLEURS references are lower case; "ß" is kept, not "ss").
# * Quotes (all kinds, incl. German „ “ ‚ ‘ and the apostrophe), hyphens and dashes, slashes
#   become spaces: "T-Rex" -> "t rex" as in the reference, "geht's" -> "geht s" on both sides.
# * Separators inside numbers are removed ("1.000" -> "1000", "2,5" -> "25") so a number stays
#   one word; numbers are not spelled out (a hypothesis "1963" matches the FLEURS reference
#   "1963", but "fünftausend" vs "5000" counts as an error, which is the honest outcome).
# * Every other punctuation or symbol character (Unicode categories P* and S*) becomes a
#   space; whitespace is collapsed.
_QUOTES_HYPHENS = re.compile(r"[\"'`´„“”‚‘’«»‹›\-‐‑‒–—―/\\]")
_NUMBER_SEP = re.compile(r"(?<=\d)[.,](?=\d)")


def normalize(text: str) -> str:
    """Text as compared for WER: lower case words without punctuation, single spaces."""
    t = unicodedata.normalize("NFC", text).lower()
    t = _QUOTES_HYPHENS.sub(" ", t)
    t = _NUMBER_SEP.sub("", t)
    t = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in t)
    return " ".join(t.split())


def words(text: str) -> list[str]:
    return normalize(text).split()


def wer(references: list[str], hypotheses: list[str]) -> WerResult:
    """Corpus-level WER over pairs (reference, hypothesis), after ``normalize``
    (:func:`dictation.text.wer.word_errors`)."""
    return word_errors(references, hypotheses, words)


# --- test data ------------------------------------------------------------------------------


def load_transcripts(folder: Path) -> dict[str, str]:
    """``file -> reference text`` from ``folder/transcripts.tsv``, in file order of the TSV."""
    refs: dict[str, str] = {}
    lines = (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        name, _, text = line.partition("\t")
        if i == 0 and name == "file":
            continue
        refs[name] = text.strip()
    return refs


def dataset(folder: Path) -> list[tuple[Path, str]]:
    """(wav path, reference) of a test data folder, sorted by file name."""
    refs = load_transcripts(folder)
    return [(folder / name, refs[name]) for name in sorted(refs) if (folder / name).is_file()]


def reference_for(path: Path) -> str | None:
    """Reference text of a file when its folder has a transcripts.tsv listing it."""
    tsv = path.parent / "transcripts.tsv"
    if not tsv.is_file():
        return None
    return load_transcripts(path.parent).get(path.name)


# --- audio ----------------------------------------------------------------------------------


def read_wav(path: Path) -> np.ndarray:
    """16 kHz mono 16-bit WAV as float32 in [-1, 1]."""
    with wave.open(str(path), "rb") as w:
        if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, SAMPLE_RATE):
            raise ValueError(f"{path}: expected 16 kHz mono 16-bit, got {w.getparams()}")
        data = w.readframes(w.getnframes())
    return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0


def write_wav(path: Path, audio: np.ndarray) -> Path:
    """Write float audio as 16 kHz mono 16-bit WAV (clipped to full scale).

    Scaled by 32768, the inverse of ``read_wav`` and of faster-whisper's decoder, so samples
    read from 16-bit files are written back bit-exactly (Whisper's output can change with a
    1-LSB difference, which would blur the streaming-vs-offline comparison)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pcm = np.clip(np.round(np.asarray(audio, dtype=np.float64) * 32768.0), -32768, 32767)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.astype("<i2").tobytes())
    return path


@dataclass
class Clip:
    file: str
    start: float  # seconds from the start of the session file
    end: float
    reference: str


@dataclass
class Session:
    wav: Path
    clips: list[Clip] = field(default_factory=list)
    duration: float = 0.0


def build_fleurs_session(gap_s: float = SESSION_GAP_S) -> Session:
    """The 10 ``de/fleurs`` clips in sorted file order, ``gap_s`` of digital silence between
    them (not before the first or after the last), written to ``out/fleurs_session.wav`` with
    clip offsets in ``out/fleurs_session.json``. About 176 s."""
    items = dataset(FLEURS_DIR)
    gap = np.zeros(int(round(gap_s * SAMPLE_RATE)), dtype=np.float32)
    parts: list[np.ndarray] = []
    clips: list[Clip] = []
    pos = 0
    for i, (path, ref) in enumerate(items):
        if i:
            parts.append(gap)
            pos += gap.size
        audio = read_wav(path)
        clips.append(Clip(path.name, pos / SAMPLE_RATE, (pos + audio.size) / SAMPLE_RATE, ref))
        parts.append(audio)
        pos += audio.size
    out = out_dir()
    wav = write_wav(out / "fleurs_session.wav", np.concatenate(parts))
    session = Session(wav, clips, pos / SAMPLE_RATE)
    (out / "fleurs_session.json").write_text(
        json.dumps(
            {
                "wav": str(wav),
                "gap_s": gap_s,
                "duration_s": session.duration,
                "clips": [c.__dict__ for c in clips],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return session


def speech_onsets(audio: np.ndarray, speech_pad_ms: int = 0) -> list[tuple[float, float]]:
    """Speech regions (start, end) in seconds found by faster-whisper's offline Silero VAD.

    Default options except ``speech_pad_ms``: faster-whisper pads each region by 400 ms on
    both sides (so ``transcribe(vad_filter=True)`` does not clip words); for a speech *onset*
    that padding would move the onset 400 ms before the speech, so it is 0 here by default.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    stamps = get_speech_timestamps(audio, VadOptions(speech_pad_ms=speech_pad_ms))
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


# --- statistics -----------------------------------------------------------------------------


def percentile(values, p: float) -> float:
    """p-th percentile (0-100, linear interpolation); NaN for no values."""
    values = list(values)
    if not values:
        return float("nan")
    return float(np.percentile(np.asarray(values, dtype=np.float64), p))


def weighted_median(values, weights) -> float:
    """Median of ``values`` where each counts ``weights`` times (e.g. latency per word)."""
    pairs = sorted((v, w) for v, w in zip(values, weights) if w > 0)
    total = sum(w for _, w in pairs)
    if not total:
        return float("nan")
    acc = 0
    for v, w in pairs:
        acc += w
        if acc >= total / 2:
            return v
    return pairs[-1][0]


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def print_table(rows: list[tuple[str, str, str, str]], title: str = "") -> None:
    """Rows of (measure, value, target, verdict) as an aligned text table."""
    header = ("measure", "value", "target", "result")
    allrows = [header, *rows]
    widths = [max(len(r[i]) for r in allrows) for i in range(4)]
    if title:
        print(f"\n== {title} ==")
    line = "  ".join("-" * w for w in widths)
    for i, r in enumerate(allrows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        if i == 0:
            print(line)


# --- running the CLI ------------------------------------------------------------------------


@dataclass
class CommandResult:
    """Outcome of ``run_jsonl``.

    ``events``: parsed JSON objects from stdout, each with ``_received`` (host seconds since
    the process started) added; ``other_stdout``: stdout lines that were not JSON;
    ``peak_rss_mb``: the child's peak resident set size (``wait4`` rusage ``ru_maxrss``)."""

    returncode: int
    events: list[dict]
    other_stdout: list[str]
    stderr: str
    wall_s: float
    peak_rss_mb: float


def run_jsonl(cmd: list[str], timeout_s: float = 900, env: dict | None = None) -> CommandResult:
    """Run ``cmd``, collect its JSONL stdout line by line and its peak RSS.

    The child is reaped with ``os.wait4`` so the RSS is that child's own (not the maximum over
    all children ever run, as ``RUSAGE_CHILDREN`` would give)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
    )
    err_chunks: list[str] = []
    drain = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    drain.start()
    killer = threading.Timer(timeout_s, proc.kill)
    killer.start()
    events: list[dict] = []
    other: list[str] = []
    try:
        for line in proc.stdout:
            received = time.monotonic() - started
            line = line.rstrip("\n")
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                other.append(line)
                continue
            if isinstance(obj, dict):
                obj["_received"] = round(received, 3)
                events.append(obj)
            else:
                other.append(line)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        killer.cancel()
    drain.join(timeout=5)
    return CommandResult(
        returncode=proc.returncode,
        events=events,
        other_stdout=other,
        stderr="".join(err_chunks),
        wall_s=time.monotonic() - started,
        peak_rss_mb=usage.ru_maxrss / 1024.0,  # Linux: kilobytes
    )


def self_peak_rss_mb() -> float:
    """Peak RSS of this process so far (MB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def save_events(path: Path, events: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return path


def event_line(e: dict) -> str:
    """An event as the CLI printed it (without the benchmark's ``_received``)."""
    return json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False)


def load_plain_model(threads: int = 0):
    """faster-whisper ``WhisperModel`` of the model the app resolves (bundled base, CPU int8),
    with as many threads as the app uses (all cores). Returns (model, path, load seconds)."""
    from faster_whisper import WhisperModel

    from dictation.config import ModelOptions
    from dictation.engine.models import resolve_model
    from dictation.settings import load_settings

    candidate = resolve_model(ModelOptions(), load_settings())
    started = time.perf_counter()
    model = WhisperModel(
        str(candidate.path),
        device="cpu",
        compute_type="int8",
        cpu_threads=threads or (os.cpu_count() or 1),
    )
    return model, candidate.path, time.perf_counter() - started
