"""The ``dictation`` command line, run as a user runs it (a subprocess, the real model)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .textcompare import wer

pytestmark = pytest.mark.slow

THORSTEN = "ds_125b660d37dc16ec21d28eac29e80bcb.wav"
THORSTEN_TEXT = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."


def dictation(*args: str, lang: str = "de", timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, DIKTAT_LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "dictation.cli", *args],
        capture_output=True, text=True, timeout=timeout, env=env,
    )


def test_transcribe_reports_bad_file_and_processes_the_others(shared_speech, tmp_path):
    """A broken file is named on stderr, the good file is still transcribed, exit status 1."""
    bad = tmp_path / "kaputt.wav"
    bad.write_bytes(b"RIFF\x00\x00not really audio")
    good = shared_speech / "de" / "thorsten" / THORSTEN
    result = dictation("transcribe", str(bad), str(good))
    assert result.returncode == 1
    assert "kaputt.wav" in result.stderr and "kann nicht gelesen werden" in result.stderr
    assert wer(THORSTEN_TEXT, result.stdout.split("<==", 2)[-1]) < 0.2, result.stdout


def test_transcribe_json_to_file(shared_speech, tmp_path):
    """--format json -o writes the text, language, duration and timed segments."""
    out = tmp_path / "out.json"
    result = dictation("transcribe", str(shared_speech / "de" / "thorsten" / THORSTEN),
                       "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["language"] == "de" and data["duration"] > 3
    assert wer(THORSTEN_TEXT, data["text"]) < 0.2
    assert data["segments"] and data["segments"][0]["end"] > data["segments"][0]["start"]


def test_missing_file_message_in_english(tmp_path):
    """With DIKTAT_LANG=en the messages are English."""
    result = dictation("transcribe", str(tmp_path / "nope.mp3"), lang="en")
    assert result.returncode == 1
    assert "cannot be read" in result.stderr and "nope.mp3" in result.stderr


def test_stream_jsonl_events(shared_speech):
    """stream --jsonl prints partial and commit objects with audio and wall-clock times."""
    path = shared_speech / "de" / "thorsten" / THORSTEN
    result = dictation("stream", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["type"] for e in events} == {"partial", "commit"}
    for e in events:
        assert set(e) >= {"type", "text", "audio_start", "audio_end", "emitted_at"}
        assert 0 <= e["audio_start"] < e["audio_end"] <= 6.0
    text = " ".join(e["text"] for e in events if e["type"] == "commit")
    assert wer(THORSTEN_TEXT, text) < 0.2, text


def test_stream_unreadable_file_fails_cleanly(tmp_path):
    """An unreadable file gives a clear message and exit status 1, no traceback."""
    bad = tmp_path / "leer.ogg"
    bad.write_bytes(b"")
    result = dictation("stream", str(bad), "--jsonl")
    assert result.returncode == 1
    assert "leer.ogg" in result.stderr and "Traceback" not in result.stderr


def test_models_lists_the_bundled_model():
    """`dictation models` shows the bundled base model as active."""
    result = dictation("models")
    assert result.returncode == 0, result.stderr
    active = [line for line in result.stdout.splitlines() if line.startswith("*")]
    assert len(active) == 1 and "bundled" in active[0]


def test_models_with_missing_path_says_where_it_looked(tmp_path):
    """An explicit model path without a model: exit status 3 and the path in the message."""
    result = dictation("models", "--model", str(tmp_path / "kein-modell"))
    assert result.returncode == 3
    assert "kein-modell" in result.stderr


def test_stream_applies_personal_vocabulary(shared_speech, tmp_path):
    """--vocabulary adds a list: its spoken variant becomes the written form in the commit,
    while "raw" keeps what Whisper heard."""
    csv = tmp_path / "persoenlich.csv"
    csv.write_text("term;spoken;category\nGirokonto;Konto;Sonstiges\n", encoding="utf-8")
    path = shared_speech / "de" / "thorsten" / THORSTEN
    result = dictation("stream", str(path), "--jsonl", "--vocabulary", str(csv))
    assert result.returncode == 0, result.stderr
    commit = [json.loads(line) for line in result.stdout.splitlines() if '"commit"' in line][0]
    assert "Girokonto" in commit["text"] and "Girokonto" not in commit["raw"]


def test_broken_vocabulary_is_reported_and_dictation_goes_on(shared_speech, tmp_path):
    """A corrupt list is named with a message; transcription still works."""
    bad = tmp_path / "kaputt.json"
    bad.write_text("{ not json", encoding="utf-8")
    result = dictation("transcribe", str(shared_speech / "de" / "thorsten" / THORSTEN), "--vocabulary", str(bad))
    assert result.returncode == 0
    assert "kaputt.json" in result.stderr
    assert wer(THORSTEN_TEXT, result.stdout) < 0.2


def test_vocab_import_check_export_round_trip(tmp_path):
    """CSV from Excel (semicolons, cp1252) → canonical list → check → CSV again."""
    csv = tmp_path / "team.csv"
    csv.write_bytes("Begriff;Gesprochen;Kategorie\nBürstadt;Bür Stadt|Buerstadt;Ort\n"
                    "=SUMME(A1);x;Sonstiges\n".encode("cp1252"))
    out = tmp_path / "team.json"
    result = dictation("vocab", "import", str(csv), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Bürstadt" in out.read_text(encoding="utf-8")
    assert dictation("vocab", "check", str(out)).returncode == 0
    back = tmp_path / "back.csv"
    assert dictation("vocab", "export", str(out), "-o", str(back)).returncode == 0
    text = back.read_text(encoding="utf-8-sig")
    assert "Bürstadt" in text and "\n=SUMME" not in text and "'=SUMME" in text


def test_vocab_check_reports_line_numbers(tmp_path):
    """A malformed entry line is reported with its line number; exit status 1."""
    bad = tmp_path / "liste.json"
    bad.write_text(
        '{"format": "diktat-vocabulary", "version": 1, "name": "x", "layer": "team", "entries": [\n'
        '  {"term": "Bürgergeld", "spoken": [], "category": "Leistung", "note": ""},\n'
        '  {"term": , "spoken": []},\n'
        '  {"term": "Lorsch", "spoken": [], "category": "Ort", "note": ""}\n'
        "]}\n",
        encoding="utf-8",
    )
    result = dictation("vocab", "check", str(bad))
    assert result.returncode == 1
    assert "3" in result.stdout and "Zeile" in result.stdout


def test_selftest_passes_and_prints_its_report(tmp_path):
    """`dictation selftest` on this installation: exit status 0, one line per check."""
    env_dirs = {"DIKTAT_CONFIG_DIR": str(tmp_path / "config"),
                "DIKTAT_POLICY_FILE": str(tmp_path / "policy" / "settings.toml")}
    result = subprocess.run(
        [sys.executable, "-m", "dictation.cli", "selftest", "--compute", "cpu"],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, DIKTAT_LANG="de", **env_dirs),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Diktat-Selbsttest")
    for start in ("✔ Modell ", "✔ Erkennung der Testaufnahme", "✔ Word-Export",
                  "✔ Kein Netzwerkzugriff"):
        assert any(line.startswith(start) for line in lines), (start, result.stdout)
    assert lines[-1].startswith("Selbsttest bestanden")


def test_transcribe_to_word_case_note(shared_speech, tmp_path):
    """--format docx -o writes the case note (fields from the options, text as dictated)."""
    import docx

    out = tmp_path / "vermerk.docx"
    result = dictation("transcribe", str(shared_speech / "de" / "thorsten" / THORSTEN),
                       "--format", "docx", "-o", str(out), "--case-id", "123A456789",
                       "--subject", "Telefonat", "--author", "Erika Müller")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    cells = " ".join(c.text for table in document.tables for row in table.rows for c in row.cells)
    assert "123A456789" in cells and "Telefonat" in cells and "Erika Müller" in cells
    body = "\n".join(p.text for p in document.paragraphs)
    assert wer(THORSTEN_TEXT, body.split("Vermerk", 1)[-1]) < 0.3, body


def test_docx_needs_an_output_file(shared_speech):
    """--format docx without -o is a usage error, not a file dumped to the terminal."""
    result = dictation("transcribe", str(shared_speech / "de" / "thorsten" / THORSTEN), "--format", "docx")
    assert result.returncode == 2 and "-o" in result.stderr
