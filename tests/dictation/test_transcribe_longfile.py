"""Long files are read and transcribed in pieces: memory does not grow with the file's length
(issue 9, item 8: ~50 MB per audio minute before) and no sentence is lost at a cut."""

from __future__ import annotations

import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from dictation.engine.transcribe import AudioFileReader, ChunkOptions, _pieces, transcribe_file

from .conftest import write_wav
from .textcompare import words

THORSTEN = {
    "ds_125b660d37dc16ec21d28eac29e80bcb.wav": (
        "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."),
    "ds_2b0d202fa8b36fa7b01322fa78225358.wav": "Dort sieht es aus wie im Auenland, nur dass die Türen nicht rund sind.",
    "ds_473c263192a14d5ab493b06461d634a8.wav": "Wer traut sich, eine Runde gegen mich zu spielen?",
    "ds_5062b8cb7557bf7c5f7d1e0b8c8bd7f7.wav": "Darum sind Ersthelfer so wichtig.",
    "ds_51c5be2769a9808f0d549861ec65baf6.wav": "Code Switching ist genauso alltäglich wie faszinierend.",
    "ds_a45c050583f8e09a8bb143800ba80875.wav": "Dass der Beklagte schweigen soll, verlangt sie ferner voller Groll.",
    "ds_1386ecbb98a8f46dd0b0eb75d68ee0d0.wav": (
        "Die Sitzungen bei der Vorsitzenden waren zu später Stunde meist feuchtfröhlich."),
}
PAUSE_S = 1.2


def _clips(shared_speech: Path) -> list[tuple[np.ndarray, str]]:
    from faster_whisper.audio import decode_audio

    folder = shared_speech / "de" / "thorsten"
    return [(decode_audio(str(folder / name)), text) for name, text in THORSTEN.items()]


def _sentences_file(shared_speech: Path, path: Path) -> tuple[Path, list[tuple[float, float]]]:
    """The thorsten sentences with pauses between them, and each sentence's span in seconds."""
    parts, spans, at = [], [], 0
    for audio, _ in _clips(shared_speech):
        spans.append((at / 16000, (at + len(audio)) / 16000))
        parts += [audio, np.zeros(int(PAUSE_S * 16000), np.float32)]
        at += len(audio) + int(PAUSE_S * 16000)
    return write_wav(path, np.concatenate(parts)), spans


def _found(sentence: str, text: str) -> bool:
    """The sentence is (nearly) word for word in the text; Whisper may differ by a word."""
    return fuzz.partial_ratio(" ".join(words(sentence)), " ".join(words(text))) >= 80


def test_reader_yields_bounded_blocks_of_the_whole_file(tmp_path):
    """The reader never hands out more than one block at a time, and the blocks together are
    exactly the file (the same samples as decoding it whole)."""
    from faster_whisper.audio import decode_audio

    rng = np.random.default_rng(3)
    path = write_wav(tmp_path / "drei-minuten.wav", rng.normal(0, 0.05, 180 * 16000))
    with AudioFileReader(path, block_s=30.0) as reader:
        blocks = list(reader.blocks())
    assert max(len(b) for b in blocks) <= 30 * 16000 and len(blocks) == 6
    assert np.array_equal(np.concatenate(blocks), decode_audio(str(path), sampling_rate=16000))
    assert reader.read_seconds == pytest.approx(180.0)


def test_pieces_are_cut_in_pauses_not_in_sentences(shared_speech, tmp_path):
    """Every cut between two pieces lies in a pause, never inside a sentence, and the pieces
    together are the whole file."""
    path, spans = _sentences_file(shared_speech, tmp_path / "saetze.wav")
    with AudioFileReader(path, block_s=4.0) as reader:
        pieces = list(_pieces(reader.blocks(), ChunkOptions(chunk_s=12.0, search_s=5.0)))
        total = reader.read_samples
    assert len(pieces) >= 3
    assert sum(len(audio) for _, audio in pieces) == total
    for offset, _ in pieces[1:]:
        cut = offset / 16000
        assert not any(start < cut < end for start, end in spans), (cut, spans)


@pytest.mark.slow
def test_every_sentence_of_a_file_in_several_pieces_is_transcribed(whisper, shared_speech, tmp_path):
    """Transcribed in pieces of ~12 s, each sentence is in the text, with timestamps of the
    whole file (in order, the last one near the last sentence)."""
    path, spans = _sentences_file(shared_speech, tmp_path / "saetze.wav")
    pieces = transcribe_file(whisper, path, chunking=ChunkOptions(chunk_s=12.0, search_s=5.0))
    for sentence in THORSTEN.values():
        assert _found(sentence, pieces.text), (sentence, pieces.text)
    starts = [s.start for s in pieces.segments]
    assert starts == sorted(starts) and pieces.segments[-1].end <= pieces.duration + 0.5
    assert pieces.segments[-1].end > spans[-1][0]  # the last sentence is timed near its place


def _long_quiet_file(path: Path, minutes: float, first: np.ndarray, last: np.ndarray) -> Path:
    """``minutes`` of faint noise with one sentence at the start and another at the end,
    written in blocks (the test itself must not hold the whole file)."""
    rng = np.random.default_rng(5)
    total = int(minutes * 60 * 16000)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((first * 32767).astype("<i2").tobytes())
        left = total - len(first) - len(last)
        while left > 0:
            n = min(left, 60 * 16000)
            w.writeframes(rng.normal(0, 30, n).astype("<i2").tobytes())
            left -= n
        w.writeframes((last * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.slow
def test_memory_does_not_grow_with_the_length_of_the_file(whisper, shared_speech, tmp_path):
    """Transcribing 12 minutes needs no more memory than 6 minutes (Python/numpy allocations,
    as tracemalloc sees them; before, the whole decoded file, its VAD copies and the spectrogram
    were held at once: peak memory doubled with the length), and both sentences come out."""
    clips = _clips(shared_speech)
    (first, first_text), (last, last_text) = clips[0], clips[1]
    peaks = {}
    for minutes in (6, 12):
        path = _long_quiet_file(tmp_path / f"{minutes}min.wav", minutes, first, last)
        tracemalloc.start()
        try:
            transcript = transcribe_file(whisper, path)
            peaks[minutes] = tracemalloc.get_traced_memory()[1] / 1e6
        finally:
            tracemalloc.stop()
        path.unlink()
        assert _found(first_text, transcript.text) and _found(last_text, transcript.text), transcript.text
        assert transcript.duration == pytest.approx(minutes * 60, abs=0.1)
    assert peaks[12] < 1.2 * peaks[6], peaks


def _thorsten_session(shared_speech: Path, path: Path, minutes: float) -> list[tuple[str, str]]:
    """The start of ``benchmarks/bench_memory.py``'s long file, written to ``path``: the
    distinct sentences of de/thorsten in file-name order, each followed by 1.5 s of pause
    (alternately -60 dBFS noise and digital silence), until ``minutes`` are reached.
    Returns (file name, reference) of each clip."""
    folder = shared_speech / "de" / "thorsten"
    refs = dict(line.rstrip("\n").split("\t", 1)
                for line in (folder / "transcripts.tsv").read_text(encoding="utf-8").splitlines()[1:]
                if "\t" in line)
    rng = np.random.default_rng(9)
    gap = int(1.5 * 16000)
    clips, seen, written = [], set(), 0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        for i, name in enumerate(n for n in sorted(refs) if " ".join(words(refs[n])) not in seen):
            if written >= minutes * 60 * 16000:
                break
            seen.add(" ".join(words(refs[name])))
            with wave.open(str(folder / name)) as r:
                pcm = np.frombuffer(r.readframes(r.getnframes()), "<i2")
            pause = np.zeros(gap) if i % 2 else rng.normal(0, 10 ** (-60 / 20), gap)
            noise = np.clip(np.round(pause * 32768.0), -32768, 32767).astype("<i2")
            w.writeframes(pcm.tobytes() + noise.tobytes())
            written += len(pcm) + gap
            clips.append((name, refs[name]))
    return clips


@pytest.mark.slow
def test_no_sentence_of_a_long_dictation_is_skipped(whisper, shared_speech, tmp_path):
    """Two minutes of sentences with 1.5 s pauses, decoded with the default vocabulary's bias
    as ``dictation transcribe`` does: every sentence is in the text, the one-word ones too
    (at most one of those misheard).
    Whisper's long-form decoding (one call over the whole file, each 30 s window placed by the
    previous one's timestamps) skipped the one-word sentence "lauter" here, as it skips
    sentences on 30-min files; VAD-cut windows decoded on their own cannot skip one."""
    from dictation.app.pipeline import model_bias_terms
    from dictation.config import RecognizerOptions
    from dictation.text.wer import sentence_coverage
    from dictation.vocabulary.lists import default_list

    path = tmp_path / "zwei-minuten.wav"
    clips = _thorsten_session(shared_speech, path, 2.0)
    options = RecognizerOptions(bias_terms=model_bias_terms(default_list(), whisper))
    transcript = transcribe_file(whisper, path, options)
    # A sentence is skipped when fewer than 30 % of its words have a word of the text in
    # their place, the same word or a misheard one ("Helblow" for the one-word "hellblau,"
    # with the space-separated bias: a recognition error, which WER counts, not a skip).
    coverage = sentence_coverage([ref for _, ref in clips], transcript.text, words)
    skipped = [ref for (_, ref), c in zip(clips, coverage) if c.skipped(0.3)]
    misheard = [ref for (_, ref), c in zip(clips, coverage) if c.misheard(0.3)]
    assert len(clips) >= 20 and not skipped, (skipped, transcript.text)
    assert len(misheard) <= 1, (misheard, transcript.text)
    starts = [s.start for s in transcript.segments]
    assert starts == sorted(starts) and transcript.segments[-1].end <= transcript.duration + 0.5
