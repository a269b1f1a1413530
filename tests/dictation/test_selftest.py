"""The installation self-test (``python -m dictation.selftest``): report lines and exit status."""

from __future__ import annotations

import io
import socket
import wave
from pathlib import Path

import pytest

from dictation import selftest
from dictation.config import ModelOptions
from dictation.selftest import SAMPLE_FILE, SAMPLE_TEXT, run_selftest
from dictation.text.wer import word_error_rate


@pytest.fixture
def clean_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No user or machine settings of the developer's machine; returns the policy path."""
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    policy = tmp_path / "policy" / "settings.toml"
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(policy))
    monkeypatch.setenv("DIKTAT_LANG", "de")
    return policy


def test_sample_recording_is_short_speech() -> None:
    """The bundled sample is a 16 kHz mono WAV of a few seconds (it ships in every install)."""
    with wave.open(str(SAMPLE_FILE)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
        assert 2.0 < w.getnframes() / 16000 < 8.0
    assert SAMPLE_FILE.stat().st_size < 300_000


def test_word_error_rate_ignores_case_and_punctuation() -> None:
    """Whisper's capitals and punctuation do not count; a changed word does."""
    assert word_error_rate(SAMPLE_TEXT, SAMPLE_TEXT.lower().rstrip(".")) == 0
    assert word_error_rate("a b c d", "a x c d") == 0.25
    assert word_error_rate("a b", "") == 1.0


@pytest.mark.slow
def test_passes_on_this_installation(clean_settings: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Model, recognition of the sample, pipeline, .docx round trip: all ✔, exit status 0;
    ``--report`` keeps the same lines in a file."""
    report = tmp_path / "bericht.txt"
    status = selftest.main(["--compute", "cpu", "--report", str(report)])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "✘" not in out
    for start in ("✔ Modell ", "✔ Erkennung der Testaufnahme", "✔ Textverarbeitung",
                  "✔ Word-Export", "✔ Kein Netzwerkzugriff", "Selbsttest bestanden"):
        assert any(line.startswith(start) for line in out.splitlines()), (start, out)
    assert report.read_text(encoding="utf-8") == out


def test_failures_give_exit_status_1(clean_settings: Path) -> None:
    """A malformed policy file and a missing model folder are each a ✘ line; recognition is
    skipped, the rest still runs, and the exit status is 1."""
    clean_settings.parent.mkdir(parents=True)
    clean_settings.write_text("[history]\nretention_days = \n", encoding="utf-8")
    lines: list[str] = []
    status = run_selftest(lines.append, model_options=ModelOptions(path="/nonexistent/model"))
    assert status == 1
    failed = [line for line in lines if line.startswith("✘")]
    assert any(str(clean_settings) in line for line in failed), lines
    assert any(line.startswith("✘ Modell nicht ladbar") for line in failed), lines
    assert any(line.startswith("– Erkennung übersprungen") for line in lines), lines
    assert any(line.startswith("✔ Word-Export") for line in lines), lines  # still checked
    assert lines[-1].startswith("Selbsttest FEHLGESCHLAGEN: 2 Fehler")


def test_policy_values_are_listed(clean_settings: Path) -> None:
    """Keys the policy locks are named, so IT sees the file was read."""
    clean_settings.parent.mkdir(parents=True)
    clean_settings.write_text("[history]\nretention_days = 14\n", encoding="utf-8")
    lines: list[str] = []
    run_selftest(lines.append, model_options=ModelOptions(path="/nonexistent/model"))
    assert any("history.retention_days" in line for line in lines), lines


def test_english(clean_settings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DIKTAT_LANG=en switches the report to English."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    lines: list[str] = []
    run_selftest(lines.append, model_options=ModelOptions(path="/nonexistent/model"))
    assert lines[0].startswith("Diktat self-test")
    assert lines[-1].startswith("Self-test FAILED")


def test_network_attempts_are_recorded() -> None:
    """A name lookup during the test is caught by the audit hook; outside it, nothing is kept."""
    with selftest._watch_network() as attempts:
        socket.getaddrinfo("localhost", None)
    assert attempts and attempts[0].startswith("getaddrinfo 'localhost'")
    socket.getaddrinfo("localhost", None)
    assert len(attempts) == 1


def test_console_without_unicode_uses_ascii_marks() -> None:
    """A legacy Windows console (cp1252) gets [OK]/[XX] instead of ✔/✘, not a crash."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    write = selftest._console_writer(stream)
    write("✔ Word-Export: „gut“")
    write("✘ Modell ⚠")
    stream.flush()
    assert raw.getvalue().decode("cp1252").splitlines() == [
        "[OK] Word-Export: „gut“", "[XX] Modell ?"]
    selftest._console_writer(None)("✔ nothing happens")  # windowed program: no stdout


def test_cli_subcommand(clean_settings: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    """`dictation selftest` takes the self-test's options, prints the report, writes --report
    and returns its exit status (1 here: the model folder does not exist)."""
    from dictation import cli

    report = tmp_path / "bericht.txt"
    status = cli.main(["selftest", "--model", str(tmp_path / "kein-modell"), "--compute", "cpu",
                       "--report", str(report)])
    out = capsys.readouterr().out
    assert status == 1
    assert out.startswith("Diktat-Selbsttest")
    assert any(line.startswith("✘ Modell nicht ladbar") for line in out.splitlines()), out
    assert report.read_text(encoding="utf-8") == out


def test_cli_subcommand_rejects_unknown_options(capsys: pytest.CaptureFixture[str]) -> None:
    """Options the self-test does not know are a usage error (exit status 2)."""
    from dictation import cli

    with pytest.raises(SystemExit) as info:
        cli.main(["selftest", "--gibts-nicht"])
    assert info.value.code == 2
    assert "--gibts-nicht" in capsys.readouterr().err
