"""Tests for dictation/vocabulary/recall.py: counting terms, recall, finding reference texts."""

from __future__ import annotations

import threading
from pathlib import Path

from dictation.vocabulary.recall import (
    Recording,
    count_terms,
    evaluate_recordings,
    find_recordings,
    read_transcripts_tsv,
    summarize,
    term_recall,
)

TERMS = ["SGB II", "SGB III", "Arbeitslosengeld", "Arbeitslosengeld II", "Bürgergeld"]


def test_count_terms_is_case_sensitive_on_word_boundaries_longest_first():
    """"SGB II" is not in "SGB III", case matters, and a longer term hides a shorter one."""
    text = "Nach SGB III, nicht SGB II; bürgergeld, Bürgergeld und Arbeitslosengeld II."
    counts = count_terms(text, TERMS)
    assert counts == {"SGB III": 1, "SGB II": 1, "Bürgergeld": 1, "Arbeitslosengeld II": 1}


def test_term_recall_counts_occurrences_and_misses():
    """Expected twice, found once: one hit, one miss; terms not expected do not count."""
    item = term_recall(Path("a.wav"), "Bürgergeld und SGB II, wieder Bürgergeld.",
                       "Bürger Geld und SGB II, wieder Bürgergeld. Arbeitslosengeld", TERMS)
    assert item.expected == {"Bürgergeld": 2, "SGB II": 1}
    assert item.found == {"Bürgergeld": 1, "SGB II": 1}
    assert item.missed == {"Bürgergeld": 1}


def test_summarize_adds_up_and_orders_missed_terms():
    """The report sums all recordings; the most often missed term comes first."""
    items = [
        term_recall(Path("a.wav"), "SGB II und Bürgergeld", "SGB 2 und Bürgergeld", TERMS),
        term_recall(Path("b.wav"), "SGB II, SGB III", "SGB zwei, SGB drei", TERMS),
        term_recall(Path("c.wav"), "kein Begriff", "kein Begriff", TERMS),
    ]
    report = summarize(items)
    assert (report.expected, report.found) == (4, 1)
    assert report.recall == 0.25
    assert report.missed == (("SGB II", 2), ("SGB III", 1))


def test_recall_is_none_without_expected_terms():
    """No term in any reference: recall is undefined, not 0 or 100 %."""
    assert summarize([term_recall(Path("a.wav"), "Hallo", "Hallo", TERMS)]).recall is None


def test_find_recordings_from_txt_tsv_and_picked_tsv(tmp_path: Path):
    """A .txt next to the audio wins; else a TSV in the folder; a picked TSV lists all."""
    (tmp_path / "a.wav").write_bytes(b"x")
    (tmp_path / "a.txt").write_text("Text A\n", encoding="utf-8")
    (tmp_path / "b.wav").write_bytes(b"x")
    (tmp_path / "c.wav").write_bytes(b"x")
    (tmp_path / "transcripts.tsv").write_text("file\ttext\nb.wav\tText B\ngone.wav\tX\n",
                                              encoding="utf-8")
    recordings, messages = find_recordings([tmp_path / "a.wav", tmp_path / "b.wav",
                                            tmp_path / "c.wav"])
    assert recordings == [Recording(tmp_path / "a.wav", "Text A"),
                          Recording(tmp_path / "b.wav", "Text B")]
    assert len(messages) == 1 and "c.wav" in messages[0]
    from_tsv, messages = find_recordings([tmp_path / "transcripts.tsv"])
    assert from_tsv == [Recording(tmp_path / "b.wav", "Text B")]
    assert "gone.wav" in messages[0]


def test_read_transcripts_tsv_skips_header(tmp_path: Path):
    """The shared test data's header row "file<TAB>text" is not a recording."""
    tsv = tmp_path / "t.tsv"
    tsv.write_text("file\ttext\nx.wav\tEin „Text“ mit Anführungszeichen\n", encoding="utf-8")
    assert read_transcripts_tsv(tsv) == {"x.wav": "Ein „Text“ mit Anführungszeichen"}


def test_evaluate_recordings_postprocesses_reports_errors_and_stops():
    """Each transcript is post-processed; a failing file is an item with an error; a set
    stop event ends the run between files."""
    from dictation.errors import AudioFileError

    recs = [Recording(Path("a.wav"), "SGB II"), Recording(Path("bad.wav"), "SGB II"),
            Recording(Path("c.wav"), "SGB II")]
    stop = threading.Event()
    seen: list[tuple[int, int, str]] = []

    def transcribe(path: Path) -> str:
        if path.name == "bad.wav":
            raise AudioFileError(str(path))
        return "SGB zwei"

    def progress(done: int, total: int, path: Path) -> None:
        seen.append((done, total, path.name))
        if path.name == "c.wav":
            stop.set()

    items = list(evaluate_recordings(recs, transcribe, lambda t: t.replace("zwei", "II"),
                                     ["SGB II"], stop=stop, progress=progress))
    assert [i.audio.name for i in items] == ["a.wav", "bad.wav"]
    assert items[0].found == {"SGB II": 1}
    assert items[1].error and items[1].expected == {}
    assert seen[0] == (0, 3, "a.wav")
