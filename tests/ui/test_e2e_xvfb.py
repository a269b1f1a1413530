"""End to end under Xvfb: the real app, the real model, a real recording through a microphone.

The app is started as a user starts it (``python -m dictation.cli app``) on a private X server
and is driven only from outside: keys through xdotool (F9 record, F10 stop, Ctrl+S Word,
Return in dialogs, Ctrl+Q quit), speech played into the virtual PulseAudio microphone. What
the user would see is checked through what the app writes: the draft (saved after every
committed utterance, so its text is the editor's), the exported .docx, read back with
python-docx, and the app's log. PulseAudio tells when the app really holds the microphone.

On a failure the test leaves a screenshot of the display and the app's output in its
tmp_path and names them in the error. Skipped without Xvfb/xdotool, PulseAudio or the
recordings; with ``CI=true`` missing tools fail instead.
"""

from __future__ import annotations

import contextlib
import json
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dictation.textcompare import wer, words

from .xvfb import (
    DiktatApp,
    XServer,
    have_tools,
    recording_streams,
    screenshot,
    unavailable,
    wait_for,
)

pytestmark = [pytest.mark.slow, pytest.mark.audio]

#: 6 s, with umlauts: the export must keep them.
UMLAUT_WAV = "ds_1386ecbb98a8f46dd0b0eb75d68ee0d0.wav"
UMLAUT_TEXT = "Die Sitzungen bei der Vorsitzenden waren zu später Stunde meist feuchtfröhlich."
#: Two sentences with a pause between them: the first is committed (and saved in the draft)
#: while the second is still being spoken, so the app is killed in the middle of a dictation.
FIRST_WAV = "ds_125b660d37dc16ec21d28eac29e80bcb.wav"
FIRST_TEXT = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."
SECOND_WAV = "ds_2b0d202fa8b36fa7b01322fa78225358.wav"
SECOND_TEXT = "Dort sieht es aus wie im Auenland, nur dass die Türen nicht rund sind."

WORD_DIALOG = "^Als Word speichern"
RESTORE_DIALOG = "^Entwurf wiederherstellen"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A bare X server (no window manager) for this module's tests."""
    missing = have_tools()
    if missing:
        unavailable(f"not installed: {missing} (apt install xvfb xdotool)")
    server = XServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def apps(display, virtual_mic, tmp_path) -> Iterator[list[DiktatApp]]:
    """Started apps are appended here; every one is stopped (and checked gone) afterwards.

    Depends on ``virtual_mic`` so the microphone exists before the app's PortAudio starts.
    """
    started: list[DiktatApp] = []
    yield started
    for app in started:
        app.stop()
        assert not app.running()


def new_app(apps: list[DiktatApp], display: str, home: Path) -> DiktatApp:
    app = DiktatApp(display, home)
    apps.append(app)
    return app


@contextlib.contextmanager
def evidence(app: DiktatApp, folder: Path, name: str) -> Iterator[None]:
    """On a failure: a screenshot and the app's output, named in the error."""
    try:
        yield
    except BaseException as err:
        shot = screenshot(app.display, folder / f"{name}.png")
        err.add_note(f"screenshot: {shot or 'could not be taken'}")
        err.add_note(f"app output ({app.output}):\n{app.output_tail()}")
        err.add_note(f"app log ({app.log_file}):\n{app.log_text()[-3000:]}")
        raise


def join_wavs(parts: list[Path | float], target: Path) -> Path:
    """Concatenate 16 kHz mono 16-bit WAV files; a float is that many seconds of silence."""
    params = None
    frames = []
    for part in parts:
        if isinstance(part, Path):
            with wave.open(str(part), "rb") as w:
                if params is None:
                    params = w.getparams()
                assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == \
                    (params.nchannels, params.sampwidth, params.framerate), part
                frames.append(w.readframes(w.getnframes()))
        else:
            assert params is not None, "start with a file"
            frames.append(b"\0" * int(part * params.framerate) * params.sampwidth
                          * params.nchannels)
    with wave.open(str(target), "wb") as w:
        w.setparams(params)
        w.writeframes(b"".join(frames))
    return target


def draft_text(app: DiktatApp, key: str = "text") -> str:
    """The text of the app's (only) draft, "" when there is none yet (``key="provisional"``:
    the provisional text saved with it)."""
    texts = []
    for path in sorted(app.drafts_dir.glob("*.json")) if app.drafts_dir.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            texts.append(data["text"] if key == "text" else data.get(key, ""))
        except (OSError, ValueError, KeyError):
            continue  # replaced while reading: the next poll sees the new one
    assert len(texts) <= 1, texts
    return texts[0] if texts else ""


def start_and_wait_ready(app: DiktatApp) -> None:
    app.start()
    app.wait_window(timeout_s=30)
    app.wait_model_loaded(timeout_s=120)


def start_recording(app: DiktatApp, pulse_env) -> None:
    """F9, then wait until the app really records from the microphone (PulseAudio sees its
    capture stream)."""
    log_start = len(app.log_text())
    app.key("F9")
    try:
        wait_for(lambda: recording_streams(pulse_env, app.pid) > 0, 5,
                 "the app to open the microphone after F9")
        return
    except TimeoutError:
        if re.search(r"recording from", app.log_text()[log_start:]):
            raise  # F9 arrived and the app tried to record: no second F9 (it would pause)
    # F9 came a moment before the window was ready (it ignores F9 while loading): again.
    app.key("F9")
    wait_for(lambda: recording_streams(pulse_env, app.pid) > 0, 10,
             "the app to open the microphone after F9 (pressed twice)")


def export_word(app: DiktatApp) -> str:
    """Ctrl+S, Return in the file dialog (default name in the export folder); returns the
    text of the written .docx, read back with python-docx."""
    import docx

    before = set(app.export_dir.glob("*.docx"))
    app.key("ctrl+s")
    dialog = app.wait_dialog(WORD_DIALOG)
    app.key("Return", window=dialog)
    written = wait_for(lambda: sorted(set(app.export_dir.glob("*.docx")) - before), 15,
                       "the .docx in the export folder")
    assert len(written) == 1, written
    assert written[0].name.startswith("Vermerk"), written  # the suggested default name
    assert not list(app.export_dir.glob("*.tmp")), "a temporary file was left behind"
    document = docx.Document(str(written[0]))
    return "\n".join(p.text for p in document.paragraphs)


def quit_cleanly(app: DiktatApp) -> None:
    assert app.quit(timeout_s=30) == 0, app.output_tail()
    assert "Diktat finished (0)" in app.log_text()


def test_dictate_and_export_word(apps, display, virtual_mic, thorsten, tmp_path):
    """A German recording spoken into the microphone appears in the app and in the .docx."""
    app = new_app(apps, display, tmp_path / "app")
    with evidence(app, tmp_path, "dictate"):
        start_and_wait_ready(app)
        start_recording(app, virtual_mic.env)
        player = virtual_mic.play(thorsten / UMLAUT_WAV)
        text = wait_for(lambda: (t := draft_text(app)) and wer(UMLAUT_TEXT, t) < 0.3 and t,
                        45, "the dictated text in the draft")
        assert player.wait(timeout=30) == 0, player.stderr.read()
        app.key("F10")
        wait_for(lambda: recording_streams(virtual_mic.env, app.pid) == 0, 15,
                 "the app to release the microphone after F10")
        text = draft_text(app)  # F10 may have committed a last word
        assert wer(UMLAUT_TEXT, text) < 0.3, text
        assert set(text) & set("äöüßÄÖÜ"), text  # "später": the export must keep umlauts

        exported = export_word(app)
        screenshot(display, tmp_path / "exported.png")  # for people: the window, after saving
        assert text in exported, exported  # exactly, umlauts included
        assert "Ã" not in exported and "\ufffd" not in exported, exported  # no mojibake
        quit_cleanly(app)


def test_killed_during_dictation_restores_draft(apps, display, virtual_mic, thorsten,
                                                tmp_path):
    """Killed in the middle of a dictation, the app offers the draft and restores its text."""
    speech = join_wavs([thorsten / FIRST_WAV, 1.5, thorsten / SECOND_WAV, 1.0],
                       tmp_path / "two-sentences.wav")
    app = new_app(apps, display, tmp_path / "app")
    with evidence(app, tmp_path, "crash"):
        start_and_wait_ready(app)
        start_recording(app, virtual_mic.env)
        player = virtual_mic.play(speech)
        try:
            wait_for(lambda: draft_text(app), 45, "the first committed sentence in the draft")
            assert recording_streams(virtual_mic.env, app.pid) > 0, "not recording any more"
            app.kill()
        finally:
            player.kill()
            player.wait(10)
        saved = draft_text(app)
        provisional = draft_text(app, "provisional")  # grey text on screen at the kill
        # what was committed before the kill: (the start of) the first sentence only
        assert saved, "the draft is empty"
        start_of_first = " ".join(words(FIRST_TEXT)[: len(words(saved))])
        assert wer(start_of_first, saved) < 0.3, saved
        assert not set(words(SECOND_TEXT)) - set(words(FIRST_TEXT)) & set(words(saved)), saved
        assert app.process.returncode == -9  # SIGKILL: no chance to save anything on the way

    app.start()
    with evidence(app, tmp_path, "restore"):
        prompt = app.wait_dialog(RESTORE_DIALOG, timeout_s=30)
        app.wait_window()
        app.key("Return", window=prompt)  # "Wiederherstellen" (with the provisional text)
        app.wait_closed(prompt)
        exported = export_word(app)
        screenshot(display, tmp_path / "restored.png")
        assert saved in exported, exported
        quit_cleanly(app)
    restored = draft_text(app)  # kept until the note is finished
    assert restored.startswith(saved), (saved, restored)
    if provisional:  # the provisional text came back after the committed text
        assert wer(provisional, restored[len(saved):]) < 0.5, (provisional, restored)
    else:
        assert restored == saved
