"""``dictation transcribe`` with output files: checks before any work, one output per input
as soon as it is done, no output lost to a name clash, the real reason when writing fails.

The command runs in-process (``cli.main``) so the tests can share the session's loaded model
and watch the output folder between two input files; a spy in place of the model loader
proves that bad arguments are rejected before the model is loaded."""

from __future__ import annotations

import shutil
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from dictation import cli

THORSTEN = "thorsten"
# Two short recordings and a word that tells their transcripts apart (the base model writes
# "Ersthelfer" as "erst Helfer", so a word error rate would be too strict for a 5-word clip).
FIRST = ("ds_5062b8cb7557bf7c5f7d1e0b8c8bd7f7.wav", "wichtig")  # Darum sind Ersthelfer so wichtig.
SECOND = ("ds_473c263192a14d5ab493b06461d634a8.wav", "spielen")  # Wer traut sich, eine Runde …


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def dictation(monkeypatch, capsys, tmp_path):
    """Run ``dictation ARGS…`` in-process with German messages and a private settings folder;
    ``model``: a loaded model to hand out, or None to fail the test if the model is loaded."""
    monkeypatch.setenv("DIKTAT_LANG", "de")
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(tmp_path / "policy" / "settings.toml"))

    def run(*args: str, model=None) -> Result:
        def load(options):
            if model is None:
                raise AssertionError("the model was loaded although the arguments are wrong")
            return model

        monkeypatch.setattr(cli, "_load", load)
        capsys.readouterr()
        code = cli.main(["transcribe", *args, "--compute", "cpu"])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def speech(shared_speech) -> tuple[Path, Path]:
    """Two short real recordings with different sentences."""
    folder = shared_speech / "de" / THORSTEN
    return folder / FIRST[0], folder / SECOND[0]


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def _says(path: Path, recording: tuple[str, str]) -> bool:
    """Whether the transcript in ``path`` is the one of ``recording``."""
    text = path.read_text(encoding="utf-8").lower()
    other = SECOND if recording is FIRST else FIRST
    return recording[1] in text and other[1] not in text


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


# ----------------------------------------------------------------- checks before the model


def test_file_as_output_folder_is_refused_before_the_model_loads(dictation, tmp_path):
    """Several inputs and an existing file as -o: usage error (2) with a German message,
    before the model is loaded, and the file is left alone."""
    out = tmp_path / "ergebnis.txt"
    out.write_text("alt\n", encoding="utf-8")
    result = dictation(str(tmp_path / "a.wav"), str(tmp_path / "b.wav"), "-o", str(out))
    assert result.returncode == 2, result.stderr
    assert "ergebnis.txt" in result.stderr and "Ordner" in result.stderr
    assert out.read_text(encoding="utf-8") == "alt\n"


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 keine Word-Datei"])
def test_bad_template_is_refused_before_the_model_loads(dictation, tmp_path, content):
    """An unreadable --template is reported first, with its name, exit status 2."""
    template = tmp_path / "vorlage.docx"
    if content:
        template.write_bytes(content)
    result = dictation(str(tmp_path / "a.wav"), "--format", "docx", "--template", str(template),
                       "-o", str(tmp_path / "vermerk.docx"))
    assert result.returncode == 2, result.stderr
    assert "vorlage.docx" in result.stderr and "Vorlage" in result.stderr


def test_missing_output_folder_says_so(dictation, tmp_path):
    """-o in a folder that does not exist: the message says that (not "Datenträger voll"),
    exit status 2, before the model loads."""
    result = dictation(str(tmp_path / "a.wav"), "-o", str(tmp_path / "gibtsnicht" / "out.txt"))
    assert result.returncode == 2, result.stderr
    assert "gibtsnicht" in result.stderr and "gibt es nicht" in result.stderr
    assert "Datenträger" not in result.stderr


@pytest.mark.parametrize("several", [False, True])
def test_output_under_a_regular_file_says_it_is_no_folder(dictation, tmp_path, several):
    """-o below a regular file (a real NotADirectoryError): "kein Ordner", exit status 2."""
    blocker = tmp_path / "eine-datei"
    blocker.write_text("x", encoding="utf-8")
    inputs = [str(tmp_path / "a.wav"), str(tmp_path / "b.wav")] if several else [str(tmp_path / "a.wav")]
    result = dictation(*inputs, "-o", str(blocker / "out"))
    assert result.returncode == 2, result.stderr
    assert "eine-datei" in result.stderr and "kein Ordner" in result.stderr
    assert "Datenträger" not in result.stderr


def test_output_that_is_an_input_is_refused(dictation, tmp_path):
    """-o naming the audio file itself would destroy the recording: usage error."""
    audio = tmp_path / "aufnahme.wav"
    audio.write_bytes(b"RIFF")
    result = dictation(str(audio), "-o", str(audio))
    assert result.returncode == 2, result.stderr
    assert audio.read_bytes() == b"RIFF"


# ------------------------------------------------------------------- with the real model


@pytest.mark.slow
def test_each_output_is_written_as_soon_as_its_file_is_done(dictation, loaded_model, speech,
                                                            tmp_path, monkeypatch):
    """When the second file starts, the first one's transcript is already on disk (a kill
    would keep it), written for the user only (mode 0600)."""
    first = _copy(speech[0], tmp_path / "in" / "erstes.wav")
    second = _copy(speech[1], tmp_path / "in" / "zweites.wav")
    out = tmp_path / "out"
    on_disk_at_start: dict[str, list[str]] = {}
    real_bar = cli._progress_bar

    def watching_bar(name: str):
        on_disk_at_start[name] = sorted(p.name for p in out.glob("*")) if out.is_dir() else []
        return real_bar(name)

    monkeypatch.setattr(cli, "_progress_bar", watching_bar)
    result = dictation(str(first), str(second), "-o", str(out), model=loaded_model)
    assert result.returncode == 0, result.stderr
    assert on_disk_at_start == {"erstes.wav": [], "zweites.wav": ["erstes.txt"]}
    assert _says(out / "erstes.txt", FIRST) and _says(out / "zweites.txt", SECOND)
    assert _private(out / "erstes.txt") and _private(out / "zweites.txt")


@pytest.mark.slow
def test_inputs_with_the_same_name_get_numbered_outputs(dictation, loaded_model, speech, tmp_path):
    """a/Gespraech.wav and b/Gespraech.wav: Gespraech.txt holds a, Gespraech-2.txt holds b."""
    a = _copy(speech[0], tmp_path / "a" / "Gespraech.wav")
    b = _copy(speech[1], tmp_path / "b" / "Gespraech.wav")
    out = tmp_path / "out"
    result = dictation(str(a), str(b), "-o", str(out), model=loaded_model)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["Gespraech-2.txt", "Gespraech.txt"]
    assert _says(out / "Gespraech.txt", FIRST) and _says(out / "Gespraech-2.txt", SECOND)


@pytest.mark.slow
def test_same_stem_word_notes_are_both_kept(dictation, loaded_model, speech, tmp_path, ffmpeg):
    """g.flac and g.mp3 with --format docx: two case notes, g.docx and g-2.docx, in order."""
    inputs = []
    for source, name in zip(speech, ("g.flac", "g.mp3")):
        target = tmp_path / "in" / name
        target.parent.mkdir(exist_ok=True)
        subprocess.run([ffmpeg, "-loglevel", "error", "-i", str(source), str(target)], check=True)
        inputs.append(str(target))
    out = tmp_path / "vermerke"
    result = dictation(*inputs, "--format", "docx", "-o", str(out), model=loaded_model)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["g-2.docx", "g.docx"]
    import docx

    for name, (_, word), (_, other) in (("g.docx", FIRST, SECOND), ("g-2.docx", SECOND, FIRST)):
        body = "\n".join(p.text for p in docx.Document(str(out / name)).paragraphs).lower()
        assert word in body and other not in body, (name, body)
        assert _private(out / name)


@pytest.mark.slow
def test_second_run_into_the_same_folder_keeps_the_first(dictation, loaded_model, speech, tmp_path):
    """Files already in the output folder are never replaced: the new transcript gets the
    next free number (the earlier one may have been edited by hand)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "Gespraech.txt").write_text("von Hand korrigiert\n", encoding="utf-8")
    audio = _copy(speech[0], tmp_path / "Gespraech.wav")
    result = dictation(str(audio), "-o", str(out), model=loaded_model)
    assert result.returncode == 0, result.stderr
    assert (out / "Gespraech.txt").read_text(encoding="utf-8") == "von Hand korrigiert\n"
    assert _says(out / "Gespraech-2.txt", FIRST)
    assert "Gespraech-2.txt" in result.stderr


@pytest.mark.slow
def test_folder_gone_while_transcribing_names_the_real_reason(dictation, loaded_model, speech,
                                                            tmp_path, monkeypatch):
    """The output folder disappears during the run (a share or USB stick gone): the message
    says the folder is missing, not that the disk may be full; exit status 1."""
    folder = tmp_path / "ablage"
    folder.mkdir()
    real_bar = cli._progress_bar

    def bar_removing_the_folder(name: str):
        shutil.rmtree(folder)
        return real_bar(name)

    monkeypatch.setattr(cli, "_progress_bar", bar_removing_the_folder)
    result = dictation(str(speech[0]), "-o", str(folder / "out.txt"), model=loaded_model)
    assert result.returncode == 1, result.stderr
    assert "ablage" in result.stderr and "gibt es nicht" in result.stderr
    assert "Datenträger" not in result.stderr


@pytest.mark.slow
def test_full_disk_is_named_as_such(dictation, loaded_model, speech, tiny_disk):
    """A really full disk (64 KiB tmpfs, filled up) still gets "der Datenträger ist voll",
    and no half-written transcript is left behind."""
    with open(tiny_disk / "ballast", "wb", buffering=0) as ballast:
        try:
            while ballast.write(b"\0" * 1024):
                pass
        except OSError:
            pass
    result = dictation(str(speech[0]), "-o", str(tiny_disk / "out.txt"), model=loaded_model)
    assert result.returncode == 1, result.stderr
    assert "Datenträger ist voll" in result.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["ballast"]
